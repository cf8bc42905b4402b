// Fixture for tests/core/CheckCoreIsGuiFree.cmake (see ../Widget.h).
#include "Widget.h"

#include <QtGui/QColor>
#include <QStringList>
