// SPDX-License-Identifier: GPL-3.0-or-later
#include "infobanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace scorecard {

InfoBanner::InfoBanner(const QString &objectName, const QString &buttonText,
                       const QString &buttonToolTip, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    setStyleSheet(
        QStringLiteral("#%1 { background: #fff3cd; } QLabel { color: #5c4400; }").arg(objectName));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_button = new QPushButton(buttonText, this);
    m_button->setToolTip(buttonToolTip);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    hide();
}

} // namespace scorecard
