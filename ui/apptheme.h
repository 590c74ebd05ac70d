// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include <optional>

class QWidget;

namespace scorecard {

/**
 * The application's colours: the system's palette (light or dark, as the
 * desktop says), or a light or dark one chosen in View > Theme (stored in
 * QSettings "appearance/theme", or `scorecard-studio --theme`). The map's
 * screen theme, the icons, the charts and error texts follow the palette.
 */
enum class AppTheme { System, Light, Dark };

std::optional<AppTheme> appThemeFromString(QStringView name);
QString toString(AppTheme theme);

/** Sets the application palette for @p theme (the first call remembers the system's). */
void applyAppTheme(AppTheme theme);
/** True when the application palette has a dark window colour. */
bool isDarkPalette();

/** Text of an error next to a field: dark red on light, light red on dark. */
QColor errorTextColor();
/** The background of a cell with a wrong value. */
QColor errorBackgroundColor();
/** A caution text (values that an import would overwrite). */
QColor cautionTextColor();
/** Shows @p label's text in errorTextColor(), and again after each theme change. */
void markAsError(QWidget *label);

} // namespace scorecard
