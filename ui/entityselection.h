// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QObject>

namespace scorecard {

/**
 * The one current item shared by the map, the scorecard tree and the
 * details: an entity kind and id (none: EntityKind::Scorecard, empty id).
 */
class EntitySelection : public QObject
{
    Q_OBJECT

public:
    explicit EntitySelection(QObject *parent = nullptr) : QObject(parent) {}

    EntityKind kind() const { return m_kind; }
    QString id() const { return m_id; }
    bool isEmpty() const { return m_id.isEmpty(); }

    /** Makes @p id current; emits currentChanged only if it is a change. */
    void setCurrent(EntityKind kind, const QString &id)
    {
        if (kind == m_kind && id == m_id)
            return;
        m_kind = kind;
        m_id = id;
        Q_EMIT currentChanged(kind, id);
    }
    void clear() { setCurrent(EntityKind::Scorecard, {}); }

Q_SIGNALS:
    void currentChanged(scorecard::EntityKind kind, const QString &id);

private:
    EntityKind m_kind = EntityKind::Scorecard;
    QString m_id;
};

} // namespace scorecard
