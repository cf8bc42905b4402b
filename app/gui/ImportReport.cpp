#include "gui/ImportReport.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace Lectern::ImportReport {

namespace {

// The context of this file's texts (a class for lupdate to see).
struct ImportReportText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::ImportReport)
};

// A dialog shows this many lines; the rest are behind Show Details.
constexpr qsizetype LinesShown = 20;

// The first lines in the box's text, and all of them in its details when that is not all.
void setLines(QMessageBox &box, const QStringList &lines)
{
    QStringList shown = lines.first(std::min(LinesShown, lines.size()));
    if (lines.size() > LinesShown) {
        shown.append(ImportReportText::tr("... and %1 more (Show Details...)").arg(lines.size() - LinesShown));
        box.setDetailedText(lines.join(u'\n'));
    }
    box.setInformativeText(shown.join(u'\n'));
}

} // namespace

void showErrors(QWidget *parent, const ImportSummary &summary,
                const std::function<void(const QList<ImportInput> &)> &importValid)
{
    QStringList lines = summary.errors;
    QList<ImportInput> withValidRecords;
    for (const InvalidRecords &input : summary.invalid) {
        lines += input.records;
        if (input.valid > 0)
            withValidRecords.append(input.input);
    }
    auto *box = new QMessageBox(QMessageBox::Warning, ImportReportText::tr("Import failed"),
                                ImportReportText::tr("Nothing was added from a file with an error."), QMessageBox::NoButton,
                                parent);
    box->setObjectName(QStringLiteral("importError"));
    setLines(*box, lines);
    if (withValidRecords.isEmpty()) {
        box->setStandardButtons(QMessageBox::Ok);
    } else {
        box->setText(ImportReportText::tr("Nothing was added from a file with an error. Its valid records can be "
                                          "imported without the broken ones listed here."));
        QPushButton *importButton = box->addButton(ImportReportText::tr("&Import the Valid Records"),
                                                   QMessageBox::AcceptRole);
        importButton->setObjectName(QStringLiteral("importValidRecords"));
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(importButton);
        QObject::connect(importButton, &QPushButton::clicked, box,
                         [importValid, withValidRecords] { importValid(withValidRecords); });
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void showSummary(QWidget *parent, const QString &message, const ImportSummary &summary)
{
    auto *box = new QMessageBox(QMessageBox::Information, ImportReportText::tr("Import finished"), message,
                                QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("importSummary"));
    QStringList lines = summary.inputs;
    if (!summary.leftOut.isEmpty())
        lines += QStringList{ImportReportText::tr("Left out:")} + summary.leftOut;
    if (!summary.warnings.isEmpty())
        lines += QStringList{ImportReportText::tr("Warnings:")} + summary.warnings;
    setLines(*box, lines);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Lectern::ImportReport
