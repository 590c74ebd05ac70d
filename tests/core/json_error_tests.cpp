// SPDX-License-Identifier: GPL-3.0-or-later
// JSON interchange: every validation rule, with the exact one-line message.
#include "io/jsonformat.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace scorecard;

namespace {

struct ErrorCase
{
    std::string json;
    std::string message;
};

/** A document with a header, perspective "p" and objectives "a", "b", plus @p members. */
std::string withBase(const std::string &members)
{
    return R"({"format": "scorecard", "version": 1,
        "perspectives": [{"id": "p", "name": "P"}],
        "objectives": [{"id": "a", "name": "A", "perspective": "p"},
                       {"id": "b", "name": "B", "perspective": "p"}])" +
           (members.empty() ? std::string() : ", " + members) + "}";
}

/** A document with just the header and @p members. */
std::string withHeader(const std::string &members)
{
    return R"({"format": "scorecard", "version": 1, )" + members + "}";
}

std::string errorOf(const std::string &json)
{
    const Result<Scorecard> sc = fromJson(QByteArray::fromStdString(json));
    return sc.ok() ? std::string("(no error)") : sc.error().toStdString();
}

const std::vector<ErrorCase> &errorCases()
{
    static const std::vector<ErrorCase> cases{
        // Not JSON, or not ours.
        {"nope", "not JSON: illegal value (at offset 1)"},
        {R"({"format": "scorecard", "version": 1} x)",
         "not JSON: garbage at the end of the document (at offset 38)"},
        {"[1, 2]", "expected a JSON object at the top level, got an array"},
        {R"({"version": 1})", "format: missing required field"},
        {R"({"format": "spreadsheet", "version": 1})",
         R"(format: expected "scorecard", got "spreadsheet")"},
        {R"({"format": "scorecard"})", "version: missing required field"},
        {R"({"format": "scorecard", "version": 3, "future": true})",
         "version: made by a newer version (format version 3)"},
        {R"({"format": "scorecard", "version": 0})", "version: unsupported format version 0"},
        {R"({"format": "scorecard", "version": 1.5})", "version: expected a whole number, got 1.5"},
        {R"({"format": "scorecard", "version": "1"})", R"(version: expected a number, got "1")"},

        // Unknown fields.
        {withHeader(R"("colour": "red")"), "colour: unknown field"},
        {withHeader(R"("perspectives": [{"id": "p", "name": "P", "colour": "#fff"}])"),
         "perspectives[0].colour: unknown field"},
        {withHeader(R"("perspectives": [{"id": "p", "name": "P"}],
                       "objectives": [{"id": "a", "name": "A", "perspective": "p",
                                       "colour": 1}])"),
         "objectives[0].colour: unknown field"},
        {withHeader(R"("settings": {"bands": {"green": 90, "amber": 60, "red": 0}})"),
         "settings.bands.red: unknown field"},
        {withHeader(R"("pillars": [{"id": "x", "name": "X", "my note": ""}])"),
         R"(pillars[0]["my note"]: unknown field)"},

        // Wrong types.
        {withHeader(R"("name": 5)"), "name: expected a string, got 5"},
        {withHeader(R"("settings": null)"), "settings: expected an object, got null"},
        {withHeader(R"("kpis": {})"), "kpis: expected an array, got an object"},
        {withBase(R"("kpis": [{"id": "k0", "name": "K"}, {"id": "k1", "name": "K"},
                             {"id": "k2", "name": "K", "target": "ten"}])"),
         R"(kpis[2].target: expected a number or null, got "ten")"},
        {withBase(R"("kpis": [{"id": "k", "name": "K", "weight": null}])"),
         "kpis[0].weight: expected a number, got null"},
        {withBase(R"("kpis": [{"id": "k", "name": "K", "bands": [90, 60]}])"),
         "kpis[0].bands: expected an object or null, got an array"},
        {withHeader(R"("perspectives": [{"id": "p", "name": "P"}, 5])"),
         "perspectives[1]: expected an object, got 5"},
        {withHeader(R"("perspectives": [{"id": "p", "name": "P"}],
                       "objectives": [{"id": "a", "name": "A", "perspective": "p",
                                       "owner": null}])"),
         "objectives[0].owner: expected a string, got null"},
        {withHeader(R"("perspectives": [{"id": "p", "name": "P"}],
                       "objectives": [{"id": "a", "name": "A", "perspective": "p",
                                       "pillar": 3}])"),
         "objectives[0].pillar: expected an id (a string) or null, got 3"},
        {withHeader(R"("perspectives": [{"id": "p", "name": "P"}],
                       "objectives": [{"id": "a", "name": "A", "perspective": "p",
                                       "position": {"x": 1}}])"),
         "objectives[0].position.y: missing required field"},
        {withHeader(R"("initiatives": [{"id": "i", "name": "I",
                                        "milestones": [{"title": "M", "done": "yes"}]}])"),
         R"(initiatives[0].milestones[0].done: expected true or false, got "yes")"},

        // Required fields, empty ids and names.
        {withHeader(R"("pillars": [{"name": "X"}])"), "pillars[0].id: missing required field"},
        {withHeader(R"("perspectives": [{"id": "p"}])"),
         "perspectives[0].name: missing required field"},
        {withHeader(R"("perspectives": [{"id": "p", "name": "P"}],
                       "objectives": [{"id": "a", "name": "A"}])"),
         "objectives[0].perspective: missing required field"},
        {withBase(R"("links": [{"from": "a"}])"), "links[0].to: missing required field"},
        {withBase(R"("okrs": [{"id": "o", "name": "O"}])"), "okrs[0].name: unknown field"},
        {withBase(R"("okrs": [{"id": "o"}])"), "okrs[0].title: missing required field"},
        {withHeader(R"("perspectives": [{"id": "", "name": "P"}])"),
         "perspectives[0].id: must not be empty"},
        {withBase(R"("departments": [{"id": "d", "name": ""}])"),
         "departments[0].name: must not be empty"},
        {withBase(R"("initiatives": [{"id": "i", "name": "I", "milestones": [{"title": ""}]}])"),
         "initiatives[0].milestones[0].title: must not be empty"},
        {withBase(R"("kpis": [{"id": "k", "name": "K", "measurements": [{"period": "2026-01"}]}])"),
         "kpis[0].measurements[0].value: missing required field"},
        {withBase(R"("kpis": [{"id": "k", "name": "K", "measurements": [{"value": 1}]}])"),
         "kpis[0].measurements[0].period: missing required field"},
        {withBase(R"("kpis": [{"id": "k", "name": "K",
                              "measurements": [{"period": "2026-01", "value": null}]}])"),
         "kpis[0].measurements[0].value: expected a number, got null"},

        // Duplicate ids.
        {withHeader(R"("perspectives": [{"id": "p", "name": "P"}],
                       "objectives": [{"id": "a", "name": "A", "perspective": "p"},
                                      {"id": "a", "name": "B", "perspective": "p"}])"),
         R"(objectives[1].id: duplicate id "a" (also used by objectives[0]))"},
        {withBase(R"("okrs": [
                        {"id": "o1", "title": "O", "key_results": [{"id": "kr", "title": "K"}]},
                        {"id": "o2", "title": "O", "key_results": [{"id": "kr", "title": "K"}]}])"),
         R"(okrs[1].key_results[0].id: duplicate id "kr" (also used by okrs[0].key_results[0]))"},

        // Dangling references.
        {withHeader(R"("perspectives": [{"id": "financial", "name": "F"}],
                       "objectives": [{"id": "o0", "name": "O", "perspective": "financial"},
                                      {"id": "o1", "name": "O", "perspective": "financial"},
                                      {"id": "o2", "name": "O", "perspective": "financial"},
                                      {"id": "o3", "name": "O", "perspective": "fin"}])"),
         R"(objectives[3].perspective: unknown perspective "fin")"},
        {withBase(R"("links": [{"from": "a", "to": "b"}, {"from": "b", "to": "a"},
                              {"from": "a", "to": "bar"}, {"from": "b", "to": "bar"},
                              {"from": "bar", "to": "foo"}])")
             .replace(withBase("").find(R"({"id": "b")"), 0,
                      R"({"id": "bar", "name": "Bar", "perspective": "p"}, )"),
         R"(links[4].to: unknown objective "foo" (from "bar"))"},
        {withBase(R"("links": [{"from": "x", "to": "a"}])"),
         R"(links[0].from: unknown objective "x" (to "a"))"},
        {withBase(R"("kpis": [{"id": "k", "name": "K", "objective": "zz"}])"),
         R"(kpis[0].objective: unknown objective "zz")"},
        {withBase(R"("okrs": [{"id": "o", "title": "O", "objective": "zz"}])"),
         R"(okrs[0].objective: unknown objective "zz")"},
        {withBase(R"("initiatives": [{"id": "i", "name": "I", "department": "it"}])"),
         R"(initiatives[0].department: unknown department "it")"},
        {withBase(R"("initiatives": [{"id": "i", "name": "I",
                                     "contributions": [{"objective": "zz"}]}])"),
         R"(initiatives[0].contributions[0].objective: unknown objective "zz")"},
        {withHeader(R"("perspectives": [{"id": "p", "name": "P"}],
                       "objectives": [{"id": "a", "name": "A", "perspective": "p",
                                       "pillar": "growth"}])"),
         R"(objectives[0].pillar: unknown pillar "growth")"},
        {withHeader(R"("departments": [{"id": "d", "name": "D", "parent": "hq"}])"),
         R"(departments[0].parent: unknown department "hq")"},

        // Links.
        {withBase(R"("links": [{"from": "a", "to": "a"}])"),
         R"(links[0].to: an objective cannot link to itself ("a"))"},
        {withBase(R"("links": [{"from": "a", "to": "b"},
                              {"from": "a", "to": "b", "note": "again"}])"),
         R"(links[1]: duplicate link from "a" to "b" (also links[0]))"},

        // Parent cycles.
        {withHeader(R"("departments": [{"id": "x", "name": "X", "parent": "x"}])"),
         "departments[0].parent: a department cannot be its own parent"},
        {withHeader(R"("departments": [{"id": "root", "name": "R"},
                                       {"id": "a", "name": "A", "parent": "b"},
                                       {"id": "b", "name": "B", "parent": "c"},
                                       {"id": "c", "name": "C", "parent": "a"}])"),
         R"(departments[1].parent: departments form a cycle: "a" -> "b" -> "c" -> "a")"},
        {withHeader(R"("perspectives": [{"id": "p", "name": "P"}],
                       "objectives": [{"id": "a", "name": "A", "perspective": "p",
                                       "parent": "a"}])"),
         "objectives[0].parent: an objective cannot be its own parent"},
        {withHeader(R"("perspectives": [{"id": "p", "name": "P"}],
                       "objectives": [
                           {"id": "leaf", "name": "L", "perspective": "p", "parent": "a"},
                           {"id": "a", "name": "A", "perspective": "p", "parent": "b"},
                           {"id": "b", "name": "B", "perspective": "p", "parent": "a"}])"),
         R"(objectives[1].parent: objectives form a cycle: "a" -> "b" -> "a")"},
        {withHeader(R"("perspectives": [{"id": "p", "name": "P"}],
                       "objectives": [{"id": "a", "name": "A", "perspective": "p",
                                       "parent": "q"}])"),
         R"(objectives[0].parent: unknown objective "q")"},

        // Enumerations.
        {withBase(R"("kpis": [{"id": "k", "name": "K", "direction": "up"}])"),
         R"(kpis[0].direction: "up" is not one of: increase, decrease, range)"},
        {withBase(R"("kpis": [{"id": "k", "name": "K", "scoring": "goal"}])"),
         R"(kpis[0].scoring: "goal" is not one of: linear, goal_redflag, yes_no)"},
        {withBase(R"("kpis": [{"id": "k", "name": "K", "frequency": "Monthly"}])"),
         R"(kpis[0].frequency: "Monthly" is not one of: weekly, monthly, quarterly, yearly)"},
        {withBase(R"("initiatives": [{"id": "i", "name": "I", "status": "paused"}])"),
         R"(initiatives[0].status: "paused" is not one of: )"
         "planned, active, on_hold, done, cancelled"},

        // Ranges.
        {withHeader(R"("perspectives": [{"id": "p", "name": "P"}],
                       "objectives": [{"id": "a", "name": "A", "perspective": "p",
                                       "weight": -1}])"),
         "objectives[0].weight: must not be negative, got -1"},
        {withBase(R"("kpis": [{"id": "k", "name": "K", "weight": -0.25}])"),
         "kpis[0].weight: must not be negative, got -0.25"},
        {withBase(R"("okrs": [{"id": "o", "title": "O",
                              "key_results": [{"id": "kr", "title": "K", "weight": -2}]}])"),
         "okrs[0].key_results[0].weight: must not be negative, got -2"},
        {withBase(R"("initiatives": [{"id": "i", "name": "I",
                                     "contributions": [{"objective": "a", "weight": -0.5}]}])"),
         "initiatives[0].contributions[0].weight: must not be negative, got -0.5"},
        {withBase(R"("initiatives": [{"id": "i", "name": "I", "progress": 1.5}])"),
         "initiatives[0].progress: must be between 0 and 1, got 1.5"},
        {withBase(R"("initiatives": [{"id": "i", "name": "I", "budget": -1}])"),
         "initiatives[0].budget: must not be negative, got -1"},
        {withBase(R"("initiatives": [{"id": "i", "name": "I", "spent": -100}])"),
         "initiatives[0].spent: must not be negative, got -100"},
        {withHeader(R"("settings": {"bands": {"green": 120}})"),
         "settings.bands.green: must be between 0 and 100, got 120"},
        {withHeader(R"("settings": {"bands": {"green": 90, "amber": 95}})"),
         "settings.bands.amber: must not be greater than green (95 > 90)"},
        {withBase(R"("kpis": [{"id": "k", "name": "K", "bands": {"green": 50}}])"),
         "kpis[0].bands.amber: must not be greater than green (60 > 50)"},
        {withBase(R"("kpis": [{"id": "k", "name": "K", "bands": {"green": 90, "amber": -1}}])"),
         "kpis[0].bands.amber: must be between 0 and 100, got -1"},

        // Dates and periods.
        {withBase(R"("okrs": [{"id": "o", "title": "O", "start": "2026-02-30"}])"),
         R"(okrs[0].start: "2026-02-30" is not a valid date (expected YYYY-MM-DD))"},
        {withBase(R"("initiatives": [{"id": "i", "name": "I", "end": "31.12.2026"}])"),
         R"(initiatives[0].end: "31.12.2026" is not a valid date (expected YYYY-MM-DD))"},
        {withBase(R"("initiatives": [{"id": "i", "name": "I",
                                     "milestones": [{"title": "M", "due": 5}]}])"),
         "initiatives[0].milestones[0].due: expected a date (YYYY-MM-DD) or null, got 5"},
        {withBase(R"("kpis": [{"id": "k", "name": "K", "measurements": [
                        {"period": "2026-12", "value": 1}, {"period": "2026-13", "value": 2}]}])"),
         R"(kpis[0].measurements[1].period: "2026-13" is not a valid period: )"
         "month 13 does not exist"},
        {withBase(R"("kpis": [{"id": "k", "name": "K", "frequency": "quarterly",
                              "measurements": [{"period": "2026-03", "value": 1}]}])"),
         R"(kpis[0].measurements[0].period: "2026-03" is not a valid period: )"
         "a quarterly period is written like 2026-Q1"},
        {withBase(R"("kpis": [{"id": "k", "name": "K", "measurements": [
                        {"period": "2026-03", "value": 1},
                        {"period": "2026-03-31", "value": 2}]}])"),
         "kpis[0].measurements[1].period: duplicate period 2026-03 "
         "(also kpis[0].measurements[0].period)"},

        // Lengths.
        {withHeader(R"("perspectives": [{"id": ")" + std::string(201, 'x') + R"(", "name": "P"}])"),
         "perspectives[0].id: longer than 200 characters (201)"},
        {withHeader(R"("description": ")" + std::string(100001, 'd') + R"(")"),
         "description: longer than 100000 characters (100001)"},

        // Data sources (format version 2; read in any version).
        {withHeader(R"("data_sources": [{"id": "s", "location": "a.csv"}])"),
         "data_sources[0].kind: missing required field"},
        {withHeader(R"("data_sources": [{"id": "s", "kind": "excel", "location": "a.csv"}])"),
         R"(data_sources[0].kind: "excel" is not one of: csv, sql)"},
        {withHeader(R"("data_sources": [{"id": "s", "kind": "csv"}])"),
         "data_sources[0].location: missing required field"},
        {withHeader(R"("data_sources": [{"id": "s", "kind": "csv", "location": "a.csv",
                                          "mapping": {"layuot": "long"}}])"),
         R"(data_sources[0].mapping: unknown mapping key "layuot" for a csv source )"
         "(known: layout, delimiter, encoding, decimal)"},
        {withHeader(R"("data_sources": [{"id": "s", "kind": "csv", "location": "a.csv",
                                          "mapping": {"layout": "diagonal"}}])"),
         R"(data_sources[0].mapping: mapping "layout" must be one of long, wide, not "diagonal")"},
        {withHeader(R"("data_sources": [{"id": "s", "kind": "sql", "location": "QSQLITE:a.db"}])"),
         R"(data_sources[0].mapping: a sql source needs a "query" in its mapping)"},
        {withHeader(R"("data_sources": [{"id": "s", "kind": "sql", "mapping": {"query": "SELECT 1"},
                                          "location": "QPSQL:kpis;host=db;password=secret"}])"),
         "data_sources[0].mapping: a password is never stored in the scorecard: use the driver's "
         "own way (PGPASSWORD or ~/.pgpass for QPSQL, the DSN for QODBC)"},
        {withHeader(R"("data_sources": [{"id": "s", "kind": "csv", "location": "a.csv",
                                          "kpis": ["ghost"]}])"),
         R"(data_sources[0].kpis[0]: unknown KPI "ghost")"},
        {withHeader(R"("data_sources": [{"id": "s", "kind": "csv", "location": "a.csv",
                                          "last_refresh": "yesterday"}])"),
         R"(data_sources[0].last_refresh: expected a date and time like 2026-03-15T08:30:00Z, )"
         R"(got "yesterday")"},
        {withHeader(R"("data_sources": [{"id": "s", "kind": "csv", "location": "a.csv"},
                                         {"id": "s", "kind": "csv", "location": "b.csv"}])"),
         R"(data_sources[1].id: duplicate id "s" (also used by data_sources[0]))"},

        // Values in messages are quoted, escaped and shortened to one line.
        {withBase(R"("kpis": [{"id": "k", "name": "K", "direction": "up\nwards"}])"),
         R"(kpis[0].direction: "up\nwards" is not one of: increase, decrease, range)"},
        {withBase(R"("kpis": [{"id": "k", "name": "K", "target": ")" + std::string(70, 'y') +
                  R"("}])"),
         R"(kpis[0].target: expected a number or null, got ")" + std::string(60, 'y') +
             "\xe2\x80\xa6\""},
    };
    return cases;
}

} // namespace

TEST_CASE("Invalid documents are refused with one exact line naming the JSON path", "[json]")
{
    for (const ErrorCase &c : errorCases()) {
        INFO(c.json.substr(0, 300));
        CHECK(errorOf(c.json) == c.message);
    }
}

TEST_CASE("The base documents of the error table are themselves valid", "[json]")
{
    CHECK(errorOf(withBase("")) == "(no error)");
    CHECK(errorOf(withHeader(R"("name": "x")")) == "(no error)");
    CHECK(errorOf(withHeader(R"("perspectives": [{"id": ")" + std::string(200, 'x') +
                             R"(", "name": "P"}])")) == "(no error)");
    CHECK(errorOf(withHeader(R"("description": ")" + std::string(100000, 'd') + R"(")")) ==
          "(no error)");
    // Huge but finite numbers are fine; weights of zero too.
    CHECK(errorOf(withBase(R"("kpis": [{"id": "k", "name": "K", "target": 1e308, "weight": 0,
                                       "measurements": [{"period": "2026-01",
                                                         "value": -1e308}]}])")) == "(no error)");
    // Numbers beyond the double range are not JSON Qt can read.
    CHECK(errorOf(withBase(R"("kpis": [{"id": "k", "name": "K", "target": 1e999}])"))
              .rfind("not JSON: illegal number", 0) == 0);
}

TEST_CASE("The same id may be used by entities of different types", "[json]")
{
    const std::string json = withHeader(R"("perspectives": [{"id": "x", "name": "P"}],
        "pillars": [{"id": "x", "name": "P"}], "departments": [{"id": "x", "name": "D"}],
        "objectives": [{"id": "x", "name": "O", "perspective": "x", "pillar": "x",
                        "department": "x"}],
        "kpis": [{"id": "x", "name": "K", "objective": "x"}],
        "okrs": [{"id": "x", "title": "O", "key_results": [{"id": "x", "title": "K"}]}],
        "initiatives": [{"id": "x", "name": "I", "contributions": [{"objective": "x"}]}])");
    CHECK(errorOf(json) == "(no error)");
}

TEST_CASE("An initiative may not contribute to one objective twice", "[json]")
{
    const std::string json = withBase(R"("initiatives": [{"id": "i", "name": "I",
        "contributions": [{"objective": "a"}, {"objective": "b"},
                          {"objective": "a", "weight": 2}]}])");
    CHECK(errorOf(json) ==
          R"(initiatives[0].contributions[2].objective: objective "a" is listed twice )"
          R"((also initiatives[0].contributions[0].objective))");
}
