#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the CSV corpus of tests/core/csv_corpus_tests.cpp: real-world-shaped
files (each dialect the importer reads) and broken ones. The bytes matter
(encodings, byte order marks, line endings), so they are made here rather
than typed. Each NAME.csv has a hand-written NAME.expected next to it."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, text, encoding="utf-8", bom=b"", newline="\n"):
    data = bom + text.replace("\n", newline).encode(encoding)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# Excel's "CSV UTF-8" on a UK/US machine: comma, LF; every period form.
write("long-basic.csv", """KPI,Period,Value,Note
revenue,2026-03,190,
revenue,2026-04,210,"April, after the ""spring"" campaign"
Revenue,05/2026,"1,234.5",
REVENUE,Jun 2026,$1.5,"two
lines"
churn,2026-Q2,6.5,
churn,2026-08-15,5,date maps to Q3
tickets,2026-W07,38,
headcount,2026,125,
satisfaction,2026-03,81%,
""")

# Excel on a German machine: BOM, CRLF, semicolons, decimal commas.
write("long-excel-de.csv", """KPI name;Month;Value
Revenue;2026-04;1.234,5
Revenue;2026-05;1.300
Churn;2026-06-30;4,25
""", bom=b"\xef\xbb\xbf", newline="\r\n")

# Excel's "Unicode text": UTF-16LE with BOM, tabs, CRLF.
write("long-utf16le-tab.csv", """Indicator\tPeriod\tActual\tComment
Satisfacci\u00f3n clientes\tMar 2026\t82\tEncuesta de marzo
Support tickets\t2026-W08\t35\t
""", encoding="utf-16-le", bom=b"\xff\xfe", newline="\r\n")

# UTF-16BE with BOM.
write("long-utf16be.csv", """kpi,period,value
headcount,2027,130
""", encoding="utf-16-be", bom=b"\xfe\xff")

# UTF-16LE without a BOM: recognised by its zero bytes.
write("long-utf16le-nobom.csv", """kpi,period,value
headcount,2027,131
""", encoding="utf-16-le")

# An older Windows export: Windows-1252 (not valid UTF-8), euro sign, accents.
write("long-cp1252.csv", """KPI;Period;Value;Note
Satisfacci\u00f3n clientes;2026-04;83;"R\u00e9sum\u00e9: tr\u00e8s bien"
revenue;2026-06;\u20ac 2.500,75;
""", encoding="cp1252", newline="\r\n")

# Excel's "sep=" line: it names the delimiter and is not a row.
write("long-excel-sep.csv", """sep=;
KPI;Period;Value
revenue;2026-04;1,5
revenue;2026-05;
""", newline="\r\n")

# Classic Mac line ends (CR only).
write("long-cr.csv", """kpi,period,value
revenue,2026-04,1
""", newline="\r")

# Columns in another order, synonyms, a unit in the header, columns to ignore.
write("long-synonyms.csv", """Date,KPI ID,KPI Name,Value (EUR),Unit,Comment
2026-04-30,revenue,Revenue,"\u20ac1,234",EUR,end of month
""")

# No header: KPI, period, value by position.
write("headerless.csv", """revenue,2026-04,210
churn,2026-Q2,6
""")

# Wide: a row per KPI, month names, percent signs, an ignored column, blanks.
write("wide-basic.csv", """KPI,Unit,Mar 2026,Apr 2026,2026-05
Revenue,EUR,190,"1,250",
Support tickets,#,,,
satisfaction,%,81%,79.5%,80 %
""")

# Wide, semicolons and decimal commas, quarters, a date and a year column.
write("wide-semicolon-quarters.csv", """Name;Q1 2026;2026-Q2;2026-07-01;2026
Churn;7;6,5;5,75;
Headcount;;;;130
""")

# Every kind of row and cell error, named by row and column.
write("errors.csv", """KPI,Period,Value,Note
revenue,2026-04,210,
revenue,2026-05,220,
Sales EMEA,2026-04,100,
revenue,2026-06,eighty,
churn,2026-04,5,
revenue,2026-13,5,
,2026-07,5,
revenue,,5,
revenue,2026-04,211,
Sales,2026-04,1,
revenue,2026-08,1,extra,cells
""")

write("wide-errors.csv", """KPI,2026-04,2026-Q2,Mar 2026
revenue,210,,abc
churn,5,6,
Sales EMEA,1,,
revenue,,,
revenue,211,,
""")

write("wide-bad-header.csv", """KPI,2026-04,2026-13
revenue,1,2
""")

# Two dates in one month are two values for one monthly period.
write("duplicates-by-date.csv", """kpi,period,value
revenue,2026-04-01,1
revenue,2026-04-30,2
""")

# Most values use decimal commas; the one with a point is an error.
write("mixed-decimals.csv", """kpi;period;value
revenue;2026-04;1,5
revenue;2026-05;2,25
revenue;2026-06;3.75
""")

# The largest double, one beyond it, more digits than a double holds,
# tiny values, thousands separators.
write("huge-numbers.csv", """kpi,period,value
revenue,2026-04,1.7976931348623157e308
revenue,2026-05,1e309
revenue,2026-06,123456789012345678901234567890
revenue,2026-07,0.000000000000000000001
revenue,2026-08,-1e-400
revenue,2026-09,"99,999,999,999,999.99"
""")

write("broken-quote.csv", """KPI,Period,Value,Note
revenue,2026-04,210,"an unclosed note
revenue,2026-05,220,
""")

write("broken-after-quote.csv", """KPI,Period,Value
revenue,2026-04,"210"x
""")

write("empty.csv", "")
write("blank-lines.csv", "\n  \n\n", newline="\r\n")
write("header-only.csv", "kpi,period,value,note\n", newline="\r\n")

write("no-layout.csv", """Objective,Owner,Status
Grow revenue,Ann,green
""")

with open(os.path.join(HERE, "workbook.xlsx.csv"), "wb") as f:
    f.write(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(32)))
