#include "gui/tags/TagField.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QKeySequence>
#include <QStringListModel>

namespace Lectern {

namespace {

// "ml, -vis" is "ml, -", kept as typed, and "vis", the tag being typed.
std::pair<QString, QString> splitAtLastTag(const QString &text)
{
    const qsizetype start = text.lastIndexOf(u',') + 1;
    qsizetype tag = start;
    while (tag < text.size() && (text[tag].isSpace() || text[tag] == u'-'))
        ++tag;
    return {text.first(tag), text.sliced(tag).trimmed()};
}

// Completes the last of several tags: "physics, opt" offers "ml/optimization", and taking it keeps
// "physics, " before it.
class LastTagCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &text) const override { return {splitAtLastTag(text).second}; }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const auto *field = qobject_cast<const QLineEdit *>(widget());
        return splitAtLastTag(field ? field->text() : QString()).first + index.data().toString();
    }
};

} // namespace

TagField::TagField(QWidget *parent) : QLineEdit(parent), m_paths(new QStringListModel(this))
{
    setObjectName(QStringLiteral("tagField"));
    // The key as the desktop writes it ("Strg+T" in German), as the menus show it.
    //: %1 is the key that comes here, "Ctrl+T"
    setPlaceholderText(tr("Add a tag (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText)));
    setClearButtonEnabled(true);
    setAcceptDrops(false);
    auto *completer = new LastTagCompleter(m_paths, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    // "opt" finds "ml/optimization": nested tags are found by any part of their path.
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    connect(this, &QLineEdit::returnPressed, this, [this] {
        const QString text = this->text().trimmed();
        if (text.isEmpty())
            Q_EMIT finished();
        else
            Q_EMIT tagEntered(text);
    });
}

void TagField::setTagPaths(const QStringList &paths)
{
    if (m_paths->stringList() != paths)
        m_paths->setStringList(paths);
}

void TagField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !(completer()->popup() && completer()->popup()->isVisible())) {
        clear();
        Q_EMIT finished();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Lectern
