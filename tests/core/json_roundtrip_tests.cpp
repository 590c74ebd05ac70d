// SPDX-License-Identifier: GPL-3.0-or-later
// JSON interchange: the bundled sample, and writing then reading every field.
#include "io/jsonformat.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace scorecard;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Scorecard parsed(const QByteArray &bytes)
{
    Result<Scorecard> sc = fromJson(bytes);
    INFO(sc.error().toStdString());
    REQUIRE(sc.ok());
    return std::move(sc).value();
}

const Kpi &kpiById(const Scorecard &sc, QStringView id)
{
    const auto it = std::find_if(sc.kpis.begin(), sc.kpis.end(),
                                 [&](const Kpi &k) { return k.id.value == id; });
    REQUIRE(it != sc.kpis.end());
    return *it;
}

/** A scorecard with every field away from its default, as fromJson() would build it. */
Scorecard everyField()
{
    Scorecard sc;
    sc.info = {QStringLiteral("Strategie 2027 – «Nord» 🚀"), QStringLiteral("Line 1\nLine 2\t\"q\""),
               Bands{85.5, 55}, QStringLiteral("EUR")};
    sc.perspectives = {
        {PerspectiveId(QStringLiteral("fin")), QStringLiteral("Financial"),
         QStringLiteral("#1f77b4"), 0},
        {PerspectiveId(QStringLiteral("cus")), QStringLiteral("Kunden"), QString(), 1}};
    sc.pillars = {{PillarId(QStringLiteral("growth")), QStringLiteral("Growth"),
                   QStringLiteral("Grow \\ expand"), QStringLiteral("#bcbd22"), 1}};
    sc.departments = {
        {DepartmentId(QStringLiteral("sales")), QStringLiteral("Sales"),
         DepartmentId(QStringLiteral("hq")), 1},
        {DepartmentId(QStringLiteral("hq")), QStringLiteral("Head office"), DepartmentId(), 2}};

    Objective revenue;
    revenue.id = ObjectiveId(QStringLiteral("revenue"));
    revenue.name = QStringLiteral("Grow revenue");
    revenue.perspective = PerspectiveId(QStringLiteral("fin"));
    revenue.pillar = PillarId(QStringLiteral("growth"));
    revenue.department = DepartmentId(QStringLiteral("hq"));
    revenue.owner = QStringLiteral("CEO");
    revenue.description = QStringLiteral("Reach 120m");
    revenue.weight = 2.5;
    revenue.position = QPointF(120.25, -40);
    revenue.seq = 1;
    Objective loyalty;
    loyalty.id = ObjectiveId(QStringLiteral("loyalty"));
    loyalty.name = QStringLiteral("Keep customers");
    loyalty.perspective = PerspectiveId(QStringLiteral("cus"));
    loyalty.parent = ObjectiveId(QStringLiteral("revenue"));
    loyalty.weight = 0;
    loyalty.seq = 2;
    sc.objectives = {revenue, loyalty};
    sc.links = {{ObjectiveId(QStringLiteral("loyalty")), ObjectiveId(QStringLiteral("revenue")),
                 QStringLiteral("loyal customers buy more"), 1}};

    Kpi k;
    k.id = KpiId(QStringLiteral("churn"));
    k.name = QStringLiteral("Churn rate");
    k.objective = ObjectiveId(QStringLiteral("loyalty"));
    k.unit = QStringLiteral("%");
    k.direction = Direction::Range;
    k.baseline = 0.1;
    k.target = 1e-300;
    k.rangeLow = -2.5;
    k.rangeHigh = 123456789.123;
    k.scoring = ScoringMethod::GoalRedFlag;
    k.redFlag = 12;
    k.goal = 0;
    k.bands = Bands{95, 70};
    k.frequency = Frequency::Quarterly;
    k.weight = 0.75;
    k.owner = QStringLiteral("Head of Sales");
    k.department = DepartmentId(QStringLiteral("sales"));
    k.measurements = {{*Period::parse(u"2026-Q1", Frequency::Quarterly), 4.2, QString()},
                      {*Period::parse(u"2026-Q2", Frequency::Quarterly), 3.9,
                       QStringLiteral("after the price change")}};
    k.seq = 1;
    Kpi bare;
    bare.id = KpiId(QStringLiteral("nps"));
    bare.name = QStringLiteral("Net promoter score");
    bare.scoring = ScoringMethod::YesNo;
    bare.direction = Direction::Decrease;
    bare.frequency = Frequency::Weekly;
    bare.measurements = {{*Period::parse(u"2026-W53", Frequency::Weekly), -7, QString()}};
    bare.seq = 2;
    sc.kpis = {k, bare};

    Okr okr;
    okr.id = OkrId(QStringLiteral("okr-1"));
    okr.title = QStringLiteral("Launch in Iberia");
    okr.objective = ObjectiveId(QStringLiteral("revenue"));
    okr.owner = QStringLiteral("Claire");
    okr.start = QDate(2026, 7, 1);
    okr.end = QDate(2026, 12, 31);
    okr.weight = 3;
    okr.keyResults = {{KeyResultId(QStringLiteral("kr-1")), QStringLiteral("Sign distributors"), 1,
                       4, 3, QStringLiteral("count"), 2},
                      {KeyResultId(QStringLiteral("kr-2")), QStringLiteral("Pipeline"), 400.5, 2500,
                       1650, QStringLiteral("EUR k"), 0}};
    okr.seq = 1;
    sc.okrs = {okr};

    Initiative ini;
    ini.id = InitiativeId(QStringLiteral("erp"));
    ini.name = QStringLiteral("ERP programme");
    ini.owner = QStringLiteral("CTO");
    ini.department = DepartmentId(QStringLiteral("hq"));
    ini.start = QDate(2025, 3, 1);
    ini.end = QDate(2026, 12, 31);
    ini.budget = 1450000;
    ini.spent = 1290000.5;
    ini.progress = 0.85;
    ini.status = InitiativeStatus::OnHold;
    ini.contributions = {{ObjectiveId(QStringLiteral("revenue")), 2},
                         {ObjectiveId(QStringLiteral("loyalty")), 0.5}};
    ini.milestones = {{QStringLiteral("Blueprint"), QDate(2025, 6, 30), true},
                      {QStringLiteral("Go-live"), QDate(), false}};
    ini.seq = 1;
    sc.initiatives = {ini};
    return sc;
}

} // namespace

TEST_CASE("The bundled sample parses with the expected contents", "[json]")
{
    const Scorecard sc = parsed(readFile(QStringLiteral(SCORECARD_SAMPLE_JSON)));

    CHECK(sc.info.name == QStringLiteral("Northwind Components – Strategy 2027"));
    CHECK(sc.info.currency == QStringLiteral("EUR"));
    CHECK(sc.info.bands == Bands{90, 60});
    CHECK(sc.perspectives.size() == 4);
    CHECK(sc.pillars.size() == 3);
    CHECK(sc.departments.size() == 8);
    CHECK(sc.objectives.size() == 17);
    CHECK(sc.links.size() == 20);
    CHECK(sc.kpis.size() == 30);
    CHECK(sc.okrs.size() == 3);
    CHECK(sc.initiatives.size() == 5);

    size_t measurements = 0, keyResults = 0, milestones = 0, contributions = 0;
    for (const Kpi &k : sc.kpis) {
        measurements += k.measurements.size();
        CHECK(std::is_sorted(
            k.measurements.begin(), k.measurements.end(),
            [](const Measurement &a, const Measurement &b) { return a.period < b.period; }));
    }
    for (const Okr &o : sc.okrs)
        keyResults += o.keyResults.size();
    for (const Initiative &i : sc.initiatives) {
        milestones += i.milestones.size();
        contributions += i.contributions.size();
    }
    CHECK(measurements == 619);
    CHECK(keyResults == 9);
    CHECK(milestones == 13);
    CHECK(contributions == 10);

    CHECK(sc.perspectives[3].id.value == QStringLiteral("learning"));
    CHECK(sc.perspectives[3].position == 3);
    CHECK(sc.departments[1].parent.value == QStringLiteral("company"));
    CHECK(sc.departments[1].seq == 2);
    CHECK(sc.objectives[0].weight == 2);
    CHECK_FALSE(sc.objectives[0].position.has_value());

    const Kpi &revenue = kpiById(sc, u"monthly-revenue");
    CHECK(revenue.frequency == Frequency::Monthly);
    CHECK(revenue.baseline == 8200);
    CHECK_FALSE(revenue.rangeLow.has_value());
    REQUIRE(revenue.measurements.size() == 24);
    CHECK(revenue.measurements.front().period.toString() == QStringLiteral("2024-12"));
    CHECK(revenue.measurements.front().value == 8124);
    CHECK(revenue.measurements[8].note == QStringLiteral("Summer plant shutdown"));

    CHECK(sc.okrs[0].keyResults[1].targetValue == 2500);
    CHECK(sc.okrs[0].start == QDate(2026, 7, 1));
    CHECK(sc.initiatives[0].progress == 0.85);
    CHECK(sc.initiatives[0].status == InitiativeStatus::Active);
    CHECK(sc.initiatives[0].milestones[0].done);
}

TEST_CASE("The bundled sample round-trips byte for byte", "[json]")
{
    const QByteArray sample = readFile(QStringLiteral(SCORECARD_SAMPLE_JSON));
    const Scorecard sc = parsed(sample);
    const QByteArray once = toJson(sc);
    const Scorecard again = parsed(once);
    CHECK(again == sc);
    CHECK(toJson(again) == once);

    // The writer's layout is the sample's: same key order, indentation and
    // escaping. Only the sample's whole floats ("7.0", from Python) and its
    // missing final newline differ.
    QString normalised = QString::fromUtf8(sample);
    normalised.replace(
        QRegularExpression(QStringLiteral(R"((\d)\.0(,?)$)"), QRegularExpression::MultilineOption),
        QStringLiteral("\\1\\2"));
    CHECK(QString::fromUtf8(once).trimmed() == normalised.trimmed());
}

TEST_CASE("Every field survives a write and a read", "[json]")
{
    const Scorecard sc = everyField();
    const QByteArray bytes = toJson(sc);
    const Scorecard back = parsed(bytes);
    CHECK(back.info == sc.info);
    CHECK(back.perspectives == sc.perspectives);
    CHECK(back.pillars == sc.pillars);
    CHECK(back.departments == sc.departments);
    CHECK(back.objectives == sc.objectives);
    CHECK(back.links == sc.links);
    CHECK(back.kpis == sc.kpis);
    CHECK(back.okrs == sc.okrs);
    CHECK(back.initiatives == sc.initiatives);
    CHECK(back == sc);
    CHECK(toJson(back) == bytes);
}

TEST_CASE("The fixture with every field reads as expected and is written identically", "[json]")
{
    const QByteArray bytes = readFile(QStringLiteral(SCORECARD_TEST_DATA "/json/every-field.json"));
    const Scorecard sc = parsed(bytes);
    CHECK(sc == everyField());
    CHECK(toJson(sc) == bytes);
}

TEST_CASE("The writer emits valid JSON with every field, nulls and empty lists", "[json]")
{
    Scorecard sc;
    sc.info.name = QStringLiteral("Empty");
    Kpi k;
    k.id = KpiId(QStringLiteral("k"));
    k.name = QStringLiteral("K");
    sc.kpis.push_back(k);
    const QByteArray bytes = toJson(sc);

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("scorecard"));
    CHECK(root.value(QStringLiteral("version")).toInt() == 1);
    CHECK(root.size() == 13);
    for (const char *list :
         {"perspectives", "pillars", "departments", "objectives", "links", "okrs", "initiatives"}) {
        INFO(list);
        CHECK(root.value(QLatin1String(list)).isArray());
        CHECK(root.value(QLatin1String(list)).toArray().isEmpty());
    }
    const QJsonObject kpi = root.value(QStringLiteral("kpis")).toArray().at(0).toObject();
    CHECK(kpi.size() == 18);
    for (const char *key : {"objective", "baseline", "target", "range_low", "range_high",
                            "red_flag", "goal", "bands", "department"}) {
        INFO(key);
        CHECK(kpi.value(QLatin1String(key)).isNull());
    }
    CHECK(kpi.value(QStringLiteral("measurements")).toArray().isEmpty());
    CHECK(bytes.contains("\"links\": [],\n"));
    CHECK(bytes.contains("      \"target\": null,\n"));
    CHECK(bytes.contains("\"green\": 90,\n"));
    CHECK(bytes.endsWith("}\n"));

    // Keys come in the documented order, not alphabetically.
    const QByteArrayList order{
        "\"format\"",       "\"version\"", "\"name\"",        "\"description\"", "\"settings\"",
        "\"perspectives\"", "\"pillars\"", "\"departments\"", "\"objectives\"",  "\"links\"",
        "\"kpis\"",         "\"okrs\"",    "\"initiatives\""};
    for (qsizetype i = 1; i < order.size(); ++i) {
        INFO(order[i].constData());
        CHECK(bytes.indexOf(order[i - 1]) < bytes.indexOf(order[i]));
    }
}

TEST_CASE("Doubles round-trip exactly and print in their shortest form", "[json]")
{
    struct Case
    {
        double value;
        const char *text;
    };
    const std::vector<Case> cases{
        {90, "90"},
        {-7, "-7"},
        {0.1, "0.1"},
        {0.1 + 0.2, "0.30000000000000004"},
        {1e-300, "1e-300"},
        {123456789.123, "123456789.123"},
        {1.0 / 3, "0.3333333333333333"},
        {1450000, "1450000"},
        {9007199254740991.0, "9007199254740991"},
        {9007199254740994.0, "9007199254740994"},
        {1e21, "1e+21"},
        {-2.5e-8, "-2.5e-08"},
        {std::numeric_limits<double>::denorm_min(), "5e-324"},
        {std::numeric_limits<double>::max(), "1.7976931348623157e+308"},
    };
    Scorecard sc;
    sc.info.name = QStringLiteral("Numbers");
    sc.perspectives.push_back({PerspectiveId(QStringLiteral("p")), QStringLiteral("P"), {}, 0});
    for (size_t i = 0; i < cases.size(); ++i) {
        Kpi k;
        k.id = KpiId(QStringLiteral("k%1").arg(i));
        k.name = k.id.value;
        k.target = cases[i].value;
        k.frequency = Frequency::Yearly;
        k.measurements.push_back({*Period::parse(u"2026", Frequency::Yearly), cases[i].value, {}});
        k.seq = qint64(i) + 1;
        sc.kpis.push_back(k);
    }
    const QByteArray bytes = toJson(sc);
    const Scorecard back = parsed(bytes);
    const QJsonArray viaQt =
        QJsonDocument::fromJson(bytes).object().value(QStringLiteral("kpis")).toArray();
    REQUIRE(back.kpis.size() == cases.size());
    for (size_t i = 0; i < cases.size(); ++i) {
        INFO(cases[i].text);
        CHECK(bytes.contains(QByteArray("\"target\": ") + cases[i].text + ",\n"));
        CHECK(*back.kpis[i].target == cases[i].value);
        CHECK(back.kpis[i].measurements[0].value == cases[i].value);
        CHECK(viaQt.at(qsizetype(i)).toObject().value(QStringLiteral("target")).toDouble() ==
              cases[i].value);
    }
    CHECK(back == sc);
    CHECK(toJson(back) == bytes);
}

TEST_CASE("Unicode and control characters round-trip", "[json]")
{
    Scorecard sc;
    sc.info.name = QStringLiteral("Ünïcødé – 戦略マップ 🚀 ∑");
    sc.info.description = QStringLiteral("tab\there, \"quotes\", back\\slash, bell\a, nul") +
                          QChar(0) + QStringLiteral(" end\r\n") + QChar(0x2028);
    sc.info.currency = QString(QChar(0xd800)) + QStringLiteral("lone surrogate");
    sc.perspectives.push_back(
        {PerspectiveId(QStringLiteral("ü-ß")), QStringLiteral("Ψ Perspektive"), QString(), 0});
    const QByteArray bytes = toJson(sc);

    CHECK(bytes.contains("Ünïcødé – 戦略マップ 🚀 ∑")); // written as UTF-8, not escaped
    CHECK(bytes.contains(R"(tab\there, \"quotes\", back\\slash, bell\u0007, nul\u0000 end\r\n)"));
    CHECK(bytes.contains(R"("\ud800lone surrogate")"));
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    CHECK(error.error == QJsonParseError::NoError);

    const Scorecard back = parsed(bytes);
    CHECK(back.info == sc.info);
    CHECK(back == sc);
    CHECK(toJson(back) == bytes);
}
