// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"

#include <QCoreApplication>

namespace scorecard {

/** The user-visible name of an entity type, for command texts. */
template <typename T> QString entityTypeName()
{
    auto tr = [](const char *s) { return QCoreApplication::translate("scorecard::Entity", s); };
    if constexpr (std::is_same_v<T, Perspective>)
        return tr("perspective");
    else if constexpr (std::is_same_v<T, Pillar>)
        return tr("pillar");
    else if constexpr (std::is_same_v<T, Department>)
        return tr("department");
    else if constexpr (std::is_same_v<T, Objective>)
        return tr("objective");
    else if constexpr (std::is_same_v<T, Link>)
        return tr("link");
    else if constexpr (std::is_same_v<T, Kpi>)
        return tr("KPI");
    else if constexpr (std::is_same_v<T, Okr>)
        return tr("OKR");
    else if constexpr (std::is_same_v<T, DataSource>)
        return tr("data source");
    else
        return tr("initiative");
}

/** The user-visible label of one entity (its name, title, or "a → b" for a link). */
inline QString entityLabel(const Link &l)
{
    return l.from.value + QStringLiteral(" \u2192 ") + l.to.value;
}
inline QString entityLabel(const Okr &o)
{
    return o.title;
}
inline QString entityLabel(const DataSource &d)
{
    return d.name.isEmpty() ? d.id.value : d.name;
}
template <typename T> QString entityLabel(const T &e)
{
    return e.name;
}

} // namespace scorecard
