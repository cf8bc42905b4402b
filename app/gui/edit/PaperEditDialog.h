#pragma once

#include "library/Paper.h"
#include "util/Error.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPlainTextEdit;

namespace Lectern {

// Every detail of one paper, each field an editor in the order of PaperFieldText::names(), named "field_NAME" (tests
// find them so), with the extra fields as "NAME = VALUE" lines. Authors and editors are typed one a line (or
// separated by ";") as "Family, Given" or "Given Family", and the split is shown under them as the paper will have
// it. Tab goes from field to field; Ctrl+Return saves. A value that is not right keeps the dialog open and says
// which field and why.
class PaperEditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PaperEditDialog(const Paper &paper, QWidget *parent = nullptr);

    // The paper with the fields as typed, or an error naming the first field that is not right.
    Expected<Paper> edited() const;

    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

    // The names as the paper would have them, each "Given <b>Family</b>": what the label under the field shows.
    static QString peopleSplit(const QString &text);

private:
    QWidget *createEditor(const QString &field);
    QString fieldText(const QString &field) const;
    void showSplit(QPlainTextEdit *names, QLabel *split);

    const Paper m_paper;
    QHash<QString, QWidget *> m_editors; // by field name
    QPlainTextEdit *m_extra;
    QLabel *m_error;
};

} // namespace Lectern
