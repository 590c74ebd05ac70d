// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"

namespace scorecard {

/** A new scorecard with the four classic perspectives, Financial on top. */
Scorecard fourPerspectiveTemplate(const QString &name);

/** A new scorecard with no perspectives at all. */
Scorecard emptyTemplate(const QString &name);

} // namespace scorecard
