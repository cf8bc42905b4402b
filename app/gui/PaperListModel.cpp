#include "gui/PaperListModel.h"

#include "gui/BackgroundReader.h"
#include "library/PaperTrash.h"
#include "library/ReadingListStore.h"

#include <QMimeData>
#include <QSet>
#include <QTextDocument>

#include <algorithm>
#include <atomic>
#include <memory>

namespace Lectern {

namespace {

// A page is what one query reads; the cache keeps enough pages for a few screens of scrolling back and forth.
constexpr qsizetype PageSize = 200;
constexpr int CachedPages = 50;
// Snippets are read one row at a time as rows are painted, each a small FTS5 query; a few pages of them
// are kept so that scrolling back does not read them again.
constexpr int CachedSnippets = 4 * PageSize;

// Ranking takes FTS5 about 1.3 µs a match here (5,000: 7 ms; a word in every paper of 100,000: 130 ms);
// beyond this many the list would keep a typing reader waiting.
constexpr int RankInBackgroundAbove = 5000;

const QString PaperIdsMimeType = QStringLiteral("application/x-lectern-paper-ids");

// The passage of the paper that matched, as HTML. The markers are control characters, which survive the
// escaping and then become the tags.
QString snippetHtml(Library &library, const Query &query, qint64 paperId)
{
    const QString open(QChar(0x01));
    const QString close(QChar(0x02));
    QString html = snippet(library, query, paperId, open, close).toHtmlEscaped();
    return html.replace(open, QStringLiteral("<b>")).replace(close, QStringLiteral("</b>"));
}

QString columnText(const PaperRow &paper, int column)
{
    switch (column) {
    case PaperListModel::TitleColumn:
        return paper.title;
    case PaperListModel::FirstAuthorColumn:
        return paper.firstAuthor;
    default:
        return paper.published;
    }
}

PaperSort sortFor(int column)
{
    switch (column) {
    case PaperListModel::TitleColumn:
        return PaperSort::Title;
    case PaperListModel::FirstAuthorColumn:
        return PaperSort::FirstAuthor;
    case PaperListModel::PublishedColumn:
        return PaperSort::Published;
    default:
        return PaperSort::Added;
    }
}

// The reading list the scope is (list:"name"); 0 when it is something else.
qint64 readingListOfScope(Library &library, const QString &scopeText)
{
    const Query scope = Query::parse(scopeText);
    const QueryNode *root = scope.root();
    if (!root || root->kind != QueryNode::Kind::Term || root->term.field != QueryTerm::Field::List)
        return 0;
    const auto list = ReadingListStore(library).find(root->term.value);
    return list ? list->id : 0;
}

} // namespace

PaperListModel::PaperListModel(Library &library, QObject *parent)
    : QAbstractTableModel(parent), m_library(library), m_store(library), m_pages(CachedPages),
      m_snippets(CachedSnippets), m_snippetReader(new BackgroundReader(library.path(), this)),
      m_rankReader(new BackgroundReader(library.path(), this)), m_idReader(new BackgroundReader(library.path(), this)),
      m_rankInBackgroundAbove(RankInBackgroundAbove)
{
    m_snippetDelay.setSingleShot(true);
    m_snippetDelay.setInterval(0);
    connect(&m_snippetDelay, &QTimer::timeout, this, &PaperListModel::readWantedSnippets);
    // The first rows are read here, on the window's connection, so that the window opens with its papers; the rest
    // of a large library follows from the background. Every paper: it fails only with the library.
    m_paperCount = PaperStore(m_library).count();
    const Request first = request();
    const auto read = readFirstIds(m_library, first);
    if (!read)
        return;
    m_ids = read->ids;
    if (read->complete)
        return;
    m_readingIds = true;
    m_idReader->post<Expected<Listing>>([first](Library &library) { return readIds(library, first); },
                                        [this, first](const Expected<Listing> &rest) { showRestOfIds(first, rest); });
}

int PaperListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PaperListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaperListModel::data(const QModelIndex &index, int role) const
{
    if (role == SnippetRole)
        return checkIndex(index, CheckIndexOption::IndexIsValid) && m_shown.query.hasWords() ? snippetHtml(m_ids[index.row()])
                                                                                     : QVariant();
    const bool annotationRole = role == StatusRole || role == RatingRole || role == TagsRole || role == HasNoteRole
                                || role == HighlightCountRole;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole && !annotationRole))
        return {};
    const PaperRow *paper = row(index.row());
    if (!paper)
        return {};
    const PaperMarks marks = this->marks(index.row());
    if (annotationRole)
        return annotationData(*paper, marks, role);
    const QString text = columnText(*paper, index.column());
    // A tooltip shows text that looks like markup as rich text, images from the disk included: "<i>" in a title
    // is text.
    if (role == Qt::ToolTipRole && !text.isEmpty()) {
        QString tip = text;
        if (index.column() == TitleColumn && (marks.hasNote || marks.highlightCount > 0))
            tip += u'\n' + annotationsText(marks);
        return Qt::convertFromPlainText(tip);
    }
    return text;
}

// "Has a note and 2 highlights", for the title's tooltip: what the marks in the row stand for.
QString PaperListModel::annotationsText(const PaperMarks &marks)
{
    const QString highlights = tr("%n highlights", nullptr, marks.highlightCount);
    if (marks.hasNote && marks.highlightCount > 0)
        return tr("Has a note and %1").arg(highlights);
    return marks.hasNote ? tr("Has a note") : tr("Has %1").arg(highlights);
}

QVariant PaperListModel::annotationData(const PaperRow &paper, const PaperMarks &marks, int role)
{
    switch (role) {
    case StatusRole:
        return int(paper.status);
    case RatingRole:
        return paper.rating;
    case TagsRole:
        return paper.tags;
    case HasNoteRole:
        return marks.hasNote;
    case HighlightCountRole:
        return marks.highlightCount;
    }
    return {};
}

QVariant PaperListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case FirstAuthorColumn:
        return tr("First author");
    case PublishedColumn:
        return tr("Date");
    }
    return {};
}

void PaperListModel::sort(int column, Qt::SortOrder order)
{
    // The view sorts when sorting is enabled and when its header is restored: the same order is the same ids.
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    readIdsInBackground();
}

void PaperListModel::setScope(const QString &query)
{
    m_scope = query.trimmed();
    applyQuery();
}

void PaperListModel::setSearchText(const QString &query)
{
    m_search = query.trimmed();
    applyQuery();
}

// The search is checked alone, so that an error's position is one in the text the user typed. A malformed
// search keeps the list as it is, and a read of the query before goes on: its ids are still the ones to show.
void PaperListModel::applyQuery()
{
    const Query search = Query::parse(m_search);
    if (!search.isValid()) {
        const QueryError &error = *search.error();
        setQueryError(error.message, error.position, error.length);
        return;
    }
    m_query = search;
    if (!m_scope.isEmpty() && m_scope != TrashScope)
        m_query = Query::parse(m_search.isEmpty() ? m_scope : u'(' + m_scope + QStringLiteral(") (") + m_search + u')');
    readIdsInBackground();
}

void PaperListModel::setQueryError(const QString &message, int position, int length)
{
    if (message.isEmpty() && m_queryError.isEmpty())
        return;
    m_queryError = message;
    m_queryErrorPosition = position;
    Q_EMIT queryErrorChanged(message, position, length);
}

void PaperListModel::reload()
{
    m_paperCountStale = true;
    // The rows shown are read again now, so that an edit shows in them before the ids come back. Only the pages
    // read are announced, as the rows shown are among them: told that every row changed, the view looks for each
    // row's place on the screen, 35-60 ms per triage key in the inbox of a million papers (400,000 rows).
    const QList<qsizetype> pagesRead = m_pages.keys();
    m_pages.clear();
    for (const qsizetype page : pagesRead) {
        const qsizetype last = std::min(m_ids.size(), (page + 1) * PageSize) - 1;
        if (page * PageSize <= last)
            Q_EMIT dataChanged(index(int(page * PageSize), 0), index(int(last), ColumnCount - 1));
    }
    // All at once: the list the reader is working in (scrolled far, perhaps) is not cut to its first rows.
    readIdsInBackground(FirstRows::AllAtOnce);
}

PaperListModel::Request PaperListModel::request() const
{
    return {m_scope,           m_search, m_query.text(), m_sortColumn, m_sortOrder == Qt::AscendingOrder,
            m_rankInBackgroundAbove, m_paperCountStale};
}

void PaperListModel::readIdsInBackground(FirstRows firstRows)
{
    // Snippets and a ranking of the query before are not wanted any more, nor a read of ids not in yet:
    // stopped first, they leave the search a core of its own.
    m_snippetReader->newTicket();
    m_rankReader->newTicket();
    m_idReader->newTicket();
    m_rankingPending = false;
    m_readingIds = true;
    const Request wanted = request();
    if (firstRows == FirstRows::AllAtOnce) {
        m_idReader->post<Expected<Listing>>([wanted](Library &library) { return readIds(library, wanted); },
                                            [this, wanted](const Expected<Listing> &read) { showIds(wanted, read); });
        return;
    }
    // Two jobs, one after the other in the reader's thread: the first ids, and then (unless they were all) the
    // rest, read while the list shows the first.
    auto restWanted = std::make_shared<std::atomic<bool>>(false);
    m_idReader->post<Expected<Listing>>(
        [wanted, restWanted](Library &library) {
            auto first = readFirstIds(library, wanted);
            *restWanted = first && !first->complete;
            return first;
        },
        [this, wanted](const Expected<Listing> &read) { showIds(wanted, read); });
    m_idReader->post<Expected<Listing>>(
        [wanted, restWanted](Library &library) -> Expected<Listing> {
            if (!*restWanted)
                return Error{}; // nothing to read: not handed over (showRestOfIds)
            return readIds(library, wanted);
        },
        [this, wanted, restWanted](const Expected<Listing> &read) {
            if (*restWanted)
                showRestOfIds(wanted, read);
        });
}

void PaperListModel::showIds(const Request &request, const Expected<Listing> &read)
{
    m_readingIds = read && !read->complete;
    // The search text asked for since may be malformed: its error stays, and so do the words it marks.
    const bool searchIsCurrent = request.search == m_search;
    if (!read) {
        // Like a malformed query: the list keeps what it shows, and the error is the whole query's.
        if (searchIsCurrent)
            setQueryError(read.error().message, -1, int(m_search.size()));
        Q_EMIT idsRead();
        return;
    }
    if (searchIsCurrent)
        setQueryError({}, 0, 0);
    beginResetModel();
    m_ids = read->ids;
    m_shown = {Query::parse(request.query), request.search, request.sortColumn, read->scopeListId,
               request.scope == TrashScope};
    if (read->paperCount) {
        m_paperCount = *read->paperCount;
        m_paperCountStale = false;
    }
    m_rankingPending = read->rankingPending;
    m_pages.clear();
    m_snippets.clear();
    m_snippetsPending.clear();
    m_snippetsWanted.clear();
    endResetModel();
    if (!read->complete)
        return; // the rest follows (showRestOfIds), and then the ranking
    if (m_rankingPending)
        rankInBackground();
    Q_EMIT idsRead();
}

// After the first ids (showIds), all of them: the rows after those shown are inserted, so that the view keeps
// its selection and scroll position. The library may have changed in between (the first ids are then not the
// start of all): the list is reset to all.
void PaperListModel::showRestOfIds(const Request &request, const Expected<Listing> &read)
{
    if (!read || read->ids.size() < m_ids.size() || !std::equal(m_ids.cbegin(), m_ids.cend(), read->ids.cbegin())) {
        showIds(request, read);
        return;
    }
    m_readingIds = false;
    if (read->ids.size() > m_ids.size()) {
        beginInsertRows({}, int(m_ids.size()), int(read->ids.size()) - 1);
        m_ids = read->ids;
        endInsertRows();
    }
    if (read->paperCount) {
        m_paperCount = *read->paperCount;
        m_paperCountStale = false;
    }
    m_rankingPending = read->rankingPending;
    if (m_rankingPending)
        rankInBackground();
    Q_EMIT idsRead();
}

void PaperListModel::rankInBackground()
{
    m_rankReader->post<Expected<QList<qint64>>>(
        [text = m_shown.query.text()](Library &library) { return findPapers(library, Query::parse(text)); },
        [this](const Expected<QList<qint64>> &ranked) { applyRanking(ranked); });
}

// The same papers in another order: the view keeps its selection and current paper, only their rows move.
void PaperListModel::applyRanking(const Expected<QList<qint64>> &found)
{
    m_rankingPending = false;
    if (!found || found->size() != m_ids.size())
        return; // the library changed meanwhile, and the reload that follows ranks again; or it cannot rank
    const QList<qint64> &ranked = *found;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QHash<qint64, int> rowOfId;
    rowOfId.reserve(ranked.size());
    for (int row = 0; row < ranked.size(); ++row)
        rowOfId.insert(ranked[row], row);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    for (const QModelIndex &index : before)
        after.append(index.isValid() ? this->index(rowOfId.value(m_ids[index.row()]), index.column()) : QModelIndex());
    m_ids = ranked;
    m_pages.clear();
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT rankingApplied();
}

// Column -1 is the natural order: best match first with words, else the order papers were added. Too many
// matches to rank while the reader waits are shown unranked, and ranked in the background.
//
// A reading list's natural order is the one its reader gave it, which the query language does not know:
// list:"name" selects the papers of the list, not their positions. So when the scope is one list: term,
// the papers the query finds (the scope, narrowed by any search) are put in the list's order here.
Expected<PaperListModel::Listing> PaperListModel::readIds(Library &library, const Request &request)
{
    Listing listing;
    if (request.countPapers)
        listing.paperCount = PaperStore(library).count();
    if (request.scope == TrashScope) {
        // The Trash in the order papers went there; the search and the columns do not apply to it.
        listing.ids = PaperTrash(library).ids();
        return listing;
    }
    const Query query = Query::parse(request.query);
    if (request.sortColumn >= 0) {
        auto found = findPapers(library, query, {sortFor(request.sortColumn), request.ascending, false});
        if (!found)
            return found.error();
        listing.ids = std::move(*found);
        listing.scopeListId = readingListOfScope(library, request.scope);
        return listing;
    }
    listing.scopeListId = readingListOfScope(library, request.scope);
    if (listing.scopeListId != 0) {
        const auto found = findPapersUnranked(library, query);
        if (!found)
            return found.error();
        const QSet<qint64> matching(found->cbegin(), found->cend());
        for (const qint64 id : ReadingListStore(library).shownPaperIds(listing.scopeListId))
            if (matching.contains(id))
                listing.ids.append(id);
        return listing;
    }
    auto found = findPapersRankingAtMost(library, query, request.rankInBackgroundAbove);
    if (!found)
        return found.error();
    listing.ids = std::move(found->ids);
    listing.rankingPending = !found->ranked;
    return listing;
}

Expected<PaperListModel::Listing> PaperListModel::readFirstIds(Library &library, const Request &request)
{
    // The Trash and a reading list hold what a reader put there: read at once.
    if (request.scope == TrashScope || readingListOfScope(library, request.scope) != 0)
        return readIds(library, request);
    const Query query = Query::parse(request.query);
    const bool sorted = request.sortColumn >= 0;
    const int limit = request.rankInBackgroundAbove + 1;
    auto first = findPapers(library, query,
                            {sorted ? sortFor(request.sortColumn) : PaperSort::Added, !sorted || request.ascending, false},
                            limit);
    if (!first)
        return first.error();
    Listing listing;
    if (first->size() < limit && !sorted && query.hasWords()) {
        // All of them, few enough to rank at once.
        auto ranked = findPapers(library, query);
        if (!ranked)
            return ranked.error();
        first = std::move(ranked);
    }
    listing.ids = std::move(*first);
    listing.complete = listing.ids.size() < limit;
    // Many matches of words are shown unranked, and ranked once all are in (as readIds() reads them).
    listing.rankingPending = !listing.complete && !sorted && query.hasWords();
    if (listing.complete && request.countPapers)
        listing.paperCount = PaperStore(library).count();
    return listing;
}

qint64 PaperListModel::reorderableListId() const
{
    return m_shown.search.isEmpty() && m_shown.sortColumn < 0 ? m_shown.scopeListId : 0;
}

// Most snippets take a millisecond; those of a prefix search (optim*) in a large library take tens, which
// a screenful of rows must not spend in the window's thread. So they are read in the background, the
// rows of one paint together.
QString PaperListModel::snippetHtml(qint64 paperId) const
{
    if (const QString *cached = m_snippets.object(paperId))
        return *cached;
    if (!m_snippetsPending.contains(paperId)) {
        m_snippetsPending.insert(paperId);
        m_snippetsWanted.append(paperId);
        m_snippetDelay.start();
    }
    return QString();
}

void PaperListModel::readWantedSnippets()
{
    m_snippetReader->post<QHash<qint64, QString>>(
        [text = m_shown.query.text(), ids = std::exchange(m_snippetsWanted, {})](Library &library) {
            const Query query = Query::parse(text);
            QHash<qint64, QString> html;
            for (const qint64 id : ids)
                html.insert(id, Lectern::snippetHtml(library, query, id));
            return html;
        },
        [this](const QHash<qint64, QString> &html) { addSnippets(html); });
}

void PaperListModel::addSnippets(const QHash<qint64, QString> &html)
{
    for (auto it = html.cbegin(); it != html.cend(); ++it) {
        m_snippetsPending.remove(it.key());
        m_snippets.insert(it.key(), new QString(it.value()));
        if (const int row = rowOf(it.key()); row >= 0)
            Q_EMIT dataChanged(index(row, TitleColumn), index(row, TitleColumn), {SnippetRole});
    }
}

Qt::ItemFlags PaperListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (reorderableListId() == 0)
        return flags;
    // Drops go between rows (onto the list, not onto a paper): a paper holds no other papers.
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags | Qt::ItemIsDropEnabled;
}

Qt::DropActions PaperListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PaperListModel::mimeTypes() const
{
    return {PaperIdsMimeType};
}

QMimeData *PaperListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes)
        if (checkIndex(index, CheckIndexOption::IndexIsValid) && !rows.contains(index.row()))
            rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (const int row : std::as_const(rows))
        ids.append(QString::number(m_ids[row]));
    auto *data = new QMimeData;
    data->setData(PaperIdsMimeType, ids.join(u',').toLatin1());
    return data;
}

QList<qint64> PaperListModel::paperIds(const QMimeData *data)
{
    QList<qint64> ids;
    for (const QByteArray &id : data->data(PaperIdsMimeType).split(','))
        if (const qint64 value = id.toLongLong(); value > 0)
            ids.append(value);
    return ids;
}

bool PaperListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return action == Qt::MoveAction && reorderableListId() != 0 && data && data->hasFormat(PaperIdsMimeType);
}

bool PaperListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = paperIds(data);
    if (ids.isEmpty())
        return false;
    // Onto a paper: before it. After the last row (-1): at the end. The list may hold papers in the Trash, which
    // it does not show: the place is counted in the whole list.
    const int shownTarget = parent.isValid() ? parent.row() : (row < 0 ? rowCount() : row);
    const QList<qint64> whole = ReadingListStore(m_library).paperIds(m_shown.scopeListId);
    const qsizetype target = shownTarget < m_ids.size() ? whole.indexOf(m_ids[shownTarget]) : whole.size();
    Q_EMIT readingListMoveRequested(m_shown.scopeListId, ids, int(target < 0 ? shownTarget : target));
    return true;
}

const PaperRow *PaperListModel::row(int row) const
{
    const qsizetype page = row / PageSize;
    if (!m_pages.contains(page)) {
        auto read = std::make_unique<Page>();
        const QList<qint64> ids = m_ids.mid(page * PageSize, PageSize);
        for (const PaperRow &paper : m_store.rows(ids))
            read->rows.insert(paper.id, paper);
        read->marks = paperMarks(m_library, ids);
        m_pages.insert(page, read.release());
    }
    // A paper removed since the ids were read is missing from its page; its row stays empty.
    const auto &rows = m_pages.object(page)->rows;
    const auto found = rows.constFind(m_ids[row]);
    return found == rows.cend() ? nullptr : &*found;
}

void PaperListModel::refreshPaper(qint64 paperId)
{
    const int row = rowOf(paperId);
    if (row < 0)
        return;
    m_pages.remove(row / PageSize);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

// Only after row(), which reads the page.
PaperMarks PaperListModel::marks(int row) const
{
    const Page *page = m_pages.object(row / PageSize);
    return page ? page->marks.value(m_ids[row]) : PaperMarks();
}

} // namespace Lectern
