// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus of broken and hostile files in tests/data/hostile (made by
// make_corpus.py): each must be refused with its exact one-line error,
// never crash or hang, never be modified.
#include "fixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

namespace {

const QString kCorpus = QStringLiteral(SCORECARD_TEST_DATA "/hostile/");

std::vector<std::pair<QString, QString>> corpus()
{
    QFile f(kCorpus + QStringLiteral("expected.tsv"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    std::vector<std::pair<QString, QString>> out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.split('\t');
        REQUIRE(parts.size() == 2);
        out.emplace_back(QString::fromUtf8(parts[0]), QString::fromUtf8(parts[1]));
    }
    return out;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/** Opening and loading: the error, or empty when it succeeded. */
QString openAndLoad(const QString &path, ScorecardFile::Access access)
{
    auto file = ScorecardFile::open(path, access);
    if (!file)
        return file.error();
    auto content = (*file)->load();
    return content ? QString() : content.error();
}

} // namespace

TEST_CASE("Every file of the hostile corpus is refused with its exact error", "[hostile]")
{
    const auto files = corpus();
    REQUIRE(files.size() >= 20);
    for (const auto &[name, expected] : files) {
        INFO(name.toStdString());
        const QString path = kCorpus + name;
        const QByteArray before = digest(path);
        // Read-only, as an executive opening a file from someone else.
        CHECK(openAndLoad(path, ScorecardFile::Access::ReadOnly) == expected);
        CHECK(digest(path) == before);
        // For writing too (a copy): refused as well, whatever the wording.
        Scratch s;
        const QString copy = s.path(name);
        REQUIRE(QFile::copy(path, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        CHECK_FALSE(openAndLoad(copy, ScorecardFile::Access::ReadWrite).isEmpty());
    }
}

TEST_CASE("A file with a million objectives is refused before it is loaded", "[hostile]")
{
    Scratch s;
    const QString path = s.path(QStringLiteral("million.scorecard"));
    REQUIRE(QFile::copy(QStringLiteral(SCORECARD_TEST_DATA "/v1/sample-v1.scorecard"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("million"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
                                      "INSERT INTO objective(id, name, perspective) "
                                      "SELECT 'o' || i, 'Objective ' || i, 'financial' FROM n")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("million"));
    CHECK(openAndLoad(path, ScorecardFile::Access::ReadOnly)
          == QStringLiteral("the file has 1000017 rows in objective; the limit is 100000"));
}
