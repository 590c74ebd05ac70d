// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvimport.h"

#include "commands/editcommands.h"
#include "document/scorecarddocument.h"
#include "io/jsonfields.h"
#include "io/periodtext.h"
#include "model/limits.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <unordered_map>

namespace scorecard {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::CsvImport", text);
}

/** What a header cell says its column holds. */
enum class Role { None, KpiId, KpiName, Period, Value, Note };

/** "KPI_Id", " kpi-id ", "KPI id (text)" all become "kpi id". */
QString normalizedHeader(QStringView header)
{
    QStringView s = header.trimmed();
    if (s.startsWith(QChar(0xfeff)))
        s = s.mid(1).trimmed();
    // A unit or remark in parentheses at the end: "Value (EUR)".
    if (s.endsWith(u')')) {
        const qsizetype open = s.lastIndexOf(u'(');
        if (open > 0)
            s = s.left(open).trimmed();
    }
    QString out;
    out.reserve(s.size());
    bool space = false;
    for (QChar c : s) {
        if (c == u'_' || c == u'-' || c == u'.' || c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c.toCaseFolded();
    }
    return out;
}

Role roleOf(QStringView header)
{
    struct Synonym
    {
        const char16_t *name;
        Role role;
    };
    static constexpr Synonym kSynonyms[] = {
        {u"kpi", Role::KpiId},
        {u"kpi id", Role::KpiId},
        {u"kpiid", Role::KpiId},
        {u"id", Role::KpiId},
        {u"kpi code", Role::KpiId},
        {u"code", Role::KpiId},
        {u"indicator id", Role::KpiId},
        {u"metric id", Role::KpiId},
        {u"measure id", Role::KpiId},
        {u"kpi name", Role::KpiName},
        {u"name", Role::KpiName},
        {u"indicator", Role::KpiName},
        {u"indicator name", Role::KpiName},
        {u"metric", Role::KpiName},
        {u"metric name", Role::KpiName},
        {u"measure", Role::KpiName},
        {u"measure name", Role::KpiName},
        {u"key performance indicator", Role::KpiName},
        {u"period", Role::Period},
        {u"reporting period", Role::Period},
        {u"time period", Role::Period},
        {u"date", Role::Period},
        {u"month", Role::Period},
        {u"quarter", Role::Period},
        {u"week", Role::Period},
        {u"year", Role::Period},
        {u"time", Role::Period},
        {u"as of", Role::Period},
        {u"value", Role::Value},
        {u"values", Role::Value},
        {u"actual", Role::Value},
        {u"actuals", Role::Value},
        {u"actual value", Role::Value},
        {u"kpi value", Role::Value},
        {u"amount", Role::Value},
        {u"result", Role::Value},
        {u"measurement", Role::Value},
        {u"figure", Role::Value},
        {u"note", Role::Note},
        {u"notes", Role::Note},
        {u"comment", Role::Note},
        {u"comments", Role::Note},
        {u"remark", Role::Note},
        {u"remarks", Role::Note},
        {u"annotation", Role::Note},
        // The languages the GUI speaks (resources/translations): German ...
        {u"kennzahl", Role::KpiName},
        {u"kennzahl id", Role::KpiId},
        {u"periode", Role::Period},
        {u"zeitraum", Role::Period},
        {u"datum", Role::Period},
        {u"monat", Role::Period},
        {u"quartal", Role::Period},
        {u"wert", Role::Value},
        {u"istwert", Role::Value},
        {u"notiz", Role::Note},
        {u"kommentar", Role::Note},
        {u"bemerkung", Role::Note},
        // ... and Spanish.
        {u"indicador", Role::KpiName},
        {u"periodo", Role::Period},
        {u"per\u00edodo", Role::Period},
        {u"fecha", Role::Period},
        {u"mes", Role::Period},
        {u"trimestre", Role::Period},
        {u"valor", Role::Value},
        {u"nota", Role::Note},
        {u"comentario", Role::Note},
    };
    const QString name = normalizedHeader(header);
    for (const Synonym &s : kSynonyms) {
        if (name == QStringView(s.name))
            return s.role;
    }
    return Role::None;
}

struct ViewHash
{
    using is_transparent = void;
    size_t operator()(QStringView v) const { return qHash(v); }
};
struct ViewEqual
{
    using is_transparent = void;
    bool operator()(QStringView a, QStringView b) const { return a == b; }
};

/**
 * Finds KPIs by id, then by id ignoring case, then by name ignoring case.
 * Remembers every text it was asked about, so a million rows cost one hash
 * lookup each and no string.
 */
class KpiMatcher
{
    /** Case and runs of white space (a no-break space from a spreadsheet too) do not matter. */
    static QString folded(QStringView text) { return text.toString().simplified().toCaseFolded(); }

public:
    static constexpr int kUnknown = -1;
    static constexpr int kAmbiguous = -2;

    explicit KpiMatcher(const Scorecard &sc) : m_sc(sc)
    {
        for (size_t i = 0; i < sc.kpis.size(); ++i) {
            const Kpi &k = sc.kpis[i];
            m_byId.insert(k.id.value, int(i));
            m_byFoldedId[folded(k.id.value)].append(int(i));
            m_byFoldedName[folded(k.name)].append(int(i));
        }
    }

    int find(QStringView text)
    {
        if (m_last >= kAmbiguous && text == m_lastText)
            return m_last;
        auto it = m_cache.find(text);
        if (it == m_cache.end())
            it = m_cache.emplace(text.toString(), lookup(text)).first;
        m_lastText = it->first;
        m_last = it->second;
        return m_last;
    }

    QString error(QStringView text) const
    {
        const QString key = folded(text);
        QList<int> candidates = m_byFoldedId.value(key);
        if (candidates.size() < 2)
            candidates = m_byFoldedName.value(key);
        if (candidates.size() < 2)
            return tr("unknown KPI %1").arg(quoteForMessage(text));
        QStringList ids;
        for (int i : std::as_const(candidates))
            ids << quoteForMessage(m_sc.kpis[size_t(i)].id.value);
        return tr("KPI %1 is ambiguous: it could be %2 (use the id)")
            .arg(quoteForMessage(text), ids.join(QStringLiteral(", ")));
    }

private:
    int lookup(QStringView text) const
    {
        if (auto it = m_byId.constFind(text.toString()); it != m_byId.constEnd())
            return *it;
        const QString key = folded(text);
        for (const auto *table : {&m_byFoldedId, &m_byFoldedName}) {
            const QList<int> hits = table->value(key);
            if (hits.size() == 1)
                return hits.front();
            if (hits.size() > 1)
                return kAmbiguous;
        }
        return kUnknown;
    }

    const Scorecard &m_sc;
    QHash<QString, int> m_byId;
    QHash<QString, QList<int>> m_byFoldedId;
    QHash<QString, QList<int>> m_byFoldedName;
    std::unordered_map<QString, int, ViewHash, ViewEqual> m_cache;
    QStringView m_lastText;
    int m_last = kAmbiguous - 1;
};

bool isBlank(QStringView s)
{
    return s.trimmed().isEmpty();
}

QString columnLabel(QStringView header, qsizetype column)
{
    const QStringView h = header.trimmed();
    if (h.isEmpty() || h.size() > 60 || h.contains(u'\n') || h.contains(u'\r'))
        return QString::number(column + 1);
    return h.toString();
}

/** Where the file's columns are. */
struct Columns
{
    CsvImport::Layout layout = CsvImport::Layout::Long;
    bool hasHeader = true;
    qsizetype kpi = -1, period = -1, value = -1, note = -1; ///< long
    qsizetype width = 0;                                    ///< the header's cell count
    std::vector<std::optional<PeriodText>> periods;         ///< wide: per column
    QStringList labels;                                     ///< per column, for messages
    QStringList ignored;
};

/**
 * Row 1 is data, not a header: a KPI (known to the scorecard unless the
 * layout was given), a period and a number (or nothing), in 3 or 4 cells.
 */
bool looksLikeData(const CsvTable &t, KpiMatcher &matcher, bool forced)
{
    const qsizetype n = t.cellCount(0);
    if (n < 3 || n > 4 || !PeriodText::parse(t.cell(0, 1)).ok())
        return false;
    if (!forced && matcher.find(t.cell(0, 0).trimmed()) < 0)
        return false;
    const QStringView v = t.cell(0, 2);
    return isBlank(v) || NumberText::parse(v, NumberText::Decimal::Point).ok() ||
           NumberText::parse(v, NumberText::Decimal::Comma).ok();
}

Columns positionalColumns(const CsvTable &t)
{
    Columns p;
    p.layout = CsvImport::Layout::Long;
    p.hasHeader = false;
    p.width = t.cellCount(0);
    p.kpi = 0;
    p.period = 1;
    p.value = 2;
    p.note = p.width > 3 ? 3 : -1;
    for (qsizetype i = 0; i < p.width; ++i)
        p.labels << QString::number(i + 1);
    return p;
}

/** The long layout's columns, found by their header names; empty when one is missing. */
std::optional<Columns> longColumns(const CsvTable &t, QString *missing)
{
    Columns c;
    c.layout = CsvImport::Layout::Long;
    c.width = t.cellCount(0);
    qsizetype kpiId = -1, kpiName = -1;
    for (qsizetype i = 0; i < c.width; ++i) {
        c.labels << columnLabel(t.cell(0, i), i);
        qsizetype *slot = nullptr;
        switch (roleOf(t.cell(0, i))) {
        case Role::KpiId:
            slot = &kpiId;
            break;
        case Role::KpiName:
            slot = &kpiName;
            break;
        case Role::Period:
            slot = &c.period;
            break;
        case Role::Value:
            slot = &c.value;
            break;
        case Role::Note:
            slot = &c.note;
            break;
        case Role::None:
            break;
        }
        if (slot && *slot < 0)
            *slot = i;
    }
    // Both an id and a name column: the id is exact, the name is ignored.
    c.kpi = kpiId >= 0 ? kpiId : kpiName;
    if (c.kpi < 0 || c.period < 0 || c.value < 0) {
        if (missing)
            *missing = c.kpi < 0 ? tr("KPI") : c.period < 0 ? tr("period") : tr("value");
        return std::nullopt;
    }
    for (qsizetype i = 0; i < c.width; ++i) {
        if (i != c.kpi && i != c.period && i != c.value && i != c.note && !isBlank(t.cell(0, i)))
            c.ignored << c.labels.at(i);
    }
    return c;
}

/**
 * The wide layout's columns: a KPI column (the first with a KPI header, or
 * the first column) and the columns whose headers are periods. Empty when no
 * header is a period; an error when a header that starts with a digit is
 * not a period, or when the KPI column would be a period.
 */
std::optional<Result<Columns>> wideColumns(const CsvTable &t)
{
    Columns c;
    c.layout = CsvImport::Layout::Wide;
    c.width = t.cellCount(0);
    c.periods.resize(size_t(c.width));
    for (qsizetype i = 0; i < c.width; ++i) {
        c.labels << columnLabel(t.cell(0, i), i);
        const Role role = roleOf(t.cell(0, i));
        if (c.kpi < 0 && (role == Role::KpiId || role == Role::KpiName))
            c.kpi = i;
    }
    if (c.kpi < 0)
        c.kpi = 0;
    int periods = 0;
    for (qsizetype i = 0; i < c.width; ++i) {
        if (auto p = PeriodText::parse(t.cell(0, i)); p && i != c.kpi) {
            c.periods[size_t(i)] = *p;
            ++periods;
        }
    }
    if (periods == 0)
        return std::nullopt;
    if (PeriodText::parse(t.cell(0, c.kpi)).ok())
        return Result<Columns>(
            fail(tr("row 1: the first column must name the KPIs, not a period")));
    for (qsizetype i = 0; i < c.width; ++i) {
        const QStringView header = t.cell(0, i).trimmed();
        if (i == c.kpi || c.periods[size_t(i)] || header.isEmpty())
            continue;
        if (header.front().isDigit()) // meant as a period, but is not one
            return Result<Columns>(fail(
                tr("row 1, column %1: %2").arg(c.labels.at(i), PeriodText::parse(header).error())));
        c.ignored << c.labels.at(i);
    }
    return Result<Columns>(std::move(c));
}

Result<Columns> findColumns(const CsvTable &t, CsvImport::Layout layout, KpiMatcher &matcher)
{
    const QString expected = tr("a long file has the columns KPI, period, value and optionally "
                                "note; a wide file has a KPI column and one column per period");
    QString missing;
    if (layout == CsvImport::Layout::Long) {
        if (auto c = longColumns(t, &missing))
            return *c;
        if (looksLikeData(t, matcher, true))
            return positionalColumns(t);
        return fail(tr("row 1: no %1 column (%2)").arg(missing, expected));
    }
    if (layout == CsvImport::Layout::Wide) {
        if (auto c = wideColumns(t))
            return *c;
        return fail(tr("row 1: no period columns (%1)").arg(expected));
    }
    if (auto c = longColumns(t, nullptr))
        return *c;
    auto wide = wideColumns(t);
    if (wide && wide->ok())
        return *wide;
    if (looksLikeData(t, matcher, false))
        return positionalColumns(t);
    if (wide)
        return *wide;
    return fail(tr("row 1: cannot tell the layout (%1; see --layout)").arg(expected));
}

/** Where a value was given. */
struct Where
{
    qint32 row = 0;
    qint32 column = 0;
};

/**
 * The periods given so far for each KPI, sorted, with where: a file is
 * mostly grouped by KPI or by period, so each KPI's periods arrive in order
 * and recording one is an append.
 */
class GivenValues
{
public:
    explicit GivenValues(size_t kpis) : m_given(kpis) {}

    /** Records @p period for KPI @p kpi; returns where it was given before, if it was. */
    std::optional<Where> add(int kpi, const Period &period, Where here)
    {
        auto &list = m_given[size_t(kpi)];
        if (list.empty() || list.back().first < period) {
            list.emplace_back(period, here);
            return std::nullopt;
        }
        auto it = std::lower_bound(
            list.begin(), list.end(), period,
            [](const std::pair<Period, Where> &e, const Period &p) { return e.first < p; });
        if (it != list.end() && it->first == period)
            return it->second;
        list.insert(it, {period, here});
        return std::nullopt;
    }

private:
    std::vector<std::vector<std::pair<Period, Where>>> m_given;
};

} // namespace

QString CsvImport::Issue::text() const
{
    if (row <= 0)
        return message;
    if (column.isEmpty())
        return tr("row %1: %2").arg(row).arg(message);
    return tr("row %1, column %2: %3").arg(row).arg(column, message);
}

QString CsvImport::layoutName(Layout layout)
{
    switch (layout) {
    case Layout::Auto:
        return tr("auto");
    case Layout::Long:
        return tr("long");
    case Layout::Wide:
        return tr("wide");
    }
    return {};
}

QString CsvImport::cancelledMessage()
{
    return QCoreApplication::translate("scorecard::CsvTable", "cancelled");
}

Result<CsvImport::Preview> CsvImport::preview(const Scorecard &sc, const QByteArray &bytes,
                                              const Options &options, const Progress &progress)
{
    ProgressCallback reading;
    if (progress)
        reading = [&](qint64 done, qint64 total) { return progress(Stage::Reading, done, total); };
    auto table = CsvTable::read(bytes, options.table, reading);
    if (!table)
        return fail(table.error());
    const CsvTable &t = *table;

    qsizetype firstRow = 0;
    while (firstRow < t.rowCount() && t.isBlankRow(firstRow))
        ++firstRow;
    if (firstRow == t.rowCount())
        return fail(tr("the file is empty"));
    if (firstRow > 0)
        return fail(tr("row %1: the file starts with blank rows; the header must be in row 1")
                        .arg(firstRow + 1));

    KpiMatcher matcher(sc);
    auto found = findColumns(t, options.layout, matcher);
    if (!found)
        return fail(found.error());
    const Columns &cols = *found;

    Preview out;
    out.layout = cols.layout;
    out.hasHeader = cols.hasHeader;
    out.encodingName = t.encodingName();
    out.delimiter = t.delimiter();
    out.ignoredColumns = cols.ignored;
    const qsizetype begin = cols.hasHeader ? 1 : 0;
    const bool wide = cols.layout == Layout::Wide;

    // The decimal separator: decided once for all value cells, from the cells
    // that show it; without any, a semicolon-separated file uses commas.
    qsizetype commas = 0, points = 0;
    auto vote = [&](QStringView cell) {
        switch (NumberText::hint(cell)) {
        case NumberText::Hint::Comma:
            ++commas;
            break;
        case NumberText::Hint::Point:
            ++points;
            break;
        case NumberText::Hint::None:
            break;
        }
    };
    for (qsizetype r = begin; r < t.rowCount(); ++r) {
        if (wide) {
            for (qsizetype c = 0; c < std::min(cols.width, t.cellCount(r)); ++c) {
                if (cols.periods[size_t(c)])
                    vote(t.cell(r, c));
            }
        } else {
            vote(t.cell(r, cols.value));
        }
    }
    if (options.decimal)
        out.decimal = *options.decimal;
    else if (commas != points)
        out.decimal = commas > points ? NumberText::Decimal::Comma : NumberText::Decimal::Point;
    else
        out.decimal =
            t.delimiter() == u';' ? NumberText::Decimal::Comma : NumberText::Decimal::Point;
    const NumberText::Hint contrary = out.decimal == NumberText::Decimal::Point
                                          ? NumberText::Hint::Comma
                                          : NumberText::Hint::Point;
    const QString contraryText = out.decimal == NumberText::Decimal::Point
                                     ? tr("%1 has a decimal comma, but the file's other values "
                                          "use decimal points")
                                     : tr("%1 has a decimal point, but the file's other values "
                                          "use decimal commas");

    GivenValues given(sc.kpis.size());
    out.entries.reserve(size_t(t.rowCount() - begin) * (wide ? size_t(cols.width - 1) : 1u));
    const qsizetype total = t.rowCount();
    constexpr qsizetype kReportEvery = 16384;

    for (qsizetype r = begin; r < total; ++r) {
        if (progress && (r - begin) % kReportEvery == 0 && !progress(Stage::Checking, r, total))
            return fail(cancelledMessage());
        if (t.isBlankRow(r))
            continue;
        const QStringView kpiText = t.cell(r, cols.kpi).trimmed();
        // A row for a KPI the caller did not ask for is not this import's business.
        if (!options.kpis.isEmpty() && !kpiText.isEmpty()) {
            const int found = matcher.find(kpiText);
            if (found < 0 || !options.kpis.contains(sc.kpis[size_t(found)].id.value)) {
                ++out.otherKpiRows;
                continue;
            }
        }
        ++out.dataRows;
        const qint32 rowNumber = qint32(t.rowNumber(r));
        const size_t errorsBefore = out.errors.size();
        const size_t entriesBefore = out.entries.size();
        auto error = [&](const QString &column, const QString &message) {
            out.errors.push_back({rowNumber, column, message});
        };

        for (qsizetype c = cols.width; c < t.cellCount(r); ++c) {
            if (!isBlank(t.cell(r, c))) {
                error({}, tr("%1 cells, but the header has %2 columns (quote cells that contain "
                             "the delimiter)")
                              .arg(t.cellCount(r))
                              .arg(cols.width));
                break;
            }
        }

        int kpiIndex = KpiMatcher::kUnknown;
        if (kpiText.isEmpty())
            error({}, tr("no KPI"));
        else if ((kpiIndex = matcher.find(kpiText)) < 0)
            error({}, matcher.error(kpiText));
        const Kpi *kpi = kpiIndex >= 0 ? &sc.kpis[size_t(kpiIndex)] : nullptr;

        // One value: its period (text and where it came from) and its cell.
        auto take = [&](const PeriodText *pt, QStringView periodText, qsizetype periodColumn,
                        qsizetype valueColumn) {
            const QStringView cell = t.cell(r, valueColumn);
            const QString &valueLabel = cols.labels.at(valueColumn);
            std::optional<Period> period;
            if (kpi && pt) {
                period = pt->toPeriod(kpi->frequency);
                if (!period)
                    error(cols.labels.at(periodColumn),
                          tr("%1 is %2, but KPI %3 is %4")
                              .arg(quoteForMessage(periodText.trimmed()), pt->kindName(),
                                   quoteForMessage(kpi->id.value), toString(kpi->frequency)));
            }
            if (NumberText::hint(cell) == contrary) {
                error(valueLabel, contraryText.arg(quoteForMessage(cell.trimmed())));
                return;
            }
            auto value = NumberText::parse(cell, out.decimal);
            if (!value) {
                error(valueLabel, value.error());
                return;
            }
            if (!period)
                return;
            if (auto it = given.add(kpiIndex, *period, {rowNumber, qint32(valueColumn)})) {
                const QString what = tr("a second value for KPI %1 in %2")
                                         .arg(quoteForMessage(kpi->id.value), period->toString());
                if (wide)
                    error(valueLabel, tr("%1 (the first is in row %2, column %3)")
                                          .arg(what)
                                          .arg(it->row)
                                          .arg(cols.labels.at(it->column)));
                else
                    error({}, tr("%1 (the first is in row %2)").arg(what).arg(it->row));
                return;
            }
            Entry e;
            e.kpi = kpi->id;
            e.period = *period;
            e.value = *value;
            e.row = rowNumber;
            if (!wide && cols.note >= 0) {
                e.hasNote = true;
                const QStringView note = t.cell(r, cols.note);
                if (note.size() > limits::kMaxTextLength) {
                    error(cols.labels.at(cols.note),
                          tr("the note is longer than %1 characters").arg(limits::kMaxTextLength));
                    return;
                }
                if (!note.isEmpty())
                    e.note = note.toString();
            }
            out.entries.push_back(std::move(e));
        };

        if (wide) {
            for (qsizetype c = 0; c < std::min(cols.width, t.cellCount(r)); ++c) {
                if (c == cols.kpi)
                    continue;
                const QStringView cell = t.cell(r, c);
                if (!cols.periods[size_t(c)]) {
                    if (t.cell(0, c).trimmed().isEmpty() && !isBlank(cell))
                        error(cols.labels.at(c), tr("a value in a column without a period"));
                    continue;
                }
                if (isBlank(cell)) {
                    ++out.blankCells;
                    continue;
                }
                take(&*cols.periods[size_t(c)], t.cell(0, c), c, c);
            }
        } else {
            const QStringView periodText = t.cell(r, cols.period);
            std::optional<PeriodText> pt;
            if (isBlank(periodText)) {
                error(cols.labels.at(cols.period), tr("no period"));
            } else if (auto parsed = PeriodText::parse(periodText); !parsed) {
                error(cols.labels.at(cols.period), parsed.error());
            } else {
                pt = *parsed;
            }
            const QStringView cell = t.cell(r, cols.value);
            if (isBlank(cell))
                ++out.blankCells;
            else
                take(pt ? &*pt : nullptr, periodText, cols.period, cols.value);
        }

        if (out.errors.size() != errorsBefore) {
            out.skippedRows.push_back(rowNumber);
            out.entries.resize(entriesBefore);
        }
    }
    if (progress && !progress(Stage::Checking, total, total))
        return fail(cancelledMessage());

    // What each value would do to the scorecard as it is now.
    QHash<QString, const Kpi *> kpis;
    for (const Kpi &k : sc.kpis)
        kpis.insert(k.id.value, &k);
    const Kpi *kpi = nullptr;
    for (Entry &e : out.entries) {
        if (!kpi || kpi->id != e.kpi)
            kpi = kpis.value(e.kpi.value);
        const auto &list = kpi->measurements;
        auto it =
            std::lower_bound(list.begin(), list.end(), e.period,
                             [](const Measurement &m, const Period &p) { return m.period < p; });
        if (it == list.end() || it->period != e.period) {
            e.status = Entry::Status::Add;
            ++out.added;
            continue;
        }
        e.oldValue = it->value;
        const bool same = it->value == e.value && (!e.hasNote || it->note == e.note);
        e.status = same ? Entry::Status::Unchanged : Entry::Status::Overwrite;
        ++(same ? out.unchanged : out.overwritten);
    }
    return out;
}

Result<void> CsvImport::apply(ScorecardDocument &doc, const Preview &preview, bool skipErrors,
                              const Progress &progress)
{
    if (preview.hasErrors() && !skipErrors)
        return fail((preview.errors.size() == 1
                         ? tr("the file has 1 error: nothing was imported")
                         : tr("the file has %1 errors: nothing was imported"))
                        .arg(preview.errors.size()));
    const std::vector<MeasurementRecord> values = records(doc, preview);
    const QString label = preview.changes() == 1
                              ? tr("Import 1 value from CSV")
                              : tr("Import %1 values from CSV").arg(preview.changes());
    auto command = ImportMeasurementsCommand::create(doc, values, label);
    if (!command)
        return fail(command.error());
    bool cancelled = false;
    if (progress) {
        doc.setWriteProgress([&](qint64 done, qint64 total) {
            cancelled = !progress(Stage::Writing, done, total);
            return !cancelled;
        });
    }
    auto pushed = doc.push(std::move(command).value());
    doc.setWriteProgress({});
    if (cancelled)
        return fail(cancelledMessage());
    return pushed;
}

std::vector<MeasurementRecord> CsvImport::records(const ScorecardDocument &doc,
                                                  const Preview &preview)
{
    std::vector<MeasurementRecord> records;
    records.reserve(preview.entries.size());
    const Kpi *kpi = nullptr;
    for (const Entry &e : preview.entries) {
        MeasurementRecord rec{e.kpi, {e.period, e.value, e.note}};
        if (!e.hasNote) {
            // Without a note column the existing note stays.
            if (!kpi || kpi->id != e.kpi)
                kpi = doc.kpi(e.kpi);
            if (kpi) {
                const auto &list = kpi->measurements;
                auto it = std::lower_bound(
                    list.begin(), list.end(), e.period,
                    [](const Measurement &m, const Period &p) { return m.period < p; });
                if (it != list.end() && it->period == e.period)
                    rec.measurement.note = it->note;
            }
        }
        records.push_back(std::move(rec));
    }
    return records;
}

} // namespace scorecard
