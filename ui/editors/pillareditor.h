// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editors/entityeditorof.h"
#include "model/pillar.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace scorecard {

/** Edits a strategic pillar: name, description and colour. */
class PillarEditor : public EntityEditorOf<Pillar>
{
    Q_OBJECT

public:
    explicit PillarEditor(QWidget *parent = nullptr);
    EntityKind kind() const override { return EntityKind::Pillar; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *colorEdit() const { return m_color; }

protected:
    void load() override;
    bool checkFields() override;

private:
    Pillar candidate() const override;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_color;
};

} // namespace scorecard
