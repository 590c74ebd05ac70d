// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/changeset.h"
#include "document/entitytable.h"
#include "document/fields.h"
#include "scoring/engine.h"
#include "storage/scorecardfile.h"
#include "util/progress.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace scorecard {

/**
 * An open .scorecard file: the one source of truth for views, scoring and
 * the CLI. It owns the SQLite connection, an id-keyed cache of the whole
 * scorecard (const read API), and the undo stack. Every edit is a command
 * whose change set is committed in its own transaction; the cache changes
 * and the signals are emitted only after the commit succeeded.
 */
class ScorecardDocument : public QObject
{
    Q_OBJECT

public:
    ~ScorecardDocument() override;

    static Result<std::unique_ptr<ScorecardDocument>>
    open(const QString &path, ScorecardFile::Access access = ScorecardFile::Access::ReadWrite);

    QString path() const { return m_file->path(); }
    bool isReadOnly() const { return m_file->isReadOnly(); }
    QString readOnlyReason() const { return m_file->readOnlyReason(); }
    /** Says why a read-only document is read-only (no-op for a writable one). */
    void setReadOnlyReason(const QString &reason) { m_file->setReadOnlyReason(reason); }
    /** Another program committed to the file since this document read or wrote it. */
    bool isChangedOnDisk() { return m_file->dataVersion() != m_dataVersion; }
    QUndoStack *undoStack() { return &m_undoStack; }
    /** The file underneath, for diagnostics and tests; edits go through commands only. */
    ScorecardFile *storage() { return m_file.get(); }

    const Scorecard &scorecard() const { return m_cache; }
    /**
     * The scores of the whole scorecard at @p asOf, computed once per state
     * of the document and date and shared by every view that asks (the map,
     * the tree, the details, problems, investments). Any change makes the
     * next call compute again.
     */
    std::shared_ptr<const scoring::Results> scores(QDate asOf) const;
    const Perspective *perspective(const PerspectiveId &id) const
    {
        return m_perspectives.find(id.value);
    }
    const Pillar *pillar(const PillarId &id) const { return m_pillars.find(id.value); }
    const Department *department(const DepartmentId &id) const
    {
        return m_departments.find(id.value);
    }
    const Objective *objective(const ObjectiveId &id) const { return m_objectives.find(id.value); }
    const Link *link(const ObjectiveId &from, const ObjectiveId &to) const;
    const Kpi *kpi(const KpiId &id) const { return m_kpis.find(id.value); }
    const Okr *okr(const OkrId &id) const { return m_okrs.find(id.value); }
    const Initiative *initiative(const InitiativeId &id) const
    {
        return m_initiatives.find(id.value);
    }
    const Measurement *measurement(const KpiId &kpi, const Period &period) const;
    const DataSource *dataSource(const DataSourceId &id) const
    {
        return m_dataSources.find(id.value);
    }

    /** The next creation-order number for a new entity of the kind of @p sample. */
    template <typename T> qint64 nextSeq() const;

    /**
     * Pushes @p command onto the undo stack (which runs it). Returns its
     * error if it failed; a failed command leaves neither the file nor the
     * cache changed and is not kept on the stack.
     */
    Result<void> push(std::unique_ptr<QUndoCommand> command);

    /** Commits @p changes in one transaction, then updates the cache and signals. For commands. */
    Result<void> apply(const ChangeSet &changes);

    /**
     * Commits @p others and measurement changes in one transaction (all
     * inverted, in reverse order, when @p undo), then updates the cache and
     * signals. For bulk commands.
     */
    Result<void> apply(const MeasurementChangeSet &changes, bool undo = false,
                       const ChangeSet &others = {});

    /**
     * Called while apply() writes a change set (changes written of the
     * total, every few thousand); returning false rolls the transaction back
     * and apply() fails with "cancelled". For long imports; empty: none.
     */
    void setWriteProgress(ProgressCallback progress) { m_writeProgress = std::move(progress); }

    /**
     * Re-reads the file if another program committed changes since this
     * document last read or wrote it (SQLite's data_version). Returns whether
     * it reloaded. After a reload the undo history is dropped.
     */
    Result<bool> reloadIfChanged();

    /** Writes a consistent copy (Save As / backup). The open file stays the current one. */
    Result<void> saveCopy(const QString &target);

    /** Reports an error of a command run by the undo stack (GUI shows it). */
    void reportError(const QString &message);

Q_SIGNALS:
    void entityAdded(scorecard::EntityKind kind, const QString &id);
    void entityAboutToBeRemoved(scorecard::EntityKind kind, const QString &id);
    void entityRemoved(scorecard::EntityKind kind, const QString &id);
    void entityChanged(scorecard::EntityKind kind, const QString &id, scorecard::Fields fields);
    /** One or more measurements of @p kpi were added, changed or removed. */
    void measurementsChanged(const QString &kpi);
    /** The whole content was re-read from the file: views must reset. */
    void reloaded();
    /** After every applied change set: for views that simply recompute. */
    void changed();
    void errorOccurred(const QString &message);

private:
    ScorecardDocument(std::unique_ptr<ScorecardFile> file, Scorecard cache);
    Result<void> write(const Change &change);
    template <typename Write, typename Finish>
    Result<void> commit(qint64 total, Write write, Finish finish);
    static void updateMeasurementCache(std::vector<Measurement> &list, const Period &period,
                                       const Measurement *after);
    Result<void> reload();
    void updateCache(const Change &change, QSet<QString> &touchedKpis);

    /** Called before the cache changes: scores computed so far are out of date. */
    void cacheChanging() { m_scores.clear(); }

    std::unique_ptr<ScorecardFile> m_file;
    Scorecard m_cache;
    /// Scores of the current state by date (a handful: as-of and its neighbours).
    mutable std::vector<std::pair<QDate, std::shared_ptr<const scoring::Results>>> m_scores;
    EntityTable<Perspective> m_perspectives{m_cache.perspectives};
    EntityTable<Pillar> m_pillars{m_cache.pillars};
    EntityTable<Department> m_departments{m_cache.departments};
    EntityTable<Objective> m_objectives{m_cache.objectives};
    EntityTable<Link> m_links{m_cache.links};
    EntityTable<Kpi> m_kpis{m_cache.kpis};
    EntityTable<Okr> m_okrs{m_cache.okrs};
    EntityTable<Initiative> m_initiatives{m_cache.initiatives};
    EntityTable<DataSource> m_dataSources{m_cache.dataSources};
    QUndoStack m_undoStack;
    QString m_commandError;
    ProgressCallback m_writeProgress;
    qint64 m_dataVersion = -1;
};

template <typename T> qint64 ScorecardDocument::nextSeq() const
{
    if constexpr (std::is_same_v<T, Pillar>)
        return m_pillars.nextSeq();
    else if constexpr (std::is_same_v<T, Department>)
        return m_departments.nextSeq();
    else if constexpr (std::is_same_v<T, Objective>)
        return m_objectives.nextSeq();
    else if constexpr (std::is_same_v<T, Link>)
        return m_links.nextSeq();
    else if constexpr (std::is_same_v<T, Kpi>)
        return m_kpis.nextSeq();
    else if constexpr (std::is_same_v<T, Okr>)
        return m_okrs.nextSeq();
    else if constexpr (std::is_same_v<T, Initiative>)
        return m_initiatives.nextSeq();
    else if constexpr (std::is_same_v<T, DataSource>)
        return m_dataSources.nextSeq();
    else
        return 0;
}

} // namespace scorecard
