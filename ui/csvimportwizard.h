// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvimport.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace scorecard {

class ScorecardDocument;

/**
 * The rows of a CSV import preview, for a table view: the errors first
 * (row, column, the message quoting the text), then every value in file
 * order (add, overwrite old -> new, unchanged). Reads the preview lazily,
 * so a million rows cost nothing until they are scrolled to.
 */
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RowColumn,
        FileColumn,
        ActionColumn,
        KpiColumn,
        PeriodColumn,
        ValueColumn,
        DetailColumn,
        ColumnCount
    };

    explicit CsvPreviewModel(QObject *parent = nullptr);

    /** Shows @p preview (nullptr: nothing); it must outlive the model's use of it. */
    void setPreview(const CsvImport::Preview *preview, const ScorecardDocument *doc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const CsvImport::Preview *m_preview = nullptr;
    const ScorecardDocument *m_doc = nullptr;
};

/**
 * File > Import CSV: choose a file, set how to read it (layout, delimiter,
 * decimal separator; detected by default), look at the preview (counts,
 * values to add, values to overwrite with old -> new, unchanged values and
 * every error by row and column, quoting the text) recomputed as the
 * options change, then import: one ImportMeasurementsCommand, one undo
 * step. Import is disabled while the file has errors unless "Skip rows with
 * errors" is ticked. Long reads and writes show a progress dialog whose
 * Cancel leaves everything as it was.
 */
class CsvImportWizard : public QDialog
{
    Q_OBJECT

public:
    explicit CsvImportWizard(ScorecardDocument *doc, QWidget *parent = nullptr);
    ~CsvImportWizard() override;

    /** Reads @p path and shows its preview. Returns false when it cannot be read. */
    bool setFile(const QString &path);
    QString file() const;

    /** Imports the preview (Import button). Returns whether values were imported. */
    bool importNow();

    /** The current preview, when the file could be read. */
    const CsvImport::Preview *preview() const { return m_preview ? &*m_preview : nullptr; }
    /** Why the file cannot be read or imported (empty: it can). */
    QString problem() const;

    QLineEdit *fileEdit() const { return m_fileEdit; }
    QComboBox *layoutCombo() const { return m_layout; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QComboBox *decimalCombo() const { return m_decimal; }
    QCheckBox *skipErrorsBox() const { return m_skipErrors; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *problemLabel() const { return m_problem; }
    QTableView *previewView() const { return m_view; }
    CsvPreviewModel *previewModel() const { return m_model; }

    /**
     * Called at every progress report while the progress dialog is up (with
     * the dialog as a child of the wizard): tests cancel through it.
     */
    void setProgressHook(std::function<void(CsvImport::Stage, qint64, qint64)> hook)
    {
        m_progressHook = std::move(hook);
    }

private:
    void browse();
    void recompute();
    void updateState();
    CsvImport::Options options() const;
    CsvImport::Progress progress(QProgressDialog &dialog, const QString &what);

    ScorecardDocument *m_doc;
    QByteArray m_bytes;
    std::optional<CsvImport::Preview> m_preview;
    QString m_readError;    ///< the file cannot be read
    QString m_previewError; ///< the file cannot be read with these options
    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_layout = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_decimal = nullptr;
    QCheckBox *m_skipErrors = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QTableView *m_view = nullptr;
    CsvPreviewModel *m_model = nullptr;
    QPushButton *m_import = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::function<void(CsvImport::Stage, qint64, qint64)> m_progressHook;
    bool m_busy = false; ///< reading or writing: events are processed, no re-entry
};

} // namespace scorecard
