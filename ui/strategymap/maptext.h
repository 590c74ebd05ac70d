// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QStringList>

class QPainter;
class QPointF;

namespace scorecard::maptext {

/**
 * @p text broken into lines no wider than @p width in @p font (Unicode line
 * breaking; a word longer than a line is broken inside). Leading and
 * trailing blanks of each line are dropped; never returns an empty list.
 */
QStringList wrap(const QString &text, const QFont &font, double width);

/** The advance width of @p text in @p font. */
double width(const QString &text, const QFont &font);

/** The distance between two baselines in @p font. */
double lineHeight(const QFont &font);

/** The ascent of @p font: from a line's top to its baseline. */
double ascent(const QFont &font);

/**
 * Draws @p lines from @p topLeft down, one line per lineHeight(), each as
 * one text run (an SVG <text> element, selectable text in PDF).
 */
void drawLines(QPainter *painter, const QPointF &topLeft, const QStringList &lines,
               const QFont &font, double lineSpacing, Qt::Alignment align = Qt::AlignLeft,
               double boxWidth = 0);

} // namespace scorecard::maptext
