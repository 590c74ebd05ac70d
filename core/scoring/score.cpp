// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoring/score.h"

#include "scoring/tr.h"

namespace scorecard::scoring {

QString toString(Status status)
{
    switch (status) {
    case Status::Green:
        return QStringLiteral("green");
    case Status::Amber:
        return QStringLiteral("amber");
    case Status::Red:
        return QStringLiteral("red");
    case Status::NoData:
        return QStringLiteral("no_data");
    case Status::Stale:
        return QStringLiteral("stale");
    }
    return {};
}

QString toString(Health health)
{
    switch (health) {
    case Health::NotStarted:
        return QStringLiteral("not_started");
    case Health::OnTrack:
        return QStringLiteral("on_track");
    case Health::Behind:
        return QStringLiteral("behind");
    case Health::AtRisk:
        return QStringLiteral("at_risk");
    case Health::Overdue:
        return QStringLiteral("overdue");
    case Health::Done:
        return QStringLiteral("done");
    case Health::Cancelled:
        return QStringLiteral("cancelled");
    case Health::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString toString(Method method)
{
    switch (method) {
    case Method::Linear:
        return QStringLiteral("linear");
    case Method::Range:
        return QStringLiteral("range");
    case Method::GoalRedFlag:
        return QStringLiteral("goal_redflag");
    case Method::YesNo:
        return QStringLiteral("yes_no");
    case Method::Progress:
        return QStringLiteral("progress");
    case Method::WeightedMean:
        return QStringLiteral("weighted_mean");
    }
    return {};
}

QString toString(InputKind kind)
{
    switch (kind) {
    case InputKind::Kpi:
        return QStringLiteral("kpi");
    case InputKind::KeyResult:
        return QStringLiteral("key_result");
    case InputKind::Okr:
        return QStringLiteral("okr");
    case InputKind::Initiative:
        return QStringLiteral("initiative");
    case InputKind::Objective:
        return QStringLiteral("objective");
    case InputKind::Perspective:
        return QStringLiteral("perspective");
    }
    return {};
}

QString toString(Exclusion exclusion)
{
    switch (exclusion) {
    case Exclusion::None:
        return {};
    case Exclusion::NoData:
        return QStringLiteral("no_data");
    case Exclusion::Cycle:
        return QStringLiteral("cycle");
    case Exclusion::ZeroWeight:
        return QStringLiteral("zero_weight");
    case Exclusion::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

Status statusFor(double score, const Bands &bands)
{
    // Rounding in a weighted mean must not drop a score just below a threshold.
    if (score >= bands.green - detail::kBandTolerance)
        return Status::Green;
    if (score >= bands.amber - detail::kBandTolerance)
        return Status::Amber;
    return Status::Red;
}

} // namespace scorecard::scoring
