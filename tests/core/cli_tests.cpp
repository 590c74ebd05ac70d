// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's public interface: subcommands, exit codes and one-line errors.
#include "clirun.h"
#include "fixtures.h"

#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace scorecard::test;

namespace {

CliRun cli(const QStringList &args, const QByteArray &input = {})
{
    return runCli(args, input);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("cli: --version, --help and unknown commands", "[cli]")
{
    const CliRun v = cli({QStringLiteral("--version")});
    CHECK(v.exitCode == 0);
    CHECK(v.out.startsWith("scorecard-cli "));
    const CliRun h = cli({QStringLiteral("export-json"), QStringLiteral("--help")});
    CHECK(h.exitCode == 0);
    CHECK(h.out.contains("OUT.json"));
    CHECK(h.out.startsWith("Usage: scorecard-cli export-json [options]")); // not a path
    // A usage error names the subcommand once.
    const CliRun wrong = cli({QStringLiteral("export-json")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.startsWith(QStringLiteral("scorecard-cli: export-json: wrong number")));
    const CliRun u = cli({QStringLiteral("frobnicate")});
    CHECK(u.exitCode == 2);
    CHECK(u.err ==
          QStringLiteral(
              "scorecard-cli: unknown command \"frobnicate\" (see scorecard-cli --help)\n"));
}

TEST_CASE("cli: new creates the four perspectives", "[cli]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("acme.scorecard"));
    REQUIRE(cli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("Acme")})
                .exitCode == 0);
    const scorecard::Scorecard sc = reload(path);
    CHECK(sc.info.name == QStringLiteral("Acme"));
    REQUIRE(sc.perspectives.size() == 4);
    CHECK(sc.perspectives[0].name == QStringLiteral("Financial"));
    CHECK(sc.perspectives[3].name == QStringLiteral("Learning & Growth"));
    const CliRun again = cli({QStringLiteral("new"), path});
    CHECK(again.exitCode == 1);
    CHECK(again.err ==
          QStringLiteral("scorecard-cli: %1: the file already exists (use --force to overwrite)\n")
              .arg(path));
}

TEST_CASE("cli: export -> import -> export of the sample is byte-identical", "[cli][json]")
{
    Scratch s;
    const QString a = s.path(QStringLiteral("a.scorecard"));
    const QString b = s.path(QStringLiteral("b.scorecard"));
    const QString aj = s.path(QStringLiteral("a.json"));
    REQUIRE(
        cli({QStringLiteral("import-json"), QStringLiteral(SCORECARD_SAMPLE_JSON), a}).exitCode ==
        0);
    REQUIRE(cli({QStringLiteral("export-json"), a, aj}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("import-json"), aj, b}).exitCode == 0);
    const CliRun out = cli({QStringLiteral("export-json"), b});
    REQUIRE(out.exitCode == 0);
    CHECK(out.out == readAll(aj));
    CHECK(reload(a) == reload(b));
}

TEST_CASE("cli: import-json refuses bad JSON and overwriting, writing nothing", "[cli][json]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("x.scorecard"));
    const CliRun bad =
        cli({QStringLiteral("import-json"), QStringLiteral("-"), path},
            "{\"format\": \"scorecard\", \"version\": 1, \"objectives\": [{\"id\": \"a\"}]}");
    CHECK(bad.exitCode == 1);
    CHECK(bad.err ==
          QStringLiteral("scorecard-cli: -: objectives[0].name: missing required field\n"));
    CHECK_FALSE(QFile::exists(path));
    REQUIRE(cli({QStringLiteral("import-json"), QStringLiteral(SCORECARD_SAMPLE_JSON), path})
                .exitCode == 0);
    const QByteArray before = readAll(path);
    const CliRun again =
        cli({QStringLiteral("import-json"), QStringLiteral(SCORECARD_SAMPLE_JSON), path});
    CHECK(again.exitCode == 1);
    CHECK(readAll(path) == before);
    CHECK(cli({QStringLiteral("import-json"), QStringLiteral(SCORECARD_SAMPLE_JSON), path,
               QStringLiteral("--force")})
              .exitCode == 0);
}

TEST_CASE("cli: check exit codes", "[cli]")
{
    Scratch s;
    const QString good = s.path(QStringLiteral("good.scorecard"));
    REQUIRE(cli({QStringLiteral("import-json"), QStringLiteral(SCORECARD_SAMPLE_JSON), good})
                .exitCode == 0);
    const CliRun ok = cli({QStringLiteral("check"), good});
    CHECK(ok.exitCode == 0);
    // The sample has warnings (a stale KPI, one without data ...) but no error.
    CHECK_FALSE(ok.out.contains(": error:"));
    CHECK(ok.out.contains("alignment score 100.0%"));
    const CliRun json =
        cli({QStringLiteral("check"), good, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(json.exitCode == 0);
    CHECK(json.out.contains("\"valid\": true"));

    const QString junk = s.path(QStringLiteral("junk.scorecard"));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    const CliRun unusable = cli({QStringLiteral("check"), junk});
    CHECK(unusable.exitCode == 2);
    CHECK(unusable.err ==
          QStringLiteral("scorecard-cli: %1: not a scorecard file (not a SQLite database)\n")
              .arg(junk));
    CHECK(cli({QStringLiteral("check")}).exitCode == 2);
}

TEST_CASE("cli: text output never replaces a scorecard given as OUT by mistake", "[cli]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("x.scorecard"));
    REQUIRE(cli({QStringLiteral("import-json"), QStringLiteral(SCORECARD_SAMPLE_JSON), path})
                .exitCode == 0);
    const QByteArray before = readAll(path);
    for (const char *command : {"export-csv", "export-json"}) {
        INFO(command);
        const CliRun r = cli({QString::fromLatin1(command), path, path});
        CHECK(r.exitCode == 1);
        CHECK(r.err == QStringLiteral("scorecard-cli: %1: is a SQLite database (a scorecard?); "
                                      "not overwriting it\n")
                           .arg(path));
        CHECK(readAll(path) == before);
    }
    // Any other file is replaced as asked.
    const QString csv = s.path(QStringLiteral("values.csv"));
    QFile old(csv);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    CHECK(cli({QStringLiteral("export-csv"), path, csv}).exitCode == 0);
    CHECK(readAll(csv).startsWith("kpi,period,value,note"));
}
