// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/maptheme.h"

#include <QCoreApplication>
#include <QFontDatabase>

#include <array>

namespace scorecard {

namespace {

// Lane and column colours when a perspective or pillar has none of its own.
constexpr std::array<QRgb, 8> kPalette{0x1f77b4, 0x2ca02c, 0xff7f0e, 0x9467bd,
                                       0x17becf, 0xe377c2, 0xbcbd22, 0x8c564b};

} // namespace

MapTheme MapTheme::light()
{
    MapTheme t;
    t.kind = Kind::Light;
    t.fontFamily = QStringLiteral("DejaVu Sans");
    t.background = Qt::white; // PNG exports on white, as board decks expect
    t.text = QColor(0x1d, 0x24, 0x2e);
    t.mutedText = QColor(0x5b, 0x64, 0x70);
    t.laneSeparator = QColor(0xd0, 0xd5, 0xdd);
    t.cardFill = Qt::white;
    t.cardBorder = QColor(0xb7, 0xbe, 0xc8);
    t.badgeFill = QColor(0xe9, 0xed, 0xf2);
    t.badgeText = QColor(0x33, 0x3c, 0x48);
    t.link = QColor(0x56, 0x62, 0x72);
    t.accent = QColor(0x11, 0x5f, 0xd6);
    t.green = QColor(0x2e, 0x7d, 0x32);
    t.amber = QColor(0xe0, 0x8e, 0x00);
    t.red = QColor(0xc6, 0x28, 0x28);
    t.noData = QColor(0x8a, 0x93, 0x9e);
    t.stale = QColor(0x6d, 0x5a, 0x9c);
    return t;
}

MapTheme MapTheme::print()
{
    MapTheme t = light();
    t.kind = Kind::Print;
    t.background = Qt::white;
    t.text = Qt::black;
    t.mutedText = QColor(0x33, 0x33, 0x33);
    t.laneSeparator = QColor(0x55, 0x55, 0x55);
    t.laneTint = 0;
    t.pillarTint = 0;
    t.cardBorder = QColor(0x22, 0x22, 0x22);
    t.cardBorderWidth = 1.4;
    t.badgeFill = Qt::white;
    t.badgeText = Qt::black;
    t.link = QColor(0x1a, 0x1a, 0x1a);
    t.linkWidth = 1.8;
    t.green = QColor(0x1b, 0x5e, 0x20);
    t.amber = QColor(0xc7, 0x6a, 0x00);
    t.red = QColor(0xb0, 0x00, 0x20);
    t.noData = QColor(0x6b, 0x6b, 0x6b);
    t.stale = QColor(0x4a, 0x3a, 0x7a);
    return t;
}

MapTheme MapTheme::dark()
{
    MapTheme t = light();
    t.kind = Kind::Dark;
    t.background = QColor(0x1e, 0x21, 0x26);
    t.text = QColor(0xe8, 0xeb, 0xef);
    t.mutedText = QColor(0xa4, 0xac, 0xb7);
    t.laneSeparator = QColor(0x45, 0x4c, 0x56);
    t.laneTint = 0.12;
    t.pillarTint = 0.09;
    t.cardFill = QColor(0x2b, 0x30, 0x37);
    t.cardBorder = QColor(0x5a, 0x63, 0x6f);
    t.badgeFill = QColor(0x3a, 0x41, 0x4b);
    t.badgeText = QColor(0xdd, 0xe2, 0xe8);
    t.link = QColor(0xa9, 0xb4, 0xc2);
    t.accent = QColor(0x5c, 0xa8, 0xff);
    t.green = QColor(0x4c, 0xb8, 0x50);
    t.amber = QColor(0xf2, 0xa9, 0x1c);
    t.red = QColor(0xef, 0x53, 0x50);
    t.noData = QColor(0x9a, 0xa3, 0xae);
    t.stale = QColor(0xa8, 0x93, 0xe0);
    return t;
}

MapTheme MapTheme::forKind(Kind kind)
{
    switch (kind) {
    case Kind::Print:
        return print();
    case Kind::Dark:
        return dark();
    case Kind::Light:
        break;
    }
    return light();
}

MapTheme::Kind MapTheme::screenKindFor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? Kind::Dark : Kind::Light;
}

QColor MapTheme::laneLabelColor(const QColor &laneColor) const
{
    switch (kind) {
    case Kind::Print:
        return text;
    case Kind::Dark:
        return laneColor.lighter(160);
    case Kind::Light:
        break;
    }
    return laneColor.darker(150);
}

std::optional<MapTheme::Kind> MapTheme::kindFromString(QStringView name)
{
    if (name == u"light")
        return Kind::Light;
    if (name == u"print")
        return Kind::Print;
    if (name == u"dark")
        return Kind::Dark;
    return std::nullopt;
}

bool MapTheme::loadBundledFont()
{
    // The bundled copy (resources/fonts) wins over a missing or different system one.
    static const bool loaded = [] {
        bool ok = true;
        for (const QString &file : {QStringLiteral(":/fonts/DejaVuSans.ttf"),
                                    QStringLiteral(":/fonts/DejaVuSans-Bold.ttf")})
            ok = QFontDatabase::addApplicationFont(file) >= 0 && ok;
        return ok;
    }();
    return loaded;
}

QFont MapTheme::font(double pixelSize, bool bold) const
{
    loadBundledFont();
    QFont f(fontFamily);
    f.setPixelSize(qRound(pixelSize));
    f.setBold(bold);
    // Unhinted metrics scale linearly: text measured at 100 % fits at every zoom and in exports.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

QColor MapTheme::statusColor(scoring::Status status) const
{
    switch (status) {
    case scoring::Status::Green:
        return green;
    case scoring::Status::Amber:
        return amber;
    case scoring::Status::Red:
        return red;
    case scoring::Status::NoData:
        return noData;
    case scoring::Status::Stale:
        return stale;
    }
    return noData;
}

QColor MapTheme::entityColor(const QString &color, int index) const
{
    const QColor own = QColor::fromString(color);
    if (own.isValid())
        return own;
    return QColor::fromRgb(kPalette[size_t(std::max(0, index)) % kPalette.size()]);
}

QString statusLabel(scoring::Status status)
{
    auto tr = [](const char *s) {
        return QCoreApplication::translate("scorecard::StrategyMap", s);
    };
    switch (status) {
    case scoring::Status::Green:
        return tr("On track");
    case scoring::Status::Amber:
        return tr("At risk");
    case scoring::Status::Red:
        return tr("Off track");
    case scoring::Status::NoData:
        return tr("No data");
    case scoring::Status::Stale:
        return tr("Stale data");
    }
    return {};
}

} // namespace scorecard
