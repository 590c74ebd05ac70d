// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "analysis/filecheck.h"
#include "storage/scorecardfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace scorecard::cli {

int runCheck(const QStringList &args)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("scorecard::cli", s); };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a scorecard file. Exit 0 when valid, 1 when there are "
           "error-level findings, 2 when the file cannot be used."));
    parser.addPositionalArgument(QStringLiteral("FILE.scorecard"),
                                 tr("the file to check (never modified)"));
    const QCommandLineOption format(QStringLiteral("format"), tr("text (default) or json"),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    if (auto exit = parse(parser, args, 1, 1))
        return *exit;
    const QString path = parser.positionalArguments().at(0);
    const QString fmt = parser.value(format);
    if (fmt != QStringLiteral("text") && fmt != QStringLiteral("json")) {
        printError(args.at(0), tr("--format must be text or json, not \"%1\"").arg(fmt));
        return Usage;
    }
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
                                    {QStringLiteral("fix"), f.fix}});
        }
        const QJsonObject root{{QStringLiteral("file"), path},
                               {QStringLiteral("valid"), !anyError},
                               {QStringLiteral("findings"), list}};
        writeOut(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        QString text;
        for (const Finding &f : *findings) {
            text += QStringLiteral("%1: %2: %3%4\n")
                        .arg(path, toString(f.severity), f.message,
                             f.fix.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.fix));
        }
        if (findings->empty())
            text = tr("%1: ok\n").arg(path);
        writeOut(text.toUtf8());
    }
    return anyError ? Failed : Ok;
}

} // namespace scorecard::cli
