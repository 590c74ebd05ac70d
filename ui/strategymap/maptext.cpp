// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/maptext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace scorecard::maptext {

QStringList wrap(const QString &text, const QFont &font, double width)
{
    const QString simplified = text.simplified();
    if (simplified.isEmpty())
        return {QString()};
    QTextLayout layout(simplified, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines.append(simplified.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    lines.removeAll(QString());
    if (lines.isEmpty())
        lines.append(QString());
    return lines;
}

double width(const QString &text, const QFont &font)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

double lineHeight(const QFont &font)
{
    return QFontMetricsF(font).lineSpacing();
}

double ascent(const QFont &font)
{
    return QFontMetricsF(font).ascent();
}

void drawLines(QPainter *painter, const QPointF &topLeft, const QStringList &lines,
               const QFont &font, double lineSpacing, Qt::Alignment align, double boxWidth)
{
    painter->setFont(font);
    const QFontMetricsF fm(font);
    double y = topLeft.y() + fm.ascent();
    for (const QString &line : lines) {
        double x = topLeft.x();
        if (align & Qt::AlignHCenter)
            x += (boxWidth - fm.horizontalAdvance(line)) / 2;
        else if (align & Qt::AlignRight)
            x += boxWidth - fm.horizontalAdvance(line);
        painter->drawText(QPointF(x, y), line);
        y += lineSpacing;
    }
}

} // namespace scorecard::maptext
