// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace scorecard::test {

CliRun runCli(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral(SCORECARD_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace scorecard::test
