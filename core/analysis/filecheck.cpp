// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/filecheck.h"

#include "storage/scorecardfile.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace scorecard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::FileCheck", text);
}

} // namespace

Result<std::vector<Finding>> checkFile(ScorecardFile &file)
{
    std::vector<Finding> findings;
    QSqlQuery q(file.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(20)")))
        return sqlFailure(tr("cannot check the file's integrity"), q.lastError());
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QStringLiteral("ok"))
            findings.push_back({Finding::Severity::Error,
                                QStringLiteral("integrity"),
                                {},
                                tr("SQLite integrity check: %1").arg(line.simplified()),
                                tr("restore the file from a backup"),
                                EntityKind::Scorecard,
                                {}});
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlFailure(tr("cannot check the file's references"), q.lastError());
    while (q.next()) {
        const QString table = q.value(0).toString();
        const QString parent = q.value(2).toString();
        findings.push_back({Finding::Severity::Error,
                            QStringLiteral("dangling_reference"),
                            {},
                            tr("a row of table %1 (rowid %2) refers to a missing %3")
                                .arg(table, q.value(1).toString(), parent),
                            tr("export to JSON, fix the reference and import again"),
                            EntityKind::Scorecard,
                            {}});
    }
    return findings;
}

} // namespace scorecard
