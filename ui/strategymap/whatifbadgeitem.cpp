// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/whatifbadgeitem.h"

#include "strategymap/maptext.h"
#include "strategymap/maptheme.h"
#include "strategymap/objectivecarditem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace scorecard {

namespace {

constexpr double kPadX = 6;
constexpr double kOutline = 4; ///< the outline's distance from the card

QString score(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 0) : QStringLiteral("\u2013");
}

} // namespace

WhatIfBadgeItem::WhatIfBadgeItem(const MapTheme *theme, QGraphicsItem *card)
    : QGraphicsItem(card), m_theme(theme)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setZValue(20);
}

void WhatIfBadgeItem::setProjection(const ProjectedStatus &projection)
{
    prepareGeometryChange();
    m_projection = projection;
    update();
}

QString WhatIfBadgeItem::text() const
{
    QString t =
        QStringLiteral("%1 \u2192 %2").arg(score(m_projection.before), score(m_projection.after));
    if (m_projection.statusChanges())
        t +=
            QStringLiteral("  %1 \u2192 %2")
                .arg(statusLabel(m_projection.statusBefore), statusLabel(m_projection.statusAfter));
    return t;
}

QRectF WhatIfBadgeItem::cardRect() const
{
    if (auto *card = dynamic_cast<const ObjectiveCardItem *>(parentItem()))
        return card->rect();
    return parentItem() ? parentItem()->boundingRect() : QRectF();
}

QRectF WhatIfBadgeItem::badgeRect() const
{
    const QFont font = m_theme->font(m_theme->badgeSize + 1, true);
    const double w = maptext::width(text(), font) + 2 * kPadX;
    const double h = maptext::lineHeight(font) + 4;
    const QRectF card = cardRect();
    return QRectF(card.right() - w + kOutline, card.top() - kOutline - h + 2, w, h);
}

QRectF WhatIfBadgeItem::boundingRect() const
{
    return (cardRect().adjusted(-kOutline - 3, -kOutline - 3, kOutline + 3, kOutline + 3) |
            badgeRect())
        .adjusted(-2, -2, 2, 2);
}

void WhatIfBadgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const MapTheme &t = *m_theme;
    const bool changes = m_projection.statusChanges();
    const QColor color = changes ? t.statusColor(m_projection.statusAfter) : t.accent;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(color, changes ? 3 : 2, changes ? Qt::SolidLine : Qt::DashLine));
    const QRectF outline = cardRect().adjusted(-kOutline, -kOutline, kOutline, kOutline);
    painter->drawRoundedRect(outline, t.cardRadius + kOutline, t.cardRadius + kOutline);

    const QRectF badge = badgeRect();
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    const QFont font = t.font(t.badgeSize + 1, true);
    const QFontMetricsF fm(font);
    painter->setFont(font);
    painter->setPen(color.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white));
    painter->drawText(QPointF(badge.left() + kPadX,
                              badge.top() + (badge.height() - fm.height()) / 2 + fm.ascent()),
                      text());
}

} // namespace scorecard
