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
    /** What kind of entity @c entity names; Scorecard for the file or the map as a whole. */
    EntityKind entityKind = EntityKind::Scorecard;
    /**
     * A second id where one is not enough: for a Link, @c entity is the cause
     * (from) objective and @c related the effect (to) objective. Empty otherwise.
     */
    QString related;
};

QString toString(Finding::Severity s);

/** "scorecard", "perspective", "pillar", "department", "objective", "link", "kpi", ... */
QString entityKindName(EntityKind kind);

} // namespace scorecard
