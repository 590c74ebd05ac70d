// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace scorecard {

enum class Frequency { Weekly, Monthly, Quarterly, Yearly };
enum class Direction { Increase, Decrease, Range };
enum class ScoringMethod { Linear, GoalRedFlag, YesNo };
enum class InitiativeStatus { Planned, Active, OnHold, Done, Cancelled };
enum class DataSourceKind { Csv, Sql };

// The names below are the file format's words (JSON, CSV, SQLite CHECKs).
QString toString(Frequency f);
QString toString(Direction d);
QString toString(ScoringMethod s);
QString toString(InitiativeStatus s);
QString toString(DataSourceKind k);

std::optional<Frequency> frequencyFromString(QStringView s);
std::optional<Direction> directionFromString(QStringView s);
std::optional<ScoringMethod> scoringFromString(QStringView s);
std::optional<InitiativeStatus> initiativeStatusFromString(QStringView s);
std::optional<DataSourceKind> dataSourceKindFromString(QStringView s);

} // namespace scorecard
