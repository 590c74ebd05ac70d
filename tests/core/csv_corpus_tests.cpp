// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV corpus in tests/data/csv (made by make_corpus.py): every dialect
// the importer reads and the broken files it refuses. For each NAME.csv,
// NAME.expected holds the preview against csvScorecard(), rendered one fact
// per line, or "fatal: MESSAGE" for a file refused as a whole.
#include "csv_fixtures.h"

#include <QDir>

#include <cstdio>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

TEST_CASE("Every file of the CSV corpus gives its exact preview or error", "[csv][corpus]")
{
    const QDir dir(QStringLiteral(SCORECARD_TEST_DATA "/csv"));
    const QStringList files = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 24);
    const Scorecard sc = csvScorecard();
    for (const QString &name : files) {
        INFO(name.toStdString());
        QString base = name;
        base.chop(4);
        const QString expected =
            QString::fromUtf8(csvCorpusFile(base + QStringLiteral(".expected")));
        auto preview = CsvImport::preview(sc, csvCorpusFile(name), {});
        const QString actual =
            preview ? renderPreview(*preview) : QStringLiteral("fatal: %1\n").arg(preview.error());
        if (qEnvironmentVariableIsSet("SCORECARD_PRINT_CSV_CORPUS"))
            std::printf("== %s\n%s", qPrintable(name), qPrintable(actual));
        CHECK(actual == expected);
    }
}
