#pragma once

#include "library/DuplicateStore.h"
#include "library/Paper.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Lectern {

class Annotator;
class Library;

// The library's duplicate pairs, each shown side by side: one row per field, the rows where the two differ marked,
// and for those a choice of whose value the merged paper keeps (the kept paper's by default, the other's where
// the kept one has none). Merge makes them one (an undo step on the window's stack); Not a Duplicate remembers
// that they are two and the pair does not come back.
class DuplicatesView : public QDialog
{
    Q_OBJECT

public:
    DuplicatesView(Library &library, Annotator &annotator, QWidget *parent = nullptr);

    // Reads the pairs again, keeping the one shown where it still is.
    void reload();
    // The fields whose value the merge takes from the paper that is not kept, as chosen now.
    QSet<QString> fieldsFromOther() const;
    // Chooses whose value a field keeps: 0 the first paper's (left), 1 the second's (right).
    void chooseSide(const QString &field, int side);

private:
    void showPair();
    void fillFields();
    void markChoices();
    void merge();
    void dismiss();
    int keptSide() const;
    static QString fieldLabel(const QString &name);
    static QString reasonText(DuplicateReason reason);

    Library &m_library;
    Annotator &m_annotator;
    QList<DuplicatePair> m_pairs;
    std::optional<Paper> m_papers[2];
    QHash<QString, int> m_side; // per differing field: 0 first paper, 1 second
    QListWidget *m_pairList;
    QLabel *m_reason;
    QComboBox *m_keep;
    QTableWidget *m_fields;
    QPushButton *m_merge;
    QPushButton *m_notDuplicate;
    QLabel *m_empty;
};

} // namespace Lectern
