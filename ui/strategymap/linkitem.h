// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/linkevidence.h"
#include "model/link.h"

#include <QGraphicsItem>
#include <QPainterPath>

#include <optional>

namespace scorecard {

struct MapTheme;

/**
 * A cause-and-effect link on the strategy map: a line from the cause's card
 * border to the effect's, ending in an arrowhead that touches the effect's
 * border (so it is never hidden under a card). The scene computes the route;
 * the item only draws it.
 */
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    enum class Emphasis { Normal, Related, Dimmed };

    static constexpr double kArrowLength = 11;
    static constexpr double kArrowWidth = 9;

    LinkItem(const Link &link, const MapTheme *theme);
    int type() const override { return Type; }

    const ObjectiveId &from() const { return m_from; }
    const ObjectiveId &to() const { return m_to; }
    QString key() const { return Link{m_from, m_to, {}, 0}.key(); }

    /**
     * @p line ends where the arrowhead starts; the head points along
     * @p direction (a unit vector) and its tip is @p tip.
     */
    void setRoute(const QPainterPath &line, const QPointF &tip, const QPointF &direction);
    const QPainterPath &line() const { return m_line; }
    QPointF tip() const { return m_tip; }
    QPolygonF arrowHead() const { return m_head; }

    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }

    /**
     * Draws the link in the colour and line style of @p evidence (none:
     * the theme's plain link). See evidenceColor() and evidencePenStyle().
     */
    void setEvidence(std::optional<Evidence> evidence);
    std::optional<Evidence> evidence() const { return m_evidence; }
    /** The colour of a link with @p evidence on the map (green, amber, red, grey). */
    static QColor evidenceColor(Evidence evidence);
    /** The second cue, for readers who cannot tell the colours apart. */
    static Qt::PenStyle evidencePenStyle(Evidence evidence);
    /** How much wider than the theme's link width (strong links are thicker). */
    static double evidenceExtraWidth(Evidence evidence);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    ObjectiveId m_from;
    ObjectiveId m_to;
    const MapTheme *m_theme;
    QPainterPath m_line;
    QPointF m_tip;
    QPolygonF m_head;
    QRectF m_bounds;
    QPainterPath m_shape;
    Emphasis m_emphasis = Emphasis::Normal;
    std::optional<Evidence> m_evidence;
};

} // namespace scorecard
