// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasourcesdialog.h"
#include "apptheme.h"

#include "analysis/datasourcehealth.h"
#include "commands/entitycommands.h"
#include "datasourceeditor.h"
#include "document/scorecarddocument.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace scorecard {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

DataSourcesDialog::DataSourcesDialog(ScorecardDocument *doc, QWidget *parent)
    : QDialog(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("dataSourcesDialog"));
    setWindowTitle(tr("Data Sources"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A data source keeps KPIs current from a CSV file or a database query. Once you "
           "have allowed a file's sources on this computer (those you add here are), they are "
           "read when the scorecard opens, on Refresh All, when a connected file changes and "
           "on the interval below; each refresh is one undo step. A failing source keeps its "
           "KPIs' values and shows its error in the Problems dock.<br><b>Passwords are never "
           "stored.</b> A database that needs one is asked for it at the first refresh; the "
           "password is kept in memory until Scorecard Studio closes (no system keyring is "
           "used)."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Data sources"));
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Location"), tr("KPIs"),
                             tr("Last good refresh"), tr("Status")});
    m_list->header()->setStretchLastSection(true);
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    m_add = new QPushButton(tr("&Add\u2026"), this);
    m_edit = new QPushButton(tr("&Edit\u2026"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_refresh = new QPushButton(tr("Refresh &All"), this);
    for (QPushButton *b : {m_add, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addSpacing(12);
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    markAsError(m_error);
    m_error->hide();
    layout->addWidget(m_error);

    auto *intervalRow = new QHBoxLayout;
    auto *intervalLabel = new QLabel(tr("Also refresh &every"), this);
    m_interval = new QSpinBox(this);
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("never"));
    m_interval->setToolTip(tr("0: only on opening, on Refresh All and when a file changes"));
    intervalLabel->setBuddy(m_interval);
    intervalRow->addWidget(intervalLabel);
    intervalRow->addWidget(m_interval);
    intervalRow->addWidget(
        new QLabel(tr("(for any scorecard open in Scorecard Studio on this computer)"), this));
    intervalRow->addStretch(1);
    layout->addLayout(intervalRow);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(box);

    connect(box, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_add, &QPushButton::clicked, this, [this] { openEditor({}); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(current()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openEditor(current()); });
    connect(m_remove, &QPushButton::clicked, this, &DataSourcesDialog::removeCurrent);
    connect(m_refresh, &QPushButton::clicked, this, &DataSourcesDialog::refreshRequested);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DataSourcesDialog::updateButtons);
    connect(m_doc, &ScorecardDocument::changed, this, &DataSourcesDialog::reload);
    connect(m_doc, &ScorecardDocument::reloaded, this, &DataSourcesDialog::reload);
    connect(m_doc, &QObject::destroyed, this, &QDialog::reject);
    resize(900, 420);
    reload();
}

int DataSourcesDialog::intervalMinutes() const
{
    return m_interval->value();
}

void DataSourcesDialog::setIntervalMinutes(int minutes)
{
    m_interval->setValue(minutes);
}

DataSourceId DataSourcesDialog::current() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? DataSourceId(item->data(0, IdRole).toString()) : DataSourceId();
}

void DataSourcesDialog::setCurrent(const DataSourceId &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, IdRole).toString() == id.value)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void DataSourcesDialog::reload()
{
    const DataSourceId keep = current();
    m_list->clear();
    for (const DataSource &s : m_doc->scorecard().dataSources) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, IdRole, s.id.value);
        item->setText(0, s.name.isEmpty() ? s.id.value : s.name);
        item->setText(1, s.kind == DataSourceKind::Csv ? tr("CSV file") : tr("SQL query"));
        item->setText(2, s.location);
        item->setToolTip(2, s.location);
        item->setText(3, s.kpis.isEmpty() ? tr("all it names") : s.kpis.join(QStringLiteral(", ")));
        item->setText(4, datasourcehealth::lastRefreshText(s));
        if (s.lastError.isEmpty()) {
            item->setText(5, s.lastRefresh.isValid() ? tr("OK") : tr("not refreshed yet"));
        } else {
            item->setIcon(5, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setText(5, s.lastError);
        }
        item->setToolTip(5, item->text(5));
    }
    for (int c = 0; c < 5; ++c)
        m_list->resizeColumnToContents(c);
    m_list->setColumnWidth(2, std::min(m_list->columnWidth(2), 260));
    setCurrent(keep);
    if (!m_list->currentItem() && m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void DataSourcesDialog::updateButtons()
{
    const bool writable = !m_doc->isReadOnly();
    const bool selected = !current().isNull();
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && selected);
    m_remove->setEnabled(writable && selected);
    m_refresh->setEnabled(writable && m_list->topLevelItemCount() > 0);
}

void DataSourcesDialog::openEditor(const DataSourceId &id)
{
    if (m_doc->isReadOnly())
        return;
    DataSourceEditor editor(m_doc, id, this);
    if (m_runEditor)
        m_runEditor(editor);
    else
        editor.exec();
}

bool DataSourcesDialog::removeCurrent()
{
    const DataSource *s = m_doc->dataSource(current());
    if (!s)
        return false;
    auto cmd = RemoveEntityCommand<DataSource>::create(*m_doc, *s);
    Result<void> r = cmd ? m_doc->push(std::move(cmd).value()) : Result<void>(fail(cmd.error()));
    m_error->setText(r ? QString() : tr("Cannot remove the data source: %1").arg(r.error()));
    m_error->setVisible(!r);
    return r.ok();
}

} // namespace scorecard
