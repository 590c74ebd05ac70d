// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"
#include "scoring/score.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonValue>

namespace scorecard {

struct AlignmentScore;
struct InvestmentAnalysis;
struct LinkEvidence;
struct WhatIf;

/**
 * The score report of `scorecard-cli report`: one row per entity with
 * {id, name, score (one decimal, or null), status, partial, trend}, in
 * sections company, perspectives, pillars, departments, objectives, kpis,
 * okrs, initiatives.
 *
 * Analyses add to it without changing what is there: setInvestments() adds
 * fields to the initiatives and two sections, strategic_gaps and
 * budget_on_green (shown with --by initiative); setLinkEvidence() adds the
 * section links (--by link); setWhatIf() adds the section what_if (always
 * shown).
 */
class Report
{
public:
    enum class Format { Text, Json, Csv };

    /** A field beyond the six every row has: a JSON key, its value and how text shows it. */
    struct Extra
    {
        QString key;
        QJsonValue value;
        QString text;
    };
    struct Row
    {
        QString id;
        QString name;
        std::optional<double> score;
        QString status;
        bool partial = false;
        std::optional<double> trend;
        std::vector<Extra> extra; ///< written after the six fields, in this order
    };
    struct Section
    {
        QString key; ///< the JSON field name: "perspectives", "kpis", ...
        QString title;
        std::vector<Row> rows;
        /** The --by word that selects it ("kpi" for "kpis"); "*" for every report. */
        QString by;
        /** Rows are only their extras (no id, name, score ...); name is the text label. */
        bool plain = false;
    };

    Report(const Scorecard &scorecard, const scoring::Results &results);

    /**
     * Adds budget, spent, progress, health, contribution,
     * contribution_partial, contribution_per_budget and rank to every
     * initiative row, and the sections strategic_gaps (objectives: the six
     * fields) and budget_on_green (objectives, plus budget and spent).
     */
    void setInvestments(const InvestmentAnalysis &investments);

    /**
     * Adds the section links (--by link): one entry per link,
     * {from, to, correlation (3 decimals or null), best_lag, periods, evidence}.
     */
    void setLinkEvidence(const std::vector<LinkEvidence> &links);

    /**
     * Adds the section what_if, shown whatever --by says: one entry per
     * projected entity, {kind, id (null for the company), name, assumed
     * (the hypothetical KPI value or progress, else null), before, after,
     * change (scores, one decimal, or null), status_before, status_after}.
     * The rest of the report should be built from whatIf.after.
     */
    void setWhatIf(const WhatIf &whatIf);

    /**
     * Adds the alignment score to the whole report (not with --by): JSON
     * "alignment_score" (one decimal or null) and "alignment" ({"kpis",
     * "okrs", "initiatives"}: {"connected", "total"}); a text line after the
     * company; a CSV row "alignment,alignment_score,..." with the score.
     */
    void setAlignment(const AlignmentScore &alignment);

    /** The section names --by accepts, in report order ("company" first). */
    static QStringList sectionKeys();
    static std::optional<Format> formatFromString(QStringView s);

    /** Renders the whole report, or only company + the section @p by ("company": company only). */
    QByteArray render(Format format, const QString &by = {}) const;

    const Row &company() const { return m_company; }
    const std::vector<Section> &sections() const { return m_sections; }

private:
    QByteArray renderText(const std::vector<const Section *> &sections, bool whole) const;
    QByteArray renderJson(const std::vector<const Section *> &sections, bool whole) const;
    QByteArray renderCsv(const std::vector<const Section *> &sections, bool whole) const;

    Section *section(const QString &key);
    const Row *objectiveRow(const QString &id) const;
    QDate m_asOf;
    Row m_company;
    std::vector<Section> m_sections;
    struct Alignment
    {
        std::optional<double> score;
        int kpis[2], okrs[2], initiatives[2]; ///< connected, total
    };
    std::optional<Alignment> m_alignment;
};

} // namespace scorecard
