#pragma once

#include "library/Paper.h"
#include "util/Error.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Lectern {

// Reads one text format into papers. Each format (daily papers, BibTeX, RIS, arXiv Atom, ...) is one
// subclass; importerFor() picks the one that recognises the content.
class Importer
{
public:
    virtual ~Importer() = default;
    // A short stable name: "daily-papers", "bibtex", ...
    virtual QString formatName() const = 0;
    // True when the text looks like this format. Cheap: reads only the start.
    virtual bool recognizes(const QString &text) const = 0;
    // The papers in the text, or the first error, with fileName and the line it is on.
    virtual Expected<QList<Paper>> parse(const QString &text, const QString &fileName) const = 0;
};

// Every format Lectern reads, most specific first.
const std::vector<std::unique_ptr<Importer>> &importers();
// The importer for this text, or nullptr when no format recognises it.
const Importer *importerFor(const QString &text);

} // namespace Lectern
