// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvimport.h"
#include "io/datarefresh.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QPushButton;
class QWidget;

namespace scorecard {

class DataSourceWatcher;
class DataSourcesDialog;
class ScorecardDocument;

/**
 * The Data menu (and File > Import CSV / Export Data): Import CSV…
 * (CsvImportWizard), Export Data… (long or wide CSV, written atomically),
 * Refresh All (one RefreshDataCommand) and Data Sources… (DataSourcesDialog).
 * Owns the document's DataSourceWatcher: a refresh when a writable file is
 * opened, when a connected CSV file changes on disk, and on the interval
 * set in the sources dialog, once the user has allowed the file's sources
 * (sourcetrust.h: the consent banner, or Refresh All's question; sources
 * added in the sources dialog are allowed). Passwords of "password=ask" sources are asked
 * for at refresh time and kept in memory for this session only.
 */
class DataActions : public QObject
{
    Q_OBJECT

public:
    /** Adds the actions to @p dataMenu and, when given, @p fileMenu. */
    DataActions(QMainWindow *window, QMenu *dataMenu, QMenu *fileMenu = nullptr);
    ~DataActions() override;

    /** Follows @p doc (nullptr: none); refreshes its sources soon when it is writable. */
    void setDocument(ScorecardDocument *doc);
    ScorecardDocument *document() const { return m_doc; }
    DataSourceWatcher *watcher() const { return m_watcher.get(); }

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *sourcesAction() const { return m_sources; }

    /** Writes the document's values to @p path (atomically). Returns the error, if any. */
    Result<void> exportTo(const QString &path, CsvImport::Layout layout);
    /**
     * Refreshes every source now (Refresh All); false when it could not run.
     * Sources the user has not allowed yet (sourcetrust.h) are named in a
     * question first; Yes allows them.
     */
    bool refreshAll();
    /** The banner's Allow Refresh: allows the file's sources, watches and refreshes them. */
    bool allowSources();
    /**
     * The banner shown over the tabs while the open file has sources the user
     * has not allowed (the main window places it).
     */
    QWidget *consentBar() const { return m_consentBar; }
    QLabel *consentText() const { return m_consentText; }
    /** Runs the Data Sources dialog instead of exec() (tests). */
    void setSourcesDialogRunner(std::function<void(DataSourcesDialog &)> runner)
    {
        m_sourcesRunner = std::move(runner);
    }
    /** Answers Refresh All's question about sources not allowed yet (tests). */
    void setConfirm(std::function<bool(const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    /** The interval refresh, in minutes (0: off); kept in the settings. */
    static int intervalMinutes();
    void setIntervalMinutes(int minutes);

    /** Where error messages go (tests replace the message box). */
    void setErrorHandler(std::function<void(const QString &)> handler)
    {
        m_errorHandler = std::move(handler);
    }
    /** Asks for the file and layout to export to (tests replace the file dialog). */
    using ExportTarget = std::function<std::optional<std::pair<QString, CsvImport::Layout>>()>;
    void setExportTarget(ExportTarget target) { m_exportTarget = std::move(target); }
    /** Asks for a source's password (tests replace the password dialog); nullopt: cancelled. */
    void setPasswordPrompt(DataRefresh::PasswordProvider prompt) { m_prompt = std::move(prompt); }
    /** Forgets the passwords given in this session. */
    void forgetPasswords();

Q_SIGNALS:
    /** A refresh ran; @p failed sources failed (they are in the Problems dock). */
    void refreshed(int sources, int failed);

private:
    void importCsv();
    void exportData();
    void editSources();
    void updateActions();
    void showError(const QString &message);
    void showStatus(const QString &message);
    void afterRefresh(const DataRefresh::Report &report);
    std::optional<QString> password(const DataSource &source);
    std::vector<DataSource> notAllowed() const;
    void startWatching(bool refreshNow);
    void showConsent();
    static QString describe(const std::vector<DataSource> &sources);

    QMainWindow *m_window;
    ScorecardDocument *m_doc = nullptr;
    std::unique_ptr<DataSourceWatcher> m_watcher;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_sources = nullptr;
    std::function<void(const QString &)> m_errorHandler;
    ExportTarget m_exportTarget;
    DataRefresh::PasswordProvider m_prompt;
    /** Passwords given in this session, by source id: memory only, never written. */
    QHash<QString, QString> m_passwords;
    /** Sources whose password prompt was cancelled: not asked again until Refresh All. */
    QSet<QString> m_declined;
    bool m_manual = false;
    QWidget *m_consentBar = nullptr;
    QLabel *m_consentText = nullptr;
    QPushButton *m_allow = nullptr;
    std::function<bool(const QString &)> m_confirm;
    std::function<void(DataSourcesDialog &)> m_sourcesRunner;
};

} // namespace scorecard
