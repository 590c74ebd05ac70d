// SPDX-License-Identifier: GPL-3.0-or-later
#include "editlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

namespace scorecard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::EditLock", text);
}

} // namespace

EditLock::EditLock(const QString &scorecardPath) : m_lockPath(lockPathFor(scorecardPath))
{
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    // Never stale by age: a live window keeps its lock however long it stays open.
    // A lock left by a process that is gone (same host) is taken over by tryLock().
    m_lock->setStaleLockTime(0);
}

EditLock::~EditLock()
{
    if (m_held)
        m_lock->unlock();
}

QString EditLock::lockPathFor(const QString &scorecardPath)
{
    const QFileInfo info(scorecardPath);
    return info.absoluteDir().filePath(QStringLiteral(".~%1.lock").arg(info.fileName()));
}

bool EditLock::acquire()
{
    if (m_held)
        return true;
    if (m_lock->tryLock(0)) {
        m_held = true;
        return true;
    }
    // Only a lock held by someone else refuses; where no lock file can be
    // written (read-only folder or media) there is nothing to guard.
    return m_lock->error() != QLockFile::LockFailedError;
}

QString EditLock::holder() const
{
    qint64 pid = 0;
    QString host, app;
    if (!m_lock->getLockInfo(&pid, &host, &app))
        return tr("another window or program has it open for editing");
    if (host == QSysInfo::machineHostName() && pid == QCoreApplication::applicationPid())
        return tr("another window of this Scorecard Studio has it open for editing");
    return tr("%1 (process %2 on %3) has it open for editing")
        .arg(app.isEmpty() ? tr("another program") : app)
        .arg(pid)
        .arg(host);
}

} // namespace scorecard
