// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinemodel.h"

#include "document/scorecarddocument.h"

#include <QHash>

namespace scorecard {

OutlineModel::OutlineModel(ScorecardDocument *doc, QObject *parent)
    : QStandardItemModel(parent), m_doc(doc)
{
    connect(doc, &ScorecardDocument::changed, this, &OutlineModel::rebuild);
    rebuild();
}

void OutlineModel::rebuild()
{
    clear();
    setHorizontalHeaderLabels({tr("Name"), tr("Owner"), tr("KPIs"), tr("Id")});
    const Scorecard &sc = m_doc->scorecard();
    QHash<QString, int> kpiCount;
    for (const Kpi &k : sc.kpis)
        ++kpiCount[k.objective.value];
    QHash<QString, QStandardItem *> lanes;
    for (const Perspective &p : sc.perspectives) {
        auto *item = new QStandardItem(p.name);
        item->setData(p.id.value, IdRole);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        item->setEditable(false);
        auto *idItem = new QStandardItem(p.id.value);
        idItem->setEditable(false);
        appendRow({item, new QStandardItem, new QStandardItem, idItem});
        lanes.insert(p.id.value, item);
    }
    for (const Objective &o : sc.objectives) {
        QStandardItem *lane = lanes.value(o.perspective.value);
        if (!lane)
            continue;
        QList<QStandardItem *> row{new QStandardItem(o.name), new QStandardItem(o.owner),
                                   new QStandardItem(QString::number(kpiCount.value(o.id.value))),
                                   new QStandardItem(o.id.value)};
        for (QStandardItem *cell : row)
            cell->setEditable(false);
        row.front()->setData(o.id.value, IdRole);
        lane->appendRow(row);
    }
}

} // namespace scorecard
