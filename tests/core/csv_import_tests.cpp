// SPDX-License-Identifier: GPL-3.0-or-later
// CsvImport::apply and CsvExport: one undoable command, all or nothing,
// cancellation, notes, and the export/import round trip.
#include "csv_fixtures.h"
#include "fixtures.h"

#include "commands/editcommands.h"
#include "io/csvexport.h"
#include "io/generator.h"
#include "io/jsonformat.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <random>

using namespace scorecard;
using namespace scorecard::test;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

CsvImport::Preview preview(const ScorecardDocument &doc, const QByteArray &csv,
                           CsvImport::Options options = {})
{
    auto p = CsvImport::preview(doc.scorecard(), csv, options);
    INFO(p.error().toStdString());
    REQUIRE(p.ok());
    return std::move(p).value();
}

const Measurement *value(const ScorecardDocument &doc, const char *kpi, const char16_t *period)
{
    const Kpi *k = doc.kpi(KpiId(QString::fromLatin1(kpi)));
    REQUIRE(k);
    return doc.measurement(k->id, *Period::parse(QStringView(period), k->frequency));
}

} // namespace

TEST_CASE("An import is one command: one transaction, one undo step", "[csv][import]")
{
    Scratch s;
    auto doc = openNew(s, csvScorecard());
    const Scorecard before = doc->scorecard();
    const CsvImport::Preview p = preview(*doc, csvCorpusFile(QStringLiteral("long-basic.csv")));
    REQUIRE(p.changes() == 8);
    QSignalSpy measurements(doc.get(), &ScorecardDocument::measurementsChanged);
    QSignalSpy changed(doc.get(), &ScorecardDocument::changed);
    auto r = CsvImport::apply(*doc, p, false);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    CHECK(changed.count() == 1);
    QStringList touched;
    for (const auto &args : measurements)
        touched << args.at(0).toString();
    touched.sort();
    CHECK(touched == QStringList{QStringLiteral("churn"), QStringLiteral("headcount"),
                                 QStringLiteral("revenue"), QStringLiteral("satisfaction"),
                                 QStringLiteral("tickets")});
    CHECK(doc->undoStack()->count() == 1);
    CHECK(doc->undoStack()->text(0) == QStringLiteral("Import 8 values from CSV"));
    CHECK(value(*doc, "revenue", u"2026-05")->value == 1234.5);
    CHECK(value(*doc, "revenue", u"2026-06")->note == QStringLiteral("two\nlines"));
    CHECK(value(*doc, "churn", u"2026-Q3")->value == 5);
    CHECK(value(*doc, "tickets", u"2026-W07")->value == 38);
    const Scorecard after = doc->scorecard();
    CHECK(reload(doc->path()) == after);

    doc->undoStack()->undo();
    CHECK(doc->scorecard() == before);
    CHECK(reload(doc->path()) == before);
    doc->undoStack()->redo();
    CHECK(doc->scorecard() == after);
    CHECK(reload(doc->path()) == after);
}

TEST_CASE("A file with any error imports nothing, skipping errors imports the other rows",
          "[csv][import]")
{
    Scratch s;
    auto doc = openNew(s, csvScorecard());
    const Scorecard before = doc->scorecard();
    const QByteArray sha = digest(doc->path());
    const CsvImport::Preview p = preview(*doc, csvCorpusFile(QStringLiteral("errors.csv")));
    REQUIRE(p.errors.size() == 9);
    auto refused = CsvImport::apply(*doc, p, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == QStringLiteral("the file has 9 errors: nothing was imported"));
    CHECK(doc->scorecard() == before);
    CHECK(doc->undoStack()->count() == 0);
    CHECK(digest(doc->path()) == sha);

    REQUIRE(CsvImport::apply(*doc, p, true).ok());
    CHECK(value(*doc, "revenue", u"2026-04")->value == 210);
    CHECK(value(*doc, "revenue", u"2026-05")->value == 220);
    CHECK_FALSE(value(*doc, "revenue", u"2026-06"));
    CHECK_FALSE(value(*doc, "revenue", u"2026-08"));
    CHECK(doc->undoStack()->count() == 1);
    doc->undoStack()->undo();
    CHECK(reload(doc->path()) == before);
}

TEST_CASE("A write that fails half-way rolls the whole import back", "[csv][import]")
{
    Scratch s;
    auto doc = openNew(s, csvScorecard());
    // 5,000 rows, the last ones failing to write: SQLite's page limit stands
    // in for a full disk.
    QByteArray csv = "kpi,period,value,note\n";
    Period p = *Period::parse(u"2030-01", Frequency::Monthly);
    for (int i = 0; i < 5000; ++i, p = p.next())
        csv += "revenue," + p.toString().toLatin1() + "," + QByteArray::number(i) +
               ",a note that takes room in the file\n";
    const CsvImport::Preview plan = preview(*doc, csv);
    REQUIRE(plan.added == 5000);
    QSqlQuery q(doc->storage()->database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(q.next());
    const int pages = q.value(0).toInt();
    q.finish();
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 10)));
    q.finish();
    const Scorecard before = doc->scorecard();
    const QByteArray sha = digest(doc->path());
    auto r = CsvImport::apply(*doc, plan, false);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("disk is full")));
    CHECK(doc->scorecard() == before);
    CHECK(doc->undoStack()->count() == 0);
    CHECK(digest(doc->path()) == sha);
    CHECK(reload(doc->path()) == before);
}

TEST_CASE("Cancelling a preview or an import leaves everything as it was", "[csv][import]")
{
    Scratch s;
    auto doc = openNew(s, csvScorecard());
    QByteArray csv = "kpi,period,value\n";
    Period p = *Period::parse(u"2030-01", Frequency::Monthly);
    for (int i = 0; i < 20000; ++i, p = p.next())
        csv += "revenue," + p.toString().toLatin1() + "," + QByteArray::number(i) + "\n";

    using Stage = CsvImport::Stage;
    QList<Stage> stages;
    auto cancelled =
        CsvImport::preview(doc->scorecard(), csv, {}, [&](Stage stage, qint64 done, qint64) {
            stages << stage;
            return !(stage == Stage::Checking && done > 0);
        });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error() == CsvImport::cancelledMessage());
    CHECK(stages.contains(Stage::Reading));

    const CsvImport::Preview plan = preview(*doc, csv);
    REQUIRE(plan.added == 20000);
    const Scorecard before = doc->scorecard();
    const QByteArray sha = digest(doc->path());
    qint64 written = 0;
    auto r = CsvImport::apply(*doc, plan, false, [&](Stage stage, qint64 done, qint64 total) {
        CHECK(stage == Stage::Writing);
        CHECK(total == 20000);
        written = done;
        return done < 10000; // cancel half-way through the transaction
    });
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("cancelled"));
    CHECK(written >= 10000);
    CHECK(doc->scorecard() == before);
    CHECK(doc->undoStack()->count() == 0);
    CHECK(digest(doc->path()) == sha);

    // Not cancelled: every stage reports, ending at its total.
    QList<std::pair<Stage, qint64>> ends;
    REQUIRE(CsvImport::apply(*doc, plan, false, [&](Stage stage, qint64 done, qint64 total) {
                if (done == total)
                    ends << std::pair(stage, total);
                return true;
            }).ok());
    CHECK(ends == QList<std::pair<Stage, qint64>>{{Stage::Writing, 20000}});
    CHECK(value(*doc, "revenue", u"2030-01")->value == 0);
}

TEST_CASE("Notes: kept without a note column, replaced with one", "[csv][import]")
{
    Scratch s;
    auto doc = openNew(s, csvScorecard());
    REQUIRE(value(*doc, "churn", u"2026-Q1")->note == QStringLiteral("ok"));

    CsvImport::Preview p = preview(*doc, "kpi,period,value\nchurn,2026-Q1,7\n");
    CHECK(p.unchanged == 1);
    p = preview(*doc, "kpi,period,value\nchurn,2026-Q1,8\n");
    REQUIRE(p.overwritten == 1);
    CHECK(p.entries.at(0).oldValue == 7);
    REQUIRE(CsvImport::apply(*doc, p, false).ok());
    CHECK(*value(*doc, "churn", u"2026-Q1") ==
          Measurement{*Period::parse(u"2026-Q1", Frequency::Quarterly), 8, QStringLiteral("ok")});

    // Only the note differs: an overwrite of the note.
    p = preview(*doc, "kpi,period,value,note\nchurn,2026-Q1,8,\n");
    REQUIRE(p.overwritten == 1);
    REQUIRE(CsvImport::apply(*doc, p, false).ok());
    CHECK(value(*doc, "churn", u"2026-Q1")->note.isEmpty());
}

TEST_CASE("Nothing to change is said, and nothing is pushed", "[csv][import]")
{
    Scratch s;
    auto doc = openNew(s, csvScorecard());
    const CsvImport::Preview p = preview(*doc, "kpi,period,value\nrevenue,2026-01,130\n");
    CHECK(p.unchanged == 1);
    auto r = CsvImport::apply(*doc, p, false);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("nothing to change: every value is already there"));
    CHECK(doc->undoStack()->count() == 0);
}

TEST_CASE("A layout can be forced, the wrong one is a clear error", "[csv][import]")
{
    const Scorecard sc = csvScorecard();
    CsvImport::Options wide;
    wide.layout = CsvImport::Layout::Wide;
    auto r = CsvImport::preview(sc, csvCorpusFile(QStringLiteral("long-basic.csv")), wide);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() ==
          QStringLiteral("row 1: no period columns (a long file has the columns KPI, period, value "
                         "and optionally note; a wide file has a KPI column and one column per "
                         "period)"));
    CsvImport::Options lng;
    lng.layout = CsvImport::Layout::Long;
    r = CsvImport::preview(sc, csvCorpusFile(QStringLiteral("wide-basic.csv")), lng);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() ==
          QStringLiteral("row 1: no period column (a long file has the columns KPI, period, value "
                         "and optionally note; a wide file has a KPI column and one column per "
                         "period)"));
    // A headerless file whose first KPI is not known is only read by position on request.
    const QByteArray headerless = "Sales EMEA,2026-04,1\nrevenue,2026-04,2\n";
    CHECK_FALSE(CsvImport::preview(sc, headerless, {}).ok());
    r = CsvImport::preview(sc, headerless, lng);
    REQUIRE(r.ok());
    CHECK_FALSE(r->hasHeader);
    REQUIRE(r->errors.size() == 1);
    CHECK(r->errors.at(0).text() == QStringLiteral("row 1: unknown KPI \"Sales EMEA\""));
}

TEST_CASE("Export: the exact long and wide text", "[csv][export]")
{
    Scorecard sc = csvScorecard();
    sc.kpis[0].measurements[1].note = QStringLiteral("say \"hi\", twice\nthen stop");
    sc.kpis[0].measurements[2].value = 0.1;
    sc.kpis[1].measurements[0].note = QStringLiteral(" padded ");
    CHECK(CsvExport::toCsv(sc) == QByteArray("kpi,period,value,note\r\n"
                                             "revenue,2026-01,130,\r\n"
                                             "revenue,2026-02,160,\"say \"\"hi\"\", twice\n"
                                             "then stop\"\r\n"
                                             "revenue,2026-03,0.1,\r\n"
                                             "churn,2026-Q1,7,\" padded \"\r\n"
                                             "tickets,2026-W01,40,\r\n"
                                             "headcount,2025,120,\r\n"));
    // Wide: every period with a value once, by start date then frequency;
    // every KPI, with blanks where it has no value.
    CHECK(CsvExport::toCsv(sc, CsvImport::Layout::Wide) ==
          QByteArray("kpi,2025,2026-W01,2026-01,2026-Q1,2026-02,2026-03\r\n"
                     "revenue,,,130,,160,0.1\r\n"
                     "churn,,,,7,,\r\n"
                     "tickets,,40,,,,\r\n"
                     "headcount,120,,,,,\r\n"
                     "satisfaction,,,,,,\r\n"
                     "sales-north,,,,,,\r\n"
                     "sales-south,,,,,,\r\n"));
    CHECK(CsvExport::number(1450000) == "1450000");
    CHECK(CsvExport::number(-2.5) == "-2.5");
    CHECK(CsvExport::number(1e21) == "1e+21");
    CHECK(CsvExport::number(0.1 + 0.2) == "0.30000000000000004");
}

TEST_CASE("Re-importing an export changes nothing, in both layouts", "[csv][export][import]")
{
    GeneratorOptions options;
    options.objectives = 12;
    options.kpisPerObjective = 3;
    options.months = 30;
    options.lastMonth = QDate(2026, 10, 1);
    Scorecard generated = generateScorecard(options);
    QFile sample(QStringLiteral(SCORECARD_SAMPLE_JSON));
    REQUIRE(sample.open(QIODevice::ReadOnly));
    Scorecard tricky = csvScorecard();
    // Awkward values and notes: every double survives, every note too.
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> any(-1e9, 1e9);
    Period p = *Period::parse(u"1990-01", Frequency::Monthly);
    const QStringList notes{QStringLiteral("a, b"),
                            QStringLiteral("\"quoted\""),
                            QStringLiteral("two\r\nlines"),
                            QStringLiteral("  spaces  "),
                            QStringLiteral("\u00e9\u20ac\U0001f600"),
                            QStringLiteral("tab\there"),
                            QStringLiteral("=1+2"),
                            QString()};
    for (int i = 0; i < 400; ++i, p = p.next())
        tricky.kpis[4].measurements.push_back(
            {p, i % 3 == 0 ? any(random) : std::ldexp(any(random), -60), notes[i % notes.size()]});

    for (const Scorecard &content : {generated, *fromJson(sample.readAll()), tricky}) {
        for (CsvImport::Layout layout : {CsvImport::Layout::Long, CsvImport::Layout::Wide}) {
            INFO(CsvImport::layoutName(layout).toStdString());
            Scratch s;
            auto doc = openNew(s, content);
            const QByteArray sha = digest(doc->path());
            const QByteArray csv = CsvExport::toCsv(doc->scorecard(), layout);
            const CsvImport::Preview p = preview(*doc, csv);
            CHECK(p.layout == layout);
            CHECK(p.errors.empty());
            CHECK(p.changes() == 0);
            qsizetype values = 0;
            for (const Kpi &k : doc->scorecard().kpis)
                values += qsizetype(k.measurements.size());
            CHECK(p.unchanged == values);
            CHECK(CsvImport::apply(*doc, p, false).error() ==
                  QStringLiteral("nothing to change: every value is already there"));
            doc.reset();
            CHECK(digest(s.path(QStringLiteral("t.scorecard"))) == sha);
        }
    }
}

TEST_CASE("An import into an empty copy restores every value", "[csv][export][import]")
{
    Scratch s;
    Scorecard full = csvScorecard();
    full.kpis[0].measurements[0].note = QStringLiteral("first, \"quoted\"");
    Scorecard empty = full;
    for (Kpi &k : empty.kpis)
        k.measurements.clear();
    for (CsvImport::Layout layout : {CsvImport::Layout::Long, CsvImport::Layout::Wide}) {
        auto doc = openNew(s, empty);
        const CsvImport::Preview p = preview(*doc, CsvExport::toCsv(full, layout));
        CHECK(p.added == 6);
        REQUIRE(CsvImport::apply(*doc, p, false).ok());
        Scorecard expected = full;
        if (layout == CsvImport::Layout::Wide) // notes are not part of the wide layout
            for (Kpi &k : expected.kpis)
                for (Measurement &m : k.measurements)
                    m.note.clear();
        CHECK(doc->scorecard() == expected);
    }
}

TEST_CASE("German and Spanish column headers are understood", "[csv][import]")
{
    Scratch s;
    auto doc = openNew(s, csvScorecard());
    // The same two values under the headers a German or Spanish sheet has.
    for (const QByteArray &csv :
         {QByteArray("Kennzahl;Periode;Wert;Bemerkung\nchurn;2026-Q1;9;de\n"),
          QByteArray("Indicador;Per\xc3\xad"
                     "odo;Valor;Comentario\nchurn;2026-Q1;9;de\n")}) {
        INFO(csv.toStdString());
        CsvImport::Preview p = preview(*doc, csv);
        REQUIRE(p.entries.size() == 1);
        CHECK(p.entries.at(0).kpi == KpiId(QStringLiteral("churn")));
        CHECK(p.entries.at(0).value == 9);
        CHECK(p.entries.at(0).note == QStringLiteral("de"));
    }
}

TEST_CASE("KPI names match whatever the case and the white space between words", "[csv][import]")
{
    Scratch s;
    auto doc = openNew(s, csvScorecard());
    // A no-break space (spreadsheets put them in), two spaces, a tab, another case.
    const QByteArray csv = "kpi,period,value\n"
                           "Support\xc2\xa0tickets,2026-W02,41\n"
                           "\"support  TICKETS\",2026-W03,42\n"
                           "\"Satisfacci\xc3\xb3n\tclientes\",2026-04,7\n"
                           "Support tickets x,2026-W04,43\n";
    CsvImport::Preview p = preview(*doc, csv);
    REQUIRE(p.entries.size() == 3);
    CHECK(p.entries.at(0).kpi == KpiId(QStringLiteral("tickets")));
    CHECK(p.entries.at(1).kpi == KpiId(QStringLiteral("tickets")));
    CHECK(p.entries.at(2).kpi == KpiId(QStringLiteral("satisfaction")));
    REQUIRE(p.errors.size() == 1);
    CHECK(p.errors.at(0).text() == QStringLiteral("row 5: unknown KPI \"Support tickets x\""));
}
