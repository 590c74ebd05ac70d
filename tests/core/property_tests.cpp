// SPDX-License-Identifier: GPL-3.0-or-later
// Property: any sequence of edits, undos and redos keeps the cache, the file
// (re-opened from disk) and the JSON export identical at every step.
#include "fixtures.h"

#include "commands/editcommands.h"
#include "commands/entitycommands.h"
#include "io/jsonformat.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::test;

namespace {

class RandomEditor
{
public:
    RandomEditor(ScorecardDocument &doc, quint32 seed) : m_doc(doc), m_rng(seed) {}

    /** Performs one random step; returns whether it changed anything. */
    bool step()
    {
        QUndoStack *stack = m_doc.undoStack();
        const int choice = int(m_rng.bounded(100));
        if (choice < 12 && stack->canUndo()) {
            stack->undo();
            return true;
        }
        if (choice < 20 && stack->canRedo()) {
            stack->redo();
            return true;
        }
        auto command = makeEdit(choice);
        if (!command)
            return false; // refused by validation: a legitimate outcome, nothing changed
        return m_doc.push(std::move(command).value()).ok();
    }

    int refused = 0;

private:
    template <typename T> const T &pick(const std::vector<T> &list)
    {
        return list[m_rng.bounded(quint32(list.size()))];
    }
    QString word() { return QStringLiteral("w%1").arg(m_rng.bounded(1000)); }

    Result<CommandPtr> makeEdit(int choice)
    {
        const Scorecard &sc = m_doc.scorecard();
        if (sc.objectives.size() < 3 || choice < 30) {
            Objective o;
            o.name = QStringLiteral("Objective ") + word();
            o.perspective = pick(sc.perspectives).id;
            if (!sc.pillars.empty() && m_rng.bounded(2))
                o.pillar = pick(sc.pillars).id;
            o.weight = m_rng.bounded(4);
            return AddEntityCommand<Objective>::create(m_doc, o);
        }
        switch (choice % 10) {
        case 0: {
            Objective o = pick(sc.objectives);
            o.name = QStringLiteral("Renamed ") + word();
            o.owner = word();
            o.perspective = pick(sc.perspectives).id;
            return ChangeEntityCommand<Objective>::create(m_doc, o);
        }
        case 1:
            return RemoveEntityCommand<Objective>::create(m_doc, pick(sc.objectives));
        case 2: {
            Link l{pick(sc.objectives).id, pick(sc.objectives).id, word(), 0};
            return AddEntityCommand<Link>::create(m_doc, l);
        }
        case 3: {
            QHash<ObjectiveId, QPointF> moves;
            moves.insert(pick(sc.objectives).id, QPointF(m_rng.bounded(800), m_rng.bounded(600)));
            moves.insert(pick(sc.objectives).id, QPointF(m_rng.bounded(800), m_rng.bounded(600)));
            return MoveObjectivesCommand::create(m_doc, moves);
        }
        case 4: {
            Kpi k;
            k.name = QStringLiteral("KPI ") + word();
            k.objective = pick(sc.objectives).id;
            k.baseline = 0;
            k.target = 1 + m_rng.bounded(100);
            return AddEntityCommand<Kpi>::create(m_doc, k);
        }
        case 5: {
            if (sc.kpis.empty())
                return fail(QStringLiteral("no KPI"));
            const Kpi &k = pick(sc.kpis);
            Period p = Period::containing(QDate(2026, 1, 1), k.frequency);
            for (int i = int(m_rng.bounded(6)); i > 0; --i)
                p = p.next();
            return SetMeasurementCommand::create(m_doc, k.id,
                                                 {p, double(m_rng.bounded(1000)) / 4, word()});
        }
        case 6: {
            if (sc.kpis.empty())
                return fail(QStringLiteral("no KPI"));
            const Kpi &k = pick(sc.kpis);
            if (k.measurements.empty() || m_rng.bounded(2))
                return RemoveEntityCommand<Kpi>::create(m_doc, k);
            return RemoveMeasurementCommand::create(m_doc, k.id, pick(k.measurements).period);
        }
        case 7: {
            Initiative in;
            in.name = QStringLiteral("Initiative ") + word();
            in.contributions = {{pick(sc.objectives).id, 1}};
            in.progress = m_rng.bounded(101) / 100.0;
            return AddEntityCommand<Initiative>::create(m_doc, in);
        }
        case 8: {
            if (sc.links.empty())
                return fail(QStringLiteral("no link"));
            return RemoveEntityCommand<Link>::create(m_doc, pick(sc.links));
        }
        default: {
            if (m_rng.bounded(2) || sc.pillars.empty())
                return AddEntityCommand<Pillar>::create(
                    m_doc, {PillarId(), QStringLiteral("Pillar ") + word(), {}, {}, 0});
            QList<PerspectiveId> order;
            for (const Perspective &p : sc.perspectives)
                order.prepend(p.id);
            return ReorderPerspectivesCommand::create(m_doc, order);
        }
        }
    }

    ScorecardDocument &m_doc;
    QRandomGenerator m_rng;
};

} // namespace

TEST_CASE("Random edits, undos and redos keep cache, file and JSON identical", "[property]")
{
    const quint32 seed = GENERATE(20261203u, 7u);
    INFO("seed " << seed);
    Scratch s;
    auto doc = openNew(s, smallScorecard());
    RandomEditor editor(*doc, seed);
    int changed = 0;
    for (int i = 0; i < 2000; ++i) {
        INFO("step " << i);
        if (editor.step())
            ++changed;
        const Scorecard onDisk = reload(doc->path());
        REQUIRE(onDisk == doc->scorecard());
        REQUIRE(toJson(onDisk) == toJson(doc->scorecard()));
    }
    // The walk must really have edited the document, not only been refused.
    CHECK(changed > 1000);
    // Undo everything: back to the file we started with.
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    CHECK(toJson(reload(doc->path())) == toJson(smallScorecard()));
}
