#include "gui/export/ExportDialog.h"

#include "export/ExportFile.h"
#include "export/KeptExports.h"
#include "gui/FileDialogs.h"
#include "gui/SyntaxRepository.h"
#include "gui/export/ExportWorker.h"
#include "library/Library.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

namespace Lectern {

namespace {

// Enough papers to see what the file looks like; few enough to format at every click.
constexpr int PreviewCount = 20;

const QString FormatKey = QStringLiteral("export/format");
const QString FieldsKey = QStringLiteral("export/fields");
const QString FolderKey = QStringLiteral("export/folder");

QString fieldLabel(const QString &field)
{
    if (field == u"tags")
        return ExportDialog::tr("&Tags");
    if (field == u"status")
        return ExportDialog::tr("&Status");
    if (field == u"rating")
        return ExportDialog::tr("&Rating");
    if (field == u"notes")
        return ExportDialog::tr("&Notes");
    return ExportDialog::tr("&Highlights");
}

// The field inside a sentence ("BibTeX has no place for rating, highlights"): a text of its own, not the label in
// lower case, since German, for one, keeps its nouns capitalised there.
QString plainFieldLabel(const QString &field)
{
    if (field == u"tags")
        return ExportDialog::tr("tags");
    if (field == u"status")
        return ExportDialog::tr("status");
    if (field == u"rating")
        return ExportDialog::tr("rating");
    if (field == u"notes")
        return ExportDialog::tr("notes");
    return ExportDialog::tr("highlights");
}

// A file name from the document's title: "Reading list: Weekend" gives "Reading list - Weekend".
QString fileNameFor(const QString &title, const Exporter &exporter)
{
    QString name = title;
    name.replace(u':', QStringLiteral(" -"));
    for (const QChar c : QStringView(u"/\\?*\"<>|"))
        name.remove(c);
    return name.simplified() + u'.' + exporter.fileExtension();
}

} // namespace

ExportDialog::ExportDialog(Library &library, const QList<qint64> &selection, const QString &scope, QWidget *parent)
    : QDialog(parent), m_library(library), m_selection(selection),
      m_sources(ExportSources::all(library, int(selection.size())))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Papers"));

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_preview->document());
    // As KSyntaxHighlighting's codeeditor example: a theme that suits the palette, which colours the editor too.
    const KSyntaxHighlighting::Theme theme = syntaxRepository().themeForPalette(palette());
    m_highlighter->setTheme(theme);
    QPalette previewPalette = m_preview->palette();
    previewPalette.setColor(QPalette::Base, theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    previewPalette.setColor(QPalette::Text, theme.textColor(KSyntaxHighlighting::Theme::Normal));
    m_preview->setPalette(previewPalette);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("exportPreviewLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("&Export..."), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createOptions());
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 560);

    restoreChoices();
    m_source->setCurrentIndex(initialSource(scope));
    connect(m_source, &QComboBox::currentIndexChanged, this, &ExportDialog::sourceChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    for (QCheckBox *box : std::as_const(m_fields))
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_latexAscii, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    sourceChanged();
}

ExportDialog::~ExportDialog()
{
    if (!m_thread)
        return;
    *m_cancelled = true;
    m_thread->quit();
    m_thread->wait();
}

QWidget *ExportDialog::createOptions()
{
    auto *options = new QWidget(this);
    m_source = new QComboBox(options);
    m_source->setObjectName(QStringLiteral("exportSource"));
    for (const ExportSource &source : std::as_const(m_sources))
        m_source->addItem(source.label);
    m_format = new QComboBox(options);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const auto &exporter : exporters())
        m_format->addItem(exporter->displayName(), exporter->name());
    m_keepUpdated = new QCheckBox(tr("&Keep the file up to date as the papers change"), options);
    m_keepUpdated->setObjectName(QStringLiteral("exportKeepUpdated"));
    m_keepUpdated->setToolTip(tr("Lectern rewrites the file after every change to these papers, also those made on the "
                                 "command line ('lectern exports' lists such files)"));
    m_latexAscii = new QCheckBox(tr("Write accented letters as LaTeX commands, for an 8-bit BibTeX"), options);
    m_latexAscii->setObjectName(QStringLiteral("exportLatexAscii"));
    m_warning = new QLabel(options);
    m_warning->setObjectName(QStringLiteral("exportWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout(options);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Papers:"), m_source);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Include:"), createFieldBoxes());
    form->addRow(QString(), m_latexAscii);
    form->addRow(QString(), m_keepUpdated);
    form->addRow(QString(), m_warning);
    return options;
}

QWidget *ExportDialog::createFieldBoxes()
{
    auto *boxes = new QWidget(this);
    auto *layout = new QHBoxLayout(boxes);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString &field : fieldNames(ExportOptions::allFields())) {
        auto *box = new QCheckBox(fieldLabel(field), boxes);
        box->setObjectName(u"exportField-" + field);
        box->setProperty("field", field);
        m_fields.append(box);
        layout->addWidget(box);
    }
    layout->addStretch();
    return boxes;
}

int ExportDialog::initialSource(const QString &scope) const
{
    if (m_selection.size() > 1)
        return 0;
    for (qsizetype i = 0; i < m_sources.size(); ++i)
        if (!scope.isEmpty() && m_sources[i].scope == scope)
            return int(i);
    return int(m_sources.size()) - 1;
}

const Exporter &ExportDialog::exporter() const
{
    return *exporterNamed(m_format->currentData().toString());
}

ExportOptions ExportDialog::options() const
{
    QStringList chosen;
    for (const QCheckBox *box : m_fields)
        if (box->isChecked())
            chosen.append(box->property("field").toString());
    ExportOptions options = fieldsFromNames(chosen.join(u',')).value(); // the names are fieldNames()'s own
    options.title = m_sources.value(m_source->currentIndex()).title;
    options.latexAscii = m_latexAscii->isVisible() && m_latexAscii->isChecked();
    return options;
}

void ExportDialog::sourceChanged()
{
    // A selection is gone as soon as another one is made: there is nothing to keep the file up to date with.
    m_keepUpdated->setEnabled(m_sources.value(m_source->currentIndex()).kind != ExportSource::Kind::Selection);
    const auto ids = ExportSources::paperIds(m_library, m_sources.value(m_source->currentIndex()), m_selection);
    m_sourceError = ids ? QString() : ids.error().message;
    m_sourceIds = ids ? *ids : QList<qint64>();
    m_previewPapers = papersForExport(m_library, m_sourceIds.mid(0, PreviewCount));
    m_exportButton->setEnabled(!m_sourceIds.isEmpty());
    updatePreview();
}

void ExportDialog::updatePreview()
{
    const Exporter &format = exporter();
    const qsizetype total = m_sourceIds.size();
    if (!m_sourceError.isEmpty())
        m_previewLabel->setText(m_sourceError);
    else
        m_previewLabel->setText(total <= PreviewCount ? tr("Preview of all %n paper(s):", nullptr, int(total))
                                                      : tr("Preview of the first %1 of %2 papers:").arg(PreviewCount).arg(total));
    m_highlighter->setDefinition(syntaxRepository().definitionForName(format.syntaxDefinition()));
    m_latexAscii->setVisible(format.name() == u"bib");
    m_preview->setPlainText(format.write(m_previewPapers, options()));
    updateWarning();
}

void ExportDialog::updateWarning()
{
    QStringList lost;
    for (const QString &field : fieldNames(unsupportedFields(exporter(), options())))
        lost.append(plainFieldLabel(field));
    m_warning->setVisible(!lost.isEmpty());
    m_warning->setText(lost.isEmpty() ? QString()
                                      : tr("⚠ %1 has no place for %2: the file will leave them out.")
                                            .arg(exporter().displayName(), lost.join(QStringLiteral(", "))));
}

void ExportDialog::chooseFileAndExport()
{
    QSettings settings;
    const QString folder = settings.value(FolderKey, QDir::homePath()).toString();
    const QString suggested = QDir(folder).filePath(fileNameFor(options().title, exporter()));
    const QString filter = tr("%1 (*.%2)").arg(exporter().displayName(), exporter().fileExtension());
    const QString path = FileDialogs::getSaveFileName(this, tr("Export Papers"), suggested, filter);
    if (path.isEmpty())
        return;
    settings.setValue(FolderKey, QFileInfo(path).absolutePath());
    saveChoices();
    startExport(path);
}

void ExportDialog::startExport(const QString &path)
{
    setExporting(true);
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    // Not the dialog's child: once the export has finished, the dialog closes (and may be deleted) while the thread's
    // loop is still ending, and a child thread would be destroyed running. It deletes itself when it has ended.
    m_thread = new QThread;
    auto *worker = new ExportWorker({m_library.path(), m_sourceIds, &exporter(), options(), path}, m_cancelled);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, &ExportWorker::run);
    connect(worker, &ExportWorker::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(worker, &ExportWorker::finished, this,
            [this, path](const QString &error, int count) { exportFinished(error, count, path); });
    connect(worker, &ExportWorker::finished, m_thread, &QThread::quit);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

void ExportDialog::exportFinished(const QString &error, int paperCount, const QString &path)
{
    m_thread = nullptr; // deletes itself once its loop has ended
    setExporting(false);
    if (!error.isEmpty()) {
        m_error->setText(tr("Nothing was written. %1").arg(error));
        m_error->show();
        return;
    }
    if (const QString tieError = keepUpToDate(path); !tieError.isEmpty()) {
        m_error->setText(tr("The file was written, but cannot be kept up to date: %1").arg(tieError));
        m_error->show();
        return;
    }
    Q_EMIT exported(path, paperCount);
    accept();
}

QString ExportDialog::keepUpToDate(const QString &path)
{
    const ExportSource source = m_sources.value(m_source->currentIndex());
    if (!m_keepUpdated->isChecked() || source.kind == ExportSource::Kind::Selection)
        return {};
    KeptExport kept;
    kept.path = path;
    kept.format = exporter().name();
    kept.scope = source.kind == ExportSource::Kind::Library ? KeptExport::Scope::All : KeptExport::Scope::List;
    kept.source = source.listName;
    kept.fields = fieldNames(options()).join(u',');
    kept.latexAscii = options().latexAscii;
    const Status status = KeptExportStore(m_library).keep(kept);
    return status ? QString() : status.error().message;
}

void ExportDialog::setExporting(bool exporting)
{
    m_error->hide();
    m_progress->setVisible(exporting);
    m_progress->setRange(0, 0);
    for (QWidget *widget : {static_cast<QWidget *>(m_source), static_cast<QWidget *>(m_format),
                            static_cast<QWidget *>(m_exportButton)})
        widget->setEnabled(!exporting);
    for (QCheckBox *box : std::as_const(m_fields))
        box->setEnabled(!exporting);
    m_keepUpdated->setEnabled(!exporting && m_sources.value(m_source->currentIndex()).kind != ExportSource::Kind::Selection);
}

void ExportDialog::restoreChoices()
{
    const QSettings settings;
    const int format = m_format->findData(settings.value(FormatKey).toString());
    m_format->setCurrentIndex(std::max(format, 0));
    const QStringList fields = settings.value(FieldsKey, fieldNames(ExportOptions::allFields())).toStringList();
    for (QCheckBox *box : std::as_const(m_fields))
        box->setChecked(fields.contains(box->property("field").toString()));
}

void ExportDialog::saveChoices() const
{
    QSettings settings;
    settings.setValue(FormatKey, m_format->currentData());
    settings.setValue(FieldsKey, fieldNames(options()));
}

} // namespace Lectern
