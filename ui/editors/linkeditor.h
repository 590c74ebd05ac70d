// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editors/entityeditorof.h"
#include "model/link.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace scorecard {

/** Edits a cause-and-effect link's note; shows its cause and effect. The id is Link::key(). */
class LinkEditor : public EntityEditorOf<Link>
{
    Q_OBJECT

public:
    explicit LinkEditor(QWidget *parent = nullptr);
    EntityKind kind() const override { return EntityKind::Link; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLabel *causeLabel() const { return m_cause; }
    QLabel *effectLabel() const { return m_effect; }

protected:
    void load() override;
    bool checkFields() override;

private:
    Link candidate() const override;
    QLabel *m_cause;
    QLabel *m_effect;
    QPlainTextEdit *m_note;
};

} // namespace scorecard
