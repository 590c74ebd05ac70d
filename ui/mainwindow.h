// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTabWidget;
class QTreeView;

namespace scorecard {

class ScorecardDocument;
class OutlineModel;
class StrategyMapPanel;

/** The main window: the outline and the strategy map of the open scorecard, with undo/redo. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens @p path; on failure shows the reason and keeps the current document. */
    bool openFile(const QString &path);
    ScorecardDocument *document() const { return m_doc.get(); }
    QTreeView *outlineView() const { return m_view; }
    StrategyMapPanel *mapPanel() const { return m_map; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void openDialog();
    void showError(const QString &message);

    std::unique_ptr<ScorecardDocument> m_doc;
    OutlineModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QTabWidget *m_tabs = nullptr;
    StrategyMapPanel *m_map = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_pathLabel = nullptr;
};

} // namespace scorecard
