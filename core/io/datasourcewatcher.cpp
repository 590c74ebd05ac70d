// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/datasourcewatcher.h"

#include "document/scorecarddocument.h"

#include <QDir>
#include <QFileInfo>

namespace scorecard {

DataSourceWatcher::DataSourceWatcher(ScorecardDocument *doc, QObject *parent)
    : QObject(parent), m_doc(doc)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    connect(&m_debounce, &QTimer::timeout, this, &DataSourceWatcher::refreshPending);
    connect(&m_interval, &QTimer::timeout, this, &DataSourceWatcher::refreshAll);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DataSourceWatcher::fileChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &DataSourceWatcher::directoryChanged);
    auto sourceEdited = [this](EntityKind kind, const QString &) {
        if (kind == EntityKind::DataSource)
            resync();
    };
    connect(doc, &ScorecardDocument::entityAdded, this, sourceEdited);
    connect(doc, &ScorecardDocument::entityRemoved, this, sourceEdited);
    connect(doc, &ScorecardDocument::entityChanged, this,
            [sourceEdited](EntityKind kind, const QString &id, Fields fields) {
                // A refresh changes only the status: nothing to watch differently.
                if (fields & ~Fields(Field::Status))
                    sourceEdited(kind, id);
            });
    connect(doc, &ScorecardDocument::reloaded, this, &DataSourceWatcher::resync);
    resync();
}

void DataSourceWatcher::setInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_interval.stop();
        return;
    }
    m_interval.start(milliseconds);
}

QStringList DataSourceWatcher::watchedFiles() const
{
    QStringList files = m_sourcesByFile.keys();
    files.sort();
    return files;
}

void DataSourceWatcher::resync()
{
    const QString folder = QFileInfo(m_doc->path()).absolutePath();
    QHash<QString, QList<DataSourceId>> wanted;
    for (const DataSource &d : m_doc->scorecard().dataSources) {
        if (d.kind == DataSourceKind::Csv)
            wanted[QDir::cleanPath(QDir(folder).absoluteFilePath(d.location))].append(d.id);
    }
    m_sourcesByFile = wanted;
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    QSet<QString> directories;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        // The folder too: it tells when a missing or replaced file appears.
        directories.insert(QFileInfo(it.key()).absolutePath());
        if (QFileInfo::exists(it.key()))
            m_watcher.addPath(it.key());
    }
    for (const QString &dir : std::as_const(directories)) {
        if (QFileInfo(dir).isDir())
            m_watcher.addPath(dir);
    }
}

void DataSourceWatcher::fileChanged(const QString &path)
{
    // Saved through a temporary file and renamed over: the watch followed the
    // old file; watch the new one (directoryChanged covers a later creation).
    if (!m_watcher.files().contains(path) && QFileInfo::exists(path))
        m_watcher.addPath(path);
    if (!m_sourcesByFile.contains(path))
        return;
    m_pendingFiles.insert(path);
    m_debounce.start();
}

void DataSourceWatcher::directoryChanged(const QString &directory)
{
    const QStringList watched = m_watcher.files();
    for (auto it = m_sourcesByFile.cbegin(); it != m_sourcesByFile.cend(); ++it) {
        if (QFileInfo(it.key()).absolutePath() != directory || watched.contains(it.key()) ||
            !QFileInfo::exists(it.key()))
            continue;
        m_watcher.addPath(it.key());
        m_pendingFiles.insert(it.key());
        m_debounce.start();
    }
}

void DataSourceWatcher::refreshPending()
{
    QList<DataSourceId> sources;
    for (const QString &path : std::as_const(m_pendingFiles)) {
        for (const DataSourceId &id : m_sourcesByFile.value(path)) {
            if (!sources.contains(id))
                sources.append(id);
        }
    }
    m_pendingFiles.clear();
    if (!sources.isEmpty())
        run(sources);
}

void DataSourceWatcher::refreshAll()
{
    if (!m_doc->scorecard().dataSources.empty())
        run({});
}

void DataSourceWatcher::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        runDeferred();
}

void DataSourceWatcher::runDeferred()
{
    if (m_paused || m_running || (!m_deferredAll && m_deferred.isEmpty()))
        return;
    const QList<DataSourceId> sources = m_deferredAll ? QList<DataSourceId>() : m_deferred;
    m_deferredAll = false;
    m_deferred.clear();
    run(sources);
}

void DataSourceWatcher::run(const QList<DataSourceId> &sources)
{
    if (m_paused || m_running) {
        // Later: no refresh inside another one or inside a long import.
        if (sources.isEmpty())
            m_deferredAll = true;
        for (const DataSourceId &id : sources) {
            if (!m_deferred.contains(id))
                m_deferred.append(id);
        }
        return;
    }
    m_running = true;
    auto report =
        DataRefresh::refresh(*m_doc, sources, QDateTime::currentDateTimeUtc(), m_passwords);
    m_running = false;
    if (m_deferredAll || !m_deferred.isEmpty())
        QTimer::singleShot(0, this, &DataSourceWatcher::runDeferred);
    if (!report) {
        Q_EMIT refreshFailed(report.error());
        return;
    }
    m_lastReport = std::move(report).value();
    Q_EMIT refreshed();
}

} // namespace scorecard
