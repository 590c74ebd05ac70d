// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

namespace scorecard::editorfields {

/** Why @p text is not a colour ("#rrggbb" or empty for the default), or empty. */
inline QString colorProblem(const QString &text)
{
    static const QRegularExpression rgb(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (text.trimmed().isEmpty() || rgb.match(text.trimmed()).hasMatch())
        return {};
    return QCoreApplication::translate("scorecard::EditorFields",
                                       "Enter a colour as #rrggbb, or leave empty");
}

} // namespace scorecard::editorfields
