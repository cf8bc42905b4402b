// Fixture for tests/core/CheckCoreIsGuiFree.cmake: a core folder that includes Gui and Widgets headers.
// Three includes below must be reported; the Core ones and the comment must not.
#pragma once

#include <QString>
#include <QtCore/QList>
#include <QWidget>
#  include "QApplication"

// A comment that mentions <QColor> is not an include.
