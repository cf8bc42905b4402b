#pragma once

#include <QDialog>

class QTextBrowser;

namespace Lectern {

// Help > Query Language: what the search field understands, each form with an example that runs when clicked
// (the list shows what it finds, in the whole library).
class QueryHelp : public QDialog
{
    Q_OBJECT

public:
    struct Example
    {
        QString query;
        QString finds;
    };

    explicit QueryHelp(QWidget *parent = nullptr);

    static QList<Example> examples();

Q_SIGNALS:
    void queryChosen(const QString &query);

private:
    QTextBrowser *m_text;
};

} // namespace Lectern
