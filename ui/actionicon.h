// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace scorecard {

/**
 * The icon @p name of the application's own set (resources/icons/actions,
 * e.g. "document-open", "zoom-in"): one consistent style on every desktop,
 * drawn in the palette's text colour. A null icon if there is no such file.
 */
QIcon actionIcon(const QString &name);

} // namespace scorecard
