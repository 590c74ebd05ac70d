// SPDX-License-Identifier: GPL-3.0-or-later
// Opening and loading an arbitrary file as a scorecard.
#include "storage/scorecardfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_open";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.scorecard"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    // Read-only (what an executive does with a file from someone else) and
    // read-write (a strategy owner): both must only ever return an error.
    for (auto access : {scorecard::ScorecardFile::Access::ReadOnly, scorecard::ScorecardFile::Access::ReadWrite}) {
        auto file = scorecard::ScorecardFile::open(path, access);
        if (file)
            (void)(*file)->load();
    }
    QFile::remove(path + QStringLiteral("-journal"));
    return 0;
}
