// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/finding.h"

namespace scorecard {

QString toString(Finding::Severity s)
{
    switch (s) {
    case Finding::Severity::Error:
        return QStringLiteral("error");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Hint:
        return QStringLiteral("hint");
    }
    return {};
}

QString entityKindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Scorecard:
        return QStringLiteral("scorecard");
    case EntityKind::Perspective:
        return QStringLiteral("perspective");
    case EntityKind::Pillar:
        return QStringLiteral("pillar");
    case EntityKind::Department:
        return QStringLiteral("department");
    case EntityKind::Objective:
        return QStringLiteral("objective");
    case EntityKind::Link:
        return QStringLiteral("link");
    case EntityKind::Kpi:
        return QStringLiteral("kpi");
    case EntityKind::Okr:
        return QStringLiteral("okr");
    case EntityKind::Initiative:
        return QStringLiteral("initiative");
    case EntityKind::Measurement:
        return QStringLiteral("measurement");
    case EntityKind::DataSource:
        return QStringLiteral("data_source");
    }
    return {};
}

} // namespace scorecard
