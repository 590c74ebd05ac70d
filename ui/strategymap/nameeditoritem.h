// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"

#include <QGraphicsTextItem>

namespace scorecard {

/**
 * The in-place editor for an objective's name, over the name on its card:
 * Enter (or leaving the editor) commits, Esc cancels. It only reports; the
 * scene turns a commit into a command.
 */
class NameEditorItem : public QGraphicsTextItem
{
    Q_OBJECT

public:
    NameEditorItem(ObjectiveId id, const QString &name, const QFont &font, double width,
                   QGraphicsItem *card);

    const ObjectiveId &objective() const { return m_id; }
    QString name() const { return toPlainText().simplified(); }

Q_SIGNALS:
    /** Emitted once: @p accepted is false after Esc. */
    void finished(bool accepted);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void finish(bool accepted);

    ObjectiveId m_id;
    bool m_done = false;
};

} // namespace scorecard
