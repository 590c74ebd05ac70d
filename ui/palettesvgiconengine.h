// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIconEngine>
#include <QPixmap>

namespace scorecard {

/**
 * An icon drawn from a monochrome SVG whose strokes say `currentColor`:
 * every paint uses the application palette's text colour (disabled icons the
 * disabled one), so the same file reads on a light and on a dark palette and
 * follows a palette change at once. Rendered as vectors at the exact device
 * size, so icons stay crisp at 1.5x and 2x.
 */
class PaletteSvgIconEngine : public QIconEngine
{
public:
    explicit PaletteSvgIconEngine(const QString &svgPath);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

    /** The SVG with `currentColor` replaced by the colour for @p mode. */
    QByteArray svgFor(QIcon::Mode mode) const;

private:
    QString m_path;
    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};

} // namespace scorecard
