// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/transaction.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace scorecard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::Transaction", text);
}

} // namespace

Transaction::Transaction(QSqlDatabase &db) : m_db(db) {}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const QString text = q.lastError().databaseText();
        if (text.contains(QStringLiteral("locked")) || text.contains(QStringLiteral("busy")))
            return fail(tr("the file is busy: another program is writing to it; try again"));
        return sqlFailure(tr("cannot start a transaction"), q.lastError());
    }
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const auto error = sqlFailure(tr("cannot save the change"), q.lastError());
        rollback();
        return error;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace scorecard
