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
    rebuild();
}

void MapLegendItem::setAlignmentScore(std::optional<double> value, int connected, int total)
{
    m_alignment.clear();
    if (value)
        m_alignment = tr("Alignment score: %1 % (%2 of %3 KPIs, OKRs and initiatives connected)")
                          .arg(QString::number(*value, 'f', 0))
                          .arg(connected)
                          .arg(total);
    rebuild();
}

QString MapLegendItem::alignmentText() const
{
    return m_alignment;
}

void MapLegendItem::setEvidenceShown(bool shown)
{
    m_evidenceShown = shown;
    rebuild();
}

QStringList MapLegendItem::texts() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.text;
    return out;
}

void MapLegendItem::rebuild()
{
    m_entries.clear();
    for (scoring::Status s : {scoring::Status::Green, scoring::Status::Amber, scoring::Status::Red,
                              scoring::Status::NoData, scoring::Status::Stale})
        m_entries.push_back({Sign::Status, int(s), {}, statusLabel(s), {}});
    m_entries.push_back(
        {Sign::Badge, 0, tr("2 KPI"), tr("linked KPIs, OKRs and initiatives (Init.)"), {}});
    m_entries.push_back({Sign::Arrow, 0, {}, tr("cause drives effect"), {}});
    if (m_evidenceShown) {
        const std::pair<Evidence, const char *> kinds[] = {
            {Evidence::Strong, QT_TRANSLATE_NOOP("scorecard::StrategyMap", "strong evidence")},
            {Evidence::Weak, QT_TRANSLATE_NOOP("scorecard::StrategyMap", "weak evidence")},
            {Evidence::None, QT_TRANSLATE_NOOP("scorecard::StrategyMap", "no evidence")},
            {Evidence::NotEnoughData,
             QT_TRANSLATE_NOOP("scorecard::StrategyMap", "not enough data")}};
        for (const auto &[evidence, text] : kinds)
            m_entries.push_back({Sign::EvidenceArrow, int(evidence), {}, tr(text), {}});
    }
    if (!m_alignment.isEmpty())
        m_entries.push_back({Sign::Text, 0, {}, m_alignment, {}});
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
        else if (e.sign == Sign::Arrow || e.sign == Sign::EvidenceArrow)
            signWidth = kArrow;

        const double w = e.sign == Sign::Text ? maptext::width(e.text, t.font(t.subtitleSize, true))
                                              : signWidth + kSignGap + maptext::width(e.text, font);
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
        case Sign::EvidenceArrow: {
            const auto evidence = Evidence(e.status);
            const QColor color = LinkItem::evidenceColor(evidence);
            const QPointF from(e.rect.left(), midY);
            const QPointF tip(e.rect.left() + kArrow, midY);
            painter->setPen(QPen(color, t.linkWidth + LinkItem::evidenceExtraWidth(evidence),
                                 LinkItem::evidencePenStyle(evidence), Qt::FlatCap));
            painter->drawLine(from, tip - QPointF(LinkItem::kArrowLength, 0));
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawPolygon(
                QPolygonF({tip, tip - QPointF(LinkItem::kArrowLength, LinkItem::kArrowWidth / 2),
                           tip - QPointF(LinkItem::kArrowLength, -LinkItem::kArrowWidth / 2)}));
            textX = tip.x() + kSignGap;
            break;
        }
        case Sign::Text: {
            QFont bold = font;
            bold.setBold(true);
            painter->setPen(t.text);
            painter->setFont(bold);
            painter->drawText(QPointF(e.rect.left(), midY - fm.height() / 2 + fm.ascent()), e.text);
            continue;
        }
        }
        painter->setPen(t.text);
        painter->setFont(font);
        painter->drawText(QPointF(textX, midY - fm.height() / 2 + fm.ascent()), e.text);
    }
}

} // namespace scorecard
