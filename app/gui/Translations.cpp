#include "gui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Lectern {

namespace {

bool install(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

void installTranslations(QCoreApplication &app, const QLocale &locale, const QString &lecternFolder)
{
    install(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (install(app, locale, QStringLiteral("lectern"), lecternFolder))
        return;
    // No translation for the language (or the C locale, whose language is none): English, with its plurals.
    install(app, QLocale(QLocale::English), QStringLiteral("lectern"), lecternFolder);
}

} // namespace Lectern
