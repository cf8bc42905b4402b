#include "gui/reading/ReadingPane.h"

#include "gui/AnnotationText.h"
#include "gui/ColorSwatch.h"
#include "gui/InputDialogs.h"
#include "gui/ReaderView.h"
#include "gui/highlights/HighlightColors.h"
#include "gui/highlights/HighlightList.h"
#include "gui/notes/NoteEditor.h"
#include "gui/notes/NotePane.h"
#include "gui/reading/HistoryView.h"
#include "gui/reading/RatingStars.h"
#include "gui/tags/TagChips.h"
#include "gui/tags/TagColors.h"
#include "gui/tags/TagField.h"
#include "gui/undo/Annotator.h"
#include "library/AnnotationStore.h"
#include "library/TagStore.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QVBoxLayout>

namespace Lectern {

namespace {

constexpr int MinimumWidth = 200;
constexpr int SizeUnit = 200; // splitter sizes are shares until the splitter is laid out

// A pane below the abstract with its name above it, as the related papers have theirs; the name's
// mnemonic takes the keyboard into the pane.
QWidget *withHeading(const QString &heading, QWidget *body, QWidget *focusTarget)
{
    auto *pane = new QWidget;
    auto *label = new QLabel(heading, pane);
    label->setBuddy(focusTarget);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(body, 1);
    return pane;
}

} // namespace

ReadingPane::ReadingPane(Library &library, Annotator &annotator, SelectedPapers selectedPapers, QWidget *parent)
    : QWidget(parent), m_library(library), m_annotator(annotator), m_selectedPapers(std::move(selectedPapers)),
      m_tagColors(new TagColors(library, annotator, this)), m_reader(new ReaderView), m_history(new HistoryView(library)),
      m_notes(new NotePane(annotator)), m_highlights(new HighlightList(annotator)),
      m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("readingPane"));
    // A narrow window squeezes the bar and the panes below the abstract rather than growing past the
    // width the user (or the saved geometry) gave it.
    setMinimumWidth(MinimumWidth);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(createAnnotationBar());
    topLayout->addWidget(m_chips);
    topLayout->addWidget(m_reader, 1);
    topLayout->addWidget(m_history);

    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->setObjectName(QStringLiteral("annotationSplitter"));
    bottom->addWidget(withHeading(tr("&Note"), m_notes, m_notes->editor()));
    bottom->addWidget(withHeading(tr("H&ighlights"), m_highlights, m_highlights));

    // The abstract and the note share the height; the window restores what the user made of both splitters.
    m_splitter->setObjectName(QStringLiteral("readingSplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setSizes({SizeUnit, SizeUnit});
    besideNote({});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    createHighlightActions();
    // Keyboard users select text to highlight with the caret (Shift+arrows) as mouse users drag.
    m_reader->setTextInteractionFlags(m_reader->textInteractionFlags() | Qt::TextSelectableByKeyboard);
    m_reader->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_reader, &QWidget::customContextMenuRequested, this, &ReadingPane::showReaderMenu);
    connect(m_highlights, &HighlightList::spanActivated, m_reader, &ReaderView::showAbstractSpan);
    connect(&annotator, &Annotator::noteChanged, this, [this](qint64 paperId) {
        const auto note = AnnotationStore(m_library).note(paperId);
        if (paperId == m_paper.id && note)
            m_notes->editor()->showNote(paperId, *note);
    });
    // Only when tags changed, as the tag colours (TagColors): not on each triage key.
    connect(&annotator, &Annotator::tagsChanged, this, &ReadingPane::updateTagCompletion);
    updateTagCompletion();
    clear();
}

QWidget *ReadingPane::createAnnotationBar()
{
    auto *bar = new QWidget;
    m_statusBox = new QComboBox(bar);
    m_statusBox->setObjectName(QStringLiteral("statusBox"));
    m_statusBox->setToolTip(tr("Reading status of the selected papers"));
    for (const ReadingStatus status : allStatuses())
        m_statusBox->addItem(AnnotationText::statusLabel(status), int(status));
    connect(m_statusBox, &QComboBox::activated, this, [this](int index) {
        m_annotator.setStatus(m_selectedPapers(), ReadingStatus(m_statusBox->itemData(index).toInt()));
    });
    m_stars = new RatingStars(bar);
    connect(m_stars, &RatingStars::ratingClicked, this, [this](int rating) { m_annotator.setRating(m_paper.id, rating); });
    m_tagField = new TagField(bar);
    connect(m_tagField, &TagField::tagEntered, this, &ReadingPane::enterTags);
    connect(m_tagField, &TagField::finished, this, &ReadingPane::tagFieldFinished);
    m_chips = new TagChips(*m_tagColors);
    connect(m_chips, &TagChips::tagClicked, this, &ReadingPane::tagClicked);
    connect(m_chips, &TagChips::removeClicked, this,
            [this](const QString &tag) { m_annotator.editTags({m_paper.id}, {}, {tag}); });

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusBox);
    layout->addWidget(m_stars);
    layout->addWidget(m_tagField, 1);
    return bar;
}

void ReadingPane::createHighlightActions()
{
    m_highlightAction = new QAction(tr("&Highlight Selection"), this);
    m_highlightAction->setObjectName(QStringLiteral("highlightAction"));
    m_highlightAction->setShortcut(Qt::Key_H);
    connect(m_highlightAction, &QAction::triggered, this, [this] { highlightSelection(HighlightColors::defaultColor()); });
    m_commentedHighlightAction = new QAction(tr("Highlight with &Comment..."), this);
    m_commentedHighlightAction->setObjectName(QStringLiteral("commentedHighlightAction"));
    m_commentedHighlightAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_H));
    connect(m_commentedHighlightAction, &QAction::triggered, this,
            [this] { highlightSelection(HighlightColors::defaultColor(), true); });
}

QMenu *ReadingPane::createHighlightColorMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Highlight in &Colour"), parent);
    menu->setObjectName(QStringLiteral("highlightColorMenu"));
    for (const HighlightColors::Pen &pen : HighlightColors::pens())
        menu->addAction(colorSwatch(QColor(pen.color)), pen.name, this, [this, color = pen.color] { highlightSelection(color); });
    return menu;
}

void ReadingPane::showReaderMenu(const QPoint &position)
{
    QMenu *menu = m_reader->createStandardContextMenu(position);
    menu->setObjectName(QStringLiteral("readerMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSeparator();
    menu->addActions(highlightActions());
    menu->addMenu(createHighlightColorMenu(menu));
    menu->popup(m_reader->viewport()->mapToGlobal(position));
}

// The note gets three fifths of the width, the panes beside it share the rest.
void ReadingPane::besideNote(QWidget *pane)
{
    auto *bottom = m_splitter->findChild<QSplitter *>(QStringLiteral("annotationSplitter"));
    if (pane)
        bottom->addWidget(pane);
    QList<int> sizes{3 * SizeUnit};
    for (int i = 1; i < bottom->count(); ++i)
        sizes.append(2 * SizeUnit / (bottom->count() - 1));
    // (Without stretch factors the splitter keeps these proportions as it takes its first size.)
    bottom->setSizes(sizes);
}

void ReadingPane::showPaper(const Paper &paper)
{
    m_paper = paper;
    m_reader->showPaper(paper);
    m_statusBox->setCurrentIndex(m_statusBox->findData(int(paper.status)));
    m_stars->setRating(paper.rating);
    m_chips->setTags(paper.tags);
    m_chips->setVisible(!paper.tags.isEmpty());
    m_notes->editor()->showNote(paper.id, paper.note);
    m_highlights->showHighlights(paper.highlights);
    m_history->showPaper(paper.id);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_statusBox, m_stars, m_tagField})
        widget->setEnabled(true);
}

void ReadingPane::clear()
{
    m_paper = Paper();
    m_reader->clear();
    m_chips->setTags({});
    m_chips->hide();
    m_notes->editor()->showNote(0, {});
    m_highlights->showHighlights({});
    m_history->showPaper(0);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_statusBox, m_stars, m_tagField})
        widget->setEnabled(false);
}

void ReadingPane::saveNote()
{
    m_notes->editor()->save();
}

void ReadingPane::focusTagField()
{
    m_tagField->setFocus(Qt::ShortcutFocusReason);
    m_tagField->selectAll();
}

// "ml, vision/detection" adds both; "-ml" takes ml off.
void ReadingPane::enterTags(const QString &text)
{
    QStringList add;
    QStringList remove;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (tag.startsWith(u'-'))
            remove.append(tag.mid(1));
        else if (!tag.isEmpty())
            add.append(tag);
    }
    const QList<qint64> papers = m_selectedPapers();
    if (papers.isEmpty() || (add.isEmpty() && remove.isEmpty()))
        return;
    // The field stays for another tag; Escape or Enter on an empty field hands the keyboard back.
    if (m_annotator.editTags(papers, add, remove))
        m_tagField->clear();
}

void ReadingPane::highlightSelection(const QString &color, bool askComment)
{
    const auto span = m_reader->selectedAbstractSpan();
    if (!span || m_paper.id == 0) {
        m_annotator.notifyFailed(tr("Select some text of the abstract to highlight it."));
        return;
    }
    QString comment;
    if (askComment) {
        const auto answer = InputDialogs::getComment(this, tr("Highlight"), m_paper.abstract.mid(span->start, span->length));
        if (!answer)
            return;
        comment = answer->trimmed();
    }
    m_annotator.addHighlight(m_paper.id, span->start, span->length, color, comment);
}

void ReadingPane::updateTagCompletion()
{
    // The stored tags and the parents their paths imply ("ml" of "ml/optimization"), a parent before its children.
    QStringList paths;
    for (const TagSummary &tag : TagStore(m_library).paths())
        paths.append(tag.path);
    m_tagField->setTagPaths(paths);
}

} // namespace Lectern
