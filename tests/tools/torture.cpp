// SPDX-License-Identifier: GPL-3.0-or-later
// scorecard-torture: a child process for crash-safety and concurrency tests.
// It edits a scorecard through the normal document and commands, and prints
// "committed N" after each command that committed, so a test can kill it at
// any moment and then check the file.
//
//   scorecard-torture edits FILE KPI FIRST COUNT
//       COUNT commands; command i sets KPI's value for month FIRST+i (from
//       2000-01) to i.
//   scorecard-torture bulk FILE KPI ROUNDS SIZE
//       ROUNDS commands of SIZE values each; round r writes value r to SIZE
//       consecutive months of KPI starting at 1900-01 (all or nothing).
#include "commands/editcommands.h"
#include "document/scorecarddocument.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace scorecard;

namespace {

int failWith(const QString &message)
{
    std::fprintf(stderr, "scorecard-torture: %s\n", qPrintable(message));
    return 1;
}

/** Pushes what @p make builds, retrying while the file is busy or was changed by another writer. */
template<typename Make>
bool pushWithRetry(ScorecardDocument &doc, Make make, QString &error)
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        auto command = make();
        if (!command) {
            error = command.error();
            return false;
        }
        auto r = doc.push(std::move(command).value());
        if (r)
            return true;
        error = r.error();
        if (!error.contains(QStringLiteral("busy")) && !error.contains(QStringLiteral("changed by another")))
            return false;
        QThread::msleep(5);
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6)
        return failWith(QStringLiteral("usage: scorecard-torture edits|bulk FILE KPI N M"));
    const QString mode = args.at(1);
    auto doc = ScorecardDocument::open(args.at(2));
    if (!doc)
        return failWith(doc.error());
    const KpiId kpi(args.at(3));
    const int n = args.at(4).toInt();
    const int m = args.at(5).toInt();
    const Period january2000 = *Period::parse(u"2000-01", Frequency::Monthly);
    const Period january1900 = *Period::parse(u"1900-01", Frequency::Monthly);
    QString error;

    if (mode == QStringLiteral("edits")) {
        Period p = january2000;
        for (int i = 1; i < n; ++i)
            p = p.next();
        for (int i = 1; i <= m; ++i, p = p.next()) {
            const Measurement value{p, double(i), {}};
            if (!pushWithRetry(**doc, [&] { return SetMeasurementCommand::create(**doc, kpi, value); }, error))
                return failWith(error);
            (*doc)->undoStack()->clear(); // keep memory flat over long runs
            std::printf("committed %d\n", i);
            std::fflush(stdout);
        }
        return 0;
    }
    if (mode == QStringLiteral("bulk")) {
        for (int round = 1; round <= n; ++round) {
            std::vector<MeasurementRecord> records;
            Period p = january1900;
            for (int i = 0; i < m; ++i, p = p.next())
                records.push_back({kpi, {p, double(round), {}}});
            if (!pushWithRetry(**doc, [&] { return ImportMeasurementsCommand::create(**doc, records); }, error))
                return failWith(error);
            (*doc)->undoStack()->clear();
            std::printf("committed %d\n", round);
            std::fflush(stdout);
        }
        return 0;
    }
    return failWith(QStringLiteral("unknown mode %1").arg(mode));
}
