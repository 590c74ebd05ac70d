// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace scorecard {

/** The cache key of an entity. */
inline QString cacheKey(const Link &l)
{
    return l.key();
}
template <typename T> QString cacheKey(const T &e)
{
    return e.id.value;
}

/** The order an entity sorts in: position for perspectives, creation order otherwise. */
inline auto sortKey(const Perspective &p)
{
    return std::pair<qint64, QString>(p.position, p.id.value);
}
template <typename T> auto sortKey(const T &e)
{
    return std::pair<qint64, QString>(e.seq, QString());
}

/**
 * An id index over one ordered vector of the cached scorecard. The vector
 * stays sorted (by sortKey); the index is rebuilt lazily after an insert or
 * removal, so lookups stay O(1) and bulk edits stay linear.
 */
template <typename T> class EntityTable
{
public:
    explicit EntityTable(std::vector<T> &items) : m_items(items) {}

    const T *find(const QString &key) const
    {
        const qsizetype i = indexOf(key);
        return i < 0 ? nullptr : &m_items[size_t(i)];
    }
    T *find(const QString &key)
    {
        const qsizetype i = indexOf(key);
        return i < 0 ? nullptr : &m_items[size_t(i)];
    }
    qsizetype indexOf(const QString &key) const
    {
        if (m_dirty) {
            m_index.clear();
            m_index.reserve(qsizetype(m_items.size()));
            for (size_t i = 0; i < m_items.size(); ++i)
                m_index.insert(cacheKey(m_items[i]), qsizetype(i));
            m_dirty = false;
        }
        return m_index.value(key, -1);
    }
    void insert(T value)
    {
        const auto pos =
            std::upper_bound(m_items.begin(), m_items.end(), value,
                             [](const T &a, const T &b) { return sortKey(a) < sortKey(b); });
        m_items.insert(pos, std::move(value));
        m_dirty = true;
    }
    void replace(T value)
    {
        T *slot = find(cacheKey(value));
        if (!slot)
            return;
        const bool moved = sortKey(*slot) != sortKey(value);
        *slot = std::move(value);
        if (moved) {
            std::stable_sort(m_items.begin(), m_items.end(),
                             [](const T &a, const T &b) { return sortKey(a) < sortKey(b); });
            m_dirty = true;
        }
    }
    void erase(const QString &key)
    {
        const qsizetype i = indexOf(key);
        if (i < 0)
            return;
        m_items.erase(m_items.begin() + i);
        m_dirty = true;
    }
    void invalidate() { m_dirty = true; }
    qint64 nextSeq() const
    {
        qint64 seq = 0;
        for (const T &e : m_items)
            seq = std::max<qint64>(seq, sortKey(e).first);
        return seq + 1;
    }

private:
    std::vector<T> &m_items;
    mutable QHash<QString, qsizetype> m_index;
    mutable bool m_dirty = true;
};

} // namespace scorecard
