#include "gui/search/SearchBar.h"

#include "gui/PaperListModel.h"
#include "gui/search/SearchField.h"

#include <QLabel>
#include <QShortcut>
#include <QVBoxLayout>

namespace Lectern {

namespace {

// The search runs once the keys already waiting have been handled, not after a fixed pause: a pause
// only adds its length to every update, since keys typed by hand come further apart than the tens of
// milliseconds a search takes at 100k papers. When a search does take longer (a far larger library),
// the keys typed meanwhile wait in the queue and are searched once, together.
constexpr int SearchDelayMs = 0;

// The list trims the text before it parses it, so its error positions start after these.
int leadingSpaces(const QString &text)
{
    int count = 0;
    while (count < text.size() && text[count].isSpace())
        ++count;
    return count;
}

} // namespace

SearchBar::SearchBar(PaperListModel &model, QWidget *parent)
    : QWidget(parent), m_model(model), m_field(new SearchField(this)), m_error(new QLabel(this))
{
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search — try tag:ml status:to-read \"exact phrase\""));
    m_field->setToolTip(tr("Words, \"phrases\" and prefix*; title: author: abstract: note:; tag: status: rating:>=4 "
                           "year:2019..2021 added:<7d has:note list:\"name\"; OR, -not, (groups)"));
    m_field->setClearButtonEnabled(true);
    // A dropped file is to be imported, not typed into the search as its path.
    m_field->setAcceptDrops(false);
    new QShortcut(QKeySequence::Cancel, m_field, m_field, &QLineEdit::clear, Qt::WidgetShortcut);

    m_error->setObjectName(QStringLiteral("queryError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd7, 0x26, 0x26));
    m_error->setPalette(palette);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_field);
    layout->addWidget(m_error);

    m_delay.setSingleShot(true);
    m_delay.setInterval(SearchDelayMs);
    connect(m_field, &QLineEdit::textChanged, &m_delay, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, &SearchBar::searchNow);
    connect(&m_delay, &QTimer::timeout, this, &SearchBar::searchNow);
    connect(&m_model, &PaperListModel::queryErrorChanged, this, &SearchBar::showQueryError);
}

void SearchBar::searchNow()
{
    m_delay.stop();
    if (m_model.searchText() != m_field->text().trimmed())
        m_model.setSearchText(m_field->text());
}

// position -1: the error is the whole query's, which is marked from its start.
void SearchBar::showQueryError(const QString &message, int position, int length)
{
    m_error->setVisible(!message.isEmpty());
    if (message.isEmpty() || position < 0)
        m_error->setText(message);
    else
        m_error->setText(tr("%1, at character %2").arg(message).arg(position + 1));
    m_field->markError(std::max(position, 0) + leadingSpaces(m_field->text()), message.isEmpty() ? 0 : std::max(length, 1));
}

} // namespace Lectern
