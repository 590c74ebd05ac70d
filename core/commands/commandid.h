// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace scorecard {

/** QUndoCommand::id() values of commands that merge; fixed numbers, never typeid hashes. */
enum class CommandId : int {
    SetMeasurement = 1,
    NudgeObjectives = 2,
};

} // namespace scorecard
