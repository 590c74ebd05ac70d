// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"
#include "scoring/score.h"

#include <QDate>
#include <QWidget>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace scorecard {

class EntitySelection;
class ScorecardDocument;

/**
 * The Details dock: the current item's score explained in plain words ("Why
 * this score?": the method, the measurement or the inputs with their weights)
 * and, for an objective, an editor for its name, owner, description and
 * weight that validates as you type and applies one undoable command.
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
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *weightEdit() const { return m_weight; }
    QLabel *nameError() const { return m_nameError; }
    QLabel *weightError() const { return m_weightError; }
    QPushButton *applyButton() const { return m_apply; }
    QGroupBox *editor() const { return m_editor; }

    /** Applies the editor's values to the objective (one command). Returns false if refused. */
    bool apply();

private:
    void refresh();
    void loadEditor();
    void validate();
    QString inputName(scoring::InputKind kind, const QString &id) const;
    QString describe(const scoring::Score &score) const;

    EntitySelection *m_selection;
    ScorecardDocument *m_doc = nullptr;
    QDate m_asOf = QDate::currentDate();
    QLabel *m_title = nullptr;
    QTextBrowser *m_why = nullptr;
    QGroupBox *m_editor = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QLineEdit *m_owner = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_weight = nullptr;
    QLabel *m_weightError = nullptr;
    QLabel *m_applyError = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    ObjectiveId m_editing;
};

} // namespace scorecard
