// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/nameeditoritem.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace scorecard {

NameEditorItem::NameEditorItem(ObjectiveId id, const QString &name, const QFont &font, double width,
                               QGraphicsItem *card)
    : QGraphicsTextItem(card), m_id(std::move(id))
{
    setFont(font);
    setPlainText(name);
    setTextWidth(width);
    document()->setDocumentMargin(2);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setZValue(100);
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    setTextCursor(cursor);
}

void NameEditorItem::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish(true);
        return;
    case Qt::Key_Escape:
        finish(false);
        return;
    default:
        QGraphicsTextItem::keyPressEvent(event);
    }
}

void NameEditorItem::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    finish(true);
}

void NameEditorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                           QWidget *widget)
{
    painter->setPen(QPen(QColor(0x11, 0x5f, 0xd6), 1.5));
    painter->setBrush(Qt::white);
    painter->drawRect(boundingRect().adjusted(-1, -1, 1, 1));
    QGraphicsTextItem::paint(painter, option, widget);
}

void NameEditorItem::finish(bool accepted)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(accepted);
}

} // namespace scorecard
