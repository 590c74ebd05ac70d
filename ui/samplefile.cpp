// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplefile.h"

#include "io/jsonformat.h"
#include "storage/scorecardfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace scorecard {

Result<QString> sampleScorecardPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return fail(QCoreApplication::translate("scorecard::Sample",
                                                "no writable data folder for the sample"));
    const QString path = QDir(dir).filePath(QStringLiteral("sample.scorecard"));
    if (QFileInfo::exists(path))
        return path;
    QFile json(QStringLiteral(":/sample/sample.scorecard.json"));
    if (!json.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("scorecard::Sample", "the bundled sample is missing"));
    auto content = fromJson(json.readAll());
    if (!content)
        return fail(content.error());
    if (auto r = ScorecardFile::create(path, *content); !r)
        return fail(r.error());
    return path;
}

} // namespace scorecard
