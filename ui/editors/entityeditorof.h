// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/entitycommands.h"
#include "document/validation.h"
#include "editors/entityeditor.h"

#include <type_traits>

namespace scorecard {

/**
 * The part of an editor that is the same for every entity type T: finding
 * the edited entity in the document, checking the fields' entity against
 * the document, comparing it with the stored one and changing it with one
 * ChangeEntityCommand<T>. A concrete editor builds its form and turns its
 * fields into a T (candidate()).
 */
template <typename T> class EntityEditorOf : public EntityEditor
{
public:
    using EntityEditor::EntityEditor;

protected:
    /** The fields as an entity with the edited entity's id. */
    virtual T candidate() const = 0;

    /** The edited entity in the document; nullptr when it is not there. */
    const T *current() const
    {
        if (!m_doc)
            return nullptr;
        if constexpr (std::is_same_v<T, Link>) {
            // A link's id is Link::key(): cause and effect split by U+001F.
            const qsizetype split = m_id.indexOf(QChar(0x1f));
            if (split < 0)
                return nullptr;
            return m_doc->link(ObjectiveId(m_id.left(split)), ObjectiveId(m_id.mid(split + 1)));
        } else {
            T probe;
            probe.id.value = m_id;
            return findEntity(*m_doc, probe);
        }
    }

    bool exists() const override { return current() != nullptr; }

    Result<void> checkEntity() const override
    {
        return validation::check(*m_doc, candidate(), validation::Mode::Change);
    }

    bool differs() const override
    {
        const T *stored = current();
        return !stored || !(candidate() == *stored);
    }

    Result<std::unique_ptr<QUndoCommand>> makeCommand() override
    {
        return ChangeEntityCommand<T>::create(*m_doc, candidate());
    }
};

} // namespace scorecard
