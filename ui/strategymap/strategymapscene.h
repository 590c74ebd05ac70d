// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/maplayout.h"
#include "model/scorecard.h"
#include "scoring/score.h"
#include "strategymap/mapgeometry.h"
#include "strategymap/maptheme.h"
#include "strategymap/nameeditoritem.h"
#include "strategymap/whatifbadgeitem.h"
#include "util/result.h"

#include <QDate>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <functional>
#include <memory>

class QUndoCommand;

namespace scorecard {

class ScorecardDocument;
class ObjectiveCardItem;
class LinkItem;
class MapBackdropItem;
class MapLegendItem;

/**
 * The strategy map of a ScorecardDocument: perspective lanes, pillar
 * columns, objective cards and cause-and-effect arrows.
 *
 * The document is the only truth. The scene keeps id -> item maps
 * (objectives by id, links by Link::key()) and re-syncs its items after
 * every change the document signals; a position that is not stored in the
 * file is computed by the layout (layout::completeLayout) and never written
 * unless the user applies autoLayout(). Every edit (drag, drop into another
 * lane or pillar, add, connect, delete, rename) is a command pushed with
 * ScorecardDocument::push(): one undo step per user action.
 */
class StrategyMapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    struct Options
    {
        /** The date the scores are computed at; null: today. */
        QDate asOf;
        MapTheme::Kind theme = MapTheme::Kind::Light;
        /** Show the title block (title and as-of date). */
        bool showHeader = true;
        /** The title; empty: the scorecard's name. */
        QString title;
        bool showLegend = true;
        /** Show only the objectives of this pillar (null: all). */
        PillarId pillar;
        /** Show only the objectives of this department and its sub-departments (null: all). */
        DepartmentId department;
        /**
         * Show only this objective and the chains of causes and effects through it
         * (everything it drives, directly or not, and everything that drives it).
         */
        ObjectiveId connectedTo;
        /** Allow edits (ignored for a read-only document). */
        bool editable = true;
        /** Colour and style the links by the evidence in the data (linkEvidence()). */
        bool showEvidence = false;
    };

    explicit StrategyMapScene(ScorecardDocument *doc, QObject *parent = nullptr);
    StrategyMapScene(ScorecardDocument *doc, const Options &options, QObject *parent = nullptr);
    ~StrategyMapScene() override;

    ScorecardDocument *document() const { return m_doc; }
    const Options &options() const { return m_options; }
    void setOptions(const Options &options);
    void setAsOf(QDate asOf);
    QDate asOf() const;
    const MapTheme &theme() const { return m_theme; }
    bool isEditable() const;

    // Items, by document id.
    ObjectiveCardItem *cardItem(const ObjectiveId &id) const { return m_cards.value(id.value); }
    LinkItem *linkItem(const QString &linkKey) const { return m_links.value(linkKey); }
    QList<ObjectiveCardItem *> cardItems() const { return m_cards.values(); }
    QList<LinkItem *> linkItems() const { return m_links.values(); }
    const layout::MapGrid &grid() const { return m_layout.grid; }
    const MapGeometry &geometry() const { return m_geometry; }
    const scoring::Results &results() const { return m_results; }
    MapLegendItem *legendItem() const { return m_legend; }
    /** Colours the links by evidence (see Options::showEvidence). */
    void setEvidenceShown(bool shown);
    bool isEvidenceShown() const { return m_options.showEvidence; }

    /**
     * Marks the objectives of @p projection (by id) with a what-if outline
     * and a before -> after badge; an empty hash removes every mark. The
     * document is not touched.
     */
    void setWhatIf(const QHash<QString, ProjectedStatus> &projection);
    const QHash<QString, ProjectedStatus> &whatIf() const { return m_whatIf; }
    /** The what-if badge on @p id's card, or nullptr. */
    WhatIfBadgeItem *whatIfBadge(const ObjectiveId &id) const;
    /** The cell-relative positions the map shows (stored ones, or laid out). */
    QHash<ObjectiveId, QPointF> shownPositions() const;
    /** The lane and column an objective is drawn in, or {-1, -1}. */
    std::pair<int, int> cellOf(const ObjectiveId &id) const;

    /** Re-reads everything from the document (normally automatic). */
    void sync();

    // Edits: each pushes one command (or one macro) and returns its error.
    /** Lays out every objective (crossing reduction) and stores the positions: one command. */
    Result<void> autoLayout();
    /** Adds an objective in the lane and pillar column under @p scenePos. */
    Result<ObjectiveId> addObjectiveAt(const QPointF &scenePos, const QString &name = {});
    /** Adds a link; one that would close a loop needs the confirm handler's yes. */
    Result<void> addLink(const ObjectiveId &from, const ObjectiveId &to);
    /** Removes the selected objectives and links. */
    Result<void> removeSelected();
    Result<void> renameObjective(const ObjectiveId &id, const QString &name);
    /** Whether a move may put a card into another lane or pillar column. */
    enum class MoveMode {
        Drop,       ///< the cell under the card's centre: perspective and pillar may change
        StayInCell, ///< positions only, relative to the card's own cell (align, distribute)
    };
    /**
     * Stores where the cards of @p moved now stand (scene positions of their
     * top-left corners): one MoveObjectivesCommand, or a macro that also
     * changes the perspective (another lane) or pillar (another column).
     */
    Result<void> commitMoves(const QHash<ObjectiveId, QPointF> &moved,
                             MoveMode mode = MoveMode::Drop);

    /**
     * Moves the selected cards by @p delta (a keyboard nudge). Nudges of one
     * burst (the same cards, less than kNudgeBurstMs apart) are one undo step;
     * a nudge into another lane or column re-files the card like a drop.
     */
    Result<void> nudgeSelected(const QPointF &delta);
    static constexpr int kNudgeBurstMs = 1000;

    /**
     * What a screen reader says about an objective: "Objective Grow revenue,
     * Financial, score 82, on track, 3 KPIs, drives 2 objectives".
     */
    QString accessibleDescription(const ObjectiveId &id) const;
    /** The card with the keyboard focus, else the first selected card, else null. */
    ObjectiveId currentObjective() const;

    enum class Alignment { Left, HorizontalCenter, Right, Top, VerticalCenter, Bottom };
    /**
     * Aligns the selected cards (at least two): left, centre and right edges
     * across all of them; top, middle and bottom within each lane. Cards keep
     * their lane and pillar. One command.
     */
    Result<void> alignSelected(Alignment alignment);
    /** Spaces the selected cards of each lane evenly between its outermost two. One command. */
    Result<void> distributeSelected();

    /**
     * The selected objectives and the links between them as a JSON
     * interchange document (with the perspectives and pillars they refer
     * to); empty if no card is selected.
     */
    QByteArray copySelected() const;
    /**
     * Adds the objectives and links of @p json (from copySelected(), maybe of
     * another document) with new ids, in the lane and pillar of the same id
     * or name (else the top lane and no pillar), and selects them. One step.
     */
    Result<QList<ObjectiveId>> paste(const QByteArray &json);
    /** The clipboard format of copySelected(). */
    static QString mimeType() { return QStringLiteral("application/x-scorecard-map+json"); }

    /** Selects only @p id's card, gives it the focus and scrolls the views to it. */
    void selectObjective(const ObjectiveId &id);
    /** Selects @p from's card (as selectObjective()) and the link from it to @p to. */
    void selectLink(const ObjectiveId &from, const ObjectiveId &to);
    /** The cards in reading order: lane by lane, left to right, top to bottom. */
    QList<ObjectiveId> readingOrder() const;

    /** Opens the in-place name editor on a card. */
    void startRename(const ObjectiveId &id);
    NameEditorItem *nameEditor() const { return m_editor; }

    /** Asked before a link that closes a loop is added; without one the link is refused. */
    void setConfirmHandler(std::function<bool(const QString &question)> handler);

Q_SIGNALS:
    /** An edit was refused or failed; the message is for the user. */
    void errorOccurred(const QString &message);
    /** After every re-sync from the document. */
    void synced();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    /**
     * Tab and Shift+Tab select the next or previous card, lane by lane, left to
     * right; past the last (or first) card they let the focus leave the map.
     */
    bool focusNextPrevChild(bool next) override;

private:
    struct Counts
    {
        int kpis = 0;
        int okrs = 0;
        int initiatives = 0;
    };

    void connectDocument();
    void markScoresDirty() { m_scoresDirty = true; }
    const Scorecard &visibleScorecard(Scorecard &storage) const;
    void syncCards(const Scorecard &view, const QHash<QString, Counts> &counts);
    void computeGeometry(const Scorecard &view);
    void syncLinks(const Scorecard &view);
    /**
     * Routes every link from the cards' current places. Returns, per lane,
     * how much taller its top padding must be for the links that run above
     * its cards to keep their own tracks (all zero when they fit).
     */
    std::vector<double> routeLinks();
    void updateEmphasis();
    void syncWhatIf();
    layout::LayoutOptions layoutOptions() const;
    ObjectiveCardItem *cardAt(const QPointF &scenePos) const;
    /** Pushes one command; reports a refused one through errorOccurred. */
    Result<void> pushCommand(Result<std::unique_ptr<QUndoCommand>> command);
    /**
     * Creates (just in time) and pushes several commands as one undo step. A
     * maker may return no command: a step that only notes a result between two.
     */
    Result<void>
    pushAll(const QString &text,
            const std::vector<std::function<Result<std::unique_ptr<QUndoCommand>>()>> &makers);
    void finishRename(bool accepted);
    /** Shown positions of the objectives the layout placed (stored with a first edit). */
    QHash<ObjectiveId, QPointF> unstoredPositions() const;
    QList<ObjectiveCardItem *> selectedCards() const;
    void setEditingFlags();
    /** Tells the views (and assistive tools) which objective is current. */
    void announceCurrent();

    ScorecardDocument *m_doc;
    Options m_options;
    MapTheme m_theme;
    std::function<bool(const QString &)> m_confirm;

    QHash<QString, ObjectiveCardItem *> m_cards;
    QHash<QString, LinkItem *> m_links;
    MapBackdropItem *m_backdrop = nullptr;
    MapLegendItem *m_legend = nullptr;
    QPointer<NameEditorItem> m_editor;

    layout::MapLayout m_layout;
    MapGeometry m_geometry;
    std::vector<double> m_laneExtra; ///< extra top padding per lane, for link tracks
    scoring::Results m_results;
    QHash<QString, ProjectedStatus> m_whatIf;
    bool m_scoresDirty = true;
    bool m_syncing = false;
    QString m_lastAddedObjective;
    QString m_announced;

    // The keyboard nudge burst in progress.
    int m_nudgeBurst = 0;
    QStringList m_nudgeCards;
    QElapsedTimer m_nudgeClock;

    // Mouse interaction in progress.
    QHash<ObjectiveId, QPointF> m_dragStart;
    ObjectiveId m_connectFrom;
    QGraphicsPathItem *m_connectLine = nullptr;
};

} // namespace scorecard
