#pragma once

#include "gui/ImportWorker.h"

#include <QList>

#include <functional>

class QWidget;

namespace Lectern::ImportReport {

// The dialog (window-modal, not blocking) after an import that changed nothing for some inputs: why, input by
// input, every broken record with its file and line. When some of those inputs have valid records it offers to
// import them without the broken ones (importValid is called with those inputs) or to cancel.
void showErrors(QWidget *parent, const ImportSummary &summary,
                const std::function<void(const QList<ImportInput> &)> &importValid);

// The dialog after an import that left broken records out (ImportOptions::skipInvalid) or has warnings: what each
// input gave (format, imported, duplicates, updated, left out, warnings), the records left out and the warnings.
void showSummary(QWidget *parent, const QString &message, const ImportSummary &summary);

} // namespace Lectern::ImportReport
