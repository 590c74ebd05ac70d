// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scorecards for the strategy map tests, built in code, written to scratch files.
#include "document/scorecarddocument.h"
#include "io/jsonformat.h"
#include "model/templates.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace scorecard::maptest {

using namespace Qt::StringLiterals;

inline Objective objective(const QString &id, const QString &perspective,
                           const QString &pillar = {})
{
    Objective o;
    o.id = ObjectiveId(id);
    o.name = id.at(0).toUpper() + id.mid(1).replace(u'-', u' ');
    o.perspective = PerspectiveId(perspective);
    o.pillar = PillarId(pillar);
    return o;
}

/**
 * Four perspectives, two pillars, seven objectives (one without a pillar),
 * five links (one inside a lane, one across two lanes), a KPI with values.
 * No stored positions.
 */
inline Scorecard mapScorecard()
{
    Scorecard sc = fourPerspectiveTemplate(u"Map test"_s);
    sc.pillars = {{PillarId(u"ops"_s), u"Operations"_s, {}, u"#17becf"_s, 1},
                  {PillarId(u"growth"_s), u"Growth"_s, {}, {}, 2}};
    sc.objectives = {objective(u"profit"_s, u"financial"_s, u"ops"_s),
                     objective(u"revenue"_s, u"financial"_s, u"growth"_s),
                     objective(u"loyal-clients"_s, u"customer"_s, u"growth"_s),
                     objective(u"lean-process"_s, u"internal"_s, u"ops"_s),
                     objective(u"quality"_s, u"internal"_s, u"ops"_s),
                     objective(u"skills"_s, u"learning"_s, u"ops"_s),
                     objective(u"culture"_s, u"learning"_s)};
    for (size_t i = 0; i < sc.objectives.size(); ++i)
        sc.objectives[i].seq = qint64(i) + 1;
    auto link = [&](const char16_t *from, const char16_t *to) {
        sc.links.push_back({ObjectiveId(QString::fromUtf16(from)),
                            ObjectiveId(QString::fromUtf16(to)),
                            {},
                            qint64(sc.links.size()) + 1});
    };
    link(u"loyal-clients", u"revenue");
    link(u"lean-process", u"profit");  // across the customer lane
    link(u"quality", u"lean-process"); // inside a lane
    link(u"skills", u"quality");
    link(u"culture", u"loyal-clients"); // across the internal lane
    Kpi k;
    k.id = KpiId(u"nps"_s);
    k.name = u"Net promoter score"_s;
    k.objective = ObjectiveId(u"loyal-clients"_s);
    k.baseline = 0;
    k.target = 100;
    k.seq = 1;
    k.measurements.push_back({*Period::parse(u"2026-10"_s, Frequency::Monthly), 95, {}});
    sc.kpis.push_back(k);
    return sc;
}

/** @p text without any blanks: wrapped lines may break after a hyphen as well as at a space. */
inline QString squeezed(QString text)
{
    text.remove(QRegularExpression(u"\\s+"_s));
    return text;
}

/** The bundled sample. */
inline Scorecard sampleScorecard()
{
    QFile f(QStringLiteral(SCORECARD_SAMPLE_JSON));
    REQUIRE(f.open(QIODevice::ReadOnly));
    auto sc = fromJson(f.readAll());
    REQUIRE(sc.ok());
    return *sc;
}

/** Pages of a PDF: "/Type /Page" objects, not the "/Type /Pages" tree. */
inline int pdfPages(const QByteArray &pdf)
{
    int pages = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0;
         at = pdf.indexOf("/Type /Page", at + 1)) {
        if (pdf.mid(at + 11, 1) != "s")
            ++pages;
    }
    return pages;
}

struct MapFile
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ScorecardDocument> doc;

    explicit MapFile(const Scorecard &content, bool open = true)
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(u"map.scorecard"_s);
        auto created = ScorecardFile::create(path, content);
        INFO(created.error().toStdString());
        REQUIRE(created.ok());
        if (open) {
            auto d = ScorecardDocument::open(path);
            INFO(d.error().toStdString());
            REQUIRE(d.ok());
            doc = std::move(d).value();
        }
    }
};

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace scorecard::maptest
