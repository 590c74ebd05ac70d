// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/strategymapscene.h"

#include "analysis/alignment.h"
#include "analysis/linkcycles.h"
#include "analysis/linkevidence.h"
#include "commands/commandid.h"
#include "commands/editcommands.h"
#include "commands/entitycommands.h"
#include "commands/nudgeobjectivescommand.h"
#include "commands/undomacroguard.h"
#include "document/scorecarddocument.h"
#include "io/jsonformat.h"
#include "scoring/engine.h"
#include "strategymap/connecthandleitem.h"
#include "strategymap/linkitem.h"
#include "strategymap/mapbackdropitem.h"
#include "strategymap/maplegenditem.h"
#include "strategymap/maptext.h"
#include "strategymap/nameeditoritem.h"
#include "strategymap/objectivecarditem.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

namespace scorecard {

namespace {

constexpr double kLayoutGapX = 36;
constexpr double kLayoutGapY = 28;
constexpr double kObstacleMargin = 12;
constexpr double kMinLinkSpacing = 10;

/** Fields of an objective whose change cannot move a score. */
constexpr Fields kScoreNeutralObjectiveFields =
    Field::Name | Field::Description | Field::Owner | Field::MapPosition | Field::Note;

QPointF clampedPosition(const QPointF &p)
{
    return QPointF(std::max(0.0, p.x()), std::max(0.0, p.y()));
}

QRectF cardRect(const ObjectiveCardItem *card)
{
    return QRectF(card->pos(), QSizeF(card->width(), card->height()));
}

QPointF rounded(const QPointF &p)
{
    return QPointF(std::round(p.x()), std::round(p.y()));
}

enum class Counted { Kpis, Okrs, Initiatives };

/** "1 KPI", "3 KPIs": English plurals without a translation loaded. */
QString countText(int n, Counted what)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("scorecard::StrategyMapScene", text);
    };
    switch (what) {
    case Counted::Kpis:
        return n == 1 ? tr("1 KPI") : tr("%1 KPIs").arg(n);
    case Counted::Okrs:
        return n == 1 ? tr("1 OKR") : tr("%1 OKRs").arg(n);
    case Counted::Initiatives:
        return n == 1 ? tr("1 initiative") : tr("%1 initiatives").arg(n);
    }
    return {};
}

} // namespace

StrategyMapScene::StrategyMapScene(ScorecardDocument *doc, QObject *parent)
    : StrategyMapScene(doc, Options{}, parent)
{
}

StrategyMapScene::StrategyMapScene(ScorecardDocument *doc, const Options &options, QObject *parent)
    : QGraphicsScene(parent), m_doc(doc), m_options(options),
      m_theme(MapTheme::forKind(options.theme))
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    setBackgroundBrush(m_theme.background);
    m_backdrop = new MapBackdropItem(&m_theme);
    addItem(m_backdrop);
    m_legend = new MapLegendItem(&m_theme);
    addItem(m_legend);
    connectDocument();
    connect(this, &QGraphicsScene::selectionChanged, this, &StrategyMapScene::updateEmphasis);
    connect(this, &QGraphicsScene::selectionChanged, this, &StrategyMapScene::announceCurrent);
    connect(this, &QGraphicsScene::focusItemChanged, this, &StrategyMapScene::announceCurrent);
    sync();
}

StrategyMapScene::~StrategyMapScene()
{
    // Items refer to m_theme; delete them while it still exists, without reacting to it.
    disconnect(this, nullptr, this, nullptr);
    m_cards.clear();
    m_links.clear();
    clear();
}

void StrategyMapScene::connectDocument()
{
    connect(m_doc, &ScorecardDocument::entityAdded, this,
            [this](EntityKind kind, const QString &id) {
                if (kind == EntityKind::Objective)
                    m_lastAddedObjective = id;
                if (kind != EntityKind::Link)
                    markScoresDirty();
            });
    connect(m_doc, &ScorecardDocument::entityRemoved, this,
            [this](EntityKind kind, const QString &) {
                if (kind != EntityKind::Link)
                    markScoresDirty();
            });
    connect(m_doc, &ScorecardDocument::entityChanged, this,
            [this](EntityKind kind, const QString &, Fields fields) {
                if (kind == EntityKind::Link)
                    return;
                if (kind == EntityKind::Objective && (fields & ~kScoreNeutralObjectiveFields) == 0)
                    return;
                markScoresDirty();
            });
    connect(m_doc, &ScorecardDocument::measurementsChanged, this,
            &StrategyMapScene::markScoresDirty);
    connect(m_doc, &ScorecardDocument::changed, this, &StrategyMapScene::sync);
}

void StrategyMapScene::setOptions(const Options &options)
{
    const bool scoresChange = options.asOf != m_options.asOf;
    m_options = options;
    m_theme = MapTheme::forKind(options.theme);
    setBackgroundBrush(m_theme.background);
    if (scoresChange)
        m_scoresDirty = true;
    for (ObjectiveCardItem *card : std::as_const(m_cards))
        card->relayout();
    sync();
}

void StrategyMapScene::setEvidenceShown(bool shown)
{
    if (shown == m_options.showEvidence)
        return;
    Options o = m_options;
    o.showEvidence = shown;
    setOptions(o);
}

void StrategyMapScene::setWhatIf(const QHash<QString, ProjectedStatus> &projection)
{
    m_whatIf = projection;
    syncWhatIf();
}

WhatIfBadgeItem *StrategyMapScene::whatIfBadge(const ObjectiveId &id) const
{
    const ObjectiveCardItem *card = m_cards.value(id.value);
    if (!card)
        return nullptr;
    const QList<QGraphicsItem *> children = card->childItems();
    for (QGraphicsItem *child : children) {
        if (child->type() == WhatIfBadgeItem::Type)
            return static_cast<WhatIfBadgeItem *>(child);
    }
    return nullptr;
}

void StrategyMapScene::syncWhatIf()
{
    for (ObjectiveCardItem *card : std::as_const(m_cards)) {
        WhatIfBadgeItem *badge = whatIfBadge(card->id());
        const auto it = m_whatIf.constFind(card->id().value);
        if (it == m_whatIf.cend()) {
            delete badge;
            continue;
        }
        if (!badge)
            badge = new WhatIfBadgeItem(&m_theme, card);
        badge->setProjection(*it);
    }
}

void StrategyMapScene::setAsOf(QDate asOf)
{
    Options o = m_options;
    o.asOf = asOf;
    setOptions(o);
}

QDate StrategyMapScene::asOf() const
{
    return m_options.asOf.isValid() ? m_options.asOf : QDate::currentDate();
}

bool StrategyMapScene::isEditable() const
{
    return m_options.editable && !m_doc->isReadOnly();
}

void StrategyMapScene::setConfirmHandler(std::function<bool(const QString &)> handler)
{
    m_confirm = std::move(handler);
}

QHash<ObjectiveId, QPointF> StrategyMapScene::shownPositions() const
{
    return m_layout.positions();
}

std::pair<int, int> StrategyMapScene::cellOf(const ObjectiveId &id) const
{
    if (const layout::Placement *p = m_layout.find(id))
        return {p->lane, p->column};
    return {-1, -1};
}

// ---------------------------------------------------------------------------
// Sync from the document

const Scorecard &StrategyMapScene::visibleScorecard(Scorecard &storage) const
{
    const Scorecard &full = m_doc->scorecard();
    if (m_options.pillar.isNull() && m_options.department.isNull() &&
        m_options.connectedTo.isNull())
        return full;
    QSet<QString> connected;
    if (!m_options.connectedTo.isNull()) {
        // Upstream (causes) and downstream (effects), each followed transitively.
        for (const bool downstream : {true, false}) {
            QList<QString> queue{m_options.connectedTo.value};
            QSet<QString> seen{m_options.connectedTo.value};
            for (qsizetype head = 0; head < queue.size(); ++head) {
                for (const Link &l : full.links) {
                    const QString &here = downstream ? l.from.value : l.to.value;
                    const QString &next = downstream ? l.to.value : l.from.value;
                    if (here == queue.at(head) && !seen.contains(next)) {
                        seen.insert(next);
                        queue.append(next);
                    }
                }
            }
            connected.unite(seen);
        }
    }
    QSet<QString> departments;
    if (!m_options.department.isNull()) {
        departments.insert(m_options.department.value);
        // Sub-departments, however deep (the tree is acyclic: validation sees to it).
        for (bool grew = true; grew;) {
            grew = false;
            for (const Department &d : full.departments) {
                if (!d.parent.isNull() && departments.contains(d.parent.value) &&
                    !departments.contains(d.id.value)) {
                    departments.insert(d.id.value);
                    grew = true;
                }
            }
        }
    }
    storage.info = full.info;
    storage.perspectives = full.perspectives;
    for (const Pillar &p : full.pillars) {
        if (m_options.pillar.isNull() || p.id == m_options.pillar)
            storage.pillars.push_back(p);
    }
    QSet<QString> shown;
    for (const Objective &o : full.objectives) {
        if (!m_options.pillar.isNull() && o.pillar != m_options.pillar)
            continue;
        if (!m_options.department.isNull() && !departments.contains(o.department.value))
            continue;
        if (!m_options.connectedTo.isNull() && !connected.contains(o.id.value))
            continue;
        storage.objectives.push_back(o);
        shown.insert(o.id.value);
    }
    for (const Link &l : full.links) {
        if (shown.contains(l.from.value) && shown.contains(l.to.value))
            storage.links.push_back(l);
    }
    return storage;
}

void StrategyMapScene::sync()
{
    if (m_syncing)
        return;
    const QScopedValueRollback<bool> guard(m_syncing, true);
    const Scorecard &full = m_doc->scorecard();
    if (m_scoresDirty) {
        m_results = scoring::Engine(full).compute(asOf());
        m_scoresDirty = false;
    }
    QHash<QString, Counts> counts;
    for (const Kpi &k : full.kpis) {
        if (!k.objective.isNull())
            ++counts[k.objective.value].kpis;
    }
    for (const Okr &o : full.okrs) {
        if (!o.objective.isNull())
            ++counts[o.objective.value].okrs;
    }
    for (const Initiative &i : full.initiatives) {
        for (const Contribution &c : i.contributions)
            ++counts[c.objective.value].initiatives;
    }

    const AlignmentScore alignment = alignmentScore(full);
    m_legend->setAlignmentScore(alignment.value(), alignment.connected(), alignment.total());
    m_legend->setEvidenceShown(m_options.showEvidence);

    Scorecard storage;
    const Scorecard &view = visibleScorecard(storage);
    syncCards(view, counts);
    m_layout = layout::completeLayout(view, layoutOptions());
    m_laneExtra.assign(m_layout.grid.lanes.size(), 0.0);
    computeGeometry(view);
    syncLinks(view);
    QHash<QString, LinkEvidence> evidence;
    if (m_options.showEvidence) {
        for (LinkEvidence &e : linkEvidence(full, asOf()))
            evidence.insert(Link{e.from, e.to, {}, 0}.key(), std::move(e));
    }
    for (LinkItem *item : std::as_const(m_links)) {
        const auto it = evidence.constFind(item->key());
        if (it == evidence.cend()) {
            item->setEvidence(std::nullopt);
            continue;
        }
        item->setEvidence(it->evidence);
        // syncLinks() just set the plain tooltip: add what the data say.
        const QString rho =
            it->correlation ? QLocale().toString(*it->correlation, 'f', 2) : QString();
        QString says;
        switch (it->evidence) {
        case Evidence::Strong:
            says = tr("Strong evidence: rho %1, best lag %2 (months), %3 months of data");
            break;
        case Evidence::Weak:
            says = tr("Weak evidence: rho %1, best lag %2 (months), %3 months of data");
            break;
        case Evidence::None:
            says = tr("No evidence: rho %1, best lag %2 (months), %3 months of data");
            break;
        case Evidence::NotEnoughData:
            says = tr("Not enough data: %1 overlapping months (%2 needed)")
                       .arg(it->periods)
                       .arg(evidence::kMinPeriods);
            break;
        }
        if (it->evidence != Evidence::NotEnoughData)
            says = says.arg(rho).arg(it->bestLag.value_or(0)).arg(it->periods);
        item->setToolTip(item->toolTip() + QLatin1Char('\n') + says);
    }
    const std::vector<double> extra = routeLinks();
    if (std::any_of(extra.begin(), extra.end(), [](double e) { return e > 0.5; })) {
        // Room for every link track: lanes with crowded links above them grow, then route again.
        m_laneExtra = extra;
        computeGeometry(view);
        (void)routeLinks();
    }
    setEditingFlags();
    updateEmphasis();
    syncWhatIf();
    m_announced.clear(); // the current card's score or name may have changed
    announceCurrent();
    Q_EMIT synced();
}

void StrategyMapScene::syncCards(const Scorecard &view, const QHash<QString, Counts> &counts)
{
    const layout::MapGrid grid = layout::mapGrid(view);
    QSet<QString> alive;
    for (const Objective &o : view.objectives) {
        if (grid.laneOf(o.perspective) < 0)
            continue;
        alive.insert(o.id.value);
        ObjectiveCardItem *card = m_cards.value(o.id.value);
        if (!card) {
            card = new ObjectiveCardItem(o.id, &m_theme);
            addItem(card);
            m_cards.insert(o.id.value, card);
        }
        CardContent content;
        content.name = o.name;
        const auto score = m_results.objectives.constFind(o.id.value);
        if (score != m_results.objectives.constEnd()) {
            content.status = score->status;
            content.score = score->value;
        }
        const Counts c = counts.value(o.id.value);
        content.kpis = c.kpis;
        content.okrs = c.okrs;
        content.initiatives = c.initiatives;
        QStringList tip{o.name};
        tip << (content.score ? tr("%1, score %2")
                                    .arg(statusLabel(content.status))
                                    .arg(QString::number(*content.score, 'f', 1))
                              : statusLabel(content.status));
        tip << QStringLiteral("%1 \u00b7 %2 \u00b7 %3")
                   .arg(countText(c.kpis, Counted::Kpis), countText(c.okrs, Counted::Okrs),
                        countText(c.initiatives, Counted::Initiatives));
        if (!o.owner.isEmpty())
            tip << tr("Owner: %1").arg(o.owner);
        content.toolTip = tip.join(QLatin1Char('\n'));
        card->setContent(content);
    }
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (alive.contains(it.key())) {
            ++it;
            continue;
        }
        ObjectiveCardItem *gone = it.value();
        it = m_cards.erase(it);
        delete gone;
    }
}

layout::LayoutOptions StrategyMapScene::layoutOptions() const
{
    layout::LayoutOptions o;
    o.cardWidth = m_theme.cardWidth;
    o.cardHeight = m_theme.cardMinHeight;
    o.horizontalGap = kLayoutGapX;
    o.verticalGap = kLayoutGapY;
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it)
        o.heights.insert(it.value()->id(), it.value()->height());
    return o;
}

void StrategyMapScene::computeGeometry(const Scorecard &view)
{
    const MapTheme &t = m_theme;
    const layout::MapGrid &grid = m_layout.grid;
    const size_t laneCount = grid.lanes.size();
    const size_t columnCount = grid.columns.size();

    std::vector<double> columnContent(columnCount, t.cardWidth);
    std::vector<double> laneContent(laneCount, 0.0);
    for (const layout::Placement &p : m_layout.placements) {
        const ObjectiveCardItem *card = m_cards.value(p.id.value);
        if (!card)
            continue;
        const QPointF pos = clampedPosition(p.position);
        columnContent[size_t(p.column)] =
            std::max(columnContent[size_t(p.column)], pos.x() + card->width());
        laneContent[size_t(p.lane)] =
            std::max(laneContent[size_t(p.lane)], pos.y() + card->height());
    }

    const double left = t.margin;
    const double gridLeft = left + t.laneLabelWidth;
    MapGeometry g;
    g.cellPaddingX = t.cellPaddingX;
    for (size_t l = 0; l < laneCount; ++l)
        g.laneTopPadding.push_back(t.cellPaddingTop +
                                   (l < m_laneExtra.size() ? m_laneExtra[l] : 0.0));
    g.columnX.push_back(gridLeft);
    for (size_t c = 0; c < columnCount; ++c)
        g.columnX.push_back(g.columnX.back() + columnContent[c] + 2 * t.cellPaddingX);
    const double right = g.columnX.back();

    MapBackdropItem::Frame frame;
    double y = t.margin;
    if (m_options.showHeader) {
        const QString title = m_options.title.isEmpty() ? view.info.name : m_options.title;
        const QFont titleFont = t.font(t.titleSize, true);
        frame.titleLines = maptext::wrap(title, titleFont, right - left);
        frame.titlePos = QPointF(left, y);
        QStringList parts{
            tr("As of %1").arg(QLocale().toString(asOf(), QStringLiteral("d MMMM yyyy")))};
        if (m_results.company.value) {
            parts << tr("Overall %1 (%2)")
                         .arg(QString::number(*m_results.company.value, 'f', 1),
                              statusLabel(m_results.company.status));
        }
        if (!m_options.pillar.isNull() && !view.pillars.empty())
            parts << tr("Pillar: %1").arg(view.pillars.front().name);
        if (!m_options.department.isNull()) {
            const Department *d = m_doc->department(m_options.department);
            parts << tr("Department: %1").arg(d ? d->name : m_options.department.value);
        }
        frame.subtitle = parts.join(QStringLiteral("  \u00b7  "));
        y += maptext::lineHeight(titleFont) * frame.titleLines.size() +
             maptext::lineHeight(t.font(t.subtitleSize)) + 18;
    }

    // Pillar headers: as tall as the longest wrapped name needs.
    frame.showColumnHeaders = !(columnCount == 1 && grid.columns.front().isNull());
    const QFont headerFont = t.font(t.pillarLabelSize, true);
    std::vector<QStringList> headerLines(columnCount);
    double headerHeight = 0;
    if (frame.showColumnHeaders) {
        headerHeight = t.pillarHeaderHeight;
        for (size_t c = 0; c < columnCount; ++c) {
            QString name = tr("No pillar");
            if (!grid.columns[c].isNull()) {
                for (const Pillar &p : view.pillars) {
                    if (p.id == grid.columns[c])
                        name = p.name;
                }
            }
            headerLines[c] = maptext::wrap(name, headerFont, g.columnX[c + 1] - g.columnX[c] - 28);
            headerHeight = std::max(headerHeight,
                                    maptext::lineHeight(headerFont) * headerLines[c].size() + 18);
        }
    }
    const double headerTop = y;
    y += headerHeight;

    // Lanes: as tall as their cards and their label need.
    const QFont laneFont = t.font(t.laneLabelSize, true);
    std::vector<QStringList> laneLines(laneCount);
    g.laneY.push_back(y);
    for (size_t l = 0; l < laneCount; ++l) {
        QString name;
        for (const Perspective &p : view.perspectives) {
            if (p.id == grid.lanes[l])
                name = p.name;
        }
        laneLines[l] = maptext::wrap(name, laneFont, t.laneLabelWidth - 30);
        const double labelHeight = maptext::lineHeight(laneFont) * laneLines[l].size() + 24;
        const double height =
            std::max({t.minLaneHeight, g.laneTopPadding[l] + laneContent[l] + t.cellPaddingBottom,
                      labelHeight});
        g.laneY.push_back(g.laneY.back() + height);
    }
    m_geometry = g;

    for (size_t l = 0; l < laneCount; ++l) {
        MapBackdropItem::Lane lane;
        lane.rect = g.laneRect(int(l));
        lane.labelRect =
            QRectF(QPointF(left, lane.rect.top()), QPointF(gridLeft, lane.rect.bottom()));
        lane.lines = laneLines[l];
        int index = int(l);
        QString color;
        for (size_t i = 0; i < view.perspectives.size(); ++i) {
            if (view.perspectives[i].id == grid.lanes[l])
                color = view.perspectives[i].color;
        }
        lane.color = t.entityColor(color, index);
        frame.lanes.push_back(lane);
    }
    for (size_t c = 0; c < columnCount; ++c) {
        MapBackdropItem::Column column;
        column.rect = g.columnRect(int(c));
        column.header =
            QRectF(g.columnX[c], headerTop, g.columnX[c + 1] - g.columnX[c], headerHeight);
        column.lines = headerLines[c];
        column.noPillar = grid.columns[c].isNull();
        QString color;
        int index = 4 + int(c);
        for (size_t i = 0; i < view.pillars.size(); ++i) {
            if (view.pillars[i].id == grid.columns[c]) {
                color = view.pillars[i].color;
                index = 4 + int(i);
            }
        }
        column.color = t.entityColor(color, index);
        frame.columns.push_back(column);
    }

    double bottom = g.laneY.back();
    m_legend->setVisible(m_options.showLegend);
    if (m_options.showLegend) {
        const double legendHeight = m_legend->layoutFor(right - left);
        m_legend->setPos(left, bottom + 18);
        bottom += 18 + legendHeight;
    }
    frame.bounds = QRectF(0, 0, right + t.margin, bottom + t.margin);
    m_backdrop->setFrame(frame);

    for (const layout::Placement &p : m_layout.placements) {
        if (ObjectiveCardItem *card = m_cards.value(p.id.value))
            card->setPos(g.cellOrigin(p.lane, p.column) + clampedPosition(p.position));
    }
    setSceneRect(frame.bounds);
}

void StrategyMapScene::syncLinks(const Scorecard &view)
{
    QSet<QString> alive;
    for (const Link &l : view.links) {
        const ObjectiveCardItem *from = m_cards.value(l.from.value);
        const ObjectiveCardItem *to = m_cards.value(l.to.value);
        if (!from || !to || from == to)
            continue;
        const QString key = l.key();
        alive.insert(key);
        LinkItem *item = m_links.value(key);
        if (!item) {
            item = new LinkItem(l, &m_theme);
            addItem(item);
            m_links.insert(key, item);
        }
        QString tip = tr("%1 drives %2").arg(from->content().name, to->content().name);
        if (!l.note.isEmpty())
            tip += QLatin1Char('\n') + l.note;
        item->setToolTip(tip);
    }
    for (auto it = m_links.begin(); it != m_links.end();) {
        if (alive.contains(it.key())) {
            ++it;
            continue;
        }
        LinkItem *gone = it.value();
        it = m_links.erase(it);
        delete gone;
    }
}

// ---------------------------------------------------------------------------
// Link routing
//
// Links run vertically out of and into cards (through gaps between the cards
// of the lanes they cross) and horizontally in the channels between lanes,
// each on a track of its own, with rounded corners. Tracks in a channel are
// ordered so that the vertical stubs of links cross as few tracks as
// possible. Side-by-side cards with nothing between them get a straight
// arrow; other links within a lane run in the channel above it.

namespace {

enum class Side { Top, Bottom, Left, Right };

/** A horizontal run of a link in the channel above a lane. */
struct Segment
{
    double lo = 0;
    double hi = 0;
    std::vector<double> downStubs; ///< x of its vertical parts towards the lane below
    std::vector<double> upStubs;   ///< x of its vertical parts towards the lane above
    int level = 0;
    double y = 0;
};

/** Crossings if @p s runs on a lower track than @p t (nearer the lane below). */
int crossingsIfBelow(const Segment &s, const Segment &t)
{
    int n = 0;
    for (double x : t.downStubs) // t's stubs down pass s's track
        n += x > s.lo && x < s.hi;
    for (double x : s.upStubs) // s's stubs up pass t's track
        n += x > t.lo && x < t.hi;
    return n;
}

/** A polyline with rounded corners. */
QPainterPath roundedPath(const std::vector<QPointF> &points, double radius)
{
    QPainterPath path(points.front());
    for (size_t i = 1; i + 1 < points.size(); ++i) {
        const QPointF &a = points[i - 1];
        const QPointF &p = points[i];
        const QPointF &b = points[i + 1];
        const double la = std::hypot(p.x() - a.x(), p.y() - a.y());
        const double lb = std::hypot(b.x() - p.x(), b.y() - p.y());
        const double r = std::min({radius, la / 2, lb / 2});
        if (r < 0.5) {
            path.lineTo(p);
            continue;
        }
        path.lineTo(p + (a - p) * (r / la));
        path.quadTo(p, p + (b - p) * (r / lb));
    }
    path.lineTo(points.back());
    return path;
}

} // namespace

std::vector<double> StrategyMapScene::routeLinks()
{
    const int laneCount = m_geometry.laneCount();
    std::vector<double> extra(size_t(std::max(0, laneCount)), 0.0);
    if (m_links.isEmpty() || laneCount == 0)
        return extra;
    const MapTheme &t = m_theme;
    const MapGeometry &g = m_geometry;
    const QRectF grid = g.gridRect();
    constexpr double kTrack = 9;      // preferred distance between tracks
    constexpr double kCorner = 12;    // corner radius
    constexpr double kClearance = 10; // between a track and the cards
    constexpr double kMaxExtraTrackRoom = 480;

    // Cards by the lane they are drawn in now (a dragged card counts where it is).
    QHash<QString, QRectF> rects;
    std::vector<std::vector<std::pair<double, double>>> blocked(static_cast<size_t>(laneCount));
    std::vector<double> cardsTop(static_cast<size_t>(laneCount)),
        cardsBottom(static_cast<size_t>(laneCount));
    for (int l = 0; l < laneCount; ++l) {
        cardsTop[size_t(l)] = g.laneY[size_t(l)] + g.laneTopPadding[size_t(l)];
        cardsBottom[size_t(l)] = g.laneY[size_t(l) + 1] - t.cellPaddingBottom;
    }
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
        const QRectF r(it.value()->pos(), QSizeF(it.value()->width(), it.value()->height()));
        rects.insert(it.key(), r);
        const size_t lane = size_t(g.laneAt(r.center().y()));
        blocked[lane].emplace_back(r.left() - kObstacleMargin, r.right() + kObstacleMargin);
        cardsTop[lane] = std::min(cardsTop[lane], r.top());
        cardsBottom[lane] = std::max(cardsBottom[lane], r.bottom());
    }
    // The free intervals of each lane, where links can pass through it.
    std::vector<std::vector<std::pair<double, double>>> gaps(blocked.size());
    for (size_t l = 0; l < blocked.size(); ++l) {
        auto &b = blocked[l];
        std::sort(b.begin(), b.end());
        double x = grid.left() + 6;
        for (const auto &[lo, hi] : b) {
            if (lo > x)
                gaps[l].emplace_back(x, lo);
            x = std::max(x, hi);
        }
        if (x < grid.right() - 6)
            gaps[l].emplace_back(x, grid.right() - 6);
    }

    enum class Kind { Channels, Straight, Direct };
    struct Waypoint
    {
        int lane;
        int gap;
        double ideal;
        double x;
    };
    struct Route
    {
        LinkItem *item = nullptr;
        QRectF a, b;
        Kind kind = Kind::Channels;
        Side sideA = Side::Top;
        Side sideB = Side::Bottom;
        std::vector<int> channels; ///< the channel of each horizontal run, in order
        std::vector<Waypoint> waypoints;
        QPointF start, tip;
        bool startShared = false; ///< other links leave or enter the same side of the card
        bool tipShared = false;
        /**
         * Set when a card stacked above or below in the same cell covers the
         * whole side a link would leave or enter by: the link leaves (enters)
         * by the card's left or right side here and turns up or down beside it.
         */
        std::optional<QPointF> startBorder, tipBorder;
        std::vector<size_t> segments; ///< indices into the segment list, per run
    };
    std::vector<Route> routes;
    routes.reserve(size_t(m_links.size()));
    // In the document's order (not the hash's): the same file always gives the same picture.
    std::vector<LinkItem *> items;
    items.reserve(size_t(m_links.size()));
    for (const Link &l : m_doc->scorecard().links) {
        if (LinkItem *item = m_links.value(l.key()))
            items.push_back(item);
    }
    for (LinkItem *item : items) {
        Route r;
        r.item = item;
        r.a = rects.value(item->from().value);
        r.b = rects.value(item->to().value);
        const int la = g.laneAt(r.a.center().y());
        const int lb = g.laneAt(r.b.center().y());
        if (r.b.bottom() <= r.a.top() && lb < la) {
            for (int c = la; c > lb; --c)
                r.channels.push_back(c); // up: the channel above each lane left behind
        } else if (r.b.top() >= r.a.bottom() && lb > la) {
            r.sideA = Side::Bottom;
            r.sideB = Side::Top;
            for (int c = la + 1; c <= lb; ++c)
                r.channels.push_back(c);
        } else if (la == lb && r.a.bottom() > r.b.top() && r.b.bottom() > r.a.top()) {
            // Side by side: a straight arrow if nothing stands between them, else over the top.
            const bool aLeft = r.a.center().x() < r.b.center().x();
            const QRectF &l = aLeft ? r.a : r.b;
            const QRectF &rr = aLeft ? r.b : r.a;
            const double top = std::max(l.top(), rr.top());
            const double bottom = std::min(l.bottom(), rr.bottom());
            bool clear = rr.left() - l.right() > 2 * LinkItem::kArrowLength && bottom - top > 12;
            const QRectF corridor(QPointF(l.right(), top), QPointF(rr.left(), bottom));
            for (auto it = rects.begin(); it != rects.end() && clear; ++it) {
                if (it.key() != item->from().value && it.key() != item->to().value &&
                    it.value().intersects(corridor))
                    clear = false;
            }
            if (clear) {
                r.kind = Kind::Straight;
                r.sideA = aLeft ? Side::Right : Side::Left;
                r.sideB = aLeft ? Side::Left : Side::Right;
            } else {
                r.sideB = Side::Top;
                r.channels.push_back(la);
            }
        } else {
            // Overlapping cards (while dragging) or rows within one cell: a direct curve.
            r.kind = Kind::Direct;
            const bool up = r.b.center().y() < r.a.center().y();
            r.sideA = up ? Side::Top : Side::Bottom;
            r.sideB = up ? Side::Bottom : Side::Top;
        }
        // Through each lane between the two: the nearest gap between that lane's cards.
        for (size_t k = 1; k < r.channels.size(); ++k) {
            const bool up = r.sideA == Side::Top;
            const int m = up ? r.channels[k] : r.channels[k] - 1;
            const QRectF lane = g.laneRect(m);
            const double f =
                (lane.center().y() - r.a.center().y()) / (r.b.center().y() - r.a.center().y());
            const double ideal = r.a.center().x() + f * (r.b.center().x() - r.a.center().x());
            const auto &free = gaps[size_t(m)];
            int best = -1;
            double bestDistance = 0;
            for (size_t j = 0; j < free.size(); ++j) {
                const double d = ideal < free[j].first    ? free[j].first - ideal
                                 : ideal > free[j].second ? ideal - free[j].second
                                                          : 0.0;
                if (best < 0 || d < bestDistance) {
                    best = int(j);
                    bestDistance = d;
                }
            }
            r.waypoints.push_back({m, std::max(0, best), ideal, ideal});
        }
        routes.push_back(std::move(r));
    }

    // Links through the same gap of a lane: in the order they want to go, kept apart.
    std::map<std::pair<int, int>, std::vector<Waypoint *>> throughGap;
    for (Route &r : routes) {
        for (Waypoint &w : r.waypoints) {
            if (!gaps[size_t(w.lane)].empty())
                throughGap[{w.lane, w.gap}].push_back(&w);
        }
    }
    for (auto &[key, points] : throughGap) {
        const auto [lo, hi] = gaps[size_t(key.first)][size_t(key.second)];
        const double min = lo + 4;
        const double max = std::max(min, hi - 4);
        std::sort(points.begin(), points.end(),
                  [](const Waypoint *a, const Waypoint *b) { return a->ideal < b->ideal; });
        for (Waypoint *w : points)
            w->x = std::clamp(w->ideal, min, max);
        for (size_t k = 1; k < points.size(); ++k)
            points[k]->x = std::max(points[k]->x, points[k - 1]->x + kMinLinkSpacing);
        points.back()->x = std::min(points.back()->x, max);
        for (size_t k = points.size() - 1; k-- > 0;)
            points[k]->x = std::min(points[k]->x, points[k + 1]->x - kMinLinkSpacing);
        for (Waypoint *w : points)
            w->x = std::max(w->x, lo + 2);
    }

    // Where each link leaves and enters: spread along the card's side, ordered by where
    // the link goes, so that the links of one card do not cross next to it.
    struct End
    {
        Route *route;
        bool isStart;
        double key;
    };
    QHash<QString, std::vector<End>> ends; // card id + side
    auto sideKey = [](const ObjectiveId &id, Side side) {
        return id.value + QChar(0x1f) + QChar(u'0' + int(side));
    };
    for (Route &r : routes) {
        const bool horizontal = r.sideA == Side::Left || r.sideA == Side::Right;
        const double towardB = horizontal            ? r.b.center().y()
                               : r.waypoints.empty() ? r.b.center().x()
                                                     : r.waypoints.front().x;
        const double towardA = horizontal            ? r.a.center().y()
                               : r.waypoints.empty() ? r.a.center().x()
                                                     : r.waypoints.back().x;
        ends[sideKey(r.item->from(), r.sideA)].push_back({&r, true, towardB});
        ends[sideKey(r.item->to(), r.sideB)].push_back({&r, false, towardA});
    }
    for (auto it = ends.begin(); it != ends.end(); ++it) {
        std::vector<End> &list = it.value();
        const End &first = list.front();
        const Side side = first.isStart ? first.route->sideA : first.route->sideB;
        const QRectF card = first.isStart ? first.route->a : first.route->b;
        std::stable_sort(list.begin(), list.end(),
                         [](const End &a, const End &b) { return a.key < b.key; });
        const size_t n = list.size();
        const bool horizontal = side == Side::Left || side == Side::Right;
        const double length = horizontal ? card.height() : card.width();
        const double span = n <= 1 ? 0.0 : std::min(horizontal ? 0.5 : 0.7, 0.18 * double(n - 1));
        for (size_t k = 0; k < n; ++k) {
            const double f = n <= 1 ? 0.0 : (double(k) / double(n - 1) - 0.5) * span;
            QPointF p;
            switch (side) {
            case Side::Top:
                p = QPointF(card.center().x() + f * length, card.top());
                break;
            case Side::Bottom:
                p = QPointF(card.center().x() + f * length, card.bottom());
                break;
            case Side::Left:
                p = QPointF(card.left(), card.center().y() + f * length);
                break;
            case Side::Right:
                p = QPointF(card.right(), card.center().y() + f * length);
                break;
            }
            (list[k].isStart ? list[k].route->start : list[k].route->tip) = p;
            (list[k].isStart ? list[k].route->startShared : list[k].route->tipShared) = n > 1;
        }
    }
    // A short jog between two lanes: straighten it where one end has its side to itself.
    for (Route &r : routes) {
        if (r.kind != Kind::Channels || r.channels.size() != 1 || r.sideA == r.sideB)
            continue;
        const double dx = r.tip.x() - r.start.x();
        if (std::abs(dx) >= 24 || std::abs(dx) < 0.5)
            continue;
        if (!r.tipShared && r.start.x() > r.b.left() + 10 && r.start.x() < r.b.right() - 10)
            r.tip.setX(r.start.x());
        else if (!r.startShared && r.tip.x() > r.a.left() + 10 && r.tip.x() < r.a.right() - 10)
            r.start.setX(r.tip.x());
    }

    // Card stubs of two links in one channel must not line up: they would read as one link.
    struct Stub
    {
        Route *route;
        bool isStart;
        int channel;
        double toward; // the x the link runs to from here
    };
    std::vector<Stub> stubs;
    for (Route &r : routes) {
        if (r.kind != Kind::Channels || r.channels.empty())
            continue;
        stubs.push_back({&r, true, r.channels.front(),
                         r.waypoints.empty() ? r.tip.x() : r.waypoints.front().x});
        stubs.push_back({&r, false, r.channels.back(),
                         r.waypoints.empty() ? r.start.x() : r.waypoints.back().x});
    }
    auto stubPoint = [](const Stub &s) -> QPointF & {
        return s.isStart ? s.route->start : s.route->tip;
    };
    std::stable_sort(stubs.begin(), stubs.end(),
                     [](const Stub &a, const Stub &b) { return a.channel < b.channel; });
    for (size_t j = 0; j < stubs.size(); ++j) {
        for (size_t i = j; i-- > 0 && stubs[i].channel == stubs[j].channel;) {
            const Stub &fixed = stubs[i];
            const Stub &moving = stubs[j];
            QPointF &p = stubPoint(moving);
            const double x = stubPoint(fixed).x();
            if (fixed.route == moving.route || std::abs(x - p.x()) >= kMinLinkSpacing)
                continue;
            const QRectF card = moving.isStart ? moving.route->a : moving.route->b;
            const double lo = card.left() + 10;
            const double hi = card.right() - 10;
            const double dir = moving.toward >= p.x() ? 1 : -1;
            double moved = std::clamp(x + dir * 16, lo, hi);
            if (std::abs(moved - x) < kMinLinkSpacing)
                moved = std::clamp(x - dir * 16, lo, hi);
            p.setX(moved);
        }
    }

    std::vector<std::vector<std::pair<QString, QRectF>>> laneCards(static_cast<size_t>(laneCount));
    for (auto it = rects.begin(); it != rects.end(); ++it)
        laneCards[size_t(g.laneAt(it.value().center().y()))].emplace_back(it.key(), it.value());
    // A stub must not pass through another card of its own lane (cards in rows above or
    // below it): slide it along its card's side to where nothing stands in its way.
    auto clearStub = [&](QPointF &p, std::optional<QPointF> &border, const QRectF &card,
                         bool upward, const QString &self, bool isStart) {
        const int lane = g.laneAt(card.center().y());
        std::vector<std::pair<double, double>> covered;
        for (const auto &[id, o] : laneCards[size_t(lane)]) {
            if (id == self)
                continue;
            if (upward ? o.top() >= card.top() : o.bottom() <= card.bottom())
                continue;
            covered.emplace_back(o.left() - 6, o.right() + 6);
        }
        auto blockedAt = [&covered](double x) {
            return std::any_of(covered.begin(), covered.end(),
                               [x](const auto &c) { return x > c.first && x < c.second; });
        };
        if (!blockedAt(p.x()))
            return;
        std::vector<double> candidates{card.left() + 8, card.right() - 8};
        for (const auto &[lo, hi] : covered) {
            candidates.push_back(lo);
            candidates.push_back(hi);
        }
        double best = p.x();
        double bestDistance = std::numeric_limits<double>::max();
        for (double x : candidates) {
            if (x < card.left() + 4 || x > card.right() - 4 || blockedAt(x))
                continue;
            if (std::abs(x - p.x()) < bestDistance) {
                bestDistance = std::abs(x - p.x());
                best = x;
            }
        }
        if (bestDistance < std::numeric_limits<double>::max()) {
            p.setX(best);
            return;
        }
        // The whole side is covered: out of the left or right side, then up or down beside it.
        // Links out below links in, on a line of their own: two never share a run.
        const double y = card.center().y() + (isStart ? 6 : -6);
        const double away = isStart ? 12 : 22;
        for (const double x : {card.left() - away, card.right() + away}) {
            const double edge = x < card.left() ? card.left() : card.right();
            const QRectF leg(QPointF(std::min(x, edge), y - 1), QPointF(std::max(x, edge), y + 1));
            bool clear = !blockedAt(x);
            for (const auto &[id, o] : laneCards[size_t(lane)])
                clear = clear && (id == self || !o.adjusted(-4, -4, 4, 4).intersects(leg));
            if (clear) {
                border = QPointF(x < card.left() ? card.left() : card.right(), y);
                p = QPointF(x, y);
                return;
            }
        }
    };
    for (Route &r : routes) {
        if (r.kind != Kind::Channels)
            continue;
        clearStub(r.start, r.startBorder, r.a, r.sideA == Side::Top, r.item->from().value, true);
        clearStub(r.tip, r.tipBorder, r.b, r.sideB == Side::Top, r.item->to().value, false);
    }

    // Horizontal runs per channel, then their tracks.
    std::vector<Segment> segments;
    std::vector<std::vector<size_t>> byChannel(static_cast<size_t>(laneCount));
    for (Route &r : routes) {
        if (r.kind != Kind::Channels)
            continue;
        std::vector<double> xs{r.start.x()};
        for (const Waypoint &w : r.waypoints)
            xs.push_back(w.x);
        xs.push_back(r.tip.x());
        const bool sameLane = r.sideA == Side::Top && r.sideB == Side::Top;
        const bool up = r.sideA == Side::Top;
        for (size_t k = 0; k < r.channels.size(); ++k) {
            Segment s;
            s.lo = std::min(xs[k], xs[k + 1]);
            s.hi = std::max(xs[k], xs[k + 1]);
            if (sameLane) {
                s.downStubs = {xs[k], xs[k + 1]};
            } else if (up) {
                s.downStubs = {xs[k]};
                s.upStubs = {xs[k + 1]};
            } else {
                s.upStubs = {xs[k]};
                s.downStubs = {xs[k + 1]};
            }
            r.segments.push_back(segments.size());
            byChannel[size_t(r.channels[k])].push_back(segments.size());
            segments.push_back(std::move(s));
        }
    }
    for (int c = 0; c < laneCount; ++c) {
        std::vector<size_t> order; // from the track nearest the lane below upwards
        for (size_t index : byChannel[size_t(c)]) {
            // Insert where the new run crosses the fewest stubs: cost(p) over every place p,
            // updated in O(1) from p to p + 1.
            const Segment &s = segments[index];
            int cost = 0;
            for (size_t q : order)
                cost += crossingsIfBelow(s, segments[q]);
            int bestCost = cost;
            size_t best = 0;
            for (size_t p = 0; p < order.size(); ++p) {
                const Segment &o = segments[order[p]];
                cost += crossingsIfBelow(o, s) - crossingsIfBelow(s, o);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = p + 1;
                }
            }
            order.insert(order.begin() + std::ptrdiff_t(best), index);
        }
        int levels = 0;
        for (size_t i = 0; i < order.size(); ++i) {
            Segment &s = segments[order[i]];
            s.level = 0;
            for (size_t j = 0; j < i; ++j) {
                const Segment &o = segments[order[j]];
                if (o.lo < s.hi + kTrack && s.lo < o.hi + kTrack)
                    s.level = std::max(s.level, o.level + 1);
            }
            levels = std::max(levels, s.level + 1);
        }
        if (levels == 0)
            continue;
        // The channel: between the cards of the lane above and those of lane c.
        const double top = c == 0 ? g.laneY[0] + 4 : cardsBottom[size_t(c) - 1] + kClearance;
        const double bottom = cardsTop[size_t(c)] - LinkItem::kArrowLength - kClearance;
        // Beyond a couple of dozen tracks, very large maps pack them closer instead of growing.
        const double needed = std::min(levels - 1, 24) * kTrack + std::max(0, levels - 25) * 3.0;
        if (needed > bottom - top)
            extra[size_t(c)] = std::min(needed - (bottom - top), kMaxExtraTrackRoom);
        const double spacing =
            levels > 1 ? std::min(kTrack, std::max(2.0, (bottom - top) / (levels - 1))) : 0.0;
        const double lowest = (top + bottom) / 2 + spacing * (levels - 1) / 2;
        for (size_t index : order)
            segments[index].y = lowest - segments[index].level * spacing;
    }

    for (Route &r : routes) {
        QPointF direction;
        QPainterPath path;
        if (r.kind == Kind::Straight) {
            direction = QPointF(r.tip.x() > r.start.x() ? 1 : -1, 0);
            const QPointF end = r.tip - direction * LinkItem::kArrowLength;
            const double dx = (end.x() - r.start.x()) / 2;
            path = QPainterPath(r.start);
            path.cubicTo(r.start + QPointF(dx, 0), end - QPointF(dx, 0), end);
        } else if (r.kind == Kind::Direct) {
            direction = QPointF(0, r.sideB == Side::Bottom ? -1 : 1);
            const QPointF end = r.tip - direction * LinkItem::kArrowLength;
            const double dy = (end.y() - r.start.y()) / 2;
            path = QPainterPath(r.start);
            path.cubicTo(r.start + QPointF(0, dy), end - QPointF(0, dy), end);
        } else {
            direction = QPointF(0, r.sideB == Side::Bottom ? -1 : 1);
            std::vector<QPointF> points;
            if (r.startBorder)
                points.push_back(*r.startBorder);
            points.push_back(r.start);
            double x = r.start.x();
            for (size_t k = 0; k < r.segments.size(); ++k) {
                const Segment &s = segments[r.segments[k]];
                const double next = k < r.waypoints.size() ? r.waypoints[k].x : r.tip.x();
                points.emplace_back(x, s.y);
                points.emplace_back(next, s.y);
                x = next;
            }
            QPointF tip = r.tip;
            if (r.tipBorder) {
                // Down (or up) beside the card, then sideways into it.
                points.push_back(r.tip);
                tip = *r.tipBorder;
                direction = QPointF(r.tip.x() < tip.x() ? 1 : -1, 0);
            }
            points.push_back(tip - direction * LinkItem::kArrowLength);
            // Drop points that do not turn (a run without horizontal extent).
            std::vector<QPointF> turns{points.front()};
            for (size_t i = 1; i + 1 < points.size(); ++i) {
                const QPointF &a = turns.back();
                const QPointF &p = points[i];
                const QPointF &b = points[i + 1];
                const bool straight =
                    (std::abs(a.x() - p.x()) < 0.5 && std::abs(p.x() - b.x()) < 0.5) ||
                    (std::abs(a.y() - p.y()) < 0.5 && std::abs(p.y() - b.y()) < 0.5);
                if (!straight)
                    turns.push_back(p);
            }
            turns.push_back(points.back());
            path = roundedPath(turns, kCorner);
            if (r.tipBorder) {
                r.item->setRoute(path, *r.tipBorder, direction);
                continue;
            }
        }
        r.item->setRoute(path, r.tip, direction);
    }
    return extra;
}

void StrategyMapScene::updateEmphasis()
{
    if (m_syncing)
        return; // sync() calls it once the items are in place
    QSet<QString> selectedCards;
    QSet<QString> selectedLinks;
    const QList<QGraphicsItem *> selection = selectedItems();
    for (QGraphicsItem *item : selection) {
        if (item->type() == ObjectiveCardItem::Type)
            selectedCards.insert(static_cast<ObjectiveCardItem *>(item)->id().value);
        else if (item->type() == LinkItem::Type)
            selectedLinks.insert(static_cast<LinkItem *>(item)->key());
    }
    const bool focus = !selectedCards.isEmpty() || !selectedLinks.isEmpty();
    QSet<QString> related;
    for (LinkItem *link : std::as_const(m_links)) {
        const bool touches = selectedCards.contains(link->from().value) ||
                             selectedCards.contains(link->to().value) ||
                             selectedLinks.contains(link->key());
        link->setEmphasis(!focus    ? LinkItem::Emphasis::Normal
                          : touches ? LinkItem::Emphasis::Related
                                    : LinkItem::Emphasis::Dimmed);
        if (touches) {
            related.insert(link->from().value);
            related.insert(link->to().value);
        }
    }
    for (ObjectiveCardItem *card : std::as_const(m_cards)) {
        const QString &id = card->id().value;
        if (!focus || selectedCards.contains(id))
            card->setEmphasis(ObjectiveCardItem::Emphasis::Normal);
        else if (related.contains(id))
            card->setEmphasis(ObjectiveCardItem::Emphasis::Related);
        else
            card->setEmphasis(ObjectiveCardItem::Emphasis::Dimmed);
    }
}

void StrategyMapScene::setEditingFlags()
{
    const bool editable = isEditable();
    for (ObjectiveCardItem *card : std::as_const(m_cards))
        card->setEditable(editable);
}

// ---------------------------------------------------------------------------
// Edits

Result<void> StrategyMapScene::pushCommand(Result<std::unique_ptr<QUndoCommand>> command)
{
    if (!command)
        return fail(command.error());
    auto pushed = m_doc->push(std::move(command).value());
    if (!pushed)
        sync(); // show the document as it is again
    return pushed;
}

Result<void> StrategyMapScene::pushAll(
    const QString &text,
    const std::vector<std::function<Result<std::unique_ptr<QUndoCommand>>()>> &makers)
{
    if (makers.size() == 1) {
        auto command = makers.front()();
        if (command && !command.value())
            return {};
        return pushCommand(std::move(command));
    }
    QUndoStack *stack = m_doc->undoStack();
    const int before = stack->index();
    QString error;
    {
        const UndoMacroGuard macro(stack, text);
        for (const auto &make : makers) {
            auto command = make();
            if (!command) {
                error = command.error();
                break;
            }
            if (!command.value())
                continue; // a step that only noted something
            if (auto r = m_doc->push(std::move(command).value()); !r) {
                error = r.error();
                break;
            }
        }
    }
    if (!error.isEmpty()) {
        if (stack->index() > before)
            stack->undo(); // no half-done step stays behind
        sync();
        return fail(error);
    }
    return {};
}

Result<void> StrategyMapScene::autoLayout()
{
    if (!isEditable())
        return fail(tr("The map cannot be changed: the file is read-only."));
    const layout::MapLayout computed = layout::computeLayout(m_doc->scorecard(), layoutOptions());
    QHash<ObjectiveId, QPointF> positions;
    for (const layout::Placement &p : computed.placements) {
        const Objective *o = m_doc->objective(p.id);
        if (o && o->position != p.position)
            positions.insert(p.id, p.position);
    }
    if (positions.isEmpty())
        return fail(tr("The map is already laid out."));
    return pushCommand(MoveObjectivesCommand::create(*m_doc, positions));
}

Result<ObjectiveId> StrategyMapScene::addObjectiveAt(const QPointF &scenePos, const QString &name)
{
    if (!isEditable())
        return fail(tr("The map cannot be changed: the file is read-only."));
    if (!m_geometry.gridRect().contains(scenePos))
        return fail(tr("Double-click inside a lane to add an objective there."));
    const int lane = m_geometry.laneAt(scenePos.y());
    const int column = m_geometry.columnAt(scenePos.x());
    Objective o;
    o.name = name.isEmpty() ? tr("New objective") : name;
    o.perspective = m_layout.grid.lanes[size_t(lane)];
    o.pillar = m_layout.grid.columns[size_t(column)];
    o.position =
        rounded(clampedPosition(scenePos - m_geometry.cellOrigin(lane, column) -
                                QPointF(m_theme.cardWidth / 2, m_theme.cardMinHeight / 2)));

    // The cards the layout placed stay where they are shown: store their positions too.
    const QHash<ObjectiveId, QPointF> pins = unstoredPositions();
    m_lastAddedObjective.clear();
    std::vector<std::function<Result<std::unique_ptr<QUndoCommand>>()>> makers;
    makers.push_back([this, o] { return AddEntityCommand<Objective>::create(*m_doc, o); });
    if (!pins.isEmpty())
        makers.push_back([this, pins] { return MoveObjectivesCommand::create(*m_doc, pins); });
    if (auto r = pushAll(tr("Add objective \u201c%1\u201d").arg(o.name), makers); !r)
        return fail(r.error());
    return ObjectiveId(m_lastAddedObjective);
}

Result<void> StrategyMapScene::addLink(const ObjectiveId &from, const ObjectiveId &to)
{
    if (!isEditable())
        return fail(tr("The map cannot be changed: the file is read-only."));
    Link link;
    link.from = from;
    link.to = to;
    auto command = AddEntityCommand<Link>::create(*m_doc, link); // refuses self-links, duplicates
    if (!command)
        return fail(command.error());
    const QList<ObjectiveId> loop = cycleThrough(m_doc->scorecard(), from, to);
    if (!loop.isEmpty()) {
        QStringList names;
        for (const ObjectiveId &id : loop) {
            const Objective *o = m_doc->objective(id);
            names << (o ? o->name : id.value);
        }
        const QString chain = names.join(QStringLiteral(" \u2192 "));
        const QString question =
            tr("This link closes a loop of causes and effects:\n%1\n\nAdd it anyway?").arg(chain);
        if (!m_confirm || !m_confirm(question))
            return fail(tr("The link was not added: it would close a loop (%1).").arg(chain));
    }
    return pushCommand(std::move(command));
}

Result<void> StrategyMapScene::removeSelected()
{
    if (!isEditable())
        return fail(tr("The map cannot be changed: the file is read-only."));
    std::vector<Link> links;
    std::vector<ObjectiveId> objectives;
    const QList<QGraphicsItem *> selection = selectedItems();
    for (QGraphicsItem *item : selection) {
        if (item->type() == LinkItem::Type) {
            auto *l = static_cast<LinkItem *>(item);
            links.push_back(Link{l->from(), l->to(), {}, 0});
        } else if (item->type() == ObjectiveCardItem::Type) {
            objectives.push_back(static_cast<ObjectiveCardItem *>(item)->id());
        }
    }
    // In the document's order, so the command does not depend on the selection's order.
    const auto &all = m_doc->scorecard();
    std::vector<std::function<Result<std::unique_ptr<QUndoCommand>>()>> makers;
    for (const Link &l : all.links) {
        if (std::find(links.begin(), links.end(), Link{l.from, l.to, {}, 0}) != links.end()) {
            const bool endGoes =
                std::find(objectives.begin(), objectives.end(), l.from) != objectives.end() ||
                std::find(objectives.begin(), objectives.end(), l.to) != objectives.end();
            if (!endGoes) // otherwise removing the objective removes the link
                makers.push_back(
                    [this, l] { return RemoveEntityCommand<Link>::create(*m_doc, l); });
        }
    }
    for (const Objective &o : all.objectives) {
        if (std::find(objectives.begin(), objectives.end(), o.id) != objectives.end())
            makers.push_back(
                [this, o] { return RemoveEntityCommand<Objective>::create(*m_doc, o); });
    }
    if (makers.empty())
        return fail(tr("Select objectives or links to delete."));
    return pushAll(tr("Delete %n item(s)", nullptr, int(makers.size())), makers);
}

Result<void> StrategyMapScene::renameObjective(const ObjectiveId &id, const QString &name)
{
    const Objective *o = m_doc->objective(id);
    if (!o)
        return fail(tr("There is no objective \u201c%1\u201d.").arg(id.value));
    Objective changed = *o;
    changed.name = name.simplified();
    return pushCommand(ChangeEntityCommand<Objective>::create(*m_doc, changed));
}

Result<void> StrategyMapScene::commitMoves(const QHash<ObjectiveId, QPointF> &moved, MoveMode mode)
{
    if (!isEditable()) {
        sync();
        return fail(tr("The map cannot be changed: the file is read-only."));
    }
    QHash<ObjectiveId, QPointF> positions;
    std::vector<Objective> recelled; // dropped into another lane or pillar column
    for (auto it = moved.begin(); it != moved.end(); ++it) {
        const Objective *o = m_doc->objective(it.key());
        const ObjectiveCardItem *card = cardItem(it.key());
        if (!o || !card || m_geometry.laneCount() == 0)
            continue;
        const QPointF centre = it.value() + QPointF(card->width() / 2, card->height() / 2);
        int lane = m_geometry.laneAt(centre.y());
        int column = m_geometry.columnAt(centre.x());
        if (mode == MoveMode::StayInCell)
            std::tie(lane, column) = cellOf(o->id);
        if (lane < 0 || column < 0)
            continue;
        const QPointF position =
            rounded(clampedPosition(it.value() - m_geometry.cellOrigin(lane, column)));
        const PerspectiveId perspective = m_layout.grid.lanes[size_t(lane)];
        const PillarId pillar = m_layout.grid.columns[size_t(column)];
        const int currentColumn = m_layout.grid.columnOf(o->pillar);
        const bool samePillar = currentColumn == column || (pillar.isNull() && o->pillar.isNull());
        if (perspective != o->perspective || !samePillar) {
            Objective changed = *o;
            changed.perspective = perspective;
            changed.pillar = pillar;
            changed.position = position;
            recelled.push_back(changed);
        } else if (o->position != position) {
            positions.insert(o->id, position);
        }
    }
    // Cards the layout placed stay where they are shown: store their positions too.
    const QHash<ObjectiveId, QPointF> pins = unstoredPositions();
    for (auto it = pins.begin(); it != pins.end(); ++it) {
        if (!moved.contains(it.key()))
            positions.insert(it.key(), it.value());
    }
    std::vector<std::function<Result<std::unique_ptr<QUndoCommand>>()>> makers;
    if (!positions.isEmpty())
        makers.push_back(
            [this, positions] { return MoveObjectivesCommand::create(*m_doc, positions); });
    for (const Objective &o : recelled)
        makers.push_back([this, o] { return ChangeEntityCommand<Objective>::create(*m_doc, o); });
    if (makers.empty()) {
        sync(); // dropped where it was: put the card back exactly
        return {};
    }
    const int n = int(moved.size());
    return pushAll(n == 1 ? tr("Move objective") : tr("Move %n objective(s)", nullptr, n), makers);
}

void StrategyMapScene::startRename(const ObjectiveId &id)
{
    ObjectiveCardItem *card = cardItem(id);
    if (!card || !isEditable())
        return;
    if (m_editor)
        finishRename(false);
    const QRectF r = card->nameRect();
    auto *editor = new NameEditorItem(id, card->content().name,
                                      m_theme.font(m_theme.nameSize, true), r.width() + 6, card);
    editor->setPos(r.topLeft() - QPointF(4, 3));
    editor->setDefaultTextColor(Qt::black);
    connect(editor, &NameEditorItem::finished, this, &StrategyMapScene::finishRename);
    m_editor = editor;
    clearSelection();
    editor->setFocus(Qt::OtherFocusReason);
}

void StrategyMapScene::finishRename(bool accepted)
{
    NameEditorItem *editor = m_editor;
    if (!editor)
        return;
    m_editor = nullptr;
    const ObjectiveId id = editor->objective();
    const QString name = editor->name();
    editor->hide();
    editor->deleteLater();
    if (!accepted)
        return;
    const Objective *o = m_doc->objective(id);
    if (!o || name == o->name)
        return;
    if (name.isEmpty()) {
        Q_EMIT errorOccurred(tr("An objective needs a name."));
        return;
    }
    if (auto r = renameObjective(id, name); !r)
        Q_EMIT errorOccurred(r.error());
}

// ---------------------------------------------------------------------------
// Mouse and keyboard

ObjectiveCardItem *StrategyMapScene::cardAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> under = items(scenePos);
    for (QGraphicsItem *item : under) {
        if (item == m_connectLine)
            continue;
        for (QGraphicsItem *i = item; i; i = i->parentItem()) {
            if (i->type() == ObjectiveCardItem::Type)
                return static_cast<ObjectiveCardItem *>(i);
        }
    }
    return nullptr;
}

void StrategyMapScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && isEditable()) {
        const QList<QGraphicsItem *> under = items(event->scenePos());
        for (QGraphicsItem *item : under) {
            if (item->type() == ConnectHandleItem::Type && item->isVisible() &&
                item->parentItem()) {
                m_connectFrom = static_cast<ObjectiveCardItem *>(item->parentItem())->id();
                m_connectLine = new QGraphicsPathItem;
                m_connectLine->setPen(QPen(m_theme.accent, 2, Qt::DashLine, Qt::RoundCap));
                m_connectLine->setZValue(50);
                addItem(m_connectLine);
                event->accept();
                return;
            }
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_dragStart.clear();
    if (event->button() == Qt::LeftButton && isEditable() && mouseGrabberItem() &&
        mouseGrabberItem()->type() == ObjectiveCardItem::Type) {
        const QList<QGraphicsItem *> selection = selectedItems();
        for (QGraphicsItem *item : selection) {
            if (item->type() == ObjectiveCardItem::Type)
                m_dragStart.insert(static_cast<ObjectiveCardItem *>(item)->id(), item->pos());
        }
    }
}

void StrategyMapScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        const ObjectiveCardItem *from = cardItem(m_connectFrom);
        if (from) {
            const QPointF start = from->connectHandle()->scenePos();
            QPainterPath path(start);
            path.lineTo(event->scenePos());
            m_connectLine->setPath(path);
        }
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    if (!m_dragStart.isEmpty() && (event->buttons() & Qt::LeftButton))
        (void)routeLinks(); // arrows follow the cards while they are dragged
}

void StrategyMapScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
        const ObjectiveId from = m_connectFrom;
        m_connectFrom = ObjectiveId();
        if (ObjectiveCardItem *target = cardAt(event->scenePos())) {
            if (auto r = addLink(from, target->id()); !r)
                Q_EMIT errorOccurred(r.error());
        }
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (m_dragStart.isEmpty())
        return;
    QHash<ObjectiveId, QPointF> moved;
    for (auto it = m_dragStart.begin(); it != m_dragStart.end(); ++it) {
        const ObjectiveCardItem *card = cardItem(it.key());
        if (card && card->pos() != it.value())
            moved.insert(it.key(), card->pos());
    }
    m_dragStart.clear();
    if (!moved.isEmpty()) {
        if (auto r = commitMoves(moved); !r)
            Q_EMIT errorOccurred(r.error());
    }
}

void StrategyMapScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && isEditable()) {
        if (ObjectiveCardItem *card = cardAt(event->scenePos())) {
            startRename(card->id());
            event->accept();
            return;
        }
        if (m_geometry.gridRect().contains(event->scenePos())) {
            auto added = addObjectiveAt(event->scenePos());
            if (added)
                startRename(*added);
            else
                Q_EMIT errorOccurred(added.error());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void StrategyMapScene::keyPressEvent(QKeyEvent *event)
{
    if (m_editor && focusItem() == m_editor) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    if (isEditable()) {
        const bool arrow = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right ||
                           event->key() == Qt::Key_Up || event->key() == Qt::Key_Down;
        if (arrow && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            // Nudge: 10 units, 1 with Shift; one undo step per burst of key presses.
            const double step = (event->modifiers() & Qt::ShiftModifier) ? 1 : 10;
            const QPointF delta(event->key() == Qt::Key_Left    ? -step
                                : event->key() == Qt::Key_Right ? step
                                                                : 0,
                                event->key() == Qt::Key_Up     ? -step
                                : event->key() == Qt::Key_Down ? step
                                                               : 0);
            if (!selectedCards().isEmpty()) {
                if (auto r = nudgeSelected(delta); !r)
                    Q_EMIT errorOccurred(r.error());
                event->accept();
                return;
            }
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            if (!selectedItems().isEmpty()) {
                if (auto r = removeSelected(); !r)
                    Q_EMIT errorOccurred(r.error());
            }
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_F2 || event->key() == Qt::Key_Return ||
            event->key() == Qt::Key_Enter) {
            const QList<QGraphicsItem *> selection = selectedItems();
            for (QGraphicsItem *item : selection) {
                if (item->type() == ObjectiveCardItem::Type) {
                    startRename(static_cast<ObjectiveCardItem *>(item)->id());
                    break;
                }
            }
            event->accept();
            return;
        }
    }
    if (event->key() == Qt::Key_Escape && !selectedItems().isEmpty()) {
        clearSelection();
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

QList<ObjectiveId> StrategyMapScene::readingOrder() const
{
    struct Place
    {
        int lane;
        double y;
        double x;
        ObjectiveId id;
    };
    std::vector<Place> places;
    for (const ObjectiveCardItem *card : std::as_const(m_cards))
        places.push_back({cellOf(card->id()).first, card->pos().y(), card->pos().x(), card->id()});
    std::sort(places.begin(), places.end(), [](const Place &a, const Place &b) {
        if (a.lane != b.lane)
            return a.lane < b.lane;
        if (std::abs(a.y - b.y) > 20) // another row of cards
            return a.y < b.y;
        return a.x < b.x;
    });
    QList<ObjectiveId> order;
    for (const Place &p : places)
        order.append(p.id);
    return order;
}

void StrategyMapScene::selectLink(const ObjectiveId &from, const ObjectiveId &to)
{
    selectObjective(from);
    if (LinkItem *link = m_links.value(Link{from, to, {}, 0}.key()))
        link->setSelected(true);
}

void StrategyMapScene::selectObjective(const ObjectiveId &id)
{
    ObjectiveCardItem *card = cardItem(id);
    if (!card)
        return;
    clearSelection();
    card->setSelected(true);
    card->setFocus(Qt::TabFocusReason);
    const QList<QGraphicsView *> shown = views();
    for (QGraphicsView *view : shown)
        view->ensureVisible(card, 40, 40);
}

bool StrategyMapScene::focusNextPrevChild(bool next)
{
    if (m_editor)
        return true; // Tab inside the name editor stays there
    const QList<ObjectiveId> order = readingOrder();
    if (order.isEmpty())
        return false;
    qsizetype at = -1;
    const QList<QGraphicsItem *> selection = selectedItems();
    for (QGraphicsItem *item : selection) {
        if (item->type() == ObjectiveCardItem::Type)
            at = std::max(at, order.indexOf(static_cast<ObjectiveCardItem *>(item)->id()));
    }
    const qsizetype n = order.size();
    if (at >= 0 && (next ? at == n - 1 : at == 0)) {
        // Past the last (or before the first) card the focus leaves the map: no keyboard
        // trap. Coming back starts again at the first (or last) card.
        clearSelection();
        setFocusItem(nullptr);
        return false;
    }
    const qsizetype target = at < 0 ? (next ? 0 : n - 1) : at + (next ? 1 : -1);
    selectObjective(order.at(target));
    return true;
}

QHash<ObjectiveId, QPointF> StrategyMapScene::unstoredPositions() const
{
    QHash<ObjectiveId, QPointF> pins;
    for (const layout::Placement &p : m_layout.placements) {
        const Objective *o = m_doc->objective(p.id);
        if (o && !o->position)
            pins.insert(p.id, p.position);
    }
    return pins;
}

QList<ObjectiveCardItem *> StrategyMapScene::selectedCards() const
{
    QList<ObjectiveCardItem *> cards;
    const QList<QGraphicsItem *> selection = selectedItems();
    for (QGraphicsItem *item : selection) {
        if (item->type() == ObjectiveCardItem::Type)
            cards.append(static_cast<ObjectiveCardItem *>(item));
    }
    return cards;
}

// ---------------------------------------------------------------------------
// Align, distribute, copy and paste

Result<void> StrategyMapScene::alignSelected(Alignment alignment)
{
    const QList<ObjectiveCardItem *> cards = selectedCards();
    if (cards.size() < 2)
        return fail(tr("Select two or more objectives to align."));
    const bool horizontal = alignment == Alignment::Left ||
                            alignment == Alignment::HorizontalCenter ||
                            alignment == Alignment::Right;
    // Left, centre, right: across all cards. Top, middle, bottom: within each lane.
    QHash<int, QList<ObjectiveCardItem *>> groups;
    for (ObjectiveCardItem *card : cards)
        groups[horizontal ? 0 : cellOf(card->id()).first].append(card);
    QHash<ObjectiveId, QPointF> moved;
    for (const QList<ObjectiveCardItem *> &group : std::as_const(groups)) {
        double target = 0;
        for (qsizetype i = 0; i < group.size(); ++i) {
            const QRectF r = cardRect(group[i]);
            double v = 0;
            switch (alignment) {
            case Alignment::Left:
                v = r.left();
                break;
            case Alignment::HorizontalCenter:
                v = r.center().x();
                break;
            case Alignment::Right:
                v = r.right();
                break;
            case Alignment::Top:
                v = r.top();
                break;
            case Alignment::VerticalCenter:
                v = r.center().y();
                break;
            case Alignment::Bottom:
                v = r.bottom();
                break;
            }
            if (alignment == Alignment::HorizontalCenter || alignment == Alignment::VerticalCenter)
                target += v / double(group.size());
            else if (i == 0)
                target = v;
            else if (alignment == Alignment::Left || alignment == Alignment::Top)
                target = std::min(target, v);
            else
                target = std::max(target, v);
        }
        for (ObjectiveCardItem *card : group) {
            const QRectF r = cardRect(card);
            QPointF p = card->pos();
            switch (alignment) {
            case Alignment::Left:
                p.setX(target);
                break;
            case Alignment::HorizontalCenter:
                p.setX(target - r.width() / 2);
                break;
            case Alignment::Right:
                p.setX(target - r.width());
                break;
            case Alignment::Top:
                p.setY(target);
                break;
            case Alignment::VerticalCenter:
                p.setY(target - r.height() / 2);
                break;
            case Alignment::Bottom:
                p.setY(target - r.height());
                break;
            }
            moved.insert(card->id(), p);
        }
    }
    return commitMoves(moved, MoveMode::StayInCell);
}

Result<void> StrategyMapScene::distributeSelected()
{
    QHash<int, QList<ObjectiveCardItem *>> lanes;
    for (ObjectiveCardItem *card : selectedCards())
        lanes[cellOf(card->id()).first].append(card);
    QHash<ObjectiveId, QPointF> moved;
    for (QList<ObjectiveCardItem *> &group : lanes) {
        if (group.size() < 3)
            continue;
        std::sort(group.begin(), group.end(),
                  [](const ObjectiveCardItem *a, const ObjectiveCardItem *b) {
                      return a->pos().x() < b->pos().x();
                  });
        // Equal gaps between neighbours; the outermost two stay.
        double widths = 0;
        for (const ObjectiveCardItem *card : std::as_const(group))
            widths += card->width();
        const double span =
            group.back()->pos().x() + group.back()->width() - group.front()->pos().x();
        const double gap = (span - widths) / double(group.size() - 1);
        double x = group.front()->pos().x();
        for (ObjectiveCardItem *card : std::as_const(group)) {
            moved.insert(card->id(), QPointF(x, card->pos().y()));
            x += card->width() + gap;
        }
    }
    if (moved.isEmpty())
        return fail(tr("Select three or more objectives in a lane to distribute them."));
    return commitMoves(moved, MoveMode::StayInCell);
}

QByteArray StrategyMapScene::copySelected() const
{
    const Scorecard &full = m_doc->scorecard();
    QSet<QString> chosen;
    for (const ObjectiveCardItem *card : selectedCards())
        chosen.insert(card->id().value);
    if (chosen.isEmpty())
        return {};
    Scorecard copy;
    copy.info = full.info;
    QSet<QString> perspectives, pillars, departments;
    for (const Objective &o : full.objectives) {
        if (!chosen.contains(o.id.value))
            continue;
        Objective c = o;
        if (!chosen.contains(c.parent.value))
            c.parent = ObjectiveId();
        perspectives.insert(c.perspective.value);
        pillars.insert(c.pillar.value);
        departments.insert(c.department.value);
        copy.objectives.push_back(c);
    }
    for (const Perspective &p : full.perspectives) {
        if (perspectives.contains(p.id.value))
            copy.perspectives.push_back(p);
    }
    for (const Pillar &p : full.pillars) {
        if (pillars.contains(p.id.value))
            copy.pillars.push_back(p);
    }
    for (const Department &d : full.departments) {
        if (departments.contains(d.id.value)) {
            Department c = d;
            c.parent = DepartmentId();
            copy.departments.push_back(c);
        }
    }
    for (const Link &l : full.links) {
        if (chosen.contains(l.from.value) && chosen.contains(l.to.value))
            copy.links.push_back(l);
    }
    return toJson(copy);
}

Result<QList<ObjectiveId>> StrategyMapScene::paste(const QByteArray &json)
{
    if (!isEditable())
        return fail(tr("The map cannot be changed: the file is read-only."));
    auto parsed = fromJson(json);
    if (!parsed)
        return fail(tr("The clipboard holds no objectives: %1").arg(parsed.error()));
    const Scorecard &source = *parsed;
    if (source.objectives.empty())
        return fail(tr("The clipboard holds no objectives."));
    const Scorecard &target = m_doc->scorecard();
    if (target.perspectives.empty())
        return fail(tr("The scorecard has no perspective to paste objectives into."));
    auto samePerspective = [&](const PerspectiveId &id) {
        QString name;
        for (const Perspective &p : source.perspectives) {
            if (p.id == id)
                name = p.name;
        }
        for (const Perspective &p : target.perspectives) {
            if (p.id == id)
                return p.id;
        }
        for (const Perspective &p : target.perspectives) {
            if (p.name == name)
                return p.id;
        }
        return target.perspectives.front().id;
    };
    auto samePillar = [&](const PillarId &id) {
        if (id.isNull())
            return PillarId();
        QString name;
        for (const Pillar &p : source.pillars) {
            if (p.id == id)
                name = p.name;
        }
        for (const Pillar &p : target.pillars) {
            if (p.id == id || p.name == name)
                return p.id;
        }
        return PillarId();
    };

    const QHash<ObjectiveId, QPointF> pins = unstoredPositions();
    QHash<QString, QString> newIds; // source id -> new id
    std::vector<std::function<Result<std::unique_ptr<QUndoCommand>>()>> makers;
    for (const Objective &o : source.objectives) {
        Objective c;
        c.name = o.name;
        c.owner = o.owner;
        c.description = o.description;
        c.weight = o.weight;
        c.perspective = samePerspective(o.perspective);
        c.pillar = samePillar(o.pillar);
        if (m_doc->department(o.department))
            c.department = o.department;
        if (o.position) // a little aside, so a copy does not hide its original
            c.position = *o.position + QPointF(24, 24);
        const QString sourceId = o.id.value;
        makers.push_back([this, c] { return AddEntityCommand<Objective>::create(*m_doc, c); });
        makers.push_back([this, sourceId, &newIds]() -> Result<std::unique_ptr<QUndoCommand>> {
            newIds.insert(sourceId, m_lastAddedObjective); // the id the objective was given
            return std::unique_ptr<QUndoCommand>();        // nothing to push
        });
    }
    for (const Link &l : source.links) {
        makers.push_back([this, l, &newIds]() -> Result<std::unique_ptr<QUndoCommand>> {
            Link c;
            c.from = ObjectiveId(newIds.value(l.from.value));
            c.to = ObjectiveId(newIds.value(l.to.value));
            c.note = l.note;
            return AddEntityCommand<Link>::create(*m_doc, c);
        });
    }
    if (!pins.isEmpty())
        makers.push_back([this, pins] { return MoveObjectivesCommand::create(*m_doc, pins); });
    if (auto r =
            pushAll(tr("Paste %n objective(s)", nullptr, int(source.objectives.size())), makers);
        !r)
        return fail(r.error());
    QList<ObjectiveId> added;
    clearSelection();
    for (const Objective &o : source.objectives) {
        const ObjectiveId id(newIds.value(o.id.value));
        added.append(id);
        if (ObjectiveCardItem *card = cardItem(id))
            card->setSelected(true);
    }
    return added;
}

} // namespace scorecard

namespace scorecard {

// ---------------------------------------------------------------------------
// Keyboard nudges and accessibility

Result<void> StrategyMapScene::nudgeSelected(const QPointF &delta)
{
    const QList<ObjectiveCardItem *> cards = selectedCards();
    if (cards.isEmpty())
        return {};
    if (!isEditable())
        return fail(tr("The map cannot be changed: the file is read-only."));
    QHash<ObjectiveId, QPointF> moved;
    QHash<ObjectiveId, QPointF> positions;
    QStringList ids;
    bool sameCells = unstoredPositions().isEmpty();
    for (const ObjectiveCardItem *card : cards) {
        const QPointF to = card->pos() + delta;
        moved.insert(card->id(), to);
        ids.append(card->id().value);
        const QPointF centre = to + QPointF(card->width() / 2, card->height() / 2);
        const auto [lane, column] = cellOf(card->id());
        if (lane < 0 || column < 0 || m_geometry.laneAt(centre.y()) != lane ||
            m_geometry.columnAt(centre.x()) != column) {
            sameCells = false;
            continue;
        }
        positions.insert(card->id(),
                         rounded(clampedPosition(to - m_geometry.cellOrigin(lane, column))));
    }
    ids.sort();
    if (!sameCells) {
        // Into another lane or column (or first positions to store): a move like a drop.
        ++m_nudgeBurst;
        m_nudgeCards.clear();
        return commitMoves(moved);
    }
    bool changes = false;
    for (auto it = positions.begin(); it != positions.end() && !changes; ++it) {
        const Objective *o = m_doc->objective(it.key());
        changes = o && o->position != it.value();
    }
    if (!changes)
        return {}; // against the cell's edge already
    const QUndoStack *stack = m_doc->undoStack();
    const QUndoCommand *top = stack->index() > 0 && stack->index() == stack->count()
                                  ? stack->command(stack->index() - 1)
                                  : nullptr;
    const bool continues =
        top && top->id() == int(CommandId::NudgeObjectives) &&
        static_cast<const NudgeObjectivesCommand *>(top)->burst() == m_nudgeBurst &&
        ids == m_nudgeCards && m_nudgeClock.isValid() && m_nudgeClock.elapsed() < kNudgeBurstMs;
    if (!continues)
        ++m_nudgeBurst;
    m_nudgeCards = ids;
    m_nudgeClock.start();
    auto r = pushCommand(NudgeObjectivesCommand::create(*m_doc, positions, m_nudgeBurst));
    if (r) {
        const QList<QGraphicsView *> shown = views();
        for (QGraphicsView *view : shown)
            view->ensureVisible(cards.front(), 20, 20);
    }
    return r;
}

ObjectiveId StrategyMapScene::currentObjective() const
{
    if (QGraphicsItem *focus = focusItem(); focus && focus->type() == ObjectiveCardItem::Type)
        return static_cast<ObjectiveCardItem *>(focus)->id();
    const QList<ObjectiveCardItem *> cards = selectedCards();
    return cards.isEmpty() ? ObjectiveId() : cards.front()->id();
}

QString StrategyMapScene::accessibleDescription(const ObjectiveId &id) const
{
    const Objective *o = m_doc->objective(id);
    const ObjectiveCardItem *card = cardItem(id);
    if (!o || !card)
        return {};
    const CardContent &c = card->content();
    const Perspective *perspective = m_doc->perspective(o->perspective);
    QStringList parts{tr("Objective %1").arg(o->name)};
    if (perspective)
        parts << perspective->name;
    if (const Pillar *pillar = m_doc->pillar(o->pillar))
        parts << tr("pillar %1").arg(pillar->name);
    if (c.score)
        parts << tr("score %1").arg(QLocale().toString(*c.score, 'f', 0));
    parts << statusLabel(c.status).toLower();
    parts << countText(c.kpis, Counted::Kpis);
    if (c.okrs > 0)
        parts << countText(c.okrs, Counted::Okrs);
    if (c.initiatives > 0)
        parts << countText(c.initiatives, Counted::Initiatives);
    int drives = 0;
    int drivenBy = 0;
    for (const LinkItem *link : std::as_const(m_links)) {
        drives += link->from() == id;
        drivenBy += link->to() == id;
    }
    // English plurals without a translation loaded: one text per number form.
    if (drives > 0)
        parts << (drives == 1 ? tr("drives 1 objective") : tr("drives %1 objectives").arg(drives));
    if (drivenBy > 0)
        parts << (drivenBy == 1 ? tr("driven by 1 objective")
                                : tr("driven by %1 objectives").arg(drivenBy));
    return parts.join(QStringLiteral(", "));
}

void StrategyMapScene::announceCurrent()
{
    const ObjectiveId id = currentObjective();
    const QString text = id.isNull() ? QString() : accessibleDescription(id);
    if (text == m_announced)
        return;
    m_announced = text;
    const QList<QGraphicsView *> shown = views();
    for (QGraphicsView *view : shown) {
        view->setAccessibleDescription(text);
        QAccessibleEvent changed(view, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&changed);
        if (view->hasFocus() && !text.isEmpty()) {
            QAccessibleEvent focus(view, QAccessible::Focus);
            QAccessible::updateAccessibility(&focus);
        }
    }
}

} // namespace scorecard
