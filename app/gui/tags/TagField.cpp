#include "gui/tags/TagField.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace Lectern {

TagField::TagField(QWidget *parent) : QLineEdit(parent), m_paths(new QStringListModel(this))
{
    setObjectName(QStringLiteral("tagField"));
    setPlaceholderText(tr("Add a tag (Ctrl+T)"));
    setClearButtonEnabled(true);
    setAcceptDrops(false);
    auto *completer = new QCompleter(m_paths, this);
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
