// SPDX-License-Identifier: GPL-3.0-or-later
#include "editactions.h"
#include "actionicon.h"

#include "commands/entitycommands.h"
#include "document/scorecarddocument.h"
#include "document/validation.h"
#include "entityselection.h"
#include "mainwindow.h"
#include "scorecardpanel.h"
#include "scorecardtreemodel.h"
#include "strategymap/linkitem.h"
#include "strategymap/objectivecarditem.h"
#include "strategymap/strategymappanel.h"
#include "strategymap/strategymapscene.h"

#include <QAction>
#include <QComboBox>
#include <QGraphicsItem>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

namespace scorecard {

namespace {

/** @p base, or "base 2", "base 3" ... the first that @p taken does not hold. */
QString uniqueName(const QString &base, const QStringList &taken)
{
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

template <typename T> QStringList namesOf(const std::vector<T> &list)
{
    QStringList names;
    for (const T &e : list)
        names << e.name;
    return names;
}

/** The objective the selection belongs to: itself, or the one its KPI or OKR measures. */
ObjectiveId selectedObjective(const ScorecardDocument &doc, const EntitySelection &sel)
{
    switch (sel.kind()) {
    case EntityKind::Objective:
        if (doc.objective(ObjectiveId(sel.id())))
            return ObjectiveId(sel.id());
        break;
    case EntityKind::Kpi:
        if (const Kpi *k = doc.kpi(KpiId(sel.id())))
            return k->objective;
        break;
    case EntityKind::Okr:
        if (const Okr *o = doc.okr(OkrId(sel.id())))
            return o->objective;
        break;
    default:
        break;
    }
    return {};
}

} // namespace

EditActions::EditActions(MainWindow *window) : QObject(window), m_window(window)
{
    struct Item
    {
        EntityKind kind;
        QString text;
        QString tip;
        const char *icon;
    };
    const Item items[] = {
        {EntityKind::Perspective, tr("&Perspective"), tr("Add a perspective (a lane of the map)"),
         "insert-perspective"},
        {EntityKind::Pillar, tr("P&illar"), tr("Add a strategic pillar"), "insert-pillar"},
        {EntityKind::Department, tr("&Department"),
         tr("Add a department (inside the selected department)"), "insert-department"},
        {EntityKind::Objective, tr("&Objective"),
         tr("Add an objective to the selected perspective, pillar or department"),
         "insert-objective"},
        {EntityKind::Kpi, tr("&KPI"), tr("Add a KPI to the selected objective"), "insert-kpi"},
        {EntityKind::Okr, tr("O&KR"), tr("Add an OKR to the selected objective"), "insert-okr"},
        {EntityKind::Initiative, tr("I&nitiative"),
         tr("Add an initiative (contributing to the selected objective)"), "insert-initiative"},
    };
    for (const Item &item : items) {
        auto *action = new QAction(item.text, this);
        action->setToolTip(item.tip);
        action->setIcon(actionIcon(QString::fromLatin1(item.icon)));
        action->setStatusTip(item.tip);
        action->setData(int(item.kind));
        connect(action, &QAction::triggered, this, [this, kind = item.kind] {
            if (auto r = insert(kind); !r && !r.error().isEmpty())
                Q_EMIT errorOccurred(r.error());
        });
        m_insert << action;
    }
    m_insert[int(std::find_if(items, std::end(items),
                              [](const Item &i) { return i.kind == EntityKind::Objective; }) -
                 items)]
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_insert[int(std::find_if(items, std::end(items),
                              [](const Item &i) { return i.kind == EntityKind::Kpi; }) -
                 items)]
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));

    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setIcon(actionIcon(QStringLiteral("edit-delete")));
    m_delete->setToolTip(tr("Delete the selected item"));
    connect(m_delete, &QAction::triggered, this, [this] {
        if (auto r = deleteSelected(); !r && !r.error().isEmpty())
            Q_EMIT errorOccurred(r.error());
    });

    // The tree's context menu offers the inserts that go under a row, and Delete.
    QTreeView *view = window->scorecardPanel()->view();
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    view->addAction(separator);
    for (EntityKind kind :
         {EntityKind::Objective, EntityKind::Kpi, EntityKind::Okr, EntityKind::Initiative})
        view->addAction(insertAction(kind));
    view->addAction(m_delete);

    connect(window->selection(), &EntitySelection::currentChanged, this,
            &EditActions::updateActions);
    connect(window->tabs(), &QTabWidget::currentChanged, this, &EditActions::updateActions);
    updateActions();
}

void EditActions::addToMenus(QMenu *insertMenu, QMenu *editMenu)
{
    insertMenu->addActions(m_insert);
    editMenu->addAction(m_delete);
}

QAction *EditActions::insertAction(EntityKind kind) const
{
    for (QAction *a : m_insert) {
        if (a->data().toInt() == int(kind))
            return a;
    }
    return nullptr;
}

void EditActions::setEditingAllowed(bool allowed)
{
    m_allowed = allowed;
    updateActions();
}

void EditActions::setConfirmHandler(std::function<bool(const QString &)> handler)
{
    m_confirm = std::move(handler);
}

bool EditActions::confirm(const QString &question) const
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(m_window, tr("Delete"), question,
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void EditActions::updateActions()
{
    const ScorecardDocument *doc = m_window->document();
    const bool editing = m_allowed && doc && !doc->isReadOnly();
    for (QAction *a : std::as_const(m_insert)) {
        const auto kind = EntityKind(a->data().toInt());
        bool enabled = editing;
        if (enabled && (kind == EntityKind::Kpi || kind == EntityKind::Okr))
            enabled = !selectedObjective(*doc, *m_window->selection()).isNull();
        if (enabled && kind == EntityKind::Objective)
            enabled = !doc->scorecard().perspectives.empty();
        a->setEnabled(enabled);
    }
    // On the map tab Delete acts on the map's selection (cards and arrows),
    // which changes without telling us: it stays enabled there.
    const bool mapTab = m_window->tabs()->currentWidget() == m_window->mapPanel();
    m_delete->setEnabled(editing && (mapTab || !m_window->selection()->isEmpty()));
}

Result<QString> EditActions::insert(EntityKind kind)
{
    ScorecardDocument *doc = m_window->document();
    if (!doc)
        return fail(tr("No scorecard is open."));
    if (doc->isReadOnly())
        return fail(tr("The scorecard is read-only: %1").arg(doc->readOnlyReason()));
    if (!m_allowed)
        return fail(tr("Presentation mode is on: leave it to edit."));
    const Scorecard &sc = doc->scorecard();
    const EntitySelection &sel = *m_window->selection();
    const ObjectiveId objective = selectedObjective(*doc, sel);
    auto makeId = [](const QString &name, auto exists) { return validation::makeId(name, exists); };

    Result<CommandPtr> cmd = fail(QString());
    QString id;
    switch (kind) {
    case EntityKind::Perspective: {
        Perspective p;
        p.name = uniqueName(tr("New perspective"), namesOf(sc.perspectives));
        p.id.value =
            makeId(p.name, [&](const QString &i) { return doc->perspective(PerspectiveId(i)); });
        id = p.id.value;
        cmd = AddEntityCommand<Perspective>::create(*doc, p);
        break;
    }
    case EntityKind::Pillar: {
        Pillar p;
        p.name = uniqueName(tr("New pillar"), namesOf(sc.pillars));
        p.id.value = makeId(p.name, [&](const QString &i) { return doc->pillar(PillarId(i)); });
        id = p.id.value;
        cmd = AddEntityCommand<Pillar>::create(*doc, p);
        break;
    }
    case EntityKind::Department: {
        Department d;
        if (sel.kind() == EntityKind::Department && doc->department(DepartmentId(sel.id())))
            d.parent = DepartmentId(sel.id());
        d.name = uniqueName(tr("New department"), namesOf(sc.departments));
        d.id.value =
            makeId(d.name, [&](const QString &i) { return doc->department(DepartmentId(i)); });
        id = d.id.value;
        cmd = AddEntityCommand<Department>::create(*doc, d);
        break;
    }
    case EntityKind::Objective: {
        Objective o;
        o.name = tr("New objective");
        if (sel.kind() == EntityKind::Perspective && doc->perspective(PerspectiveId(sel.id())))
            o.perspective = PerspectiveId(sel.id());
        else if (const Objective *other = doc->objective(objective))
            o.perspective = other->perspective;
        if (sel.kind() == EntityKind::Pillar && doc->pillar(PillarId(sel.id())))
            o.pillar = PillarId(sel.id());
        if (sel.kind() == EntityKind::Department && doc->department(DepartmentId(sel.id())))
            o.department = DepartmentId(sel.id());
        if (o.perspective.isNull()) { // the top lane
            const Perspective *top = nullptr;
            for (const Perspective &p : sc.perspectives) {
                if (!top || p.position < top->position)
                    top = &p;
            }
            if (!top)
                return fail(tr("Add a perspective first: every objective sits in one."));
            o.perspective = top->id;
        }
        o.id.value =
            makeId(o.name, [&](const QString &i) { return doc->objective(ObjectiveId(i)); });
        id = o.id.value;
        cmd = AddEntityCommand<Objective>::create(*doc, o);
        break;
    }
    case EntityKind::Kpi: {
        if (objective.isNull())
            return fail(tr("Select the objective the new KPI measures first."));
        Kpi k;
        k.name = tr("New KPI");
        k.objective = objective;
        k.id.value = makeId(k.name, [&](const QString &i) { return doc->kpi(KpiId(i)); });
        id = k.id.value;
        cmd = AddEntityCommand<Kpi>::create(*doc, k);
        break;
    }
    case EntityKind::Okr: {
        if (objective.isNull())
            return fail(tr("Select the objective the new OKR serves first."));
        Okr o;
        o.title = tr("New OKR");
        o.objective = objective;
        o.id.value = makeId(o.title, [&](const QString &i) { return doc->okr(OkrId(i)); });
        id = o.id.value;
        cmd = AddEntityCommand<Okr>::create(*doc, o);
        break;
    }
    case EntityKind::Initiative: {
        Initiative in;
        in.name = tr("New initiative");
        if (!objective.isNull())
            in.contributions.push_back({objective, 1});
        in.id.value =
            makeId(in.name, [&](const QString &i) { return doc->initiative(InitiativeId(i)); });
        id = in.id.value;
        cmd = AddEntityCommand<Initiative>::create(*doc, in);
        break;
    }
    default:
        return fail(tr("This kind of item cannot be inserted."));
    }
    if (!cmd)
        return fail(cmd.error());
    if (auto r = doc->push(std::move(cmd).value()); !r)
        return fail(QString()); // the document has reported it
    m_window->selection()->setCurrent(kind, id);
    startNameEdit(kind, id);
    return id;
}

void EditActions::startNameEdit(EntityKind kind, const QString &id)
{
    // A new objective on the map is named on its card; everything else in the tree.
    StrategyMapScene *scene = m_window->mapPanel()->scene();
    if (kind == EntityKind::Objective && scene &&
        m_window->tabs()->currentWidget() == m_window->mapPanel()) {
        scene->selectObjective(ObjectiveId(id));
        scene->startRename(ObjectiveId(id));
        return;
    }
    ScorecardPanel *panel = m_window->scorecardPanel();
    // Perspectives, pillars and departments are rows only when the tree is
    // grouped by them; an initiative that drives nothing yet only by initiative.
    std::optional<ScorecardTreeModel::Grouping> grouping;
    if (kind == EntityKind::Perspective)
        grouping = ScorecardTreeModel::Grouping::ByPerspective;
    else if (kind == EntityKind::Pillar)
        grouping = ScorecardTreeModel::Grouping::ByPillar;
    else if (kind == EntityKind::Department)
        grouping = ScorecardTreeModel::Grouping::ByDepartment;
    else if (kind == EntityKind::Initiative && m_window->document() &&
             m_window->document()->initiative(InitiativeId(id)) &&
             m_window->document()->initiative(InitiativeId(id))->contributions.empty())
        grouping = ScorecardTreeModel::Grouping::ByInitiative;
    if (grouping && (!panel->model() || panel->model()->grouping() != *grouping)) {
        QComboBox *combo = panel->groupingCombo();
        combo->setCurrentIndex(combo->findData(int(*grouping)));
    }
    m_window->tabs()->setCurrentWidget(panel);
    panel->editName(kind, id);
}

Result<QStringList> EditActions::consequences(EntityKind kind, const QString &id) const
{
    const ScorecardDocument *doc = m_window->document();
    if (!doc)
        return fail(tr("No scorecard is open."));
    Result<ChangeSet> changes = fail(tr("This item cannot be deleted here."));
    visitEntity(*doc, kind, id, [&](const auto &e) { changes = removalChanges(*doc, e); });
    if (!changes)
        return fail(changes.error());
    auto objectiveName = [doc](const ObjectiveId &o) {
        const Objective *obj = doc->objective(o);
        return obj ? obj->name : o.value;
    };
    QStringList lines;
    for (const Change &c : *changes) {
        const EntityValue &value = c.op == Change::Op::Remove ? *c.before : *c.after;
        if (kindOf(value) == kind && keyOf(value) == id)
            continue; // the item itself
        const QString line = std::visit(
            [&](const auto &e) -> QString {
                using T = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<T, Link>) {
                    return tr("the link \u201c%1\u201d \u2192 \u201c%2\u201d is removed")
                        .arg(objectiveName(e.from), objectiveName(e.to));
                } else if constexpr (std::is_same_v<T, ScorecardInfo> ||
                                     std::is_same_v<T, MeasurementRecord>) {
                    return QString();
                } else {
                    if (c.op == Change::Op::Remove)
                        return tr("the %1 \u201c%2\u201d is removed")
                            .arg(entityTypeName<T>(), entityLabel(e));
                    return tr("the %1 \u201c%2\u201d stays, no longer attached to it")
                        .arg(entityTypeName<T>(), entityLabel(e));
                }
            },
            value);
        if (!line.isEmpty() && !lines.contains(line))
            lines << line;
    }
    return lines;
}

Result<void> EditActions::deleteSelected()
{
    ScorecardDocument *doc = m_window->document();
    if (!doc)
        return fail(tr("No scorecard is open."));
    if (doc->isReadOnly())
        return fail(tr("The scorecard is read-only: %1").arg(doc->readOnlyReason()));
    if (!m_allowed)
        return fail(tr("Presentation mode is on: leave it to edit."));

    if (m_window->tabs()->currentWidget() == m_window->mapPanel()) {
        StrategyMapScene *scene = m_window->mapPanel()->scene();
        if (!scene || scene->selectedItems().isEmpty())
            return {}; // nothing selected on the map: nothing to do
        if (scene->nameEditor())
            return {}; // the rename editor has the key
        QStringList names;
        QStringList lines;
        int links = 0;
        for (QGraphicsItem *item : scene->selectedItems()) {
            if (auto *card = dynamic_cast<ObjectiveCardItem *>(item)) {
                const Objective *o = doc->objective(card->id());
                names << (o ? o->name : card->id().value);
                if (auto more = consequences(EntityKind::Objective, card->id().value))
                    lines << *more;
            } else if (dynamic_cast<LinkItem *>(item)) {
                ++links;
            }
        }
        lines.removeDuplicates();
        QString question;
        if (names.isEmpty())
            question = links == 1 ? tr("Delete the selected arrow?")
                                  : tr("Delete the %1 selected arrows?").arg(links);
        else
            question = tr("Delete %1?")
                           .arg(QStringLiteral("\u201c%1\u201d")
                                    .arg(names.join(QStringLiteral("\u201d, \u201c"))));
        if (!names.isEmpty() && links > 0)
            question += u'\n' + (links == 1 ? tr("The selected arrow goes too.")
                                            : tr("The %1 selected arrows go too.").arg(links));
        if (!lines.isEmpty())
            question += u'\n' + tr("This also changes:") + QStringLiteral("\n\u2022 ") +
                        lines.join(QStringLiteral("\n\u2022 "));
        if (!confirm(question))
            return {};
        if (auto r = scene->removeSelected(); !r)
            return fail(QString()); // the scene has reported it
        m_window->selection()->clear();
        return {};
    }

    const EntitySelection &sel = *m_window->selection();
    if (sel.isEmpty())
        return fail(tr("Select what to delete first."));
    const EntityKind kind = sel.kind();
    const QString id = sel.id();
    auto lines = consequences(kind, id);
    if (!lines)
        return fail(tr("Cannot delete: %1").arg(lines.error()));

    Result<CommandPtr> cmd = fail(tr("This item cannot be deleted here."));
    QString label;
    visitEntity(*doc, kind, id, [&](const auto &e) {
        using T = std::decay_t<decltype(e)>;
        cmd = RemoveEntityCommand<T>::create(*doc, e);
        label = entityLabel(e);
    });
    if (!cmd)
        return fail(tr("Cannot delete: %1").arg(cmd.error()));
    QString question = tr("Delete \u201c%1\u201d?").arg(label);
    if (!lines->isEmpty())
        question += u'\n' + tr("This also changes:") + QStringLiteral("\n\u2022 ") +
                    lines->join(QStringLiteral("\n\u2022 "));
    if (!confirm(question))
        return {};
    if (auto r = doc->push(std::move(cmd).value()); !r)
        return fail(QString()); // the document has reported it
    m_window->selection()->clear();
    return {};
}

} // namespace scorecard
