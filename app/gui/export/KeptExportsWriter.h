#pragma once

#include "gui/BackgroundReader.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Lectern {

// Keeps the export files tied to lists up to date while the window is open: after each change (the window's own,
// an import, another program's), and once at the start for what changed while it was closed. The exports are
// made and written on a thread of their own, so a large library never holds the window up; changes in a row are
// written once, half a second after the last.
class KeptExportsWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr int DelayMs = 500;

    explicit KeptExportsWriter(const QString &libraryPath, QObject *parent = nullptr);

    void schedule();

Q_SIGNALS:
    void written(const QStringList &paths);
    void failed(const QString &message);

private:
    void write();

    QTimer m_timer;
    BackgroundReader m_reader;
};

} // namespace Lectern
