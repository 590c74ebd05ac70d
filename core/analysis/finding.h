// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QString>

namespace scorecard {

/** One problem found in a scorecard, with what to do about it. */
struct Finding
{
    enum class Severity { Error, Warning, Hint };
    Severity severity = Severity::Error;
    QString code;    ///< stable machine word, e.g. "foreign_key_violation"
    QString entity;  ///< the entity's id, or empty for the file as a whole
    QString message; ///< one plain-language line
    QString fix;     ///< a suggestion, may be empty
};

QString toString(Finding::Severity s);

} // namespace scorecard
