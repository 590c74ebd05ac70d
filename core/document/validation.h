// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"
#include "util/result.h"

namespace scorecard {

class ScorecardDocument;

/**
 * Rules a new or changed entity must satisfy against the document it goes
 * into, with a clear message for the first one broken. Commands check these
 * before they are pushed; SQLite's constraints are the second line.
 */
namespace validation {

enum class Mode { Add, Change };

Result<void> check(const ScorecardDocument &doc, const ScorecardInfo &info);
Result<void> check(const ScorecardDocument &doc, const Perspective &p, Mode mode);
Result<void> check(const ScorecardDocument &doc, const Pillar &p, Mode mode);
Result<void> check(const ScorecardDocument &doc, const Department &d, Mode mode);
Result<void> check(const ScorecardDocument &doc, const Objective &o, Mode mode);
Result<void> check(const ScorecardDocument &doc, const Link &l, Mode mode);
Result<void> check(const ScorecardDocument &doc, const Kpi &k, Mode mode);
Result<void> check(const ScorecardDocument &doc, const Okr &o, Mode mode);
Result<void> check(const ScorecardDocument &doc, const Initiative &i, Mode mode);
/** Also: the location and mapping read (DataSourceSettings), KPIs in the filter exist. */
Result<void> check(const ScorecardDocument &doc, const DataSource &d, Mode mode);
Result<void> check(const ScorecardDocument &doc, const MeasurementRecord &m);
/** The same as the above, for a KPI already found (bulk imports look each KPI up once). */
Result<void> check(const Kpi &kpi, const Measurement &m);

/** A new id from @p name: lowercase words joined by '-', unique among @p taken. */
QString makeId(const QString &name, const std::function<bool(const QString &)> &taken);

} // namespace validation
} // namespace scorecard
