// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/datasource.h"

#include <vector>

namespace scorecard::sourcetrust {

/*
 * A scorecard names the files and databases its data sources read. A file
 * from someone else could name anything on this computer or network, and a
 * refresh writes what it read into the scorecard. So sources are read on
 * their own (on opening, on a file change, on the interval) only once the
 * user has allowed them for this scorecard on this computer: the settings
 * keep a fingerprint of each allowed source (the scorecard's path, the
 * source's kind, location and mapping). A source changed in the file is a
 * new source, asked for again.
 */

/** Whether @p source of the scorecard at @p scorecardPath may be read without asking. */
bool isAllowed(const QString &scorecardPath, const DataSource &source);

/** The sources of @p sources that are not allowed yet. */
std::vector<DataSource> notAllowed(const QString &scorecardPath,
                                   const std::vector<DataSource> &sources);

/** Remembers that the user allows @p sources (the settings keep the latest 500). */
void allow(const QString &scorecardPath, const std::vector<DataSource> &sources);

} // namespace scorecard::sourcetrust
