// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editors/entityeditor.h"
#include "model/perspective.h"

class QLineEdit;

namespace scorecard {

/** Edits a perspective's name and colour. */
class PerspectiveEditor : public EntityEditor
{
    Q_OBJECT

public:
    explicit PerspectiveEditor(QWidget *parent = nullptr);
    EntityKind kind() const override { return EntityKind::Perspective; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *colorEdit() const { return m_color; }

protected:
    bool exists() const override;
    void load() override;
    bool checkFields() override;
    Result<void> checkEntity() const override;
    bool differs() const override;
    Result<std::unique_ptr<QUndoCommand>> makeCommand() override;

private:
    Perspective candidate() const;
    QLineEdit *m_name;
    QLineEdit *m_color;
};

} // namespace scorecard
