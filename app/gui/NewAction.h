#pragma once

#include <QAction>
#include <QKeySequence>

namespace Lectern {

// An action with its shortcut and an object name, by which tests find it.
inline QAction *newAction(QObject *parent, const QString &text, const QString &objectName, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    return action;
}

} // namespace Lectern
