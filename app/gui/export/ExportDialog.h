#pragma once

#include "export/Exporter.h"
#include "gui/export/ExportSources.h"

#include <QDialog>
#include <QList>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Lectern {

class Library;

// File > Export: which papers (a reading list, a smart list, the selection or the library), in which
// format, with which of the reader's fields. Says before writing which chosen fields the format has
// no place for, previews the start of the file, and writes it on a worker thread (atomically: an
// existing file is replaced only by a complete export).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // selection: the papers selected in the list, in the list's order; scope: what the list shows
    // (PaperListModel::scope()). Several papers selected start as the source, else the list shown
    // when it is a reading list or smart list, else the library.
    ExportDialog(Library &library, const QList<qint64> &selection, const QString &scope, QWidget *parent = nullptr);
    ~ExportDialog() override;

Q_SIGNALS:
    void exported(const QString &path, int paperCount);

private:
    QWidget *createOptions();
    QWidget *createFieldBoxes();
    int initialSource(const QString &scope) const;
    const Exporter &exporter() const;
    ExportOptions options() const;
    void sourceChanged();
    void updatePreview();
    void updateWarning();
    void chooseFileAndExport();
    void startExport(const QString &path);
    void exportFinished(const QString &error, int paperCount, const QString &path);
    void setExporting(bool exporting);
    // Ties the file to the source when asked: an error when the tie could not be stored.
    QString keepUpToDate(const QString &path);
    void restoreChoices();
    void saveChoices() const;

    Library &m_library;
    const QList<qint64> m_selection;
    QList<ExportSource> m_sources;
    QList<qint64> m_sourceIds;       // the chosen source's papers, in order
    QString m_sourceError;           // why they could not be read (a smart list's query that cannot run)
    QList<Paper> m_previewPapers;    // the first of them, complete
    QComboBox *m_source;
    QComboBox *m_format;
    QList<QCheckBox *> m_fields;     // in the order of fieldNames(ExportOptions::allFields())
    QCheckBox *m_keepUpdated;        // for a list or the library, not a selection
    QCheckBox *m_latexAscii;         // BibTeX only
    QLabel *m_warning;
    QLabel *m_previewLabel;
    QPlainTextEdit *m_preview;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QProgressBar *m_progress;
    QLabel *m_error;
    QPushButton *m_exportButton;
    QPushButton *m_closeButton;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace Lectern
