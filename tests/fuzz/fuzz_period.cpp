// SPDX-License-Identifier: GPL-3.0-or-later
// Period parsing: a parsed period prints in canonical form and parses back to itself.
#include "model/period.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    using scorecard::Frequency;
    for (Frequency f : {Frequency::Weekly, Frequency::Monthly, Frequency::Quarterly, Frequency::Yearly}) {
        auto p = scorecard::Period::parse(text, f);
        if (!p)
            continue;
        auto back = scorecard::Period::parse(p->toString(), f);
        if (!back || !(*back == *p) || !(p->startDate() <= p->endDate()) || !(p->next().previous() == *p))
            std::abort();
    }
    return 0;
}
