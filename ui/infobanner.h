// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace scorecard {

/**
 * A yellow line across the top of the window: a wrapped message and one
 * button (the read-only banner's Reload, the data sources' Allow Refresh).
 * Hidden until the owner shows it.
 */
class InfoBanner : public QWidget
{
public:
    InfoBanner(const QString &objectName, const QString &buttonText, const QString &buttonToolTip,
               QWidget *parent);

    QLabel *text() const { return m_text; }
    QPushButton *button() const { return m_button; }

private:
    QLabel *m_text;
    QPushButton *m_button;
};

} // namespace scorecard
