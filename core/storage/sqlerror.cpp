// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqlerror.h"

namespace scorecard {

Error sqlFailure(const QString &what, const QSqlError &error)
{
    QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    reason = reason.simplified();
    return fail(reason.isEmpty() ? what : what + QStringLiteral(": ") + reason);
}

} // namespace scorecard
