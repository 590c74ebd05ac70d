// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardtreemodel.h"

#include "commands/editcommands.h"
#include "commands/entitycommands.h"
#include "commands/undomacroguard.h"
#include "document/scorecarddocument.h"
#include "scoring/engine.h"
#include "strategymap/maptheme.h"
#include "strategymap/statusicon.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cmath>

namespace scorecard {

struct ScorecardTreeModel::Node
{
    NodeKind kind = NodeKind::Perspective;
    QString id;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
    Key key() const { return {kind, id}; }
};

namespace {

QString number(double value, int decimals = -1)
{
    return decimals < 0 ? QLocale().toString(value, 'g', 6)
                        : QLocale().toString(value, 'f', decimals);
}

QString withUnit(double value, const QString &unit)
{
    if (unit.isEmpty())
        return number(value);
    if (unit == QStringLiteral("%"))
        return number(value) + unit;
    return QStringLiteral("%1 %2").arg(number(value), unit);
}

/** A number typed by the user (locale or C format) or given as a number. */
std::optional<double> toNumber(const QVariant &value)
{
    bool ok = false;
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed();
        double d = QLocale().toDouble(text, &ok);
        if (!ok)
            d = text.toDouble(&ok);
        return ok ? std::optional<double>(d) : std::nullopt;
    }
    const double d = value.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

bool isBlank(const QVariant &value)
{
    return !value.isValid() || value.toString().trimmed().isEmpty();
}

} // namespace

ScorecardTreeModel::ScorecardTreeModel(ScorecardDocument *doc, QObject *parent)
    : QAbstractItemModel(parent), m_doc(doc), m_root(std::make_unique<Node>()),
      m_asOf(QDate::currentDate())
{
    fill(m_root.get());
    recompute();
    connect(doc, &ScorecardDocument::reloaded, this, &ScorecardTreeModel::rebuild);
    connect(doc, &ScorecardDocument::changed, this, [this] {
        syncChildren(m_root.get(), {});
        recompute();
        announceAll(m_root.get(), {}, 0, ColumnCount - 1);
    });
}

ScorecardTreeModel::~ScorecardTreeModel() = default;

void ScorecardTreeModel::setAsOf(QDate asOf)
{
    if (!asOf.isValid() || asOf == m_asOf)
        return;
    m_asOf = asOf;
    recompute();
    announceAll(m_root.get(), {}, ValueColumn, ColumnCount - 1);
}

void ScorecardTreeModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    // Flags are not announced by dataChanged; a layout change makes views ask again.
    Q_EMIT layoutAboutToBeChanged();
    m_editable = editable;
    Q_EMIT layoutChanged();
}

bool ScorecardTreeModel::isEditable() const
{
    return m_editable && !m_doc->isReadOnly();
}

void ScorecardTreeModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

std::vector<ScorecardTreeModel::Key> ScorecardTreeModel::wantedChildren(const Node *node) const
{
    std::vector<Key> keys;
    const Scorecard &sc = m_doc->scorecard();
    auto hasInitiative = [&sc](const QString &objective) {
        return std::any_of(sc.initiatives.begin(), sc.initiatives.end(), [&](const Initiative &i) {
            return std::any_of(
                i.contributions.begin(), i.contributions.end(),
                [&](const Contribution &c) { return c.objective.value == objective; });
        });
    };
    if (!node->parent && m_grouping == Grouping::ByInitiative) {
        // One group per initiative, then one for objectives no initiative drives (id "").
        for (const Initiative &i : sc.initiatives)
            keys.push_back({NodeKind::Initiative, i.id.value});
        const bool anyWithout =
            std::any_of(sc.objectives.begin(), sc.objectives.end(),
                        [&](const Objective &o) { return !hasInitiative(o.id.value); });
        if (anyWithout)
            keys.push_back({NodeKind::Initiative, QString()});
        return keys;
    }
    if (node->parent == m_root.get() && node->kind == NodeKind::Initiative) {
        // An initiative group: the objectives it contributes to, in the scorecard's order.
        const Initiative *in = m_doc->initiative(InitiativeId(node->id));
        for (const Objective &o : sc.objectives) {
            const bool member =
                in ? std::any_of(in->contributions.begin(), in->contributions.end(),
                                 [&](const Contribution &c) { return c.objective == o.id; })
                   : !hasInitiative(o.id.value);
            if (member)
                keys.push_back({NodeKind::Objective, o.id.value});
        }
        return keys;
    }
    if (!node->parent && m_grouping != Grouping::ByPerspective) {
        // One group per pillar or department, then one for objectives without (id "").
        const bool byPillar = m_grouping == Grouping::ByPillar;
        if (byPillar) {
            for (const Pillar &p : sc.pillars)
                keys.push_back({NodeKind::Pillar, p.id.value});
        } else {
            for (const Department &d : sc.departments)
                keys.push_back({NodeKind::Department, d.id.value});
        }
        const bool anyWithout =
            std::any_of(sc.objectives.begin(), sc.objectives.end(), [&](const Objective &o) {
                return byPillar ? o.pillar.isNull() || !m_doc->pillar(o.pillar)
                                : o.department.isNull() || !m_doc->department(o.department);
            });
        if (anyWithout)
            keys.push_back({byPillar ? NodeKind::Pillar : NodeKind::Department, QString()});
        return keys;
    }
    if (!node->parent) {
        std::vector<const Perspective *> lanes;
        for (const Perspective &p : sc.perspectives)
            lanes.push_back(&p);
        std::stable_sort(
            lanes.begin(), lanes.end(),
            [](const Perspective *a, const Perspective *b) { return a->position < b->position; });
        for (const Perspective *p : lanes)
            keys.push_back({NodeKind::Perspective, p->id.value});
        return keys;
    }
    switch (node->kind) {
    case NodeKind::Perspective:
        for (const Objective &o : sc.objectives) {
            if (o.perspective.value == node->id)
                keys.push_back({NodeKind::Objective, o.id.value});
        }
        break;
    case NodeKind::Pillar:
        for (const Objective &o : sc.objectives) {
            const bool none = o.pillar.isNull() || !m_doc->pillar(o.pillar);
            if (node->id.isEmpty() ? none : o.pillar.value == node->id)
                keys.push_back({NodeKind::Objective, o.id.value});
        }
        break;
    case NodeKind::Department:
        for (const Objective &o : sc.objectives) {
            const bool none = o.department.isNull() || !m_doc->department(o.department);
            if (node->id.isEmpty() ? none : o.department.value == node->id)
                keys.push_back({NodeKind::Objective, o.id.value});
        }
        break;
    case NodeKind::Objective:
        for (const Kpi &k : sc.kpis) {
            if (k.objective.value == node->id)
                keys.push_back({NodeKind::Kpi, k.id.value});
        }
        for (const Okr &o : sc.okrs) {
            if (o.objective.value == node->id)
                keys.push_back({NodeKind::Okr, o.id.value});
        }
        // Grouped by initiative, the initiative is the group: not repeated under its objectives.
        for (const Initiative &i : sc.initiatives) {
            if (m_grouping == Grouping::ByInitiative)
                break;
            const bool contributes =
                std::any_of(i.contributions.begin(), i.contributions.end(),
                            [&](const Contribution &c) { return c.objective.value == node->id; });
            if (contributes)
                keys.push_back({NodeKind::Initiative, i.id.value});
        }
        break;
    case NodeKind::Okr:
        if (const Okr *okr = m_doc->okr(OkrId(node->id))) {
            for (const KeyResult &kr : okr->keyResults)
                keys.push_back({NodeKind::KeyResult, kr.id.value});
        }
        break;
    case NodeKind::Kpi:
    case NodeKind::KeyResult:
    case NodeKind::Initiative:
        break;
    }
    // Ids are unique per kind, but guard against a malformed file listing one twice.
    std::vector<Key> unique;
    for (const Key &k : keys) {
        if (std::find(unique.begin(), unique.end(), k) == unique.end())
            unique.push_back(k);
    }
    return unique;
}

void ScorecardTreeModel::fill(Node *node)
{
    node->children.clear();
    for (const Key &key : wantedChildren(node)) {
        auto child = std::make_unique<Node>();
        child->kind = key.kind;
        child->id = key.id;
        child->parent = node;
        fill(child.get());
        node->children.push_back(std::move(child));
    }
}

void ScorecardTreeModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    fill(m_root.get());
    recompute();
    endResetModel();
}

void ScorecardTreeModel::syncChildren(Node *node, const QModelIndex &index)
{
    const std::vector<Key> wanted = wantedChildren(node);
    auto &children = node->children;
    // 1. Rows that are gone, from the back so the rows before keep their numbers.
    for (int i = int(children.size()) - 1; i >= 0; --i) {
        if (std::find(wanted.begin(), wanted.end(), children[size_t(i)]->key()) == wanted.end()) {
            beginRemoveRows(index, i, i);
            children.erase(children.begin() + i);
            endRemoveRows();
        }
    }
    // 2. Put the remaining ones in the wanted order and insert the new ones.
    for (size_t j = 0; j < wanted.size(); ++j) {
        if (j < children.size() && children[j]->key() == wanted[j])
            continue;
        auto found = std::find_if(children.begin() + qsizetype(j), children.end(),
                                  [&](const auto &c) { return c->key() == wanted[j]; });
        if (found != children.end()) {
            const int from = int(found - children.begin());
            beginMoveRows(index, from, from, index, int(j));
            std::rotate(children.begin() + qsizetype(j), found, found + 1);
            endMoveRows();
        } else {
            beginInsertRows(index, int(j), int(j));
            auto child = std::make_unique<Node>();
            child->kind = wanted[j].kind;
            child->id = wanted[j].id;
            child->parent = node;
            children.insert(children.begin() + qsizetype(j), std::move(child));
            endInsertRows();
        }
    }
    // 3. The same, one level down.
    for (size_t j = 0; j < children.size(); ++j)
        syncChildren(children[j].get(), this->index(int(j), 0, index));
}

void ScorecardTreeModel::recompute()
{
    m_results = *m_doc->scores(m_asOf);
}

void ScorecardTreeModel::announceAll(const Node *node, const QModelIndex &index, int first,
                                     int last)
{
    if (node->children.empty())
        return;
    Q_EMIT dataChanged(this->index(0, first, index),
                       this->index(int(node->children.size()) - 1, last, index));
    for (size_t j = 0; j < node->children.size(); ++j)
        announceAll(node->children[j].get(), this->index(int(j), 0, index), first, last);
}

ScorecardTreeModel::Node *ScorecardTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ScorecardTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

const ScorecardTreeModel::Node *ScorecardTreeModel::find(const Node *node, NodeKind kind,
                                                         const QString &id) const
{
    for (const auto &child : node->children) {
        if (child->kind == kind && child->id == id)
            return child.get();
        if (const Node *found = find(child.get(), kind, id))
            return found;
    }
    return nullptr;
}

QModelIndex ScorecardTreeModel::indexOf(NodeKind kind, const QString &id, int column) const
{
    return indexOfNode(find(m_root.get(), kind, id), column);
}

QModelIndex ScorecardTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node *p = nodeOf(parent);
    if (size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ScorecardTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int ScorecardTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ScorecardTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ScorecardTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case OwnerColumn:
        return tr("Owner");
    case DepartmentColumn:
        return tr("Department");
    case PillarColumn:
        return tr("Pillar");
    case WeightColumn:
        return tr("Weight");
    case ValueColumn:
        return tr("Latest value");
    case TargetColumn:
        return tr("Target");
    case ScoreColumn:
        return tr("Score");
    case StatusColumn:
        return tr("Status");
    case TrendColumn:
        return tr("Trend");
    case UpdatedColumn:
        return tr("Last updated");
    default:
        return {};
    }
}

const scoring::Score *ScorecardTreeModel::scoreAt(const QModelIndex &index) const
{
    const Node *node = index.isValid() ? nodeOf(index) : nullptr;
    if (!node)
        return nullptr;
    auto lookup = [](const auto &hash, const QString &id) -> const scoring::Score * {
        auto it = hash.constFind(id);
        return it == hash.constEnd() ? nullptr : &*it;
    };
    switch (node->kind) {
    case NodeKind::Perspective:
        return lookup(m_results.perspectives, node->id);
    case NodeKind::Objective:
        return lookup(m_results.objectives, node->id);
    case NodeKind::Kpi:
        return lookup(m_results.kpis, node->id);
    case NodeKind::Okr:
        return lookup(m_results.okrs, node->id);
    case NodeKind::Initiative:
        return lookup(m_results.initiatives, node->id);
    case NodeKind::Pillar:
        return lookup(m_results.pillars, node->id);
    case NodeKind::Department:
        return lookup(m_results.departments, node->id);
    case NodeKind::KeyResult:
        return nullptr;
    }
    return nullptr;
}

std::optional<double> ScorecardTreeModel::keyResultScore(const Node *node) const
{
    auto it = m_results.okrs.constFind(node->parent->id);
    if (it == m_results.okrs.constEnd())
        return std::nullopt;
    for (const scoring::Contributor &c : it->inputs) {
        if (c.kind == scoring::InputKind::KeyResult && c.id == node->id)
            return c.score;
    }
    return std::nullopt;
}

QVariant ScorecardTreeModel::display(const Node *node, int column) const
{
    auto departmentName = [this](const DepartmentId &id) -> QVariant {
        const Department *d = m_doc->department(id);
        return d ? d->name : QString();
    };
    const scoring::Score *score = scoreAt(indexOfNode(node));
    const KeyResult *kr = nullptr;
    if (node->kind == NodeKind::KeyResult) {
        if (const Okr *okr = m_doc->okr(OkrId(node->parent->id))) {
            for (const KeyResult &k : okr->keyResults) {
                if (k.id.value == node->id)
                    kr = &k;
            }
        }
    }
    switch (column) {
    case NameColumn:
        switch (node->kind) {
        case NodeKind::Perspective:
            if (const Perspective *p = m_doc->perspective(PerspectiveId(node->id)))
                return p->name;
            break;
        case NodeKind::Objective:
            if (const Objective *o = m_doc->objective(ObjectiveId(node->id)))
                return o->name;
            break;
        case NodeKind::Kpi:
            if (const Kpi *k = m_doc->kpi(KpiId(node->id)))
                return k->name;
            break;
        case NodeKind::Okr:
            if (const Okr *o = m_doc->okr(OkrId(node->id)))
                return o->title;
            break;
        case NodeKind::KeyResult:
            if (kr)
                return kr->title;
            break;
        case NodeKind::Initiative:
            if (const Initiative *i = m_doc->initiative(InitiativeId(node->id)))
                return i->name;
            if (node->id.isEmpty())
                return tr("No initiative");
            break;
        case NodeKind::Pillar:
            if (const Pillar *p = m_doc->pillar(PillarId(node->id)))
                return p->name;
            return tr("No pillar");
        case NodeKind::Department:
            if (const Department *d = m_doc->department(DepartmentId(node->id)))
                return d->name;
            return tr("No department");
        }
        return {};
    case OwnerColumn:
        if (const Objective *o = m_doc->objective(ObjectiveId(node->id));
            o && node->kind == NodeKind::Objective)
            return o->owner;
        if (const Kpi *k = m_doc->kpi(KpiId(node->id)); k && node->kind == NodeKind::Kpi)
            return k->owner;
        if (const Okr *o = m_doc->okr(OkrId(node->id)); o && node->kind == NodeKind::Okr)
            return o->owner;
        if (const Initiative *i = m_doc->initiative(InitiativeId(node->id));
            i && node->kind == NodeKind::Initiative)
            return i->owner;
        return {};
    case DepartmentColumn:
        if (const Objective *o = m_doc->objective(ObjectiveId(node->id));
            o && node->kind == NodeKind::Objective)
            return departmentName(o->department);
        if (const Kpi *k = m_doc->kpi(KpiId(node->id)); k && node->kind == NodeKind::Kpi)
            return departmentName(k->department);
        if (const Initiative *i = m_doc->initiative(InitiativeId(node->id));
            i && node->kind == NodeKind::Initiative)
            return departmentName(i->department);
        return {};
    case PillarColumn:
        if (const Objective *o = m_doc->objective(ObjectiveId(node->id));
            o && node->kind == NodeKind::Objective) {
            const Pillar *p = m_doc->pillar(o->pillar);
            return p ? p->name : QString();
        }
        return {};
    case WeightColumn:
        switch (node->kind) {
        case NodeKind::Objective:
            if (const Objective *o = m_doc->objective(ObjectiveId(node->id)))
                return number(o->weight);
            break;
        case NodeKind::Kpi:
            if (const Kpi *k = m_doc->kpi(KpiId(node->id)))
                return number(k->weight);
            break;
        case NodeKind::Okr:
            if (const Okr *o = m_doc->okr(OkrId(node->id)))
                return number(o->weight);
            break;
        case NodeKind::KeyResult:
            if (kr)
                return number(kr->weight);
            break;
        case NodeKind::Initiative:
            if (const Initiative *i = m_doc->initiative(InitiativeId(node->id))) {
                for (const Contribution &c : i->contributions) {
                    if (c.objective.value == node->parent->id)
                        return number(c.weight);
                }
            }
            break;
        case NodeKind::Perspective:
        case NodeKind::Pillar:
        case NodeKind::Department:
            break;
        }
        return {};
    case ValueColumn:
        if (node->kind == NodeKind::Kpi) {
            const Kpi *k = m_doc->kpi(KpiId(node->id));
            if (k && score && score->measuredValue)
                return withUnit(*score->measuredValue, k->unit);
        } else if (kr) {
            return withUnit(kr->currentValue, kr->unit);
        } else if (node->kind == NodeKind::Initiative) {
            if (const Initiative *i = m_doc->initiative(InitiativeId(node->id)))
                return tr("%1% done").arg(number(i->progress * 100, 0));
        }
        return {};
    case TargetColumn:
        if (node->kind == NodeKind::Kpi) {
            const Kpi *k = m_doc->kpi(KpiId(node->id));
            if (k && k->target)
                return withUnit(*k->target, k->unit);
        } else if (kr) {
            return withUnit(kr->targetValue, kr->unit);
        }
        return {};
    case ScoreColumn:
        if (node->kind == NodeKind::KeyResult) {
            const std::optional<double> v = keyResultScore(node);
            return v ? number(*v, 1) : QString();
        }
        return score && score->value ? number(*score->value, 1) : QString();
    case StatusColumn:
        if (node->kind == NodeKind::KeyResult)
            return {};
        return statusLabel(score ? score->status : scoring::Status::NoData);
    case TrendColumn:
        if (score && score->trend) {
            const double t = *score->trend;
            const QString arrow = t > 0.05    ? QStringLiteral("\u25b2")
                                  : t < -0.05 ? QStringLiteral("\u25bc")
                                              : QStringLiteral("\u25b6");
            const bool flat = std::abs(t) < 0.05; // shown as 0.0: no sign
            return QStringLiteral("%1 %2%3").arg(
                arrow, t > 0 && !flat ? QStringLiteral("+") : QString(), number(flat ? 0.0 : t, 1));
        }
        return {};
    case UpdatedColumn:
        if (node->kind == NodeKind::Kpi && score && score->period)
            return score->period->toString();
        return {};
    default:
        return {};
    }
}

std::optional<double> ScorecardTreeModel::editNumber(const Node *node, int column) const
{
    if (column == WeightColumn) {
        if (node->kind == NodeKind::Objective) {
            if (const Objective *o = m_doc->objective(ObjectiveId(node->id)))
                return o->weight;
        } else if (node->kind == NodeKind::Kpi) {
            if (const Kpi *k = m_doc->kpi(KpiId(node->id)))
                return k->weight;
        } else if (node->kind == NodeKind::Okr) {
            if (const Okr *o = m_doc->okr(OkrId(node->id)))
                return o->weight;
        }
        return std::nullopt;
    }
    if (node->kind != NodeKind::Kpi)
        return std::nullopt;
    const Kpi *k = m_doc->kpi(KpiId(node->id));
    if (!k)
        return std::nullopt;
    if (column == TargetColumn)
        return k->target;
    if (column == ValueColumn) {
        const Measurement *m = m_doc->measurement(k->id, Period::containing(m_asOf, k->frequency));
        return m ? std::optional<double>(m->value) : std::nullopt;
    }
    return std::nullopt;
}

QVariant ScorecardTreeModel::sortValue(const Node *node, int column) const
{
    const scoring::Score *score = scoreAt(indexOfNode(node));
    switch (column) {
    case ScoreColumn:
        if (node->kind == NodeKind::KeyResult) {
            const auto v = keyResultScore(node);
            return v ? QVariant(*v) : QVariant(-1.0);
        }
        return score && score->value ? QVariant(*score->value) : QVariant(-1.0);
    case StatusColumn:
        return int(score ? score->status : scoring::Status::NoData);
    case TrendColumn:
        return score && score->trend ? QVariant(*score->trend) : QVariant(0.0);
    case WeightColumn:
    case ValueColumn:
    case TargetColumn: {
        if (node->kind == NodeKind::Kpi || node->kind == NodeKind::Objective ||
            node->kind == NodeKind::Okr) {
            const std::optional<double> v = editNumber(node, column);
            return v ? QVariant(*v) : QVariant(-1.0e300);
        }
        return display(node, column);
    }
    default:
        return display(node, column);
    }
}

QIcon ScorecardTreeModel::statusIcon(scoring::Status status) const
{
    auto it = m_icons.constFind(int(status));
    if (it != m_icons.constEnd())
        return *it;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paintStatusIcon(&painter, QRectF(2, 2, 28, 28), status, MapTheme::light());
    }
    QIcon icon(pixmap);
    m_icons.insert(int(status), icon);
    return icon;
}

QVariant ScorecardTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(node, column);
    case Qt::EditRole:
        if (column == NameColumn || column == OwnerColumn)
            return display(node, column);
        if (column == WeightColumn || column == TargetColumn || column == ValueColumn) {
            // Text, not a double: a double gets a spin box limited to 99.99.
            if (node->kind != NodeKind::Kpi && node->kind != NodeKind::Objective &&
                node->kind != NodeKind::Okr)
                return display(node, column);
            const std::optional<double> v = editNumber(node, column);
            return v ? QLocale().toString(*v, 'g', 12) : QString();
        }
        return display(node, column);
    case Qt::ToolTipRole:
        if (column == ScoreColumn || column == StatusColumn) {
            const scoring::Score *score = scoreAt(index);
            return score ? score->explanation : QString();
        }
        if (node->kind == NodeKind::Kpi && column == ValueColumn &&
            flags(index) & Qt::ItemIsEditable) {
            const Kpi *k = m_doc->kpi(KpiId(node->id));
            if (k)
                return tr("Edit to enter the value for %1")
                    .arg(Period::containing(m_asOf, k->frequency).toString());
        }
        return {};
    case Qt::DecorationRole:
        if (column == StatusColumn && node->kind != NodeKind::KeyResult) {
            const scoring::Score *score = scoreAt(index);
            return statusIcon(score ? score->status : scoring::Status::NoData);
        }
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn && node->kind != NodeKind::KeyResult) {
            const scoring::Score *score = scoreAt(index);
            // Darker than the map's status colours on light rows, as they are on dark ones.
            const MapTheme theme =
                MapTheme::forKind(MapTheme::screenKindFor(QGuiApplication::palette()));
            const QColor color = theme.statusColor(score ? score->status : scoring::Status::NoData);
            return theme.kind == MapTheme::Kind::Dark ? color : color.darker(130);
        }
        if (column == TrendColumn) {
            const scoring::Score *score = scoreAt(index);
            if (score && score->trend && std::abs(*score->trend) > 0.05) {
                const MapTheme theme =
                    MapTheme::forKind(MapTheme::screenKindFor(QGuiApplication::palette()));
                const bool dark = theme.kind == MapTheme::Kind::Dark;
                if (*score->trend > 0)
                    return dark ? theme.green : theme.green.darker(130);
                return dark ? theme.red : theme.red.darker(110);
            }
        }
        return {};
    case Qt::FontRole:
        if (node->parent == m_root.get()) { // a group
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= WeightColumn && column <= TrendColumn && column != StatusColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return node->id;
    case KindRole:
        return int(node->kind);
    case StatusRole: {
        const scoring::Score *score = scoreAt(index);
        return int(score ? score->status : scoring::Status::NoData);
    }
    case SortRole:
        return sortValue(node, column);
    default:
        return {};
    }
}

Qt::ItemFlags ScorecardTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isEditable())
        return f;
    const Node *node = nodeOf(index);
    const NodeKind kind = node->kind;
    if (node->parent == m_root.get() && node->id.isEmpty())
        return f | Qt::ItemIsDropEnabled; // "No pillar" and the like: a drop target only
    f |= Qt::ItemIsDropEnabled;
    if (index.column() == 0 && (kind == NodeKind::Objective || kind == NodeKind::Kpi))
        f |= Qt::ItemIsDragEnabled;
    bool editable = false;
    switch (index.column()) {
    case NameColumn:
        editable = kind != NodeKind::KeyResult;
        break;
    case OwnerColumn:
        editable = kind != NodeKind::KeyResult && kind != NodeKind::Perspective &&
                   kind != NodeKind::Pillar && kind != NodeKind::Department;
        break;
    case WeightColumn:
        editable = kind == NodeKind::Objective || kind == NodeKind::Kpi || kind == NodeKind::Okr;
        break;
    case TargetColumn:
    case ValueColumn:
        editable = kind == NodeKind::Kpi;
        break;
    default:
        break;
    }
    return editable ? f | Qt::ItemIsEditable : f;
}

bool ScorecardTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    if (auto r = edit(nodeOf(index), index.column(), value); !r) {
        Q_EMIT errorOccurred(r.error());
        return false;
    }
    return true;
}

namespace {

/** Pushes a change of @p changed unless it equals @p current. */
template <typename T>
Result<void> pushChange(ScorecardDocument &doc, const T &current, const T &changed)
{
    if (changed == current)
        return {};
    auto cmd = ChangeEntityCommand<T>::create(doc, changed);
    if (!cmd)
        return fail(cmd.error());
    return doc.push(std::move(cmd).value());
}

template <typename T>
Result<void> editCommon(ScorecardDocument &doc, const T *current, int column, const QVariant &value)
{
    if (!current)
        return fail(ScorecardTreeModel::tr("this item no longer exists"));
    T changed = *current;
    if (column == ScorecardTreeModel::NameColumn) {
        const QString name = value.toString().trimmed();
        if constexpr (std::is_same_v<T, Okr>)
            changed.title = name;
        else
            changed.name = name;
    } else if (column == ScorecardTreeModel::OwnerColumn) {
        if constexpr (requires { changed.owner; })
            changed.owner = value.toString().trimmed();
    } else if (column == ScorecardTreeModel::WeightColumn) {
        if constexpr (std::is_same_v<T, Objective> || std::is_same_v<T, Kpi> ||
                      std::is_same_v<T, Okr>) {
            const auto weight = toNumber(value);
            if (!weight)
                return fail(ScorecardTreeModel::tr("the weight must be a number"));
            changed.weight = *weight;
        }
    } else if (column == ScorecardTreeModel::TargetColumn) {
        if constexpr (std::is_same_v<T, Kpi>) {
            if (isBlank(value)) {
                changed.target.reset();
            } else {
                const auto target = toNumber(value);
                if (!target)
                    return fail(ScorecardTreeModel::tr("the target must be a number"));
                changed.target = *target;
            }
        }
    }
    return pushChange(doc, *current, changed);
}

} // namespace

Result<void> ScorecardTreeModel::edit(const Node *node, int column, const QVariant &value)
{
    ScorecardDocument &doc = *m_doc;
    switch (node->kind) {
    case NodeKind::Perspective:
        return editCommon(doc, doc.perspective(PerspectiveId(node->id)), column, value);
    case NodeKind::Objective:
        return editCommon(doc, doc.objective(ObjectiveId(node->id)), column, value);
    case NodeKind::Okr:
        return editCommon(doc, doc.okr(OkrId(node->id)), column, value);
    case NodeKind::Initiative:
        return editCommon(doc, doc.initiative(InitiativeId(node->id)), column, value);
    case NodeKind::KeyResult:
        return fail(tr("key results are edited with their OKR"));
    case NodeKind::Pillar:
        if (column != NameColumn)
            return fail(tr("this column cannot be edited here"));
        return editCommon(doc, doc.pillar(PillarId(node->id)), column, value);
    case NodeKind::Department:
        if (column != NameColumn)
            return fail(tr("this column cannot be edited here"));
        return editCommon(doc, doc.department(DepartmentId(node->id)), column, value);
    case NodeKind::Kpi:
        break;
    }
    const Kpi *kpi = doc.kpi(KpiId(node->id));
    if (!kpi)
        return fail(tr("this item no longer exists"));
    if (column != ValueColumn)
        return editCommon(doc, kpi, column, value);
    const Period period = Period::containing(m_asOf, kpi->frequency);
    const Measurement *old = doc.measurement(kpi->id, period);
    if (isBlank(value)) {
        if (!old)
            return {};
        auto cmd = RemoveMeasurementCommand::create(doc, kpi->id, period);
        if (!cmd)
            return fail(cmd.error());
        return doc.push(std::move(cmd).value());
    }
    const auto number = toNumber(value);
    if (!number)
        return fail(tr("the value must be a number"));
    Measurement m;
    m.period = period;
    m.value = *number;
    if (old) {
        if (old->value == *number)
            return {};
        m.note = old->note;
    }
    auto cmd = SetMeasurementCommand::create(doc, kpi->id, m);
    if (!cmd)
        return fail(cmd.error());
    return doc.push(std::move(cmd).value());
}

// ---------------------------------------------------------------------------
// Drag and drop

QStringList ScorecardTreeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *ScorecardTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList lines;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != this)
            continue;
        const Node *node = nodeOf(index);
        if (node->kind != NodeKind::Objective && node->kind != NodeKind::Kpi)
            continue;
        const QString line = (node->kind == NodeKind::Objective ? QStringLiteral("objective\t")
                                                                : QStringLiteral("kpi\t")) +
                             node->id;
        if (!lines.contains(line))
            lines << line;
    }
    if (lines.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), lines.join(u'\n').toUtf8());
    return data;
}

ScorecardTreeModel::DropPlan ScorecardTreeModel::planDrop(const QMimeData *data,
                                                          const QModelIndex &parent) const
{
    DropPlan plan;
    if (!data || !data->hasFormat(mimeType()) || !isEditable() || !parent.isValid() ||
        parent.model() != this)
        return plan;
    const Node *target = nodeOf(parent);
    const Node *group = target;
    while (group->parent && group->parent != m_root.get())
        group = group->parent;
    const Node *objective = target;
    while (objective && objective->kind != NodeKind::Objective)
        objective = objective->parent;

    const QStringList lines =
        QString::fromUtf8(data->data(mimeType())).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString kind = line.section(u'\t', 0, 0);
        const QString id = line.section(u'\t', 1);
        if (kind == QStringLiteral("objective")) {
            const Objective *o = m_doc->objective(ObjectiveId(id));
            if (!o)
                return {};
            Objective moved = *o;
            switch (group->kind) {
            case NodeKind::Perspective:
                moved.perspective = PerspectiveId(group->id);
                break;
            case NodeKind::Pillar:
                moved.pillar = PillarId(group->id);
                break;
            case NodeKind::Department:
                moved.department = DepartmentId(group->id);
                break;
            default:
                return {}; // an initiative's objectives are its contributions, not a place
            }
            if (moved == *o)
                return {};
            plan.objectives.push_back(std::move(moved));
        } else if (kind == QStringLiteral("kpi")) {
            const Kpi *k = m_doc->kpi(KpiId(id));
            if (!k || !objective || k->objective.value == objective->id)
                return {};
            Kpi moved = *k;
            moved.objective = ObjectiveId(objective->id);
            plan.kpis.push_back(std::move(moved));
        } else {
            return {};
        }
    }
    return plan;
}

bool ScorecardTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                         const QModelIndex &parent) const
{
    return action == Qt::MoveAction && !planDrop(data, parent).empty();
}

bool ScorecardTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &parent)
{
    if (action != Qt::MoveAction)
        return false;
    DropPlan plan = planDrop(data, parent);
    if (plan.empty())
        return false;
    std::vector<CommandPtr> commands;
    for (const Objective &o : plan.objectives) {
        auto cmd = ChangeEntityCommand<Objective>::create(*m_doc, o);
        if (!cmd) {
            Q_EMIT errorOccurred(cmd.error());
            return false;
        }
        commands.push_back(std::move(cmd).value());
    }
    for (const Kpi &k : plan.kpis) {
        auto cmd = ChangeEntityCommand<Kpi>::create(*m_doc, k);
        if (!cmd) {
            Q_EMIT errorOccurred(cmd.error());
            return false;
        }
        commands.push_back(std::move(cmd).value());
    }
    if (commands.size() == 1) {
        commands.front()->setText(
            plan.objectives.empty()
                ? tr("Move KPI \u201c%1\u201d").arg(plan.kpis.front().name)
                : tr("Move objective \u201c%1\u201d").arg(plan.objectives.front().name));
        if (auto r = m_doc->push(std::move(commands.front())); !r) {
            Q_EMIT errorOccurred(r.error());
            return false;
        }
        return true;
    }
    // Several rows: one undo step. Commands after the first are created
    // against the document as the earlier ones left it.
    const int count = int(commands.size());
    commands.clear();
    UndoMacroGuard macro(m_doc->undoStack(), tr("Move %n items", nullptr, count));
    for (const Objective &o : plan.objectives) {
        auto cmd = ChangeEntityCommand<Objective>::create(*m_doc, o);
        if (!cmd || !m_doc->push(std::move(cmd).value())) {
            Q_EMIT errorOccurred(tr("the move could not be completed"));
            return false;
        }
    }
    for (const Kpi &k : plan.kpis) {
        auto cmd = ChangeEntityCommand<Kpi>::create(*m_doc, k);
        if (!cmd || !m_doc->push(std::move(cmd).value())) {
            Q_EMIT errorOccurred(tr("the move could not be completed"));
            return false;
        }
    }
    return true;
}

} // namespace scorecard
