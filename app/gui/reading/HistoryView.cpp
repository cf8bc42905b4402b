#include "gui/reading/HistoryView.h"

#include "gui/AnnotationText.h"
#include "library/PaperHistory.h"

#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lectern {

namespace {
const QString ExpandedKey = QStringLiteral("reader/historyExpanded");
}

HistoryView::HistoryView(Library &library, QWidget *parent)
    : QWidget(parent), m_library(library), m_toggle(new QToolButton(this)), m_events(new QListWidget(this))
{
    setObjectName(QStringLiteral("historyView"));
    m_toggle->setObjectName(QStringLiteral("historyToggle"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setCheckable(true);
    m_events->setObjectName(QStringLiteral("paperHistory"));
    m_events->setMaximumHeight(120);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toggle);
    layout->addWidget(m_events);
    connect(m_toggle, &QToolButton::toggled, this, &HistoryView::setExpanded);
    m_toggle->setChecked(QSettings().value(ExpandedKey, false).toBool());
    setExpanded(m_toggle->isChecked());
}

void HistoryView::setExpanded(bool expanded)
{
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_events->setVisible(expanded);
    QSettings().setValue(ExpandedKey, expanded);
}

void HistoryView::showPaper(qint64 paperId)
{
    m_events->clear();
    const QList<PaperEvent> events = paperId ? PaperHistory(m_library).forPaper(paperId) : QList<PaperEvent>();
    const QLocale locale;
    for (auto event = events.crbegin(); event != events.crend(); ++event) {
        const QString when = locale.toString(event->at.toLocalTime(), QLocale::ShortFormat);
        m_events->addItem(when + QStringLiteral("  ") + AnnotationText::eventText(*event));
    }
    m_toggle->setText(tr("History (%1)").arg(events.size()));
}

} // namespace Lectern
