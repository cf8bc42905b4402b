#include "gui/tags/TagColors.h"

#include "gui/undo/Annotator.h"
#include "library/TagStore.h"

namespace Lectern {

TagColors::TagColors(Library &library, Annotator &annotator, QObject *parent) : QObject(parent), m_library(library)
{
    reload();
    // Only when tags changed: on every edit (each triage key) this read every tag again in the window's thread.
    connect(&annotator, &Annotator::tagsChanged, this, &TagColors::reload);
}

void TagColors::reload()
{
    m_colors.clear();
    for (const TagSummary &tag : TagStore(m_library).paths())
        if (!tag.color.isEmpty())
            m_colors.insert(tag.path.toCaseFolded(), QColor(tag.color));
}

QColor TagColors::color(const QString &path) const
{
    QString key = path.toCaseFolded();
    while (true) {
        const auto found = m_colors.constFind(key);
        if (found != m_colors.cend())
            return *found;
        const qsizetype slash = key.lastIndexOf(u'/');
        if (slash < 0)
            return {};
        key.truncate(slash);
    }
}

} // namespace Lectern
