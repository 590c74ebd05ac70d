// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/maplegenditem.h"

#include "strategymap/linkitem.h"
#include "strategymap/maptext.h"
#include "strategymap/maptheme.h"
#include "strategymap/statusicon.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace scorecard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::StrategyMap", text);
}

constexpr double kSign = 16;
constexpr double kArrow = 40;
constexpr double kSignGap = 6;
constexpr double kEntryGap = 22;
constexpr double kRowGap = 8;
constexpr double kBadgePadX = 5;

} // namespace

MapLegendItem::MapLegendItem(const MapTheme *theme) : m_theme(theme)
{
    setZValue(-5);
    setAcceptedMouseButtons(Qt::NoButton);
    for (scoring::Status s : {scoring::Status::Green, scoring::Status::Amber, scoring::Status::Red,
                              scoring::Status::NoData, scoring::Status::Stale})
        m_entries.push_back({Sign::Status, int(s), {}, statusLabel(s), {}});
    m_entries.push_back(
        {Sign::Badge, 0, tr("2 KPI"), tr("linked KPIs, OKRs and initiatives (Init.)"), {}});
    m_entries.push_back({Sign::Arrow, 0, {}, tr("cause drives effect"), {}});
}

double MapLegendItem::layoutFor(double width)
{
    prepareGeometryChange();
    const MapTheme &t = *m_theme;
    const QFont font = t.font(t.subtitleSize);
    const QFont badgeFont = t.font(t.badgeSize, true);
    const double rowHeight = std::max(kSign, maptext::lineHeight(font));
    double x = 0;
    double y = 0;
    double right = 0;
    for (Entry &e : m_entries) {
        double signWidth = kSign;
        if (e.sign == Sign::Badge)
            signWidth = maptext::width(e.badge, badgeFont) + 2 * kBadgePadX;
        else if (e.sign == Sign::Arrow)
            signWidth = kArrow;
        const double w = signWidth + kSignGap + maptext::width(e.text, font);
        if (x > 0 && x + w > width) {
            x = 0;
            y += rowHeight + kRowGap;
        }
        e.rect = QRectF(x, y, w, rowHeight);
        right = std::max(right, x + w);
        x += w + kEntryGap;
    }
    m_bounds = QRectF(0, 0, right, y + rowHeight).adjusted(-2, -2, 2, 2);
    update();
    return y + rowHeight;
}

QRectF MapLegendItem::boundingRect() const
{
    return m_bounds;
}

void MapLegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const MapTheme &t = *m_theme;
    const QFont font = t.font(t.subtitleSize);
    const QFont badgeFont = t.font(t.badgeSize, true);
    const QFontMetricsF fm(font);
    const QFontMetricsF bm(badgeFont);
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Entry &e : m_entries) {
        const double midY = e.rect.center().y();
        double textX = e.rect.left() + kSign + kSignGap;
        switch (e.sign) {
        case Sign::Status:
            paintStatusIcon(painter, QRectF(e.rect.left(), midY - kSign / 2, kSign, kSign),
                            scoring::Status(e.status), t);
            break;
        case Sign::Badge: {
            const double bw = bm.horizontalAdvance(e.badge) + 2 * kBadgePadX;
            const double bh = bm.height() + 2;
            const QRectF pill(e.rect.left(), midY - bh / 2, bw, bh);
            painter->setPen(t.kind == MapTheme::Kind::Print ? QPen(t.badgeText, 0.8) : Qt::NoPen);
            painter->setBrush(t.badgeFill);
            painter->drawRoundedRect(pill, bh / 2, bh / 2);
            painter->setPen(t.badgeText);
            painter->setFont(badgeFont);
            painter->drawText(QPointF(pill.left() + kBadgePadX,
                                      pill.top() + (bh - bm.height()) / 2 + bm.ascent()),
                              e.badge);
            textX = pill.right() + kSignGap;
            break;
        }
        case Sign::Arrow: {
            const QPointF from(e.rect.left(), midY);
            const QPointF tip(e.rect.left() + kArrow, midY);
            painter->setPen(QPen(t.link, t.linkWidth));
            painter->drawLine(from, tip - QPointF(LinkItem::kArrowLength, 0));
            painter->setPen(Qt::NoPen);
            painter->setBrush(t.link);
            painter->drawPolygon(
                QPolygonF({tip, tip - QPointF(LinkItem::kArrowLength, LinkItem::kArrowWidth / 2),
                           tip - QPointF(LinkItem::kArrowLength, -LinkItem::kArrowWidth / 2)}));
            textX = tip.x() + kSignGap;
            break;
        }
        }
        painter->setPen(t.text);
        painter->setFont(font);
        painter->drawText(QPointF(textX, midY - fm.height() / 2 + fm.ascent()), e.text);
    }
}

} // namespace scorecard
