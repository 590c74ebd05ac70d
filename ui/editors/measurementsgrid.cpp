// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/measurementsgrid.h"
#include "apptheme.h"

#include "commands/editcommands.h"
#include "commands/undomacroguard.h"
#include "document/scorecarddocument.h"
#include "editors/editorfields.h"
#include "editors/measurementsmodel.h"
#include "io/numbertext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace scorecard {

namespace {

QLabel *redLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    markAsError(l);
    l->setWordWrap(true);
    l->hide();
    return l;
}

} // namespace

MeasurementsGrid::MeasurementsGrid(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Values</b> (paste a column or row from a spreadsheet "
                                "with Ctrl+V)"),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_model = new MeasurementsModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Values"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(160);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_view, 1);

    auto *pasteAction = new QAction(tr("&Paste Values"), m_view);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(pasteAction, &QAction::triggered, this,
            [this] { paste(QGuiApplication::clipboard()->text()); });
    m_view->addAction(pasteAction);
    auto *deleteAction = new QAction(tr("&Delete Values"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &MeasurementsGrid::deleteSelected);
    m_view->addAction(deleteAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->installEventFilter(this);

    auto *add = new QGridLayout;
    m_period = new QLineEdit(this);
    m_period->setPlaceholderText(tr("Period"));
    m_period->setAccessibleName(tr("New period"));
    m_value = new QLineEdit(this);
    m_value->setPlaceholderText(tr("Value"));
    m_value->setAccessibleName(tr("New value"));
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Note"));
    m_note->setAccessibleName(tr("New note"));
    m_add = new QPushButton(tr("A&dd"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setToolTip(tr("Delete the selected values"));
    // Two lines, so each field stays readable in a narrow dock.
    add->addWidget(m_period, 0, 0);
    add->addWidget(m_value, 0, 1);
    add->addWidget(m_add, 0, 2);
    add->addWidget(m_note, 1, 0, 1, 2);
    add->addWidget(m_delete, 1, 2);
    add->setColumnStretch(0, 1);
    add->setColumnStretch(1, 1);
    layout->addLayout(add);
    m_addError = redLabel(this);
    layout->addWidget(m_addError);
    m_message = redLabel(this);
    m_message->setObjectName(QStringLiteral("gridMessage"));
    layout->addWidget(m_message);

    connect(m_period, &QLineEdit::textChanged, this, &MeasurementsGrid::validateAdd);
    connect(m_value, &QLineEdit::textChanged, this, &MeasurementsGrid::validateAdd);
    connect(m_value, &QLineEdit::returnPressed, this, &MeasurementsGrid::addMeasurement);
    connect(m_note, &QLineEdit::returnPressed, this, &MeasurementsGrid::addMeasurement);
    connect(m_add, &QPushButton::clicked, this, &MeasurementsGrid::addMeasurement);
    connect(m_delete, &QPushButton::clicked, this, &MeasurementsGrid::deleteSelected);
    connect(m_model, &MeasurementsModel::errorOccurred, this, &MeasurementsGrid::showMessage);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MeasurementsGrid::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_value->hasFocus() && m_value->text().isEmpty())
            m_period->setText(nextFreePeriod().toString());
    });
    validateAdd();
}

void MeasurementsGrid::setDocument(ScorecardDocument *doc)
{
    m_doc = doc;
    m_model->setDocument(doc);
    updateButtons();
}

void MeasurementsGrid::setKpi(const KpiId &kpi)
{
    if (kpi == m_kpi && kpi == m_model->kpi())
        return;
    m_kpi = kpi;
    m_model->setKpi(kpi);
    m_period->setText(nextFreePeriod().toString());
    m_value->clear();
    m_note->clear();
    showMessage({});
    updateButtons();
}

QString MeasurementsGrid::message() const
{
    return m_message->text();
}

void MeasurementsGrid::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        Q_EMIT errorOccurred(text);
}

void MeasurementsGrid::updateButtons()
{
    const bool editable = m_doc && !m_doc->isReadOnly() && m_doc->kpi(m_kpi);
    m_delete->setEnabled(editable && m_view->selectionModel()->hasSelection());
    validateAdd();
}

Period MeasurementsGrid::nextFreePeriod() const
{
    const Kpi *k = m_doc ? m_doc->kpi(m_kpi) : nullptr;
    if (!k)
        return {};
    Period p = Period::containing(QDate::currentDate(), k->frequency);
    if (m_model->rowCount() > 0)
        p = m_model->measurement(m_model->rowCount() - 1).period.next();
    return p;
}

Period MeasurementsGrid::firstPasteTarget() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        return m_model->measurement(current.row()).period;
    return nextFreePeriod();
}

void MeasurementsGrid::validateAdd()
{
    const Kpi *k = m_doc ? m_doc->kpi(m_kpi) : nullptr;
    QString problem;
    if (k) {
        auto p = Period::parse(m_period->text().trimmed(), k->frequency);
        if (!p)
            problem = tr("Period: %1").arg(p.error());
        else if (!m_value->text().trimmed().isEmpty()) {
            if (auto n = editorfields::number(m_value->text()); !n)
                problem = tr("Value: %1").arg(n.error());
        }
    }
    m_addError->setText(problem);
    m_addError->setVisible(!problem.isEmpty());
    m_add->setEnabled(k && !m_doc->isReadOnly() && problem.isEmpty() &&
                      !m_value->text().trimmed().isEmpty());
}

bool MeasurementsGrid::addMeasurement()
{
    validateAdd();
    if (!m_add->isEnabled())
        return false;
    const Kpi *k = m_doc->kpi(m_kpi);
    Measurement m;
    m.period = *Period::parse(m_period->text().trimmed(), k->frequency);
    m.value = *editorfields::number(m_value->text());
    m.note = m_note->text();
    auto cmd = SetMeasurementCommand::create(*m_doc, m_kpi, m);
    Result<void> r = cmd ? m_doc->push(std::move(cmd).value()) : Result<void>(fail(cmd.error()));
    if (!r) {
        showMessage(r.error());
        return false;
    }
    showMessage({});
    m_value->clear();
    m_note->clear();
    m_period->setText(nextFreePeriod().toString());
    const int row = m_model->rowOf(m.period);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, MeasurementsModel::ValueColumn));
    return true;
}

bool MeasurementsGrid::deleteSelected()
{
    if (!m_doc || m_doc->isReadOnly())
        return false;
    std::set<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes())
        rows.insert(i.row());
    if (rows.empty())
        return false;
    std::vector<Period> periods;
    for (int r : rows)
        periods.push_back(m_model->measurement(r).period);
    QString error;
    const int before = m_doc->undoStack()->index();
    {
        const Kpi *k = m_doc->kpi(m_kpi);
        UndoMacroGuard macro(m_doc->undoStack(), tr("Delete %n value(s) of \u201c%1\u201d", nullptr,
                                                    int(periods.size()))
                                                     .arg(k ? k->name : m_kpi.value));
        for (const Period &p : periods) {
            auto cmd = RemoveMeasurementCommand::create(*m_doc, m_kpi, p);
            Result<void> r =
                cmd ? m_doc->push(std::move(cmd).value()) : Result<void>(fail(cmd.error()));
            if (!r) {
                error = r.error();
                break;
            }
        }
    }
    if (!error.isEmpty()) {
        // Take back the part that was removed: all or nothing.
        if (m_doc->undoStack()->index() > before)
            m_doc->undoStack()->undo();
        showMessage(error);
        return false;
    }
    showMessage({});
    return true;
}

bool MeasurementsGrid::paste(const QString &text)
{
    const Kpi *k = m_doc ? m_doc->kpi(m_kpi) : nullptr;
    if (!k || m_doc->isReadOnly())
        return false;
    QString body = text;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    body.replace(u'\r', u'\n');
    while (body.endsWith(u'\n'))
        body.chop(1);
    if (body.trimmed().isEmpty()) {
        showMessage(tr("Nothing to paste: the clipboard holds no values"));
        return false;
    }
    const QStringList lines = body.split(u'\n');
    // (value text, note, where) per period, in order.
    struct Cell
    {
        QString value;
        QString note;
        QString where;
    };
    std::vector<Cell> cells;
    if (lines.size() == 1) {
        const QStringList parts = lines.front().split(u'\t');
        for (qsizetype i = 0; i < parts.size(); ++i)
            cells.push_back({parts[i], QString(), tr("cell %1").arg(i + 1)});
    } else {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringList parts = lines[i].split(u'\t');
            if (parts.size() > 2) {
                showMessage(tr("Line %1 has %2 cells: paste one column of values, or values "
                               "and notes (two columns). Nothing was pasted.")
                                .arg(i + 1)
                                .arg(parts.size()));
                return false;
            }
            cells.push_back({parts.value(0), parts.value(1), tr("line %1").arg(i + 1)});
        }
    }
    // One decimal separator for the block, as a spreadsheet column has.
    bool comma = false, point = false;
    for (const Cell &c : cells) {
        switch (NumberText::hint(c.value.trimmed())) {
        case NumberText::Hint::Comma:
            comma = true;
            break;
        case NumberText::Hint::Point:
            point = true;
            break;
        case NumberText::Hint::None:
            break;
        }
    }
    if (comma && point) {
        showMessage(tr("The values mix decimal commas and decimal points. Nothing was pasted."));
        return false;
    }
    const NumberText::Decimal decimal = comma   ? NumberText::Decimal::Comma
                                        : point ? NumberText::Decimal::Point
                                        : QLocale().decimalPoint() == QStringLiteral(",")
                                            ? NumberText::Decimal::Comma
                                            : NumberText::Decimal::Point;
    std::vector<MeasurementRecord> records;
    Period period = firstPasteTarget();
    if (!period.isValid()) {
        showMessage(tr("No period to paste into"));
        return false;
    }
    for (const Cell &c : cells) {
        if (c.value.trimmed().isEmpty()) {
            showMessage(
                tr("%1 (%2) is empty. Nothing was pasted.").arg(c.where, period.toString()));
            return false;
        }
        auto n = NumberText::parse(c.value.trimmed(), decimal);
        if (!n) {
            showMessage(
                tr("%1 (%2): %3. Nothing was pasted.").arg(c.where, period.toString(), n.error()));
            return false;
        }
        Measurement m;
        m.period = period;
        m.value = *n;
        // A pasted row without a note keeps the note already there.
        const Measurement *old = m_doc->measurement(m_kpi, period);
        m.note = c.note.isEmpty() && old ? old->note : c.note.trimmed();
        records.push_back({m_kpi, m});
        period = period.next();
    }
    auto cmd = ImportMeasurementsCommand::create(
        *m_doc, records,
        tr("Paste %n value(s) into \u201c%1\u201d", nullptr, int(records.size())).arg(k->name));
    Result<void> r = cmd ? m_doc->push(std::move(cmd).value()) : Result<void>(fail(cmd.error()));
    if (!r) {
        showMessage(r.error());
        return false;
    }
    showMessage({});
    return true;
}

bool MeasurementsGrid::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        // (While a cell is being edited its editor has the focus and the keys.)
        auto *key = static_cast<QKeyEvent *>(event);
        const bool del = key->matches(QKeySequence::Delete);
        const bool paste = key->matches(QKeySequence::Paste);
        if (del || paste) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (del)
                    deleteSelected();
                else
                    this->paste(QGuiApplication::clipboard()->text());
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace scorecard
