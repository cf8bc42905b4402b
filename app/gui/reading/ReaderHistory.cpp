#include "gui/reading/ReaderHistory.h"

#include "gui/NewAction.h"

#include <QIcon>

namespace Lectern {

ReaderHistory::ReaderHistory(QObject *parent)
    : QObject(parent), m_back(newAction(parent, tr("&Back"), QStringLiteral("backAction"), QKeySequence::Back)),
      m_forward(newAction(parent, tr("&Forward"), QStringLiteral("forwardAction"), QKeySequence::Forward))
{
    m_back->setIcon(QIcon::fromTheme(QIcon::ThemeIcon::GoPrevious));
    m_back->setToolTip(tr("Back to the paper shown before"));
    m_forward->setIcon(QIcon::fromTheme(QIcon::ThemeIcon::GoNext));
    m_forward->setToolTip(tr("Forward to the paper shown after"));
    connect(m_back, &QAction::triggered, this, [this] { go(-1); });
    connect(m_forward, &QAction::triggered, this, [this] { go(+1); });
    updateActions();
}

void ReaderHistory::visit(qint64 paperId)
{
    if (m_going || paperId == 0 || (m_position >= 0 && m_papers[m_position] == paperId))
        return;
    m_papers.resize(m_position + 1);
    m_papers.append(paperId);
    if (m_papers.size() > MaximumLength)
        m_papers.removeFirst();
    m_position = int(m_papers.size()) - 1;
    updateActions();
}

void ReaderHistory::forget(qint64 paperId)
{
    for (qsizetype i = m_papers.size() - 1; i >= 0; --i) {
        if (m_papers[i] != paperId)
            continue;
        m_papers.removeAt(i);
        if (i <= m_position)
            --m_position;
    }
    m_position = std::max(m_position, m_papers.isEmpty() ? -1 : 0);
    updateActions();
}

void ReaderHistory::go(int step)
{
    const int target = m_position + step;
    if (target < 0 || target >= m_papers.size())
        return;
    m_position = target;
    updateActions();
    m_going = true;
    Q_EMIT paperRequested(m_papers[m_position]);
    m_going = false;
}

void ReaderHistory::updateActions()
{
    m_back->setEnabled(m_position > 0);
    m_forward->setEnabled(m_position >= 0 && m_position + 1 < m_papers.size());
}

} // namespace Lectern
