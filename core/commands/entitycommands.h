// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/changesetcommand.h"
#include "commands/entitynames.h"
#include "commands/removal.h"
#include "document/scorecarddocument.h"
#include "document/validation.h"

#include <memory>

namespace scorecard {

using CommandPtr = std::unique_ptr<QUndoCommand>;

/** Look-up of an entity of type T in the document by its cache key. */
template <typename T> const T *findEntity(const ScorecardDocument &doc, const T &e)
{
    if constexpr (std::is_same_v<T, Perspective>)
        return doc.perspective(e.id);
    else if constexpr (std::is_same_v<T, Pillar>)
        return doc.pillar(e.id);
    else if constexpr (std::is_same_v<T, Department>)
        return doc.department(e.id);
    else if constexpr (std::is_same_v<T, Objective>)
        return doc.objective(e.id);
    else if constexpr (std::is_same_v<T, Link>)
        return doc.link(e.from, e.to);
    else if constexpr (std::is_same_v<T, Kpi>)
        return doc.kpi(e.id);
    else if constexpr (std::is_same_v<T, Okr>)
        return doc.okr(e.id);
    else if constexpr (std::is_same_v<T, DataSource>)
        return doc.dataSource(e.id);
    else
        return doc.initiative(e.id);
}

/**
 * Calls @p f with the entity of @p kind whose id is @p id, for the kinds
 * with an id of their own (perspective, pillar, department, objective,
 * KPI, OKR, initiative, data source). Returns false, not calling @p f, when
 * there is no such entity or the kind has none (links, measurements).
 */
template <typename F>
bool visitEntity(const ScorecardDocument &doc, EntityKind kind, const QString &id, F &&f)
{
    auto call = [&](const auto *e) {
        if (e)
            f(*e);
        return e != nullptr;
    };
    switch (kind) {
    case EntityKind::Perspective:
        return call(doc.perspective(PerspectiveId(id)));
    case EntityKind::Pillar:
        return call(doc.pillar(PillarId(id)));
    case EntityKind::Department:
        return call(doc.department(DepartmentId(id)));
    case EntityKind::Objective:
        return call(doc.objective(ObjectiveId(id)));
    case EntityKind::Kpi:
        return call(doc.kpi(KpiId(id)));
    case EntityKind::Okr:
        return call(doc.okr(OkrId(id)));
    case EntityKind::Initiative:
        return call(doc.initiative(InitiativeId(id)));
    case EntityKind::DataSource:
        return call(doc.dataSource(DataSourceId(id)));
    default:
        return false;
    }
}

/**
 * Add one entity (Insert > Objective, KPI, ...). An empty id is generated
 * from the name; the creation order number is assigned here, once, so redo
 * after undo restores exactly the same row.
 */
template <typename T> class AddEntityCommand : public ChangeSetCommand
{
public:
    static Result<CommandPtr> create(ScorecardDocument &doc, T entity)
    {
        if constexpr (!std::is_same_v<T, Link>) {
            if (entity.id.isNull()) {
                T probe = entity;
                entity.id.value = validation::makeId(entityLabel(entity), [&](const QString &id) {
                    probe.id.value = id;
                    return findEntity(doc, probe) != nullptr;
                });
            }
        }
        if constexpr (std::is_same_v<T, Perspective>) {
            int last = -1;
            for (const Perspective &p : doc.scorecard().perspectives)
                last = std::max(last, p.position);
            entity.position = last + 1;
        } else {
            entity.seq = doc.nextSeq<T>();
        }
        if (auto r = validation::check(doc, entity, validation::Mode::Add); !r)
            return fail(r.error());
        const QString text =
            QCoreApplication::translate("scorecard::Command", "Add %1 \u201c%2\u201d")
                .arg(entityTypeName<T>(), entityLabel(entity));
        return CommandPtr(new AddEntityCommand(&doc, {Change::insert(std::move(entity))}, text));
    }

private:
    using ChangeSetCommand::ChangeSetCommand;
};

/** Change any fields of one entity (its id stays). */
template <typename T> class ChangeEntityCommand : public ChangeSetCommand
{
public:
    static Result<CommandPtr> create(ScorecardDocument &doc, T changed)
    {
        const T *current = findEntity(doc, changed);
        if (!current)
            return fail(QCoreApplication::translate("scorecard::Command", "there is no %1 \"%2\"")
                            .arg(entityTypeName<T>(), entityLabel(changed)));
        if constexpr (!std::is_same_v<T, Perspective>)
            changed.seq = current->seq;
        if constexpr (std::is_same_v<T, Kpi>)
            changed.measurements = current->measurements;
        if (auto r = validation::check(doc, changed, validation::Mode::Change); !r)
            return fail(r.error());
        if (changed == *current)
            return fail(QCoreApplication::translate("scorecard::Command", "nothing to change"));
        const QString text =
            QCoreApplication::translate("scorecard::Command", "Edit %1 \u201c%2\u201d")
                .arg(entityTypeName<T>(), entityLabel(changed));
        return CommandPtr(
            new ChangeEntityCommand(&doc, {Change::update(*current, std::move(changed))}, text));
    }

private:
    using ChangeSetCommand::ChangeSetCommand;
};

/** Remove one entity and detach or remove what depends on it (see removalChanges). */
template <typename T> class RemoveEntityCommand : public ChangeSetCommand
{
public:
    static Result<CommandPtr> create(ScorecardDocument &doc, const T &which)
    {
        const T *current = findEntity(doc, which);
        if (!current)
            return fail(QCoreApplication::translate("scorecard::Command", "there is no %1 \"%2\"")
                            .arg(entityTypeName<T>(), entityLabel(which)));
        auto changes = removalChanges(doc, *current);
        if (!changes)
            return fail(changes.error());
        const QString text =
            QCoreApplication::translate("scorecard::Command", "Remove %1 \u201c%2\u201d")
                .arg(entityTypeName<T>(), entityLabel(*current));
        return CommandPtr(new RemoveEntityCommand(&doc, std::move(changes).value(), text));
    }

private:
    using ChangeSetCommand::ChangeSetCommand;
};

} // namespace scorecard
