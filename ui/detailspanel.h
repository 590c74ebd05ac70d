// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"
#include "scoring/score.h"

#include <QDate>
#include <QMap>
#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTextBrowser;

namespace scorecard {

class EntityEditor;
class EntitySelection;
class ObjectiveEditor;
class ScorecardDocument;

/**
 * The Details dock: the current item's score explained in plain words ("Why
 * this score?": the method, the measurement or the inputs with their weights)
 * and under it the editor for the item's kind (ui/editors: perspective,
 * pillar, department, objective, link, KPI with its values, OKR,
 * initiative), which validates as you type and applies one undoable command.
 */
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(EntitySelection *selection, QWidget *parent = nullptr);

    /** Shows @p doc (nullptr: none). */
    void setDocument(ScorecardDocument *doc);
    void setAsOf(QDate asOf);

    /** The explanation text shown ("Why this score?"). */
    QString explanation() const;
    /** The editor for items of @p kind (nullptr: none), shown when such an item is current. */
    EntityEditor *editorFor(EntityKind kind) const { return m_editors.value(kind); }
    /** The editor shown now, or nullptr. */
    EntityEditor *currentEditor() const;

    // The objective editor's fields (kept for the main window's tests).
    QLineEdit *nameEdit() const;
    QLineEdit *ownerEdit() const;
    QPlainTextEdit *descriptionEdit() const;
    QLineEdit *weightEdit() const;
    QLabel *nameError() const;
    QLabel *weightError() const;
    QPushButton *applyButton() const;
    QGroupBox *editor() const;

    /** Applies the objective editor's values (one command). Returns false if refused. */
    bool apply();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void refresh();
    void showEditor();
    QString inputName(scoring::InputKind kind, const QString &id) const;
    QString describe(const scoring::Score &score) const;
    QString unscored(const scoring::Results &results) const;

    EntitySelection *m_selection;
    ScorecardDocument *m_doc = nullptr;
    QDate m_asOf = QDate::currentDate();
    QLabel *m_title = nullptr;
    QTextBrowser *m_why = nullptr;
    QScrollArea *m_scroll = nullptr;
    QMap<EntityKind, EntityEditor *> m_editors;
    ObjectiveEditor *m_objective = nullptr;
};

} // namespace scorecard
