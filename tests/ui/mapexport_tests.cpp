// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting the strategy map: valid PNG, SVG and PDF files, written atomically,
// from the API and from scorecard-cli export-map.
#include "mapfixture.h"

#include "mainwindow.h"
#include "strategymap/mapexport.h"
#include "strategymap/mapexportdialog.h"
#include "strategymap/objectivecarditem.h"
#include "strategymap/strategymappanel.h"
#include "strategymap/strategymapscene.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QXmlStreamReader>

using namespace scorecard;
using namespace scorecard::maptest;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/** The text of every <text> element, in document order; fails on XML errors. */
QStringList svgTexts(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return texts;
}

StrategyMapScene::Options exportOptions()
{
    StrategyMapScene::Options o;
    o.asOf = QDate(2026, 11, 30);
    o.editable = false;
    return o;
}

struct Run
{
    int exitCode = -1;
    QString err;
};

/** Runs the CLI without a display; @p platform is put in QT_QPA_PLATFORM if given. */
Run cli(const QStringList &args, const QString &platform = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s); // the CLI must choose the offscreen platform itself
    if (!platform.isEmpty())
        env.insert(u"QT_QPA_PLATFORM"_s, platform);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SCORECARD_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("PNG export has the requested size", "[map][export]")
{
    MapFile f(sampleScorecard());
    StrategyMapScene scene(f.doc.get(), exportOptions());
    const QString path = f.dir.filePath(u"map.png"_s);
    const QSizeF natural = scene.sceneRect().size();

    mapexport::Options o;
    o.width = 1200;
    REQUIRE(mapexport::exportScene(scene, path, mapexport::Format::Png, o).ok());
    QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 1200);
    CHECK(image.height() == qRound(1200 * natural.height() / natural.width()));
    CHECK(image.pixelColor(2, 2) == scene.backgroundBrush().color());

    o = {};
    o.scale = 2;
    o.transparent = true;
    REQUIRE(mapexport::exportScene(scene, path, mapexport::Format::Png, o).ok());
    image = QImage(path);
    CHECK(image.size() == QSize(qRound(natural.width() * 2), qRound(natural.height() * 2)));
    CHECK(image.pixelColor(2, 2).alpha() == 0);
    CHECK(QDir(f.dir.path()).entryList(QDir::Files).size() == 2); // no temporary files left
}

TEST_CASE("SVG export is XML with a text element for every objective name", "[map][export]")
{
    MapFile f(sampleScorecard());
    StrategyMapScene scene(f.doc.get(), exportOptions());
    const QString path = f.dir.filePath(u"map.svg"_s);
    mapexport::Options o;
    o.title = u"Board map"_s;
    REQUIRE(mapexport::exportScene(scene, path, mapexport::Format::Svg, o).ok());
    const QByteArray svg = readAll(path);
    CHECK(svg.contains("<title>Board map</title>"));
    CHECK_FALSE(svg.contains("<image")); // vectors, not a bitmap
    const QStringList texts = svgTexts(svg);
    // Each name is drawn as its wrapped lines, one text element per line, in order.
    const QString all = texts.join(u'\n');
    for (const Objective &o : f.doc->scorecard().objectives) {
        INFO(o.name.toStdString());
        const QStringList lines = scene.cardItem(o.id)->nameLines();
        CHECK(squeezed(lines.join(QString())) == squeezed(o.name));
        CHECK(all.contains(lines.join(u'\n')));
    }
    for (const Perspective &p : f.doc->scorecard().perspectives)
        CHECK(all.contains(p.name.split(u' ').front()));
}

TEST_CASE("PDF export is one page", "[map][export]")
{
    MapFile f(sampleScorecard());
    StrategyMapScene::Options options = exportOptions();
    options.theme = MapTheme::Kind::Print;
    StrategyMapScene scene(f.doc.get(), options);
    for (auto page :
         {mapexport::PageSize::A4, mapexport::PageSize::Letter, mapexport::PageSize::Slide16x9}) {
        const QString path = f.dir.filePath(u"map.pdf"_s);
        mapexport::Options o;
        o.page = page;
        REQUIRE(mapexport::exportScene(scene, path, mapexport::Format::Pdf, o).ok());
        const QByteArray pdf = readAll(path);
        CHECK(pdf.startsWith("%PDF-"));
        CHECK(pdfPages(pdf) == 1);
        const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
        if (!pdfinfo.isEmpty()) {
            QProcess p;
            p.start(pdfinfo, {path});
            REQUIRE(p.waitForFinished(30000));
            const QString info = QString::fromUtf8(p.readAllStandardOutput());
            CHECK(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)));
            // Landscape: wider than high.
            const auto m = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+)"_s).match(info);
            REQUIRE(m.hasMatch());
            CHECK(m.captured(1).toDouble() > m.captured(2).toDouble());
        }
    }
}

TEST_CASE("A failed export leaves the target as it was", "[map][export]")
{
    MapFile f(mapScorecard());
    StrategyMapScene scene(f.doc.get(), exportOptions());
    const QString missing = f.dir.filePath(u"no/such/folder/map.png"_s);
    auto r = mapexport::exportScene(scene, missing, mapexport::Format::Png);
    CHECK_FALSE(r.ok());
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(mapexport::formatForPath(u"a.PNG"_s) == mapexport::Format::Png);
    CHECK(mapexport::formatForPath(u"a.svg"_s) == mapexport::Format::Svg);
    CHECK(mapexport::formatForPath(u"a.pdf"_s) == mapexport::Format::Pdf);
    CHECK_FALSE(mapexport::formatForPath(u"a.jpg"_s));
}

TEST_CASE("cli: export-map writes PNG, SVG and PDF without a display", "[map][export][cli]")
{
    MapFile f(sampleScorecard(), false);
    const QByteArray before = fileHash(f.path);
    const QString png = f.dir.filePath(u"out.png"_s);
    Run r =
        cli({u"export-map"_s, f.path, png, u"--as-of"_s, u"2026-11-30"_s, u"--width"_s, u"900"_s});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(QImage(png).width() == 900);

    const QString svg = f.dir.filePath(u"out.svg"_s);
    r = cli({u"export-map"_s, f.path, svg, u"--title"_s, u"Strategy 2027"_s, u"--theme"_s,
             u"print"_s, u"--pillar"_s, u"customer-intimacy"_s});
    CHECK(r.exitCode == 0);
    const QStringList texts = svgTexts(readAll(svg));
    CHECK(texts.contains(u"Strategy 2027"_s));
    CHECK(texts.contains(u"Customer Intimacy"_s));
    CHECK_FALSE(texts.contains(u"Operational Excellence"_s));

    // The same file gives the same picture, run after run (no hash order leaks into it).
    const QString again = f.dir.filePath(u"again.svg"_s);
    r = cli({u"export-map"_s, f.path, again, u"--title"_s, u"Strategy 2027"_s, u"--theme"_s,
             u"print"_s, u"--pillar"_s, u"customer-intimacy"_s});
    CHECK(r.exitCode == 0);
    CHECK(readAll(again) == readAll(svg));
    const QString full1 = f.dir.filePath(u"full1.svg"_s);
    const QString full2 = f.dir.filePath(u"full2.svg"_s);
    CHECK(cli({u"export-map"_s, f.path, full1, u"--as-of"_s, u"2026-11-30"_s}).exitCode == 0);
    CHECK(cli({u"export-map"_s, f.path, full2, u"--as-of"_s, u"2026-11-30"_s}).exitCode == 0);
    CHECK(readAll(full1) == readAll(full2));

    const QString pdf = f.dir.filePath(u"out.pdf"_s);
    r = cli({u"export-map"_s, f.path, pdf, u"--page"_s, u"slide"_s});
    CHECK(r.exitCode == 0);
    CHECK(pdfPages(readAll(pdf)) == 1);
    CHECK(fileHash(f.path) == before); // the scorecard is never modified
}

TEST_CASE("cli: export-map by department, transparent, at an exact SVG width, whatever the "
          "platform variable says",
          "[map][export][cli]")
{
    MapFile f(sampleScorecard(), false);
    // Operations and its sub-department Service; HR's objectives are left out.
    const QString svg = f.dir.filePath(u"ops.svg"_s);
    Run r = cli(
        {u"export-map"_s, f.path, svg, u"--department"_s, u"operations"_s, u"--width"_s, u"800"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QByteArray bytes = readAll(svg);
    const QString all = squeezed(svgTexts(bytes).join(QString()));
    CHECK(all.contains(squeezed(u"Deliver reliably on time"_s)));
    CHECK(all.contains(squeezed(u"Grow recurring service revenue"_s)));
    CHECK_FALSE(all.contains(squeezed(u"Develop critical skills"_s)));
    // The width in pixels, as asked (not millimetres that round to 801).
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd() && !(xml.isStartElement() && xml.name() == u"svg"))
        xml.readNext();
    REQUIRE(xml.isStartElement());
    CHECK(xml.attributes().value(u"width"_s) == u"800"_s);
    CHECK(xml.attributes().value(u"viewBox"_s).startsWith(u"0 0 800 "_s));

    {
        const QString png = f.dir.filePath(u"clear.png"_s);
        r = cli({u"export-map"_s, f.path, png, u"--transparent"_s});
        REQUIRE(r.exitCode == 0);
        const QImage image(png);
        REQUIRE(image.hasAlphaChannel());
        CHECK(qAlpha(image.pixel(1, 1)) == 0);
    }
    // A desktop platform without a display (xcb, no DISPLAY) would abort Qt: the CLI
    // draws offscreen whatever the variable says.
    const QString png = f.dir.filePath(u"xcb.png"_s);
    r = cli({u"export-map"_s, f.path, png}, u"xcb"_s);
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK_FALSE(QImage(png).isNull());

    // An unknown department is named.
    r = cli({u"export-map"_s, f.path, png, u"--department"_s, u"nope"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"nope"_s));
    CHECK(r.err.count(u'\n') == 1);
}

TEST_CASE("cli: export-map exit codes and one-line errors", "[map][export][cli]")
{
    MapFile f(mapScorecard(), false);
    const QString out = f.dir.filePath(u"out.png"_s);
    auto check = [](const Run &r, int code, const QString &start) {
        INFO(r.err.toStdString());
        CHECK(r.exitCode == code);
        CHECK(r.err.startsWith(start));
        CHECK(r.err.count(u'\n') == 1);
    };
    check(cli({u"export-map"_s, f.path, f.dir.filePath(u"out.gif"_s)}), 2,
          u"scorecard-cli: "_s + f.dir.filePath(u"out.gif"_s) + u": the output must end in"_s);
    check(cli({u"export-map"_s, f.path}), 2, u"scorecard-cli: export-map: "_s);
    check(cli({u"export-map"_s, f.dir.filePath(u"none.scorecard"_s), out}), 2,
          u"scorecard-cli: "_s + f.dir.filePath(u"none.scorecard"_s) + u": "_s);
    check(cli({u"export-map"_s, f.path, out, u"--as-of"_s, u"2026-02-30"_s}), 2,
          u"scorecard-cli: export-map: --as-of"_s);
    check(cli({u"export-map"_s, f.path, out, u"--pillar"_s, u"nope"_s}), 2,
          u"scorecard-cli: "_s + f.path + u": there is no pillar \"nope\""_s);
    check(cli({u"export-map"_s, f.path, out, u"--theme"_s, u"sepia"_s}), 2,
          u"scorecard-cli: export-map: --theme"_s);
    check(cli({u"export-map"_s, f.path, out, u"--width"_s, u"wide"_s}), 2,
          u"scorecard-cli: export-map: --width"_s);
    const QString unwritable = f.dir.filePath(u"missing/out.png"_s);
    check(cli({u"export-map"_s, f.path, unwritable}), 1,
          u"scorecard-cli: "_s + unwritable + u": "_s);
    CHECK_FALSE(QFileInfo::exists(out));

    // Each theme's background: white for light (board decks) and print, dark for dark.
    for (const auto &[theme, rgb] :
         {std::pair{u"light"_s, qRgb(255, 255, 255)}, std::pair{u"print"_s, qRgb(255, 255, 255)},
          std::pair{u"dark"_s, qRgb(0x1e, 0x21, 0x26)}}) {
        INFO(theme.toStdString());
        const QString png = f.dir.filePath(theme + u".png"_s);
        REQUIRE(cli({u"export-map"_s, f.path, png, u"--theme"_s, theme}).exitCode == 0);
        const QImage image(png);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.pixel(1, 1) == rgb);
    }
}

TEST_CASE("File > Export Map: the dialog's title, theme, scale, background and page reach the "
          "file, and Copy Map puts the picture on the clipboard",
          "[map][export]")
{
    MapFile f(sampleScorecard(), false);
    MainWindow window;
    window.setErrorHandler([](const QString &m) { FAIL(m.toStdString()); });
    REQUIRE(window.openFile(f.path));
    window.setAsOf(QDate(2026, 11, 30));
    StrategyMapPanel *panel = window.mapPanel();
    const QSizeF natural = panel->scene()->sceneRect().size();

    SECTION("PNG at 3x with a transparent background")
    {
        MapExportDialog dialog(mapexport::Format::Png, u"Board deck"_s);
        REQUIRE(dialog.scaleBox());
        REQUIRE(dialog.transparentBox());
        CHECK_FALSE(dialog.pageCombo());
        CHECK(dialog.scaleBox()->minimum() == 1);
        CHECK(dialog.scaleBox()->maximum() == 4);
        dialog.scaleBox()->setValue(3);
        dialog.transparentBox()->setChecked(true);
        const QString png = f.dir.filePath(u"board.png"_s);
        REQUIRE(panel->exportMapTo(png, mapexport::Format::Png, dialog).ok());
        const QImage image(png);
        REQUIRE_FALSE(image.isNull());
        // The export draws its own scene with the title block: the size follows it.
        CHECK(image.width() >= qRound(natural.width() * 3) - 3);
        CHECK(image.hasAlphaChannel());
        CHECK(qAlpha(image.pixel(2, image.height() - 3)) == 0);
    }
    SECTION("SVG in the print theme with the dialog's title")
    {
        MapExportDialog dialog(mapexport::Format::Svg, u"Board deck"_s);
        CHECK_FALSE(dialog.scaleBox());
        dialog.titleEdit()->setText(u"Strategy 2027 for the board"_s);
        dialog.themeCombo()->setCurrentIndex(
            dialog.themeCombo()->findData(int(MapTheme::Kind::Print)));
        const QString svg = f.dir.filePath(u"board.svg"_s);
        REQUIRE(panel->exportMapTo(svg, mapexport::Format::Svg, dialog).ok());
        const QStringList texts = svgTexts(readAll(svg));
        CHECK(texts.contains(u"Strategy 2027 for the board"_s));
    }
    SECTION("PDF on a 16:9 slide: one landscape page")
    {
        MapExportDialog dialog(mapexport::Format::Pdf, u"Board deck"_s);
        REQUIRE(dialog.pageCombo());
        CHECK(dialog.theme() == MapTheme::Kind::Print); // the default for paper
        dialog.pageCombo()->setCurrentIndex(
            dialog.pageCombo()->findData(int(mapexport::PageSize::Slide16x9)));
        const QString pdf = f.dir.filePath(u"board.pdf"_s);
        REQUIRE(panel->exportMapTo(pdf, mapexport::Format::Pdf, dialog).ok());
        const QByteArray bytes = readAll(pdf);
        CHECK(pdfPages(bytes) == 1);
        // 13.333 x 7.5 inches: 960 x 540 points.
        CHECK(bytes.contains("/MediaBox [0 0 960.000000 540.000000]"));
    }
    SECTION("Copy Map")
    {
        QApplication::clipboard()->clear();
        panel->copyAction()->trigger();
        const QImage copied = QApplication::clipboard()->image();
        REQUIRE_FALSE(copied.isNull());
        CHECK(copied.width() == qRound(natural.width() * 2));
    }
}
