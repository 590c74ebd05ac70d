// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStandardItemModel>

namespace scorecard {

class ScorecardDocument;

/**
 * A read-only outline of the scorecard: perspectives with their objectives
 * (and each objective's KPI count). Rebuilt from the document whenever a
 * change set was applied; the full scorecard tree model is a later step.
 */
class OutlineModel : public QStandardItemModel
{
    Q_OBJECT

public:
    explicit OutlineModel(ScorecardDocument *doc, QObject *parent = nullptr);

    static constexpr int IdRole = Qt::UserRole + 1;

private:
    void rebuild();

    ScorecardDocument *m_doc;
};

} // namespace scorecard
