// SPDX-License-Identifier: GPL-3.0-or-later
// JSON import: anything that parses must also write back and parse again to the same scorecard.
#include "io/jsonformat.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto parsed = scorecard::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!parsed)
        return 0;
    auto again = scorecard::fromJson(scorecard::toJson(*parsed));
    if (!again || !(*again == *parsed))
        std::abort(); // a round trip that changes content is a bug
    return 0;
}
