// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9 in the GUI: icons on every toolbar action, light/dark themes that
// the map, icons and error texts follow, printing, the shortcuts overview.
#include "actionicon.h"
#include "apptheme.h"
#include "commands/entitycommands.h"
#include "csvimportwizard.h"
#include "datasourceeditor.h"
#include "datasourcesdialog.h"
#include "document/scorecarddocument.h"
#include "editlock.h"
#include "editors/departmenteditor.h"
#include "editors/initiativeeditor.h"
#include "editors/kpieditor.h"
#include "editors/linkeditor.h"
#include "editors/objectiveeditor.h"
#include "editors/okreditor.h"
#include "editors/perspectiveeditor.h"
#include "editors/pillareditor.h"
#include "entityselection.h"
#include "mainwindow.h"
#include "mapfixture.h"
#include "printactions.h"
#include "shortcutsdialog.h"
#include "strategymap/mapexportdialog.h"
#include "strategymap/maptheme.h"
#include "strategymap/objectivecarditem.h"
#include "strategymap/statusicon.h"
#include "strategymap/strategymappanel.h"
#include "strategymap/strategymapscene.h"
#include "whatifdialog.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeWidget>
#include <QWidgetAction>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <vector>

#include <catch2/catch.hpp>

using namespace scorecard;
using namespace scorecard::maptest;

namespace {

/** The average colour of the opaque pixels of @p image. */
QColor inkOf(const QImage &image)
{
    double r = 0, g = 0, b = 0;
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 200)
                continue;
            r += c.red();
            g += c.green();
            b += c.blue();
            ++n;
        }
    }
    REQUIRE(n > 0);
    return QColor(int(r / n), int(g / n), int(b / n));
}

/** Restores the system palette when a test is done. */
struct ThemeGuard
{
    ~ThemeGuard() { applyAppTheme(AppTheme::System); }
};

QString plain(QString text)
{
    return text.remove(u'&');
}

} // namespace

TEST_CASE("Every toolbar action has an icon from the bundled set", "[ui][desktop]")
{
    MapFile file(sampleScorecard(), false);
    MainWindow window;
    window.setErrorHandler([](const QString &) {});
    REQUIRE(window.openFile(file.path));
    const QList<QToolBar *> bars = window.findChildren<QToolBar *>();
    REQUIRE(bars.size() >= 2); // the main one and the map's
    int checked = 0;
    for (QToolBar *bar : bars) {
        for (QAction *action : bar->actions()) {
            if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
                continue; // the date field, the filter, labels
            INFO(bar->objectName().toStdString() << ": " << action->text().toStdString());
            CHECK_FALSE(action->icon().isNull());
            ++checked;
        }
    }
    CHECK(checked >= 14);
    CHECK(actionIcon(QStringLiteral("no-such-icon")).isNull());
}

TEST_CASE("Icons are drawn in the palette's text colour and stay sharp at 2x", "[ui][desktop]")
{
    ThemeGuard guard;
    const QIcon icon = actionIcon(QStringLiteral("edit-undo"));
    REQUIRE_FALSE(icon.isNull());
    applyAppTheme(AppTheme::Light);
    const QColor onLight = inkOf(icon.pixmap(QSize(24, 24)).toImage());
    applyAppTheme(AppTheme::Dark);
    const QColor onDark = inkOf(icon.pixmap(QSize(24, 24)).toImage());
    CHECK(onLight.lightness() < 90);
    CHECK(onDark.lightness() > 170);

    // At a device pixel ratio of 2 the icon is rendered at 48x48 device pixels.
    const QPixmap sharp = icon.pixmap(QSize(24, 24), 2.0);
    CHECK(sharp.devicePixelRatio() == 2.0);
    CHECK(sharp.size() == QSize(48, 48));
}

TEST_CASE("The map, error texts and the theme menu follow the light or dark palette",
          "[ui][desktop]")
{
    ThemeGuard guard;
    applyAppTheme(AppTheme::Light);
    MapFile file(sampleScorecard(), false);
    MainWindow window;
    window.setErrorHandler([](const QString &) {});
    REQUIRE(window.openFile(file.path));
    StrategyMapScene *scene = window.mapPanel()->scene();
    REQUIRE(scene);
    CHECK(scene->options().theme == MapTheme::Kind::Light);
    QLabel error(QStringLiteral("wrong"));
    markAsError(&error);
    CHECK(error.styleSheet().contains(errorTextColor().name()));
    const QString lightError = errorTextColor().name();

    applyAppTheme(AppTheme::Dark);
    QApplication::processEvents();
    CHECK(isDarkPalette());
    CHECK(window.mapPanel()->scene()->options().theme == MapTheme::Kind::Dark);
    CHECK(scene->backgroundBrush().color().lightness() < 60);
    CHECK(error.styleSheet().contains(errorTextColor().name()));
    CHECK(errorTextColor().name() != lightError);

    // View > Print Colours on Screen: the board-deck theme, whatever the palette.
    window.mapPanel()->printThemeAction()->setChecked(true);
    CHECK(scene->options().theme == MapTheme::Kind::Print);
    CHECK(scene->backgroundBrush().color() == QColor(Qt::white));
    window.mapPanel()->printThemeAction()->setChecked(false);
    CHECK(scene->options().theme == MapTheme::Kind::Dark);

    // The View > Theme menu offers the three themes and applies them.
    auto *themeMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("themeMenu"));
    REQUIRE(themeMenu);
    QStringList keys;
    QAction *light = nullptr;
    for (QAction *a : themeMenu->actions()) {
        keys << a->data().toString();
        if (a->data().toString() == u"light")
            light = a;
    }
    CHECK(keys ==
          QStringList{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")});
    REQUIRE(light);
    light->trigger();
    QApplication::processEvents();
    CHECK_FALSE(isDarkPalette());
    CHECK(scene->options().theme == MapTheme::Kind::Light);
    CHECK(appThemeFromString(u"dark") == AppTheme::Dark);
    CHECK_FALSE(appThemeFromString(u"sepia"));
}

TEST_CASE("Print Map prints one landscape page, Print Report every section", "[ui][desktop]")
{
    MapFile file(sampleScorecard());
    const QDate asOf(2026, 11, 30);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = file.dir.filePath(QStringLiteral("map.pdf"));
        printer.setOutputFileName(pdf);
        printer.setPageOrientation(QPageLayout::Landscape);
        REQUIRE(PrintActions::printMap(&printer, file.doc.get(), asOf));
        QFile out(pdf);
        REQUIRE(out.open(QIODevice::ReadOnly));
        CHECK(pdfPages(out.readAll()) == 1);
    }
    const QString html = PrintActions::reportHtml(*file.doc, asOf);
    for (const Objective &o : file.doc->scorecard().objectives)
        CHECK(html.contains(o.name.toHtmlEscaped()));
    for (const Kpi &k : file.doc->scorecard().kpis)
        CHECK(html.contains(k.name.toHtmlEscaped()));
    CHECK(html.contains(QStringLiteral("Alignment score")));
    CHECK(html.contains(file.doc->scorecard().info.name.toHtmlEscaped()));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = file.dir.filePath(QStringLiteral("report.pdf"));
        printer.setOutputFileName(pdf);
        PrintActions::printReport(&printer, *file.doc, asOf);
        QFile out(pdf);
        REQUIRE(out.open(QIODevice::ReadOnly));
        CHECK(pdfPages(out.readAll()) >= 2); // 30 KPIs and 16 objectives do not fit one page
    }

    // In the File menu, with the standard Print shortcut.
    MainWindow window;
    window.setErrorHandler([](const QString &) {});
    auto *printMap = window.findChild<QAction *>(QStringLiteral("printMapAction"));
    auto *printReport = window.findChild<QAction *>(QStringLiteral("printReportAction"));
    REQUIRE(printMap);
    REQUIRE(printReport);
    CHECK(printMap->shortcut() == QKeySequence(QKeySequence::Print));
    CHECK_FALSE(printMap->isEnabled()); // no file open
    REQUIRE(window.openFile(file.path));
    CHECK(printMap->isEnabled());
    CHECK(printReport->isEnabled());
}

TEST_CASE("Help > Keyboard Shortcuts lists every menu shortcut, and filters", "[ui][desktop]")
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("shortcutsAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QKeySequence::HelpContents));
    ShortcutsDialog dialog(&window);
    int withKeys = 0;
    for (QAction *menuAction : window.menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        REQUIRE(menu);
        QList<QMenu *> menus{menu};
        for (QAction *a : menu->actions())
            if (a->menu())
                menus << a->menu();
        for (QMenu *m : menus) {
            for (QAction *a : m->actions()) {
                if (a->isSeparator() || a->menu() || a->shortcut().isEmpty())
                    continue;
                INFO(a->text().toStdString());
                CHECK(dialog.shortcutOf(plain(a->text()))
                          .startsWith(a->shortcut().toString(QKeySequence::NativeText)));
                ++withKeys;
            }
        }
    }
    CHECK(withKeys >= 15);
    CHECK(dialog.shortcutOf(QStringLiteral("Rename the selected objective")) ==
          QStringLiteral("F2, Enter"));

    dialog.filterEdit()->setText(QStringLiteral("undo"));
    int visible = 0;
    for (int i = 0; i < dialog.tree()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = dialog.tree()->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            visible += group->isHidden() || group->child(j)->isHidden() ? 0 : 1;
    }
    CHECK(visible == 1);
}

TEST_CASE("View brings back every dock", "[ui][desktop]")
{
    MainWindow window;
    QMenu *view = window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    REQUIRE(view);
    QStringList texts;
    for (QAction *a : view->actions())
        texts << plain(a->text());
    for (const char *dock : {"Details", "KPI Chart", "Links", "Problems"}) {
        INFO(dock);
        CHECK(texts.contains(QString::fromLatin1(dock)));
    }
}

TEST_CASE("Screenshots of the objective chart and the shortcuts overview (SCORECARD_SHOTS_DIR)",
          "[.desktop-shots]")
{
    const QString dir = qEnvironmentVariable("SCORECARD_SHOTS_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    MapFile file(sampleScorecard(), false);
    MainWindow window;
    window.setErrorHandler([](const QString &) {});
    REQUIRE(window.openFile(file.path));
    window.resize(1400, 900);
    window.show();
    window.setAsOf(QDate(2026, 11, 30));
    const Objective &first = window.document()->scorecard().objectives.front();
    window.selection()->setCurrent(EntityKind::Objective, first.id.value);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    REQUIRE(window.grab().save(dir + QStringLiteral("/objective-chart.png")));
    ShortcutsDialog dialog(&window);
    dialog.show();
    QApplication::processEvents();
    REQUIRE(dialog.grab().save(dir + QStringLiteral("/shortcuts.png")));
}

TEST_CASE("A file another window edits opens read-only, offering Reload when it changes",
          "[ui][desktop]")
{
    MapFile file(sampleScorecard(), false);
    auto first = std::make_unique<MainWindow>();
    first->setErrorHandler([](const QString &) {});
    REQUIRE(first->openFile(file.path));
    CHECK_FALSE(first->document()->isReadOnly());
    CHECK(QFileInfo::exists(EditLock::lockPathFor(file.path)));
    // The same window opening its own file again keeps editing it.
    REQUIRE(first->openFile(file.path));
    CHECK_FALSE(first->document()->isReadOnly());

    MainWindow second;
    second.setErrorHandler([](const QString &) {});
    REQUIRE(second.openFile(file.path));
    REQUIRE(second.document()->isReadOnly());
    CHECK(second.document()->readOnlyReason().contains(QStringLiteral("open for editing")));
    auto *banner = second.findChild<QWidget *>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isHidden());
    QPushButton *reloadButton = nullptr;
    for (QPushButton *b : banner->findChildren<QPushButton *>())
        reloadButton = b;
    REQUIRE(reloadButton);
    CHECK(reloadButton->isHidden()); // nothing changed yet

    // The editing window renames an objective; the reader's banner offers Reload.
    ScorecardDocument *doc = first->document();
    Objective renamed = doc->scorecard().objectives.front();
    renamed.name = QStringLiteral("Renamed elsewhere");
    REQUIRE(doc->push(ChangeEntityCommand<Objective>::create(*doc, renamed).value()).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!reloadButton->isHidden(), 5000);
    CHECK(second.document()->objective(renamed.id)->name != renamed.name); // not yet
    reloadButton->click();
    CHECK(second.document()->objective(renamed.id)->name == renamed.name);
    CHECK(reloadButton->isHidden());

    // Once the editing window closes, the file opens for editing again.
    first.reset();
    CHECK_FALSE(QFileInfo::exists(EditLock::lockPathFor(file.path)));
    REQUIRE(second.openFile(file.path));
    CHECK_FALSE(second.document()->isReadOnly());
}

TEST_CASE("Edit > Arrange reaches auto-layout, align and distribute from the keyboard",
          "[ui][desktop]")
{
    MapFile file(sampleScorecard(), false);
    MainWindow window;
    window.setErrorHandler([](const QString &m) { FAIL(m.toStdString()); });
    REQUIRE(window.openFile(file.path));
    QMenu *arrange = window.findChild<QMenu *>(QStringLiteral("arrangeMenu"));
    REQUIRE(arrange);
    // It is a submenu of Edit.
    QMenu *edit = window.menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
    REQUIRE(edit);
    CHECK(edit->actions().contains(arrange->menuAction()));
    QStringList texts;
    QAction *autoLayout = nullptr;
    QAction *alignTop = nullptr;
    for (QAction *a : arrange->actions()) {
        texts << plain(a->text());
        if (plain(a->text()) == u"Auto-layout"_s)
            autoLayout = a;
        if (plain(a->text()) == u"Align top edges (per lane)"_s)
            alignTop = a;
    }
    INFO(texts.join(u", "_s).toStdString());
    REQUIRE(autoLayout);
    REQUIRE(alignTop);
    CHECK(texts.contains(u"Distribute horizontally (per lane)"_s));
    CHECK(autoLayout->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    CHECK(arrange->isEnabled());

    // Two cards of one lane: aligning their top edges is one undo step.
    ScorecardDocument *doc = window.document();
    StrategyMapScene *scene = window.mapPanel()->scene();
    const ObjectiveId a(u"improve-operating-margin"_s);
    const ObjectiveId b(u"optimise-working-capital"_s);
    REQUIRE(doc->objective(a));
    REQUIRE(doc->objective(b));
    Objective moved = *doc->objective(b);
    moved.position = *moved.position + QPointF(0, 20);
    REQUIRE(doc->push(ChangeEntityCommand<Objective>::create(*doc, moved).value()).ok());
    scene->clearSelection();
    scene->cardItem(a)->setSelected(true);
    scene->cardItem(b)->setSelected(true);
    const int steps = doc->undoStack()->count();
    alignTop->trigger();
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(doc->objective(a)->position->y() == doc->objective(b)->position->y());

    autoLayout->trigger();
    CHECK(doc->undoStack()->count() == steps + 2);

    // A window that has the file read-only offers nothing to arrange.
    MainWindow second;
    REQUIRE(second.openFile(file.path));
    REQUIRE(second.document()->isReadOnly());
    QMenu *readOnly = second.findChild<QMenu *>(QStringLiteral("arrangeMenu"));
    REQUIRE(readOnly);
    CHECK_FALSE(readOnly->isEnabled());
}

namespace {

/** sRGB component (0..1) to linear light and back. */
double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double toSrgb(double c)
{
    c = std::clamp(c, 0.0, 1.0);
    return c <= 0.0031308 ? c * 12.92 : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
}

using Matrix = std::array<std::array<double, 3>, 3>;

/** @p image as a reader with the colour vision @p m (Machado et al. 2009, severity 1) sees it. */
QImage simulate(const QImage &image, const Matrix &m)
{
    QImage out = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < out.height(); ++y) {
        for (int x = 0; x < out.width(); ++x) {
            const QColor c = out.pixelColor(x, y);
            const double rgb[3] = {toLinear(c.redF()), toLinear(c.greenF()), toLinear(c.blueF())};
            double v[3];
            for (int i = 0; i < 3; ++i)
                v[i] = toSrgb(m[size_t(i)][0] * rgb[0] + m[size_t(i)][1] * rgb[1] +
                              m[size_t(i)][2] * rgb[2]);
            out.setPixelColor(x, y,
                              QColor::fromRgbF(float(v[0]), float(v[1]), float(v[2]), c.alphaF()));
        }
    }
    return out;
}

/** The share of pixels whose grey levels (over white) differ by more than 48 of 255. */
double greyDifference(const QImage &a, const QImage &b)
{
    int differ = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            differ += std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 48 ? 1 : 0;
    }
    return double(differ) / (a.width() * a.height());
}

} // namespace

TEST_CASE("Status signs stay apart in greyscale and for colour-blind readers", "[ui][desktop]")
{
    // Each status has its own shape and symbol: whatever the reader's colour
    // vision, or a greyscale print, two statuses never look alike.
    const std::pair<const char *, Matrix> visions[] = {
        {"normal", Matrix{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}}},
        {"protanopia", Matrix{{{0.152286, 1.052583, -0.204868},
                               {0.114503, 0.786281, 0.099216},
                               {-0.003882, -0.048116, 1.051998}}}},
        {"deuteranopia", Matrix{{{0.367322, 0.860646, -0.227968},
                                 {0.280085, 0.672501, 0.047413},
                                 {-0.011820, 0.042940, 0.968881}}}},
        {"tritanopia", Matrix{{{1.255528, -0.076749, -0.178779},
                               {-0.078411, 0.930809, 0.147602},
                               {0.004733, 0.691367, 0.303900}}}}};
    const scoring::Status statuses[] = {scoring::Status::Green, scoring::Status::Amber,
                                        scoring::Status::Red, scoring::Status::NoData,
                                        scoring::Status::Stale};
    for (const MapTheme &theme : {MapTheme::light(), MapTheme::print(), MapTheme::dark()}) {
        std::vector<QImage> signs;
        for (const scoring::Status s : statuses) {
            QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
            image.fill(theme.cardFill);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            paintStatusIcon(&painter, QRectF(2, 2, 28, 28), s, theme);
            painter.end();
            signs.push_back(image);
        }
        for (const auto &[name, matrix] : visions) {
            INFO(name);
            for (size_t i = 0; i < signs.size(); ++i) {
                for (size_t j = i + 1; j < signs.size(); ++j) {
                    INFO(statusLabel(statuses[i]).toStdString()
                         << " vs " << statusLabel(statuses[j]).toStdString());
                    const double d =
                        greyDifference(simulate(signs[i], matrix), simulate(signs[j], matrix));
                    // On track, at risk and off track are far apart (circle, triangle,
                    // octagon); no data and stale differ in their symbol (a dash, a
                    // clock's hands) on the same round outline.
                    const bool performance = i < 3 && j < 3;
                    CHECK(d > (performance ? 0.12 : 0.05));
                }
            }
        }
    }
}

namespace {

/** The input controls of @p root a user reaches (visible, enabled). */
QList<QWidget *> controlsOf(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool input =
            qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractButton *>(w) ||
            qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w) ||
            (qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QHeaderView *>(w));
        // A combo box's own line edit and view are parts of it.
        const bool part =
            qobject_cast<QComboBox *>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            w->inherits("QComboBoxPrivateContainer") ||
            (w->parentWidget() && w->parentWidget()->inherits("QComboBoxPrivateContainer"));
        if (input && !part && w->isVisibleTo(root) && w->isEnabled())
            out << w;
    }
    return out;
}

/** What a screen reader says for @p w: its accessible name, its text, or its label's. */
QString spokenName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).remove(u'&').trimmed() : QString();
}

/** Every control of @p root has a name, and Tab reaches each one. */
void checkKeyboardAndNames(QWidget *root, const char *what)
{
    INFO(what);
    root->show();
    REQUIRE(QTest::qWaitForWindowExposed(root));
    QSet<QWidget *> reached;
    QWidget *w = root;
    for (int i = 0; i < 2000; ++i) {
        w = w->nextInFocusChain();
        if (w == root)
            break;
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(root) && w->isEnabled())
            reached.insert(w);
    }
    for (QWidget *c : controlsOf(root)) {
        INFO(c->metaObject()->className()
             << " " << c->objectName().toStdString() << " "
             << c->property("placeholderText").toString().toStdString());
        // Table and tree views are named by their header or the label above them.
        CHECK_FALSE(spokenName(c).isEmpty());
        if (c->focusPolicy() & Qt::TabFocus)
            CHECK(reached.contains(c));
    }
    root->hide();
}

} // namespace

TEST_CASE("Dialogs and editors: every control has a name and Tab reaches it", "[ui][desktop]")
{
    MapFile file(sampleScorecard());
    ScorecardDocument *doc = file.doc.get();
    for (auto format : {mapexport::Format::Png, mapexport::Format::Svg, mapexport::Format::Pdf}) {
        MapExportDialog dialog(format, u"Map"_s);
        checkKeyboardAndNames(&dialog, "export dialog");
    }
    {
        DataSourcesDialog dialog(doc);
        checkKeyboardAndNames(&dialog, "data sources dialog");
    }
    {
        DataSourceEditor editor(doc, DataSourceId());
        checkKeyboardAndNames(&editor, "data source editor (CSV)");
    }
    {
        CsvImportWizard wizard(doc);
        checkKeyboardAndNames(&wizard, "CSV import wizard");
    }
    {
        WhatIfDialog dialog(doc, QDate(2026, 11, 30));
        checkKeyboardAndNames(&dialog, "what-if dialog");
    }
    {
        MainWindow window;
        ShortcutsDialog dialog(&window);
        checkKeyboardAndNames(&dialog, "shortcuts dialog");
    }
    // The Details dock's editors, each on an entity of the sample.
    std::vector<std::pair<std::unique_ptr<EntityEditor>, QString>> editors;
    editors.emplace_back(std::make_unique<KpiEditor>(), u"monthly-revenue"_s);
    editors.emplace_back(std::make_unique<OkrEditor>(), u"okr-iberia-launch"_s);
    editors.emplace_back(std::make_unique<InitiativeEditor>(), u"erp-crm-integration"_s);
    editors.emplace_back(std::make_unique<ObjectiveEditor>(), u"grow-revenue"_s);
    editors.emplace_back(std::make_unique<PillarEditor>(), u"operational-excellence"_s);
    editors.emplace_back(std::make_unique<DepartmentEditor>(), u"company"_s);
    editors.emplace_back(std::make_unique<PerspectiveEditor>(), u"financial"_s);
    editors.emplace_back(
        std::make_unique<LinkEditor>(),
        Link{ObjectiveId(u"develop-skills"_s), ObjectiveId(u"lean-manufacturing"_s), {}, 0}.key());
    for (auto &[editor, id] : editors) {
        editor->setDocument(doc);
        editor->setEntityId(id);
        REQUIRE(editor->hasEntity());
        checkKeyboardAndNames(editor.get(), editor->title().toUtf8().constData());
    }
}

TEST_CASE("scorecard-studio FILE opens that file for editing", "[ui][desktop]")
{
    // The real executable, as a double-click on a .scorecard runs it: it opens
    // the file writable, which takes the file's edit lock with its process id.
    MapFile file(sampleScorecard(), false);
    const QString lock = file.dir.filePath(u".~map.scorecard.lock"_s);
    QProcess studio;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, file.dir.filePath(u"config"_s)); // not the user's settings
    studio.setProcessEnvironment(env);
    studio.start(QStringLiteral(SCORECARD_STUDIO_PATH), {file.path});
    REQUIRE(studio.waitForStarted(10000));
    QElapsedTimer waited;
    waited.start();
    QByteArray holder;
    while (waited.elapsed() < 60000 && studio.state() == QProcess::Running) {
        QFile f(lock);
        if (f.open(QIODevice::ReadOnly)) {
            holder = f.readLine().trimmed();
            if (!holder.isEmpty())
                break;
        }
        QTest::qWait(100);
    }
    CHECK(holder == QByteArray::number(studio.processId()));
    studio.kill();
    studio.waitForFinished(10000);
}
