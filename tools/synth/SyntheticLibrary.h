#pragma once

#include "util/Error.h"

#include <QtGlobal>

#include <functional>

namespace Lectern {
class Library;
}

namespace Lectern::Synth {

struct SynthOptions
{
    int count = 0;
    quint64 seed = 1;
    int batchSize = 10000; // papers per PaperStore::add, that is per transaction
};

// What went into the library.
struct SynthSummary
{
    int added = 0;
    int duplicates = 0; // papers the library already had (the same seed written twice)
    int tagged = 0;
    int tags = 0; // distinct tag paths used
    int rated = 0;
    int noted = 0;
};

// Writes options.count papers of PaperGenerator(options.seed) through the real stores: PaperStore::add
// per batch, then TagStore::edit per tag, AnnotationStore::setStatus per batch, setRating and setNote
// per paper, and colours on the area tags. progress(done, total) follows each batch.
using SynthProgress = std::function<void(int done, int total)>;
Expected<SynthSummary> writeSyntheticPapers(Library &library, const SynthOptions &options,
                                            const SynthProgress &progress = {});

} // namespace Lectern::Synth
