// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"
#include "scoring/score.h"
#include "util/result.h"

#include <QAbstractItemModel>
#include <QDate>

#include <QHash>
#include <QIcon>

#include <memory>
#include <optional>
#include <vector>

namespace scorecard {

class ScorecardDocument;

/**
 * The scorecard as a tree: perspective -> objective -> KPIs, OKRs (with
 * their key results) and contributing initiatives, with scores from the
 * engine at the model's as-of date.
 *
 * The structure follows the document: after every applied change set the
 * tree is compared with the document level by level and the differences are
 * announced as row removals and insertions (a reload resets the model).
 * Edits (name, owner, weight, KPI target, KPI value of the as-of period) push
 * commands on the document's undo stack.
 */
class ScorecardTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        OwnerColumn,
        DepartmentColumn,
        PillarColumn,
        WeightColumn,
        ValueColumn,
        TargetColumn,
        ScoreColumn,
        StatusColumn,
        TrendColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum class NodeKind {
        Perspective,
        Objective,
        Kpi,
        Okr,
        KeyResult,
        Initiative,
        Pillar,
        Department
    };
    /** What the top level of the tree is. */
    enum class Grouping { ByPerspective, ByPillar, ByDepartment, ByInitiative };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the entity id (a key result: its own id)
        KindRole,                  ///< NodeKind as int
        StatusRole,                ///< scoring::Status as int (rows without a score: NoData)
        SortRole,                  ///< numbers as numbers, text as text
    };

    explicit ScorecardTreeModel(ScorecardDocument *doc, QObject *parent = nullptr);
    ~ScorecardTreeModel() override;

    ScorecardDocument *document() const { return m_doc; }
    QDate asOf() const { return m_asOf; }
    /** Re-scores at @p asOf and announces the changed score columns. */
    void setAsOf(QDate asOf);
    Grouping grouping() const { return m_grouping; }
    /** Regroups the objectives (resets the model). */
    void setGrouping(Grouping grouping);
    const scoring::Results &results() const { return m_results; }
    /**
     * Whether the model offers editing (in-place edits, drag and drop); off
     * in presentation mode. A read-only document never offers it.
     */
    void setEditable(bool editable);
    bool isEditable() const;

    /** The MIME type of dragged rows: lines of "kind<TAB>id". */
    static QString mimeType() { return QStringLiteral("application/x-scorecard-tree-rows"); }

    /** The row of an entity (the first one for an initiative), or an invalid index. */
    QModelIndex indexOf(NodeKind kind, const QString &id, int column = 0) const;
    /** The score shown in row @p index, or nullptr. */
    const scoring::Score *scoreAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Drag and drop: an objective onto another perspective, pillar or
    // department group; a KPI onto another objective. One command per drop;
    // a drop that changes nothing or is not allowed is refused.
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    /** An edit was refused (validation) or failed: the message is for the user. */
    void errorOccurred(const QString &message);

private:
    struct Node;
    struct Key
    {
        NodeKind kind;
        QString id;
        bool operator==(const Key &) const = default;
    };

    std::vector<Key> wantedChildren(const Node *node) const;
    void syncChildren(Node *node, const QModelIndex &index);
    void rebuild();
    void fill(Node *node);
    void recompute();
    void announceAll(const Node *node, const QModelIndex &index, int first, int last);
    QIcon statusIcon(scoring::Status status) const;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    const Node *find(const Node *node, NodeKind kind, const QString &id) const;
    QVariant display(const Node *node, int column) const;
    QVariant sortValue(const Node *node, int column) const;
    /** The stored number an edit of @p column starts from (weight, KPI target, KPI value). */
    std::optional<double> editNumber(const Node *node, int column) const;
    std::optional<double> keyResultScore(const Node *node) const;
    Result<void> edit(const Node *node, int column, const QVariant &value);
    /** The entities a drop of @p data on @p parent changes, in their new state (empty: refused). */
    struct DropPlan
    {
        std::vector<Objective> objectives;
        std::vector<Kpi> kpis;
        bool empty() const { return objectives.empty() && kpis.empty(); }
    };
    DropPlan planDrop(const QMimeData *data, const QModelIndex &parent) const;

    ScorecardDocument *m_doc;
    std::unique_ptr<Node> m_root;
    QDate m_asOf;
    Grouping m_grouping = Grouping::ByPerspective;
    bool m_editable = true;
    scoring::Results m_results;
    mutable QHash<int, QIcon> m_icons;
};

} // namespace scorecard
