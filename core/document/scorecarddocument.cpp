// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/scorecarddocument.h"

#include "storage/transaction.h"

#include <QSet>

namespace scorecard {

ScorecardDocument::ScorecardDocument(std::unique_ptr<ScorecardFile> file, Scorecard cache)
    : m_file(std::move(file)), m_cache(std::move(cache)), m_dataVersion(m_file->dataVersion())
{
}

Result<bool> ScorecardDocument::reloadIfChanged()
{
    if (m_file->dataVersion() == m_dataVersion)
        return false;
    if (auto r = reload(); !r)
        return fail(r.error());
    return true;
}

std::shared_ptr<const scoring::Results> ScorecardDocument::scores(QDate asOf) const
{
    for (const auto &[date, results] : m_scores) {
        if (date == asOf)
            return results;
    }
    constexpr size_t kKept = 4;
    if (m_scores.size() >= kKept)
        m_scores.erase(m_scores.begin());
    auto results = std::make_shared<const scoring::Results>(scoring::Engine(m_cache).compute(asOf));
    m_scores.emplace_back(asOf, results);
    return results;
}

Result<void> ScorecardDocument::reload()
{
    const qint64 version = m_file->dataVersion();
    auto content = m_file->load();
    if (!content)
        return fail(content.error());
    cacheChanging();
    m_cache = std::move(content).value();
    m_dataVersion = version;
    m_perspectives.invalidate();
    m_pillars.invalidate();
    m_departments.invalidate();
    m_objectives.invalidate();
    m_links.invalidate();
    m_kpis.invalidate();
    m_okrs.invalidate();
    m_initiatives.invalidate();
    m_dataSources.invalidate();
    // The undo history describes edits against the old content: drop it, but
    // not from inside a running undo()/redo() (the stack may be executing one).
    QMetaObject::invokeMethod(
        this, [this] { m_undoStack.clear(); }, Qt::QueuedConnection);
    Q_EMIT reloaded();
    Q_EMIT changed();
    return {};
}

ScorecardDocument::~ScorecardDocument()
{
    // Commands refer to the document: drop them before it goes.
    m_undoStack.clear();
}

Result<std::unique_ptr<ScorecardDocument>> ScorecardDocument::open(const QString &path,
                                                                   ScorecardFile::Access access)
{
    auto file = ScorecardFile::open(path, access);
    if (!file)
        return fail(file.error());
    auto content = (*file)->load();
    if (!content)
        return fail(content.error());
    return std::unique_ptr<ScorecardDocument>(
        new ScorecardDocument(std::move(file).value(), std::move(content).value()));
}

const Link *ScorecardDocument::link(const ObjectiveId &from, const ObjectiveId &to) const
{
    return m_links.find(Link{from, to, {}, 0}.key());
}

const Measurement *ScorecardDocument::measurement(const KpiId &kpiId, const Period &period) const
{
    const Kpi *k = kpi(kpiId);
    if (!k)
        return nullptr;
    auto it = std::lower_bound(k->measurements.begin(), k->measurements.end(), period,
                               [](const Measurement &m, const Period &p) { return m.period < p; });
    return it != k->measurements.end() && it->period == period ? &*it : nullptr;
}

Result<void> ScorecardDocument::push(std::unique_ptr<QUndoCommand> command)
{
    m_commandError.clear();
    m_undoStack.push(command.release());
    if (!m_commandError.isEmpty())
        return fail(m_commandError);
    return {};
}

void ScorecardDocument::reportError(const QString &message)
{
    m_commandError = message;
    Q_EMIT errorOccurred(message);
}

Result<void> ScorecardDocument::write(const Change &change)
{
    const EntityValue &value = change.op == Change::Op::Remove ? *change.before : *change.after;
    return std::visit(
        [&](const auto &e) -> Result<void> {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, ScorecardInfo>) {
                return m_file->writeInfo(e);
            } else if constexpr (std::is_same_v<T, MeasurementRecord>) {
                return change.op == Change::Op::Remove ? m_file->removeMeasurement(e)
                                                       : m_file->putMeasurement(e);
            } else {
                switch (change.op) {
                case Change::Op::Insert:
                    return m_file->insert(e);
                case Change::Op::Update:
                    return m_file->update(e);
                case Change::Op::Remove:
                    return m_file->remove(e);
                }
                return {};
            }
        },
        value);
}

/**
 * Runs @p write(i) for i in [0, total), then @p finish(), inside one write
 * transaction and commits: the shared part of both apply()s. Nothing is left written if a
 * write fails, the file changed underneath, or the progress callback cancels.
 */
template <typename Write, typename Finish>
Result<void> ScorecardDocument::commit(qint64 total, Write write, Finish finish)
{
    if (m_file->isReadOnly())
        return fail(tr("the file is read-only: %1").arg(m_file->readOnlyReason()));
    Transaction t(m_file->database());
    if (auto r = t.begin(); !r)
        return r;
    // Holding the write lock now: if another program committed since we
    // last read, our cache (and the command's "before" values) are stale.
    // Writing anyway could silently undo its edit; reload instead.
    if (m_file->dataVersion() != m_dataVersion) {
        t.rollback();
        if (auto r = reload(); !r)
            return r;
        return fail(
            tr("the file was changed by another program; it has been reloaded and this edit "
               "was not applied"));
    }
    constexpr qint64 kReportEvery = 8192;
    for (qint64 i = 0; i < total; ++i) {
        if (m_writeProgress && i % kReportEvery == 0 && !m_writeProgress(i, total))
            return fail(tr("cancelled")); // rolls back
        if (auto r = write(i); !r)
            return r; // the transaction rolls back; cache and signals untouched
    }
    if (auto r = finish(); !r)
        return r;
    if (m_writeProgress && !m_writeProgress(total, total))
        return fail(tr("cancelled"));
    return t.commit();
}

Result<void> ScorecardDocument::apply(const ChangeSet &changes)
{
    if (auto r = commit(
            qint64(changes.size()), [&](qint64 i) { return write(changes[size_t(i)]); },
            [] { return Result<void>(); });
        !r)
        return r;
    QSet<QString> touchedKpis;
    for (const Change &c : changes)
        updateCache(c, touchedKpis);
    for (const QString &kpi : std::as_const(touchedKpis))
        Q_EMIT measurementsChanged(kpi);
    Q_EMIT changed();
    return {};
}

Result<void> ScorecardDocument::apply(const MeasurementChangeSet &changes, bool undo,
                                      const ChangeSet &others)
{
    const qint64 n = qint64(changes.size());
    // Redo writes the other changes first, undo their inverses last.
    const ChangeSet otherChanges = undo ? inverse(others) : others;
    const auto o = qint64(otherChanges.size());
    const qint64 firstOther = undo ? n : 0;
    const qint64 firstMeasurement = undo ? 0 : o;
    // Undo: the inverse changes, last first.
    auto at = [&](qint64 i) -> const MeasurementChange & {
        return changes[size_t(undo ? n - 1 - i : i)];
    };
    // Values to write go out in batches; a removal is written on its own.
    std::vector<ScorecardFile::MeasurementRow> batch;
    constexpr size_t kBatch = 4096;
    batch.reserve(std::min<size_t>(kBatch, changes.size()));
    auto flush = [&]() -> Result<void> {
        auto r = m_file->putMeasurements(batch);
        batch.clear();
        return r;
    };
    auto write = [&](qint64 j) -> Result<void> {
        if (j >= firstOther && j < firstOther + o) {
            if (auto r = flush(); !r)
                return r;
            return this->write(otherChanges[size_t(j - firstOther)]);
        }
        const MeasurementChange &c = at(j - firstMeasurement);
        if (!(undo ? c.hadBefore : c.hasAfter)) {
            if (auto r = flush(); !r)
                return r;
            return m_file->removeMeasurement(c.kpi, c.period);
        }
        batch.push_back({&c.kpi.value, c.period, undo ? c.before : c.after,
                         undo ? &c.beforeNote : &c.afterNote});
        return batch.size() == kBatch ? flush() : Result<void>();
    };
    if (auto r = commit(n + o, write, flush); !r)
        return r;
    QSet<QString> touchedKpis;
    if (!undo) {
        for (const Change &c : otherChanges)
            updateCache(c, touchedKpis);
    }
    cacheChanging();
    Kpi *kpi = nullptr;
    for (qint64 i = 0; i < n; ++i) {
        const MeasurementChange &c = at(i);
        if (!kpi || kpi->id != c.kpi) {
            kpi = m_kpis.find(c.kpi.value);
            if (!kpi)
                continue;
            touchedKpis.insert(c.kpi.value);
        }
        const bool exists = undo ? c.hadBefore : c.hasAfter;
        const Measurement m{c.period, undo ? c.before : c.after, undo ? c.beforeNote : c.afterNote};
        updateMeasurementCache(kpi->measurements, c.period, exists ? &m : nullptr);
    }
    if (undo) {
        for (const Change &c : otherChanges)
            updateCache(c, touchedKpis);
    }
    for (const QString &kpi : std::as_const(touchedKpis))
        Q_EMIT measurementsChanged(kpi);
    Q_EMIT changed();
    return {};
}

void ScorecardDocument::updateMeasurementCache(std::vector<Measurement> &list, const Period &period,
                                               const Measurement *after)
{
    // Bulk changes mostly append or walk forward: try the end before searching.
    auto it =
        !list.empty() && list.back().period < period
            ? list.end()
            : std::lower_bound(list.begin(), list.end(), period,
                               [](const Measurement &m, const Period &p) { return m.period < p; });
    const bool exists = it != list.end() && it->period == period;
    if (!after) {
        if (exists)
            list.erase(it);
    } else if (exists) {
        *it = *after;
    } else {
        list.insert(it, *after);
    }
}

namespace {

template <typename T>
void applyToTable(ScorecardDocument *doc, EntityTable<T> &table, const Change &c, EntityKind kind,
                  void (ScorecardDocument::*added)(EntityKind, const QString &),
                  void (ScorecardDocument::*aboutToBeRemoved)(EntityKind, const QString &),
                  void (ScorecardDocument::*removed)(EntityKind, const QString &),
                  void (ScorecardDocument::*changedSignal)(EntityKind, const QString &, Fields))
{
    switch (c.op) {
    case Change::Op::Insert: {
        const T &v = std::get<T>(*c.after);
        table.insert(v);
        (doc->*added)(kind, cacheKey(v));
        break;
    }
    case Change::Op::Update: {
        T v = std::get<T>(*c.after);
        const T *current = table.find(cacheKey(v));
        if (!current)
            break;
        const Fields fields = changedFields(*current, v);
        if constexpr (std::is_same_v<T, Kpi>)
            v.measurements = current->measurements; // measurements change through their own changes
        table.replace(std::move(v));
        (doc->*changedSignal)(kind, cacheKey(std::get<T>(*c.after)), fields);
        break;
    }
    case Change::Op::Remove: {
        const QString key = cacheKey(std::get<T>(*c.before));
        (doc->*aboutToBeRemoved)(kind, key);
        table.erase(key);
        (doc->*removed)(kind, key);
        break;
    }
    }
}

} // namespace

void ScorecardDocument::updateCache(const Change &c, QSet<QString> &touchedKpis)
{
    cacheChanging();
    const EntityValue &value = c.op == Change::Op::Remove ? *c.before : *c.after;
    const EntityKind kind = kindOf(value);
    auto table = [&](auto &t) {
        applyToTable(this, t, c, kind, &ScorecardDocument::entityAdded,
                     &ScorecardDocument::entityAboutToBeRemoved, &ScorecardDocument::entityRemoved,
                     &ScorecardDocument::entityChanged);
    };
    switch (kind) {
    case EntityKind::Scorecard: {
        const auto &info = std::get<ScorecardInfo>(value);
        const Fields f = changedFields(m_cache.info, info);
        m_cache.info = info;
        Q_EMIT entityChanged(kind, QString(), f);
        break;
    }
    case EntityKind::Perspective:
        table(m_perspectives);
        break;
    case EntityKind::Pillar:
        table(m_pillars);
        break;
    case EntityKind::Department:
        table(m_departments);
        break;
    case EntityKind::Objective:
        table(m_objectives);
        break;
    case EntityKind::Link:
        table(m_links);
        break;
    case EntityKind::Kpi:
        table(m_kpis);
        break;
    case EntityKind::Okr:
        table(m_okrs);
        break;
    case EntityKind::Initiative:
        table(m_initiatives);
        break;
    case EntityKind::DataSource:
        table(m_dataSources);
        break;
    case EntityKind::Measurement: {
        const auto &rec = std::get<MeasurementRecord>(value);
        Kpi *k = m_kpis.find(rec.kpi.value);
        if (!k)
            break;
        updateMeasurementCache(k->measurements, rec.measurement.period,
                               c.op == Change::Op::Remove ? nullptr : &rec.measurement);
        touchedKpis.insert(rec.kpi.value);
        break;
    }
    }
}

Result<void> ScorecardDocument::saveCopy(const QString &target)
{
    return m_file->saveCopy(target);
}

} // namespace scorecard
