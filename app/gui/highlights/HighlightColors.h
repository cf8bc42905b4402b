#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Lectern {

// The highlighter pens: light colours, so that the text on them stays black and readable.
class HighlightColors
{
    Q_DECLARE_TR_FUNCTIONS(HighlightColors)

public:
    struct Pen
    {
        QString name;  // "Yellow", translated
        QString color; // "#rrggbb"
    };

    static QList<Pen> pens();
    // The pen H uses.
    static QString defaultColor() { return pens().first().color; }
};

} // namespace Lectern
