// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/templates.h"

#include <QCoreApplication>

namespace scorecard {

Scorecard emptyTemplate(const QString &name)
{
    Scorecard sc;
    sc.info.name = name;
    return sc;
}

Scorecard fourPerspectiveTemplate(const QString &name)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("scorecard::Template", s); };
    Scorecard sc = emptyTemplate(name);
    sc.perspectives = {
        {PerspectiveId(QStringLiteral("financial")), tr("Financial"), QStringLiteral("#1f5f99"), 0},
        {PerspectiveId(QStringLiteral("customer")), tr("Partners & Clients"),
         QStringLiteral("#2e8540"), 1},
        {PerspectiveId(QStringLiteral("internal")), tr("Internal Processes"),
         QStringLiteral("#b36b00"), 2},
        {PerspectiveId(QStringLiteral("learning")), tr("Learning & Growth"),
         QStringLiteral("#6b3fa0"), 3},
    };
    return sc;
}

} // namespace scorecard
