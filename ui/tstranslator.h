// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QHash>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace scorecard {

/**
 * A translator that reads a Qt Linguist .ts file directly. A text is looked
 * up by context, source and comment as lupdate recorded them, and, failing
 * that, by its source text alone: several files translate through a local
 * helper whose runtime context differs from the one lupdate infers, and a
 * wrong context must not leave a finished translation unused. Unfinished and
 * empty translations are ignored (the English text shows). Plural forms
 * (%n) follow the file's language: one form for n = 1, the other otherwise
 * (German, Spanish, English).
 */
class TsTranslator : public QTranslator
{
    Q_OBJECT

public:
    explicit TsTranslator(QObject *parent = nullptr);

    /** Reads @p path (a .ts file, or a resource); a clear message if it is not one. */
    Result<void> loadTs(const QString &path);

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override;
    /** The language the file names ("de"). */
    QString languageCode() const { return m_language; }

    /** How many finished translations were read. */
    qsizetype count() const { return m_exact.size(); }

private:
    QString pick(const QStringList &forms, int n) const;

    QHash<QString, QStringList> m_exact;    ///< context \x1f source \x1f comment
    QHash<QString, QStringList> m_bySource; ///< source: the first translation read
    QString m_language;
};

/**
 * Installs the application's translation for @p locale's UI languages (the
 * bundled :/i18n/scorecard_<lang>.ts) and Qt's own (qtbase_<lang>.qm from
 * the Qt installation, if present) on the application. Returns the language
 * code loaded ("de", "es"), or an empty string when the app stays English.
 */
QString installTranslations(const QLocale &locale);

} // namespace scorecard
