// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/changeset.h"
#include "util/result.h"

namespace scorecard {

class ScorecardDocument;

/**
 * The changes that remove an entity together with what depends on it:
 * an objective's links are removed; KPIs, OKRs and supporting objectives
 * are detached; initiatives lose their contribution to it. A pillar or a
 * department is detached from what names it. Undo restores all of it with
 * the same ids. A perspective that still holds objectives is refused.
 */
Result<ChangeSet> removalChanges(const ScorecardDocument &doc, const Perspective &p);
Result<ChangeSet> removalChanges(const ScorecardDocument &doc, const Pillar &p);
Result<ChangeSet> removalChanges(const ScorecardDocument &doc, const Department &d);
Result<ChangeSet> removalChanges(const ScorecardDocument &doc, const Objective &o);
Result<ChangeSet> removalChanges(const ScorecardDocument &doc, const Link &l);
Result<ChangeSet> removalChanges(const ScorecardDocument &doc, const Kpi &k);
Result<ChangeSet> removalChanges(const ScorecardDocument &doc, const Okr &o);
Result<ChangeSet> removalChanges(const ScorecardDocument &doc, const Initiative &i);
Result<ChangeSet> removalChanges(const ScorecardDocument &doc, const DataSource &d);

} // namespace scorecard
