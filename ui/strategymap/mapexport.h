// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QImage>
#include <QString>

#include <optional>

class QGraphicsScene;
class QPainter;

namespace scorecard::mapexport {

enum class Format { Png, Svg, Pdf };
enum class PageSize { A4, Letter, Slide16x9 };

/** The format named by @p path's suffix (.png, .svg, .pdf; any case). */
std::optional<Format> formatForPath(const QString &path);
/** "a4", "letter" or "slide". */
std::optional<PageSize> pageSizeFromString(QStringView name);

struct Options
{
    /** PNG: pixels per map unit (1 to 4 in the GUI). */
    double scale = 1;
    /** PNG and SVG: the width in pixels; overrides scale when positive. */
    int width = 0;
    /** PNG: no background (the lanes and cards keep theirs). */
    bool transparent = false;
    /** PDF: the page, always landscape; the map is fitted into it. */
    PageSize page = PageSize::A4;
    /** SVG and PDF: the document title. */
    QString title;
};

/**
 * Paints the whole scene into @p target of @p painter, fitted (aspect kept)
 * and centred, without the background when @p transparent: what every export
 * and the printed map use.
 */
void paintScene(QGraphicsScene &scene, QPainter &painter, const QRectF &target,
                bool transparent = false);

/** The whole scene as an image, @p size pixels (aspect kept, centred). */
QImage renderImage(QGraphicsScene &scene, const QSize &size, bool transparent = false);

/** The size in pixels a PNG export with @p options will have. */
QSize imageSize(const QGraphicsScene &scene, const Options &options);

/**
 * Writes the whole scene to @p path in @p format: PNG (a bitmap), SVG (vectors
 * and text elements) or PDF (one landscape page, vectors, embedded fonts).
 * Atomic: written to a temporary file next to @p path and renamed over it
 * only when complete; on failure @p path is left as it was.
 */
Result<void> exportScene(QGraphicsScene &scene, const QString &path, Format format,
                         const Options &options = {});

} // namespace scorecard::mapexport
