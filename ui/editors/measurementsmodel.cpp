// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/measurementsmodel.h"

#include "commands/editcommands.h"
#include "document/scorecarddocument.h"
#include "editors/editorfields.h"

#include <QLocale>

#include <algorithm>

namespace scorecard {

MeasurementsModel::MeasurementsModel(QObject *parent) : QAbstractTableModel(parent) {}

void MeasurementsModel::setDocument(ScorecardDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (doc) {
        connect(doc, &ScorecardDocument::measurementsChanged, this, [this](const QString &kpi) {
            if (kpi == m_kpi.value)
                update();
        });
        connect(doc, &ScorecardDocument::entityChanged, this,
                [this](EntityKind kind, const QString &id) {
                    if (kind == EntityKind::Kpi && id == m_kpi.value)
                        update();
                });
        connect(doc, &ScorecardDocument::entityRemoved, this,
                [this](EntityKind kind, const QString &id) {
                    if (kind == EntityKind::Kpi && id == m_kpi.value)
                        update();
                });
        connect(doc, &ScorecardDocument::entityAdded, this,
                [this](EntityKind kind, const QString &id) {
                    if (kind == EntityKind::Kpi && id == m_kpi.value)
                        update();
                });
        connect(doc, &ScorecardDocument::reloaded, this, &MeasurementsModel::reset);
    }
    reset();
}

void MeasurementsModel::setKpi(const KpiId &kpi)
{
    if (kpi == m_kpi)
        return;
    m_kpi = kpi;
    reset();
}

std::vector<Measurement> MeasurementsModel::current() const
{
    const Kpi *k = m_doc ? m_doc->kpi(m_kpi) : nullptr;
    if (!k)
        return {};
    std::vector<Measurement> rows = k->measurements;
    std::sort(rows.begin(), rows.end(),
              [](const Measurement &a, const Measurement &b) { return a.period < b.period; });
    return rows;
}

void MeasurementsModel::reset()
{
    beginResetModel();
    m_rows = current();
    endResetModel();
}

void MeasurementsModel::update()
{
    std::vector<Measurement> next = current();
    if (!next.empty() && !m_rows.empty() &&
        next.front().period.frequency() != m_rows.front().period.frequency()) {
        reset();
        return;
    }
    auto has = [](const std::vector<Measurement> &list, const Period &p) {
        auto it =
            std::lower_bound(list.begin(), list.end(), p,
                             [](const Measurement &m, const Period &q) { return m.period < q; });
        return it != list.end() && it->period == p;
    };
    // Rows gone, from the bottom; then the rest is a subsequence of next.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!has(next, m_rows[size_t(i)].period)) {
            beginRemoveRows({}, i, i);
            m_rows.erase(m_rows.begin() + i);
            endRemoveRows();
        }
    }
    for (size_t j = 0; j < next.size(); ++j) {
        if (j >= m_rows.size() || m_rows[j].period != next[j].period) {
            beginInsertRows({}, int(j), int(j));
            m_rows.insert(m_rows.begin() + qsizetype(j), next[j]);
            endInsertRows();
        } else if (!(m_rows[j] == next[j])) {
            m_rows[j] = next[j];
            Q_EMIT dataChanged(index(int(j), 0), index(int(j), ColumnCount - 1));
        }
    }
}

int MeasurementsModel::rowOf(const Period &period) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].period == period)
            return int(i);
    }
    return -1;
}

int MeasurementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasurementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeasurementsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Measurement &m = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PeriodColumn:
            return m.period.toString();
        case ValueColumn:
            return QLocale().toString(m.value, 'g', 12);
        case NoteColumn:
            return m.note;
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case PeriodColumn:
            return m.period.toString();
        case ValueColumn:
            return editorfields::numberText(m.value);
        case NoteColumn:
            return m.note;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant MeasurementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case ValueColumn:
        return tr("Value");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags MeasurementsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != PeriodColumn && m_doc && !m_doc->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool MeasurementsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_doc ||
        index.column() == PeriodColumn)
        return false;
    Measurement m = m_rows[size_t(index.row())];
    if (index.column() == ValueColumn) {
        auto n = editorfields::number(value.toString());
        if (!n) {
            Q_EMIT errorOccurred(tr("%1: %2").arg(m.period.toString(), n.error()));
            return false;
        }
        m.value = *n;
    } else {
        m.note = value.toString();
    }
    if (m == m_rows[size_t(index.row())])
        return true;
    auto cmd = SetMeasurementCommand::create(*m_doc, m_kpi, m);
    Result<void> r = cmd ? m_doc->push(std::move(cmd).value()) : Result<void>(fail(cmd.error()));
    if (!r) {
        Q_EMIT errorOccurred(r.error());
        return false;
    }
    return true;
}

} // namespace scorecard
