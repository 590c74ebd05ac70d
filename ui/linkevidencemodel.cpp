// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkevidencemodel.h"

#include "strategymap/linkitem.h"

#include <QColor>
#include <QLocale>

namespace scorecard {

LinkEvidenceModel::LinkEvidenceModel(QObject *parent) : QAbstractTableModel(parent) {}

QString LinkEvidenceModel::evidenceLabel(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Strong:
        return tr("Strong");
    case Evidence::Weak:
        return tr("Weak");
    case Evidence::None:
        return tr("None");
    case Evidence::NotEnoughData:
        break;
    }
    return tr("Not enough data");
}

void LinkEvidenceModel::setEvidence(const Scorecard &scorecard, std::vector<LinkEvidence> evidence)
{
    beginResetModel();
    m_rows.clear();
    auto nameOf = [&](const ObjectiveId &id) {
        for (const Objective &o : scorecard.objectives) {
            if (o.id == id)
                return o.name;
        }
        return id.value;
    };
    for (LinkEvidence &e : evidence) {
        Row r;
        r.cause = nameOf(e.from);
        r.effect = nameOf(e.to);
        r.evidence = std::move(e);
        m_rows.push_back(std::move(r));
    }
    endResetModel();
}

int LinkEvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LinkEvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinkEvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const LinkEvidence &e = r.evidence;
    if (role == FromRole)
        return e.from.value;
    if (role == ToRole)
        return e.to.value;
    if (role == SortRole) {
        switch (index.column()) {
        case Cause:
            return r.cause;
        case Effect:
            return r.effect;
        case BestLag:
            return e.bestLag ? *e.bestLag : -1;
        case Rho:
            return e.correlation ? *e.correlation : -2.0;
        case Periods:
            return e.periods;
        case Strength:
            return int(e.evidence);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Cause:
            return r.cause;
        case Effect:
            return r.effect;
        case BestLag:
            if (!e.bestLag)
                return QStringLiteral("\u2013");
            return *e.bestLag == 1 ? tr("1 month") : tr("%1 months").arg(*e.bestLag);
        case Rho:
            return e.correlation ? QLocale().toString(*e.correlation, 'f', 2)
                                 : QStringLiteral("\u2013");
        case Periods:
            return e.periods;
        case Strength:
            return evidenceLabel(e.evidence);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Strength)
        return LinkItem::evidenceColor(e.evidence);
    if (role == Qt::TextAlignmentRole)
        return index.column() <= Effect || index.column() == Strength
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("%1 drives %2").arg(r.cause, r.effect);
    return {};
}

QVariant LinkEvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Cause:
            return tr("Cause");
        case Effect:
            return tr("Effect");
        case BestLag:
            return tr("Best lag");
        case Rho:
            return tr("Rho");
        case Periods:
            return tr("Months used");
        case Strength:
            return tr("Evidence");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == Rho)
            return tr("Spearman rank correlation of the cause's score with the effect's score "
                      "at the best lag");
        if (section == Strength)
            return tr("Strong: rho >= %1; weak: >= %2; none: below (or negative); not enough "
                      "data: fewer than %3 overlapping months or no variation. Correlation is "
                      "evidence, not proof.")
                .arg(evidence::kStrong)
                .arg(evidence::kWeak)
                .arg(evidence::kMinPeriods);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace scorecard
