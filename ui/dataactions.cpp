// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataactions.h"
#include "actionicon.h"
#include "infobanner.h"

#include "csvimportwizard.h"
#include "datasourcesdialog.h"
#include "document/scorecarddocument.h"
#include "io/csvexport.h"
#include "io/datasourcewatcher.h"
#include "sourcetrust.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace scorecard {

namespace {

const auto kIntervalKey = QStringLiteral("data/refreshIntervalMinutes");

} // namespace

DataActions::DataActions(QMainWindow *window, QMenu *dataMenu, QMenu *fileMenu)
    : QObject(window), m_window(window)
{
    m_import = new QAction(tr("&Import CSV\u2026"), this);
    m_import->setObjectName(QStringLiteral("importCsvAction"));
    m_import->setIcon(actionIcon(QStringLiteral("data-import")));
    m_import->setToolTip(tr("Import KPI values from a CSV file, with a preview first"));
    m_export = new QAction(tr("&Export Data\u2026"), this);
    m_export->setObjectName(QStringLiteral("exportDataAction"));
    m_export->setIcon(actionIcon(QStringLiteral("data-export")));
    m_export->setToolTip(tr("Write every KPI value to a CSV file (long or wide layout)"));
    m_refresh = new QAction(tr("&Refresh All"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAllAction"));
    m_refresh->setIcon(actionIcon(QStringLiteral("data-refresh")));
    // Not QKeySequence::Refresh: on Linux that is F5, which presents here.
    m_refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_refresh->setToolTip(tr("Read every data source again (one undo step)"));
    m_sources = new QAction(tr("Data &Sources\u2026"), this);
    m_sources->setObjectName(QStringLiteral("dataSourcesAction"));
    m_sources->setIcon(actionIcon(QStringLiteral("data-sources")));
    m_sources->setToolTip(tr("Connect KPIs to CSV files and databases"));

    dataMenu->addAction(m_import);
    dataMenu->addAction(m_export);
    dataMenu->addSeparator();
    dataMenu->addAction(m_refresh);
    dataMenu->addAction(m_sources);
    if (fileMenu) {
        // Before the map's export actions: File > Import CSV…, Export Data….
        QAction *before = nullptr;
        const QList<QAction *> actions = fileMenu->actions();
        for (qsizetype i = 0; i + 1 < actions.size(); ++i) {
            if (actions[i]->isSeparator()) {
                before = actions[i + 1];
                break;
            }
        }
        fileMenu->insertAction(before, m_import);
        fileMenu->insertAction(before, m_export);
        fileMenu->insertSeparator(before);
    }

    // Shown when the open scorecard has sources the user has not allowed yet.
    auto *banner =
        new InfoBanner(QStringLiteral("sourcesBanner"), tr("&Allow Refresh"),
                       tr("Read these sources now, and on their own from now on"), window);
    m_consentBar = banner;
    m_consentText = banner->text();
    m_allow = banner->button();
    connect(m_allow, &QPushButton::clicked, this, &DataActions::allowSources);

    connect(m_import, &QAction::triggered, this, &DataActions::importCsv);
    connect(m_export, &QAction::triggered, this, &DataActions::exportData);
    connect(m_refresh, &QAction::triggered, this, &DataActions::refreshAll);
    connect(m_sources, &QAction::triggered, this, &DataActions::editSources);
    updateActions();
}

DataActions::~DataActions() = default;

void DataActions::setDocument(ScorecardDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_watcher.reset();
    m_doc = doc;
    m_passwords.clear();
    m_declined.clear();
    m_consentBar->hide();
    // A read-only file is never written: no refresh, no watching. Sources the
    // user has not allowed (a file from someone else) wait for the banner.
    if (doc && !doc->isReadOnly()) {
        if (notAllowed().empty())
            startWatching(true);
        else
            showConsent();
    }
    if (doc)
        connect(doc, &ScorecardDocument::changed, this, &DataActions::updateActions);
    updateActions();
}

std::vector<DataSource> DataActions::notAllowed() const
{
    if (!m_doc)
        return {};
    return sourcetrust::notAllowed(m_doc->path(), m_doc->scorecard().dataSources);
}

void DataActions::startWatching(bool refreshNow)
{
    m_watcher = std::make_unique<DataSourceWatcher>(m_doc);
    m_watcher->setInterval(intervalMinutes() * 60 * 1000);
    m_watcher->setPasswordProvider([this](const DataSource &source) { return password(source); });
    connect(m_watcher.get(), &DataSourceWatcher::refreshed, this,
            [this] { afterRefresh(m_watcher->lastReport()); });
    connect(m_watcher.get(), &DataSourceWatcher::refreshFailed, this,
            [this](const QString &message) {
                const QString text = tr("Cannot refresh the data sources: %1").arg(message);
                if (m_manual)
                    showError(text);
                else
                    showStatus(text);
            });
    // Refresh on opening, once the window is up.
    if (refreshNow)
        QTimer::singleShot(0, m_watcher.get(), [w = m_watcher.get()] { w->refreshAll(); });
}

QString DataActions::describe(const std::vector<DataSource> &sources)
{
    QStringList where;
    for (const DataSource &s : sources)
        where << (s.name.isEmpty() ? s.id.value : s.name) + QStringLiteral(": ") + s.location;
    constexpr qsizetype kShown = 4;
    QString list = where.mid(0, kShown).join(QStringLiteral("; "));
    if (where.size() > kShown)
        list += tr("; and %n more", nullptr, int(where.size() - kShown));
    return list;
}

void DataActions::showConsent()
{
    const std::vector<DataSource> waiting = notAllowed();
    m_consentText->setText(
        tr("This scorecard reads its data from files or databases on this computer or "
           "network; they are not read until you allow it (a file from someone else may name "
           "any file or database): %1.")
            .arg(describe(waiting)));
    m_consentBar->show();
}

bool DataActions::allowSources()
{
    if (!m_doc || m_doc->isReadOnly())
        return false;
    sourcetrust::allow(m_doc->path(), m_doc->scorecard().dataSources);
    m_consentBar->hide();
    if (!m_watcher)
        startWatching(false);
    return refreshAll();
}

void DataActions::updateActions()
{
    const bool writable = m_doc && !m_doc->isReadOnly();
    m_import->setEnabled(writable);
    m_export->setEnabled(m_doc != nullptr);
    m_sources->setEnabled(m_doc != nullptr);
    m_refresh->setEnabled(writable && !m_doc->scorecard().dataSources.empty());
}

int DataActions::intervalMinutes()
{
    return std::max(0, QSettings().value(kIntervalKey, 0).toInt());
}

void DataActions::setIntervalMinutes(int minutes)
{
    QSettings().setValue(kIntervalKey, std::max(0, minutes));
    if (m_watcher)
        m_watcher->setInterval(std::max(0, minutes) * 60 * 1000);
}

void DataActions::forgetPasswords()
{
    m_passwords.clear();
    m_declined.clear();
}

std::optional<QString> DataActions::password(const DataSource &source)
{
    const QString key = source.id.value;
    if (auto it = m_passwords.constFind(key); it != m_passwords.constEnd())
        return *it;
    // A prompt cancelled once is not repeated by the file watch or the interval.
    if (m_declined.contains(key) && !m_manual)
        return std::nullopt;
    std::optional<QString> given;
    if (m_prompt) {
        given = m_prompt(source);
    } else {
        bool ok = false;
        const QString text = QInputDialog::getText(
            m_window, tr("Password for \u201c%1\u201d").arg(source.name),
            tr("Password for the data source \u201c%1\u201d (%2).\nIt is kept in memory until "
               "Scorecard Studio closes, never written to the scorecard or to disk.")
                .arg(source.name, source.location),
            QLineEdit::Password, QString(), &ok);
        if (ok)
            given = text;
    }
    if (!given) {
        m_declined.insert(key);
        return std::nullopt;
    }
    m_declined.remove(key);
    m_passwords.insert(key, *given);
    return given;
}

bool DataActions::refreshAll()
{
    if (!m_doc || m_doc->isReadOnly())
        return false;
    if (const std::vector<DataSource> waiting = notAllowed(); !waiting.empty()) {
        // The user asked for a refresh: once the sources are named, it is theirs.
        const QString question =
            tr("Read the data sources this scorecard names? %1").arg(describe(waiting));
        const bool yes = m_confirm ? m_confirm(question)
                                   : QMessageBox::question(m_window, tr("Refresh All"), question) ==
                                         QMessageBox::Yes;
        if (!yes)
            return false;
        sourcetrust::allow(m_doc->path(), m_doc->scorecard().dataSources);
        m_consentBar->hide();
    }
    if (!m_watcher)
        startWatching(false);
    m_manual = true;
    m_watcher->refreshAll();
    m_manual = false;
    return true;
}

void DataActions::afterRefresh(const DataRefresh::Report &report)
{
    int failed = 0;
    for (const DataRefresh::SourceResult &r : report.sources) {
        if (!r.ok) {
            ++failed;
            // A password that did not work is asked for again next time.
            m_passwords.remove(r.id.value);
        }
    }
    const int sources = int(report.sources.size());
    const QString changed =
        report.changes == 1 ? tr("1 value changed.") : tr("%1 values changed.").arg(report.changes);
    QString text;
    if (failed == 0)
        text = sources == 1 ? tr("Data source refreshed: %1").arg(changed)
                            : tr("%1 data sources refreshed: %2").arg(sources).arg(changed);
    else
        text = tr("Refresh: %1 of %2 data sources failed (see Problems); their KPIs keep "
                  "their values. %3")
                   .arg(failed)
                   .arg(sources)
                   .arg(changed);
    showStatus(text);
    Q_EMIT refreshed(sources, failed);
}

void DataActions::importCsv()
{
    if (!m_doc)
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import CSV"), QFileInfo(m_doc->path()).absolutePath(),
        tr("CSV and TSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    // Refreshes that fall due while the wizard reads or writes wait for it.
    if (m_watcher)
        m_watcher->setPaused(true);
    CsvImportWizard wizard(m_doc, m_window);
    wizard.setFile(path);
    const bool imported = wizard.exec() == QDialog::Accepted;
    if (m_watcher)
        m_watcher->setPaused(false);
    if (imported)
        showStatus(tr("Imported %1.").arg(QFileInfo(wizard.file()).fileName()));
}

Result<void> DataActions::exportTo(const QString &path, CsvImport::Layout layout)
{
    if (!m_doc)
        return fail(tr("no scorecard is open"));
    const QByteArray csv = CsvExport::toCsv(m_doc->scorecard(), layout);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(csv) != csv.size() || !file.commit())
        return fail(
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

void DataActions::exportData()
{
    if (!m_doc)
        return;
    std::optional<std::pair<QString, CsvImport::Layout>> target;
    if (m_exportTarget) {
        target = m_exportTarget();
    } else {
        const QString longFilter = tr("CSV, one row per value (long) (*.csv)");
        const QString wideFilter = tr("CSV, one row per KPI (wide) (*.csv)");
        QString selected = longFilter;
        const QFileInfo info(m_doc->path());
        QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export Data"),
            info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".csv")),
            longFilter + QStringLiteral(";;") + wideFilter, &selected);
        if (!path.isEmpty()) {
            if (QFileInfo(path).suffix().isEmpty())
                path += QStringLiteral(".csv");
            target = std::pair{path, selected == wideFilter ? CsvImport::Layout::Wide
                                                            : CsvImport::Layout::Long};
        }
    }
    if (!target)
        return;
    if (auto r = exportTo(target->first, target->second); !r)
        showError(tr("The data was not exported: %1").arg(r.error()));
    else
        showStatus(
            tr("Exported the KPI values to %1.").arg(QDir::toNativeSeparators(target->first)));
}

void DataActions::editSources()
{
    if (!m_doc)
        return;
    // Sources the user adds or changes here are theirs: allowed without asking
    // (before the dialog's Refresh, too). Those the file came with still wait.
    const std::vector<DataSource> waitingBefore = notAllowed();
    auto allowAuthored = [this, waitingBefore] {
        if (!m_doc || m_doc->isReadOnly())
            return;
        std::vector<DataSource> authored;
        for (const DataSource &s : notAllowed()) {
            const bool wasWaiting =
                std::any_of(waitingBefore.begin(), waitingBefore.end(), [&](const DataSource &w) {
                    return w.kind == s.kind && w.location == s.location && w.mapping == s.mapping;
                });
            if (!wasWaiting)
                authored.push_back(s);
        }
        sourcetrust::allow(m_doc->path(), authored);
        if (notAllowed().empty()) {
            m_consentBar->hide();
            if (!m_watcher)
                startWatching(false);
        } else {
            showConsent();
        }
    };
    DataSourcesDialog dialog(m_doc, m_window);
    dialog.setIntervalMinutes(intervalMinutes());
    connect(&dialog, &DataSourcesDialog::refreshRequested, this, [this, allowAuthored] {
        allowAuthored();
        refreshAll();
    });
    if (m_sourcesRunner)
        m_sourcesRunner(dialog);
    else
        dialog.exec();
    setIntervalMinutes(dialog.intervalMinutes());
    allowAuthored();
}

void DataActions::showError(const QString &message)
{
    if (m_errorHandler)
        m_errorHandler(message);
    else
        QMessageBox::warning(m_window, tr("Scorecard Studio"), message);
}

void DataActions::showStatus(const QString &message)
{
    if (m_window)
        m_window->statusBar()->showMessage(message, 10000);
}

} // namespace scorecard
