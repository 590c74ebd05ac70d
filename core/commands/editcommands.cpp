// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/editcommands.h"

#include "commands/commandid.h"
#include "document/scorecarddocument.h"
#include "document/validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <cmath>
#include <unordered_map>

namespace scorecard {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("scorecard::Command", text, nullptr, n);
}

} // namespace

Result<CommandPtr> MoveObjectivesCommand::create(ScorecardDocument &doc,
                                                 const QHash<ObjectiveId, QPointF> &positions)
{
    ChangeSet set;
    // In the document's order, so the change set does not depend on hash order.
    for (const Objective &o : doc.scorecard().objectives) {
        auto it = positions.find(o.id);
        if (it == positions.end())
            continue;
        if (!std::isfinite(it->x()) || !std::isfinite(it->y()))
            return fail(tr("the map position must be finite"));
        if (o.position == *it)
            continue;
        Objective moved = o;
        moved.position = *it;
        set.push_back(Change::update(o, moved));
    }
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        if (!doc.objective(it.key()))
            return fail(tr("there is no objective \"%1\"").arg(it.key().value));
    }
    if (set.empty())
        return fail(tr("nothing to move"));
    const int n = int(set.size());
    const QString text =
        n == 1
            ? tr("Move objective \u201c%1\u201d").arg(std::get<Objective>(*set.front().after).name)
            : tr("Move %n objective(s)", n);
    return CommandPtr(new MoveObjectivesCommand(&doc, std::move(set), text));
}

Result<CommandPtr> ReorderPerspectivesCommand::create(ScorecardDocument &doc,
                                                      const QList<PerspectiveId> &order)
{
    const auto &current = doc.scorecard().perspectives;
    QSet<PerspectiveId> seen(order.begin(), order.end());
    if (qsizetype(current.size()) != order.size() || seen.size() != order.size())
        return fail(tr("the new order must name every perspective once"));
    ChangeSet set;
    for (int i = 0; i < order.size(); ++i) {
        const Perspective *p = doc.perspective(order.at(i));
        if (!p)
            return fail(tr("there is no perspective \"%1\"").arg(order.at(i).value));
        if (p->position != i) {
            Perspective moved = *p;
            moved.position = i;
            set.push_back(Change::update(*p, moved));
        }
    }
    if (set.empty())
        return fail(tr("the perspectives are already in that order"));
    return CommandPtr(
        new ReorderPerspectivesCommand(&doc, std::move(set), tr("Reorder perspectives")));
}

Result<CommandPtr> ChangeScorecardInfoCommand::create(ScorecardDocument &doc,
                                                      const ScorecardInfo &info)
{
    if (auto r = validation::check(doc, info); !r)
        return fail(r.error());
    if (info == doc.scorecard().info)
        return fail(tr("nothing to change"));
    return CommandPtr(new ChangeScorecardInfoCommand(
        &doc, {Change::update(doc.scorecard().info, info)}, tr("Edit scorecard settings")));
}

Result<CommandPtr> SetMeasurementCommand::create(ScorecardDocument &doc, const KpiId &kpi,
                                                 const Measurement &m)
{
    const MeasurementRecord record{kpi, m};
    if (auto r = validation::check(doc, record); !r)
        return fail(r.error());
    const Measurement *old = doc.measurement(kpi, m.period);
    if (old && *old == m)
        return fail(tr("nothing to change"));
    Change change =
        old ? Change::update(MeasurementRecord{kpi, *old}, record) : Change::insert(record);
    const QString text = tr("Set %1 for %2").arg(doc.kpi(kpi)->name, m.period.toString());
    auto *cmd = new SetMeasurementCommand(&doc, {std::move(change)}, text);
    cmd->m_created = QDateTime::currentMSecsSinceEpoch();
    return CommandPtr(cmd);
}

int SetMeasurementCommand::id() const
{
    return int(CommandId::SetMeasurement);
}

bool SetMeasurementCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetMeasurementCommand *>(other);
    const Change &mine = m_changes.front();
    const Change &theirs = next->m_changes.front();
    if (keyOf(*mine.after) != keyOf(*theirs.after) || next->m_created - m_created > kMergeWindowMs)
        return false;
    // Keep my "before" (or my insert), take their "after": one step from the original value.
    m_changes.front().after = theirs.after;
    m_created = next->m_created;
    // Typing a value and then its old value again leaves nothing to undo.
    if (mine.op == Change::Op::Update && *mine.before == *mine.after)
        setObsolete(true);
    return true;
}

Result<MeasurementChangeSet>
ImportMeasurementsCommand::changesFor(const ScorecardDocument &doc,
                                      const std::vector<MeasurementRecord> &records)
{
    // The periods given so far for each KPI, sorted: records come grouped by
    // KPI or by period, so each KPI's periods mostly arrive in order and the
    // check for a second value of one period is an append.
    std::unordered_map<const Kpi *, std::vector<Period>> given;
    const Kpi *kpi = nullptr;
    std::vector<Period> *periods = nullptr;
    MeasurementChangeSet set;
    set.reserve(records.size());
    for (const MeasurementRecord &record : records) {
        if (!kpi || kpi->id != record.kpi) {
            kpi = doc.kpi(record.kpi);
            if (!kpi)
                return fail(tr("there is no KPI \"%1\"").arg(record.kpi.value));
            periods = &given[kpi];
        }
        if (auto r = validation::check(*kpi, record.measurement); !r)
            return fail(r.error());
        const Period &period = record.measurement.period;
        if (periods->empty() || periods->back() < period) {
            periods->push_back(period);
        } else {
            auto at = std::lower_bound(periods->begin(), periods->end(), period);
            if (*at == period)
                return fail(tr("the value of \"%1\" for %2 is given twice")
                                .arg(record.kpi.value, period.toString()));
            periods->insert(at, period);
        }
        const auto &list = kpi->measurements;
        auto it = std::lower_bound(list.begin(), list.end(), period,
                                   [](const Measurement &m, const Period &p) { return m.period < p; });
        const Measurement *old = it != list.end() && it->period == period ? &*it : nullptr;
        if (old && *old == record.measurement)
            continue;
        MeasurementChange change;
        change.kpi = kpi->id;
        change.period = period;
        change.after = record.measurement.value;
        change.afterNote = record.measurement.note;
        if (old) {
            change.hadBefore = true;
            change.before = old->value;
            change.beforeNote = old->note;
        }
        set.push_back(std::move(change));
    }
    return set;
}

Result<CommandPtr> ImportMeasurementsCommand::create(ScorecardDocument &doc,
                                                     const std::vector<MeasurementRecord> &records,
                                                     const QString &text)
{
    auto set = changesFor(doc, records);
    if (!set)
        return fail(set.error());
    if (set->empty())
        return fail(tr("nothing to change: every value is already there"));
    const QString label = text.isEmpty() ? tr("Import %n value(s)", int(set->size())) : text;
    return CommandPtr(new ImportMeasurementsCommand(&doc, std::move(set).value(), label));
}

ImportMeasurementsCommand::ImportMeasurementsCommand(ScorecardDocument *doc,
                                                     MeasurementChangeSet changes,
                                                     const QString &text)
    : QUndoCommand(text), m_doc(doc), m_changes(std::move(changes))
{
}

void ImportMeasurementsCommand::redo()
{
    if (auto r = m_doc->apply(m_changes); !r) {
        setObsolete(true);
        m_doc->reportError(tr("%1 failed: %2").arg(text(), r.error()));
    }
}

void ImportMeasurementsCommand::undo()
{
    if (auto r = m_doc->apply(m_changes, true); !r) {
        setObsolete(true);
        m_doc->reportError(tr("Undo of %1 failed: %2").arg(text(), r.error()));
    }
}

Result<CommandPtr> RefreshDataCommand::create(ScorecardDocument &doc,
                                              const std::vector<MeasurementRecord> &records,
                                              const std::vector<DataSource> &sources)
{
    auto set = ImportMeasurementsCommand::changesFor(doc, records);
    if (!set)
        return fail(set.error());
    ChangeSet statuses;
    for (const DataSource &after : sources) {
        const DataSource *before = doc.dataSource(after.id);
        if (!before)
            return fail(tr("there is no data source \"%1\"").arg(after.id.value));
        if (!(*before == after))
            statuses.push_back(Change::update(*before, after));
    }
    if (set->empty() && statuses.empty())
        return fail(tr("nothing to change: every value is already there"));
    const QString text = set->empty() ? tr("Refresh data (no new values)")
                         : set->size() == 1
                             ? tr("Refresh data (1 value)")
                             : tr("Refresh data (%1 values)").arg(set->size());
    auto *command = new RefreshDataCommand(text);
    command->m_doc = &doc;
    command->m_measurements = std::move(set).value();
    command->m_sources = std::move(statuses);
    return CommandPtr(command);
}

void RefreshDataCommand::redo()
{
    if (auto r = m_doc->apply(m_measurements, false, m_sources); !r) {
        setObsolete(true);
        m_doc->reportError(tr("%1 failed: %2").arg(text(), r.error()));
    }
}

void RefreshDataCommand::undo()
{
    if (auto r = m_doc->apply(m_measurements, true, m_sources); !r) {
        setObsolete(true);
        m_doc->reportError(tr("Undo of %1 failed: %2").arg(text(), r.error()));
    }
}

Result<CommandPtr> RemoveMeasurementCommand::create(ScorecardDocument &doc, const KpiId &kpi,
                                                    const Period &period)
{
    const Measurement *old = doc.measurement(kpi, period);
    if (!old)
        return fail(tr("KPI \"%1\" has no value for %2").arg(kpi.value, period.toString()));
    const QString text = tr("Remove %1 value for %2").arg(doc.kpi(kpi)->name, period.toString());
    return CommandPtr(
        new RemoveMeasurementCommand(&doc, {Change::remove(MeasurementRecord{kpi, *old})}, text));
}

} // namespace scorecard
