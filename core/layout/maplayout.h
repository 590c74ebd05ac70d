// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"

#include <QHash>
#include <QPointF>

#include <vector>

namespace scorecard::layout {

/**
 * The grid of the strategy map: one horizontal lane per perspective (in the
 * scorecard's order, top lane first) and one vertical column per pillar (in
 * the scorecard's order). Objectives without a pillar go into a trailing
 * "no pillar" column, which exists only if such objectives exist or there
 * are no pillars at all (so that every lane has a cell to put objectives in).
 */
struct MapGrid
{
    std::vector<PerspectiveId> lanes;
    /** A null id is the "no pillar" column (always the last one). */
    std::vector<PillarId> columns;

    /** The lane of @p perspective, or -1. */
    int laneOf(const PerspectiveId &perspective) const;
    /** The column of @p pillar (a null or unknown pillar: the "no pillar" column), or -1. */
    int columnOf(const PillarId &pillar) const;
    bool hasNoPillarColumn() const { return !columns.empty() && columns.back().isNull(); }
};

/** The grid of @p scorecard (see MapGrid). */
MapGrid mapGrid(const Scorecard &scorecard);

/** Sizes in map units (1 unit = 1 pixel at 100 % zoom). */
struct LayoutOptions
{
    double cardWidth = 184;
    /** The height of a card that has no entry in heights. */
    double cardHeight = 96;
    double horizontalGap = 40;
    double verticalGap = 28;
    /** Cards in one row of a cell before the layout starts a new row. */
    int maxPerRow = 10;
    /** Barycentre sweeps (each one down and one up). */
    int sweeps = 16;
    /**
     * Extra starts from shuffled orders while crossings remain (deterministic:
     * a fixed seed). Maps of more than 120 objectives get none, and at most 4
     * sweeps, so that laying them out stays interactive.
     */
    int restarts = 32;
    /** Measured card heights (the UI knows how tall a wrapped name makes a card). */
    QHash<ObjectiveId, double> heights;
};

/** Where the layout puts one objective. */
struct Placement
{
    ObjectiveId id;
    int lane = -1;
    int column = -1;
    /** The order within its cell (lane x column), from 0. */
    int slot = 0;
    /** The card's top-left corner relative to its cell (what Objective::position stores). */
    QPointF position;
};

/** A computed layout: one placement per objective whose perspective is a lane. */
struct MapLayout
{
    MapGrid grid;
    /** In the scorecard's objective order. */
    std::vector<Placement> placements;

    const Placement *find(const ObjectiveId &id) const;
    /** Positions of every placement, as MoveObjectivesCommand takes them. */
    QHash<ObjectiveId, QPointF> positions() const;
};

/**
 * A layered layout of the whole map, ignoring stored positions: every
 * objective goes to the cell of its perspective and pillar; within each
 * lane the cards are ordered (inside their pillar columns) to reduce link
 * crossings with barycentre sweeps across the lanes, refined by swapping
 * neighbours while that removes crossings. Deterministic: the same
 * scorecard gives the same layout. Pure: no QObject, no widgets.
 */
MapLayout computeLayout(const Scorecard &scorecard, const LayoutOptions &options = {});

/**
 * Like computeLayout(), but objectives with a stored position keep it;
 * only the others are placed, in the computed order, to the right of the
 * stored cards of their cell. What the map shows for a file that is not
 * (fully) laid out yet.
 */
MapLayout completeLayout(const Scorecard &scorecard, const LayoutOptions &options = {});

/**
 * The number of crossing pairs of links in @p layout: two links between the
 * same two lanes cross when their ends are in opposite horizontal order
 * (cards compared by their horizontal position on the whole map). Links
 * inside one lane are not counted.
 */
int countCrossings(const Scorecard &scorecard, const MapLayout &layout,
                   const LayoutOptions &options = {});

/**
 * The left edge of each column relative to the first one, for the cards of
 * @p layout (column widths from the cards' right edges), plus the total
 * width as the last element.
 */
std::vector<double> columnOffsets(const MapLayout &layout, const LayoutOptions &options = {});

} // namespace scorecard::layout
