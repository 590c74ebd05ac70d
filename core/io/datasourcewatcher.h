// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/datarefresh.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace scorecard {

class ScorecardDocument;

/**
 * Keeps a document's KPIs current: refreshes a CSV data source when its
 * file changes on disk (QFileSystemWatcher, debounced: an editor that saves
 * in several writes, or replaces the file, causes one refresh), and every
 * source on an optional interval. Each refresh is DataRefresh::refresh():
 * one undoable command. Follows the document: sources added, changed or
 * removed are watched or forgotten. A file replaced by a new one (saved
 * through a temporary file and renamed) or removed and created again stays
 * watched. Core only (QtCore): the GUI and a headless service use it alike.
 */
class DataSourceWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DataSourceWatcher(ScorecardDocument *doc, QObject *parent = nullptr);

    /** How long to wait after the last change before refreshing (default 500 ms). */
    void setDebounce(int milliseconds) { m_debounce.setInterval(milliseconds); }
    /** Refresh every source every @p milliseconds; 0 (the default) turns it off. */
    void setInterval(int milliseconds);
    /** Where passwords of "password=ask" sources come from (see DataRefresh). */
    void setPasswordProvider(DataRefresh::PasswordProvider provider)
    {
        m_passwords = std::move(provider);
    }
    /**
     * While paused (a long import in progress), refreshes that fall due wait
     * and run when it resumes. A refresh that falls due while one runs (a
     * password prompt's event loop) waits for it the same way.
     */
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /** The files watched, absolute paths, sorted. */
    QStringList watchedFiles() const;
    /** The report of the last refresh this watcher ran. */
    const DataRefresh::Report &lastReport() const { return m_lastReport; }

public Q_SLOTS:
    /** Refreshes every source now (Data > Refresh All). */
    void refreshAll();

Q_SIGNALS:
    /** A refresh ran (some sources may have failed: see lastReport()). */
    void refreshed();
    /** A refresh could not run or be written (the file busy, read-only ...). */
    void refreshFailed(const QString &message);

private:
    void resync();
    void fileChanged(const QString &path);
    void directoryChanged(const QString &directory);
    void refreshPending();
    void run(const QList<DataSourceId> &sources);
    void runDeferred();

    ScorecardDocument *m_doc;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QTimer m_interval;
    QHash<QString, QList<DataSourceId>> m_sourcesByFile; ///< absolute path -> its sources
    QSet<QString> m_pendingFiles;
    DataRefresh::Report m_lastReport;
    DataRefresh::PasswordProvider m_passwords;
    bool m_paused = false;
    bool m_running = false;
    bool m_deferredAll = false;
    QList<DataSourceId> m_deferred; ///< sources whose refresh waits (see setPaused)
};

} // namespace scorecard
