// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/scorecard.h"
#include "util/result.h"

#include <QByteArray>

namespace scorecard {

/** The JSON interchange format: its name, its version and its limits (docs/json-format.md). */
namespace jsonformat {
/** The value of the top-level "format" field. */
inline constexpr char16_t kFormatName[] = u"scorecard";
/**
 * The newest format version this program reads and writes. Version 2 adds
 * "data_sources"; a scorecard without data sources is written as version 1.
 */
inline constexpr int kVersion = 2;
/** The longest string value accepted, in UTF-16 code units. */
inline constexpr qsizetype kMaxStringLength = 100'000;
/** The longest id accepted, in UTF-16 code units. */
inline constexpr qsizetype kMaxIdLength = 200;
} // namespace jsonformat

/**
 * Serialises a scorecard to the JSON interchange format (UTF-8, indented,
 * deterministic). Every field is written, unset values as null, keys in
 * the documented order, lists in vector order; doubles round-trip exactly.
 */
QByteArray toJson(const Scorecard &sc);

/**
 * Parses and validates a JSON interchange document. Stops at the first
 * problem; the error is one line that names its JSON path, e.g.
 * `objectives[3].perspective: unknown perspective "fin"`. On success,
 * perspectives get position = list index, everything else seq = index + 1,
 * and measurements are sorted by period.
 */
Result<Scorecard> fromJson(const QByteArray &bytes);

} // namespace scorecard
