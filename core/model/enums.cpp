// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/enums.h"

#include <array>
#include <utility>

namespace scorecard {
namespace {

template <typename E, size_t N> using Names = std::array<std::pair<E, const char16_t *>, N>;

constexpr Names<Frequency, 4> kFrequencies{{{Frequency::Weekly, u"weekly"},
                                            {Frequency::Monthly, u"monthly"},
                                            {Frequency::Quarterly, u"quarterly"},
                                            {Frequency::Yearly, u"yearly"}}};
constexpr Names<Direction, 3> kDirections{{{Direction::Increase, u"increase"},
                                           {Direction::Decrease, u"decrease"},
                                           {Direction::Range, u"range"}}};
constexpr Names<ScoringMethod, 3> kScorings{{{ScoringMethod::Linear, u"linear"},
                                             {ScoringMethod::GoalRedFlag, u"goal_redflag"},
                                             {ScoringMethod::YesNo, u"yes_no"}}};
constexpr Names<InitiativeStatus, 5> kStatuses{{{InitiativeStatus::Planned, u"planned"},
                                                {InitiativeStatus::Active, u"active"},
                                                {InitiativeStatus::OnHold, u"on_hold"},
                                                {InitiativeStatus::Done, u"done"},
                                                {InitiativeStatus::Cancelled, u"cancelled"}}};

constexpr Names<DataSourceKind, 2> kSourceKinds{
    {{DataSourceKind::Csv, u"csv"}, {DataSourceKind::Sql, u"sql"}}};

template <typename E, size_t N> QString nameOf(const Names<E, N> &names, E value)
{
    for (const auto &[e, name] : names) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template <typename E, size_t N> std::optional<E> valueOf(const Names<E, N> &names, QStringView s)
{
    for (const auto &[e, name] : names) {
        if (s == QStringView(name))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString toString(Frequency f)
{
    return nameOf(kFrequencies, f);
}
QString toString(Direction d)
{
    return nameOf(kDirections, d);
}
QString toString(ScoringMethod s)
{
    return nameOf(kScorings, s);
}
QString toString(InitiativeStatus s)
{
    return nameOf(kStatuses, s);
}

QString toString(DataSourceKind k)
{
    return nameOf(kSourceKinds, k);
}

std::optional<Frequency> frequencyFromString(QStringView s)
{
    return valueOf(kFrequencies, s);
}
std::optional<Direction> directionFromString(QStringView s)
{
    return valueOf(kDirections, s);
}
std::optional<ScoringMethod> scoringFromString(QStringView s)
{
    return valueOf(kScorings, s);
}
std::optional<InitiativeStatus> initiativeStatusFromString(QStringView s)
{
    return valueOf(kStatuses, s);
}
std::optional<DataSourceKind> dataSourceKindFromString(QStringView s)
{
    return valueOf(kSourceKinds, s);
}

} // namespace scorecard
