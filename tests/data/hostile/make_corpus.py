#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates the hostile and broken .scorecard corpus in this folder.

Each file is a valid scorecard (../v1/sample-v1.scorecard) broken in one
way; expected.tsv lists each file with the exact one-line error that
opening it must give. Run from this folder: python3 make_corpus.py
"""
import os
import random
import shutil
import sqlite3

BASE = os.path.join(os.path.dirname(__file__), "..", "v1", "sample-v1.scorecard")
random.seed(20261203)
expected = []


def write(name, data, error):
    with open(name, "wb") as f:
        f.write(data)
    expected.append((name, error))


def mutate(name, sql, error, foreign_keys=False, checks=True):
    shutil.copyfile(BASE, name)
    db = sqlite3.connect(name)
    db.execute("PRAGMA foreign_keys = %s" % ("ON" if foreign_keys else "OFF"))
    if not checks:
        db.execute("PRAGMA ignore_check_constraints = ON")
    db.executescript(sql)
    db.commit()
    db.close()
    expected.append((name, error))


base = open(BASE, "rb").read()
write("empty.scorecard", b"", "the file is empty, not a scorecard")
write("truncated-50.scorecard", base[:50], "the file is truncated (shorter than a SQLite header)")
write("truncated-4096.scorecard", base[:4096], "the file is damaged: database disk image is malformed")
write("truncated-half.scorecard", base[: len(base) // 2], "the file is damaged: database disk image is malformed")
write("random.scorecard", bytes(random.getrandbits(8) for _ in range(65536)), "not a scorecard file (not a SQLite database)")
scribbled = bytearray(base)
for i in range(100, 16384):
    scribbled[i] = random.getrandbits(8)
write("scribbled.scorecard", bytes(scribbled), "the file is damaged: database disk image is malformed")

foreign = "foreign.scorecard"
if os.path.exists(foreign):
    os.remove(foreign)
db = sqlite3.connect(foreign)
db.executescript("CREATE TABLE songs(title TEXT); INSERT INTO songs VALUES ('Blue in Green');")
db.close()
expected.append((foreign, "not a scorecard file (a SQLite database of another application)"))

mutate("newer-schema.scorecard", "PRAGMA user_version = 99;", "this file was made by a newer version (schema 99)")
mutate("missing-column.scorecard",
       "CREATE TABLE p2 (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '');"
       "INSERT INTO p2 SELECT seq, id, name, description FROM pillar; DROP TABLE pillar; ALTER TABLE p2 RENAME TO pillar;",
       "not a valid scorecard: table pillar in the file's schema has been altered")
mutate("wrong-type.scorecard",
       "CREATE TABLE p2 (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', color INTEGER);"
       "INSERT INTO p2 SELECT * FROM pillar; DROP TABLE pillar; ALTER TABLE p2 RENAME TO pillar;",
       "not a valid scorecard: table pillar in the file's schema has been altered")
mutate("extra-trigger.scorecard",
       "CREATE TRIGGER steal AFTER UPDATE ON objective BEGIN UPDATE scorecard SET description = 'pwned'; END;",
       "not a valid scorecard: unexpected trigger steal in the file's schema")
mutate("view-for-table.scorecard",
       "DROP TABLE milestone; CREATE VIEW milestone AS SELECT id AS initiative, 0 AS position, name AS title, NULL AS due, 0 AS done FROM initiative;",
       "not a valid scorecard: unexpected view milestone in the file's schema")
mutate("expression-index.scorecard", "CREATE INDEX evil ON objective(abs(weight), lower(name));",
       "not a valid scorecard: unexpected index evil in the file's schema")
mutate("extra-table.scorecard", "CREATE TABLE loot(x);", "not a valid scorecard: unexpected table loot in the file's schema")
mutate("huge-name.scorecard", "UPDATE objective SET name = printf('%.*c', 10000000, 'x') WHERE id = 'grow-revenue';",
       'objective "grow-revenue" has a text longer than 100000 characters')
mutate("infinite-value.scorecard", "UPDATE measurement SET value = 9e999 WHERE kpi = 'monthly-revenue' AND period = '2026-03';",
       'KPI "monthly-revenue": the value for 2026-03 is not a finite number')
mutate("infinite-weight.scorecard", "UPDATE objective SET weight = 9e999 WHERE id = 'grow-revenue';",
       'objective "grow-revenue" has a number that is not finite (NaN or infinity)')
mutate("dangling-link.scorecard", "INSERT INTO link(from_objective, to_objective, note) VALUES ('grow-revenue', 'ghost', '');",
       'the link from "grow-revenue" to "ghost" refers to a missing objective')
mutate("orphan-measurement.scorecard", "INSERT INTO measurement VALUES ('ghost', '2026-01', 1, '');",
       'a measurement refers to the missing KPI "ghost"')
mutate("objective-cycle.scorecard",
       "UPDATE objective SET parent = 'improve-operating-margin' WHERE id = 'grow-revenue'; UPDATE objective SET parent = 'grow-revenue' WHERE id = 'improve-operating-margin';",
       "the objectives' parents form a cycle: grow-revenue -> improve-operating-margin -> grow-revenue")
mutate("department-cycle.scorecard",
       "UPDATE department SET parent = 'sales' WHERE parent IS NULL;",
       "the departments form a cycle: company -> sales -> company")
mutate("bad-period.scorecard", "UPDATE measurement SET period = '2026-13' WHERE kpi = 'monthly-revenue' AND period = '2026-03';",
       'KPI "monthly-revenue": "2026-13" is not a valid period: month 13 does not exist')
mutate("bad-enum.scorecard", "UPDATE kpi SET direction = 'sideways' WHERE id = 'monthly-revenue';",
       "the file is damaged: table kpi holds the invalid direction \"sideways\"", checks=False)
mutate("bad-progress.scorecard", "UPDATE initiative SET progress = 7;",
       "the file is damaged: table initiative holds the invalid progress \"7\"", checks=False)

with open("expected.tsv", "w") as f:
    f.write("# file\texact error when opening it (generated by make_corpus.py)\n")
    for name, error in expected:
        f.write("%s\t%s\n" % (name, error))
