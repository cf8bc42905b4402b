#include "gui/edit/PaperEditDialog.h"

#include "library/EntryType.h"
#include "library/PaperFieldText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Lectern {

namespace {

// Fields of several lines: names one a line, links one a line, the abstract's paragraphs.
bool isMultiLine(const QString &field)
{
    return field == u"authors" || field == u"editors" || field == u"links" || field == u"abstract";
}

QString labelOf(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "&Type:")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "T&itle:")},
        {QStringLiteral("authors"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "&Authors:")},
        {QStringLiteral("editors"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "E&ditors:")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "Da&te:")},
        {QStringLiteral("container"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "&Journal or book:")},
        {QStringLiteral("volume"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "&Volume:")},
        {QStringLiteral("issue"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "Iss&ue:")},
        {QStringLiteral("pages"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "&Pages:")},
        {QStringLiteral("publisher"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "Pu&blisher:")},
        {QStringLiteral("isbn"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "ISBN:")},
        {QStringLiteral("issn"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "ISSN:")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "&Language:")},
        {QStringLiteral("doi"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "D&OI:")},
        {QStringLiteral("arxiv"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "ar&Xiv id:")},
        {QStringLiteral("arxiv-category"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "arXiv &category:")},
        {QStringLiteral("links"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "Lin&ks:")},
        {QStringLiteral("abstract"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "Ab&stract:")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("Lectern::PaperEditDialog", "Citation &key:")},
    };
    return PaperEditDialog::tr(labels.value(field));
}

} // namespace

PaperEditDialog::PaperEditDialog(const Paper &paper, QWidget *parent) : QDialog(parent), m_paper(paper)
{
    setObjectName(QStringLiteral("paperEditDialog"));
    setWindowTitle(tr("Edit Paper Details"));
    auto *form = new QFormLayout;
    for (const QString &field : PaperFieldText::names()) {
        QWidget *editor = createEditor(field);
        form->addRow(labelOf(field), editor);
        if (field == u"authors" || field == u"editors") {
            auto *split = new QLabel(this);
            split->setObjectName(QStringLiteral("split_") + field);
            split->setWordWrap(true);
            split->setTextFormat(Qt::RichText);
            form->addRow(QString(), split);
            auto *names = static_cast<QPlainTextEdit *>(editor);
            connect(names, &QPlainTextEdit::textChanged, this, [this, names, split] { showSplit(names, split); });
            showSplit(names, split);
        }
    }
    m_extra = new QPlainTextEdit(this);
    m_extra->setObjectName(QStringLiteral("field_extra"));
    m_extra->setTabChangesFocus(true);
    m_extra->setToolTip(tr("Fields Lectern has no place for, one a line: NAME = VALUE"));
    QStringList extra;
    for (const ExtraField &field : paper.extraFields)
        extra.append(field.name + QStringLiteral(" = ") + field.value);
    m_extra->setPlainText(extra.join(u'\n'));
    m_extra->setFixedHeight(m_extra->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Other fields:"), m_extra);

    auto *fields = new QWidget;
    fields->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(fields);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("editError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the changes (Ctrl+Return)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 720);
    // The title is what is fixed most often; Tab goes on from it, Shift+Tab back to the type.
    m_editors.value(QStringLiteral("title"))->setFocus();
}

// Ctrl+Return saves from any field: the line edits, the lists of names and the abstract leave the key to the dialog
// (Return alone is a new line in the fields of several lines).
void PaperEditDialog::keyPressEvent(QKeyEvent *event)
{
    const bool isReturn = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (isReturn && event->modifiers().testFlag(Qt::ControlModifier)) {
        accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

QWidget *PaperEditDialog::createEditor(const QString &field)
{
    const QString text = PaperFieldText::text(m_paper, field);
    QWidget *editor = nullptr;
    if (field == u"type") {
        auto *types = new QComboBox(this);
        types->addItem(tr("(not said)"), QString());
        for (const QString &type : EntryType::names())
            types->addItem(type, type);
        types->setCurrentIndex(std::max(0, types->findData(text)));
        editor = types;
    } else if (isMultiLine(field)) {
        auto *lines = new QPlainTextEdit(this);
        lines->setTabChangesFocus(true);
        // A name a line reads better than a row of semicolons.
        lines->setPlainText(field == u"authors" || field == u"editors" ? QString(text).replace(QStringLiteral("; "), QStringLiteral("\n"))
                                                                        : text);
        const int rows = field == u"abstract" ? 8 : 3;
        lines->setFixedHeight(lines->fontMetrics().lineSpacing() * (rows + 1));
        if (field == u"authors" || field == u"editors")
            lines->setToolTip(tr("One name a line, or separated by \";\": \"Family, Given\" or \"Given Family\"; "
                                 "an organisation in braces: {World Health Organization}"));
        editor = lines;
    } else {
        auto *line = new QLineEdit(text, this);
        if (field == u"date")
            line->setPlaceholderText(tr("2025, 2025-06 or 2025-06-13"));
        editor = line;
    }
    editor->setObjectName(QStringLiteral("field_") + field);
    m_editors.insert(field, editor);
    return editor;
}

QString PaperEditDialog::fieldText(const QString &field) const
{
    const QWidget *editor = m_editors.value(field);
    if (const auto *types = qobject_cast<const QComboBox *>(editor))
        return types->currentData().toString();
    if (const auto *lines = qobject_cast<const QPlainTextEdit *>(editor))
        return lines->toPlainText();
    if (const auto *line = qobject_cast<const QLineEdit *>(editor))
        return line->text();
    return {};
}

QString PaperEditDialog::peopleSplit(const QString &text)
{
    QStringList names;
    for (const Person &person : PaperFieldText::peopleFromText(text)) {
        if (!person.literal.isEmpty()) {
            names.append(u"<b>" + person.literal.toHtmlEscaped() + u"</b>");
            continue;
        }
        QString name = person.given.toHtmlEscaped();
        if (!person.particle.isEmpty())
            name += u' ' + person.particle.toHtmlEscaped();
        name += QStringLiteral(" <b>") + person.family.toHtmlEscaped() + QStringLiteral("</b>");
        if (!person.suffix.isEmpty())
            name += QStringLiteral(", ") + person.suffix.toHtmlEscaped();
        names.append(name.trimmed());
    }
    return names.join(QStringLiteral(" \u00b7 "));
}

void PaperEditDialog::showSplit(QPlainTextEdit *names, QLabel *split)
{
    const QString text = peopleSplit(names->toPlainText());
    //: Under the authors: how the names are split, the family names in bold
    split->setText(text.isEmpty() ? QString() : tr("Family names in bold: %1").arg(text));
}

Expected<Paper> PaperEditDialog::edited() const
{
    Paper paper = m_paper;
    // The extra fields first: a date typed anew then drops the mark of a date inferred.
    paper.extraFields.clear();
    for (const QString &line : m_extra->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0 || line.first(equals).trimmed().isEmpty())
            return Error{tr("Other fields: '%1' is not NAME = VALUE").arg(line)};
        if (auto s = PaperFieldText::set(paper, PaperFieldText::ExtraPrefix + line.first(equals).trimmed(), line.mid(equals + 1));
            !s)
            return s.error();
    }
    for (const QString &field : PaperFieldText::names())
        if (auto s = PaperFieldText::set(paper, field, fieldText(field)); !s)
            return s.error();
    return paper;
}

void PaperEditDialog::accept()
{
    const auto paper = edited();
    if (!paper) {
        m_error->setText(paper.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Lectern
