// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspanel.h"

#include "commands/entitycommands.h"
#include "datasourcestatus.h"
#include "document/scorecarddocument.h"
#include "entityselection.h"
#include "scoring/engine.h"
#include "strategymap/maptheme.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace scorecard {

namespace {

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double d = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        d = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QWidget *withError(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(error);
    return box;
}

} // namespace

DetailsPanel::DetailsPanel(EntitySelection *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(new QLabel(tr("Why this score?"), this));
    m_why = new QTextBrowser(this);
    m_why->setAccessibleName(tr("Why this score?"));
    layout->addWidget(m_why, 1);

    m_editor = new QGroupBox(tr("Objective"), this);
    auto *form = new QFormLayout(m_editor);
    m_name = new QLineEdit(m_editor);
    m_nameError = errorLabel(m_editor);
    m_owner = new QLineEdit(m_editor);
    m_description = new QPlainTextEdit(m_editor);
    m_description->setMaximumHeight(80);
    m_weight = new QLineEdit(m_editor);
    m_weightError = errorLabel(m_editor);
    form->addRow(tr("&Name:"), withError(m_name, m_nameError, m_editor));
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Weight:"), withError(m_weight, m_weightError, m_editor));
    m_applyError = errorLabel(m_editor);
    form->addRow(m_applyError);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_revert = new QPushButton(tr("Re&vert"), m_editor);
    m_apply = new QPushButton(tr("&Apply"), m_editor);
    m_apply->setDefault(true);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    form->addRow(buttons);
    layout->addWidget(m_editor);
    m_editor->hide();

    connect(m_name, &QLineEdit::textChanged, this, &DetailsPanel::validate);
    connect(m_owner, &QLineEdit::textChanged, this, &DetailsPanel::validate);
    connect(m_weight, &QLineEdit::textChanged, this, &DetailsPanel::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &DetailsPanel::validate);
    connect(m_name, &QLineEdit::returnPressed, this, &DetailsPanel::apply);
    connect(m_weight, &QLineEdit::returnPressed, this, &DetailsPanel::apply);
    connect(m_apply, &QPushButton::clicked, this, &DetailsPanel::apply);
    connect(m_revert, &QPushButton::clicked, this, &DetailsPanel::loadEditor);
    connect(m_selection, &EntitySelection::currentChanged, this, [this] {
        refresh();
        loadEditor();
    });
    refresh();
}

void DetailsPanel::setDocument(ScorecardDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (doc) {
        connect(doc, &ScorecardDocument::changed, this, [this] {
            refresh();
            loadEditor();
        });
    }
    refresh();
    loadEditor();
}

void DetailsPanel::setAsOf(QDate asOf)
{
    m_asOf = asOf;
    refresh();
}

QString DetailsPanel::explanation() const
{
    return m_why->toPlainText();
}

QString DetailsPanel::inputName(scoring::InputKind kind, const QString &id) const
{
    switch (kind) {
    case scoring::InputKind::Kpi:
        if (const Kpi *k = m_doc->kpi(KpiId(id)))
            return tr("KPI \u201c%1\u201d").arg(k->name);
        break;
    case scoring::InputKind::KeyResult:
        for (const Okr &o : m_doc->scorecard().okrs) {
            for (const KeyResult &kr : o.keyResults) {
                if (kr.id.value == id)
                    return tr("key result \u201c%1\u201d").arg(kr.title);
            }
        }
        break;
    case scoring::InputKind::Okr:
        if (const Okr *o = m_doc->okr(OkrId(id)))
            return tr("OKR \u201c%1\u201d").arg(o->title);
        break;
    case scoring::InputKind::Initiative:
        if (const Initiative *i = m_doc->initiative(InitiativeId(id)))
            return tr("initiative \u201c%1\u201d").arg(i->name);
        break;
    case scoring::InputKind::Objective:
        if (const Objective *o = m_doc->objective(ObjectiveId(id)))
            return tr("objective \u201c%1\u201d").arg(o->name);
        break;
    case scoring::InputKind::Perspective:
        if (const Perspective *p = m_doc->perspective(PerspectiveId(id)))
            return tr("perspective \u201c%1\u201d").arg(p->name);
        break;
    }
    return id;
}

QString DetailsPanel::describe(const scoring::Score &score) const
{
    QStringList lines;
    if (score.value)
        lines << tr("Score %1 of 100: %2.").arg(number(*score.value), statusLabel(score.status));
    else
        lines << tr("No score: %1.").arg(statusLabel(score.status));
    if (!score.explanation.isEmpty())
        lines << score.explanation;
    if (score.period && score.measuredValue)
        lines << tr("Measured value %1 for %2.")
                     .arg(QLocale().toString(*score.measuredValue, 'g', 8),
                          score.period->toString());
    for (const scoring::Parameter &p : score.parameters) {
        lines << (p.assumed ? tr("%1: %2 (not set, assumed)") : tr("%1: %2"))
                     .arg(p.name, QLocale().toString(p.value, 'g', 8));
    }
    if (!score.inputs.empty()) {
        lines << QString() << tr("Inputs (weighted mean):");
        for (const scoring::Contributor &c : score.inputs) {
            const QString name = inputName(c.kind, c.id);
            const QString value = c.score ? number(*c.score) : tr("no score");
            QString line = tr("\u2022 %1: %2, weight %3")
                               .arg(name, value, QLocale().toString(c.weight, 'g', 6));
            switch (c.excluded) {
            case scoring::Exclusion::None:
                break;
            case scoring::Exclusion::NoData:
                line += tr(" \u2014 left out: no data");
                break;
            case scoring::Exclusion::Cycle:
                line += tr(" \u2014 left out: part of a loop of parent objectives");
                break;
            case scoring::Exclusion::ZeroWeight:
                line += tr(" \u2014 left out: weight 0");
                break;
            case scoring::Exclusion::Cancelled:
                line += tr(" \u2014 left out: cancelled");
                break;
            }
            lines << line;
        }
    }
    if (score.partial)
        lines << QString()
              << tr("%n input(s) had no data and were left out.", nullptr, score.missing);
    if (score.trend)
        lines << tr("Change since the previous period: %1.").arg(number(*score.trend));
    return lines.join(u'\n');
}

void DetailsPanel::refresh()
{
    if (!m_doc) {
        m_title->clear();
        m_why->clear();
        return;
    }
    const scoring::Results results = scoring::Engine(m_doc->scorecard()).compute(m_asOf);
    if (m_selection->isEmpty()) {
        // Nothing selected: the whole scorecard, with a hint.
        m_title->setText(tr("Scorecard: %1").arg(m_doc->scorecard().info.name));
        m_why->setPlainText(
            tr("As of %1:\n%2\n\nSelect an item on the map or in the scorecard "
               "to see why it scores as it does.")
                .arg(QLocale().toString(m_asOf, QLocale::ShortFormat), describe(results.company)));
        return;
    }
    const QString id = m_selection->id();
    const scoring::Score *score = nullptr;
    QString title;
    auto find = [&](const auto &hash) {
        auto it = hash.constFind(id);
        if (it != hash.constEnd())
            score = &*it;
    };
    switch (m_selection->kind()) {
    case EntityKind::Perspective:
        if (const Perspective *p = m_doc->perspective(PerspectiveId(id)))
            title = tr("Perspective: %1").arg(p->name);
        find(results.perspectives);
        break;
    case EntityKind::Objective:
        if (const Objective *o = m_doc->objective(ObjectiveId(id)))
            title = tr("Objective: %1").arg(o->name);
        find(results.objectives);
        break;
    case EntityKind::Kpi:
        if (const Kpi *k = m_doc->kpi(KpiId(id)))
            title = tr("KPI: %1").arg(k->name);
        find(results.kpis);
        break;
    case EntityKind::Okr:
        if (const Okr *o = m_doc->okr(OkrId(id)))
            title = tr("OKR: %1").arg(o->title);
        find(results.okrs);
        break;
    case EntityKind::Initiative:
        if (const Initiative *i = m_doc->initiative(InitiativeId(id)))
            title = tr("Initiative: %1").arg(i->name);
        find(results.initiatives);
        break;
    default:
        break;
    }
    m_title->setText(title.isEmpty() ? tr("Nothing selected") : title);
    QString why = score
                      ? tr("As of %1:\n%2")
                            .arg(QLocale().toString(m_asOf, QLocale::ShortFormat), describe(*score))
                      : QString();
    if (m_selection->kind() == EntityKind::Kpi) {
        // A connected KPI: where its values come from, and whether that works.
        if (const QString source = datasourcestatus::kpiDetails(*m_doc, KpiId(id));
            !source.isEmpty())
            why += QStringLiteral("\n\n") + source;
    }
    m_why->setPlainText(why);
}

void DetailsPanel::loadEditor()
{
    const Objective *o = m_doc && m_selection->kind() == EntityKind::Objective
                             ? m_doc->objective(ObjectiveId(m_selection->id()))
                             : nullptr;
    m_editor->setVisible(o != nullptr);
    if (!o) {
        m_editing = {};
        return;
    }
    m_editing = o->id;
    const QSignalBlocker b1(m_name), b2(m_owner), b3(m_description), b4(m_weight);
    m_name->setText(o->name);
    m_owner->setText(o->owner);
    m_description->setPlainText(o->description);
    m_weight->setText(QLocale().toString(o->weight, 'g', 6));
    m_editor->setEnabled(!m_doc->isReadOnly());
    m_applyError->hide();
    validate();
}

void DetailsPanel::validate()
{
    const bool nameOk = !m_name->text().trimmed().isEmpty();
    m_nameError->setText(nameOk ? QString() : tr("A name is required"));
    m_nameError->setVisible(!nameOk);
    const auto weight = parseNumber(m_weight->text());
    QString weightProblem;
    if (!weight)
        weightProblem = tr("Enter a number");
    else if (*weight < 0)
        weightProblem = tr("Must not be negative");
    m_weightError->setText(weightProblem);
    m_weightError->setVisible(!weightProblem.isEmpty());
    m_apply->setEnabled(nameOk && weightProblem.isEmpty());
}

bool DetailsPanel::apply()
{
    if (!m_doc || m_editing.isNull() || !m_apply->isEnabled())
        return false;
    const Objective *current = m_doc->objective(m_editing);
    if (!current)
        return false;
    Objective changed = *current;
    changed.name = m_name->text().trimmed();
    changed.owner = m_owner->text().trimmed();
    changed.description = m_description->toPlainText();
    changed.weight = parseNumber(m_weight->text()).value_or(current->weight);
    if (changed == *current)
        return true;
    auto cmd = ChangeEntityCommand<Objective>::create(*m_doc, changed);
    Result<void> r = cmd ? m_doc->push(std::move(cmd).value()) : Result<void>(fail(cmd.error()));
    if (!r) {
        m_applyError->setText(r.error());
        m_applyError->show();
        return false;
    }
    return true;
}

} // namespace scorecard
