// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetrust.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace scorecard::sourcetrust {

namespace {

const auto kKey = QStringLiteral("data/allowedSources");
constexpr qsizetype kKept = 500;

QString fingerprint(const QString &scorecardPath, const DataSource &source)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString canonical = QFileInfo(scorecardPath).canonicalFilePath();
    for (const QString &part :
         {canonical.isEmpty() ? QFileInfo(scorecardPath).absoluteFilePath() : canonical,
          toString(source.kind), source.location, source.mapping}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\0", 1)); // parts cannot run into each other
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

bool isAllowed(const QString &scorecardPath, const DataSource &source)
{
    return QSettings().value(kKey).toStringList().contains(fingerprint(scorecardPath, source));
}

std::vector<DataSource> notAllowed(const QString &scorecardPath,
                                   const std::vector<DataSource> &sources)
{
    const QStringList allowed = QSettings().value(kKey).toStringList();
    std::vector<DataSource> out;
    for (const DataSource &s : sources) {
        if (!allowed.contains(fingerprint(scorecardPath, s)))
            out.push_back(s);
    }
    return out;
}

void allow(const QString &scorecardPath, const std::vector<DataSource> &sources)
{
    QSettings settings;
    QStringList allowed = settings.value(kKey).toStringList();
    for (const DataSource &s : sources) {
        const QString f = fingerprint(scorecardPath, s);
        allowed.removeAll(f);
        allowed.append(f); // the latest last
    }
    if (allowed.size() > kKept)
        allowed = allowed.mid(allowed.size() - kKept);
    settings.setValue(kKey, allowed);
}

} // namespace scorecard::sourcetrust
