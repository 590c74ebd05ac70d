// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

namespace scorecard {

/** A cause-and-effect link: achieving "from" drives "to". */
struct Link
{
    ObjectiveId from;
    ObjectiveId to;
    QString note;
    qint64 seq = 0;
    /** Links are keyed by their two ends. */
    QString key() const { return from.value + QChar(0x1f) + to.value; }
    friend bool operator==(const Link &, const Link &) = default;
};

} // namespace scorecard
