// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimportwizard.h"
#include "apptheme.h"

#include "document/scorecarddocument.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace scorecard {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

// --- CsvPreviewModel --------------------------------------------------------

CsvPreviewModel::CsvPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void CsvPreviewModel::setPreview(const CsvImport::Preview *preview, const ScorecardDocument *doc)
{
    beginResetModel();
    m_preview = preview;
    m_doc = doc;
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_preview)
        return 0;
    return int(m_preview->errors.size() + m_preview->entries.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!m_preview || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const size_t errors = m_preview->errors.size();
    const size_t row = size_t(index.row());
    if (row < errors) {
        const CsvImport::Issue &issue = m_preview->errors[row];
        if (role == Qt::ForegroundRole)
            return errorTextColor();
        if (role == Qt::ToolTipRole)
            return issue.text();
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case RowColumn:
            return qlonglong(issue.row);
        case FileColumn:
            return issue.column;
        case ActionColumn:
            return tr("Error");
        case DetailColumn:
            return issue.message;
        default:
            return {};
        }
    }
    const CsvImport::Entry &e = m_preview->entries[row - errors];
    if (role == Qt::ForegroundRole) {
        if (e.status == CsvImport::Entry::Status::Unchanged)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        if (e.status == CsvImport::Entry::Status::Overwrite)
            return cautionTextColor();
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == ValueColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return qlonglong(e.row);
    case ActionColumn:
        switch (e.status) {
        case CsvImport::Entry::Status::Add:
            return tr("Add");
        case CsvImport::Entry::Status::Overwrite:
            return tr("Overwrite");
        case CsvImport::Entry::Status::Unchanged:
            return tr("Unchanged");
        }
        return {};
    case KpiColumn: {
        const Kpi *k = m_doc ? m_doc->kpi(e.kpi) : nullptr;
        return k && k->name != e.kpi.value ? tr("%1 (%2)").arg(k->name, e.kpi.value) : e.kpi.value;
    }
    case PeriodColumn:
        return e.period.toString();
    case ValueColumn:
        if (e.status == CsvImport::Entry::Status::Overwrite)
            return tr("%1 \u2192 %2").arg(number(e.oldValue), number(e.value));
        return number(e.value);
    case DetailColumn:
        return e.hasNote ? e.note : QString();
    default:
        return {};
    }
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case FileColumn:
        return tr("Column");
    case ActionColumn:
        return tr("Action");
    case KpiColumn:
        return tr("KPI");
    case PeriodColumn:
        return tr("Period");
    case ValueColumn:
        return tr("Value (old \u2192 new)");
    case DetailColumn:
        return tr("Note or problem");
    default:
        return {};
    }
}

// --- CsvImportWizard --------------------------------------------------------

CsvImportWizard::CsvImportWizard(ScorecardDocument *doc, QWidget *parent)
    : QDialog(parent), m_doc(doc)
{
    setObjectName(QStringLiteral("csvImportWizard"));
    setWindowTitle(tr("Import CSV"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setPlaceholderText(tr("A CSV or TSV file with KPI values"));
    m_fileEdit->setAccessibleName(tr("CSV file"));
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);

    auto *optionsRow = new QHBoxLayout;
    m_layout = new QComboBox(this);
    m_layout->addItem(tr("Detect"), int(CsvImport::Layout::Auto));
    m_layout->addItem(tr("Long: KPI, period, value per row"), int(CsvImport::Layout::Long));
    m_layout->addItem(tr("Wide: one row per KPI, a column per period"),
                      int(CsvImport::Layout::Wide));
    m_layout->setAccessibleName(tr("Layout"));
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_decimal = new QComboBox(this);
    m_decimal->addItem(tr("Detect"), -1);
    m_decimal->addItem(tr("Point: 1,234.5"), int(NumberText::Decimal::Point));
    m_decimal->addItem(tr("Comma: 1.234,5"), int(NumberText::Decimal::Comma));
    m_decimal->setAccessibleName(tr("Decimal separator"));
    auto addOption = [&](const QString &label, QWidget *w) {
        auto *l = new QLabel(label, this);
        l->setBuddy(w);
        optionsRow->addWidget(l);
        optionsRow->addWidget(w);
        optionsRow->addSpacing(12);
    };
    addOption(tr("&Layout:"), m_layout);
    addOption(tr("&Delimiter:"), m_delimiter);
    addOption(tr("D&ecimal:"), m_decimal);
    optionsRow->addStretch(1);
    form->addRow(tr("Read as:"), optionsRow);
    m_skipErrors = new QCheckBox(tr("&Skip rows with errors (import the other rows)"), this);
    form->addRow(QString(), m_skipErrors);
    layout->addLayout(form);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    markAsError(m_problem);
    layout->addWidget(m_problem);

    m_model = new CsvPreviewModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Preview"));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // a million rows
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(CsvPreviewModel::RowColumn, 50);
    m_view->setColumnWidth(CsvPreviewModel::FileColumn, 70);
    m_view->setColumnWidth(CsvPreviewModel::ActionColumn, 80);
    m_view->setColumnWidth(CsvPreviewModel::KpiColumn, 170);
    m_view->setColumnWidth(CsvPreviewModel::PeriodColumn, 80);
    m_view->setColumnWidth(CsvPreviewModel::ValueColumn, 130);
    layout->addWidget(m_view, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &CsvImportWizard::browse);
    connect(m_fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_fileEdit->text() != m_fileEdit->property("loaded").toString())
            setFile(m_fileEdit->text());
    });
    for (QComboBox *combo : {m_layout, m_delimiter, m_decimal})
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportWizard::recompute);
    connect(m_skipErrors, &QCheckBox::toggled, this, &CsvImportWizard::updateState);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_doc, &QObject::destroyed, this, &QDialog::reject);
    // The scorecard changed under the preview (a refresh, an edit): check again,
    // so the overwrite and unchanged counts stay true. Not while importing.
    connect(m_doc, &ScorecardDocument::changed, this, [this] {
        if (!m_busy && m_preview)
            recompute();
    });
    resize(900, 600);
    updateState();
}

CsvImportWizard::~CsvImportWizard()
{
    m_model->setPreview(nullptr, nullptr);
}

QString CsvImportWizard::file() const
{
    return m_fileEdit->property("loaded").toString();
}

void CsvImportWizard::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import CSV"), QFileInfo(m_doc->path()).absolutePath(),
        tr("CSV and TSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool CsvImportWizard::setFile(const QString &path)
{
    if (m_busy)
        return false;
    const QSignalBlocker blocker(m_fileEdit);
    m_fileEdit->setText(path);
    m_fileEdit->setProperty("loaded", path);
    m_bytes.clear();
    m_readError.clear();
    m_model->setPreview(nullptr, nullptr);
    m_preview.reset();
    QFile f(path);
    if (path.trimmed().isEmpty()) {
        m_readError = tr("Choose a CSV file to import.");
    } else if (!f.open(QIODevice::ReadOnly)) {
        m_readError = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
    } else {
        m_bytes = f.readAll();
        if (f.error() != QFileDevice::NoError)
            m_readError =
                tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
    }
    if (m_readError.isEmpty())
        recompute();
    else
        updateState();
    return m_readError.isEmpty() && m_preview.has_value();
}

CsvImport::Options CsvImportWizard::options() const
{
    CsvImport::Options o;
    o.layout = CsvImport::Layout(m_layout->currentData().toInt());
    const QString d = m_delimiter->currentData().toString();
    if (!d.isEmpty())
        o.table.delimiter = d.front();
    const int decimal = m_decimal->currentData().toInt();
    if (decimal >= 0)
        o.decimal = NumberText::Decimal(decimal);
    return o;
}

CsvImport::Progress CsvImportWizard::progress(QProgressDialog &dialog, const QString &what)
{
    return [this, &dialog, what](CsvImport::Stage stage, qint64 done, qint64 total) {
        switch (stage) {
        case CsvImport::Stage::Reading:
            dialog.setLabelText(tr("Reading %1\u2026").arg(what));
            break;
        case CsvImport::Stage::Checking:
            dialog.setLabelText(tr("Checking %1\u2026").arg(what));
            break;
        case CsvImport::Stage::Writing:
            dialog.setLabelText(tr("Writing the values into the scorecard\u2026"));
            break;
        }
        // Whole percent steps: large counts do not fit the dialog's int range.
        dialog.setValue(total > 0 ? int(done * 100 / total) : 0);
        if (m_progressHook)
            m_progressHook(stage, done, total);
        // Once the dialog shows (window-modal), only its Cancel gets input.
        QCoreApplication::processEvents(dialog.isVisible() ? QEventLoop::AllEvents
                                                           : QEventLoop::ExcludeUserInputEvents);
        return !dialog.wasCanceled();
    };
}

void CsvImportWizard::recompute()
{
    if (m_busy)
        return;
    if (m_bytes.isNull() && m_readError.isEmpty() && file().isEmpty())
        return updateState();
    if (!m_readError.isEmpty())
        return updateState();
    m_model->setPreview(nullptr, nullptr);
    m_preview.reset();
    m_previewError.clear();
    QProgressDialog dialog(this);
    dialog.setObjectName(QStringLiteral("csvProgress"));
    dialog.setWindowTitle(tr("Import CSV"));
    dialog.setRange(0, 100);
    dialog.setMinimumDuration(400);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setWindowModality(Qt::WindowModal);
    const QString name = QFileInfo(file()).fileName();
    m_busy = true;
    // Over a copy: events are processed while it reads (Cancel), and a refresh
    // or a reload may change the document meanwhile.
    const Scorecard snapshot = m_doc->scorecard();
    const QByteArray bytes = m_bytes;
    auto result = CsvImport::preview(snapshot, bytes, options(), progress(dialog, name));
    m_busy = false;
    if (!result) {
        m_previewError = result.error() == CsvImport::cancelledMessage()
                             ? tr("Reading %1 was cancelled: nothing was imported.").arg(name)
                             : tr("Cannot import %1: %2").arg(name, result.error());
        return updateState();
    }
    m_preview = std::move(result).value();
    m_model->setPreview(&*m_preview, m_doc);
    updateState();
}

QString CsvImportWizard::problem() const
{
    if (file().isEmpty())
        return tr("Choose a CSV file to import.");
    if (!m_readError.isEmpty())
        return m_readError;
    if (!m_preview)
        return m_previewError;
    if (m_doc->isReadOnly())
        return tr("The scorecard is read-only: %1").arg(m_doc->readOnlyReason());
    const qsizetype errors = qsizetype(m_preview->errors.size());
    if (errors && !m_skipErrors->isChecked())
        return (errors == 1 ? tr("The file has 1 error (listed first below). Fix it, or tick "
                                 "\u201cSkip rows with errors\u201d to import the other rows.")
                            : tr("The file has %1 errors (listed first below). Fix them, or "
                                 "tick \u201cSkip rows with errors\u201d to import the other "
                                 "rows.")
                                  .arg(errors));
    if (m_preview->changes() == 0)
        return tr("Nothing to change: every value in the file is already in the scorecard.");
    return {};
}

void CsvImportWizard::updateState()
{
    if (m_preview) {
        const CsvImport::Preview &p = *m_preview;
        const QString decimal =
            p.decimal == NumberText::Decimal::Point ? tr("decimal point") : tr("decimal comma");
        QString text =
            tr("<b>%1</b>: %2 layout, %3, %4, %5.")
                .arg(QFileInfo(file()).fileName().toHtmlEscaped(), CsvImport::layoutName(p.layout),
                     CsvTable::delimiterName(p.delimiter), p.encodingName, decimal);
        text += QStringLiteral("<br>");
        text += tr("<b>%1</b> to add, <b>%2</b> to overwrite, %3 unchanged, %4 blank cells "
                   "skipped, <b>%5</b> errors.")
                    .arg(p.added)
                    .arg(p.overwritten)
                    .arg(p.unchanged)
                    .arg(p.blankCells)
                    .arg(qsizetype(p.errors.size()));
        if (!p.skippedRows.empty() && m_skipErrors->isChecked())
            text += QStringLiteral(" ") +
                    (p.skippedRows.size() == 1
                         ? tr("1 row with errors will be skipped.")
                         : tr("%1 rows with errors will be skipped.").arg(p.skippedRows.size()));
        if (!p.ignoredColumns.isEmpty())
            text += QStringLiteral("<br>") +
                    tr("Columns not used: %1.")
                        .arg(p.ignoredColumns.join(QStringLiteral(", ")).toHtmlEscaped());
        m_summary->setText(text);
    } else {
        m_summary->clear();
    }
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_import->setEnabled(why.isEmpty());
}

bool CsvImportWizard::importNow()
{
    if (m_busy || !m_preview || !problem().isEmpty())
        return false;
    QProgressDialog dialog(this);
    dialog.setObjectName(QStringLiteral("csvProgress"));
    dialog.setWindowTitle(tr("Import CSV"));
    dialog.setRange(0, 100);
    dialog.setMinimumDuration(400);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setWindowModality(Qt::WindowModal);
    m_busy = true;
    auto r = CsvImport::apply(*m_doc, *m_preview, m_skipErrors->isChecked(),
                              progress(dialog, QFileInfo(file()).fileName()));
    m_busy = false;
    dialog.close();
    if (!r) {
        const QString message = r.error() == CsvImport::cancelledMessage()
                                    ? tr("The import was cancelled: nothing was written.")
                                    : tr("Nothing was imported: %1").arg(r.error());
        m_problem->setText(message);
        m_problem->show();
        return false;
    }
    return true;
}

} // namespace scorecard
