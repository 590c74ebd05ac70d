// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace scorecard::test {

/** What one run of scorecard-cli did. */
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

/** Runs the built scorecard-cli with @p args, feeding @p input on stdin. */
CliRun runCli(const QStringList &args, const QByteArray &input = {});

} // namespace scorecard::test
