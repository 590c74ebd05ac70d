// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemspanel.h"

#include "analysis/alignment.h"
#include "document/scorecarddocument.h"
#include "entityselection.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace scorecard {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;

} // namespace

ProblemsPanel::ProblemsPanel(EntitySelection *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("alignmentScore"));
    m_header->setMargin(4);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Severity"), tr("Problem"), tr("What to do")});
    m_list->setAccessibleName(tr("Problems"));
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_list, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { activate(item); });
}

void ProblemsPanel::setDocument(ScorecardDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (doc)
        connect(doc, &ScorecardDocument::changed, this, &ProblemsPanel::refresh);
    refresh();
}

void ProblemsPanel::setAsOf(QDate asOf)
{
    m_asOf = asOf;
    refresh();
}

int ProblemsPanel::count() const
{
    return m_list->topLevelItemCount();
}

void ProblemsPanel::refresh()
{
    m_list->clear();
    m_header->clear();
    if (m_doc) {
        const AlignmentScore score = alignmentScore(m_doc->scorecard());
        if (const auto value = score.value())
            m_header->setText(
                tr("<b>Alignment score: %1 %</b> – %2 of %3 KPIs, OKRs and initiatives are "
                   "connected to an objective (KPIs %4/%5, OKRs %6/%7, initiatives %8/%9)")
                    .arg(QString::number(*value, 'f', 0))
                    .arg(score.connected())
                    .arg(score.total())
                    .arg(score.kpisConnected)
                    .arg(score.kpis)
                    .arg(score.okrsConnected)
                    .arg(score.okrs)
                    .arg(score.initiativesConnected)
                    .arg(score.initiatives));
        else
            m_header->setText(tr("<b>Alignment score:</b> nothing to count yet (no KPIs, OKRs "
                                 "or initiatives)"));
        const std::vector<Finding> findings =
            checkAlignment(m_doc->scorecard(), *m_doc->scores(m_asOf));
        QList<QTreeWidgetItem *> items;
        for (const Finding &f : findings) {
            auto *item = new QTreeWidgetItem;
            QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
            QString severity = tr("Hint");
            if (f.severity == Finding::Severity::Error) {
                icon = QStyle::SP_MessageBoxCritical;
                severity = tr("Error");
            } else if (f.severity == Finding::Severity::Warning) {
                icon = QStyle::SP_MessageBoxWarning;
                severity = tr("Warning");
            }
            item->setIcon(0, style()->standardIcon(icon));
            item->setText(0, severity);
            item->setText(1, f.message);
            item->setToolTip(1, f.message);
            item->setText(2, f.fix);
            item->setToolTip(2, f.fix);
            // A link finding selects the arrow (cause and effect); one without
            // its effect (a whole cycle) selects the cause objective.
            EntityKind kind = f.entityKind;
            QString id = f.entity;
            if (kind == EntityKind::Link) {
                if (f.related.isEmpty())
                    kind = EntityKind::Objective;
                else
                    id = Link{ObjectiveId(f.entity), ObjectiveId(f.related), {}, 0}.key();
            } else if (kind == EntityKind::DataSource) {
                // A failing source selects the first KPI it feeds (none: nothing).
                kind = EntityKind::Kpi;
                id = f.related;
            }
            item->setData(0, KindRole, int(kind));
            item->setData(0, IdRole, id);
            items << item;
        }
        m_list->addTopLevelItems(items);
        m_list->resizeColumnToContents(0);
        m_list->resizeColumnToContents(1);
        m_list->setColumnWidth(1, std::min(m_list->columnWidth(1), 720));
    }
    Q_EMIT countChanged(count());
}

void ProblemsPanel::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString id = item->data(0, IdRole).toString();
    if (!id.isEmpty())
        m_selection->setCurrent(EntityKind(item->data(0, KindRole).toInt()), id);
}

} // namespace scorecard
