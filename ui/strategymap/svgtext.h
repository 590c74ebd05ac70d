// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace scorecard::svgtext {

/** The font families an exported SVG asks for, the bundled one first. */
QString fontFamilies();

/**
 * Makes the text of an SVG written by QSvgGenerator look the same on machines
 * without DejaVu Sans: each `<text>` names fallback families (fontFamilies())
 * and gets `textLength` (its width in DejaVu Sans, as measured here) with
 * `lengthAdjust="spacingAndGlyphs"`, so a viewer that falls back to another
 * font still fits every line into the width the map was laid out for.
 * Embedding the font instead would add about 2 MB to every file (no subsetting
 * tool is at hand), see the README.
 */
QByteArray makePortable(const QByteArray &svg);

} // namespace scorecard::svgtext
