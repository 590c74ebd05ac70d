// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasourceeditor.h"
#include "apptheme.h"
#include "editors/editorfields.h"

#include "commands/entitycommands.h"
#include "document/scorecarddocument.h"
#include "document/validation.h"
#include "io/datarefresh.h"
#include "model/datasourcesettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QVBoxLayout>

namespace scorecard {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    markAsError(l);
    l->hide();
    return l;
}

/** @p field and its error label under it, as one form row. */
QWidget *withError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    v->addWidget(error);
    return box;
}

void selectData(QComboBox *combo, const QString &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

DataSourceEditor::DataSourceEditor(ScorecardDocument *doc, const DataSourceId &id, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_id(id)
{
    setObjectName(QStringLiteral("dataSourceEditor"));
    setWindowTitle(id.isNull() ? tr("Add Data Source") : tr("Edit Data Source"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Sales sheet"));
    m_nameError = errorLabel(this);
    // A field shown inside a box (with its error, or a button) is still the
    // label's buddy: the label's key focuses it, a screen reader names it.
    auto buddy = [form](QWidget *shown, QWidget *field) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(shown))) {
            label->setBuddy(field);
            editorfields::nameAfterLabel(field, label->text());
        }
    };
    QWidget *nameBox = withError(m_name, m_nameError, this);
    form->addRow(tr("&Name:"), nameBox);
    buddy(nameBox, m_name);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("CSV or TSV file"), int(DataSourceKind::Csv));
    m_kind->addItem(tr("SQL query"), int(DataSourceKind::Sql));
    form->addRow(tr("&Kind:"), m_kind);
    // One form for both kinds (aligned labels); the other kind's rows are hidden.
    auto addCsv = [&](const QString &label, QWidget *field) {
        form->addRow(label, field);
        m_csvRows << field;
    };
    auto addSql = [&](const QString &label, QWidget *field) {
        form->addRow(label, field);
        m_sqlRows << field;
    };
    // CSV file
    auto *pathRow = new QWidget(this);
    auto *pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    m_path = new QLineEdit(pathRow);
    m_path->setPlaceholderText(tr("relative to the scorecard's folder, or absolute"));
    auto *browse = new QPushButton(tr("&Browse\u2026"), pathRow);
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(browse);
    m_pathError = errorLabel(this);
    QWidget *pathBox = withError(pathRow, m_pathError, this);
    addCsv(tr("&File:"), pathBox);
    buddy(pathBox, m_path);
    m_layout = new QComboBox(this);
    m_layout->addItem(tr("Detect"), QString());
    m_layout->addItem(tr("Long: KPI, period, value per row"), QStringLiteral("long"));
    m_layout->addItem(tr("Wide: one row per KPI, a column per period"), QStringLiteral("wide"));
    addCsv(tr("&Layout:"), m_layout);
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("tab"));
    addCsv(tr("&Delimiter:"), m_delimiter);
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(QStringLiteral("UTF-16"), QStringLiteral("utf-16"));
    m_encoding->addItem(QStringLiteral("Windows-1252"), QStringLiteral("windows-1252"));
    addCsv(tr("&Encoding:"), m_encoding);
    m_decimal = new QComboBox(this);
    m_decimal->addItem(tr("Detect"), QString());
    m_decimal->addItem(tr("Point: 1,234.5"), QStringLiteral("point"));
    m_decimal->addItem(tr("Comma: 1.234,5"), QStringLiteral("comma"));
    m_decimal->setAccessibleName(tr("Decimal separator"));
    addCsv(tr("D&ecimal:"), m_decimal);
    // SQL query
    m_driver = new QComboBox(this);
    for (const QString &driver : QSqlDatabase::drivers())
        m_driver->addItem(driver, driver);
    addSql(tr("D&river:"), m_driver);
    m_database = new QLineEdit(this);
    m_database->setPlaceholderText(tr("a SQLite file, or the database's name"));
    m_databaseError = errorLabel(this);
    QWidget *databaseBox = withError(m_database, m_databaseError, this);
    addSql(tr("Data&base:"), databaseBox);
    buddy(databaseBox, m_database);
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("local"));
    addSql(tr("&Host:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    addSql(tr("P&ort:"), m_port);
    m_user = new QLineEdit(this);
    addSql(tr("&User:"), m_user);
    m_askPassword = new QCheckBox(tr("Ask for a &password when refreshing"), this);
    m_askPassword->setToolTip(
        tr("The password is asked for at the first refresh and kept in memory until Scorecard "
           "Studio closes. It is never stored in the scorecard or anywhere else."));
    addSql(QString(), m_askPassword);
    m_query = new QPlainTextEdit(this);
    m_query->setPlaceholderText(
        tr("SELECT month AS period, total AS value FROM sales WHERE region = 'north'"));
    m_query->setTabChangesFocus(true);
    m_query->setMinimumHeight(70);
    m_query->setMaximumHeight(140);
    m_queryError = errorLabel(this);
    QWidget *queryBox = withError(m_query, m_queryError, this);
    addSql(tr("&Query:"), queryBox);
    buddy(queryBox, m_query);
    m_queryKpi = new QComboBox(this);
    m_queryKpi->addItem(tr("Named by the query (a KPI column)"), QString());
    for (const Kpi &k : m_doc->scorecard().kpis)
        m_queryKpi->addItem(tr("%1 (%2)").arg(k.name, k.id.value), k.id.value);
    addSql(tr("Values of &KPI:"), m_queryKpi);
    layout->addLayout(form);
    m_form = form;

    auto *kpiLabel =
        new QLabel(tr("Only these KPIs (none ticked: every KPI the source names):"), this);
    layout->addWidget(kpiLabel);
    m_kpis = new QListWidget(this);
    m_kpis->setAccessibleName(tr("KPI filter"));
    for (const Kpi &k : m_doc->scorecard().kpis) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(k.name, k.id.value), m_kpis);
        item->setData(Qt::UserRole, k.id.value);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_kpis->setMinimumHeight(90);
    kpiLabel->setBuddy(m_kpis);
    layout->addWidget(m_kpis, 1);
    m_generalError = errorLabel(this);
    m_generalError->setObjectName(QStringLiteral("sourceError"));
    layout->addWidget(m_generalError);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    if (const DataSource *existing = m_doc->dataSource(id))
        load(*existing);
    else if (m_driver->findData(QStringLiteral("QSQLITE")) >= 0)
        selectData(m_driver, QStringLiteral("QSQLITE"));
    showKindRows();

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int i) {
        Q_UNUSED(i)
        showKindRows();
        validate();
    });
    connect(browse, &QPushButton::clicked, this, &DataSourceEditor::browse);
    for (QLineEdit *e : {m_name, m_path, m_database, m_host, m_user})
        connect(e, &QLineEdit::textChanged, this, &DataSourceEditor::validate);
    for (QComboBox *c : {m_layout, m_delimiter, m_encoding, m_decimal, m_driver, m_queryKpi})
        connect(c, &QComboBox::currentIndexChanged, this, &DataSourceEditor::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &DataSourceEditor::validate);
    connect(m_askPassword, &QCheckBox::toggled, this, &DataSourceEditor::validate);
    connect(m_query, &QPlainTextEdit::textChanged, this, &DataSourceEditor::validate);
    connect(m_kpis, &QListWidget::itemChanged, this, &DataSourceEditor::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, sizeHint().height());
    validate();
}

void DataSourceEditor::load(const DataSource &s)
{
    m_name->setText(s.name);
    m_kind->setCurrentIndex(m_kind->findData(int(s.kind)));
    for (int i = 0; i < m_kpis->count(); ++i)
        m_kpis->item(i)->setCheckState(
            s.kpis.contains(m_kpis->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                            : Qt::Unchecked);
    auto settings = DataSourceSettings::of(s);
    if (s.kind == DataSourceKind::Csv) {
        m_path->setText(s.location);
        if (settings) {
            selectData(m_layout, settings->layout);
            selectData(m_delimiter, settings->delimiter);
            selectData(m_encoding, settings->encoding);
            selectData(m_decimal, settings->decimal);
        }
        return;
    }
    if (!settings) {
        m_database->setText(s.location);
        return;
    }
    if (m_driver->findData(settings->driver) < 0)
        m_driver->addItem(tr("%1 (not installed)").arg(settings->driver), settings->driver);
    selectData(m_driver, settings->driver);
    m_database->setText(settings->database);
    m_host->setText(settings->host);
    m_port->setValue(std::max(0, settings->port));
    m_user->setText(settings->user);
    m_askPassword->setChecked(settings->askPassword);
    m_query->setPlainText(settings->query);
    const int k = m_queryKpi->findData(settings->kpi);
    if (k < 0)
        m_queryKpi->addItem(settings->kpi, settings->kpi);
    selectData(m_queryKpi, settings->kpi);
}

void DataSourceEditor::showKindRows()
{
    const bool csv = DataSourceKind(m_kind->currentData().toInt()) == DataSourceKind::Csv;
    for (QWidget *w : std::as_const(m_csvRows))
        m_form->setRowVisible(w, csv);
    for (QWidget *w : std::as_const(m_sqlRows))
        m_form->setRowVisible(w, !csv);
}

void DataSourceEditor::setKpiChecked(const QString &kpi, bool checked)
{
    for (int i = 0; i < m_kpis->count(); ++i) {
        if (m_kpis->item(i)->data(Qt::UserRole).toString() == kpi)
            m_kpis->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void DataSourceEditor::browse()
{
    const QString folder = QFileInfo(m_doc->path()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Data Source File"), folder,
                                     tr("CSV and TSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    // Next to the scorecard: stored relative, so the folder can move as a whole.
    const QString relative = QDir(folder).relativeFilePath(path);
    m_path->setText(relative.startsWith(QStringLiteral("..")) ? path : relative);
}

DataSource DataSourceEditor::source() const
{
    DataSource s;
    if (const DataSource *existing = m_doc->dataSource(m_id))
        s = *existing;
    s.id = m_id;
    s.name = m_name->text().trimmed();
    s.kind = DataSourceKind(m_kind->currentData().toInt());
    QJsonObject mapping;
    if (s.kind == DataSourceKind::Csv) {
        s.location = m_path->text().trimmed();
        for (auto [key, combo] :
             {std::pair{"layout", m_layout}, std::pair{"delimiter", m_delimiter},
              std::pair{"encoding", m_encoding}, std::pair{"decimal", m_decimal}}) {
            const QString value = combo->currentData().toString();
            if (!value.isEmpty())
                mapping.insert(QLatin1String(key), value);
        }
    } else {
        QString location =
            m_driver->currentData().toString() + QLatin1Char(':') + m_database->text().trimmed();
        if (!m_host->text().trimmed().isEmpty())
            location += QStringLiteral(";host=") + m_host->text().trimmed();
        if (m_port->value() > 0)
            location += QStringLiteral(";port=%1").arg(m_port->value());
        if (!m_user->text().trimmed().isEmpty())
            location += QStringLiteral(";user=") + m_user->text().trimmed();
        if (m_askPassword->isChecked())
            location += QStringLiteral(";password=ask");
        s.location = location;
        mapping.insert(QStringLiteral("query"), m_query->toPlainText().trimmed());
        const QString kpi = m_queryKpi->currentData().toString();
        if (!kpi.isEmpty())
            mapping.insert(QStringLiteral("kpi"), kpi);
    }
    s.mapping = QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact));
    s.kpis.clear();
    for (int i = 0; i < m_kpis->count(); ++i) {
        if (m_kpis->item(i)->checkState() == Qt::Checked)
            s.kpis << m_kpis->item(i)->data(Qt::UserRole).toString();
    }
    return s;
}

void DataSourceEditor::showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool DataSourceEditor::validate()
{
    const DataSource s = source();
    const bool csv = s.kind == DataSourceKind::Csv;
    const QString folder = QFileInfo(m_doc->path()).absolutePath();
    QString name, path, database, query, general;
    bool blocking = false; // a missing file is only a warning: it can be created later
    if (s.name.isEmpty()) {
        name = tr("A name is required");
        blocking = true;
    }
    if (csv) {
        const QString p = m_path->text().trimmed();
        if (p.isEmpty()) {
            path = tr("Choose the CSV file");
            blocking = true;
        } else if (!QFileInfo::exists(QDir(folder).filePath(p))) {
            path = tr("No such file: %1 (a refresh fails until it exists)")
                       .arg(QDir::toNativeSeparators(QDir(folder).filePath(p)));
        }
    } else {
        const QString driver = m_driver->currentData().toString();
        const QString db = m_database->text().trimmed();
        if (driver.isEmpty())
            database = tr("No Qt Sql driver is installed");
        else if (db.isEmpty())
            database = tr("Name the database (for SQLite: its file)");
        else if (db.contains(u';'))
            database = tr("A database name cannot contain \u201c;\u201d");
        else if (!QSqlDatabase::isDriverAvailable(driver))
            database = tr("The Qt Sql driver %1 is not installed").arg(driver);
        if (!database.isEmpty())
            blocking = true;
        if (database.isEmpty() && driver == u"QSQLITE" &&
            !QFileInfo::exists(QDir(folder).filePath(db)))
            database = tr("No such file: %1 (a refresh fails until it exists)")
                           .arg(QDir::toNativeSeparators(QDir(folder).filePath(db)));
        const QString q = m_query->toPlainText().trimmed();
        if (q.isEmpty())
            query = tr("Write a SELECT that returns period and value columns");
        else if (!DataRefresh::isSelectQuery(q))
            query = tr("A refresh only reads: the query must be a SELECT (or WITH \u2026 SELECT)");
        if (!query.isEmpty())
            blocking = true;
    }
    // What the document itself refuses (the mapping, the KPI filter ...).
    if (!blocking) {
        if (!m_id.isNull()) {
            if (auto r = validation::check(*m_doc, s, validation::Mode::Change); !r)
                general = r.error();
        } else if (auto settings = DataSourceSettings::of(s); !settings) {
            general = settings.error();
        }
    }
    showError(m_nameError, name);
    showError(m_pathError, path);
    showError(m_databaseError, database);
    showError(m_queryError, query);
    showError(m_generalError, general);
    if (m_doc->isReadOnly())
        general = tr("The scorecard is read-only: %1").arg(m_doc->readOnlyReason());
    const bool ok = !blocking && general.isEmpty() && !m_doc->isReadOnly();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    return ok;
}

bool DataSourceEditor::apply()
{
    if (!validate())
        return false;
    const DataSource s = source();
    const DataSource *existing = m_doc->dataSource(m_id);
    if (existing && *existing == s)
        return true; // nothing changed: the dialog simply closes
    Result<CommandPtr> cmd = existing ? ChangeEntityCommand<DataSource>::create(*m_doc, s)
                                      : AddEntityCommand<DataSource>::create(*m_doc, s);
    if (!cmd) {
        showError(m_generalError, cmd.error());
        return false;
    }
    if (auto r = m_doc->push(std::move(cmd).value()); !r) {
        showError(m_generalError, r.error());
        return false;
    }
    return true;
}

} // namespace scorecard
