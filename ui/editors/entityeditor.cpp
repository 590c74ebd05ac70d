// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/entityeditor.h"

#include "apptheme.h"
#include "editors/editorfields.h"

#include "document/scorecarddocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace scorecard {

EntityEditor::EntityEditor(const QString &title, QWidget *parent) : QGroupBox(title, parent)
{
    auto *outer = new QVBoxLayout(this);
    m_form = new QFormLayout;
    // The dock is narrow: long labels go above their field rather than squeeze it.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(m_form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("editorMessage"));
    markAsError(m_message);
    m_message->setWordWrap(true);
    m_message->hide();
    outer->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setDefault(true);
    m_apply->setEnabled(false);
    m_revert->setEnabled(false);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    outer->addLayout(buttons);
    m_below = new QVBoxLayout;
    outer->addLayout(m_below);
    connect(m_apply, &QPushButton::clicked, this, &EntityEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &EntityEditor::revert);
}

EntityEditor::~EntityEditor() = default;

ScorecardDocument *EntityEditor::document() const
{
    return m_doc;
}

bool EntityEditor::hasEntity() const
{
    return m_doc && exists();
}

void EntityEditor::setDocument(ScorecardDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (doc)
        connect(doc, &ScorecardDocument::changed, this, &EntityEditor::documentChanged);
    documentSet();
    m_edited = false;
    reload();
}

void EntityEditor::setEntityId(const QString &id)
{
    if (id == m_id && !m_stale)
        return; // the same item again: keep what the user is typing
    m_id = id;
    m_stale = false;
    m_edited = false;
    reload();
}

void EntityEditor::reload()
{
    m_stale = false;
    const bool have = m_doc && exists();
    setEnabled(have && !m_doc->isReadOnly());
    if (have) {
        ++m_loading;
        load();
        --m_loading;
    }
    m_message->hide();
    validate();
}

void EntityEditor::documentChanged()
{
    // A hidden editor (another kind is selected) catches up when it is shown again.
    if (isHidden()) {
        m_stale = true;
        return;
    }
    // Keep what the user is typing; otherwise show the document as it is now.
    if (m_edited && m_doc && exists())
        validate();
    else {
        m_edited = false;
        reload();
    }
}

void EntityEditor::revert()
{
    m_edited = false;
    reload();
}

QWidget *EntityEditor::fieldBox(QWidget *field, QWidget *shown)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(shown ? shown : field);
    auto *error = new QLabel(box);
    markAsError(error);
    error->setWordWrap(true);
    QFont small = error->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    error->setFont(small);
    error->hide();
    layout->addWidget(error);
    // The row is as tall as the field (and its reason), never stretched.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_errors.insert(field, error);
    watch(field);
    return box;
}

void EntityEditor::addRow(const QString &label, QWidget *field, QWidget *shown)
{
    QWidget *box = fieldBox(field, shown);
    if (label.isEmpty()) {
        m_form->addRow(QString(), box);
        return;
    }
    auto *buddy = new QLabel(label, this);
    buddy->setBuddy(field);
    editorfields::nameAfterLabel(field, label);
    m_form->addRow(buddy, box);
}

void EntityEditor::addWideField(const QString &label, QWidget *field, QWidget *shown)
{
    auto *title = new QLabel(label, this);
    title->setBuddy(field);
    editorfields::nameAfterLabel(field, label);
    m_form->addRow(title);
    m_form->addRow(fieldBox(field, shown));
}

void EntityEditor::addWideRow(QWidget *widget)
{
    m_form->addRow(widget);
}

void EntityEditor::setFieldError(QWidget *field, const QString &message)
{
    QLabel *error = m_errors.value(field);
    if (!error)
        return;
    error->setText(message);
    error->setVisible(!message.isEmpty());
    field->setToolTip(message);
}

void EntityEditor::edited()
{
    if (m_loading)
        return;
    m_edited = true;
    validate();
}

void EntityEditor::watch(QWidget *field)
{
    if (auto *e = qobject_cast<QLineEdit *>(field))
        connect(e, &QLineEdit::textChanged, this, &EntityEditor::edited);
    else if (auto *p = qobject_cast<QPlainTextEdit *>(field))
        connect(p, &QPlainTextEdit::textChanged, this, &EntityEditor::edited);
    else if (auto *c = qobject_cast<QComboBox *>(field))
        connect(c, &QComboBox::currentIndexChanged, this, &EntityEditor::edited);
    else if (auto *b = qobject_cast<QCheckBox *>(field))
        connect(b, &QCheckBox::toggled, this, &EntityEditor::edited);
    else if (auto *t = qobject_cast<QTableWidget *>(field))
        connect(t, &QTableWidget::itemChanged, this, &EntityEditor::edited);
    if (auto *e = qobject_cast<QLineEdit *>(field))
        connect(e, &QLineEdit::returnPressed, this, &EntityEditor::apply);
}

void EntityEditor::validate()
{
    if (m_loading)
        return;
    const bool have = m_doc && exists();
    bool valid = false;
    QString problem;
    if (have) {
        valid = checkFields();
        if (valid) {
            if (auto r = checkEntity(); !r) {
                valid = false;
                problem = r.error();
            }
        }
    } else {
        for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
            setFieldError(it.key(), {});
    }
    m_valid = valid;
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    const bool canEdit = have && !m_doc->isReadOnly();
    const bool changed = have && differs();
    m_apply->setEnabled(canEdit && valid && changed);
    m_revert->setEnabled(canEdit && (changed || m_edited));
}

bool EntityEditor::commitEdits()
{
    if (!m_edited || !m_doc || !exists())
        return true;
    validate();
    if (m_apply->isEnabled())
        return apply();
    return m_valid; // valid but no different from the document: nothing to do
}

bool EntityEditor::apply()
{
    validate();
    if (!m_apply->isEnabled())
        return false;
    auto cmd = makeCommand();
    Result<void> r = cmd ? m_doc->push(std::move(cmd).value()) : Result<void>(fail(cmd.error()));
    if (!r) {
        m_message->setText(r.error());
        m_message->show();
        Q_EMIT errorOccurred(r.error());
        return false;
    }
    m_edited = false;
    reload();
    return true;
}

} // namespace scorecard
