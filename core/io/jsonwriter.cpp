// SPDX-License-Identifier: GPL-3.0-or-later
// toJson(): a small hand-rolled writer, so that keys come out in the
// documented order (QJsonObject would sort them) and numbers in the
// shortest form that reads back to the same double.
#include "io/jsonformat.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <vector>

namespace scorecard {
namespace {

QByteArray formatNumber(double d)
{
    if (!std::isfinite(d))
        return QByteArrayLiteral("null"); // JSON has no NaN or Inf; the model should not either
    // Whole numbers that a double holds exactly print as integers ("90", not "9e+01").
    constexpr double kExactIntegerLimit = 9007199254740992.0; // 2^53
    if (std::trunc(d) == d && std::abs(d) < kExactIntegerLimit)
        return QByteArray::number(qint64(d));
    // Shortest representation that parses back to exactly d.
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, d);
    return QByteArray(buffer, result.ptr - buffer);
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xc0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3f)));
    } else if (c < 0x10000) {
        out.append(char(0xe0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3f)));
        out.append(char(0x80 | (c & 0x3f)));
    } else {
        out.append(char(0xf0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3f)));
        out.append(char(0x80 | ((c >> 6) & 0x3f)));
        out.append(char(0x80 | (c & 0x3f)));
    }
}

void appendEscape(QByteArray &out, char16_t c)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append("\\u");
    for (int shift = 12; shift >= 0; shift -= 4)
        out.append(kHex[(c >> shift) & 0xf]);
}

/** Appends @p s as a JSON string literal: UTF-8, only what must be escaped is. */
void appendString(QByteArray &out, QStringView s)
{
    out.append('"');
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        switch (c) {
        case u'"':
            out.append("\\\"");
            continue;
        case u'\\':
            out.append("\\\\");
            continue;
        case u'\b':
            out.append("\\b");
            continue;
        case u'\f':
            out.append("\\f");
            continue;
        case u'\n':
            out.append("\\n");
            continue;
        case u'\r':
            out.append("\\r");
            continue;
        case u'\t':
            out.append("\\t");
            continue;
        default:
            break;
        }
        if (c < 0x20) {
            appendEscape(out, c);
        } else if (QChar::isHighSurrogate(c) && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            appendUtf8(out, QChar::surrogateToUcs4(c, s[i + 1].unicode()));
            ++i;
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate has no UTF-8 form; the escape keeps it (and the round trip) intact.
            appendEscape(out, c);
        } else {
            appendUtf8(out, c);
        }
    }
    out.append('"');
}

/** Streams indented JSON (two spaces, like Python's json.dump(indent=2)). */
class JsonWriter
{
public:
    QByteArray take()
    {
        m_out.append('\n');
        return std::move(m_out);
    }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    /** Starts a member of the current object; the next value call gives its value. */
    JsonWriter &key(const char *name)
    {
        nextItem();
        m_out.append('"').append(name).append("\": ");
        m_afterKey = true;
        return *this;
    }

    /** A key that is not a plain ASCII literal (escaped like a string). */
    JsonWriter &key(QStringView name)
    {
        nextItem();
        appendString(m_out, name);
        m_out.append(": ");
        m_afterKey = true;
        return *this;
    }

    void string(QStringView s)
    {
        beforeValue();
        appendString(m_out, s);
    }
    void number(double d)
    {
        beforeValue();
        m_out.append(formatNumber(d));
    }
    void number(std::optional<double> d) { d ? number(*d) : null(); }
    void boolean(bool b)
    {
        beforeValue();
        m_out.append(b ? "true" : "false");
    }
    void null()
    {
        beforeValue();
        m_out.append("null");
    }
    /** An id reference: null when unset. */
    template <typename Tag> void reference(const TypedId<Tag> &id)
    {
        id.isNull() ? null() : string(id.value);
    }
    /** A date as YYYY-MM-DD: null when unset. */
    void date(QDate d) { d.isValid() ? string(d.toString(Qt::ISODate)) : null(); }

    void bands(const Bands &b)
    {
        beginObject();
        key("green").number(b.green);
        key("amber").number(b.amber);
        endObject();
    }

private:
    void nextItem()
    {
        if (!m_nonEmpty.empty()) {
            if (m_nonEmpty.back())
                m_out.append(',');
            m_nonEmpty.back() = true;
        }
        m_out.append('\n');
        m_out.append(QByteArray(2 * qsizetype(m_nonEmpty.size()), ' '));
    }
    void beforeValue()
    {
        if (m_afterKey)
            m_afterKey = false;
        else if (!m_nonEmpty.empty()) // an array element
            nextItem();
    }
    void open(char bracket)
    {
        beforeValue();
        m_out.append(bracket);
        m_nonEmpty.push_back(false);
    }
    void close(char bracket)
    {
        const bool nonEmpty = m_nonEmpty.back();
        m_nonEmpty.pop_back();
        if (nonEmpty) { // empty containers stay on one line: [] and {}
            m_out.append('\n');
            m_out.append(QByteArray(2 * qsizetype(m_nonEmpty.size()), ' '));
        }
        m_out.append(bracket);
    }

    QByteArray m_out;
    std::vector<bool> m_nonEmpty; // one per open container: has it a member yet?
    bool m_afterKey = false;
};

void writeObjective(JsonWriter &w, const Objective &o)
{
    w.beginObject();
    w.key("id").string(o.id.value);
    w.key("name").string(o.name);
    w.key("perspective").reference(o.perspective);
    w.key("pillar").reference(o.pillar);
    w.key("department").reference(o.department);
    w.key("parent").reference(o.parent);
    w.key("owner").string(o.owner);
    w.key("description").string(o.description);
    w.key("weight").number(o.weight);
    w.key("position");
    if (o.position) {
        w.beginObject();
        w.key("x").number(o.position->x());
        w.key("y").number(o.position->y());
        w.endObject();
    } else {
        w.null();
    }
    w.endObject();
}

void writeKpi(JsonWriter &w, const Kpi &k)
{
    w.beginObject();
    w.key("id").string(k.id.value);
    w.key("name").string(k.name);
    w.key("objective").reference(k.objective);
    w.key("unit").string(k.unit);
    w.key("direction").string(toString(k.direction));
    w.key("baseline").number(k.baseline);
    w.key("target").number(k.target);
    w.key("range_low").number(k.rangeLow);
    w.key("range_high").number(k.rangeHigh);
    w.key("scoring").string(toString(k.scoring));
    w.key("red_flag").number(k.redFlag);
    w.key("goal").number(k.goal);
    w.key("bands");
    k.bands ? w.bands(*k.bands) : w.null();
    w.key("frequency").string(toString(k.frequency));
    w.key("weight").number(k.weight);
    w.key("owner").string(k.owner);
    w.key("department").reference(k.department);
    w.key("measurements").beginArray();
    for (const Measurement &m : k.measurements) {
        w.beginObject();
        w.key("period").string(m.period.toString());
        w.key("value").number(m.value);
        w.key("note").string(m.note);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeOkr(JsonWriter &w, const Okr &o)
{
    w.beginObject();
    w.key("id").string(o.id.value);
    w.key("title").string(o.title);
    w.key("objective").reference(o.objective);
    w.key("owner").string(o.owner);
    w.key("start").date(o.start);
    w.key("end").date(o.end);
    w.key("weight").number(o.weight);
    w.key("key_results").beginArray();
    for (const KeyResult &kr : o.keyResults) {
        w.beginObject();
        w.key("id").string(kr.id.value);
        w.key("title").string(kr.title);
        w.key("start_value").number(kr.startValue);
        w.key("target_value").number(kr.targetValue);
        w.key("current_value").number(kr.currentValue);
        w.key("unit").string(kr.unit);
        w.key("weight").number(kr.weight);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeInitiative(JsonWriter &w, const Initiative &i)
{
    w.beginObject();
    w.key("id").string(i.id.value);
    w.key("name").string(i.name);
    w.key("owner").string(i.owner);
    w.key("department").reference(i.department);
    w.key("start").date(i.start);
    w.key("end").date(i.end);
    w.key("budget").number(i.budget);
    w.key("spent").number(i.spent);
    w.key("progress").number(i.progress);
    w.key("status").string(toString(i.status));
    w.key("contributions").beginArray();
    for (const Contribution &c : i.contributions) {
        w.beginObject();
        w.key("objective").reference(c.objective);
        w.key("weight").number(c.weight);
        w.endObject();
    }
    w.endArray();
    w.key("milestones").beginArray();
    for (const Milestone &m : i.milestones) {
        w.beginObject();
        w.key("title").string(m.title);
        w.key("due").date(m.due);
        w.key("done").boolean(m.done);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeDataSource(JsonWriter &w, const DataSource &d)
{
    w.beginObject();
    w.key("id").string(d.id.value);
    w.key("name").string(d.name);
    w.key("kind").string(toString(d.kind));
    w.key("location").string(d.location);
    // The mapping's keys in sorted order (QJsonObject's); validation keeps its values strings.
    w.key("mapping").beginObject();
    const QJsonObject mapping = QJsonDocument::fromJson(d.mapping.toUtf8()).object();
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        w.key(QStringView(it.key()));
        if (it->isString())
            w.string(it->toString());
        else if (it->isDouble())
            w.number(it->toDouble());
        else if (it->isBool())
            w.boolean(it->toBool());
        else
            w.null();
    }
    w.endObject();
    w.key("kpis").beginArray();
    for (const QString &k : d.kpis)
        w.string(k);
    w.endArray();
    if (d.lastRefresh.isValid())
        w.key("last_refresh").string(d.lastRefresh.toUTC().toString(Qt::ISODateWithMs));
    else
        w.key("last_refresh").null();
    w.key("last_error").string(d.lastError);
    w.endObject();
}

} // namespace

QByteArray toJson(const Scorecard &sc)
{
    JsonWriter w;
    w.beginObject();
    w.key("format").string(jsonformat::kFormatName);
    // Version 1 when there is nothing of version 2: such a file stays readable
    // by older versions, byte for byte what they wrote.
    w.key("version").number(sc.dataSources.empty() ? 1 : jsonformat::kVersion);
    w.key("name").string(sc.info.name);
    w.key("description").string(sc.info.description);
    w.key("settings").beginObject();
    w.key("bands").bands(sc.info.bands);
    w.key("currency").string(sc.info.currency);
    w.endObject();

    w.key("perspectives").beginArray();
    for (const Perspective &p : sc.perspectives) {
        w.beginObject();
        w.key("id").string(p.id.value);
        w.key("name").string(p.name);
        w.key("color").string(p.color);
        w.endObject();
    }
    w.endArray();

    w.key("pillars").beginArray();
    for (const Pillar &p : sc.pillars) {
        w.beginObject();
        w.key("id").string(p.id.value);
        w.key("name").string(p.name);
        w.key("description").string(p.description);
        w.key("color").string(p.color);
        w.endObject();
    }
    w.endArray();

    w.key("departments").beginArray();
    for (const Department &d : sc.departments) {
        w.beginObject();
        w.key("id").string(d.id.value);
        w.key("name").string(d.name);
        w.key("parent").reference(d.parent);
        w.endObject();
    }
    w.endArray();

    w.key("objectives").beginArray();
    for (const Objective &o : sc.objectives)
        writeObjective(w, o);
    w.endArray();

    w.key("links").beginArray();
    for (const Link &l : sc.links) {
        w.beginObject();
        w.key("from").reference(l.from);
        w.key("to").reference(l.to);
        w.key("note").string(l.note);
        w.endObject();
    }
    w.endArray();

    w.key("kpis").beginArray();
    for (const Kpi &k : sc.kpis)
        writeKpi(w, k);
    w.endArray();

    w.key("okrs").beginArray();
    for (const Okr &o : sc.okrs)
        writeOkr(w, o);
    w.endArray();

    w.key("initiatives").beginArray();
    for (const Initiative &i : sc.initiatives)
        writeInitiative(w, i);
    w.endArray();

    if (!sc.dataSources.empty()) {
        w.key("data_sources").beginArray();
        for (const DataSource &d : sc.dataSources)
            writeDataSource(w, d);
        w.endArray();
    }

    w.endObject();
    return w.take();
}

} // namespace scorecard
