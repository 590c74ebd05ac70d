// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/whatif.h"
#include "strategymap/whatifbadgeitem.h"
#include "util/result.h"

#include <QDate>
#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;
class QTableWidget;
class QTreeWidget;

namespace scorecard {

class ScorecardDocument;
class StrategyMapScene;

/**
 * "What-if Scenario": hypothetical KPI values (a number, or a change such
 * as "+10%" of the current value) and initiative progress (in %) for the
 * period that contains the as-of date, and the scores of every objective,
 * perspective and the company they reach, before and after. Nothing is
 * written to the document: the projection scores a copy. When a map scene
 * is given, the objectives whose score changes are marked on it (the status
 * change on the badge) until the dialog closes.
 */
class WhatIfDialog : public QDialog
{
    Q_OBJECT

public:
    WhatIfDialog(ScorecardDocument *doc, QDate asOf, QWidget *parent = nullptr);
    ~WhatIfDialog() override;

    /** Marks the projection on @p scene (nullptr: nowhere). */
    void setMapScene(StrategyMapScene *scene);

    /** Types @p text into the "What if" cell of KPI or initiative @p id; false if unknown. */
    bool setHypothesis(const QString &id, const QString &text);
    /** The hypotheses as typed, or the first one that cannot be read. */
    Result<std::vector<Hypothesis>> hypotheses() const;

    /** The last successful projection (none before the first hypothesis). */
    const std::optional<WhatIf> &projection() const { return m_projection; }
    /** The objectives whose score or status the projection changes. */
    QHash<QString, ProjectedStatus> changedObjectives() const;

    QTableWidget *inputs() const { return m_inputs; }
    /** Shows only the inputs whose name, kind or objective contains the text. */
    QLineEdit *filter() const { return m_filter; }
    QTreeWidget *results() const { return m_results; }
    QString errorText() const;

protected:
    void done(int result) override;

private:
    void fillInputs();
    void recompute();
    void clearMap();
    void applyFilter(const QString &text);

    ScorecardDocument *m_doc;
    QDate m_asOf;
    QPointer<StrategyMapScene> m_scene;
    QTableWidget *m_inputs = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_error = nullptr;
    std::optional<WhatIf> m_projection;
    bool m_filling = false;
};

} // namespace scorecard
