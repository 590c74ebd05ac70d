// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace scorecard {

namespace {

const char *const kErrorProperty = "scorecardErrorText";

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2e, 0x33), base(0x1f, 0x22, 0x26), text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x7d, 0x84, 0x8d);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x2a, 0x2f));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3e, 0x45));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x93, 0x99, 0xa2));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x39, 0x40));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4f, 0x57));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x42, 0x49));
    p.setColor(QPalette::Mid, QColor(0x25, 0x28, 0x2c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1d));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x4a, 0x52));
    return p;
}

QPalette &systemPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}

void applyErrorColor(QWidget *widget)
{
    widget->setStyleSheet(QStringLiteral("color: %1;").arg(errorTextColor().name()));
}

} // namespace

std::optional<AppTheme> appThemeFromString(QStringView name)
{
    if (name == u"system")
        return AppTheme::System;
    if (name == u"light")
        return AppTheme::Light;
    if (name == u"dark")
        return AppTheme::Dark;
    return std::nullopt;
}

QString toString(AppTheme theme)
{
    switch (theme) {
    case AppTheme::Light:
        return QStringLiteral("light");
    case AppTheme::Dark:
        return QStringLiteral("dark");
    case AppTheme::System:
        break;
    }
    return QStringLiteral("system");
}

void applyAppTheme(AppTheme theme)
{
    systemPalette(); // remembered before the first change
    switch (theme) {
    case AppTheme::System:
        QApplication::setPalette(systemPalette());
        break;
    case AppTheme::Light: {
        // Fusion's own light palette: the same on every desktop.
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(fusion ? fusion->standardPalette() : systemPalette());
        break;
    }
    case AppTheme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    for (QWidget *widget : QApplication::allWidgets()) {
        if (widget->property(kErrorProperty).toBool())
            applyErrorColor(widget);
    }
}

bool isDarkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor errorTextColor()
{
    return isDarkPalette() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor errorBackgroundColor()
{
    return isDarkPalette() ? QColor(0x6a, 0x22, 0x2a) : QColor(0xff, 0xd6, 0xdb);
}

QColor cautionTextColor()
{
    return isDarkPalette() ? QColor(0xf2, 0xc0, 0x5c) : QColor(0x8a, 0x5a, 0x00);
}

void markAsError(QWidget *label)
{
    label->setProperty(kErrorProperty, true);
    applyErrorColor(label);
}

} // namespace scorecard
