// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import: whatever the bytes, reading and checking a file never crashes,
// and every value it would import fits its KPI (frequency, finite value).
// Each line of the input is also read as a period and as a number.
#include "io/csvimport.h"
#include "io/numbertext.h"
#include "io/periodtext.h"

#include <cmath>
#include <cstdlib>

using namespace scorecard;

namespace {

const Scorecard &fixture()
{
    static const Scorecard sc = [] {
        Scorecard s;
        const std::pair<const char16_t *, Frequency> kpis[] = {{u"revenue", Frequency::Monthly},
                                                               {u"churn", Frequency::Quarterly},
                                                               {u"tickets", Frequency::Weekly},
                                                               {u"headcount", Frequency::Yearly}};
        qint64 seq = 0;
        for (const auto &[id, f] : kpis) {
            Kpi k;
            k.id = KpiId(QString::fromUtf16(id));
            k.name = k.id.value.toUpper();
            k.frequency = f;
            k.seq = ++seq;
            s.kpis.push_back(k);
        }
        s.kpis[0].measurements.push_back({*Period::parse(u"2026-03", Frequency::Monthly), 1, {}});
        return s;
    }();
    return sc;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (CsvImport::Layout layout :
         {CsvImport::Layout::Auto, CsvImport::Layout::Long, CsvImport::Layout::Wide}) {
        CsvImport::Options options;
        options.layout = layout;
        auto preview = CsvImport::preview(fixture(), bytes, options);
        if (!preview)
            continue;
        qint32 lastRow = 0;
        for (const CsvImport::Entry &e : preview->entries) {
            const auto kpi = std::find_if(fixture().kpis.begin(), fixture().kpis.end(),
                                          [&](const Kpi &k) { return k.id == e.kpi; });
            if (kpi == fixture().kpis.end() || e.period.frequency() != kpi->frequency ||
                !e.period.isValid() || !std::isfinite(e.value) || e.row < lastRow)
                std::abort();
            lastRow = e.row;
        }
        if (preview->added + preview->overwritten + preview->unchanged !=
            qsizetype(preview->entries.size()))
            std::abort();
    }
    for (const QByteArray &line : bytes.split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (auto p = PeriodText::parse(text)) {
            for (Frequency f :
                 {Frequency::Weekly, Frequency::Monthly, Frequency::Quarterly, Frequency::Yearly}) {
                if (auto fitted = p->toPeriod(f); fitted && !fitted->isValid())
                    std::abort();
            }
        }
        for (NumberText::Decimal d : {NumberText::Decimal::Point, NumberText::Decimal::Comma}) {
            if (auto n = NumberText::parse(text, d); n && !std::isfinite(*n))
                std::abort();
        }
    }
    return 0;
}
