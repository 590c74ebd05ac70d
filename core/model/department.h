// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

namespace scorecard {

/** An organisational unit; departments form a tree through parent. */
struct Department
{
    DepartmentId id;
    QString name;
    DepartmentId parent;
    qint64 seq = 0;
    friend bool operator==(const Department &, const Department &) = default;
};

} // namespace scorecard
