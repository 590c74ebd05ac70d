// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/scorecarddocument.h"
#include "model/scorecard.h"

#include "catchqt.h"

#include <QTemporaryDir>

#include <memory>

namespace scorecard::test {

/** A small but complete scorecard: every entity type, references between them. */
Scorecard smallScorecard();

/** A scratch folder that lives as long as the object. */
struct Scratch
{
    QTemporaryDir dir;
    QString path(const QString &name) const { return dir.filePath(name); }
};

/** Writes @p content to a new .scorecard file in @p scratch and opens it. */
std::unique_ptr<ScorecardDocument> openNew(const Scratch &scratch, const Scorecard &content,
                                           const QString &name = QStringLiteral("t.scorecard"));

/** Re-reads @p path from disk, through a fresh connection. */
Scorecard reload(const QString &path);

} // namespace scorecard::test
