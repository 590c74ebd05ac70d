// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

class QComboBox;
class QLineEdit;
class QWidget;

namespace scorecard::editorfields {

/**
 * Reads a number typed in a field the way spreadsheets write them
 * (core/io/numbertext): the decimal separator is the one the text shows,
 * else the locale's. Empty or not a number: a short reason for the field.
 */
Result<double> number(const QString &text);
/** As number(), but empty text means "not set". */
Result<std::optional<double>> optionalNumber(const QString &text);
/** An ISO date (YYYY-MM-DD); empty text is a null date ("not set"). */
Result<QDate> optionalDate(const QString &text);

/** A number for a field (locale digits, no needless decimals). */
QString numberText(double value);
QString numberText(const std::optional<double> &value);
QString dateText(const QDate &date);

/** Sets @p text only when it differs, so the cursor and undo of the field stay. */
void setText(QLineEdit *edit, const QString &text);

/** (shown text, id) pairs for a combo box; an empty id is "none". */
using Choices = QList<QPair<QString, QString>>;
/** Refills @p combo with @p choices (signals blocked) and selects @p current. */
void fill(QComboBox *combo, const Choices &choices, const QString &current);
/** Selects the entry with id @p id without emitting a change when it already is. */
void select(QComboBox *combo, const QString &id);
QString selected(const QComboBox *combo);
/**
 * Names @p field after its form label (without "&" and ":") unless it has
 * a name: Qt finds a label buddy among the field's siblings only, and a
 * field inside a box (with its error line, or a button) has none.
 */
void nameAfterLabel(QWidget *field, const QString &label);

} // namespace scorecard::editorfields

namespace scorecard {
class ScorecardDocument;
}

namespace scorecard::editorfields {

/** "(none)" followed by the departments in tree order, indented by depth. */
Choices departmentChoices(const ScorecardDocument &doc, const QString &none);
/** The objectives, each with its perspective, after @p none if it is not empty. */
Choices objectiveChoices(const ScorecardDocument &doc, const QString &none);
Choices perspectiveChoices(const ScorecardDocument &doc);
Choices pillarChoices(const ScorecardDocument &doc, const QString &none);

} // namespace scorecard::editorfields

class QTableWidget;
class QWidget;

namespace scorecard::editorfields {

/** A compact table for a list inside an editor (key results, milestones). */
QTableWidget *makeTable(const QStringList &headers, QWidget *parent);
/** The trimmed text of a cell (empty when there is no item). */
QString cellText(const QTableWidget *table, int row, int column);
/** Marks a cell as wrong (or not) without emitting itemChanged. */
void markCell(QTableWidget *table, int row, int column, bool wrong);

} // namespace scorecard::editorfields
