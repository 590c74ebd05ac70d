// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editors/entityeditorof.h"
#include "model/perspective.h"

class QLineEdit;

namespace scorecard {

/** Edits a perspective's name and colour. */
class PerspectiveEditor : public EntityEditorOf<Perspective>
{
    Q_OBJECT

public:
    explicit PerspectiveEditor(QWidget *parent = nullptr);
    EntityKind kind() const override { return EntityKind::Perspective; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *colorEdit() const { return m_color; }

protected:
    void load() override;
    bool checkFields() override;

private:
    Perspective candidate() const override;
    QLineEdit *m_name;
    QLineEdit *m_color;
};

} // namespace scorecard
