// lectern-screenshots: the real main window on a small fixture library (fixture.bib with statuses, ratings, tags,
// a note, highlights, a reading list and a smart list), offscreen at a fixed size, in one language and palette,
// saved as a PNG. make screenshots runs it for English and German, light and dark, into docs/screenshots/.
//   lectern-screenshots --fixture FILE.bib --language en|de --palette light|dark --size 1200x760 --output FILE.png

#include "gui/MainWindow.h"
#include "gui/PaperListModel.h"
#include "import/FileImport.h"
#include "library/AnnotationStore.h"
#include "library/HighlightStore.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/ReadingListStore.h"
#include "library/SmartListStore.h"
#include "library/TagStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QLibraryInfo>
#include <QPalette>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QStyleHints>
#include <QTemporaryDir>
#include <QTranslator>
#include "gui/list/PaperListView.h"

#include <algorithm>
#include <cstdio>
#include <functional>

// As in app/gui/GuiApplication.cpp: Q_INIT_RESOURCE declares a function, so it stays outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(lectern);
    Q_INIT_RESOURCE(screenshot_translations);
}

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "lectern-screenshots: %s\n", qPrintable(message));
    std::exit(1);
}

template<typename T>
T check(Expected<T> result, const char *what)
{
    if (!result)
        fail(u"%1: %2"_s.arg(QLatin1StringView(what), result.error().toString()));
    return std::move(*result);
}

// A dark palette as a dark desktop gives Fusion: light text on dark grey, a blue highlight.
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6), disabled(0x80, 0x80, 0x80);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Light, QColor(0x45, 0x45, 0x45));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x25));
    palette.setColor(QPalette::Dark, QColor(0x19, 0x19, 0x19));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0x9f));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xee));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

// As GuiApplication installs them: Qt's own texts from the system, Lectern's from the resources.
void installTranslators(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *lectern = new QTranslator(&app);
    if (lectern->load(QLocale(), u"lectern"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(lectern);
}

qint64 idOfTitle(Library &library, const QList<qint64> &ids, const QString &title)
{
    for (const qint64 id : ids) {
        const auto paper = PaperStore(library).paper(id);
        if (paper && paper->title.startsWith(title))
            return id;
    }
    fail(u"the fixture has no paper titled %1"_s.arg(title));
}

// The fixture's papers with what a reader adds to them in a week; returns the paper the reader shows.
qint64 makeLibrary(const QString &path, const QString &fixture)
{
    auto library = check(Library::open(path), "cannot create the library");
    const FileImportResult imported = check(importFile(*library, fixture), "cannot import the fixture");
    const QList<qint64> ids = imported.added.addedIds;
    const qint64 attention = idOfTitle(*library, ids, u"Attention Is All"_s);
    const qint64 resnet = idOfTitle(*library, ids, u"Deep Residual"_s);
    const qint64 diffusion = idOfTitle(*library, ids, u"Denoising Diffusion"_s);
    const qint64 adam = idOfTitle(*library, ids, u"Adam"_s);
    const qint64 bert = idOfTitle(*library, ids, u"BERT"_s);
    const qint64 layerNorm = idOfTitle(*library, ids, u"Layer Normalization"_s);

    AnnotationStore annotations(*library);
    check(annotations.setStatus({attention}, ReadingStatus::Reading), "status");
    check(annotations.setStatus({resnet, adam}, ReadingStatus::Read), "status");
    check(annotations.setStatus({diffusion, bert}, ReadingStatus::ToRead), "status");
    check(annotations.setStatus({layerNorm}, ReadingStatus::Skipped), "status");
    check(annotations.setRating(attention, 5), "rating");
    check(annotations.setRating(resnet, 4), "rating");
    check(annotations.setRating(adam, 4), "rating");
    check(annotations.setNote(attention,
                              u"## Why it matters\n\n"
                              "Self-attention replaces **recurrence**: every position sees every other in one step, "
                              "so training parallelises.\n\n"
                              "- compare the cost with *Layer Normalization*'s placement\n"
                              "- read §3.2 (multi-head attention) again before Friday\n"_s),
          "note");

    TagStore tags(*library);
    check(tags.edit({attention}, {u"reading-group"_s}), "tags");
    check(tags.setColor(u"ml/transformers"_s, u"#90caf9"_s), "tag colour");
    check(tags.setColor(u"reading-group"_s, u"#f48fb1"_s), "tag colour");

    HighlightStore highlights(*library);
    const std::optional<Paper> paper = PaperStore(*library).paper(attention);
    if (!paper)
        fail(u"the paper to highlight is gone"_s);
    const QString abstract = paper->abstract;
    const auto highlight = [&](const QString &quote, const QString &color, const QString &comment) {
        const qsizetype start = abstract.indexOf(quote);
        if (start < 0)
            fail(u"the abstract has no '%1'"_s.arg(quote));
        check(highlights.add(attention, int(start), int(quote.size()), color, comment), "highlight");
    };
    highlight(u"based on attention alone"_s, u"#fff176"_s, u"The whole idea in four words."_s);
    highlight(u"far less time"_s, u"#a5d6a7"_s, {});

    ReadingListStore lists(*library);
    check(lists.addPapersToNamedList(u"Reading group"_s, {attention, bert, layerNorm}), "reading list");
    check(SmartListStore(*library).create(u"ML to read"_s, u"tag:ml status:to-read"_s), "smart list");
    return attention;
}

// The image in 256 colours, each pixel in the nearest of them: the commonest colours of the window, taken from the
// most frequent down but each only when it differs enough from those taken (first by much, then by less), so that
// a status dot of a few pixels keeps its colour rather than the many shades of anti-aliased text filling the table.
// The PNG takes a third of the bytes. (Qt's conversion without a colour table maps to a fixed colour cube, which
// makes a dark palette's greys one.)
QImage in256Colors(const QImage &screenshot)
{
    const QImage image = screenshot.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, qsizetype> counts;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ++counts[line[x]];
    }
    QList<std::pair<qsizetype, QRgb>> byCount;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        byCount.append({it.value(), it.key()});
    std::sort(byCount.begin(), byCount.end(), std::greater<>());

    const auto distance = [](QRgb a, QRgb b) {
        return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
    };
    QList<QRgb> table;
    for (const int apart : {48, 16, 4, 0}) {
        for (const auto &[count, color] : byCount) {
            if (table.size() == 256)
                break;
            if (std::all_of(table.cbegin(), table.cend(), [&](QRgb taken) { return distance(taken, color) > apart; }))
                table.append(color);
        }
    }
    return image.convertToFormat(QImage::Format_Indexed8, table, Qt::ThresholdDither | Qt::AvoidDither);
}

bool waitFor(QApplication &app, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!timer.hasExpired(milliseconds))
        app.processEvents(QEventLoop::AllEvents, 50);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"fixture"_s, u"The papers, as BibTeX."_s, u"FILE"_s},
                       {u"language"_s, u"en or de."_s, u"LANGUAGE"_s, u"en"_s},
                       {u"palette"_s, u"light or dark."_s, u"PALETTE"_s, u"light"_s},
                       {u"size"_s, u"The window's size."_s, u"WxH"_s, u"1200x760"_s},
                       {u"output"_s, u"The PNG to write."_s, u"FILE"_s}});
    parser.addHelpOption();
    parser.process(app);
    const QStringList size = parser.value(u"size"_s).split(u'x');
    if (!parser.isSet(u"fixture"_s) || !parser.isSet(u"output"_s) || size.size() != 2)
        parser.showHelp(2);

    // Settings and data of this run only: the window's layout is its first-start layout on every machine.
    QTemporaryDir dir;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(u"settings"_s));
    QApplication::setOrganizationName(u"LecternScreenshots"_s);
    QApplication::setApplicationName(u"Lectern"_s);
    QSettings().clear();

    initResources();
    QApplication::setWindowIcon(QIcon(u":/icons/lectern.svg"_s));
    QLocale::setDefault(QLocale(parser.value(u"language"_s) == u"de" ? u"de_DE"_s : u"en_US"_s));
    installTranslators(app);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (parser.value(u"palette"_s) == u"dark") {
        QGuiApplication::styleHints()->setColorScheme(Qt::ColorScheme::Dark);
        QApplication::setPalette(darkPalette());
    } else {
        QGuiApplication::styleHints()->setColorScheme(Qt::ColorScheme::Light);
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    const QString libraryPath = dir.filePath(u"library.sqlite"_s);
    const qint64 shown = makeLibrary(libraryPath, parser.value(u"fixture"_s));
    MainWindow window(check(Library::open(libraryPath), "cannot open the library"));
    window.resize(size[0].toInt(), size[1].toInt());
    window.show();

    auto *list = window.findChild<PaperListView *>(u"paperList"_s);
    auto *model = list ? qobject_cast<PaperListModel *>(list->model()) : nullptr;
    if (!model)
        fail(u"the window has no paper list"_s);
    waitFor(app, 500);
    list->selectionModel()->setCurrentIndex(model->index(model->rowOf(shown), 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    list->setFocus();
    // The related papers and the note's rendering come from the background; a second is plenty for seven papers.
    waitFor(app, 1500);

    const QImage image = in256Colors(window.grab().toImage());
    QSaveFile file(parser.value(u"output"_s));
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG", 9) || !file.commit())
        fail(u"cannot write %1: %2"_s.arg(parser.value(u"output"_s), file.errorString()));
    return 0;
}
