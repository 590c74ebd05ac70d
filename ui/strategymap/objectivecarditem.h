// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ids.h"
#include "scoring/score.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QStringList>

#include <optional>

namespace scorecard {

struct MapTheme;
class ConnectHandleItem;

/** What an objective card shows; derived from the document and the scores. */
struct CardContent
{
    QString name;
    scoring::Status status = scoring::Status::NoData;
    std::optional<double> score;
    int kpis = 0;
    int okrs = 0;
    int initiatives = 0;
    QString toolTip;
    friend bool operator==(const CardContent &, const CardContent &) = default;
};

/**
 * An objective on the strategy map: a rounded card with the wrapped name
 * (the card grows to fit it: never clipped), a status stripe and sign, the
 * score and badges with the KPI, OKR and initiative counts. It holds no
 * data of its own: the scene sets its content and position from the
 * document, and a drag only moves it until the scene pushes a command.
 */
class ObjectiveCardItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    enum class Emphasis { Normal, Related, Dimmed };

    ObjectiveCardItem(ObjectiveId id, const MapTheme *theme);

    const ObjectiveId &id() const { return m_id; }
    int type() const override { return Type; }

    /** Sets what the card shows and recomputes its size (after a theme change, too). */
    void setContent(const CardContent &content);
    const CardContent &content() const { return m_content; }
    void relayout();

    double width() const;
    double height() const { return m_height; }
    QRectF rect() const { return QRectF(0, 0, width(), m_height); }
    /** The name's area, in item coordinates (where the rename editor goes). */
    QRectF nameRect() const { return m_nameRect; }
    /** The name as drawn, one entry per line. */
    const QStringList &nameLines() const { return m_nameLines; }

    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }
    /** Editable cards can be dragged and show a handle to draw links from. */
    void setEditable(bool editable);
    ConnectHandleItem *connectHandle() const { return m_handle; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    struct Badge
    {
        QRectF rect;
        QString text;
    };
    void updateHandle();

    ObjectiveId m_id;
    const MapTheme *m_theme;
    CardContent m_content;
    Emphasis m_emphasis = Emphasis::Normal;
    bool m_editable = false;
    bool m_hovered = false;
    ConnectHandleItem *m_handle = nullptr;

    // Layout, computed by relayout().
    double m_height = 0;
    QStringList m_nameLines;
    QRectF m_nameRect;
    double m_nameLineSpacing = 0;
    QRectF m_iconRect;
    QPointF m_scorePos;
    QString m_scoreText;
    std::vector<Badge> m_badges;
    QPainterPath m_cardPath;
    QPainterPath m_stripePath;
};

} // namespace scorecard
