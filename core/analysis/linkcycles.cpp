// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/linkcycles.h"

#include <QHash>

#include <algorithm>

namespace scorecard {

QList<ObjectiveId> cycleThrough(const Scorecard &scorecard, const ObjectiveId &from,
                                const ObjectiveId &to)
{
    if (from.isNull() || to.isNull())
        return {};
    if (from == to)
        return {from, from};
    QHash<QString, QList<QString>> effects;
    for (const Link &l : scorecard.links)
        effects[l.from.value].append(l.to.value);

    // Breadth-first from "to" along existing links: the shortest chain back to "from".
    QHash<QString, QString> cameFrom;
    cameFrom.insert(to.value, QString());
    QList<QString> queue{to.value};
    for (qsizetype head = 0; head < queue.size(); ++head) {
        const QString current = queue.at(head);
        if (current == from.value) {
            QList<ObjectiveId> chain;
            for (QString at = current; !at.isNull(); at = cameFrom.value(at))
                chain.append(ObjectiveId(at));
            std::reverse(chain.begin(), chain.end()); // to ... from
            chain.prepend(from);
            return chain;
        }
        for (const QString &next : effects.value(current)) {
            if (!cameFrom.contains(next)) {
                cameFrom.insert(next, current);
                queue.append(next);
            }
        }
    }
    return {};
}

bool wouldCloseCycle(const Scorecard &scorecard, const ObjectiveId &from, const ObjectiveId &to)
{
    return !cycleThrough(scorecard, from, to).isEmpty();
}

} // namespace scorecard
