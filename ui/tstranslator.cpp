// SPDX-License-Identifier: GPL-3.0-or-later
#include "tstranslator.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QXmlStreamReader>

namespace scorecard {

namespace {

QString keyOf(const QString &context, const QString &source, const QString &comment)
{
    return context + u'\x1f' + source + u'\x1f' + comment;
}

} // namespace

TsTranslator::TsTranslator(QObject *parent) : QTranslator(parent) {}

Result<void> TsTranslator::loadTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read the translation %1: %2").arg(path, file.errorString()));
    QHash<QString, QStringList> exact;
    QHash<QString, QStringList> bySource;
    QString language;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS") {
            language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            QString source, comment;
            QStringList forms;
            bool finished = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    const QStringView type = xml.attributes().value(QStringLiteral("type"));
                    finished = type.isEmpty();
                    // Either text, or one <numerusform> per plural form.
                    QString text;
                    while (!xml.atEnd()) {
                        xml.readNext();
                        if (xml.isCharacters())
                            text += xml.text();
                        else if (xml.isStartElement() && xml.name() == u"numerusform")
                            forms << xml.readElementText();
                        else if (xml.isEndElement() && xml.name() == u"translation")
                            break;
                    }
                    if (forms.isEmpty() && !text.trimmed().isEmpty())
                        forms << text;
                } else {
                    xml.skipCurrentElement();
                }
            }
            forms.removeAll(QString());
            if (finished && !forms.isEmpty() && !source.isEmpty()) {
                exact.insert(keyOf(context, source, comment), forms);
                if (!bySource.contains(source))
                    bySource.insert(source, forms);
            }
        }
    }
    if (xml.hasError())
        return fail(tr("%1 is not a translation file: %2 (line %3)")
                        .arg(path, xml.errorString())
                        .arg(xml.lineNumber()));
    if (language.isEmpty())
        return fail(tr("%1 is not a translation file: it names no language").arg(path));
    m_exact = std::move(exact);
    m_bySource = std::move(bySource);
    m_language = language;
    return {};
}

QString TsTranslator::pick(const QStringList &forms, int n) const
{
    // Two forms in German, Spanish and English: singular for exactly one.
    if (n < 0 || forms.size() < 2)
        return forms.constFirst();
    return forms.at(n == 1 ? 0 : 1);
}

QString TsTranslator::translate(const char *context, const char *sourceText,
                                const char *disambiguation, int n) const
{
    if (!sourceText || m_exact.isEmpty())
        return {};
    const QString source = QString::fromUtf8(sourceText);
    const auto exact = m_exact.constFind(
        keyOf(QString::fromUtf8(context), source, QString::fromUtf8(disambiguation)));
    if (exact != m_exact.cend())
        return pick(*exact, n);
    const auto any = m_bySource.constFind(source);
    return any != m_bySource.cend() ? pick(*any, n) : QString();
}

bool TsTranslator::isEmpty() const
{
    return m_exact.isEmpty();
}

QString installTranslations(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    for (const QString &name : locale.uiLanguages()) {
        // "de-DE" -> "de": the bundled files are per language.
        const QString language = name.section(u'-', 0, 0).toLower();
        if (language == u"en")
            return {};
        const QString path = QStringLiteral(":/i18n/scorecard_%1.ts").arg(language);
        if (!QFile::exists(path))
            continue;
        auto *translator = new TsTranslator(app);
        if (!translator->loadTs(path)) {
            delete translator;
            continue;
        }
        QCoreApplication::installTranslator(translator);
        // Qt's own dialogs and buttons, when the distribution ships them (qt6-translations-l10n).
        auto *qt = new QTranslator(app);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        return language;
    }
    return {};
}

} // namespace scorecard
