// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettesvgiconengine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace scorecard {

namespace {

QColor colorFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

} // namespace

PaletteSvgIconEngine::PaletteSvgIconEngine(const QString &svgPath) : m_path(svgPath)
{
    QFile file(svgPath);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

QByteArray PaletteSvgIconEngine::svgFor(QIcon::Mode mode) const
{
    QByteArray svg = m_svg;
    return svg.replace("currentColor", colorFor(mode).name().toLatin1());
}

void PaletteSvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                                 QIcon::State)
{
    QSvgRenderer renderer(svgFor(mode));
    if (!renderer.isValid())
        return;
    painter->save();
    if (mode == QIcon::Disabled)
        painter->setOpacity(painter->opacity() * 0.55); // the accent colour fades too
    renderer.render(painter, QRectF(rect));
    painter->restore();
}

QPixmap PaletteSvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap PaletteSvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                           qreal scale)
{
    // QIcon passes the size in device pixels already (the logical size times scale).
    const QSize device = size;
    if (device.isEmpty() || m_svg.isEmpty())
        return {};
    const QString key = QStringLiteral("%1x%2/%3/%4/%5")
                            .arg(device.width())
                            .arg(device.height())
                            .arg(int(mode))
                            .arg(colorFor(mode).rgba())
                            .arg(scale);
    if (auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    QPixmap pixmap(device);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRect(QPoint(), device), mode, state);
    }
    pixmap.setDevicePixelRatio(scale);
    if (m_cache.size() > 64)
        m_cache.clear();
    m_cache.insert(key, pixmap);
    return pixmap;
}

QSize PaletteSvgIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return size;
}

QIconEngine *PaletteSvgIconEngine::clone() const
{
    return new PaletteSvgIconEngine(*this);
}

QString PaletteSvgIconEngine::key() const
{
    return QStringLiteral("PaletteSvgIconEngine");
}

bool PaletteSvgIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace scorecard
