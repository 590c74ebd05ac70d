// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"
#include "scoring/score.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>

namespace scorecard {

/**
 * The score report of `scorecard-cli report`: one row per entity with
 * {id, name, score (one decimal, or null), status, partial, trend}, in
 * sections company, perspectives, pillars, departments, objectives, kpis,
 * okrs, initiatives.
 */
class Report
{
public:
    enum class Format { Text, Json, Csv };

    struct Row
    {
        QString id;
        QString name;
        std::optional<double> score;
        QString status;
        bool partial = false;
        std::optional<double> trend;
    };
    struct Section
    {
        QString key; ///< the JSON field name: "perspectives", "kpis", ...
        QString title;
        std::vector<Row> rows;
    };

    Report(const Scorecard &scorecard, const scoring::Results &results);

    /** The section names --by accepts, in report order ("company" first). */
    static QStringList sectionKeys();
    static std::optional<Format> formatFromString(QStringView s);

    /** Renders the whole report, or only company + the section @p by ("company": company only). */
    QByteArray render(Format format, const QString &by = {}) const;

    const Row &company() const { return m_company; }
    const std::vector<Section> &sections() const { return m_sections; }

private:
    QByteArray renderText(const std::vector<const Section *> &sections) const;
    QByteArray renderJson(const std::vector<const Section *> &sections) const;
    QByteArray renderCsv(const std::vector<const Section *> &sections) const;

    QDate m_asOf;
    Row m_company;
    std::vector<Section> m_sections;
};

} // namespace scorecard
