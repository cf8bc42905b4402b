#pragma once

#include <QColor>
#include <QHash>
#include <QObject>

namespace Lectern {

class Annotator;
class Library;

// The tags' colours for painting chips, read again after every edit. A tag without a colour of its
// own shows its nearest coloured parent's, so colouring "ml" colours "ml/optimization" too.
class TagColors : public QObject
{
    Q_OBJECT

public:
    TagColors(Library &library, Annotator &annotator, QObject *parent = nullptr);

    // Invalid when neither the tag nor a parent has a colour.
    QColor color(const QString &path) const;
    void reload();

private:
    Library &m_library;
    QHash<QString, QColor> m_colors; // by case-folded path
};

} // namespace Lectern
