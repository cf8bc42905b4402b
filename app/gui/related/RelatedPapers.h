#pragma once

#include "query/Query.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QListWidget;

namespace Lectern {

class BackgroundReader;
class Library;

// The ten papers most like the one being read (core relatedPapers()), under the abstract. They are
// looked up once the selection has settled on a paper, not for every paper the arrow keys pass, and
// in the background: in a library of 100k papers a look-up takes a few hundred milliseconds.
class RelatedPapers : public QWidget
{
    Q_OBJECT

public:
    explicit RelatedPapers(Library &library, QWidget *parent = nullptr);

    // The paper to show neighbours of; 0 for none.
    void showRelatedTo(qint64 paperId);
    // The library changed (an import): the neighbours may have too.
    void refresh();
    // The list is about to change, and the paper shown most likely with it: a look-up under way stops
    // rather than take a core from the search. If the paper stays, showRelatedTo() looks it up again.
    void stopLookUp();

Q_SIGNALS:
    void paperActivated(qint64 paperId);

private:
    void lookUp();
    void showPapers(const QList<qint64> &paperIds);

    Library &m_library;
    BackgroundReader *m_reader;
    QListWidget *m_list;
    QTimer m_settle;
    qint64 m_paperId = 0; // shown or about to be
    qint64 m_shownFor = 0;
    bool m_lookingUp = false;
    // Read and written by one look-up at a time, in the reader's thread.
    std::shared_ptr<WordCounts> m_wordCounts = std::make_shared<WordCounts>();
};

} // namespace Lectern
