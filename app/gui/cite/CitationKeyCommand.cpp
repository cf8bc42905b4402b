#include "gui/cite/CitationKeyCommand.h"

namespace Lectern {

CitationKeyCommand::CitationKeyCommand(Annotator &annotator, qint64 paperId, const QString &key)
    : AnnotationCommand(annotator, AnnotationCommand::tr("Edit Citation Key")), m_paperIds{paperId},
      m_after{{paperId, key.trimmed()}}
{
}

CitationKeyCommand::CitationKeyCommand(Annotator &annotator, const QList<qint64> &paperIds)
    : AnnotationCommand(annotator, AnnotationCommand::tr("Regenerate Citation Keys")), m_paperIds(paperIds)
{
}

Status CitationKeyCommand::apply(bool &changed)
{
    CitationKeyStore keys(library());
    if (!m_done)
        m_before = keys.keys(m_paperIds);
    if (m_after.isEmpty()) {
        if (auto regenerated = keys.regenerate(m_paperIds); !regenerated)
            return regenerated.error();
        m_after = keys.keys(m_paperIds);
    } else if (auto s = keys.setKeys(m_after); !s) {
        return s;
    }
    changed = m_before != m_after;
    return success();
}

Status CitationKeyCommand::revert()
{
    return CitationKeyStore(library()).setKeys(m_before);
}

} // namespace Lectern
