// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"

#include <QList>

namespace scorecard {

/**
 * The existing cause-and-effect chain from @p to back to @p from, if there
 * is one: then a new link @p from -> @p to would close a loop. The list runs
 * from @p from through the new link and the chain back to @p from (so it
 * starts and ends with @p from), ready to show as "A -> B -> C -> A". Empty
 * when the link closes no loop. A self-link (@p from == @p to) is a loop of
 * one: {from, from}. Pure: reads only @p scorecard's links.
 */
QList<ObjectiveId> cycleThrough(const Scorecard &scorecard, const ObjectiveId &from,
                                const ObjectiveId &to);

/** Whether a new link @p from -> @p to would close a loop of cause-and-effect links. */
bool wouldCloseCycle(const Scorecard &scorecard, const ObjectiveId &from, const ObjectiveId &to);

} // namespace scorecard
