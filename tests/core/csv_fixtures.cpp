// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_fixtures.h"

#include "fixtures.h"
#include "io/csvexport.h"
#include "io/jsonfields.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace scorecard::test {

Scorecard csvScorecard()
{
    Scorecard sc = smallScorecard();
    auto kpi = [&](const char *id, const QString &name, Frequency f) {
        Kpi k;
        k.id = KpiId(QString::fromLatin1(id));
        k.name = name;
        k.frequency = f;
        k.seq = qint64(sc.kpis.size()) + 1;
        sc.kpis.push_back(k);
        return &sc.kpis.back();
    };
    kpi("tickets", QStringLiteral("Support tickets"), Frequency::Weekly)
        ->measurements.push_back({*Period::parse(u"2026-W01", Frequency::Weekly), 40, {}});
    kpi("headcount", QStringLiteral("Headcount"), Frequency::Yearly)
        ->measurements.push_back({*Period::parse(u"2025", Frequency::Yearly), 120, {}});
    kpi("satisfaction", QStringLiteral("Satisfacci\u00f3n clientes"), Frequency::Monthly);
    kpi("sales-north", QStringLiteral("Sales"), Frequency::Monthly);
    kpi("sales-south", QStringLiteral("Sales"), Frequency::Monthly);
    return sc;
}

QByteArray csvCorpusFile(const QString &name)
{
    QFile f(QStringLiteral(SCORECARD_TEST_DATA "/csv/") + name);
    INFO(name.toStdString());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString renderPreview(const CsvImport::Preview &p)
{
    QStringList lines;
    lines << QStringLiteral("%1, %2, %3, %4, decimal %5")
                 .arg(CsvImport::layoutName(p.layout),
                      p.hasHeader ? QStringLiteral("header") : QStringLiteral("no header"),
                      CsvTable::delimiterName(p.delimiter), p.encodingName,
                      p.decimal == NumberText::Decimal::Point ? QStringLiteral("point")
                                                              : QStringLiteral("comma"));
    if (!p.ignoredColumns.isEmpty())
        lines << QStringLiteral("ignored: ") + p.ignoredColumns.join(QStringLiteral(", "));
    for (const CsvImport::Entry &e : p.entries) {
        QString line = QStringLiteral("row %1: ").arg(e.row);
        const QString value = QString::fromLatin1(CsvExport::number(e.value));
        const QString old = QString::fromLatin1(CsvExport::number(e.oldValue));
        switch (e.status) {
        case CsvImport::Entry::Status::Add:
            line += QStringLiteral("add %1 %2 %3").arg(e.kpi.value, e.period.toString(), value);
            break;
        case CsvImport::Entry::Status::Overwrite:
            line += QStringLiteral("overwrite %1 %2 %3 -> %4")
                        .arg(e.kpi.value, e.period.toString(), old, value);
            break;
        case CsvImport::Entry::Status::Unchanged:
            line +=
                QStringLiteral("unchanged %1 %2 %3").arg(e.kpi.value, e.period.toString(), value);
            break;
        }
        if (e.hasNote)
            line += QStringLiteral(" note ") + quoteForMessage(e.note);
        lines << line;
    }
    lines << QStringLiteral("counts: %1 add, %2 overwrite, %3 unchanged, %4 blank")
                 .arg(p.added)
                 .arg(p.overwritten)
                 .arg(p.unchanged)
                 .arg(p.blankCells);
    for (const CsvImport::Issue &i : p.errors)
        lines << QStringLiteral("error: ") + i.text();
    if (!p.skippedRows.empty()) {
        QStringList rows;
        for (qsizetype r : p.skippedRows)
            rows << QString::number(r);
        lines << QStringLiteral("skipped rows: ") + rows.join(QStringLiteral(", "));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace scorecard::test
