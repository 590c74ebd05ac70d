// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "analysis/alignment.h"
#include "analysis/filecheck.h"
#include "storage/scorecardfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace scorecard::cli {
namespace {

QJsonValue alignmentJson(const AlignmentScore &a)
{
    const auto value = a.value();
    return value ? QJsonValue(std::round(*value * 10) / 10) : QJsonValue();
}

QJsonObject alignmentDetail(const AlignmentScore &a)
{
    auto pair = [](int connected, int total) {
        return QJsonObject{{QStringLiteral("connected"), connected},
                           {QStringLiteral("total"), total}};
    };
    return {{QStringLiteral("kpis"), pair(a.kpisConnected, a.kpis)},
            {QStringLiteral("okrs"), pair(a.okrsConnected, a.okrs)},
            {QStringLiteral("initiatives"), pair(a.initiativesConnected, a.initiatives)}};
}

} // namespace

int runCheck(const QStringList &args)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("scorecard::cli", s); };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a scorecard file: the file itself (integrity, references) and the "
           "strategy's alignment (see the README for every finding). Exit 0 when there is no "
           "error-level finding, 1 when there is one, 2 when the file cannot be used."));
    parser.addPositionalArgument(QStringLiteral("FILE.scorecard"),
                                 tr("the file to check (never modified)"));
    const QCommandLineOption format(QStringLiteral("format"), tr("text (default) or json"),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  tr("the date data and schedules are judged at (default: today)"),
                                  QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({format, asOf});
    if (auto exit = parse(parser, args, 1, 1))
        return *exit;
    const QString path = parser.positionalArguments().at(0);
    const QString fmt = parser.value(format);
    if (fmt != QStringLiteral("text") && fmt != QStringLiteral("json")) {
        printError(args.at(0), tr("--format must be text or json, not \"%1\"").arg(fmt));
        return Usage;
    }
    const std::optional<QDate> asOfValue = asOfDate(parser, asOf, args);
    if (!asOfValue)
        return Usage;
    const QDate date = *asOfValue;
    auto file = ScorecardFile::open(path, ScorecardFile::Access::ReadOnly);
    if (!file) {
        printError(path, file.error());
        return Usage;
    }
    // Loading runs the checks of content (limits, references, cycles).
    if (auto content = (*file)->load(); !content) {
        printError(path, content.error());
        return Usage;
    }
    auto findings = checkFile(**file);
    if (!findings) {
        printError(path, findings.error());
        return Usage;
    }
    auto content = (*file)->load();
    if (!content) {
        printError(path, content.error());
        return Usage;
    }
    for (Finding &f : checkAlignment(*content, date))
        findings->push_back(std::move(f));
    const AlignmentScore alignment = alignmentScore(*content);

    bool anyError = false;
    for (const Finding &f : *findings)
        anyError = anyError || f.severity == Finding::Severity::Error;

    if (fmt == QStringLiteral("json")) {
        QJsonArray list;
        for (const Finding &f : *findings) {
            list.append(QJsonObject{{QStringLiteral("severity"), toString(f.severity)},
                                    {QStringLiteral("code"), f.code},
                                    {QStringLiteral("entity"),
                                     f.entity.isEmpty() ? QJsonValue() : QJsonValue(f.entity)},
                                    {QStringLiteral("message"), f.message},
                                    {QStringLiteral("fix"), f.fix},
                                    {QStringLiteral("entity_kind"), entityKindName(f.entityKind)},
                                    {QStringLiteral("related"),
                                     f.related.isEmpty() ? QJsonValue() : QJsonValue(f.related)}});
        }
        const QJsonObject root{{QStringLiteral("file"), path},
                               {QStringLiteral("valid"), !anyError},
                               {QStringLiteral("findings"), list},
                               {QStringLiteral("as_of"), date.toString(Qt::ISODate)},
                               {QStringLiteral("alignment_score"), alignmentJson(alignment)},
                               {QStringLiteral("alignment"), alignmentDetail(alignment)}};
        writeOut(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        // "[id] ", "[from -> to] " for a link, nothing for the file as a whole.
        auto entityOf = [](const Finding &f) {
            if (f.entity.isEmpty())
                return QString();
            if (f.related.isEmpty())
                return QStringLiteral("[%1] ").arg(f.entity);
            return QStringLiteral("[%1 -> %2] ").arg(f.entity, f.related);
        };
        QString text;
        for (const Finding &f : *findings) {
            text += QStringLiteral("%1: %2: %3%4%5\n")
                        .arg(path, toString(f.severity), entityOf(f), f.message,
                             f.fix.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.fix));
        }
        if (findings->empty())
            text = tr("%1: ok\n").arg(path);
        if (const auto value = alignment.value())
            text += tr("%1: alignment score %2% (%3 of %4 KPIs, OKRs and initiatives are "
                       "connected to an objective)\n")
                        .arg(path, QString::number(*value, 'f', 1))
                        .arg(alignment.connected())
                        .arg(alignment.total());
        writeOut(text.toUtf8());
    }
    return anyError ? Failed : Ok;
}

} // namespace scorecard::cli
