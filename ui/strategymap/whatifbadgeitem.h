// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/score.h"

#include <QGraphicsItem>

#include <optional>

namespace scorecard {

struct MapTheme;

/** An objective's score before and after a what-if projection. */
struct ProjectedStatus
{
    std::optional<double> before;
    std::optional<double> after;
    scoring::Status statusBefore = scoring::Status::NoData;
    scoring::Status statusAfter = scoring::Status::NoData;
    bool statusChanges() const { return statusBefore != statusAfter; }
    friend bool operator==(const ProjectedStatus &, const ProjectedStatus &) = default;
};

/**
 * A what-if overlay on an objective card (a child of the card, so it moves
 * with it): a dashed outline around the card, solid and thicker when the
 * status changes, and a badge over its top edge with "before -> after".
 * It never takes the mouse.
 */
class WhatIfBadgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 7 };

    WhatIfBadgeItem(const MapTheme *theme, QGraphicsItem *card);
    int type() const override { return Type; }

    void setProjection(const ProjectedStatus &projection);
    const ProjectedStatus &projection() const { return m_projection; }
    /** The badge's text, e.g. "62 -> 71 At risk -> On track". */
    QString text() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF cardRect() const;
    QRectF badgeRect() const;

    const MapTheme *m_theme;
    ProjectedStatus m_projection;
};

} // namespace scorecard
