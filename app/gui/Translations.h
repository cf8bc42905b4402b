#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Lectern {

// Installs the translations for the locale: Qt's own (qtbase: the standard buttons, the file dialog, the names of
// keys, "Strg+T" in German) from Qt's translations folder, and Lectern's from its resources. In English and in
// the C locale Lectern's English plural forms ("1 paper", "2 papers") are loaded: the source texts only say
// "%n papers". Missing translations are normal: what exists is loaded.
// lecternFolder: where Lectern's .qm files are (the executable's resources; the build folder for a test).
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale(),
                         const QString &lecternFolder = QStringLiteral(":/i18n"));

} // namespace Lectern
