// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/datasource.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QFormLayout;

namespace scorecard {

class ScorecardDocument;

/**
 * Adds or edits one data source: a CSV file (path, layout, delimiter,
 * encoding, as in the importer) or a SQL query (driver, database, host,
 * port, user, query with period and value columns, the KPI it gives), and
 * the KPIs it is limited to. Validates as you type, the reason next to the
 * field; OK applies one undoable Add/ChangeEntityCommand. Never a password:
 * "Ask for a password" has it asked for at refresh time.
 */
class DataSourceEditor : public QDialog
{
    Q_OBJECT

public:
    /** Edits the source @p id of @p doc, or makes a new one when @p id is null. */
    DataSourceEditor(ScorecardDocument *doc, const DataSourceId &id, QWidget *parent = nullptr);

    /** The source as the fields describe it. */
    DataSource source() const;
    /** Pushes the command (OK). Returns false, with the reason shown, when refused. */
    bool apply();
    /** Re-checks the fields; returns whether OK is possible. */
    bool validate();

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *layoutCombo() const { return m_layout; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *decimalCombo() const { return m_decimal; }
    QComboBox *driverCombo() const { return m_driver; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    QCheckBox *askPasswordBox() const { return m_askPassword; }
    QPlainTextEdit *queryEdit() const { return m_query; }
    QComboBox *queryKpiCombo() const { return m_queryKpi; }
    QListWidget *kpiList() const { return m_kpis; }
    QLabel *nameError() const { return m_nameError; }
    QLabel *pathError() const { return m_pathError; }
    QLabel *databaseError() const { return m_databaseError; }
    QLabel *queryError() const { return m_queryError; }
    QLabel *generalError() const { return m_generalError; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /** Ticks the KPI filter's entry of @p kpi. */
    void setKpiChecked(const QString &kpi, bool checked);

private:
    void load(const DataSource &source);
    void browse();
    void showKindRows();
    static void showError(QLabel *label, const QString &text);

    ScorecardDocument *m_doc;
    DataSourceId m_id;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QComboBox *m_kind = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QWidget *> m_csvRows, m_sqlRows;
    QLineEdit *m_path = nullptr;
    QLabel *m_pathError = nullptr;
    QComboBox *m_layout = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_decimal = nullptr;
    QComboBox *m_driver = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_databaseError = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QCheckBox *m_askPassword = nullptr;
    QPlainTextEdit *m_query = nullptr;
    QLabel *m_queryError = nullptr;
    QComboBox *m_queryKpi = nullptr;
    QListWidget *m_kpis = nullptr;
    QLabel *m_generalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace scorecard
