#pragma once

#include "library/PaperMarks.h"
#include "library/PaperStore.h"
#include "query/Query.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <optional>

namespace Lectern {

class BackgroundReader;
class Library;

// The paper list: holds only the ids to show, in order, and reads the rows a page at a time as the
// view asks for them, so that a library of 100k papers opens as fast as one of ten. Sorting and
// searching happen in SQL; there is no proxy model.
class PaperListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, FirstAuthorColumn, PublishedColumn, ColumnCount };
    // What the reader made of the paper, for the title column's delegate: ReadingStatus as int, 0-5,
    // and the tag paths.
    enum Role { StatusRole = Qt::UserRole + 1, RatingRole, TagsRole,
                // While the query has words: the passage that matched, HTML with the words in <b>; empty
                // until it has been read in the background (then dataChanged). Invalid without words.
                SnippetRole,
                // Whether the paper has a note (bool), how many highlights (int): the list marks both.
                HasNoteRole, HighlightCountRole };

    explicit PaperListModel(Library &library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Column -1 is the natural order: best match first while searching, otherwise the order papers were added.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Papers drag out as their ids; dropped inside a reading list shown in its own order, they move.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    static QList<qint64> paperIds(const QMimeData *data);

    // The scope that lists the papers in the Trash (which no query finds), the latest deleted first.
    static inline const QString TrashScope = QStringLiteral("trash:");
    // Whether the list shows the Trash now (its ids are in), whatever scope was asked for since.
    bool showsTrash() const { return m_shown.trash; }

    // What the sidebar chose, as a query ("status:inbox", "tag:ml"), or TrashScope; empty: every paper.
    void setScope(const QString &query);
    // The scope asked for last; the list shows it once its ids are in.
    QString scope() const { return m_scope; }
    // The search field's query, within the scope. An invalid query keeps the list as it is and
    // emits queryErrorChanged with where the error is.
    void setSearchText(const QString &query);
    // The search text asked for last (see scope()).
    QString searchText() const { return m_search; }
    // The query the list shows: scope and search together.
    const Query &query() const { return m_shown.query; }
    // Reads the ids again, after the library changed: the rows shown are read again at once (a paper's new
    // status shows), the ids in the background. When the library cannot run the query, the list keeps what
    // it shows and queryErrorChanged says why.
    void reload();
    // Reads the paper's row again (its note was saved: the mark beside its title), without a reset.
    void refreshPaper(qint64 paperId);

    // The ids are read on a connection of their own in the background, so that a search in a large library
    // never holds up the window: the list shows what it showed until the new ids are in (a model reset,
    // then idsRead), and a newer request drops an older one, stopping its work. A new scope, search or order that
    // finds many papers shows its first rows first (a reset) and the rest once read (rows inserted after them).
    // True while a read is on its way, until the last of the ids is in.
    bool isReadingIds() const { return m_readingIds; }
    // The reader of the ids: tests queue their own jobs before and after a read on it.
    BackgroundReader *idReader() const { return m_idReader; }

    // Above this many matches, the list shows them unranked at once and puts them in ranked order when
    // the ranking, read in the background, arrives (rankingApplied). Settable for tests.
    void setRankInBackgroundAbove(int matches) { m_rankInBackgroundAbove = matches; }
    bool isRankingPending() const { return m_rankingPending; }

    qint64 paperId(int row) const { return m_ids.value(row); }
    int rowOf(qint64 paperId) const { return int(m_ids.indexOf(paperId)); }
    // Every paper in the library, whether shown or not, as counted with the ids shown.
    int paperCount() const { return m_paperCount; }
    // The reading list whose every paper the list shows, in the list's order, so that rows can be
    // moved; 0 otherwise (another scope, a search or a sorted column).
    qint64 reorderableListId() const;
    // The reading list that the scope shows, searched or sorted or not; 0 when it shows something else.
    qint64 readingListId() const { return m_shown.scopeListId; }

Q_SIGNALS:
    // message is empty when the search text is a valid query again. position is -1 when the error is
    // the whole query's (the library could not run it) rather than at a place in the text.
    void queryErrorChanged(const QString &message, int position, int length);
    // Papers were dropped at row targetIndex of the reading list shown (see ReadingListStore::movePapers).
    void readingListMoveRequested(qint64 listId, const QList<qint64> &paperIds, int targetIndex);
    // The matches shown unranked are now in ranked order (a layout change: selection and current row stay).
    void rankingApplied();
    // A read of the ids has ended: the list shows them (after its model reset), or, when the library could
    // not run the query, keeps what it showed (queryErrorChanged says why).
    void idsRead();

public:
    // What the list asks for: everything a reading of its ids depends on, copied for the reader's thread.
    struct Request
    {
        QString scope;  // trimmed; TrashScope for the Trash
        QString search; // trimmed
        QString query;  // scope and search together
        int sortColumn = -1;
        bool ascending = true;
        int rankInBackgroundAbove = 0;
        bool countPapers = false; // the library changed since paperCount() was counted
    };
    // What a reading gives.
    struct Listing
    {
        QList<qint64> ids;
        std::optional<int> paperCount; // when asked for
        qint64 scopeListId = 0;        // the scope is this reading list (in its order unless sorted)
        bool rankingPending = false;   // too many matches to rank at once: shown unranked
        bool complete = true;          // false: the first ids only (readFirstIds), the rest to follow
    };
    // Reads the ids on any connection: the background's, or the window's own for the first list.
    static Expected<Listing> readIds(Library &library, const Request &request);
    // The first ids of what readIds() reads, in the list's order, for a new scope, search or order: up to as
    // many as the list ranks at once, and one more. Fewer are all of them (then ranked, as readIds() would, and
    // complete); that many are the start of the matches in the order they were stored or in the column's, which
    // come in milliseconds where reading all of a word found in most of a million papers takes most of a second.
    static Expected<Listing> readFirstIds(Library &library, const Request &request);
    // What the list asks for now: the last scope, search and order.
    Request request() const;

private:
    // The state the ids shown were read for.
    struct Shown
    {
        Query query;
        QString search;
        int sortColumn = -1;
        qint64 scopeListId = 0;
        bool trash = false;
    };

    void applyQuery();
    enum class FirstRows { First, AllAtOnce };
    void readIdsInBackground(FirstRows firstRows = FirstRows::First);
    void showIds(const Request &request, const Expected<Listing> &read);
    void showRestOfIds(const Request &request, const Expected<Listing> &read);
    void setQueryError(const QString &message, int position, int length);
    void rankInBackground();
    void applyRanking(const Expected<QList<qint64>> &found);
    QString snippetHtml(qint64 paperId) const;
    void readWantedSnippets();
    void addSnippets(const QHash<qint64, QString> &html);
    const PaperRow *row(int row) const;
    PaperMarks marks(int row) const;
    static QVariant annotationData(const PaperRow &paper, const PaperMarks &marks, int role);
    static QString annotationsText(const PaperMarks &marks);

    Library &m_library;
    mutable PaperStore m_store;
    QList<qint64> m_ids;
    struct Page
    {
        QHash<qint64, PaperRow> rows;
        QHash<qint64, PaperMarks> marks; // of the papers with a note or highlights
    };
    mutable QCache<qsizetype, Page> m_pages; // page number -> its rows by id
    QString m_scope;  // asked for last
    QString m_search; // asked for last
    Query m_query;    // scope and search, asked for last (valid)
    Shown m_shown;
    QString m_queryError;
    int m_queryErrorPosition = 0; // -1: the library could not run the query
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_paperCount = 0;
    bool m_paperCountStale = false; // the library changed: counted again with the next ids
    bool m_readingIds = false;
    mutable QCache<qint64, QString> m_snippets; // by paper id, for the rows the view has shown
    mutable QSet<qint64> m_snippetsPending;     // asked for and not read yet
    mutable QList<qint64> m_snippetsWanted;     // of those, the ones not handed to the reader yet
    mutable QTimer m_snippetDelay;              // gathers the rows of one paint into one job
    BackgroundReader *m_snippetReader;
    BackgroundReader *m_rankReader; // apart from the snippets, so that neither waits for the other
    BackgroundReader *m_idReader;   // and the ids apart from both
    int m_rankInBackgroundAbove;
    bool m_rankingPending = false;
};

} // namespace Lectern
