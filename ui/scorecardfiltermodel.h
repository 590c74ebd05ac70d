// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/score.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace scorecard {

/**
 * Sorting and filtering of the scorecard tree: a text (matched against name,
 * owner, department and pillar, case-insensitive), a status and an owner. A row is kept
 * when it or one of its descendants matches, so the path to a match stays
 * visible.
 */
class ScorecardFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ScorecardFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    /** Only rows of this status (none: every status). */
    void setStatus(std::optional<scoring::Status> status);
    std::optional<scoring::Status> status() const { return m_status; }
    /** Only rows whose owner is exactly @p owner (empty: every owner). */
    void setOwner(const QString &owner);
    QString owner() const { return m_owner; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<scoring::Status> m_status;
    QString m_owner;
};

} // namespace scorecard
