<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>main</name>
    <message>
        <source>Balanced Scorecard strategy execution</source>
        <translation>Strategieumsetzung mit der Balanced Scorecard</translation>
    </message>
    <message>
        <source>a .scorecard file to open</source>
        <translation>eine zu öffnende .scorecard-Datei</translation>
    </message>
    <message>
        <source>colours: system, light or dark (default: the last chosen)</source>
        <translation>Farben: system, light oder dark (Standard: die zuletzt gewählten)</translation>
    </message>
    <message>
        <source>--theme must be system, light or dark</source>
        <translation>--theme muss system, light oder dark sein</translation>
    </message>
</context>
<context>
    <name>scorecard</name>
    <message>
        <source>cannot check the file&apos;s integrity</source>
        <translation>die Integrität der Datei kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite-Integritätsprüfung: %1</translation>
    </message>
    <message>
        <source>restore the file from a backup</source>
        <translation>stellen Sie die Datei aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>cannot check the file&apos;s references</source>
        <translation>die Verweise der Datei können nicht geprüft werden</translation>
    </message>
    <message>
        <source>a row of table %1 (rowid %2) refers to a missing %3</source>
        <translation>eine Zeile der Tabelle %1 (rowid %2) verweist auf ein fehlendes Element (%3)</translation>
    </message>
    <message>
        <source>export to JSON, fix the reference and import again</source>
        <translation>exportieren Sie nach JSON, korrigieren Sie den Verweis und importieren Sie erneut</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>the value for &quot;%1&quot; is not a finite number</source>
        <translation>der Wert für &quot;%1&quot; ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>there is no KPI &quot;%1&quot;</source>
        <translation>es gibt keinen KPI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no initiative &quot;%1&quot;</source>
        <translation>es gibt keine Initiative &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the progress of &quot;%1&quot; must be between 0 and 1, got %2</source>
        <translation>der Fortschritt von &quot;%1&quot; muss zwischen 0 und 1 liegen, erhalten: %2</translation>
    </message>
    <message>
        <source>perspective</source>
        <translation>Perspektive</translation>
    </message>
    <message>
        <source>pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>OKR</source>
        <translation>OKR</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>row 1: the first column must name the KPIs, not a period</source>
        <translation>Zeile 1: die erste Spalte muss die KPIs benennen, nicht eine Periode</translation>
    </message>
    <message>
        <source>row 1, column %1: %2</source>
        <translation>Zeile 1, Spalte %1: %2</translation>
    </message>
    <message>
        <source>a long file has the columns KPI, period, value and optionally note; a wide file has a KPI column and one column per period</source>
        <translation>eine lange Datei hat die Spalten KPI, Periode, Wert und optional Notiz; eine breite Datei hat eine KPI-Spalte und eine Spalte je Periode</translation>
    </message>
    <message>
        <source>row 1: no %1 column (%2)</source>
        <translation>Zeile 1: keine Spalte %1 (%2)</translation>
    </message>
    <message>
        <source>row 1: no period columns (%1)</source>
        <translation>Zeile 1: keine Periodenspalten (%1)</translation>
    </message>
    <message>
        <source>row 1: cannot tell the layout (%1; see --layout)</source>
        <translation>Zeile 1: das Layout ist nicht erkennbar (%1; siehe --layout)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 (it has an odd number of bytes)</source>
        <translation>die Datei ist kein gültiges UTF-16 (sie hat eine ungerade Anzahl von Bytes)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16</source>
        <translation>die Datei ist kein gültiges UTF-16</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (try --encoding windows-1252)</source>
        <translation>die Datei ist kein gültiges UTF-8 (versuchen Sie --encoding windows-1252)</translation>
    </message>
    <message>
        <source>unknown encoding</source>
        <translation>unbekannte Kodierung</translation>
    </message>
    <message>
        <source>the query must be a SELECT (or WITH ... SELECT): a refresh only reads</source>
        <translation>die Abfrage muss ein SELECT sein (oder WITH ... SELECT): eine Aktualisierung liest nur</translation>
    </message>
    <message>
        <source>the Qt Sql driver %1 is not installed (available: %2)</source>
        <translation>der Qt-Sql-Treiber %1 ist nicht installiert (verfügbar: %2)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>the query failed: %1</source>
        <translation>die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a period</source>
        <translation>%1 ist keine Periode</translation>
    </message>
    <message>
        <source>%1 is not a period: %2</source>
        <translation>%1 ist keine Periode: %2</translation>
    </message>
    <message>
        <source>year %1 is out of range %2-%3</source>
        <translation>das Jahr %1 liegt außerhalb des Bereichs %2-%3</translation>
    </message>
    <message>
        <source>mapping &quot;%1&quot; must be a string</source>
        <translation>die Zuordnung &quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>mapping &quot;%1&quot; must be one of %2, not &quot;%3&quot;</source>
        <translation>die Zuordnung &quot;%1&quot; muss einer der Werte %2 sein, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid period: %2</source>
        <translation>&quot;%1&quot; ist keine gültige Periode: %2</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Partners &amp; Clients</source>
        <translation>Partner &amp; Kunden</translation>
    </message>
    <message>
        <source>Internal Processes</source>
        <translation>Interne Prozesse</translation>
    </message>
    <message>
        <source>Learning &amp; Growth</source>
        <translation>Lernen &amp; Entwicklung</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has a text longer than %3 characters</source>
        <translation>%1 &quot;%2&quot; enthält einen Text mit mehr als %3 Zeichen</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has a number that is not finite (NaN or infinity)</source>
        <translation>%1 &quot;%2&quot; enthält eine nicht endliche Zahl (NaN oder unendlich)</translation>
    </message>
    <message>
        <source>the %1 form a cycle: %2</source>
        <translation>%1 bilden einen Zyklus: %2</translation>
    </message>
    <message>
        <source>cannot count the rows of %1</source>
        <translation>die Zeilen von %1 können nicht gezählt werden</translation>
    </message>
    <message>
        <source>the file has %1 rows in %2; the limit is %3</source>
        <translation>die Datei hat %1 Zeilen in %2; die Obergrenze liegt bei %3</translation>
    </message>
    <message>
        <source>cannot check the values of %1</source>
        <translation>die Werte von %1 können nicht geprüft werden</translation>
    </message>
    <message>
        <source>the file is damaged: table %1 holds the invalid %2 &quot;%3&quot;</source>
        <translation>die Datei ist beschädigt: Tabelle %1 enthält ungültige Angabe %2 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the scorecard</source>
        <translation>die Scorecard</translation>
    </message>
    <message>
        <source>the link from &quot;%1&quot; to &quot;%2&quot; refers to a missing objective</source>
        <translation>die Verknüpfung von &quot;%1&quot; zu &quot;%2&quot; verweist auf ein fehlendes Ziel</translation>
    </message>
    <message>
        <source>objective &quot;%1&quot; refers to a missing perspective, pillar, department or objective</source>
        <translation>Ziel &quot;%1&quot; verweist auf eine fehlende Perspektive, Säule, Abteilung oder ein fehlendes Ziel</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;: the value for %2 is not a finite number</source>
        <translation>KPI &quot;%1&quot;: der Wert für %2 ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; refers to a missing objective or department</source>
        <translation>KPI &quot;%1&quot; verweist auf ein fehlendes Ziel oder eine fehlende Abteilung</translation>
    </message>
    <message>
        <source>key result</source>
        <translation>Schlüsselergebnis</translation>
    </message>
    <message>
        <source>OKR &quot;%1&quot; refers to a missing objective</source>
        <translation>OKR &quot;%1&quot; verweist auf ein fehlendes Ziel</translation>
    </message>
    <message>
        <source>initiative &quot;%1&quot; contributes to a missing objective</source>
        <translation>Initiative &quot;%1&quot; trägt zu einem fehlenden Ziel bei</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>die Abteilungen</translation>
    </message>
    <message>
        <source>objectives&apos; parents</source>
        <translation>die übergeordneten Ziele</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is empty, not a scorecard</source>
        <translation>die Datei ist leer, keine Scorecard</translation>
    </message>
    <message>
        <source>not a scorecard file (not a SQLite database)</source>
        <translation>keine Scorecard-Datei (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>the file is truncated (shorter than a SQLite header)</source>
        <translation>die Datei ist abgeschnitten (kürzer als ein SQLite-Header)</translation>
    </message>
    <message>
        <source>not a scorecard file (a SQLite database of another application)</source>
        <translation>keine Scorecard-Datei (eine SQLite-Datenbank einer anderen Anwendung)</translation>
    </message>
    <message>
        <source>this file was made by a newer version (schema %1)</source>
        <translation>diese Datei wurde mit einer neueren Version erstellt (Schema %1)</translation>
    </message>
    <message>
        <source>not a scorecard file (no schema version)</source>
        <translation>keine Scorecard-Datei (keine Schemaversion)</translation>
    </message>
    <message>
        <source>the SQLite driver did not expose its handle</source>
        <translation>der SQLite-Treiber hat sein Handle nicht bereitgestellt</translation>
    </message>
    <message>
        <source>cannot configure SQLite&apos;s safety options</source>
        <translation>die Sicherheitsoptionen von SQLite können nicht eingestellt werden</translation>
    </message>
    <message>
        <source>cannot move the new file into place: %1</source>
        <translation>die neue Datei kann nicht an ihren Platz verschoben werden: %1</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Stale data</source>
        <translation>Veraltete Daten</translation>
    </message>
    <message>
        <source>1 KPI</source>
        <translation>1 KPI</translation>
    </message>
    <message>
        <source>%1 KPIs</source>
        <translation>%1 KPIs</translation>
    </message>
    <message>
        <source>1 OKR</source>
        <translation>1 OKR</translation>
    </message>
    <message>
        <source>%1 OKRs</source>
        <translation>%1 OKRs</translation>
    </message>
    <message>
        <source>1 initiative</source>
        <translation>1 Initiative</translation>
    </message>
    <message>
        <source>%1 initiatives</source>
        <translation>%1 Initiativen</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot read %1: not a regular file</source>
        <translation>%1 kann nicht gelesen werden: keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>cannot read %1: it has %2 MB, more than a data source may give (%3 MB)</source>
        <translation>%1 kann nicht gelesen werden: sie hat %2 MB, mehr als eine Datenquelle liefern darf (%3 MB)</translation>
    </message>
    <message>
        <source>the query was stopped after %1 seconds</source>
        <translation>die Abfrage wurde nach %1 Sekunden abgebrochen</translation>
    </message>
    <message>
        <source>the query gives more than %1 MB of values; narrow it down</source>
        <translation>die Abfrage liefert mehr als %1 MB Werte; bitte eingrenzen</translation>
    </message>
</context>
<context>
    <name>scorecard::Alignment</name>
    <message>
        <source>Every objective of perspective &quot;%1&quot; has weight 0.</source>
        <translation>Jedes Ziel der Perspektive &quot;%1&quot; hat die Gewichtung 0.</translation>
    </message>
    <message>
        <source>Every objective of pillar &quot;%1&quot; has weight 0.</source>
        <translation>Jedes Ziel der Säule &quot;%1&quot; hat die Gewichtung 0.</translation>
    </message>
    <message>
        <source>Every objective of department &quot;%1&quot; has weight 0.</source>
        <translation>Jedes Ziel der Abteilung &quot;%1&quot; hat die Gewichtung 0.</translation>
    </message>
</context>
<context>
    <name>scorecard::ChangeScorecardInfoCommand</name>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>Edit scorecard settings</source>
        <translation>Scorecard-Einstellungen bearbeiten</translation>
    </message>
</context>
<context>
    <name>scorecard::Checker</name>
    <message>
        <source>KPI &quot;%1&quot; is not linked to an objective: it measures nothing in the strategy.</source>
        <translation>KPI &quot;%1&quot; ist mit keinem Ziel verknüpft: er misst nichts in der Strategie.</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; is linked to objective &quot;%2&quot;, which does not exist.</source>
        <translation>KPI &quot;%1&quot; ist mit Ziel &quot;%2&quot; verknüpft, das nicht existiert.</translation>
    </message>
    <message>
        <source>link it to the objective it measures, or remove it</source>
        <translation>verknüpfen Sie ihn mit dem Ziel, das er misst, oder entfernen Sie ihn</translation>
    </message>
    <message>
        <source>OKR &quot;%1&quot; is not connected to an objective.</source>
        <translation>OKR &quot;%1&quot; ist mit keinem Ziel verbunden.</translation>
    </message>
    <message>
        <source>OKR &quot;%1&quot; is connected to objective &quot;%2&quot;, which does not exist.</source>
        <translation>OKR &quot;%1&quot; ist mit Ziel &quot;%2&quot; verbunden, das nicht existiert.</translation>
    </message>
    <message>
        <source>connect it to the objective it serves, or remove it</source>
        <translation>verbinden Sie das OKR mit dem Ziel, dem es dient, oder entfernen Sie es</translation>
    </message>
    <message>
        <source>Initiative &quot;%1&quot; contributes to no objective: its budget has no defined strategic purpose.</source>
        <translation>Initiative &quot;%1&quot; trägt zu keinem Ziel bei: ihr Budget hat keinen festgelegten strategischen Zweck.</translation>
    </message>
    <message>
        <source>add the objectives it drives, with a contribution weight each</source>
        <translation>fügen Sie die Ziele hinzu, die sie voranbringt, jeweils mit einer Beitragsgewichtung</translation>
    </message>
    <message>
        <source>Every contribution of initiative &quot;%1&quot; has weight 0: it counts for nothing.</source>
        <translation>Jeder Beitrag der Initiative &quot;%1&quot; hat die Gewichtung 0: sie zählt nichts.</translation>
    </message>
    <message>
        <source>give at least one contribution a weight above 0</source>
        <translation>geben Sie mindestens einem Beitrag eine Gewichtung über 0</translation>
    </message>
    <message>
        <source>Initiative &quot;%1&quot; ended on %2 and is not done (progress %3%).</source>
        <translation>Initiative &quot;%1&quot; endete am %2 und ist nicht erledigt (Fortschritt %3%).</translation>
    </message>
    <message>
        <source>mark it done or cancelled, or move its end date</source>
        <translation>markieren Sie sie als erledigt oder abgebrochen, oder verschieben Sie ihr Enddatum</translation>
    </message>
    <message>
        <source>Objective &quot;%1&quot; has no KPI, OKR, initiative or supporting objective: it can never be scored.</source>
        <translation>Ziel &quot;%1&quot; hat weder KPI, OKR, Initiative noch unterstützendes Ziel: es kann nie bewertet werden.</translation>
    </message>
    <message>
        <source>add a KPI that shows whether it is achieved</source>
        <translation>fügen Sie einen KPI hinzu, der zeigt, ob es erreicht ist</translation>
    </message>
    <message>
        <source>Objective &quot;%1&quot; has no cause-and-effect link: the map does not say what it drives or what drives it.</source>
        <translation>Ziel &quot;%1&quot; hat keine Ursache-Wirkungs-Beziehung: die Karte sagt nicht, was es beeinflusst oder wodurch es beeinflusst wird.</translation>
    </message>
    <message>
        <source>draw a link to the objective it helps achieve</source>
        <translation>zeichnen Sie eine Verknüpfung zu dem Ziel, zu dessen Erreichung es beiträgt</translation>
    </message>
    <message>
        <source>Perspective &quot;%1&quot; has no objectives.</source>
        <translation>Perspektive &quot;%1&quot; hat keine Ziele.</translation>
    </message>
    <message>
        <source>add the objectives of this perspective, or remove it</source>
        <translation>fügen Sie die Ziele dieser Perspektive hinzu, oder entfernen Sie sie</translation>
    </message>
    <message>
        <source>Pillar &quot;%1&quot; has no objectives.</source>
        <translation>Säule &quot;%1&quot; hat keine Ziele.</translation>
    </message>
    <message>
        <source>assign the objectives that serve this theme, or remove it</source>
        <translation>ordnen Sie die Ziele zu, die diesem Thema dienen, oder entfernen Sie die Säule</translation>
    </message>
    <message>
        <source>Pillar &quot;%1&quot; has objectives in one perspective only: a strategic theme usually runs from Learning &amp; Growth up to Financial.</source>
        <translation>Säule &quot;%1&quot; hat nur in einer Perspektive Ziele: ein strategisches Thema reicht meist von Lernen &amp; Entwicklung bis hinauf zu Finanzen.</translation>
    </message>
    <message>
        <source>assign objectives from the other perspectives that serve this theme</source>
        <translation>ordnen Sie Ziele aus den anderen Perspektiven zu, die diesem Thema dienen</translation>
    </message>
    <message>
        <source>The link from &quot;%1&quot; (%2) to &quot;%3&quot; (%4) points downward: effects normally sit in a higher perspective than their causes.</source>
        <translation>Die Verknüpfung von &quot;%1&quot; (%2) zu &quot;%3&quot; (%4) zeigt nach unten: Wirkungen liegen normalerweise in einer höheren Perspektive als ihre Ursachen.</translation>
    </message>
    <message>
        <source>check the direction of the link; reverse it if it was drawn the wrong way</source>
        <translation>prüfen Sie die Richtung der Verknüpfung; kehren Sie sie um, falls sie falsch herum gezeichnet wurde</translation>
    </message>
    <message>
        <source>The link from &quot;%1&quot; to &quot;%2&quot; closes a cycle: %3.</source>
        <translation>Die Verknüpfung von &quot;%1&quot; zu &quot;%2&quot; schließt einen Zyklus: %3.</translation>
    </message>
    <message>
        <source>cause and effect should not go round in a circle: remove or reverse one link</source>
        <translation>Ursache und Wirkung sollten sich nicht im Kreis drehen: entfernen Sie eine Verknüpfung oder kehren Sie sie um</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; is scored by goal and red flag but lacks one of them.</source>
        <translation>KPI &quot;%1&quot; wird nach Sollwert und Alarmwert bewertet, aber einer davon fehlt.</translation>
    </message>
    <message>
        <source>set both the goal and the red flag</source>
        <translation>legen Sie sowohl den Sollwert als auch den Alarmwert fest</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; has its goal equal to its red flag: it cannot be scored.</source>
        <translation>Bei KPI &quot;%1&quot; ist der Sollwert gleich dem Alarmwert: er kann nicht bewertet werden.</translation>
    </message>
    <message>
        <source>set a goal different from the red flag</source>
        <translation>legen Sie einen Sollwert fest, der sich vom Alarmwert unterscheidet</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; is scored against a range but lacks a bound.</source>
        <translation>KPI &quot;%1&quot; wird anhand eines Bereichs bewertet, aber eine Grenze fehlt.</translation>
    </message>
    <message>
        <source>set both ends of the target range</source>
        <translation>legen Sie beide Enden des Zielbereichs fest</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; has its range low above its range high: it cannot be scored.</source>
        <translation>Bei KPI &quot;%1&quot; liegt die Untergrenze des Bereichs über der Obergrenze: er kann nicht bewertet werden.</translation>
    </message>
    <message>
        <source>swap the two ends of the range</source>
        <translation>vertauschen Sie die beiden Enden des Bereichs</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; has no target: nobody can tell whether it is good enough.</source>
        <translation>KPI &quot;%1&quot; hat keinen Zielwert: niemand kann sagen, ob er gut genug ist.</translation>
    </message>
    <message>
        <source>set a target (and a baseline to measure progress from)</source>
        <translation>legen Sie einen Zielwert fest (und einen Ausgangswert, von dem aus der Fortschritt gemessen wird)</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; has its target equal to its baseline: there is no distance to cover, so it cannot be scored.</source>
        <translation>Bei KPI &quot;%1&quot; ist der Zielwert gleich dem Ausgangswert: es gibt keine Strecke zurückzulegen, daher kann er nicht bewertet werden.</translation>
    </message>
    <message>
        <source>set the baseline to where the KPI started</source>
        <translation>setzen Sie den Ausgangswert auf den Wert, bei dem der KPI begann</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; has no measurement up to %2.</source>
        <translation>KPI &quot;%1&quot; hat bis %2 keinen Messwert.</translation>
    </message>
    <message>
        <source>enter its first value, or ask its owner to</source>
        <translation>geben Sie seinen ersten Wert ein, oder bitten Sie den Verantwortlichen darum</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; is stale: its latest value is for %2.</source>
        <translation>KPI &quot;%1&quot; ist veraltet: sein neuester Wert gilt für %2.</translation>
    </message>
    <message>
        <source>enter the values of the periods since then</source>
        <translation>geben Sie die Werte der Perioden seitdem ein</translation>
    </message>
    <message>
        <source>give at least one of them a weight above 0</source>
        <translation>geben Sie mindestens einem davon eine Gewichtung über 0</translation>
    </message>
    <message>
        <source>Every input of objective &quot;%1&quot; has weight 0: it can never be scored.</source>
        <translation>Jede Eingangsgröße des Ziels &quot;%1&quot; hat die Gewichtung 0: es kann nie bewertet werden.</translation>
    </message>
    <message>
        <source>Every key result of OKR &quot;%1&quot; has weight 0.</source>
        <translation>Jedes Schlüsselergebnis des OKR &quot;%1&quot; hat die Gewichtung 0.</translation>
    </message>
    <message>
        <source>The map has %1 objectives; Kaplan and Norton advise roughly 15 to 25, so that the strategy stays focused and fits on one page.</source>
        <translation>Die Karte hat %1 Ziele; Kaplan und Norton empfehlen etwa 15 bis 25, damit die Strategie fokussiert bleibt und auf eine Seite passt.</translation>
    </message>
    <message>
        <source>merge related objectives, or move detail into cascaded scorecards</source>
        <translation>fassen Sie verwandte Ziele zusammen, oder verlagern Sie Details in kaskadierte Scorecards</translation>
    </message>
</context>
<context>
    <name>scorecard::ColorField</name>
    <message>
        <source>#rrggbb, empty for the default</source>
        <translation>#rrggbb, leer für Standard</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe auswählen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
</context>
<context>
    <name>scorecard::Command</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Undo of %1 failed: %2</source>
        <translation>Rückgängigmachen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <translation>%1 „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>there is no %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; existiert nicht</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>Edit %1 “%2”</source>
        <translation>%1 „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove %1 “%2”</source>
        <translation>%1 „%2“ entfernen</translation>
    </message>
</context>
<context>
    <name>scorecard::CsvImport</name>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>long</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>breit</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>row %1: the file starts with blank rows; the header must be in row 1</source>
        <translation>Zeile %1: die Datei beginnt mit Leerzeilen; die Kopfzeile muss in Zeile 1 stehen</translation>
    </message>
    <message>
        <source>%1 has a decimal comma, but the file&apos;s other values use decimal points</source>
        <translation>%1 hat ein Dezimalkomma, aber die übrigen Werte der Datei verwenden Dezimalpunkte</translation>
    </message>
    <message>
        <source>%1 has a decimal point, but the file&apos;s other values use decimal commas</source>
        <translation>%1 hat einen Dezimalpunkt, aber die übrigen Werte der Datei verwenden Dezimalkommas</translation>
    </message>
    <message>
        <source>%1 cells, but the header has %2 columns (quote cells that contain the delimiter)</source>
        <translation>%1 Zellen, aber die Kopfzeile hat %2 Spalten (setzen Sie Zellen, die das Trennzeichen enthalten, in Anführungszeichen)</translation>
    </message>
    <message>
        <source>no KPI</source>
        <translation>kein KPI</translation>
    </message>
    <message>
        <source>%1 is %2, but KPI %3 is %4</source>
        <translation>%1 ist %2, aber KPI %3 ist %4</translation>
    </message>
    <message>
        <source>a second value for KPI %1 in %2</source>
        <translation>ein zweiter Wert für KPI %1 in %2</translation>
    </message>
    <message>
        <source>%1 (the first is in row %2, column %3)</source>
        <translation>%1 (der erste steht in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>%1 (the first is in row %2)</source>
        <translation>%1 (der erste steht in Zeile %2)</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters</source>
        <translation>die Notiz ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>a value in a column without a period</source>
        <translation>ein Wert in einer Spalte ohne Periode</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>keine Periode</translation>
    </message>
    <message>
        <source>the file has 1 error: nothing was imported</source>
        <translation>die Datei hat 1 Fehler: es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the file has %1 errors: nothing was imported</source>
        <translation>die Datei hat %1 Fehler: es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Import 1 value from CSV</source>
        <translation>1 Wert aus CSV importieren</translation>
    </message>
    <message>
        <source>Import %1 values from CSV</source>
        <translation>%1 Werte aus CSV importieren</translation>
    </message>
</context>
<context>
    <name>scorecard::CsvImport::Issue</name>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>scorecard::CsvImportWizard</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>A CSV or TSV file with KPI values</source>
        <translation>Eine CSV- oder TSV-Datei mit KPI-Werten</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Long: KPI, period, value per row</source>
        <translation>Lang: KPI, Periode, Wert je Zeile</translation>
    </message>
    <message>
        <source>Wide: one row per KPI, a column per period</source>
        <translation>Breit: eine Zeile je KPI, eine Spalte je Periode</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Point: 1,234.5</source>
        <translation>Punkt: 1,234.5</translation>
    </message>
    <message>
        <source>Comma: 1.234,5</source>
        <translation>Komma: 1.234,5</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>D&amp;ecimal:</source>
        <translation>Dezimal&amp;zeichen:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Gelesen als:</translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors (import the other rows)</source>
        <translation>Zeilen mit Fehlern &amp;überspringen (die übrigen Zeilen importieren)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>CSV and TSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV- und TSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file to import.</source>
        <translation>Wählen Sie eine CSV-Datei zum Importieren.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Writing the values into the scorecard…</source>
        <translation>Die Werte werden in die Scorecard geschrieben…</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled: nothing was imported.</source>
        <translation>Das Lesen von %1 wurde abgebrochen: es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>The scorecard is read-only: %1</source>
        <translation>Die Scorecard ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>The file has 1 error (listed first below). Fix it, or tick “Skip rows with errors” to import the other rows.</source>
        <translation>Die Datei hat 1 Fehler (unten zuerst aufgeführt). Beheben Sie ihn, oder aktivieren Sie „Zeilen mit Fehlern überspringen“, um die übrigen Zeilen zu importieren.</translation>
    </message>
    <message>
        <source>The file has %1 errors (listed first below). Fix them, or tick “Skip rows with errors” to import the other rows.</source>
        <translation>Die Datei hat %1 Fehler (unten zuerst aufgeführt). Beheben Sie sie, oder aktivieren Sie „Zeilen mit Fehlern überspringen“, um die übrigen Zeilen zu importieren.</translation>
    </message>
    <message>
        <source>Nothing to change: every value in the file is already in the scorecard.</source>
        <translation>Nichts zu ändern: jeder Wert der Datei ist bereits in der Scorecard.</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>Dezimalpunkt</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>Dezimalkomma</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 layout, %3, %4, %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Layout %2, %3, %4, %5.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; to add, &lt;b&gt;%2&lt;/b&gt; to overwrite, %3 unchanged, %4 blank cells skipped, &lt;b&gt;%5&lt;/b&gt; errors.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hinzuzufügen, &lt;b&gt;%2&lt;/b&gt; zu überschreiben, %3 unverändert, %4 leere Zellen übersprungen, &lt;b&gt;%5&lt;/b&gt; Fehler.</translation>
    </message>
    <message>
        <source>1 row with errors will be skipped.</source>
        <translation>1 Zeile mit Fehlern wird übersprungen.</translation>
    </message>
    <message>
        <source>%1 rows with errors will be skipped.</source>
        <translation>%1 Zeilen mit Fehlern werden übersprungen.</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>Nicht verwendete Spalten: %1.</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>Der Import wurde abgebrochen: es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>scorecard::CsvPreviewModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Value (old → new)</source>
        <translation>Wert (alt → neu)</translation>
    </message>
    <message>
        <source>Note or problem</source>
        <translation>Notiz oder Problem</translation>
    </message>
</context>
<context>
    <name>scorecard::CsvTable</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>this is a spreadsheet workbook (.xlsx or .ods), not CSV: save it as CSV first</source>
        <translation>dies ist eine Tabellenkalkulationsmappe (.xlsx oder .ods), kein CSV: speichern Sie sie zuerst als CSV</translation>
    </message>
    <message>
        <source>the delimiter must be a comma, a semicolon or a tab</source>
        <translation>das Trennzeichen muss ein Komma, ein Semikolon oder ein Tabulator sein</translation>
    </message>
    <message>
        <source>not a text file: it contains NUL characters</source>
        <translation>keine Textdatei: sie enthält NUL-Zeichen</translation>
    </message>
    <message>
        <source>row %1: a quoted cell is never closed</source>
        <translation>Zeile %1: eine Zelle in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>row %1: text after the closing quote of a quoted cell</source>
        <translation>Zeile %1: Text nach dem schließenden Anführungszeichen einer Zelle in Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>scorecard::DataActions</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import KPI values from a CSV file, with a preview first</source>
        <translation>KPI-Werte aus einer CSV-Datei importieren, mit vorheriger Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export Data…</source>
        <translation>Daten &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write every KPI value to a CSV file (long or wide layout)</source>
        <translation>Alle KPI-Werte in eine CSV-Datei schreiben (langes oder breites Layout)</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>Alle &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Read every data source again (one undo step)</source>
        <translation>Alle Datenquellen erneut lesen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Data &amp;Sources…</source>
        <translation>Daten&amp;quellen…</translation>
    </message>
    <message>
        <source>Connect KPIs to CSV files and databases</source>
        <translation>KPIs mit CSV-Dateien und Datenbanken verbinden</translation>
    </message>
    <message>
        <source>Cannot refresh the data sources: %1</source>
        <translation>Die Datenquellen können nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Password for “%1”</source>
        <translation>Passwort für „%1“</translation>
    </message>
    <message>
        <source>Password for the data source “%1” (%2).
It is kept in memory until Scorecard Studio closes, never written to the scorecard or to disk.</source>
        <translation>Passwort für die Datenquelle „%1“ (%2).
Es wird im Speicher gehalten, bis Scorecard Studio beendet wird, und nie in die Scorecard oder auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>1 value changed.</source>
        <translation>1 Wert geändert.</translation>
    </message>
    <message>
        <source>%1 values changed.</source>
        <translation>%1 Werte geändert.</translation>
    </message>
    <message>
        <source>Data source refreshed: %1</source>
        <translation>Datenquelle aktualisiert: %1</translation>
    </message>
    <message>
        <source>%1 data sources refreshed: %2</source>
        <translation>%1 Datenquellen aktualisiert: %2</translation>
    </message>
    <message>
        <source>Refresh: %1 of %2 data sources failed (see Problems); their KPIs keep their values. %3</source>
        <translation>Aktualisierung: %1 von %2 Datenquellen fehlgeschlagen (siehe Probleme); ihre KPIs behalten ihre Werte. %3</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV and TSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV- und TSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>no scorecard is open</source>
        <translation>keine Scorecard geöffnet</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>CSV, one row per value (long) (*.csv)</source>
        <translation>CSV, eine Zeile je Wert (lang) (*.csv)</translation>
    </message>
    <message>
        <source>CSV, one row per KPI (wide) (*.csv)</source>
        <translation>CSV, eine Zeile je KPI (breit) (*.csv)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>The data was not exported: %1</source>
        <translation>Die Daten wurden nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported the KPI values to %1.</source>
        <translation>Die KPI-Werte wurden nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Scorecard Studio</source>
        <translation>Scorecard Studio</translation>
    </message>
    <message>
        <source>&amp;Allow Refresh</source>
        <translation>&amp;Aktualisieren erlauben</translation>
    </message>
    <message>
        <source>Read these sources now, and on their own from now on</source>
        <translation>Diese Quellen jetzt lesen und von nun an selbsttätig</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; und %n weitere</numerusform>
            <numerusform>; und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the data sources this scorecard names? %1</source>
        <translation>Die Datenquellen lesen, die diese Scorecard nennt? %1</translation>
    </message>
    <message>
        <source>Refresh All</source>
        <translation>Alle aktualisieren</translation>
    </message>
    <message>
        <source>This scorecard reads its data from files or databases on this computer or network; they are not read until you allow it (a file from someone else may name any file or database): %1.</source>
        <translation>Diese Scorecard liest ihre Daten aus Dateien oder Datenbanken auf diesem Computer oder im Netzwerk; sie werden erst gelesen, wenn Sie es erlauben (eine Datei von anderen kann jede Datei oder Datenbank nennen): %1.</translation>
    </message>
</context>
<context>
    <name>scorecard::DataRefresh</name>
    <message>
        <source>the database needs a password and none was given (it is asked for when refreshing, never stored)</source>
        <translation>die Datenbank benötigt ein Passwort, aber es wurde keines angegeben (es wird beim Aktualisieren abgefragt, nie gespeichert)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source> (and 1 more error)</source>
        <translation> (und 1 weiterer Fehler)</translation>
    </message>
    <message>
        <source> (and %1 more errors)</source>
        <translation> (und %1 weitere Fehler)</translation>
    </message>
    <message>
        <source>row %1: the value of KPI &quot;%2&quot; for %3 is also given by data source &quot;%4&quot;</source>
        <translation>Zeile %1: der Wert des KPI &quot;%2&quot; für %3 wird auch von der Datenquelle &quot;%4&quot; geliefert</translation>
    </message>
    <message>
        <source>cannot read %1: it grew past %2 MB while being read</source>
        <translation>%1 kann nicht gelesen werden: sie wuchs beim Lesen über %2 MB</translation>
    </message>
</context>
<context>
    <name>scorecard::DataSourceEditor</name>
    <message>
        <source>Add Data Source</source>
        <translation>Datenquelle hinzufügen</translation>
    </message>
    <message>
        <source>Edit Data Source</source>
        <translation>Datenquelle bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Sales sheet</source>
        <translation>z. B. Vertriebstabelle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>CSV or TSV file</source>
        <translation>CSV- oder TSV-Datei</translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation>SQL-Abfrage</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>relative to the scorecard&apos;s folder, or absolute</source>
        <translation>relativ zum Ordner der Scorecard oder absolut</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Long: KPI, period, value per row</source>
        <translation>Lang: KPI, Periode, Wert je Zeile</translation>
    </message>
    <message>
        <source>Wide: one row per KPI, a column per period</source>
        <translation>Breit: eine Zeile je KPI, eine Spalte je Periode</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <source>D&amp;river:</source>
        <translation>T&amp;reiber:</translation>
    </message>
    <message>
        <source>a SQLite file, or the database&apos;s name</source>
        <translation>eine SQLite-Datei oder der Name der Datenbank</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Ask for a &amp;password when refreshing</source>
        <translation>Beim Aktualisieren nach &amp;Passwort fragen</translation>
    </message>
    <message>
        <source>The password is asked for at the first refresh and kept in memory until Scorecard Studio closes. It is never stored in the scorecard or anywhere else.</source>
        <translation>Das Passwort wird bei der ersten Aktualisierung abgefragt und im Speicher gehalten, bis Scorecard Studio beendet wird. Es wird nie in der Scorecard oder anderswo gespeichert.</translation>
    </message>
    <message>
        <source>SELECT month AS period, total AS value FROM sales WHERE region = &apos;north&apos;</source>
        <translation>SELECT month AS period, total AS value FROM sales WHERE region = &apos;north&apos;</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>Ab&amp;frage:</translation>
    </message>
    <message>
        <source>Named by the query (a KPI column)</source>
        <translation>Von der Abfrage benannt (eine KPI-Spalte)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Values of &amp;KPI:</source>
        <translation>Werte des &amp;KPI:</translation>
    </message>
    <message>
        <source>Only these KPIs (none ticked: every KPI the source names):</source>
        <translation>Nur diese KPIs (keiner angehakt: jeder KPI, den die Quelle nennt):</translation>
    </message>
    <message>
        <source>KPI filter</source>
        <translation>KPI-Filter</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message>
        <source>Data Source File</source>
        <translation>Datenquellendatei</translation>
    </message>
    <message>
        <source>CSV and TSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV- und TSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Wählen Sie die CSV-Datei</translation>
    </message>
    <message>
        <source>No such file: %1 (a refresh fails until it exists)</source>
        <translation>Datei nicht vorhanden: %1 (eine Aktualisierung schlägt fehl, bis sie existiert)</translation>
    </message>
    <message>
        <source>No Qt Sql driver is installed</source>
        <translation>Es ist kein Qt-Sql-Treiber installiert</translation>
    </message>
    <message>
        <source>Name the database (for SQLite: its file)</source>
        <translation>Geben Sie die Datenbank an (bei SQLite: ihre Datei)</translation>
    </message>
    <message>
        <source>A database name cannot contain “;”</source>
        <translation>Ein Datenbankname darf kein „;“ enthalten</translation>
    </message>
    <message>
        <source>The Qt Sql driver %1 is not installed</source>
        <translation>Der Qt-Sql-Treiber %1 ist nicht installiert</translation>
    </message>
    <message>
        <source>Write a SELECT that returns period and value columns</source>
        <translation>Schreiben Sie ein SELECT, das die Spalten period und value liefert</translation>
    </message>
    <message>
        <source>A refresh only reads: the query must be a SELECT (or WITH … SELECT)</source>
        <translation>Eine Aktualisierung liest nur: die Abfrage muss ein SELECT sein (oder WITH … SELECT)</translation>
    </message>
    <message>
        <source>The scorecard is read-only: %1</source>
        <translation>Die Scorecard ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Point: 1,234.5</source>
        <translation>Punkt: 1,234.5</translation>
    </message>
    <message>
        <source>Comma: 1.234,5</source>
        <translation>Komma: 1.234,5</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>D&amp;ecimal:</source>
        <translation>Dezimal&amp;zeichen:</translation>
    </message>
</context>
<context>
    <name>scorecard::DataSourceSettings</name>
    <message>
        <source>the mapping must be a JSON object</source>
        <translation>die Zuordnung muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unknown mapping key &quot;%1&quot; for a %2 source (known: %3)</source>
        <translation>unbekannter Zuordnungsschlüssel &quot;%1&quot; für eine Quelle vom Typ %2 (bekannt: %3)</translation>
    </message>
    <message>
        <source>the location is empty</source>
        <translation>der Ort ist leer</translation>
    </message>
    <message>
        <source>a sql source needs a &quot;query&quot; in its mapping</source>
        <translation>eine sql-Quelle benötigt eine &quot;query&quot; in ihrer Zuordnung</translation>
    </message>
    <message>
        <source>a sql location is written DRIVER:DATABASE, e.g. QSQLITE:sales.db</source>
        <translation>ein sql-Ort wird als TREIBER:DATENBANK geschrieben, z. B. QSQLITE:sales.db</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a driver name (e.g. QSQLITE, QPSQL, QODBC)</source>
        <translation>&quot;%1&quot; ist kein Treibername (z. B. QSQLITE, QPSQL, QODBC)</translation>
    </message>
    <message>
        <source>the sql location names no database</source>
        <translation>der sql-Ort nennt keine Datenbank</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port</source>
        <translation>&quot;%1&quot; ist kein Port</translation>
    </message>
    <message>
        <source>a password is never stored in the scorecard: use the driver&apos;s own way (PGPASSWORD or ~/.pgpass for QPSQL, the DSN for QODBC)</source>
        <translation>ein Passwort wird nie in der Scorecard gespeichert: verwenden Sie den treibereigenen Weg (PGPASSWORD oder ~/.pgpass für QPSQL, den DSN für QODBC)</translation>
    </message>
    <message>
        <source>unknown sql location setting &quot;%1&quot; (known: host, port, user)</source>
        <translation>unbekannte sql-Ort-Einstellung &quot;%1&quot; (bekannt: host, port, user)</translation>
    </message>
</context>
<context>
    <name>scorecard::DataSourcesDialog</name>
    <message>
        <source>Data Sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>A data source keeps KPIs current from a CSV file or a database query. Once you have allowed a file&apos;s sources on this computer (those you add here are), they are read when the scorecard opens, on Refresh All, when a connected file changes and on the interval below; each refresh is one undo step. A failing source keeps its KPIs&apos; values and shows its error in the Problems dock.&lt;br&gt;&lt;b&gt;Passwords are never stored.&lt;/b&gt; A database that needs one is asked for it at the first refresh; the password is kept in memory until Scorecard Studio closes (no system keyring is used).</source>
        <translation>Eine Datenquelle hält KPIs über eine CSV-Datei oder eine Datenbankabfrage aktuell. Sobald Sie die Quellen einer Datei auf diesem Computer erlaubt haben (hier hinzugefügte sind es), werden sie gelesen, wenn die Scorecard geöffnet wird, bei „Alle aktualisieren“, wenn sich eine verbundene Datei ändert, und im unten eingestellten Intervall; jede Aktualisierung ist ein Rückgängig-Schritt. Eine fehlerhafte Quelle behält die Werte ihrer KPIs und zeigt ihren Fehler im Dock „Probleme“ an.&lt;br&gt;&lt;b&gt;Passwörter werden nie gespeichert.&lt;/b&gt; Eine Datenbank, die eines benötigt, fragt es bei der ersten Aktualisierung ab; das Passwort bleibt im Speicher, bis Scorecard Studio beendet wird (es wird kein Schlüsselbund des Systems verwendet).</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Last good refresh</source>
        <translation>Letzte erfolgreiche Aktualisierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>&amp;Alle aktualisieren</translation>
    </message>
    <message>
        <source>Also refresh &amp;every</source>
        <translation>&amp;Zusätzlich aktualisieren alle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>0: only on opening, on Refresh All and when a file changes</source>
        <translation>0: nur beim Öffnen, bei „Alle aktualisieren“ und wenn sich eine Datei ändert</translation>
    </message>
    <message>
        <source>(for any scorecard open in Scorecard Studio on this computer)</source>
        <translation>(für jede in Scorecard Studio geöffnete Scorecard auf diesem Computer)</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation>SQL-Abfrage</translation>
    </message>
    <message>
        <source>all it names</source>
        <translation>alle, die sie nennt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>not refreshed yet</source>
        <translation>noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Cannot remove the data source: %1</source>
        <translation>Die Datenquelle kann nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>scorecard::DepartmentEditor</name>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Teil von:</translation>
    </message>
    <message>
        <source>(none: top level)</source>
        <translation>(keine: oberste Ebene)</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>“%1” is inside this department: that would make a loop</source>
        <translation>„%1“ liegt innerhalb dieser Abteilung: das ergäbe eine Schleife</translation>
    </message>
    <message>
        <source>A department cannot be part of itself</source>
        <translation>Eine Abteilung kann nicht Teil von sich selbst sein</translation>
    </message>
</context>
<context>
    <name>scorecard::DetailsPanel</name>
    <message>
        <source>Why this score?</source>
        <translation>Warum diese Bewertung?</translation>
    </message>
    <message>
        <source>Your changes to the previous item were not valid and were not applied.</source>
        <translation>Ihre Änderungen am vorherigen Element waren ungültig und wurden nicht übernommen.</translation>
    </message>
    <message>
        <source>KPI “%1”</source>
        <translation>KPI „%1“</translation>
    </message>
    <message>
        <source>key result “%1”</source>
        <translation>Schlüsselergebnis „%1“</translation>
    </message>
    <message>
        <source>OKR “%1”</source>
        <translation>OKR „%1“</translation>
    </message>
    <message>
        <source>initiative “%1”</source>
        <translation>Initiative „%1“</translation>
    </message>
    <message>
        <source>objective “%1”</source>
        <translation>Ziel „%1“</translation>
    </message>
    <message>
        <source>perspective “%1”</source>
        <translation>Perspektive „%1“</translation>
    </message>
    <message>
        <source>Score %1 of 100: %2.</source>
        <translation>Bewertung %1 von 100: %2.</translation>
    </message>
    <message>
        <source>No score: %1.</source>
        <translation>Keine Bewertung: %1.</translation>
    </message>
    <message>
        <source>Measured value %1 for %2.</source>
        <translation>Messwert %1 für %2.</translation>
    </message>
    <message>
        <source>%1: %2 (not set, assumed)</source>
        <translation>%1: %2 (nicht festgelegt, angenommen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Inputs (weighted mean):</source>
        <translation>Eingangsgrößen (gewichtetes Mittel):</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <source>• %1: %2, weight %3</source>
        <translation>• %1: %2, Gewichtung %3</translation>
    </message>
    <message>
        <source> — left out: no data</source>
        <translation> — nicht berücksichtigt: keine Daten</translation>
    </message>
    <message>
        <source> — left out: part of a loop of parent objectives</source>
        <translation> — nicht berücksichtigt: Teil einer Schleife übergeordneter Ziele</translation>
    </message>
    <message>
        <source> — left out: weight 0</source>
        <translation> — nicht berücksichtigt: Gewichtung 0</translation>
    </message>
    <message>
        <source> — left out: cancelled</source>
        <translation> — nicht berücksichtigt: abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) had no data and were left out.</source>
        <translation>
            <numerusform>%n Eingangsgröße hatte keine Daten und wurde nicht berücksichtigt.</numerusform>
            <numerusform>%n Eingangsgrößen hatten keine Daten und wurden nicht berücksichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change since the previous period: %1.</source>
        <translation>Veränderung seit der vorherigen Periode: %1.</translation>
    </message>
    <message>
        <source>Scorecard: %1</source>
        <translation>Scorecard: %1</translation>
    </message>
    <message>
        <source>As of %1:
%2

Select an item on the map or in the scorecard to see why it scores as it does.</source>
        <translation>Stichtag %1:
%2

Wählen Sie ein Element auf der Karte oder in der Scorecard aus, um zu sehen, warum es so bewertet wird.</translation>
    </message>
    <message>
        <source>Perspective: %1</source>
        <translation>Perspektive: %1</translation>
    </message>
    <message>
        <source>Pillar: %1</source>
        <translation>Säule: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Abteilung: %1</translation>
    </message>
    <message>
        <source>Link: %1 → %2</source>
        <translation>Verknüpfung: %1 → %2</translation>
    </message>
    <message>
        <source>Objective: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>KPI: %1</source>
        <translation>KPI: %1</translation>
    </message>
    <message>
        <source>OKR: %1</source>
        <translation>OKR: %1</translation>
    </message>
    <message>
        <source>Initiative: %1</source>
        <translation>Initiative: %1</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>As of %1:
%2</source>
        <translation>Stichtag %1:
%2</translation>
    </message>
    <message>
        <source>A pillar has no score of its own. Its objectives, as of %1:</source>
        <translation>Eine Säule hat keine eigene Bewertung. Ihre Ziele zum Stichtag %1:</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>A department has no score of its own. Assigned to it, as of %1:</source>
        <translation>Eine Abteilung hat keine eigene Bewertung. Ihr zugeordnet, zum Stichtag %1:</translation>
    </message>
    <message>
        <source>• objective “%1”: %2</source>
        <translation>• Ziel „%1“: %2</translation>
    </message>
    <message>
        <source>• KPI “%1”</source>
        <translation>• KPI „%1“</translation>
    </message>
    <message>
        <source>• initiative “%1”</source>
        <translation>• Initiative „%1“</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(noch nichts)</translation>
    </message>
    <message>
        <source>A link has no score. Achieving “%1” (score %2) drives “%3” (score %4), as of %5.</source>
        <translation>Eine Verknüpfung hat keine Bewertung. Das Erreichen von „%1“ (Bewertung %2) wirkt auf „%3“ (Bewertung %4), zum Stichtag %5.</translation>
    </message>
</context>
<context>
    <name>scorecard::EditActions</name>
    <message>
        <source>&amp;Perspective</source>
        <translation>&amp;Perspektive</translation>
    </message>
    <message>
        <source>Add a perspective (a lane of the map)</source>
        <translation>Eine Perspektive hinzufügen (eine Ebene der Karte)</translation>
    </message>
    <message>
        <source>P&amp;illar</source>
        <translation>&amp;Säule</translation>
    </message>
    <message>
        <source>Add a strategic pillar</source>
        <translation>Eine strategische Säule hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Abteilung</translation>
    </message>
    <message>
        <source>Add a department (inside the selected department)</source>
        <translation>Eine Abteilung hinzufügen (innerhalb der ausgewählten Abteilung)</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>Add an objective to the selected perspective, pillar or department</source>
        <translation>Ein Ziel zur ausgewählten Perspektive, Säule oder Abteilung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;KPI</source>
        <translation>&amp;KPI</translation>
    </message>
    <message>
        <source>Add a KPI to the selected objective</source>
        <translation>Einen KPI zum ausgewählten Ziel hinzufügen</translation>
    </message>
    <message>
        <source>O&amp;KR</source>
        <translation>&amp;OKR</translation>
    </message>
    <message>
        <source>Add an OKR to the selected objective</source>
        <translation>Ein OKR zum ausgewählten Ziel hinzufügen</translation>
    </message>
    <message>
        <source>I&amp;nitiative</source>
        <translation>&amp;Initiative</translation>
    </message>
    <message>
        <source>Add an initiative (contributing to the selected objective)</source>
        <translation>Eine Initiative hinzufügen (mit Beitrag zum ausgewählten Ziel)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Das ausgewählte Element löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No scorecard is open.</source>
        <translation>Es ist keine Scorecard geöffnet.</translation>
    </message>
    <message>
        <source>The scorecard is read-only: %1</source>
        <translation>Die Scorecard ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Presentation mode is on: leave it to edit.</source>
        <translation>Der Präsentationsmodus ist aktiv: beenden Sie ihn, um zu bearbeiten.</translation>
    </message>
    <message>
        <source>New perspective</source>
        <translation>Neue Perspektive</translation>
    </message>
    <message>
        <source>New pillar</source>
        <translation>Neue Säule</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Neue Abteilung</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Add a perspective first: every objective sits in one.</source>
        <translation>Fügen Sie zuerst eine Perspektive hinzu: jedes Ziel gehört zu einer.</translation>
    </message>
    <message>
        <source>Select the objective the new KPI measures first.</source>
        <translation>Wählen Sie zuerst das Ziel aus, das der neue KPI misst.</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Neuer KPI</translation>
    </message>
    <message>
        <source>Select the objective the new OKR serves first.</source>
        <translation>Wählen Sie zuerst das Ziel aus, dem das neue OKR dient.</translation>
    </message>
    <message>
        <source>New OKR</source>
        <translation>Neues OKR</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Neue Initiative</translation>
    </message>
    <message>
        <source>This kind of item cannot be inserted.</source>
        <translation>Diese Art von Element kann nicht eingefügt werden.</translation>
    </message>
    <message>
        <source>This item cannot be deleted here.</source>
        <translation>Dieses Element kann hier nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>the link “%1” → “%2” is removed</source>
        <translation>die Verknüpfung „%1“ → „%2“ wird entfernt</translation>
    </message>
    <message>
        <source>the %1 “%2” is removed</source>
        <translation>%1 „%2“ wird entfernt</translation>
    </message>
    <message>
        <source>the %1 “%2” stays, no longer attached to it</source>
        <translation>%1 „%2“ bleibt bestehen, ist aber nicht mehr damit verbunden</translation>
    </message>
    <message>
        <source>Delete the selected arrow?</source>
        <translation>Den ausgewählten Pfeil löschen?</translation>
    </message>
    <message>
        <source>Delete the %1 selected arrows?</source>
        <translation>Die %1 ausgewählten Pfeile löschen?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>The selected arrow goes too.</source>
        <translation>Der ausgewählte Pfeil wird ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>The %1 selected arrows go too.</source>
        <translation>Die %1 ausgewählten Pfeile werden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>This also changes:</source>
        <translation>Dadurch ändert sich auch:</translation>
    </message>
    <message>
        <source>Select what to delete first.</source>
        <translation>Wählen Sie zuerst aus, was gelöscht werden soll.</translation>
    </message>
    <message>
        <source>Cannot delete: %1</source>
        <translation>Löschen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>scorecard::EditLock</name>
    <message>
        <source>another window or program has it open for editing</source>
        <translation>ein anderes Fenster oder Programm hat sie zum Bearbeiten geöffnet</translation>
    </message>
    <message>
        <source>another window of this Scorecard Studio has it open for editing</source>
        <translation>ein anderes Fenster dieses Scorecard Studio hat sie zum Bearbeiten geöffnet</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3) has it open for editing</source>
        <translation>%1 (Prozess %2 auf %3) hat sie zum Bearbeiten geöffnet</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
</context>
<context>
    <name>scorecard::EditorFields</name>
    <message>
        <source>Enter a colour as #rrggbb, or leave empty</source>
        <translation>Geben Sie eine Farbe als #rrggbb ein, oder lassen Sie das Feld leer</translation>
    </message>
</context>
<context>
    <name>scorecard::EntityEditor</name>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
</context>
<context>
    <name>scorecard::ImportMeasurementsCommand</name>
    <message>
        <source>there is no KPI &quot;%1&quot;</source>
        <translation>es gibt keinen KPI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; for %2 is given twice</source>
        <translation>der Wert von &quot;%1&quot; für %2 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>nothing to change: every value is already there</source>
        <translation>nichts zu ändern: jeder Wert ist bereits vorhanden</translation>
    </message>
    <message>
        <source>Import %n value(s)</source>
        <translation>%n Wert(e) importieren</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Undo of %1 failed: %2</source>
        <translation>Rückgängigmachen von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>scorecard::InitiativeEditor</name>
    <message>
        <source>Must not be negative</source>
        <translation>Darf nicht negativ sein</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty</source>
        <translation>YYYY-MM-DD oder leer</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>0 bis 100</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>Ab&amp;teilung:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>S&amp;pent:</source>
        <translation>&amp;Ausgegeben:</translation>
    </message>
    <message>
        <source>Pro&amp;gress (%):</source>
        <translation>&amp;Fortschritt (%):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Add contribution</source>
        <translation>Beitrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Contributes to:</source>
        <translation>Trägt bei &amp;zu:</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Meilenstein hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>&amp;Meilensteine:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>Before the start</source>
        <translation>Vor dem Start</translation>
    </message>
    <message>
        <source>Between 0 and 100</source>
        <translation>Zwischen 0 und 100</translation>
    </message>
    <message>
        <source>Row %1: choose an objective</source>
        <translation>Zeile %1: Wählen Sie ein Ziel</translation>
    </message>
    <message>
        <source>Row %1: that objective is listed twice</source>
        <translation>Zeile %1: dieses Ziel ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>Row %1, weight: %2</source>
        <translation>Zeile %1, Gewichtung: %2</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>Milestone %1: a title is required</source>
        <translation>Meilenstein %1: ein Titel ist erforderlich</translation>
    </message>
    <message>
        <source>Milestone %1, due: %2</source>
        <translation>Meilenstein %1, fällig: %2</translation>
    </message>
</context>
<context>
    <name>scorecard::InvestmentTableModel</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Im Verzug</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Some objectives it contributes to have no score: they count 0 (*)</source>
        <translation>Einige Ziele, zu denen sie beiträgt, haben keine Bewertung: sie zählen als 0 (*)</translation>
    </message>
    <message>
        <source>Not ranked: no budget above 0, or cancelled</source>
        <translation>Nicht eingestuft: kein Budget über 0, oder abgebrochen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Contribution (pts)</source>
        <translation>Beitrag (Pkt.)</translation>
    </message>
    <message>
        <source>Pts per million</source>
        <translation>Pkt. pro Million</translation>
    </message>
    <message>
        <source>Strategic contribution: points of the company score still to win through it (sum over its objectives of contribution weight share x the objective&apos;s weight share up to the company x its distance from target)</source>
        <translation>Strategischer Beitrag: Punkte der Unternehmensbewertung, die durch sie noch zu gewinnen sind (Summe über ihre Ziele aus Anteil der Beitragsgewichtung x Anteil der Gewichtung des Ziels bis zum Unternehmen x Abstand zum Zielwert)</translation>
    </message>
    <message>
        <source>Contribution points per million of budget; the rank orders by it</source>
        <translation>Beitragspunkte pro Million Budget; danach richtet sich der Rang</translation>
    </message>
    <message>
        <source>1 = most contribution per unit of budget</source>
        <translation>1 = höchster Beitrag pro Budgeteinheit</translation>
    </message>
</context>
<context>
    <name>scorecard::InvestmentsPanel</name>
    <message>
        <source>On track or done</source>
        <translation>Im Plan oder erledigt</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Im Verzug</translation>
    </message>
    <message>
        <source>At risk or overdue</source>
        <translation>Gefährdet oder überfällig</translation>
    </message>
    <message>
        <source>Not started or other</source>
        <translation>Nicht begonnen oder sonstige</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Investitionen</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Write the initiatives table to a CSV file</source>
        <translation>Die Initiativentabelle in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Initiatives by contribution per budget</source>
        <translation>Initiativen nach Beitrag pro Budget</translation>
    </message>
    <message>
        <source>Strategic contribution against budget</source>
        <translation>Strategischer Beitrag im Verhältnis zum Budget</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strategic gaps&lt;/b&gt;: red or amber objectives no live initiative works on</source>
        <translation>&lt;b&gt;Strategische Lücken&lt;/b&gt;: kritische oder gefährdete Ziele, an denen keine laufende Initiative arbeitet</translation>
    </message>
    <message>
        <source>Strategic gaps</source>
        <translation>Strategische Lücken</translation>
    </message>
    <message>
        <source>&lt;b&gt;Budget on green objectives&lt;/b&gt;: objectives already on track (by contribution weight share)</source>
        <translation>&lt;b&gt;Budget für Ziele im Plan&lt;/b&gt;: Ziele, die bereits im Plan sind (nach Anteil der Beitragsgewichtung)</translation>
    </message>
    <message>
        <source>Budget on green objectives</source>
        <translation>Budget für Ziele im Plan</translation>
    </message>
    <message>
        <source>Initiatives as of %1, ranked by contribution per unit of budget</source>
        <translation>Initiativen zum Stichtag %1, geordnet nach Beitrag pro Budgeteinheit</translation>
    </message>
    <message>
        <source>No scorecard open</source>
        <translation>Keine Scorecard geöffnet</translation>
    </message>
    <message>
        <source>No planned, active or on-hold initiative contributes to %1</source>
        <translation>Keine geplante, aktive oder pausierte Initiative trägt zu %1 bei</translation>
    </message>
    <message>
        <source>None: every red or amber objective has an initiative</source>
        <translation>Keine: jedes kritische oder gefährdete Ziel hat eine Initiative</translation>
    </message>
    <message>
        <source>%1: budget %2, spent %3</source>
        <translation>%1: Budget %2, ausgegeben %3</translation>
    </message>
    <message>
        <source>Budget %1, spent %2</source>
        <translation>Budget %1, ausgegeben %2</translation>
    </message>
    <message>
        <source>Budget (thousands)</source>
        <translation>Budget (Tausend)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Contribution (points of company score)</source>
        <translation>Beitrag (Punkte der Unternehmensbewertung)</translation>
    </message>
    <message>
        <source>%1
Budget %2, contribution %3 pts, %4</source>
        <translation>%1
Budget %2, Beitrag %3 Pkt., %4</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Investments as CSV</source>
        <translation>Investitionen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Investments</source>
        <translation>Investitionen exportieren</translation>
    </message>
</context>
<context>
    <name>scorecard::JsonFormat</name>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>fehlendes Pflichtfeld</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>longer than %1 characters (%2)</source>
        <translation>länger als %1 Zeichen (%2)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected an id (a string) or null, got %1</source>
        <translation>ID (eine Zeichenkette) oder null erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation>darf nicht negativ sein, %1 erhalten</translation>
    </message>
    <message>
        <source>must be between 0 and 1, got %1</source>
        <translation>muss zwischen 0 und 1 liegen, %1 erhalten</translation>
    </message>
    <message>
        <source>must be between 0 and 100, got %1</source>
        <translation>muss zwischen 0 und 100 liegen, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a number or null, got %1</source>
        <translation>Zahl oder null erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD) or null, got %1</source>
        <translation>Datum (YYYY-MM-DD) oder null erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>%1 is not a valid date (expected YYYY-MM-DD)</source>
        <translation>%1 ist kein gültiges Datum (erwartet: YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected an object or null, got %1</source>
        <translation>Objekt oder null erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 ist keiner der Werte: %2</translation>
    </message>
    <message>
        <source>duplicate id %1 (also used by %2)</source>
        <translation>doppelte ID %1 (auch verwendet von %2)</translation>
    </message>
    <message>
        <source>not JSON: %1 (at offset %2)</source>
        <translation>kein JSON: %1 (an Position %2)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got %1</source>
        <translation>JSON-Objekt auf oberster Ebene erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>ganze Zahl erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>made by a newer version (format version %1)</source>
        <translation>mit einer neueren Version erstellt (Formatversion %1)</translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation>nicht unterstützte Formatversion %1</translation>
    </message>
    <message>
        <source>must not be greater than green (%1 &gt; %2)</source>
        <translation>darf nicht größer als der Schwellenwert für „im Plan“ sein (%1 &gt; %2)</translation>
    </message>
    <message>
        <source>unknown department %1</source>
        <translation>unbekannte Abteilung %1</translation>
    </message>
    <message>
        <source>a department cannot be its own parent</source>
        <translation>eine Abteilung kann nicht sich selbst übergeordnet sein</translation>
    </message>
    <message>
        <source>departments form a cycle: %1</source>
        <translation>Abteilungen bilden einen Zyklus: %1</translation>
    </message>
    <message>
        <source>unknown perspective %1</source>
        <translation>unbekannte Perspektive %1</translation>
    </message>
    <message>
        <source>unknown pillar %1</source>
        <translation>unbekannte Säule %1</translation>
    </message>
    <message>
        <source>unknown objective %1</source>
        <translation>unbekanntes Ziel %1</translation>
    </message>
    <message>
        <source>an objective cannot be its own parent</source>
        <translation>ein Ziel kann nicht sich selbst übergeordnet sein</translation>
    </message>
    <message>
        <source>objectives form a cycle: %1</source>
        <translation>Ziele bilden einen Zyklus: %1</translation>
    </message>
    <message>
        <source>unknown objective %1 (to %2)</source>
        <translation>unbekanntes Ziel %1 (zu %2)</translation>
    </message>
    <message>
        <source>unknown objective %1 (from %2)</source>
        <translation>unbekanntes Ziel %1 (von %2)</translation>
    </message>
    <message>
        <source>an objective cannot link to itself (%1)</source>
        <translation>ein Ziel kann nicht mit sich selbst verknüpft werden (%1)</translation>
    </message>
    <message>
        <source>duplicate link from %1 to %2 (also %3)</source>
        <translation>doppelte Verknüpfung von %1 zu %2 (auch %3)</translation>
    </message>
    <message>
        <source>duplicate period %1 (also %2)</source>
        <translation>doppelte Periode %1 (auch %2)</translation>
    </message>
    <message>
        <source>objective %1 is listed twice (also %2)</source>
        <translation>Ziel %1 ist doppelt aufgeführt (auch %2)</translation>
    </message>
    <message>
        <source>expected a KPI id, got %1</source>
        <translation>KPI-ID erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>unknown KPI %1</source>
        <translation>unbekannter KPI %1</translation>
    </message>
    <message>
        <source>expected a date and time like 2026-03-15T08:30:00Z, got %1</source>
        <translation>Datum und Uhrzeit wie 2026-03-15T08:30:00Z erwartet, %1 erhalten</translation>
    </message>
</context>
<context>
    <name>scorecard::KpiChartPanel</name>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stichtag %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Select a KPI to see its values against its target, or an objective to see its score history.</source>
        <translation>Wählen Sie einen KPI, um seine Werte im Vergleich zum Zielwert zu sehen, oder ein Ziel, um den Verlauf seiner Bewertung zu sehen.</translation>
    </message>
    <message>
        <source>%1: score history</source>
        <translation>%1: Verlauf der Bewertung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>%1: score %2</source>
        <translation>%1: Bewertung %2</translation>
    </message>
    <message>
        <source>Range low</source>
        <translation>Bereich unten</translation>
    </message>
    <message>
        <source>Range high</source>
        <translation>Bereich oben</translation>
    </message>
</context>
<context>
    <name>scorecard::KpiEditor</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>e.g. %, EUR, days</source>
        <translation>z. B. %, EUR, Tage</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Best within a range</source>
        <translation>Optimal innerhalb eines Bereichs</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Linear (baseline to target)</source>
        <translation>Linear (Ausgangswert bis Zielwert)</translation>
    </message>
    <message>
        <source>Goal and red flag</source>
        <translation>Sollwert und Alarmwert</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ja / Nein</translation>
    </message>
    <message>
        <source>Own status bands (else the scorecard&apos;s)</source>
        <translation>Eigene Status-Schwellenwerte (sonst die der Scorecard)</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Ausgangswert:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Ziel&amp;wert:</translation>
    </message>
    <message>
        <source>Range mi&amp;n:</source>
        <translation>Bereichs&amp;untergrenze:</translation>
    </message>
    <message>
        <source>Range ma&amp;x:</source>
        <translation>Bereichs&amp;obergrenze:</translation>
    </message>
    <message>
        <source>&amp;Scoring:</source>
        <translation>&amp;Bewertungsart:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Sollwert:</translation>
    </message>
    <message>
        <source>&amp;Red flag:</source>
        <translation>Alar&amp;mwert:</translation>
    </message>
    <message>
        <source>Green &amp;from:</source>
        <translation>&amp;Im Plan ab:</translation>
    </message>
    <message>
        <source>A&amp;mber from:</source>
        <translation>Ge&amp;fährdet ab:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Häufigkeit:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>Ab&amp;teilung:</translation>
    </message>
    <message>
        <source>W&amp;eight:</source>
        <translation>Gewi&amp;chtung:</translation>
    </message>
    <message>
        <source>(none: not aligned)</source>
        <translation>(keine: nicht zugeordnet)</translation>
    </message>
    <message>
        <source>The KPI has values: its frequency cannot change</source>
        <translation>Der KPI hat Werte: seine Häufigkeit kann nicht geändert werden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>Equal to the baseline: progress cannot be measured</source>
        <translation>Gleich dem Ausgangswert: Der Fortschritt kann nicht gemessen werden</translation>
    </message>
    <message>
        <source>Below the range min</source>
        <translation>Unter dem Bereichsminimum</translation>
    </message>
    <message>
        <source>Equal to the goal</source>
        <translation>Gleich dem Sollwert</translation>
    </message>
    <message>
        <source>Between 0 and 100</source>
        <translation>Zwischen 0 und 100</translation>
    </message>
    <message>
        <source>Must not be above green</source>
        <translation>Darf nicht über Grün liegen</translation>
    </message>
    <message>
        <source>Must not be negative</source>
        <translation>Darf nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>scorecard::KpiMatcher</name>
    <message>
        <source>unknown KPI %1</source>
        <translation>unbekannter KPI %1</translation>
    </message>
    <message>
        <source>KPI %1 is ambiguous: it could be %2 (use the id)</source>
        <translation>KPI %1 ist mehrdeutig: Es könnte %2 sein (verwenden Sie die ID)</translation>
    </message>
</context>
<context>
    <name>scorecard::LinkEditor</name>
    <message>
        <source>Cause and effect link</source>
        <translation>Ursache-Wirkungs-Beziehung</translation>
    </message>
    <message>
        <source>Why achieving the cause drives the effect</source>
        <translation>Warum das Erreichen der Ursache die Wirkung antreibt</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Effect:</source>
        <translation>Wirkung:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>scorecard::LinkEvidenceModel</name>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>Zu wenige Daten</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>%1 drives %2</source>
        <translation>%1 treibt %2 an</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Best lag</source>
        <translation>Beste Verzögerung</translation>
    </message>
    <message>
        <source>Rho</source>
        <translation>Rho</translation>
    </message>
    <message>
        <source>Months used</source>
        <translation>Verwendete Monate</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>Spearman rank correlation of the cause&apos;s score with the effect&apos;s score at the best lag</source>
        <translation>Spearman-Rangkorrelation der Bewertung der Ursache mit der Bewertung der Wirkung bei der besten Verzögerung</translation>
    </message>
    <message>
        <source>Strong: rho &gt;= %1; weak: &gt;= %2; none: below (or negative); not enough data: fewer than %3 overlapping months or no variation. Correlation is evidence, not proof.</source>
        <translation>Stark: rho &gt;= %1; schwach: &gt;= %2; keine: darunter (oder negativ); zu wenige Daten: weniger als %3 überlappende Monate oder keine Schwankung. Korrelation ist Evidenz, kein Beweis.</translation>
    </message>
</context>
<context>
    <name>scorecard::LinksPanel</name>
    <message>
        <source>Does the data support each link? (Correlation is evidence, not proof.)</source>
        <translation>Stützen die Daten jede Verknüpfung? (Korrelation ist Evidenz, kein Beweis.)</translation>
    </message>
    <message>
        <source>Spearman rank correlation of the cause&apos;s score with the effect&apos;s, at lags of 0 to %1 months; at least %2 overlapping months with variation before any claim.</source>
        <translation>Spearman-Rangkorrelation der Bewertung der Ursache mit der der Wirkung, bei Verzögerungen von 0 bis %1 Monaten; mindestens %2 überlappende Monate mit Schwankung, bevor eine Aussage getroffen wird.</translation>
    </message>
    <message>
        <source>Links and their evidence</source>
        <translation>Verknüpfungen und ihre Evidenz</translation>
    </message>
</context>
<context>
    <name>scorecard::MainWindow</name>
    <message>
        <source>Scorecards (*.scorecard);;All files (*)</source>
        <translation>Scorecards (*.scorecard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Scorecard Studio</source>
        <translation>Scorecard Studio</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the file again to show changes made by another program</source>
        <translation>Die Datei erneut lesen, um Änderungen durch ein anderes Programm anzuzeigen</translation>
    </message>
    <message>
        <source>Strategy Map</source>
        <translation>Strategielandkarte</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Investitionen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>KPI Chart</source>
        <translation>KPI-Diagramm</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Create a scorecard from the four-perspective template</source>
        <translation>Eine Scorecard aus der Vorlage mit vier Perspektiven erstellen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Write a copy of the scorecard and continue with the copy</source>
        <translation>Eine Kopie der Scorecard schreiben und mit der Kopie weiterarbeiten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the scorecard (every edit is already saved)</source>
        <translation>Die Scorecard schließen (jede Änderung ist bereits gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Map to Window</source>
        <translation>Karte an &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source> Scores as of </source>
        <translation> Bewertungen zum Stichtag </translation>
    </message>
    <message>
        <source>End of the previous month</source>
        <translation>Ende des vorherigen Monats</translation>
    </message>
    <message>
        <source>Scores as of</source>
        <translation>Bewertungen zum Stichtag</translation>
    </message>
    <message>
        <source>End of the next month</source>
        <translation>Ende des nächsten Monats</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Scores as of today</source>
        <translation>Bewertungen zum Stichtag heute</translation>
    </message>
    <message>
        <source>&amp;What-if Scenario…</source>
        <translation>&amp;Was-wäre-wenn-Szenario…</translation>
    </message>
    <message>
        <source>Try hypothetical KPI values and see the projected scores; the file is not changed</source>
        <translation>Hypothetische KPI-Werte ausprobieren und die prognostizierten Bewertungen ansehen; die Datei wird nicht verändert</translation>
    </message>
    <message>
        <source>&amp;About Scorecard Studio</source>
        <translation>Ü&amp;ber Scorecard Studio</translation>
    </message>
    <message>
        <source>About Scorecard Studio</source>
        <translation>Über Scorecard Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Scorecard Studio %1&lt;/h3&gt;&lt;p&gt;Strategy execution with the Balanced Scorecard: strategy maps, KPIs, OKRs and initiatives in one file.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Scorecard Studio %1&lt;/h3&gt;&lt;p&gt;Strategieumsetzung mit der Balanced Scorecard: Strategielandkarten, KPIs, OKRs und Initiativen in einer Datei.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>%1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Cannot create %1:
%2</source>
        <translation>%1 kann nicht erstellt werden:
%2</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1:
%2</source>
        <translation>Eine Kopie kann nicht als %1 gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>Cannot re-read %1:
%2</source>
        <translation>%1 kann nicht erneut gelesen werden:
%2</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stichtag %1</translation>
    </message>
    <message>
        <source>No scorecard open</source>
        <translation>Keine Scorecard geöffnet</translation>
    </message>
    <message>
        <source>%1 – Scorecard Studio</source>
        <translation>%1 – Scorecard Studio</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Open Scorecard</source>
        <translation>Scorecard öffnen</translation>
    </message>
    <message>
        <source>New Scorecard</source>
        <translation>Neue Scorecard</translation>
    </message>
    <message>
        <source>Save Scorecard As</source>
        <translation>Scorecard speichern unter</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System (follows the desktop)</source>
        <translation>&amp;System (wie die Arbeitsumgebung)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Previous Month</source>
        <translation>&amp;Vorheriger Monat</translation>
    </message>
    <message>
        <source>&amp;Next Month</source>
        <translation>&amp;Nächster Monat</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>Schreibgeschützt: %1.</translation>
    </message>
    <message>
        <source>The file has changed on disk since it was read.</source>
        <translation>Die Datei wurde seit dem Lesen auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>Start from the four Balanced Scorecard perspectives (Financial, Partners &amp; Clients, Internal Processes, Learning &amp; Growth), or from an empty scorecard?</source>
        <translation>Mit den vier Perspektiven der Balanced Scorecard beginnen (Finanzen, Partner &amp; Kunden, Interne Prozesse, Lernen &amp; Entwicklung) oder mit einer leeren Scorecard?</translation>
    </message>
    <message>
        <source>&amp;Four Perspectives</source>
        <translation>&amp;Vier Perspektiven</translation>
    </message>
    <message>
        <source>&amp;Empty</source>
        <translation>&amp;Leer</translation>
    </message>
</context>
<context>
    <name>scorecard::MapExportDialog</name>
    <message>
        <source>Export Strategy Map</source>
        <translation>Strategielandkarte exportieren</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Light (screen)</source>
        <translation>Hell (Bildschirm)</translation>
    </message>
    <message>
        <source>Print (white, high contrast)</source>
        <translation>Druck (weiß, hoher Kontrast)</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>&amp;Transparenter Hintergrund</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation>Letter quer</translation>
    </message>
    <message>
        <source>16:9 slide</source>
        <translation>16:9-Folie</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>S&amp;eite:</translation>
    </message>
    <message>
        <source>Dark (screen)</source>
        <translation>Dunkel (Bildschirm)</translation>
    </message>
</context>
<context>
    <name>scorecard::MapLegendItem</name>
    <message>
        <source>Alignment score: %1 % (%2 of %3 KPIs, OKRs and initiatives connected)</source>
        <translation>Ausrichtungsbewertung: %1 % (%2 von %3 KPIs, OKRs und Initiativen verbunden)</translation>
    </message>
    <message>
        <source>2 KPI</source>
        <translation>2 KPI</translation>
    </message>
    <message>
        <source>linked KPIs, OKRs and initiatives (Init.)</source>
        <translation>verknüpfte KPIs, OKRs und Initiativen (Init.)</translation>
    </message>
    <message>
        <source>cause drives effect</source>
        <translation>Ursache treibt Wirkung an</translation>
    </message>
</context>
<context>
    <name>scorecard::MeasurementsGrid</name>
    <message>
        <source>&lt;b&gt;Values&lt;/b&gt; (paste a column or row from a spreadsheet with Ctrl+V)</source>
        <translation>&lt;b&gt;Werte&lt;/b&gt; (fügen Sie eine Spalte oder Zeile aus einer Tabellenkalkulation mit Strg+V ein)</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>&amp;Paste Values</source>
        <translation>Werte &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete Values</source>
        <translation>Werte &amp;löschen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Neue Periode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected values</source>
        <translation>Die ausgewählten Werte löschen</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n value(s) of “%1”</source>
        <translation>
            <numerusform>%n Wert von „%1“ löschen</numerusform>
            <numerusform>%n Werte von „%1“ löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: the clipboard holds no values</source>
        <translation>Nichts einzufügen: Die Zwischenablage enthält keine Werte</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>Zelle %1</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells: paste one column of values, or values and notes (two columns). Nothing was pasted.</source>
        <translation>Zeile %1 hat %2 Zellen: Fügen Sie eine Spalte mit Werten ein oder Werte und Notizen (zwei Spalten). Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>The values mix decimal commas and decimal points. Nothing was pasted.</source>
        <translation>Die Werte mischen Dezimalkommas und Dezimalpunkte. Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>No period to paste into</source>
        <translation>Keine Periode zum Einfügen vorhanden</translation>
    </message>
    <message>
        <source>%1 (%2) is empty. Nothing was pasted.</source>
        <translation>%1 (%2) ist leer. Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Nothing was pasted.</source>
        <translation>%1 (%2): %3. Es wurde nichts eingefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n value(s) into “%1”</source>
        <translation>
            <numerusform>%n Wert in „%1“ einfügen</numerusform>
            <numerusform>%n Werte in „%1“ einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
</context>
<context>
    <name>scorecard::MeasurementsModel</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>scorecard::MiniMapWidget</name>
    <message>
        <source>Map overview</source>
        <translation>Kartenübersicht</translation>
    </message>
    <message>
        <source>The whole strategy map; the outlined part is in view. Click to move there.</source>
        <translation>Die gesamte Strategielandkarte; der umrandete Teil ist sichtbar. Klicken Sie, um dorthin zu wechseln.</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: Klicken oder ziehen Sie, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>scorecard::MoveObjectivesCommand</name>
    <message>
        <source>the map position must be finite</source>
        <translation>die Position auf der Karte muss endlich sein</translation>
    </message>
    <message>
        <source>there is no objective &quot;%1&quot;</source>
        <translation>es gibt kein Ziel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nothing to move</source>
        <translation>nichts zu verschieben</translation>
    </message>
    <message>
        <source>Move objective “%1”</source>
        <translation>Ziel „%1“ verschieben</translation>
    </message>
    <message>
        <source>Move %n objective(s)</source>
        <translation>%n Ziel(e) verschieben</translation>
    </message>
</context>
<context>
    <name>scorecard::NumberText</name>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
</context>
<context>
    <name>scorecard::ObjectiveCardItem</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>OKR</source>
        <translation>OKR</translation>
    </message>
    <message>
        <source>Init.</source>
        <translation>Init.</translation>
    </message>
</context>
<context>
    <name>scorecard::ObjectiveEditor</name>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewichtung:</translation>
    </message>
    <message>
        <source>&amp;Perspective:</source>
        <translation>&amp;Perspektive:</translation>
    </message>
    <message>
        <source>P&amp;illar:</source>
        <translation>&amp;Säule:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>&amp;Supports:</source>
        <translation>&amp;Unterstützt:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(none: a top objective)</source>
        <translation>(keine: ein oberstes Ziel)</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>Must not be negative</source>
        <translation>Darf nicht negativ sein</translation>
    </message>
    <message>
        <source>“%1” already supports this objective: that would make a loop</source>
        <translation>„%1“ unterstützt dieses Ziel bereits: Das würde einen Zyklus erzeugen</translation>
    </message>
</context>
<context>
    <name>scorecard::OkrEditor</name>
    <message>
        <source>OKR</source>
        <translation>OKR</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty</source>
        <translation>JJJJ-MM-TT oder leer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>W&amp;eight:</source>
        <translation>&amp;Gewichtung:</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Schlüsselergebnis</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Schlüsselergebnisse</translation>
    </message>
    <message>
        <source>Add key res&amp;ult</source>
        <translation>Schlüsselergebnis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove key result</source>
        <translation>Schlüsselergebnis entfernen</translation>
    </message>
    <message>
        <source>&amp;Key results:</source>
        <translation>&amp;Schlüsselergebnisse:</translation>
    </message>
    <message>
        <source>(none: not aligned)</source>
        <translation>(keines: nicht ausgerichtet)</translation>
    </message>
    <message>
        <source>New key result</source>
        <translation>Neues Schlüsselergebnis</translation>
    </message>
    <message>
        <source>A title is required</source>
        <translation>Ein Titel ist erforderlich</translation>
    </message>
    <message>
        <source>Before the start</source>
        <translation>Vor dem Beginn</translation>
    </message>
    <message>
        <source>Must not be negative</source>
        <translation>Darf nicht negativ sein</translation>
    </message>
    <message>
        <source>Key result %1, %2</source>
        <translation>Schlüsselergebnis %1, %2</translation>
    </message>
    <message>
        <source>title: a title is required</source>
        <translation>Titel: Ein Titel ist erforderlich</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktueller Wert</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: must not be negative</source>
        <translation>%1: darf nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>scorecard::Period</name>
    <message>
        <source>year %1 is out of range %2-%3</source>
        <translation>Jahr %1 liegt außerhalb des Bereichs %2-%3</translation>
    </message>
    <message>
        <source>no such date</source>
        <translation>dieses Datum gibt es nicht</translation>
    </message>
    <message>
        <source>%1 has no ISO week %2</source>
        <translation>%1 hat keine ISO-Woche %2</translation>
    </message>
    <message>
        <source>a weekly period is written like 2026-W07</source>
        <translation>eine wöchentliche Periode wird wie 2026-W07 geschrieben</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>Monat %1 gibt es nicht</translation>
    </message>
    <message>
        <source>a monthly period is written like 2026-03</source>
        <translation>eine monatliche Periode wird wie 2026-03 geschrieben</translation>
    </message>
    <message>
        <source>quarter %1 does not exist</source>
        <translation>Quartal %1 gibt es nicht</translation>
    </message>
    <message>
        <source>a quarterly period is written like 2026-Q1</source>
        <translation>eine vierteljährliche Periode wird wie 2026-Q1 geschrieben</translation>
    </message>
    <message>
        <source>a yearly period is written like 2026</source>
        <translation>eine jährliche Periode wird wie 2026 geschrieben</translation>
    </message>
    <message>
        <source>unknown frequency</source>
        <translation>unbekannte Häufigkeit</translation>
    </message>
</context>
<context>
    <name>scorecard::PeriodText</name>
    <message>
        <source>no such date</source>
        <translation>dieses Datum gibt es nicht</translation>
    </message>
    <message>
        <source>month %1 does not exist</source>
        <translation>Monat %1 gibt es nicht</translation>
    </message>
    <message>
        <source>quarter %1 does not exist</source>
        <translation>Quartal %1 gibt es nicht</translation>
    </message>
    <message>
        <source>%1 has no ISO week %2</source>
        <translation>%1 hat keine ISO-Woche %2</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>eine Woche</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>ein Monat</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>ein Quartal</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>ein Jahr</translation>
    </message>
</context>
<context>
    <name>scorecard::PerspectiveEditor</name>
    <message>
        <source>Perspective</source>
        <translation>Perspektive</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Ein Name ist erforderlich</translation>
    </message>
</context>
<context>
    <name>scorecard::PillarEditor</name>
    <message>
        <source>Pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>A name is required</source>
        <translation>Ein Name ist erforderlich</translation>
    </message>
</context>
<context>
    <name>scorecard::PresentationMode</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Show the map full screen without editing, for presenting (Esc leaves)</source>
        <translation>Die Karte im Vollbild ohne Bearbeitung zeigen, zum Präsentieren (Esc beendet)</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
</context>
<context>
    <name>scorecard::PrintActions</name>
    <message>
        <source>&amp;Print Map…</source>
        <translation>Strategielandkarte &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the strategy map on one landscape page, with a preview</source>
        <translation>Die Strategielandkarte auf einer Seite im Querformat drucken, mit Vorschau</translation>
    </message>
    <message>
        <source>Print &amp;Report…</source>
        <translation>&amp;Bericht drucken…</translation>
    </message>
    <message>
        <source>Print every score at the as-of date, with a preview</source>
        <translation>Alle Bewertungen zum Stichtag drucken, mit Vorschau</translation>
    </message>
    <message>
        <source>Print Map</source>
        <translation>Strategielandkarte drucken</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Scores as of %1: %2 of 100, %3.</source>
        <translation>Bewertungen zum Stichtag %1: %2 von 100, %3.</translation>
    </message>
    <message>
        <source>Alignment score: %1 % (%2 of %3 KPIs, OKRs and initiatives are connected to an objective).</source>
        <translation>Ausrichtungsbewertung: %1 % (%2 von %3 KPIs, OKRs und Initiativen sind mit einem Ziel verbunden).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
</context>
<context>
    <name>scorecard::ProblemsPanel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alignment score: %1 %&lt;/b&gt; – %2 of %3 KPIs, OKRs and initiatives are connected to an objective (KPIs %4/%5, OKRs %6/%7, initiatives %8/%9)</source>
        <translation>&lt;b&gt;Ausrichtungsbewertung: %1 %&lt;/b&gt; – %2 von %3 KPIs, OKRs und Initiativen sind mit einem Ziel verbunden (KPIs %4/%5, OKRs %6/%7, Initiativen %8/%9)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alignment score:&lt;/b&gt; nothing to count yet (no KPIs, OKRs or initiatives)</source>
        <translation>&lt;b&gt;Ausrichtungsbewertung:&lt;/b&gt; noch nichts zu zählen (keine KPIs, OKRs oder Initiativen)</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>scorecard::RefreshDataCommand</name>
    <message>
        <source>there is no data source &quot;%1&quot;</source>
        <translation>es gibt keine Datenquelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nothing to change: every value is already there</source>
        <translation>nichts zu ändern: Jeder Wert ist bereits vorhanden</translation>
    </message>
    <message>
        <source>Refresh data (no new values)</source>
        <translation>Daten aktualisieren (keine neuen Werte)</translation>
    </message>
    <message>
        <source>Refresh data (1 value)</source>
        <translation>Daten aktualisieren (1 Wert)</translation>
    </message>
    <message>
        <source>Refresh data (%1 values)</source>
        <translation>Daten aktualisieren (%1 Werte)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Undo of %1 failed: %2</source>
        <translation>Rückgängigmachen von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>scorecard::Removal</name>
    <message>
        <source>perspective &quot;%1&quot; still holds objectives (e.g. &quot;%2&quot;): move or remove them first</source>
        <translation>Perspektive &quot;%1&quot; enthält noch Ziele (z. B. &quot;%2&quot;): Verschieben oder entfernen Sie diese zuerst</translation>
    </message>
</context>
<context>
    <name>scorecard::RemoveMeasurementCommand</name>
    <message>
        <source>KPI &quot;%1&quot; has no value for %2</source>
        <translation>KPI &quot;%1&quot; hat keinen Wert für %2</translation>
    </message>
    <message>
        <source>Remove %1 value for %2</source>
        <translation>Wert von %1 für %2 entfernen</translation>
    </message>
</context>
<context>
    <name>scorecard::ReorderPerspectivesCommand</name>
    <message>
        <source>the new order must name every perspective once</source>
        <translation>die neue Reihenfolge muss jede Perspektive genau einmal nennen</translation>
    </message>
    <message>
        <source>there is no perspective &quot;%1&quot;</source>
        <translation>es gibt keine Perspektive &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the perspectives are already in that order</source>
        <translation>die Perspektiven sind bereits in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>Reorder perspectives</source>
        <translation>Perspektiven neu anordnen</translation>
    </message>
</context>
<context>
    <name>scorecard::Report</name>
    <message>
        <source>Perspectives</source>
        <translation>Perspektiven</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Säulen</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>OKRs</source>
        <translation>OKRs</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>some objectives have no score</source>
        <translation>einige Ziele haben keine Bewertung</translation>
    </message>
    <message>
        <source>Strategic gaps (red or amber objectives no live initiative works on)</source>
        <translation>Strategische Lücken (kritische oder gefährdete Ziele, an denen keine laufende Initiative arbeitet)</translation>
    </message>
    <message>
        <source>Budget on objectives already green (by contribution weight share)</source>
        <translation>Budget für Ziele, die bereits im Plan sind (nach Anteil der Beitragsgewichtung)</translation>
    </message>
    <message>
        <source>Cause-and-effect links: the evidence in the data (Spearman&apos;s rho)</source>
        <translation>Ursache-Wirkungs-Beziehungen: die Evidenz in den Daten (Spearmans Rho)</translation>
    </message>
    <message>
        <source>What-if: projected scores (before -&gt; after)</source>
        <translation>Was-wäre-wenn: prognostizierte Bewertungen (vorher -&gt; nachher)</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;</source>
        <translation>KPI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Initiative &quot;%1&quot;</source>
        <translation>Initiative &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Objective &quot;%1&quot;</source>
        <translation>Ziel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Perspective &quot;%1&quot;</source>
        <translation>Perspektive &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Scores as of %1 (* partial: some inputs have no data)

</source>
        <translation>Bewertungen zum Stichtag %1 (* teilweise: für einige Eingaben gibt es keine Daten)

</translation>
    </message>
    <message>
        <source>Company
</source>
        <translation>Unternehmen
</translation>
    </message>
    <message>
        <source>  Alignment score %1% (%2 of %3 KPIs, OKRs and initiatives are connected)
</source>
        <translation>  Ausrichtungsbewertung %1% (%2 von %3 KPIs, OKRs und Initiativen sind verbunden)
</translation>
    </message>
    <message>
        <source>  (none)
</source>
        <translation>  (keine)
</translation>
    </message>
    <message>
        <source>Alignment score</source>
        <translation>Ausrichtungsbewertung</translation>
    </message>
    <message>
        <source>%1 per 1M</source>
        <translation>%1 je 1 Mio.</translation>
    </message>
</context>
<context>
    <name>scorecard::Sample</name>
    <message>
        <source>no writable data folder for the sample</source>
        <translation>kein beschreibbarer Datenordner für das Beispiel</translation>
    </message>
    <message>
        <source>the bundled sample is missing</source>
        <translation>das mitgelieferte Beispiel fehlt</translation>
    </message>
</context>
<context>
    <name>scorecard::ScorecardDocument</name>
    <message>
        <source>the file is read-only: %1</source>
        <translation>die Datei ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>the file was changed by another program; it has been reloaded and this edit was not applied</source>
        <translation>die Datei wurde von einem anderen Programm geändert; sie wurde neu geladen und diese Änderung wurde nicht übernommen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>scorecard::ScorecardFile</name>
    <message>
        <source>cannot open the file</source>
        <translation>die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot enable foreign keys</source>
        <translation>Fremdschlüssel können nicht aktiviert werden</translation>
    </message>
    <message>
        <source>cannot set the journal mode</source>
        <translation>der Journalmodus kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot set synchronous mode</source>
        <translation>der synchrone Modus kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot set the cache size</source>
        <translation>die Cachegröße kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the file is damaged (quick_check gave no answer)</source>
        <translation>die Datei ist beschädigt (quick_check gab keine Antwort)</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>die Datei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>die Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not a valid scorecard: %1</source>
        <translation>keine gültige Scorecard: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>is a folder, not a scorecard file</source>
        <translation>ist ein Ordner, keine Scorecard-Datei</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 GiB</source>
        <translation>die Datei überschreitet die Grenze von %1 GiB</translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation>auf Anforderung schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>the file is not writable (permissions or read-only media)</source>
        <translation>die Datei ist nicht beschreibbar (Berechtigungen oder schreibgeschütztes Medium)</translation>
    </message>
    <message>
        <source>its folder is not writable, so SQLite cannot keep a journal there</source>
        <translation>ihr Ordner ist nicht beschreibbar, daher kann SQLite dort kein Journal führen</translation>
    </message>
    <message>
        <source>the file is damaged: database disk image is malformed</source>
        <translation>die Datei ist beschädigt: Das Datenbank-Image ist fehlerhaft</translation>
    </message>
    <message>
        <source>cannot record the schema version</source>
        <translation>die Schemaversion kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the file already exists (use --force to overwrite)</source>
        <translation>die Datei existiert bereits (verwenden Sie --force zum Überschreiben)</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot set the application id</source>
        <translation>die Anwendungs-ID kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot write the scorecard settings</source>
        <translation>die Scorecard-Einstellungen können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot prepare a statement</source>
        <translation>eine Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot add the %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot change the %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; kann nicht geändert werden</translation>
    </message>
    <message>
        <source>cannot remove the %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot prepare a statement: %1</source>
        <translation>eine Anweisung kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>cannot write the value of &quot;%1&quot; for %2: %3</source>
        <translation>der Wert von &quot;%1&quot; für %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>cannot write %1 values: %2</source>
        <translation>%1 Werte können nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot remove the value of &quot;%1&quot; for %2</source>
        <translation>der Wert von &quot;%1&quot; für %2 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot replace the key results of &quot;%1&quot;</source>
        <translation>die Schlüsselergebnisse von &quot;%1&quot; können nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot write the key result &quot;%1&quot;</source>
        <translation>das Schlüsselergebnis &quot;%1&quot; kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write the contributions and milestones of &quot;%1&quot;</source>
        <translation>die Beiträge und Meilensteine von &quot;%1&quot; können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read the %1 table</source>
        <translation>die Tabelle %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the measurements: %1</source>
        <translation>die Messwerte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file has more than %1 measurements, the limit</source>
        <translation>die Datei enthält mehr als %1 Messwerte (die Obergrenze)</translation>
    </message>
    <message>
        <source>a measurement refers to the missing KPI &quot;%1&quot;</source>
        <translation>ein Messwert verweist auf den fehlenden KPI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;: %2</source>
        <translation>KPI &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>cannot read the scorecard settings</source>
        <translation>die Scorecard-Einstellungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the key results</source>
        <translation>die Schlüsselergebnisse können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the contributions</source>
        <translation>die Beiträge können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the milestones</source>
        <translation>die Meilensteine können nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>die Datei existiert bereits</translation>
    </message>
    <message>
        <source>cannot save a copy over the open file itself</source>
        <translation>eine Kopie kann nicht über die geöffnete Datei selbst gespeichert werden</translation>
    </message>
    <message>
        <source>cannot write a copy to %1</source>
        <translation>eine Kopie kann nicht nach %1 geschrieben werden</translation>
    </message>
</context>
<context>
    <name>scorecard::ScorecardPanel</name>
    <message>
        <source>Filter by name, owner, department or pillar</source>
        <translation>Nach Name, Verantwortlichem, Abteilung oder Säule filtern</translation>
    </message>
    <message>
        <source>Filter the scorecard</source>
        <translation>Die Scorecard filtern</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspektive</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Verantwortlichem filtern</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>No scorecard is open: File &gt; New creates one, File &gt; Open opens one.</source>
        <translation>Keine Scorecard geöffnet: Datei &gt; Neu erstellt eine, Datei &gt; Öffnen öffnet eine.</translation>
    </message>
    <message>
        <source>Nothing matches the filters.</source>
        <translation>Nichts entspricht den Filtern.</translation>
    </message>
    <message>
        <source>No perspectives yet: Insert &gt; Perspective adds one.</source>
        <translation>Noch keine Perspektiven: Einfügen &gt; Perspektive fügt eine hinzu.</translation>
    </message>
    <message>
        <source>No pillars and no objectives yet: Insert &gt; Pillar or Insert &gt; Objective adds one.</source>
        <translation>Noch keine Säulen und keine Ziele: Einfügen &gt; Säule oder Einfügen &gt; Ziel fügt eines hinzu.</translation>
    </message>
    <message>
        <source>No departments and no objectives yet: Insert &gt; Department or Insert &gt; Objective adds one.</source>
        <translation>Noch keine Abteilungen und keine Ziele: Einfügen &gt; Abteilung oder Einfügen &gt; Ziel fügt eines hinzu.</translation>
    </message>
    <message>
        <source>No initiatives and no objectives yet: Insert &gt; Initiative or Insert &gt; Objective adds one.</source>
        <translation>Noch keine Initiativen und keine Ziele: Einfügen &gt; Initiative oder Einfügen &gt; Ziel fügt eines hinzu.</translation>
    </message>
</context>
<context>
    <name>scorecard::ScorecardTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>No initiative</source>
        <translation>Keine Initiative</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Keine Säule</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>Keine Abteilung</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1% erledigt</translation>
    </message>
    <message>
        <source>Edit to enter the value for %1</source>
        <translation>Bearbeiten, um den Wert für %1 einzugeben</translation>
    </message>
    <message>
        <source>this item no longer exists</source>
        <translation>dieses Element existiert nicht mehr</translation>
    </message>
    <message>
        <source>the weight must be a number</source>
        <translation>die Gewichtung muss eine Zahl sein</translation>
    </message>
    <message>
        <source>the target must be a number</source>
        <translation>der Zielwert muss eine Zahl sein</translation>
    </message>
    <message>
        <source>key results are edited with their OKR</source>
        <translation>Schlüsselergebnisse werden mit ihrem OKR bearbeitet</translation>
    </message>
    <message>
        <source>this column cannot be edited here</source>
        <translation>diese Spalte kann hier nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>the value must be a number</source>
        <translation>der Wert muss eine Zahl sein</translation>
    </message>
    <message>
        <source>Move KPI “%1”</source>
        <translation>KPI „%1“ verschieben</translation>
    </message>
    <message>
        <source>Move objective “%1”</source>
        <translation>Ziel „%1“ verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>the move could not be completed</source>
        <translation>das Verschieben konnte nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>scorecard::SetMeasurementCommand</name>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>Set %1 for %2</source>
        <translation>%1 für %2 setzen</translation>
    </message>
</context>
<context>
    <name>scorecard::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter actions or keys</source>
        <translation>Aktionen oder Tasten filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Strategy Map</source>
        <translation>Strategielandkarte</translation>
    </message>
    <message>
        <source>Move the focus to the next or previous objective</source>
        <translation>Den Fokus zum nächsten oder vorigen Ziel bewegen</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Nudge the selected objectives (1 unit with Shift)</source>
        <translation>Die ausgewählten Ziele verschieben (1 Einheit mit Umschalt)</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Rename the selected objective</source>
        <translation>Das ausgewählte Ziel umbenennen</translation>
    </message>
    <message>
        <source>F2, Enter</source>
        <translation>F2, Eingabe</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Die Auswahl löschen</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Die Auswahl aufheben</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Select several objectives</source>
        <translation>Mehrere Ziele auswählen</translation>
    </message>
    <message>
        <source>Ctrl+click, or drag a rubber band</source>
        <translation>Strg+Klick, oder einen Rahmen aufziehen</translation>
    </message>
    <message>
        <source>Add an objective in a lane</source>
        <translation>Ein Ziel in einer Ebene hinzufügen</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Middle button drag, or Space+drag</source>
        <translation>Mit der mittleren Maustaste ziehen, oder Leertaste+Ziehen</translation>
    </message>
    <message>
        <source>Fit the map to the window</source>
        <translation>Die Karte an das Fenster anpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Strg+0</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Strg+1</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Scorecard and values</source>
        <translation>Scorecard und Werte</translation>
    </message>
    <message>
        <source>Edit the current cell</source>
        <translation>Die aktuelle Zelle bearbeiten</translation>
    </message>
    <message>
        <source>F2, or start typing</source>
        <translation>F2, oder einfach lostippen</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Strg+C</translation>
    </message>
    <message>
        <source>Paste values from a spreadsheet into consecutive periods</source>
        <translation>Werte aus einer Tabellenkalkulation in aufeinanderfolgende Perioden einfügen</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Strg+V</translation>
    </message>
    <message>
        <source>Delete the selected values</source>
        <translation>Die ausgewählten Werte löschen</translation>
    </message>
</context>
<context>
    <name>scorecard::StrategyMap</name>
    <message>
        <source>Drag to an objective this one drives</source>
        <translation>Auf ein Ziel ziehen, das dieses antreibt</translation>
    </message>
    <message>
        <source>strong evidence</source>
        <translation>starke Evidenz</translation>
    </message>
    <message>
        <source>weak evidence</source>
        <translation>schwache Evidenz</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>keine Evidenz</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>zu wenige Daten</translation>
    </message>
</context>
<context>
    <name>scorecard::StrategyMapPanel</name>
    <message>
        <source>Strategy map</source>
        <translation>Strategielandkarte</translation>
    </message>
    <message>
        <source>Place every objective in its lane and pillar, ordered to reduce crossing links</source>
        <translation>Jedes Ziel in seiner Bahn und Säule platzieren, so angeordnet, dass sich möglichst wenige Verknüpfungen kreuzen</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichten</translation>
    </message>
    <message>
        <source>Copy Objectives</source>
        <translation>Ziele kopieren</translation>
    </message>
    <message>
        <source>Paste Objectives</source>
        <translation>Ziele einfügen</translation>
    </message>
    <message>
        <source>Show objectives</source>
        <translation>Ziele anzeigen</translation>
    </message>
    <message>
        <source>Show all objectives, one pillar&apos;s, one department&apos;s, or only the selected objective with everything it drives and everything that drives it</source>
        <translation>Alle Ziele anzeigen, die einer Säule, die einer Abteilung oder nur das ausgewählte Ziel mit allem, was es antreibt, und allem, wovon es angetrieben wird</translation>
    </message>
    <message>
        <source>Colour Links by Evidence</source>
        <translation>Verknüpfungen nach Evidenz einfärben</translation>
    </message>
    <message>
        <source>Colour and style each cause-and-effect link by how well the scores support it: strong, weak, none, or not enough data (correlation is evidence, not proof)</source>
        <translation>Jede Ursache-Wirkungs-Beziehung danach einfärben und gestalten, wie gut die Bewertungen sie stützen: stark, schwach, keine oder zu wenige Daten (Korrelation ist Evidenz, kein Beweis)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++ or the mouse wheel)</source>
        <translation>Vergrößern (Strg++ oder Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the map to the window (Ctrl+0)</source>
        <translation>Karte an das Fenster anpassen (Strg+0)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size (Ctrl+1)</source>
        <translation>Originalgröße (Strg+1)</translation>
    </message>
    <message>
        <source> As of </source>
        <translation> Stichtag </translation>
    </message>
    <message>
        <source>Scores as of</source>
        <translation>Bewertungen zum Stichtag</translation>
    </message>
    <message>
        <source>Export Map…</source>
        <translation>Karte exportieren…</translation>
    </message>
    <message>
        <source>Export the map as PNG, SVG or PDF</source>
        <translation>Die Karte als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <source>Copy Map</source>
        <translation>Karte kopieren</translation>
    </message>
    <message>
        <source>Copy the map to the clipboard as an image</source>
        <translation>Die Karte als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Mini-map</source>
        <translation>Übersichtskarte</translation>
    </message>
    <message>
        <source>Show an overview of the whole map in the corner when it does not fit the window</source>
        <translation>Eine Übersicht der gesamten Karte in der Ecke anzeigen, wenn sie nicht in das Fenster passt</translation>
    </message>
    <message>
        <source>Strategy Map</source>
        <translation>Strategielandkarte</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>Pillar: %1</source>
        <translation>Säule: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Abteilung: %1</translation>
    </message>
    <message>
        <source>Connected to selection</source>
        <translation>Mit Auswahl verbunden</translation>
    </message>
    <message>
        <source>Select an objective first.</source>
        <translation>Wählen Sie zuerst ein Ziel aus.</translation>
    </message>
    <message>
        <source>Export Strategy Map</source>
        <translation>Strategielandkarte exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Vektorgrafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the map to %1:
%2</source>
        <translation>Die Karte kann nicht nach %1 exportiert werden:
%2</translation>
    </message>
    <message>
        <source>Align or distribute the selected objectives</source>
        <translation>Die ausgewählten Ziele ausrichten oder verteilen</translation>
    </message>
    <message>
        <source>Draw the map in the white, high-contrast print theme, as exports for board decks</source>
        <translation>Die Karte im weißen, kontrastreichen Druckdesign zeigen, wie Exporte für Vorstandspräsentationen</translation>
    </message>
    <message>
        <source>Print &amp;Colours on Screen</source>
        <translation>Druck&amp;farben am Bildschirm</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Anordnen</translation>
    </message>
    <message>
        <source>Auto-&amp;layout</source>
        <translation>Automatisch an&amp;ordnen</translation>
    </message>
    <message>
        <source>Align &amp;left edges</source>
        <translation>&amp;Linke Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;centres (horizontally)</source>
        <translation>&amp;Mitten ausrichten (horizontal)amp;Mittelpunkte ausrichten (horizontal)</translation>
    </message>
    <message>
        <source>Align &amp;right edges</source>
        <translation>&amp;Rechte Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;top edges (per lane)</source>
        <translation>&amp;Obere Kanten ausrichten (je Bahn)</translation>
    </message>
    <message>
        <source>Align &amp;middles (per lane)</source>
        <translation>Mi&amp;tten ausrichten (je Bahn)</translation>
    </message>
    <message>
        <source>Align &amp;bottom edges (per lane)</source>
        <translation>&amp;Untere Kanten ausrichten (je Bahn)</translation>
    </message>
    <message>
        <source>&amp;Distribute horizontally (per lane)</source>
        <translation>&amp;Horizontal verteilen (je Bahn)</translation>
    </message>
    <message>
        <source>no scorecard is open</source>
        <translation>keine Scorecard geöffnet</translation>
    </message>
</context>
<context>
    <name>scorecard::StrategyMapScene</name>
    <message>
        <source>Strong evidence: rho %1, best lag %2 (months), %3 months of data</source>
        <translation>Starke Evidenz: rho %1, beste Verzögerung %2 (Monate), %3 Monate an Daten</translation>
    </message>
    <message>
        <source>Weak evidence: rho %1, best lag %2 (months), %3 months of data</source>
        <translation>Schwache Evidenz: rho %1, beste Verzögerung %2 (Monate), %3 Monate an Daten</translation>
    </message>
    <message>
        <source>No evidence: rho %1, best lag %2 (months), %3 months of data</source>
        <translation>Keine Evidenz: rho %1, beste Verzögerung %2 (Monate), %3 Monate an Daten</translation>
    </message>
    <message>
        <source>Not enough data: %1 overlapping months (%2 needed)</source>
        <translation>Zu wenige Daten: %1 überlappende Monate (%2 benötigt)</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <translation>%1, Bewertung %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stichtag %1</translation>
    </message>
    <message>
        <source>Overall %1 (%2)</source>
        <translation>Gesamt %1 (%2)</translation>
    </message>
    <message>
        <source>Pillar: %1</source>
        <translation>Säule: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Abteilung: %1</translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation>Keine Säule</translation>
    </message>
    <message>
        <source>%1 drives %2</source>
        <translation>%1 treibt %2 an</translation>
    </message>
    <message>
        <source>The map cannot be changed: the file is read-only.</source>
        <translation>Die Karte kann nicht geändert werden: Die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The map is already laid out.</source>
        <translation>Die Karte ist bereits angeordnet.</translation>
    </message>
    <message>
        <source>Double-click inside a lane to add an objective there.</source>
        <translation>Doppelklicken Sie in eine Bahn, um dort ein Ziel hinzuzufügen.</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Add objective “%1”</source>
        <translation>Ziel „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>This link closes a loop of causes and effects:
%1

Add it anyway?</source>
        <translation>Diese Verknüpfung schließt einen Kreis aus Ursachen und Wirkungen:
%1

Trotzdem hinzufügen?</translation>
    </message>
    <message>
        <source>The link was not added: it would close a loop (%1).</source>
        <translation>Die Verknüpfung wurde nicht hinzugefügt: Sie würde einen Kreis schließen (%1).</translation>
    </message>
    <message>
        <source>Select objectives or links to delete.</source>
        <translation>Wählen Sie zu löschende Ziele oder Verknüpfungen aus.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no objective “%1”.</source>
        <translation>Es gibt kein Ziel „%1“.</translation>
    </message>
    <message>
        <source>Move objective</source>
        <translation>Ziel verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n objective(s)</source>
        <translation>
            <numerusform>%n Ziel verschieben</numerusform>
            <numerusform>%n Ziele verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>An objective needs a name.</source>
        <translation>Ein Ziel benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Select two or more objectives to align.</source>
        <translation>Wählen Sie zwei oder mehr Ziele zum Ausrichten aus.</translation>
    </message>
    <message>
        <source>Select three or more objectives in a lane to distribute them.</source>
        <translation>Wählen Sie drei oder mehr Ziele in einer Bahn aus, um sie zu verteilen.</translation>
    </message>
    <message>
        <source>The clipboard holds no objectives: %1</source>
        <translation>Die Zwischenablage enthält keine Ziele: %1</translation>
    </message>
    <message>
        <source>The clipboard holds no objectives.</source>
        <translation>Die Zwischenablage enthält keine Ziele.</translation>
    </message>
    <message>
        <source>The scorecard has no perspective to paste objectives into.</source>
        <translation>Die Scorecard hat keine Perspektive, in die Ziele eingefügt werden können.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n objective(s)</source>
        <translation>
            <numerusform>%n Ziel einfügen</numerusform>
            <numerusform>%n Ziele einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>pillar %1</source>
        <translation>Säule %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>drives 1 objective</source>
        <translation>treibt 1 Ziel an</translation>
    </message>
    <message>
        <source>drives %1 objectives</source>
        <translation>treibt %1 Ziele an</translation>
    </message>
    <message>
        <source>driven by 1 objective</source>
        <translation>angetrieben von 1 Ziel</translation>
    </message>
    <message>
        <source>driven by %1 objectives</source>
        <translation>angetrieben von %1 Zielen</translation>
    </message>
</context>
<context>
    <name>scorecard::StrategyMapView</name>
    <message>
        <source>Strategy map</source>
        <translation>Strategielandkarte</translation>
    </message>
</context>
<context>
    <name>scorecard::Transaction</name>
    <message>
        <source>the file is busy: another program is writing to it; try again</source>
        <translation>die Datei ist belegt: Ein anderes Programm schreibt gerade hinein; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>eine Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot save the change</source>
        <translation>die Änderung kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>scorecard::TsTranslator</name>
    <message>
        <source>cannot read the translation %1: %2</source>
        <translation>die Übersetzung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a translation file: %2 (line %3)</source>
        <translation>%1 ist keine Übersetzungsdatei: %2 (Zeile %3)</translation>
    </message>
    <message>
        <source>%1 is not a translation file: it names no language</source>
        <translation>%1 ist keine Übersetzungsdatei: sie nennt keine Sprache</translation>
    </message>
</context>
<context>
    <name>scorecard::WhatIfDialog</name>
    <message>
        <source>What-if Scenario</source>
        <translation>Was-wäre-wenn-Szenario</translation>
    </message>
    <message>
        <source>Type hypothetical values in the &lt;b&gt;What if&lt;/b&gt; column: a KPI value for the period that contains %1 (or a change such as &lt;tt&gt;+10%&lt;/tt&gt; of the current value), or an initiative&apos;s progress in % (or a change such as &lt;tt&gt;+10&lt;/tt&gt; points). The scores below and the marks on the map are a projection: nothing is written to the file.</source>
        <translation>Geben Sie hypothetische Werte in die Spalte &lt;b&gt;Was wäre wenn&lt;/b&gt; ein: einen KPI-Wert für die Periode, die %1 enthält (oder eine Änderung wie &lt;tt&gt;+10%&lt;/tt&gt; des aktuellen Werts), oder den Fortschritt einer Initiative in % (oder eine Änderung wie &lt;tt&gt;+10&lt;/tt&gt; Punkte). Die Bewertungen unten und die Markierungen auf der Karte sind eine Prognose: Es wird nichts in die Datei geschrieben.</translation>
    </message>
    <message>
        <source>Filter KPIs and initiatives by name or objective</source>
        <translation>KPIs und Initiativen nach Name oder Ziel filtern</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre wenn</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Hypothetical values</source>
        <translation>Hypothetische Werte</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Score before</source>
        <translation>Bewertung vorher</translation>
    </message>
    <message>
        <source>Score after</source>
        <translation>Bewertung nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Status before → after</source>
        <translation>Status vorher → nachher</translation>
    </message>
    <message>
        <source>Scores before and after</source>
        <translation>Bewertungen vorher und nachher</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>A value (e.g. 42) or a change of the current value (e.g. +10%)</source>
        <translation>Ein Wert (z. B. 42) oder eine Änderung des aktuellen Werts (z. B. +10%)</translation>
    </message>
    <message>
        <source>Progress in % (0 to 100), or a change such as +10</source>
        <translation>Fortschritt in % (0 bis 100) oder eine Änderung wie +10</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Initiative progress (%)</source>
        <translation>Fortschritt der Initiative (%)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 has no current value to change by %2</source>
        <translation>%1 hat keinen aktuellen Wert, der um %2 geändert werden könnte</translation>
    </message>
    <message>
        <source>%1: progress must be between 0 and 100 %</source>
        <translation>%1: Der Fortschritt muss zwischen 0 und 100 % liegen</translation>
    </message>
    <message>
        <source>KPI: %1</source>
        <translation>KPI: %1</translation>
    </message>
    <message>
        <source>Initiative: %1</source>
        <translation>Initiative: %1</translation>
    </message>
    <message>
        <source>Objective: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Perspective: %1</source>
        <translation>Perspektive: %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
</context>
<context>
    <name>scorecard::datasourcehealth</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Data source “%1” failed: %2 (last good refresh: %3)</source>
        <translation>Datenquelle „%1“ fehlgeschlagen: %2 (letzte erfolgreiche Aktualisierung: %3)</translation>
    </message>
    <message>
        <source>Its KPIs keep their values. Correct the %1 or the source (Data &gt; Data Sources…), then Data &gt; Refresh All.</source>
        <translation>Ihre KPIs behalten ihre Werte. Korrigieren Sie %1 oder die Quelle (Daten &gt; Datenquellen…) und wählen Sie dann Daten &gt; Alle aktualisieren.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>database</source>
        <translation>die Datenbank</translation>
    </message>
</context>
<context>
    <name>scorecard::datasourcestatus</name>
    <message>
        <source>CSV file %1</source>
        <translation>CSV-Datei %1</translation>
    </message>
    <message>
        <source>SQL query on %1</source>
        <translation>SQL-Abfrage auf %1</translation>
    </message>
    <message>
        <source>Data source: %1 (%2), last refreshed: %3</source>
        <translation>Datenquelle: %1 (%2), zuletzt aktualisiert: %3</translation>
    </message>
    <message>
        <source>Last refresh failed: %1 (the values shown are from the last good refresh)</source>
        <translation>Letzte Aktualisierung fehlgeschlagen: %1 (die angezeigten Werte stammen von der letzten erfolgreichen Aktualisierung)</translation>
    </message>
</context>
<context>
    <name>scorecard::editorfields</name>
    <message>
        <source>Enter a number</source>
        <translation>Geben Sie eine Zahl ein</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD</source>
        <translation>Geben Sie ein Datum als JJJJ-MM-TT ein</translation>
    </message>
</context>
<context>
    <name>scorecard::mapexport</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the map is empty</source>
        <translation>die Karte ist leer</translation>
    </message>
    <message>
        <source>the image would be too large (%1 x %2 pixels)</source>
        <translation>das Bild wäre zu groß (%1 x %2 Pixel)</translation>
    </message>
    <message>
        <source>not enough memory for a %1 x %2 image</source>
        <translation>nicht genug Speicher für ein Bild mit %1 x %2 Pixeln</translation>
    </message>
    <message>
        <source>cannot write the PNG image: %1</source>
        <translation>das PNG-Bild kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Strategy map exported by Scorecard Studio</source>
        <translation>Strategielandkarte, exportiert von Scorecard Studio</translation>
    </message>
    <message>
        <source>cannot start the SVG document</source>
        <translation>das SVG-Dokument kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>16:9 slide</source>
        <translation>16:9-Folie</translation>
    </message>
    <message>
        <source>cannot set up the PDF page</source>
        <translation>die PDF-Seite kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>cannot start the PDF document</source>
        <translation>das PDF-Dokument kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
</context>
<context>
    <name>scorecard::schema</name>
    <message>
        <source>cannot create the schema</source>
        <translation>das Schema kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot read the file&apos;s schema</source>
        <translation>das Schema der Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot open an in-memory database: %1</source>
        <translation>eine In-Memory-Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>unexpected %1 in the file&apos;s schema</source>
        <translation>unerwartet im Schema der Datei: %1</translation>
    </message>
    <message>
        <source>%1 in the file&apos;s schema has been altered</source>
        <translation>%1 im Schema der Datei wurde verändert</translation>
    </message>
    <message>
        <source>%1 is missing from the file&apos;s schema</source>
        <translation>%1 fehlt im Schema der Datei</translation>
    </message>
</context>
<context>
    <name>scorecard::scoring</name>
    <message>
        <source>no target is set</source>
        <translation>es ist kein Zielwert festgelegt</translation>
    </message>
    <message>
        <source>the target equals the baseline (%1)</source>
        <translation>der Zielwert ist gleich dem Ausgangswert (%1)</translation>
    </message>
    <message>
        <source>the range needs both a low and a high bound</source>
        <translation>der Bereich benötigt sowohl eine untere als auch eine obere Grenze</translation>
    </message>
    <message>
        <source>the range&apos;s low bound %1 is above its high bound %2</source>
        <translation>die untere Grenze %1 des Bereichs liegt über seiner oberen Grenze %2</translation>
    </message>
    <message>
        <source>goal/red flag scoring needs both a goal and a red flag</source>
        <translation>die Bewertung nach Sollwert/Alarmwert benötigt sowohl einen Sollwert als auch einen Alarmwert</translation>
    </message>
    <message>
        <source>the goal equals the red flag (%1)</source>
        <translation>der Sollwert ist gleich dem Alarmwert (%1)</translation>
    </message>
    <message>
        <source>linear scoring, lower is better, from baseline %1 (0) to target %2 (100)</source>
        <translation>lineare Bewertung, niedriger ist besser, vom Ausgangswert %1 (0) bis zum Zielwert %2 (100)</translation>
    </message>
    <message>
        <source>linear scoring from baseline %1 (0) to target %2 (100)</source>
        <translation>lineare Bewertung vom Ausgangswert %1 (0) bis zum Zielwert %2 (100)</translation>
    </message>
    <message>
        <source>; no baseline is set, so 0 is assumed</source>
        <translation>; es ist kein Ausgangswert festgelegt, daher wird 0 angenommen</translation>
    </message>
    <message>
        <source>range scoring: 100 from %1 to %2, falling to 0 one range width outside</source>
        <translation>Bereichsbewertung: 100 von %1 bis %2, fällt eine Bereichsbreite außerhalb auf 0</translation>
    </message>
    <message>
        <source>goal/red flag scoring: red flag %1 scores 33.3, goal %2 scores 66.7</source>
        <translation>Bewertung nach Sollwert/Alarmwert: Alarmwert %1 ergibt 33,3, Sollwert %2 ergibt 66,7</translation>
    </message>
    <message>
        <source>yes/no scoring: any non-zero value scores 100, zero scores 0</source>
        <translation>Ja/Nein-Bewertung: Jeder Wert ungleich null ergibt 100, null ergibt 0</translation>
    </message>
    <message>
        <source>No measurement at or before %1.</source>
        <translation>Kein Messwert am oder vor dem %1.</translation>
    </message>
    <message>
        <source>The value %1 for %2 scores %3 by %4.</source>
        <translation>Der Wert %1 für %2 ergibt die Bewertung %3 (%4).</translation>
    </message>
    <message>
        <source>the value is not a finite number</source>
        <translation>der Wert ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>The value %1 for %2 cannot be scored: %3.</source>
        <translation>Der Wert %1 für %2 kann nicht bewertet werden: %3.</translation>
    </message>
    <message>
        <source>Stale: there is no value for %1 or later.</source>
        <translation>Veraltet: Es gibt keinen Wert für %1 oder später.</translation>
    </message>
    <message>
        <source>No data: the OKR has no key results.</source>
        <translation>Keine Daten: Das OKR hat keine Schlüsselergebnisse.</translation>
    </message>
    <message>
        <source>Progress %1 scores %2.</source>
        <translation>Fortschritt %1 ergibt %2.</translation>
    </message>
    <message>
        <source>No data: the progress is not a number.</source>
        <translation>Keine Daten: Der Fortschritt ist keine Zahl.</translation>
    </message>
    <message>
        <source>Health: done.</source>
        <translation>Zustand: erledigt.</translation>
    </message>
    <message>
        <source>Health: cancelled; left out of every roll-up.</source>
        <translation>Zustand: abgebrochen; bei jeder Verdichtung ausgelassen.</translation>
    </message>
    <message>
        <source>Health unknown: the start or end date is missing.</source>
        <translation>Zustand unbekannt: Das Anfangs- oder Enddatum fehlt.</translation>
    </message>
    <message>
        <source>Health unknown: the end date %1 is before the start date %2.</source>
        <translation>Zustand unbekannt: Das Enddatum %1 liegt vor dem Anfangsdatum %2.</translation>
    </message>
    <message>
        <source>Health: not started; it starts on %1.</source>
        <translation>Zustand: nicht begonnen; beginnt am %1.</translation>
    </message>
    <message>
        <source>Health: overdue; it was due on %1 and is not done.</source>
        <translation>Zustand: überfällig; war am %1 fällig und ist nicht erledigt.</translation>
    </message>
    <message>
        <source>Health: on track; it starts today.</source>
        <translation>Zustand: im Plan; beginnt heute.</translation>
    </message>
    <message>
        <source>Health unknown without a progress value.</source>
        <translation>Zustand unbekannt ohne Fortschrittswert.</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>im Verzug</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>Health: %1 of the planned %2 by %3 (linear from %4 to %5) is done: %6.</source>
        <translation>Zustand: %1 der bis %3 geplanten %2 sind erledigt (linear von %4 bis %5): %6.</translation>
    </message>
    <message>
        <source>Weighted mean of %1 of %2 inputs: %3.</source>
        <translation>Gewichteter Mittelwert von %1 der %2 Eingaben: %3.</translation>
    </message>
    <message>
        <source>Nothing to roll up: there are no inputs.</source>
        <translation>Nichts zu verdichten: Es gibt keine Eingaben.</translation>
    </message>
    <message>
        <source>No data: every input with a score has zero weight.</source>
        <translation>Keine Daten: Jede Eingabe mit einer Bewertung hat die Gewichtung null.</translation>
    </message>
    <message>
        <source>No data: none of the %1 inputs has a score.</source>
        <translation>Keine Daten: Keine der %1 Eingaben hat eine Bewertung.</translation>
    </message>
    <message>
        <source>Without data: %1.</source>
        <translation>Ohne Daten: %1.</translation>
    </message>
    <message>
        <source>Zero weight, not counted: %1.</source>
        <translation>Gewichtung null, nicht gezählt: %1.</translation>
    </message>
    <message>
        <source>Cancelled, not counted: %1.</source>
        <translation>Abgebrochen, nicht gezählt: %1.</translation>
    </message>
</context>
<context>
    <name>scorecard::validation</name>
    <message>
        <source>the %1 needs an id</source>
        <translation>%1: Eine ID ist erforderlich</translation>
    </message>
    <message>
        <source>the %1 id is longer than %2 characters</source>
        <translation>%1: Die ID ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>there is already a %1 with the id &quot;%2&quot;</source>
        <translation>%1 mit der ID &quot;%2&quot; existiert bereits</translation>
    </message>
    <message>
        <source>there is no %1 with the id &quot;%2&quot;</source>
        <translation>%1 mit der ID &quot;%2&quot; existiert nicht</translation>
    </message>
    <message>
        <source>the %1 needs a name</source>
        <translation>%1: Ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>the %1&apos;s name is longer than %2 characters</source>
        <translation>%1: Der Name ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the %1 is longer than %2 characters</source>
        <translation>%1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the weight of %1 must be a number of at least 0</source>
        <translation>die Gewichtung von %1 muss eine Zahl größer oder gleich 0 sein</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>status bands must lie between 0 and 100</source>
        <translation>Statusbereiche müssen zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>the amber band (%1) must not be above the green band (%2)</source>
        <translation>der gelbe Bereich (%1) darf nicht über dem grünen Bereich (%2) liegen</translation>
    </message>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation>das Enddatum %1 liegt vor dem Anfangsdatum %2</translation>
    </message>
    <message>
        <source>there is no department &quot;%1&quot;</source>
        <translation>es gibt keine Abteilung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no objective &quot;%1&quot;</source>
        <translation>es gibt kein Ziel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>scorecard name</source>
        <translation>Name der Scorecard</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>perspective</source>
        <translation>Perspektive</translation>
    </message>
    <message>
        <source>there is already a perspective named &quot;%1&quot;</source>
        <translation>es gibt bereits eine Perspektive namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>there is already a pillar named &quot;%1&quot;</source>
        <translation>es gibt bereits eine Säule namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>department &quot;%1&quot; cannot be inside itself</source>
        <translation>Abteilung &quot;%1&quot; kann nicht in sich selbst liegen</translation>
    </message>
    <message>
        <source>there is already a department named &quot;%1&quot; there</source>
        <translation>dort gibt es bereits eine Abteilung namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>objective &quot;%1&quot;</source>
        <translation>Ziel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no perspective &quot;%1&quot;</source>
        <translation>es gibt keine Perspektive &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no pillar &quot;%1&quot;</source>
        <translation>es gibt keine Säule &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the map position must be finite</source>
        <translation>die Position auf der Karte muss endlich sein</translation>
    </message>
    <message>
        <source>objective &quot;%1&quot; cannot support itself (parent cycle)</source>
        <translation>Ziel &quot;%1&quot; kann sich nicht selbst unterstützen (Zyklus in der Hierarchie)</translation>
    </message>
    <message>
        <source>a link needs a cause and an effect objective</source>
        <translation>eine Verknüpfung benötigt ein Ursachen- und ein Wirkungsziel</translation>
    </message>
    <message>
        <source>an objective cannot be linked to itself</source>
        <translation>ein Ziel kann nicht mit sich selbst verknüpft werden</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already linked to &quot;%2&quot;</source>
        <translation>&quot;%1&quot; ist bereits mit &quot;%2&quot; verknüpft</translation>
    </message>
    <message>
        <source>there is no link from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>es gibt keine Verknüpfung von &quot;%1&quot; zu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;</source>
        <translation>KPI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>der Ausgangswert</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>der Zielwert</translation>
    </message>
    <message>
        <source>the range&apos;s low end</source>
        <translation>das untere Ende des Bereichs</translation>
    </message>
    <message>
        <source>the range&apos;s high end</source>
        <translation>das obere Ende des Bereichs</translation>
    </message>
    <message>
        <source>the red flag</source>
        <translation>der Alarmwert</translation>
    </message>
    <message>
        <source>the goal</source>
        <translation>der Sollwert</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;: the target equals the baseline, so progress cannot be measured</source>
        <translation>KPI &quot;%1&quot;: Der Zielwert ist gleich dem Ausgangswert, daher kann der Fortschritt nicht gemessen werden</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;: the range&apos;s low end is above its high end</source>
        <translation>KPI &quot;%1&quot;: Das untere Ende des Bereichs liegt über dem oberen Ende</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;: the goal equals the red flag</source>
        <translation>KPI &quot;%1&quot;: Der Sollwert ist gleich dem Alarmwert</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; has measurements: its frequency cannot change</source>
        <translation>KPI &quot;%1&quot; hat Messwerte: Seine Häufigkeit kann nicht geändert werden</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;: invalid measurement for %2</source>
        <translation>KPI &quot;%1&quot;: ungültiger Messwert für %2</translation>
    </message>
    <message>
        <source>OKR</source>
        <translation>OKR</translation>
    </message>
    <message>
        <source>OKR &quot;%1&quot;</source>
        <translation>OKR &quot;%1&quot;</translation>
    </message>
    <message>
        <source>key result</source>
        <translation>Schlüsselergebnis</translation>
    </message>
    <message>
        <source>key result &quot;%1&quot; needs an id</source>
        <translation>Schlüsselergebnis &quot;%1&quot; benötigt eine ID</translation>
    </message>
    <message>
        <source>key result id &quot;%1&quot; is used twice</source>
        <translation>die ID &quot;%1&quot; des Schlüsselergebnisses wird zweimal verwendet</translation>
    </message>
    <message>
        <source>key result &quot;%1&quot;</source>
        <translation>Schlüsselergebnis &quot;%1&quot;</translation>
    </message>
    <message>
        <source>key result &quot;%1&quot;: values must be finite numbers</source>
        <translation>Schlüsselergebnis &quot;%1&quot;: Werte müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>key result id &quot;%1&quot; is already used by OKR &quot;%2&quot;</source>
        <translation>die ID &quot;%1&quot; des Schlüsselergebnisses wird bereits von OKR &quot;%2&quot; verwendet</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>initiative &quot;%1&quot;: budget and spent must be at least 0</source>
        <translation>Initiative &quot;%1&quot;: Budget und Ausgegeben müssen mindestens 0 sein</translation>
    </message>
    <message>
        <source>initiative &quot;%1&quot;: progress must be between 0 and 1 (0% and 100%)</source>
        <translation>Initiative &quot;%1&quot;: Der Fortschritt muss zwischen 0 und 1 (0 % und 100 %) liegen</translation>
    </message>
    <message>
        <source>initiative &quot;%1&quot;: a contribution needs an objective</source>
        <translation>Initiative &quot;%1&quot;: Ein Beitrag benötigt ein Ziel</translation>
    </message>
    <message>
        <source>initiative &quot;%1&quot; contributes to &quot;%2&quot; twice</source>
        <translation>Initiative &quot;%1&quot; trägt zweimal zu &quot;%2&quot; bei</translation>
    </message>
    <message>
        <source>the contribution to &quot;%1&quot;</source>
        <translation>der Beitrag zu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>data source&apos;s name</source>
        <translation>Name der Datenquelle</translation>
    </message>
    <message>
        <source>data source&apos;s location</source>
        <translation>Speicherort der Datenquelle</translation>
    </message>
    <message>
        <source>data source&apos;s mapping</source>
        <translation>Zuordnung der Datenquelle</translation>
    </message>
    <message>
        <source>data source&apos;s last error</source>
        <translation>letzter Fehler der Datenquelle</translation>
    </message>
    <message>
        <source>data source &quot;%1&quot;: %2</source>
        <translation>Datenquelle &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>data source &quot;%1&quot;: there is no KPI &quot;%2&quot;</source>
        <translation>Datenquelle &quot;%1&quot;: Es gibt keinen KPI &quot;%2&quot;</translation>
    </message>
    <message>
        <source>there is no KPI &quot;%1&quot;</source>
        <translation>es gibt keinen KPI &quot;%1&quot;</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot; is %2: the period must be one of that frequency</source>
        <translation>KPI &quot;%1&quot; ist %2: Die Periode muss dieser Häufigkeit entsprechen</translation>
    </message>
    <message>
        <source>KPI &quot;%1&quot;: a value must be a finite number</source>
        <translation>KPI &quot;%1&quot;: Ein Wert muss eine endliche Zahl sein</translation>
    </message>
</context>
</TS>
