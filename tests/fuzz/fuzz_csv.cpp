// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import: reading and previewing arbitrary bytes against a scorecard only
// ever yields a table or an error, and a preview or an error.
#include "io/csvimport.h"
#include "model/templates.h"

namespace {

/** A scorecard with KPIs of every frequency, so previews reach every period parser. */
scorecard::Scorecard target()
{
    using namespace scorecard;
    Scorecard sc = fourPerspectiveTemplate(QStringLiteral("Fuzz"));
    Objective o;
    o.id = ObjectiveId(QStringLiteral("o"));
    o.name = QStringLiteral("Objective");
    o.perspective = sc.perspectives.front().id;
    o.seq = 1;
    sc.objectives.push_back(o);
    const Frequency frequencies[] = {Frequency::Weekly, Frequency::Monthly, Frequency::Quarterly, Frequency::Yearly};
    qint64 seq = 0;
    for (Frequency f : frequencies) {
        Kpi k;
        k.id = KpiId(toString(f));
        k.name = QStringLiteral("KPI ") + toString(f);
        k.objective = o.id;
        k.frequency = f;
        k.target = 10;
        k.seq = ++seq;
        sc.kpis.push_back(k);
    }
    return sc;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const scorecard::Scorecard sc = target();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)scorecard::CsvImport::preview(sc, bytes, {});
    return 0;
}
