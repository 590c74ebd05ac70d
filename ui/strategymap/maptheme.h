// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/score.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>

#include <optional>

namespace scorecard {

/**
 * Colours, fonts and sizes of the strategy map. "Light" and "dark" are the
 * screen themes (tinted lanes and pillar columns; the GUI picks the one that
 * fits the palette); "print" is white and high contrast, for board decks and
 * paper. Sizes are map units (1 unit is one
 * pixel at 100 % zoom).
 */
struct MapTheme
{
    enum class Kind { Light, Print, Dark };

    static MapTheme light();
    static MapTheme print();
    /** The screen theme for a dark palette: dark lanes, light text, brighter status colours. */
    static MapTheme dark();
    static MapTheme forKind(Kind kind);
    /** The screen theme that fits @p palette: Dark on a dark window colour, else Light. */
    static Kind screenKindFor(const QPalette &palette);
    /** "light", "print" or "dark". */
    static std::optional<Kind> kindFromString(QStringView name);

    Kind kind = Kind::Light;

    /** The family every text of the map uses (fonts-dejavu-core on Debian). */
    QString fontFamily;
    /**
     * Registers the bundled DejaVu Sans (regular and bold) with the font
     * database, once; false if a file could not be loaded.
     */
    static bool loadBundledFont();
    QFont font(double pixelSize, bool bold = false) const;

    QColor background;
    QColor text;
    QColor mutedText;
    QColor laneSeparator;
    /** Opacity of a lane's perspective colour across the lane (0: none). */
    double laneTint = 0.07;
    /** Opacity of a pillar's colour over its column (0: none). */
    double pillarTint = 0.06;
    QColor cardFill;
    QColor cardBorder;
    double cardBorderWidth = 1;
    QColor badgeFill;
    QColor badgeText;
    QColor link;
    double linkWidth = 1.6;
    /** The selection and the causes and effects of the selected card. */
    QColor accent;

    QColor green, amber, red, noData, stale;
    QColor statusColor(scoring::Status status) const;
    /** The text colour of a lane's label, from the lane's own colour. */
    QColor laneLabelColor(const QColor &laneColor) const;
    /** A perspective's or pillar's own colour, or a theme colour for lane/column @p index. */
    QColor entityColor(const QString &color, int index) const;

    // Geometry (map units).
    double cardWidth = 196;
    double cardMinHeight = 78;
    double cardRadius = 8;
    double cardPadding = 10;
    double statusStripe = 6;
    double nameSize = 14;
    double scoreSize = 13;
    double badgeSize = 10.5;
    double laneLabelWidth = 150;
    double laneLabelSize = 15;
    double pillarHeaderHeight = 44;
    double pillarLabelSize = 13.5;
    double titleSize = 26;
    double subtitleSize = 13;
    double cellPaddingX = 20;
    double cellPaddingTop = 40; ///< room for links that arc over a lane's cards
    double cellPaddingBottom = 30;
    double minLaneHeight = 140;
    double margin = 24;
};

/** "On track", "At risk" ...: the words the legend and tooltips use. */
QString statusLabel(scoring::Status status);

} // namespace scorecard
