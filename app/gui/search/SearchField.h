#pragma once

#include <QLineEdit>

namespace Lectern {

// The search field. When its text is not a query, a red wavy line runs under the part that is wrong,
// as a spell checker marks a word: the text stays as typed and the caret where it was.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);

    // Marks length characters from position; length 0 clears the mark.
    void markError(int position, int length);
    int errorPosition() const { return m_errorPosition; }
    int errorLength() const { return m_errorLength; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect textRect() const;
    int xOfPosition(int position) const;

    int m_errorPosition = 0;
    int m_errorLength = 0;
};

} // namespace Lectern
