#pragma once

#include "gui/undo/AnnotationCommands.h"
#include "library/CitationKeys.h"

namespace Lectern {

// A change of papers' citation keys: the one key typed in Edit Citation Key, or every selected paper's key made
// again from the pattern. Undo gives each paper its key back.
class CitationKeyCommand : public AnnotationCommand
{
public:
    // Sets the key.
    CitationKeyCommand(Annotator &annotator, qint64 paperId, const QString &key);
    // Makes the papers' keys again from the pattern.
    CitationKeyCommand(Annotator &annotator, const QList<qint64> &paperIds);

private:
    Status apply(bool &changed) override;
    Status revert() override;

    const QList<qint64> m_paperIds;
    QList<CitationKeyStore::PaperKey> m_before;
    QList<CitationKeyStore::PaperKey> m_after; // empty until a regeneration has run once
};

} // namespace Lectern
