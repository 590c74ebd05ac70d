// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/changesetcommand.h"
#include "model/scorecard.h"
#include "util/result.h"

#include <QHash>
#include <QPointF>

#include <memory>

namespace scorecard {

class ScorecardDocument;
using CommandPtr = std::unique_ptr<QUndoCommand>;

/** Move one or more objectives on the map: one command for a whole drag. */
class MoveObjectivesCommand : public ChangeSetCommand
{
public:
    static Result<CommandPtr> create(ScorecardDocument &doc,
                                     const QHash<ObjectiveId, QPointF> &positions);

private:
    using ChangeSetCommand::ChangeSetCommand;
};

/** Put the perspectives in a new order (top lane first). */
class ReorderPerspectivesCommand : public ChangeSetCommand
{
public:
    static Result<CommandPtr> create(ScorecardDocument &doc, const QList<PerspectiveId> &order);

private:
    using ChangeSetCommand::ChangeSetCommand;
};

/** Rename the scorecard, change its description, bands or currency. */
class ChangeScorecardInfoCommand : public ChangeSetCommand
{
public:
    static Result<CommandPtr> create(ScorecardDocument &doc, const ScorecardInfo &info);

private:
    using ChangeSetCommand::ChangeSetCommand;
};

/**
 * Enter or edit one KPI value for one period. Quick successive edits of the
 * same cell merge into one undo step.
 */
class SetMeasurementCommand : public ChangeSetCommand
{
public:
    static Result<CommandPtr> create(ScorecardDocument &doc, const KpiId &kpi,
                                     const Measurement &m);
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    /** Edits of one cell closer together than this merge into one undo step. */
    static constexpr qint64 kMergeWindowMs = 3000;

private:
    using ChangeSetCommand::ChangeSetCommand;
    qint64 m_created = 0;
};

/**
 * Enter many KPI values at once (an import, a data refresh): one change set,
 * one transaction, one undo step; all or nothing. Kept as a compact
 * MeasurementChangeSet: a million values cost about 100 MB, not 700.
 */
class ImportMeasurementsCommand : public QUndoCommand
{
public:
    /**
     * Fails when a record is invalid (unknown KPI, a period of another
     * frequency, a value that is not finite, a note too long), when two
     * records give the same KPI and period, and with "nothing to change"
     * when every value is already there.
     */
    static Result<CommandPtr> create(ScorecardDocument &doc,
                                     const std::vector<MeasurementRecord> &records,
                                     const QString &text = {});

    /**
     * The changes @p records make to @p doc (values already there are left
     * out; the set may be empty), or the first record's error. For commands
     * that import values with other changes.
     */
    static Result<MeasurementChangeSet> changesFor(const ScorecardDocument &doc,
                                                   const std::vector<MeasurementRecord> &records);

    void redo() override;
    void undo() override;
    const MeasurementChangeSet &changes() const { return m_changes; }

private:
    ImportMeasurementsCommand(ScorecardDocument *doc, MeasurementChangeSet changes,
                              const QString &text);
    ScorecardDocument *m_doc;
    MeasurementChangeSet m_changes;
};

/**
 * A refresh of data sources: the values they gave and each source's new
 * status (last good refresh, last error), in one transaction and one undo
 * step. Undo puts back the values and the statuses.
 */
class RefreshDataCommand : public QUndoCommand
{
public:
    /** @p sources: the sources with their statuses after this refresh. */
    static Result<CommandPtr> create(ScorecardDocument &doc,
                                     const std::vector<MeasurementRecord> &records,
                                     const std::vector<DataSource> &sources);

    void redo() override;
    void undo() override;
    const MeasurementChangeSet &measurements() const { return m_measurements; }
    const ChangeSet &sources() const { return m_sources; }

private:
    using QUndoCommand::QUndoCommand;
    ScorecardDocument *m_doc = nullptr;
    MeasurementChangeSet m_measurements;
    ChangeSet m_sources;
};

/** Remove one KPI value. */
class RemoveMeasurementCommand : public ChangeSetCommand
{
public:
    static Result<CommandPtr> create(ScorecardDocument &doc, const KpiId &kpi,
                                     const Period &period);

private:
    using ChangeSetCommand::ChangeSetCommand;
};

} // namespace scorecard
