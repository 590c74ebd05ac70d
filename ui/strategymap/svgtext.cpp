// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/svgtext.h"

#include "strategymap/maptheme.h"

#include <QFont>
#include <QFontMetricsF>
#include <QRegularExpression>

namespace scorecard::svgtext {

namespace {

QString attribute(const QString &attributes, const QString &name)
{
    const QRegularExpression re(QStringLiteral("\\b%1=\"([^\"]*)\"").arg(name));
    const QRegularExpressionMatch m = re.match(attributes);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString unescaped(const QString &text)
{
    QString s = text;
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

} // namespace

QString fontFamilies()
{
    return QStringLiteral("'DejaVu Sans', 'Bitstream Vera Sans', Verdana, 'Liberation Sans', "
                          "Arial, sans-serif");
}

QByteArray makePortable(const QByteArray &svg)
{
    MapTheme::loadBundledFont();
    const QString in = QString::fromUtf8(svg);
    static const QRegularExpression textElement(QStringLiteral("<text\\b([^>]*)>([^<]*)</text>"));
    QString out;
    out.reserve(in.size() + in.size() / 4);
    qsizetype at = 0;
    auto it = textElement.globalMatch(in);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(in).mid(at, m.capturedStart() - at);
        at = m.capturedEnd();
        QString attributes = m.captured(1);
        const QString family = attribute(attributes, QStringLiteral("font-family"));
        const QString content = unescaped(m.captured(2));
        QString size = attribute(attributes, QStringLiteral("font-size"));
        const bool points = size.endsWith(QLatin1String("pt"));
        size.remove(QRegularExpression(QStringLiteral("[a-z]+$")));
        bool sizeOk = false;
        const double pixels = size.toDouble(&sizeOk) * (points ? 96.0 / 72.0 : 1.0);
        if (family != u"DejaVu Sans" || !sizeOk || pixels <= 0 || content.trimmed().isEmpty()) {
            out += m.captured(0);
            continue;
        }
        QFont font(family);
        font.setPixelSize(qRound(pixels));
        const int weight = attribute(attributes, QStringLiteral("font-weight")).toInt();
        font.setBold(weight >= 600 || attributes.contains(QLatin1String("font-weight=\"bold\"")));
        font.setItalic(attribute(attributes, QStringLiteral("font-style")) == u"italic");
        font.setHintingPreference(QFont::PreferNoHinting);
        font.setKerning(true);
        const double width = QFontMetricsF(font).horizontalAdvance(content);
        attributes.replace(QStringLiteral("font-family=\"DejaVu Sans\""),
                           QStringLiteral("font-family=\"%1\"").arg(fontFamilies()));
        attributes = attributes.trimmed();
        out +=
            QStringLiteral("<text %1 textLength=\"%2\" lengthAdjust=\"spacingAndGlyphs\">%3</text>")
                .arg(attributes, QString::number(width, 'f', 2), m.captured(2));
    }
    out += QStringView(in).mid(at);
    return out.toUtf8();
}

} // namespace scorecard::svgtext
