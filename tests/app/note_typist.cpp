// Test helper for tst_notes: opens the real window on a library, types a note into paper 1 and prints
// "typed", then runs on until it is killed. Usage: note_typist LIBRARY SETTINGS_DIR TEXT

#include "gui/MainWindow.h"
#include "gui/PaperListModel.h"
#include "library/Library.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTest>
#include "gui/list/PaperListView.h"

#include <cstdio>

using namespace Lectern;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: note_typist LIBRARY SETTINGS_DIR TEXT\n", stderr);
        return 2;
    }
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, args[2]);
    auto library = Library::open(args[1]);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error().toString()));
        return 1;
    }
    MainWindow window(std::move(*library));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    auto *list = window.findChild<PaperListView *>(QStringLiteral("paperList"));
    auto *model = qobject_cast<PaperListModel *>(list->model());
    list->setCurrentIndex(model->index(model->rowOf(1), 0));
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
    editor->setFocus();
    QTest::keyClicks(editor, args[3]);
    std::puts("typed");
    std::fflush(stdout);
    return app.exec();
}
