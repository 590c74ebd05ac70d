// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"
#include "util/result.h"

#include <QGroupBox>
#include <QHash>
#include <QPointer>

#include <memory>

class QFormLayout;
class QLabel;
class QPushButton;
class QUndoCommand;
class QVBoxLayout;

namespace scorecard {

class ScorecardDocument;

/**
 * The base of the Details dock's editors, one per entity kind: a form whose
 * fields are checked as the user types (the reason in a small red label
 * under the field), an Apply button enabled only when the form is valid and
 * differs from the document, and Revert. Apply pushes one command on the
 * document's undo stack; nothing invalid reaches the document.
 *
 * When the document changes (undo, redo, other views) the fields are loaded
 * again unless the user has edits of their own in progress; fields whose
 * text did not change are left alone, so focus and cursor stay.
 */
class EntityEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit EntityEditor(const QString &title, QWidget *parent = nullptr);
    ~EntityEditor() override;

    virtual EntityKind kind() const = 0;

    void setDocument(ScorecardDocument *doc);
    ScorecardDocument *document() const;
    /** Edits the entity with @p id (empty: none) and loads its values. */
    void setEntityId(const QString &id);
    QString entityId() const { return m_id; }
    /** Whether the entity is in the document (it may have been removed). */
    bool hasEntity() const;

    QPushButton *applyButton() const { return m_apply; }
    QPushButton *revertButton() const { return m_revert; }
    /** Problems of the whole entity, or why Apply failed. */
    QLabel *messageLabel() const { return m_message; }
    /** The red label under @p field (nullptr if it has none). */
    QLabel *errorLabel(QWidget *field) const { return m_errors.value(field); }
    /** Whether the fields hold a valid entity. */
    bool isValid() const { return m_valid; }

public Q_SLOTS:
    /** Applies the fields as one command. Returns false if refused or invalid. */
    bool apply();
    /** Loads the document's values again, dropping the user's edits. */
    void revert();

Q_SIGNALS:
    void errorOccurred(const QString &message);

protected:
    /**
     * A labelled row of the form with a (hidden) red label under the field;
     * @p shown (holding @p field) is placed instead of the field if given.
     */
    void addRow(const QString &label, QWidget *field, QWidget *shown = nullptr);
    /** As addRow, but the label above and the field across the whole form (tables). */
    void addWideField(const QString &label, QWidget *field, QWidget *shown = nullptr);
    /** A row that spans the form (tables, buttons). */
    void addWideRow(QWidget *widget);
    /** Sets the reason shown under @p field (empty: none). */
    void setFieldError(QWidget *field, const QString &message);
    /** setFieldError(field, problem); true when there is no problem. */
    bool report(QWidget *field, const QString &problem)
    {
        setFieldError(field, problem);
        return problem.isEmpty();
    }
    /** Re-validates (and marks the form edited) when @p field changes. */
    void watch(QWidget *field);
    /** Call after a structural edit of a field (a row added to a table). */
    void edited();
    /** Room below the Apply buttons (the KPI's measurements grid). */
    QVBoxLayout *belowButtons() const { return m_below; }
    QFormLayout *form() const { return m_form; }

    /** Whether the edited entity is in the document. */
    virtual bool exists() const = 0;
    /** Document to fields. */
    virtual void load() = 0;
    /** Per-field checks (setFieldError); true when every field is fine. */
    virtual bool checkFields() = 0;
    /** The fields as one entity, checked against the document (validation::check). */
    virtual Result<void> checkEntity() const = 0;
    /** Whether the fields differ from the document. */
    virtual bool differs() const = 0;
    /** The command that applies the fields. */
    virtual Result<std::unique_ptr<QUndoCommand>> makeCommand() = 0;
    /** After setDocument: connect to more signals if needed. */
    virtual void documentSet() {}

    QPointer<ScorecardDocument> m_doc;
    QString m_id;

private:
    QWidget *fieldBox(QWidget *field, QWidget *shown);
    void validate();
    void reload();
    void documentChanged();

    QFormLayout *m_form = nullptr;
    QVBoxLayout *m_below = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QHash<QWidget *, QLabel *> m_errors;
    int m_loading = 0;
    bool m_edited = false;
    bool m_stale = false; ///< the document changed while hidden
    bool m_valid = false;
};

} // namespace scorecard
