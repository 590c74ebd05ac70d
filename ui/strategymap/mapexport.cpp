// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/mapexport.h"

#include "strategymap/svgtext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImageWriter>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace scorecard::mapexport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::StrategyMap", text);
}

Result<void> commit(QSaveFile &file)
{
    if (!file.commit())
        return fail(tr("cannot write the file: %1").arg(file.errorString()));
    return {};
}

Result<void> writePng(QGraphicsScene &scene, QSaveFile &file, const Options &options)
{
    const QSize size = imageSize(scene, options);
    if (size.isEmpty())
        return fail(tr("the map is empty"));
    if (qint64(size.width()) * size.height() > 400LL * 1000 * 1000)
        return fail(tr("the image would be too large (%1 x %2 pixels)")
                        .arg(size.width())
                        .arg(size.height()));
    const QImage image = renderImage(scene, size, options.transparent);
    if (image.isNull())
        return fail(
            tr("not enough memory for a %1 x %2 image").arg(size.width()).arg(size.height()));
    QImageWriter writer(&file, "png");
    if (!writer.write(image))
        return fail(tr("cannot write the PNG image: %1").arg(writer.errorString()));
    return commit(file);
}

/**
 * The root element's width and height in pixels, as asked for: QSvgGenerator
 * writes millimetres at its resolution, which a viewer rounds to a pixel more.
 */
QByteArray withPixelSize(const QByteArray &svg, QSizeF size)
{
    const qsizetype start = svg.indexOf("<svg");
    const qsizetype end = start < 0 ? -1 : svg.indexOf('>', start);
    if (end < 0)
        return svg;
    QString tag = QString::fromUtf8(svg.mid(start, end - start));
    static const QRegularExpression width(QStringLiteral("(?<=\\s)width=\"[^\"]*\""));
    static const QRegularExpression height(QStringLiteral("(?<=\\s)height=\"[^\"]*\""));
    tag.replace(width, QStringLiteral("width=\"%1\"").arg(size.width()));
    tag.replace(height, QStringLiteral("height=\"%1\"").arg(size.height()));
    return svg.left(start) + tag.toUtf8() + svg.mid(end);
}

Result<void> writeSvg(QGraphicsScene &scene, QSaveFile &file, const Options &options)
{
    const QRectF source = scene.sceneRect();
    QSizeF size = source.size();
    if (options.width > 0)
        size = QSizeF(options.width, options.width * source.height() / source.width());
    QBuffer generated; // rewritten for machines without DejaVu Sans (svgtext.h)
    generated.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&generated);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setResolution(96);
    svg.setTitle(options.title);
    svg.setDescription(tr("Strategy map exported by Scorecard Studio"));
    {
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(tr("cannot start the SVG document"));
        paintScene(scene, painter, QRectF(QPointF(0, 0), size), options.transparent);
        painter.end();
    }
    const QByteArray portable = withPixelSize(svgtext::makePortable(generated.data()), size);
    if (file.write(portable) != portable.size())
        return fail(tr("cannot write the file: %1").arg(file.errorString()));
    return commit(file);
}

Result<void> writePdf(QGraphicsScene &scene, QSaveFile &file, const Options &options)
{
    QPageSize pageSize(QPageSize::A4);
    switch (options.page) {
    case PageSize::A4:
        break;
    case PageSize::Letter:
        pageSize = QPageSize(QPageSize::Letter);
        break;
    case PageSize::Slide16x9:
        // The widescreen presentation slide: 13.333 x 7.5 inches.
        pageSize = QPageSize(QSizeF(7.5, 13.333), QPageSize::Inch, tr("16:9 slide"),
                             QPageSize::ExactMatch);
        break;
    }
    QPdfWriter pdf(&file);
    pdf.setCreator(QStringLiteral("Scorecard Studio"));
    pdf.setTitle(options.title);
    pdf.setResolution(600);
    if (!pdf.setPageLayout(QPageLayout(pageSize, QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                       QPageLayout::Millimeter)))
        return fail(tr("cannot set up the PDF page"));
    {
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(tr("cannot start the PDF document"));
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        paintScene(scene, painter, QRectF(0, 0, page.width(), page.height()), options.transparent);
        painter.end();
    }
    return commit(file);
}

} // namespace

std::optional<Format> formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    if (suffix == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

std::optional<PageSize> pageSizeFromString(QStringView name)
{
    if (name == u"a4")
        return PageSize::A4;
    if (name == u"letter")
        return PageSize::Letter;
    if (name == u"slide")
        return PageSize::Slide16x9;
    return std::nullopt;
}

QSize imageSize(const QGraphicsScene &scene, const Options &options)
{
    const QRectF source = scene.sceneRect();
    if (source.isEmpty())
        return {};
    if (options.width > 0)
        return QSize(options.width, std::max(1, int(std::lround(options.width * source.height() /
                                                                source.width()))));
    const double scale = options.scale > 0 ? options.scale : 1.0;
    return QSize(std::max(1, int(std::lround(source.width() * scale))),
                 std::max(1, int(std::lround(source.height() * scale))));
}

void paintScene(QGraphicsScene &scene, QPainter &painter, const QRectF &target, bool transparent)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    // Fitted into the target and centred in it.
    const QRectF source = scene.sceneRect();
    const double scale =
        std::min(target.width() / source.width(), target.height() / source.height());
    QRectF fitted(0, 0, source.width() * scale, source.height() * scale);
    fitted.moveCenter(target.center());
    const QBrush background = scene.backgroundBrush();
    if (transparent)
        scene.setBackgroundBrush(Qt::NoBrush);
    scene.render(&painter, fitted, source, Qt::IgnoreAspectRatio);
    if (transparent)
        scene.setBackgroundBrush(background);
}

QImage renderImage(QGraphicsScene &scene, const QSize &size, bool transparent)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(transparent ? QColor(Qt::transparent) : scene.backgroundBrush().color());
    QPainter painter(&image);
    paintScene(scene, painter, QRectF(QPointF(0, 0), QSizeF(size)), transparent);
    painter.end();
    return image;
}

Result<void> exportScene(QGraphicsScene &scene, const QString &path, Format format,
                         const Options &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write the file: %1").arg(file.errorString()));
    switch (format) {
    case Format::Png:
        return writePng(scene, file, options);
    case Format::Svg:
        return writeSvg(scene, file, options);
    case Format::Pdf:
        return writePdf(scene, file, options);
    }
    return fail(tr("unknown format"));
}

} // namespace scorecard::mapexport
