// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace scorecard {

/**
 * Marks a scorecard as open for editing by one window of Scorecard Studio:
 * a lock file ".~NAME.lock" beside it (QLockFile: process id, host and
 * application inside, removed on close, and taken over when the process that
 * left it is gone). A second window or instance that cannot take it opens
 * the file read-only and says who has it. Where no lock file can be written
 * (read-only media, a folder without write access), there is nothing to
 * guard: acquire() succeeds without one.
 */
class EditLock
{
public:
    explicit EditLock(const QString &scorecardPath);
    ~EditLock();
    EditLock(const EditLock &) = delete;
    EditLock &operator=(const EditLock &) = delete;

    /** Takes the lock; false when another live process (or window) holds it. */
    bool acquire();
    /** Who holds the lock, in words, after acquire() failed. */
    QString holder() const;
    /** The lock file's path. */
    QString lockPath() const { return m_lockPath; }

    static QString lockPathFor(const QString &scorecardPath);

private:
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_held = false;
};

} // namespace scorecard
