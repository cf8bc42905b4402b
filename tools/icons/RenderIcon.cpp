// lectern-render-icon SVG SIZE PNG: the application icon at one of hicolor's PNG sizes, rendered from the SVG by
// Qt's svg image plugin (qt6-svg-plugins), so that the PNGs installed are made from the one icon there is.

#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool isNumber = false;
    const int size = arguments.value(2).toInt(&isNumber);
    if (arguments.size() != 4 || !isNumber || size <= 0) {
        std::fprintf(stderr, "usage: lectern-render-icon SVG SIZE PNG\n");
        return 2;
    }

    QImageReader reader(arguments[1], "svg");
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        std::fprintf(stderr, "lectern-render-icon: cannot render %s: %s (Qt's svg image plugin, qt6-svg-plugins, "
                             "must be installed)\n",
                     qPrintable(arguments[1]), qPrintable(reader.errorString()));
        return 1;
    }

    // Written whole or not at all, so that an interrupted build leaves no truncated PNG for the next one to trust.
    QSaveFile file(arguments[3]);
    QImageWriter writer(&file, "png");
    if (!file.open(QIODevice::WriteOnly) || !writer.write(image.convertToFormat(QImage::Format_ARGB32)) || !file.commit()) {
        std::fprintf(stderr, "lectern-render-icon: cannot write %s: %s\n", qPrintable(arguments[3]),
                     qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
