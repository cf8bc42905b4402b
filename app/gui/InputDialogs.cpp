#include "gui/InputDialogs.h"

#include <QColorDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace Lectern {

namespace {
// Outer optional: whether a test preset the answer; inner: the answer, where nothing is "cancelled".
std::optional<std::optional<QString>> nextText;
std::optional<std::optional<QString>> nextItem;
std::optional<std::optional<QColor>> nextColor;
std::optional<bool> nextConfirmation;
} // namespace

std::optional<QString> InputDialogs::getText(QWidget *parent, const QString &title, const QString &label,
                                             const QString &text)
{
    if (nextText)
        return *std::exchange(nextText, std::nullopt);
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    return ok ? std::optional(answer) : std::nullopt;
}

std::optional<QString> InputDialogs::getComment(QWidget *parent, const QString &title, const QString &quote,
                                                const QString &text)
{
    if (nextText)
        return *std::exchange(nextText, std::nullopt);
    constexpr int LongestQuote = 300;
    const QString shown = quote.size() > LongestQuote ? quote.first(LongestQuote) + QStringLiteral("…") : quote;
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("commentDialog"));
    dialog.setWindowTitle(title);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    //: %1 is the highlighted text
    dialog.setLabelText(tr("“%1”\n\nComment:").arg(shown));
    dialog.setTextValue(text);
    dialog.resize(480, 320);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

void InputDialogs::setNextText(const std::optional<QString> &answer)
{
    nextText = answer;
}

std::optional<QString> InputDialogs::getItem(QWidget *parent, const QString &title, const QString &label,
                                             const QStringList &items, bool editable)
{
    if (nextItem)
        return *std::exchange(nextItem, std::nullopt);
    bool ok = false;
    const QString answer = QInputDialog::getItem(parent, title, label, items, 0, editable, &ok);
    return ok ? std::optional(answer) : std::nullopt;
}

void InputDialogs::setNextItem(const std::optional<QString> &answer)
{
    nextItem = answer;
}

std::optional<QColor> InputDialogs::getColor(QWidget *parent, const QString &title, const QColor &initial)
{
    if (nextColor)
        return *std::exchange(nextColor, std::nullopt);
    const QColor color = QColorDialog::getColor(initial, parent, title);
    return color.isValid() ? std::optional(color) : std::nullopt;
}

void InputDialogs::setNextColor(const std::optional<QColor> &answer)
{
    nextColor = answer;
}

bool InputDialogs::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    if (nextConfirmation)
        return *std::exchange(nextConfirmation, std::nullopt);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}

void InputDialogs::setNextConfirmation(bool answer)
{
    nextConfirmation = answer;
}

} // namespace Lectern
