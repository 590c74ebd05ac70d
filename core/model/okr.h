// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QDate>

#include <vector>

namespace scorecard {

struct KeyResult
{
    KeyResultId id;
    QString title;
    double startValue = 0;
    double targetValue = 1;
    double currentValue = 0;
    QString unit;
    double weight = 1;
    friend bool operator==(const KeyResult &, const KeyResult &) = default;
};

/** An objective-and-key-results set, aligned to a strategic objective. */
struct Okr
{
    OkrId id;
    QString title;
    ObjectiveId objective; ///< may be null: a disconnected OKR
    QString owner;
    QDate start;
    QDate end;
    double weight = 1;
    std::vector<KeyResult> keyResults;
    qint64 seq = 0;
    friend bool operator==(const Okr &, const Okr &) = default;
};

} // namespace scorecard
