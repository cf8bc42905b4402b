#include "gui/GuiApplication.h"

#include <QApplication>
#include <QMainWindow>

namespace Lectern {

int runGuiApplication(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.show();
    return app.exec();
}

} // namespace Lectern
