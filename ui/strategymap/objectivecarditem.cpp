// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/objectivecarditem.h"

#include "strategymap/connecthandleitem.h"
#include "strategymap/maptext.h"
#include "strategymap/maptheme.h"
#include "strategymap/statusicon.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace scorecard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::StrategyMap", text);
}

constexpr double kIconSize = 16;
constexpr double kBadgePadX = 5;
constexpr double kBadgeGap = 4;
constexpr double kFooterGap = 7;
constexpr double kRowGap = 4;

} // namespace

ObjectiveCardItem::ObjectiveCardItem(ObjectiveId id, const MapTheme *theme)
    : m_id(std::move(id)), m_theme(theme)
{
    setFlag(ItemIsSelectable);
    setFlag(ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(10);
    m_handle = new ConnectHandleItem(theme, this);
    m_handle->hide();
}

double ObjectiveCardItem::width() const
{
    return m_theme->cardWidth;
}

void ObjectiveCardItem::setContent(const CardContent &content)
{
    if (content == m_content && m_height > 0)
        return;
    m_content = content;
    setToolTip(content.toolTip);
    relayout();
}

void ObjectiveCardItem::relayout()
{
    prepareGeometryChange();
    const MapTheme &t = *m_theme;
    const double w = t.cardWidth;
    const double left = t.statusStripe + t.cardPadding;
    const double inner = w - left - t.cardPadding;

    const QFont nameFont = t.font(t.nameSize, true);
    m_nameLines = maptext::wrap(m_content.name, nameFont, inner - 2);
    m_nameLineSpacing = maptext::lineHeight(nameFont);
    m_nameRect = QRectF(left, t.cardPadding, inner, m_nameLineSpacing * m_nameLines.size());

    // Footer: the status sign and score on the left, count badges on the right
    // (on a row of their own when they do not fit beside the score).
    double y = m_nameRect.bottom() + kFooterGap;
    const QFont scoreFont = t.font(t.scoreSize, true);
    const QFont mutedFont = t.font(t.badgeSize + 1);
    m_scoreText = m_content.score ? QString::number(*m_content.score, 'f', 1) : tr("no data");
    const double scoreWidth = maptext::width(m_scoreText, m_content.score ? scoreFont : mutedFont);
    const double rowHeight = std::max(kIconSize, maptext::lineHeight(scoreFont));
    m_iconRect = QRectF(left, y + (rowHeight - kIconSize) / 2, kIconSize, kIconSize);
    m_scorePos = QPointF(left + kIconSize + 5, y);

    const QFont badgeFont = t.font(t.badgeSize, true);
    const double badgeHeight = maptext::lineHeight(badgeFont) + 2;
    std::vector<Badge> badges;
    double badgesWidth = 0;
    auto addBadge = [&](int count, const QString &label) {
        if (count <= 0)
            return;
        const QString text = QStringLiteral("%1 %2").arg(count).arg(label);
        const double bw = maptext::width(text, badgeFont) + 2 * kBadgePadX;
        badges.push_back({QRectF(0, 0, bw, badgeHeight), text});
        badgesWidth += bw + (badges.size() > 1 ? kBadgeGap : 0);
    };
    addBadge(m_content.kpis, tr("KPI"));
    addBadge(m_content.okrs, tr("OKR"));
    addBadge(m_content.initiatives, tr("Init."));

    const double scoreRight = m_scorePos.x() + scoreWidth;
    double badgeTop = y + (rowHeight - badgeHeight) / 2;
    double bottom = y + rowHeight;
    if (!badges.empty() && scoreRight + 8 + badgesWidth > w - t.cardPadding) {
        badgeTop = bottom + kRowGap; // a row of their own, left-aligned
        bottom = badgeTop + badgeHeight;
        double x = left;
        for (Badge &b : badges) {
            if (x + b.rect.width() > w - t.cardPadding && x > left) {
                x = left;
                badgeTop = bottom + kRowGap;
                bottom = badgeTop + badgeHeight;
            }
            b.rect.moveTopLeft(QPointF(x, badgeTop));
            x += b.rect.width() + kBadgeGap;
        }
    } else {
        double x = w - t.cardPadding - badgesWidth;
        for (Badge &b : badges) {
            b.rect.moveTopLeft(QPointF(x, badgeTop));
            x += b.rect.width() + kBadgeGap;
        }
    }
    m_badges = std::move(badges);
    m_height = std::max(t.cardMinHeight, bottom + t.cardPadding);

    m_cardPath = QPainterPath();
    m_cardPath.addRoundedRect(rect(), t.cardRadius, t.cardRadius);
    QPainterPath stripe;
    stripe.addRect(QRectF(0, 0, t.statusStripe, m_height));
    m_stripePath = m_cardPath.intersected(stripe);
    updateHandle();
    update();
}

void ObjectiveCardItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(emphasis == Emphasis::Dimmed ? 0.35 : 1.0);
    update();
}

void ObjectiveCardItem::setEditable(bool editable)
{
    m_editable = editable;
    setFlag(ItemIsMovable, editable);
    updateHandle();
}

void ObjectiveCardItem::updateHandle()
{
    // On the top-right corner: links attach along the sides, never there.
    m_handle->setPos(width() - 2, 2);
    m_handle->setVisible(m_editable && (m_hovered || isSelected()));
}

QRectF ObjectiveCardItem::boundingRect() const
{
    return rect().adjusted(-4, -4, 4, 4);
}

QPainterPath ObjectiveCardItem::shape() const
{
    return m_cardPath;
}

void ObjectiveCardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const MapTheme &t = *m_theme;
    const QColor status = t.statusColor(m_content.status);
    painter->setRenderHint(QPainter::Antialiasing);

    QPen border(t.cardBorder, t.cardBorderWidth);
    if (isSelected())
        border = QPen(t.accent, 3);
    else if (m_emphasis == Emphasis::Related)
        border = QPen(t.accent, 2.2);
    painter->setPen(border);
    painter->setBrush(t.cardFill);
    painter->drawPath(m_cardPath);
    painter->setPen(Qt::NoPen);
    painter->setBrush(status);
    painter->drawPath(m_stripePath);

    // Text smaller than about two pixels cannot be read: draw placeholders, which is also
    // what keeps a whole large map fast to draw when zoomed out.
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod * t.nameSize < 4) {
        painter->setBrush(t.mutedText);
        painter->setOpacity(painter->opacity() * 0.35);
        for (int i = 0; i < m_nameLines.size(); ++i) {
            painter->drawRect(QRectF(m_nameRect.left(),
                                     m_nameRect.top() + i * m_nameLineSpacing + 3,
                                     m_nameRect.width() * (i + 1 == m_nameLines.size() ? 0.6 : 1),
                                     m_nameLineSpacing - 6));
        }
        painter->setOpacity(painter->opacity() / 0.35);
        painter->setBrush(status);
        painter->drawEllipse(m_iconRect);
        return;
    }

    painter->setPen(t.text);
    maptext::drawLines(painter, m_nameRect.topLeft(), m_nameLines, t.font(t.nameSize, true),
                       m_nameLineSpacing);

    paintStatusIcon(painter, m_iconRect, m_content.status, t);
    const QFont scoreFont = m_content.score ? t.font(t.scoreSize, true) : t.font(t.badgeSize + 1);
    painter->setPen(m_content.score ? t.text : t.mutedText);
    painter->setFont(scoreFont);
    const double rowHeight = std::max(kIconSize, maptext::lineHeight(t.font(t.scoreSize, true)));
    const QFontMetricsF fm(scoreFont);
    painter->drawText(
        QPointF(m_scorePos.x(), m_scorePos.y() + (rowHeight - fm.height()) / 2 + fm.ascent()),
        m_scoreText);

    const QFont badgeFont = t.font(t.badgeSize, true);
    painter->setFont(badgeFont);
    const QFontMetricsF bm(badgeFont);
    for (const Badge &b : m_badges) {
        painter->setPen(t.kind == MapTheme::Kind::Print ? QPen(t.badgeText, 0.8) : Qt::NoPen);
        painter->setBrush(t.badgeFill);
        painter->drawRoundedRect(b.rect, b.rect.height() / 2, b.rect.height() / 2);
        painter->setPen(t.badgeText);
        painter->drawText(QPointF(b.rect.left() + kBadgePadX,
                                  b.rect.top() + (b.rect.height() - bm.height()) / 2 + bm.ascent()),
                          b.text);
    }
}

QVariant ObjectiveCardItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        updateHandle();
    return QGraphicsItem::itemChange(change, value);
}

void ObjectiveCardItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    updateHandle();
    QGraphicsItem::hoverEnterEvent(event);
}

void ObjectiveCardItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    updateHandle();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace scorecard
