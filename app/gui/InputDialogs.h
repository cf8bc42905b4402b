#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace Lectern {

// The small modal questions the window asks (a name, a colour, "are you sure?"), each with a hook
// so that a test can give the answer beforehand instead of facing a modal dialog.
class InputDialogs
{
    Q_DECLARE_TR_FUNCTIONS(InputDialogs)

public:
    // The text entered, or nothing when cancelled.
    static std::optional<QString> getText(QWidget *parent, const QString &title, const QString &label,
                                          const QString &text = {});
    // The next getText() returns this at once; nothing means "cancelled".
    static void setNextText(const std::optional<QString> &answer);

    // A comment on a quote (a highlight's): several lines, with the quote above them. setNextText() answers it.
    static std::optional<QString> getComment(QWidget *parent, const QString &title, const QString &quote,
                                             const QString &text = {});

    // One of items, or (when editable) a new text typed instead; nothing when cancelled.
    static std::optional<QString> getItem(QWidget *parent, const QString &title, const QString &label,
                                          const QStringList &items, bool editable);
    static void setNextItem(const std::optional<QString> &answer);

    // The colour chosen, or nothing when cancelled.
    static std::optional<QColor> getColor(QWidget *parent, const QString &title, const QColor &initial);
    static void setNextColor(const std::optional<QColor> &answer);

    // True when the user accepts; acceptText names the button that does ("Delete", "Merge").
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText);
    static void setNextConfirmation(bool answer);
};

} // namespace Lectern
