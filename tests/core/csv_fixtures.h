// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvimport.h"
#include "model/scorecard.h"

#include <QString>

namespace scorecard::test {

/**
 * smallScorecard() with a KPI of every frequency and names that test
 * matching: revenue (monthly: 2026-01..03 = 130, 160, 190), churn
 * (quarterly: 2026-Q1 = 7, note "ok"), tickets "Support tickets" (weekly:
 * 2026-W01 = 40), headcount "Headcount" (yearly: 2025 = 120), satisfaction
 * "Satisfacción clientes" (monthly, none), and two KPIs both named "Sales"
 * (sales-north, sales-south).
 */
Scorecard csvScorecard();

/** The bytes of tests/data/csv/@p name. */
QByteArray csvCorpusFile(const QString &name);

/**
 * A preview as text, one fact per line, for exact comparisons: the dialect,
 * ignored columns, every entry ("row 3: add revenue 2026-04 210 note ..."),
 * blank cells, errors and skipped rows.
 */
QString renderPreview(const CsvImport::Preview &preview);

} // namespace scorecard::test
