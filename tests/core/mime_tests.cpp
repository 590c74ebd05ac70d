// SPDX-License-Identifier: GPL-3.0-or-later
// The shared-mime-info type in packaging/ recognises scorecards by name and,
// renamed, by the application_id at offset 68 of the SQLite header.
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

TEST_CASE("The MIME type matches scorecards by extension and by magic", "[packaging][mime]")
{
    // shared-mime-info is in build.sh's package list, so this always runs there.
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("update-mime-database")).isEmpty());
    Scratch s;
    // A private MIME database with only our package's XML added to the system one.
    const QString share = s.path(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(share + QStringLiteral("/mime/packages")));
    REQUIRE(QFile::copy(QStringLiteral(SCORECARD_SOURCE_DIR "/packaging/scorecard-studio-mime.xml"),
                        share + QStringLiteral("/mime/packages/scorecard-studio.xml")));
    // The base types (application/vnd.sqlite3 ...) from the system's database.
    const QString base = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
    REQUIRE(QFile::copy(base, share + QStringLiteral("/mime/packages/freedesktop.org.xml")));
    REQUIRE(QProcess::execute(QStringLiteral("update-mime-database"), {share + QStringLiteral("/mime")}) == 0);
    // QMimeDatabase reads XDG_DATA_DIRS on first use in this process; no earlier test uses it.
    qputenv("XDG_DATA_DIRS", share.toLocal8Bit());
    QMimeDatabase db;

    const QString named = s.path(QStringLiteral("plan.scorecard"));
    const QString renamed = s.path(QStringLiteral("attachment.dat"));
    REQUIRE(ScorecardFile::create(named, smallScorecard()).ok());
    REQUIRE(QFile::copy(named, renamed));
    CHECK(db.mimeTypeForFile(named).name() == QStringLiteral("application/vnd.scorecard+sqlite"));
    CHECK(db.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name()
          == QStringLiteral("application/vnd.scorecard+sqlite"));
    CHECK(db.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).inherits(QStringLiteral("application/vnd.sqlite3")));

    // Another application's SQLite file is not a scorecard.
    const QString other = s.path(QStringLiteral("other.dat"));
    QFile f(other);
    REQUIRE(f.open(QIODevice::WriteOnly));
    QByteArray header("SQLite format 3", 16);
    header.append(QByteArray(84, '\0'));
    f.write(header);
    f.close();
    CHECK(db.mimeTypeForFile(other, QMimeDatabase::MatchContent).name() != QStringLiteral("application/vnd.scorecard+sqlite"));
}
