// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/editorfields.h"
#include "apptheme.h"

#include "document/scorecarddocument.h"
#include "io/numbertext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QWidget>

#include <functional>

namespace scorecard::editorfields {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scorecard::EditorFields", text);
}

} // namespace

Result<double> number(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fail(tr("Enter a number"));
    NumberText::Decimal decimal = QLocale().decimalPoint() == QStringLiteral(",")
                                      ? NumberText::Decimal::Comma
                                      : NumberText::Decimal::Point;
    switch (NumberText::hint(t)) {
    case NumberText::Hint::Comma:
        decimal = NumberText::Decimal::Comma;
        break;
    case NumberText::Hint::Point:
        decimal = NumberText::Decimal::Point;
        break;
    case NumberText::Hint::None:
        break;
    }
    return NumberText::parse(t, decimal);
}

Result<std::optional<double>> optionalNumber(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::optional<double>();
    auto n = number(text);
    if (!n)
        return fail(n.error());
    return std::optional<double>(*n);
}

Result<QDate> optionalDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        return fail(tr("Enter a date as YYYY-MM-DD"));
    return d;
}

QString numberText(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 12);
}

QString numberText(const std::optional<double> &value)
{
    return value ? numberText(*value) : QString();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void fill(QComboBox *combo, const Choices &choices, const QString &current)
{
    const QSignalBlocker blocker(combo);
    bool same = combo->count() == choices.size();
    for (int i = 0; same && i < choices.size(); ++i)
        same = combo->itemText(i) == choices[i].first &&
               combo->itemData(i).toString() == choices[i].second;
    if (!same) {
        combo->clear();
        for (const auto &c : choices)
            combo->addItem(c.first, c.second);
    }
    const int at = combo->findData(current);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

void select(QComboBox *combo, const QString &id)
{
    const int at = combo->findData(id);
    if (at >= 0 && at != combo->currentIndex())
        combo->setCurrentIndex(at);
}

void nameAfterLabel(QWidget *field, const QString &label)
{
    if (field && field->accessibleName().isEmpty())
        field->setAccessibleName(QString(label).remove(u'&').remove(u':').trimmed());
}

QString selected(const QComboBox *combo)
{
    return combo->currentData().toString();
}

Choices departmentChoices(const ScorecardDocument &doc, const QString &none)
{
    Choices out{{none, QString()}};
    const auto &all = doc.scorecard().departments;
    QSet<QString> placed;
    // Depth-first from the roots, each shown with its path ("Company \u203a Sales"), so
    // the tree reads in the closed combo too; a missing parent counts as a root.
    std::function<void(const DepartmentId &, const QString &)> add = [&](const DepartmentId &parent,
                                                                         const QString &path) {
        for (const Department &d : all) {
            if (d.parent != parent || placed.contains(d.id.value))
                continue;
            placed.insert(d.id.value);
            const QString name =
                path.isEmpty() ? d.name : path + QStringLiteral(" \u203a ") + d.name;
            out.append({name, d.id.value});
            add(d.id, name);
        }
    };
    add(DepartmentId(), QString());
    for (const Department &d : all) {
        if (!placed.contains(d.id.value) && (d.parent.isNull() || !doc.department(d.parent))) {
            placed.insert(d.id.value);
            out.append({d.name, d.id.value});
            add(d.id, d.name);
        }
    }
    for (const Department &d : all) { // anything left sits in a loop: still choosable
        if (!placed.contains(d.id.value))
            out.append({d.name, d.id.value});
    }
    return out;
}

Choices objectiveChoices(const ScorecardDocument &doc, const QString &none)
{
    Choices out;
    if (!none.isEmpty())
        out.append({none, QString()});
    for (const Perspective &p : doc.scorecard().perspectives) {
        for (const Objective &o : doc.scorecard().objectives) {
            if (o.perspective == p.id)
                out.append({QStringLiteral("%1 (%2)").arg(o.name, p.name), o.id.value});
        }
    }
    return out;
}

Choices perspectiveChoices(const ScorecardDocument &doc)
{
    Choices out;
    for (const Perspective &p : doc.scorecard().perspectives)
        out.append({p.name, p.id.value});
    return out;
}

Choices pillarChoices(const ScorecardDocument &doc, const QString &none)
{
    Choices out{{none, QString()}};
    for (const Pillar &p : doc.scorecard().pillars)
        out.append({p.name, p.id.value});
    return out;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        t->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setMinimumHeight(t->verticalHeader()->defaultSectionSize() * 4 + 4);
    t->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return t;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void markCell(QTableWidget *table, int row, int column, bool wrong)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item)
        return;
    const QSignalBlocker blocker(table);
    item->setBackground(wrong ? QBrush(errorBackgroundColor()) : QBrush());
}

} // namespace scorecard::editorfields
