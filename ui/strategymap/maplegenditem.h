// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>

#include <QString>

#include <optional>
#include <vector>

namespace scorecard {

struct MapTheme;

/**
 * The legend under the map: every status with its sign, what the badges
 * count, and how to read an arrow. Wraps into rows to fit a given width.
 */
class MapLegendItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    explicit MapLegendItem(const MapTheme *theme);
    int type() const override { return Type; }

    /**
     * Adds "Alignment score: 87 %" (@p connected of @p total KPIs, OKRs and
     * initiatives connected) to the legend; a null @p value removes it.
     * Call layoutFor() after.
     */
    void setAlignmentScore(std::optional<double> value, int connected = 0, int total = 0);
    /** The alignment entry's text; empty without one. */
    QString alignmentText() const;
    /** Adds (or removes) the four evidence line styles of links. Call layoutFor() after. */
    void setEvidenceShown(bool shown);
    bool isEvidenceShown() const { return m_evidenceShown; }
    /** The texts of every entry, in order (for tests and accessibility). */
    QStringList texts() const;

    /** Lays the entries out in rows no wider than @p width; returns the height. */
    double layoutFor(double width);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    enum class Sign { Status, Badge, Arrow, EvidenceArrow, Text };
    struct Entry
    {
        Sign sign;
        int status = 0;
        QString badge;
        QString text;
        QRectF rect; ///< the whole entry, laid out
    };
    void rebuild();

    const MapTheme *m_theme;
    std::vector<Entry> m_entries;
    QString m_alignment;
    bool m_evidenceShown = false;
    QRectF m_bounds;
};

} // namespace scorecard
