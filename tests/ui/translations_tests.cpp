// SPDX-License-Identifier: GPL-3.0-or-later
// The German and Spanish translations: complete and current against the
// sources (lupdate run here), placeholders kept, and really used at runtime.
#include "mainwindow.h"
#include "tstranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace scorecard;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; ///< "" (finished), "unfinished", "vanished", "obsolete"
    QStringList forms;
};

std::vector<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    std::vector<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(QStringLiteral("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement())
                            m.forms << xml.readElementText();
                    } else {
                        m.forms << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            out.push_back(m);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return out;
}

/** The sorted %1..%99 and %n markers of @p text. */
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(L?\\d{1,2}|n)"));
    QStringList found;
    for (const auto &m : marker.globalMatch(text))
        found << m.captured(0);
    found.sort();
    return found;
}

const char *const kLanguages[] = {"de", "es"};

QString tsPath(const char *language)
{
    return QStringLiteral(SCORECARD_TS_DIR "/scorecard_%1.ts").arg(QLatin1String(language));
}

} // namespace

TEST_CASE("Every source string has a current, finished German and Spanish translation",
          "[translations]")
{
    // lupdate over a copy of each file: a string added to the code shows up as
    // unfinished, one removed from the code as a different message count.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                     QStringLiteral("none"), QStringLiteral("-silent")};
    args << QStringLiteral(SCORECARD_TR_SOURCES).split(u'|') << QStringLiteral("-ts");
    for (const char *language : kLanguages) {
        const QString copy = dir.filePath(QFileInfo(tsPath(language)).fileName());
        REQUIRE(QFile::copy(tsPath(language), copy));
        args << copy;
    }
    QProcess lupdate;
    lupdate.start(QStringLiteral(SCORECARD_LUPDATE), args);
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);

    for (const char *language : kLanguages) {
        INFO("language " << language);
        const auto committed = readTs(tsPath(language));
        const auto current = readTs(dir.filePath(QFileInfo(tsPath(language)).fileName()));
        CHECK(current.size() > 1000);
        for (const Message &m : current) {
            INFO(m.context.toStdString() << ": \"" << m.source.toStdString() << "\"");
            CHECK(m.type.isEmpty()); // not unfinished: run ./build.sh translations and translate
        }
        // Nothing obsolete kept in the committed file either.
        CHECK(committed.size() == current.size());
    }
}

TEST_CASE("Translations keep every placeholder and give both plural forms", "[translations]")
{
    for (const char *language : kLanguages) {
        INFO("language " << language);
        for (const Message &m : readTs(tsPath(language))) {
            INFO(m.context.toStdString() << ": \"" << m.source.toStdString() << "\"");
            REQUIRE_FALSE(m.forms.isEmpty());
            if (m.numerus)
                CHECK(m.forms.size() == 2);
            for (const QString &form : m.forms) {
                CHECK_FALSE(form.trimmed().isEmpty());
                // A plural form may say "one" instead of %n; every other marker stays.
                QStringList want = placeholders(m.source);
                QStringList got = placeholders(form);
                if (m.numerus) {
                    want.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                CHECK(got == want);
                // A menu accelerator ("&File", not "Partners & Clients") stays one.
                static const QRegularExpression accelerator(QStringLiteral("&(?![&\\s])"));
                const auto accelerators = [](QString s) {
                    return s.remove(QStringLiteral("&&")).count(accelerator);
                };
                if (!m.source.contains(u';')) // "&amp;" entities in HTML texts
                    CHECK(accelerators(form) == accelerators(m.source));
            }
        }
    }
}

TEST_CASE("The translator finds a text by context, and by source text when the context differs",
          "[translations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.ts"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de">
<context><name>A</name>
<message><source>Open</source><translation>Öffnen</translation></message>
<message><source>Close</source><translation type="unfinished">Schließen</translation></message>
<message numerus="yes"><source>%n file(s)</source><translation><numerusform>%n Datei</numerusform><numerusform>%n Dateien</numerusform></translation></message>
</context>
<context><name>B</name>
<message><source>Open</source><translation>Aufmachen</translation></message>
</context></TS>)");
    file.close();
    TsTranslator t;
    REQUIRE(t.loadTs(path).ok());
    CHECK(t.languageCode() == QStringLiteral("de"));
    CHECK(t.translate("A", "Open") == QStringLiteral("\u00d6ffnen"));
    CHECK(t.translate("B", "Open") == QStringLiteral("Aufmachen"));
    CHECK(t.translate("Elsewhere", "Open") == QStringLiteral("\u00d6ffnen")); // the first read
    CHECK(t.translate("A", "Close").isEmpty());                               // unfinished
    CHECK(t.translate("A", "Missing").isEmpty());
    CHECK(t.translate("A", "%n file(s)", nullptr, 1) == QStringLiteral("%n Datei"));
    CHECK(t.translate("A", "%n file(s)", nullptr, 3) == QStringLiteral("%n Dateien"));
    CHECK(t.translate("A", "%n file(s)", nullptr, 0) == QStringLiteral("%n Dateien"));

    TsTranslator broken;
    QFile bad(dir.filePath(QStringLiteral("bad.ts")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("<TS language=\"de\"><context>");
    bad.close();
    auto r = broken.loadTs(bad.fileName());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("is not a translation file")));
    CHECK(broken.isEmpty());
}

TEST_CASE("Installed German and Spanish: menus and core messages are translated", "[translations]")
{
    const struct
    {
        const char *language;
        const char16_t *file;
        const char16_t *needsName;
    } cases[] = {{"de", u"&Datei", u"Ziel: Ein Name ist erforderlich"},
                 {"es", u"&Archivo", u"objetivo: se necesita un nombre"}};
    for (const auto &c : cases) {
        INFO("language " << c.language);
        TsTranslator translator;
        REQUIRE(translator
                    .loadTs(QStringLiteral(":/i18n/scorecard_%1.ts").arg(QLatin1String(c.language)))
                    .ok());
        REQUIRE(QCoreApplication::installTranslator(&translator));
        {
            MainWindow window;
            const QList<QAction *> menus = window.menuBar()->actions();
            REQUIRE_FALSE(menus.isEmpty());
            CHECK(menus.front()->text() == QString::fromUtf16(c.file));
        }
        // validation.cpp translates under "scorecard::Validation", which lupdate
        // records under another context: found by its source text.
        const QString text =
            QCoreApplication::translate("scorecard::Validation", "the %1 needs a name")
                .arg(QCoreApplication::translate("scorecard::Validation", "objective"));
        CHECK(text.compare(QString::fromUtf16(c.needsName), Qt::CaseInsensitive) == 0);
        QCoreApplication::removeTranslator(&translator);
    }
    // English again.
    MainWindow window;
    CHECK(window.menuBar()->actions().front()->text() == QStringLiteral("&File"));
}
