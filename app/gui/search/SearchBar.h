#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;

namespace Lectern {

class PaperListModel;
class SearchField;

// The search field and, under it while the text is not a query, what is wrong and where. Typing
// reaches the list after a short pause; an invalid query leaves the list as it was.
class SearchBar : public QWidget
{
    Q_OBJECT

public:
    SearchBar(PaperListModel &model, QWidget *parent = nullptr);

    SearchField *field() const { return m_field; }
    // Hands the text to the list now rather than after the pause (Enter does the same).
    void searchNow();

private:
    void showQueryError(const QString &message, int position, int length);

    PaperListModel &m_model;
    SearchField *m_field;
    QLabel *m_error;
    QTimer m_delay;
};

} // namespace Lectern
