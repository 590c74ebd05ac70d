// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionicon.h"

#include "palettesvgiconengine.h"

#include <QFileInfo>

namespace scorecard {

QIcon actionIcon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/actions/%1.svg").arg(name);
    if (!QFileInfo::exists(path))
        return {};
    return QIcon(new PaletteSvgIconEngine(path));
}

} // namespace scorecard
