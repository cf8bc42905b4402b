#include "gui/duplicates/DuplicatesView.h"

#include "gui/duplicates/MergeCommand.h"
#include "gui/undo/Annotator.h"
#include "library/Library.h"
#include "library/PaperFields.h"
#include "library/PaperMerge.h"
#include "library/PaperStore.h"
#include "text/PaperText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace Lectern {

namespace {

constexpr int FieldRole = Qt::UserRole;
constexpr int SideRole = Qt::UserRole + 1;

QString pairLabel(const PaperRow &first, const PaperRow &second)
{
    const QString title = PaperText::singleLine(first.title);
    return first.title == second.title ? QStringLiteral("#%1 = #%2  %3").arg(first.id).arg(second.id).arg(title)
                                       : QStringLiteral("#%1 = #%2  %3 / %4").arg(first.id).arg(second.id).arg(
                                             title, PaperText::singleLine(second.title));
}

} // namespace

DuplicatesView::DuplicatesView(Library &library, Annotator &annotator, QWidget *parent)
    : QDialog(parent), m_library(library), m_annotator(annotator)
{
    setObjectName(QStringLiteral("duplicatesView"));
    setWindowTitle(tr("Duplicates"));
    resize(1000, 600);

    m_pairList = new QListWidget(this);
    m_pairList->setObjectName(QStringLiteral("duplicatePairs"));
    m_empty = new QLabel(tr("No duplicates: every paper of the library is there once."), this);
    m_empty->setObjectName(QStringLiteral("noDuplicates"));
    m_empty->setWordWrap(true);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_pairList);
    leftLayout->addWidget(m_empty);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("duplicateReason"));
    m_keep = new QComboBox(this);
    m_keep->setObjectName(QStringLiteral("keepPaper"));
    m_fields = new QTableWidget(0, 3, this);
    m_fields->setObjectName(QStringLiteral("duplicateFields"));
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_fields->setWordWrap(true);
    m_fields->setToolTip(tr("Fields marked differ: click the value the merged paper keeps"));
    auto *keepRow = new QHBoxLayout;
    auto *keepLabel = new QLabel(tr("&Keep:"), this);
    keepLabel->setBuddy(m_keep);
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(m_keep, 1);

    m_merge = new QPushButton(tr("&Merge"), this);
    m_merge->setObjectName(QStringLiteral("mergeDuplicates"));
    m_merge->setToolTip(tr("Make the two one paper: tags, notes, highlights, lists and histories of both, the "
                           "values chosen above; the other paper is removed (Edit > Undo brings it back)"));
    m_notDuplicate = new QPushButton(tr("&Not a Duplicate"), this);
    m_notDuplicate->setObjectName(QStringLiteral("notDuplicate"));
    m_notDuplicate->setToolTip(tr("These are two papers: the pair is not shown again"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    buttons->addButton(m_notDuplicate, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_reason);
    rightLayout->addLayout(keepRow);
    rightLayout->addWidget(m_fields, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setSizes({300, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_pairList, &QListWidget::currentRowChanged, this, &DuplicatesView::showPair);
    connect(m_keep, &QComboBox::currentIndexChanged, this, [this] { fillFields(); });
    connect(m_fields, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column == 0)
            return;
        const QString field = m_fields->item(row, 0)->data(FieldRole).toString();
        if (m_side.contains(field))
            chooseSide(field, column - 1);
    });
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesView::merge);
    connect(m_notDuplicate, &QPushButton::clicked, this, &DuplicatesView::dismiss);
    connect(&m_annotator, &Annotator::changed, this, [this] {
        if (isVisible())
            reload();
    });
}

void DuplicatesView::reload()
{
    const int row = qMax(0, m_pairList->currentRow());
    auto pairs = DuplicateStore(m_library).pairs();
    m_pairs = pairs ? *pairs : QList<DuplicatePair>();
    QList<qint64> ids;
    for (const DuplicatePair &pair : std::as_const(m_pairs))
        ids << pair.first << pair.second;
    QHash<qint64, PaperRow> rows;
    for (const PaperRow &paperRow : PaperStore(m_library).rows(ids))
        rows.insert(paperRow.id, paperRow);
    const QSignalBlocker blocker(m_pairList);
    m_pairList->clear();
    for (const DuplicatePair &pair : std::as_const(m_pairs))
        m_pairList->addItem(pairLabel(rows.value(pair.first), rows.value(pair.second)));
    m_empty->setVisible(m_pairs.isEmpty());
    m_pairList->setVisible(!m_pairs.isEmpty());
    if (!m_pairs.isEmpty())
        m_pairList->setCurrentRow(qMin(row, int(m_pairs.size()) - 1));
    showPair();
}

void DuplicatesView::showPair()
{
    const int row = m_pairList->currentRow();
    const bool shown = row >= 0 && row < m_pairs.size();
    m_papers[0] = shown ? PaperStore(m_library).paper(m_pairs[row].first) : std::nullopt;
    m_papers[1] = shown ? PaperStore(m_library).paper(m_pairs[row].second) : std::nullopt;
    m_merge->setEnabled(m_papers[0] && m_papers[1]);
    m_notDuplicate->setEnabled(m_papers[0] && m_papers[1]);
    {
        const QSignalBlocker blocker(m_keep);
        m_keep->clear();
        if (m_papers[0] && m_papers[1]) {
            for (const auto &paper : m_papers)
                m_keep->addItem(tr("#%1, %2").arg(paper->id).arg(PaperText::singleLine(paper->title)), paper->id);
        }
    }
    m_reason->setText(shown ? reasonText(m_pairs[row].reason) : QString());
    fillFields();
}

int DuplicatesView::keptSide() const
{
    return qMax(0, m_keep->currentIndex());
}

void DuplicatesView::fillFields()
{
    m_fields->setRowCount(0);
    m_side.clear();
    if (!m_papers[0] || !m_papers[1])
        return;
    const Paper &first = *m_papers[0];
    const Paper &second = *m_papers[1];
    m_fields->setHorizontalHeaderLabels({tr("Field"), QStringLiteral("#%1").arg(first.id), QStringLiteral("#%1").arg(second.id)});
    const int kept = keptSide();
    const QStringList differing = differingFields(first, second);
    for (const PaperField &field : paperFields()) {
        if (field.isEmpty(first) && field.isEmpty(second))
            continue;
        const int row = m_fields->rowCount();
        m_fields->insertRow(row);
        auto *label = new QTableWidgetItem(fieldLabel(field.name));
        label->setData(FieldRole, field.name);
        m_fields->setItem(row, 0, label);
        for (int side = 0; side < 2; ++side) {
            auto *value = new QTableWidgetItem(field.text(side == 0 ? first : second));
            value->setData(SideRole, side);
            value->setToolTip(value->text());
            m_fields->setItem(row, side + 1, value);
        }
        if (differing.contains(field.name)) {
            const Paper &keptPaper = kept == 0 ? first : second;
            m_side.insert(field.name, field.isEmpty(keptPaper) ? 1 - kept : kept);
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            label->setToolTip(tr("The two differ here"));
        }
    }
    // What both keep whatever is chosen: tags and notes are joined.
    const auto addJoined = [this, &first, &second](const QString &label, const std::function<QString(const Paper &)> &text) {
        const int row = m_fields->rowCount();
        m_fields->insertRow(row);
        m_fields->setItem(row, 0, new QTableWidgetItem(label));
        m_fields->setItem(row, 1, new QTableWidgetItem(text(first)));
        m_fields->setItem(row, 2, new QTableWidgetItem(text(second)));
    };
    addJoined(tr("Tags"), [](const Paper &paper) { return paper.tags.join(QStringLiteral(", ")); });
    addJoined(tr("Note"), [](const Paper &paper) { return PaperText::singleLine(paper.note); });
    markChoices();
}

void DuplicatesView::markChoices()
{
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const QString field = m_fields->item(row, 0)->data(FieldRole).toString();
        if (!m_side.contains(field))
            continue;
        for (int side = 0; side < 2; ++side) {
            QTableWidgetItem *item = m_fields->item(row, side + 1);
            const bool chosen = m_side.value(field) == side;
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
            item->setBackground(chosen ? palette().brush(QPalette::AlternateBase) : QBrush());
            QFont font = item->font();
            font.setBold(chosen);
            item->setFont(font);
        }
    }
}

void DuplicatesView::chooseSide(const QString &field, int side)
{
    if (!m_side.contains(field) || (side != 0 && side != 1))
        return;
    m_side[field] = side;
    markChoices();
}

QSet<QString> DuplicatesView::fieldsFromOther() const
{
    QSet<QString> fields;
    const int kept = keptSide();
    for (auto it = m_side.cbegin(); it != m_side.cend(); ++it)
        if (it.value() != kept)
            fields.insert(it.key());
    return fields;
}

void DuplicatesView::merge()
{
    if (!m_papers[0] || !m_papers[1])
        return;
    const int kept = keptSide();
    const qint64 keep = m_papers[kept]->id;
    const qint64 other = m_papers[1 - kept]->id;
    // Where the chosen value is the kept paper's own and it has none, the other's fills it anyway (PaperMerge).
    // Choosing the kept side of a field the kept paper has empty is thus the same as the default.
    m_annotator.push(new MergeCommand(m_annotator, keep, other, fieldsFromOther()));
}

void DuplicatesView::dismiss()
{
    if (!m_papers[0] || !m_papers[1])
        return;
    if (auto s = DuplicateStore(m_library).dismiss(m_papers[0]->id, m_papers[1]->id); !s) {
        m_annotator.notifyFailed(s.error().message);
        return;
    }
    m_annotator.notifyChanged(); // the sidebar's count, and this view, follow
}

QString DuplicatesView::reasonText(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::ArxivId:
        return tr("The same arXiv id");
    case DuplicateReason::Doi:
        return tr("The same DOI");
    case DuplicateReason::PreprintOf:
        return tr("A preprint and its published version");
    case DuplicateReason::TitleAuthorYear:
        return tr("The same title, first author and year");
    }
    return {};
}

QString DuplicatesView::fieldLabel(const QString &name)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("type"), tr("Type")},
        {QStringLiteral("title"), tr("Title")},
        {QStringLiteral("authors"), tr("Authors")},
        {QStringLiteral("editors"), tr("Editors")},
        {QStringLiteral("year"), tr("Date")},
        {QStringLiteral("abstract"), tr("Abstract")},
        {QStringLiteral("arxiv"), tr("arXiv id")},
        {QStringLiteral("category"), tr("arXiv category")},
        {QStringLiteral("doi"), tr("DOI")},
        {QStringLiteral("container"), tr("Journal or book")},
        {QStringLiteral("volume"), tr("Volume")},
        {QStringLiteral("issue"), tr("Issue")},
        {QStringLiteral("pages"), tr("Pages")},
        {QStringLiteral("publisher"), tr("Publisher")},
        {QStringLiteral("isbn"), tr("ISBN")},
        {QStringLiteral("issn"), tr("ISSN")},
        {QStringLiteral("language"), tr("Language")},
        {QStringLiteral("links"), tr("Links")},
        {QStringLiteral("extra"), tr("Other fields")},
    };
    return labels.value(name, name);
}

} // namespace Lectern
