// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QSqlDatabase>

namespace scorecard {

/**
 * RAII write transaction (BEGIN IMMEDIATE, so a second writer is told "busy"
 * up front instead of failing half-way). Rolls back unless commit() succeeded.
 */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
};

} // namespace scorecard
