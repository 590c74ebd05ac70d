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

Result<void> ScorecardDocument::reload()
{
    const qint64 version = m_file->dataVersion();
    auto content = m_file->load();
    if (!content)
        return fail(content.error());
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

Result<void> ScorecardDocument::apply(const ChangeSet &changes)
{
    if (m_file->isReadOnly())
        return fail(tr("the file is read-only: %1").arg(m_file->readOnlyReason()));
    {
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
            return fail(tr("the file was changed by another program; it has been reloaded and this edit "
                           "was not applied"));
        }
        constexpr size_t kReportEvery = 8192;
        const auto total = qint64(changes.size());
        for (size_t i = 0; i < changes.size(); ++i) {
            if (m_writeProgress && i % kReportEvery == 0 && !m_writeProgress(qint64(i), total))
                return fail(tr("cancelled")); // rolls back
            if (auto r = write(changes[i]); !r)
                return r; // the transaction rolls back; cache and signals untouched
        }
        if (m_writeProgress && !m_writeProgress(total, total))
            return fail(tr("cancelled"));
        if (auto r = t.commit(); !r)
            return r;
    }
    QSet<QString> touchedKpis;
    for (const Change &c : changes)
        updateCache(c, touchedKpis);
    for (const QString &kpi : std::as_const(touchedKpis))
        Q_EMIT measurementsChanged(kpi);
    Q_EMIT changed();
    return {};
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
    case EntityKind::Measurement: {
        const auto &rec = std::get<MeasurementRecord>(value);
        Kpi *k = m_kpis.find(rec.kpi.value);
        if (!k)
            break;
        auto &list = k->measurements;
        auto it =
            std::lower_bound(list.begin(), list.end(), rec.measurement.period,
                             [](const Measurement &m, const Period &p) { return m.period < p; });
        const bool exists = it != list.end() && it->period == rec.measurement.period;
        if (c.op == Change::Op::Remove) {
            if (exists)
                list.erase(it);
        } else if (exists) {
            *it = rec.measurement;
        } else {
            list.insert(it, rec.measurement);
        }
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
