// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/ids.h"

#include <QDate>

#include <vector>

namespace scorecard {

/** How much an initiative contributes to one objective. */
struct Contribution
{
    ObjectiveId objective;
    double weight = 1;
    friend bool operator==(const Contribution &, const Contribution &) = default;
};

struct Milestone
{
    QString title;
    QDate due;
    bool done = false;
    friend bool operator==(const Milestone &, const Milestone &) = default;
};

/** A strategic initiative (project) that drives one or more objectives. */
struct Initiative
{
    InitiativeId id;
    QString name;
    QString owner;
    DepartmentId department;
    QDate start;
    QDate end;
    double budget = 0;
    double spent = 0;
    double progress = 0; ///< fraction 0..1
    InitiativeStatus status = InitiativeStatus::Planned;
    std::vector<Contribution> contributions;
    std::vector<Milestone> milestones;
    qint64 seq = 0;
    friend bool operator==(const Initiative &, const Initiative &) = default;
};

} // namespace scorecard
