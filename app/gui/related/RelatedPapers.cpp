#include "gui/related/RelatedPapers.h"

#include "gui/BackgroundReader.h"
#include "library/PaperStore.h"

#include <QLabel>
#include <QListWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Lectern {

namespace {

constexpr int RelatedCount = 10;
// Holding an arrow key moves faster than this; a click or a stop does not.
constexpr int SettleMs = 120;

} // namespace

RelatedPapers::RelatedPapers(Library &library, QWidget *parent)
    : QWidget(parent), m_library(library), m_reader(new BackgroundReader(library.path(), this)),
      m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("relatedPane"));
    auto *heading = new QLabel(tr("&Related papers"), this);
    heading->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("relatedPapers"));
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    // One click follows the link, as in the reader; Enter does the same from the keyboard.
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT paperActivated(item->data(Qt::UserRole).toLongLong()); });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT paperActivated(item->data(Qt::UserRole).toLongLong()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_list);

    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &RelatedPapers::lookUp);
}

void RelatedPapers::showRelatedTo(qint64 paperId)
{
    m_paperId = paperId;
    if (paperId == m_shownFor)
        return;
    m_settle.start();
}

void RelatedPapers::refresh()
{
    m_wordCounts = std::make_shared<WordCounts>(); // a job still running keeps the old ones
    m_shownFor = -1;
    m_settle.start();
}

void RelatedPapers::stopLookUp()
{
    if (!m_lookingUp)
        return;
    m_reader->newTicket();
    m_lookingUp = false;
    m_shownFor = -1;
}

void RelatedPapers::lookUp()
{
    m_list->clear();
    m_shownFor = m_paperId;
    m_reader->newTicket(); // the neighbours of the paper shown before are not wanted any more
    m_lookingUp = m_paperId != 0;
    if (!m_lookingUp)
        return;
    m_reader->post<QList<qint64>>([paperId = m_paperId, counts = m_wordCounts](Library &library) {
                                      return relatedPapers(library, paperId, RelatedCount, counts.get());
                                  },
                                  [this](const QList<qint64> &paperIds) {
                                      m_lookingUp = false;
                                      showPapers(paperIds);
                                  });
}

void RelatedPapers::showPapers(const QList<qint64> &paperIds)
{
    for (const PaperRow &paper : PaperStore(m_library).rows(paperIds)) {
        auto *item = new QListWidgetItem(paper.title, m_list);
        item->setData(Qt::UserRole, paper.id);
        // As text: a tooltip would show markup in a title as rich text.
        item->setToolTip(Qt::convertFromPlainText(
            QStringLiteral("%1\n%2 %3").arg(paper.title, paper.firstAuthor, paper.published)));
        // As wide as the list rather than the title: a long title is then shortened with "…" where the
        // list would otherwise scroll sideways.
        item->setSizeHint(QSize(1, m_list->sizeHintForRow(m_list->row(item))));
    }
}

} // namespace Lectern
