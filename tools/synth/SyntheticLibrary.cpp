#include "synth/SyntheticLibrary.h"

#include "library/AnnotationStore.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/TagStore.h"
#include "synth/PaperGenerator.h"
#include "synth/Vocabulary.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace Lectern::Synth {

namespace {

const QString Format = QStringLiteral("synthetic");

// The stored id of each paper, in order; 0 for one the library already had. Duplicates are reported in
// the order of the papers, so one pass pairs them up.
QList<qint64> storedIds(const QList<Paper> &papers, const AddResult &result)
{
    QList<qint64> ids;
    qsizetype added = 0;
    qsizetype duplicate = 0;
    for (const Paper &paper : papers) {
        if (duplicate < result.duplicates.size() && result.duplicates[duplicate].title == paper.title) {
            ids.append(0);
            ++duplicate;
        } else {
            ids.append(result.addedIds.value(added++));
        }
    }
    return ids;
}

class Writer
{
public:
    Writer(Library &library, quint64 seed)
        : m_library(library), m_source(QStringLiteral("lectern-synth --seed %1").arg(seed))
    {
    }

    Status writeBatch(const QList<Paper> &papers)
    {
        QList<Paper> withoutNotes = papers; // notes go through AnnotationStore, as a reader writes them
        for (Paper &paper : withoutNotes)
            paper.note.clear();
        const auto result = PaperStore(m_library).add(withoutNotes, m_source, Format);
        if (!result)
            return result.error();
        m_summary.added += result->added;
        m_summary.duplicates += int(result->duplicates.size());
        const QList<qint64> ids = storedIds(papers, *result);
        if (auto s = writeTags(papers, ids); !s)
            return s;
        if (auto s = writeStatuses(papers, ids); !s)
            return s;
        return writeRatingsAndNotes(papers, ids);
    }

    // Colours the area tags the papers use, as a reader colours the few tags they look for.
    Status colourTags()
    {
        TagStore tags(m_library);
        for (const Vocabulary::TagArea &area : Vocabulary::tagAreas) {
            if (area.color.isEmpty() || !usesArea(area.name))
                continue;
            if (auto s = tags.setColor(area.name.toString(), area.color.toString()); !s)
                return s.error();
        }
        return success();
    }

    SynthSummary summary() const
    {
        SynthSummary summary = m_summary;
        summary.tags = int(m_usedTags.size());
        return summary;
    }

private:
    // "ml/optimization" makes "ml" a tag (an implied parent) that can take a colour.
    bool usesArea(QStringView area) const
    {
        return std::any_of(m_usedTags.cbegin(), m_usedTags.cend(),
                           [area](const QString &tag) { return tag == area || tag.startsWith(area + u'/'); });
    }

    // One TagStore::edit (one transaction) per tag for the whole batch.
    Status writeTags(const QList<Paper> &papers, const QList<qint64> &ids)
    {
        QMap<QString, QList<qint64>> papersByTag;
        for (qsizetype i = 0; i < papers.size(); ++i) {
            if (!ids[i] || papers[i].tags.isEmpty())
                continue;
            ++m_summary.tagged;
            for (const QString &tag : papers[i].tags)
                papersByTag[tag].append(ids[i]);
        }
        TagStore tags(m_library);
        for (const auto &[tag, paperIds] : papersByTag.asKeyValueRange()) {
            if (auto s = tags.edit(paperIds, {tag}); !s)
                return s.error();
            m_usedTags.insert(tag);
        }
        return success();
    }

    Status writeStatuses(const QList<Paper> &papers, const QList<qint64> &ids)
    {
        QList<PaperStatus> statuses;
        for (qsizetype i = 0; i < papers.size(); ++i)
            if (ids[i] && papers[i].status != ReadingStatus::Inbox)
                statuses.append({ids[i], papers[i].status});
        if (auto s = AnnotationStore(m_library).setStatus(statuses); !s)
            return s.error();
        return success();
    }

    Status writeRatingsAndNotes(const QList<Paper> &papers, const QList<qint64> &ids)
    {
        AnnotationStore annotations(m_library);
        for (qsizetype i = 0; i < papers.size(); ++i) {
            if (!ids[i])
                continue;
            if (papers[i].rating > 0) {
                if (auto s = annotations.setRating(ids[i], papers[i].rating); !s)
                    return s.error();
                ++m_summary.rated;
            }
            if (!papers[i].note.isEmpty()) {
                if (auto s = annotations.setNote(ids[i], papers[i].note); !s)
                    return s.error();
                ++m_summary.noted;
            }
        }
        return success();
    }

    Library &m_library;
    const QString m_source;
    SynthSummary m_summary;
    QSet<QString> m_usedTags;
};

} // namespace

Expected<SynthSummary> writeSyntheticPapers(Library &library, const SynthOptions &options, const SynthProgress &progress)
{
    if (options.count < 0 || options.batchSize < 1)
        return Error{QStringLiteral("the count must be 0 or more and the batch size 1 or more")};
    PaperGenerator generator(options.seed);
    Writer writer(library, options.seed);
    for (int done = 0; done < options.count;) {
        QList<Paper> batch;
        const int size = std::min(options.batchSize, options.count - done);
        batch.reserve(size);
        for (int i = 0; i < size; ++i)
            batch.append(generator.next());
        if (auto s = writer.writeBatch(batch); !s)
            return s.error();
        done += size;
        if (progress)
            progress(done, options.count);
    }
    if (auto s = writer.colourTags(); !s)
        return s.error();
    return writer.summary();
}

} // namespace Lectern::Synth
