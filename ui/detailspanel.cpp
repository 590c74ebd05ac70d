// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspanel.h"

#include "datasourcestatus.h"
#include "document/scorecarddocument.h"
#include "editors/departmenteditor.h"
#include "editors/initiativeeditor.h"
#include "editors/kpieditor.h"
#include "editors/linkeditor.h"
#include "editors/objectiveeditor.h"
#include "editors/okreditor.h"
#include "editors/perspectiveeditor.h"
#include "editors/pillareditor.h"
#include "entityselection.h"
#include "scoring/engine.h"
#include "strategymap/maptheme.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace scorecard {

namespace {

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
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

    // "Why this score?" above, the editor below; the user moves the line between.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    auto *whyBox = new QWidget(split);
    auto *whyLayout = new QVBoxLayout(whyBox);
    whyLayout->setContentsMargins(0, 0, 0, 0);
    whyLayout->addWidget(new QLabel(tr("Why this score?"), whyBox));
    m_why = new QTextBrowser(whyBox);
    m_why->setAccessibleName(tr("Why this score?"));
    m_why->setMinimumHeight(60);
    whyLayout->addWidget(m_why, 1);
    split->addWidget(whyBox);

    m_scroll = new QScrollArea(split);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *editors = new QWidget(m_scroll);
    auto *editorLayout = new QVBoxLayout(editors);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_objective = new ObjectiveEditor(editors);
    const QList<EntityEditor *> all{new PerspectiveEditor(editors), new PillarEditor(editors),
                                    new DepartmentEditor(editors),  m_objective,
                                    new LinkEditor(editors),        new KpiEditor(editors),
                                    new OkrEditor(editors),         new InitiativeEditor(editors)};
    for (EntityEditor *e : all) {
        m_editors.insert(e->kind(), e);
        editorLayout->addWidget(e);
        e->hide();
        connect(e, &EntityEditor::errorOccurred, this, &DetailsPanel::errorOccurred);
    }
    editorLayout->addStretch();
    m_scroll->setWidget(editors);
    split->addWidget(m_scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    // The explanation is a few lines; the editor gets most of the height.
    split->setSizes({180, 720});
    layout->addWidget(split, 1);

    connect(m_selection, &EntitySelection::currentChanged, this, [this] {
        commitPendingEdit(); // the editor still shows the previous item
        refresh();
        showEditor();
    });
    refresh();
    showEditor();
}

void DetailsPanel::setDocument(ScorecardDocument *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    for (EntityEditor *e : std::as_const(m_editors))
        e->setDocument(doc);
    if (doc) {
        // The editors follow the document themselves; here only which one shows.
        connect(doc, &ScorecardDocument::changed, this, [this] {
            refresh();
            showEditor();
        });
    }
    refresh();
    showEditor();
}

void DetailsPanel::setAsOf(QDate asOf)
{
    m_asOf = asOf;
    refresh();
}

bool DetailsPanel::commitPendingEdit()
{
    EntityEditor *e = currentEditor();
    if (!e || e->commitEdits())
        return true;
    Q_EMIT pendingEditDropped(
        tr("Your changes to the previous item were not valid and were not applied."));
    return false;
}

EntityEditor *DetailsPanel::currentEditor() const
{
    for (EntityEditor *e : m_editors) {
        if (!e->isHidden())
            return e;
    }
    return nullptr;
}

void DetailsPanel::showEditor()
{
    EntityEditor *wanted = m_doc ? m_editors.value(m_selection->kind()) : nullptr;
    if (wanted) {
        wanted->setEntityId(m_selection->id());
        if (!wanted->hasEntity())
            wanted = nullptr; // gone, or nothing selected
    }
    for (EntityEditor *e : std::as_const(m_editors)) {
        if (e != wanted)
            e->setVisible(false);
    }
    if (wanted && wanted->isHidden())
        wanted->show();
    m_scroll->setVisible(wanted != nullptr);
}

QLineEdit *DetailsPanel::nameEdit() const
{
    return m_objective->nameEdit();
}

QLineEdit *DetailsPanel::ownerEdit() const
{
    return m_objective->ownerEdit();
}

QPlainTextEdit *DetailsPanel::descriptionEdit() const
{
    return m_objective->descriptionEdit();
}

QLineEdit *DetailsPanel::weightEdit() const
{
    return m_objective->weightEdit();
}

QLabel *DetailsPanel::nameError() const
{
    return m_objective->errorLabel(m_objective->nameEdit());
}

QLabel *DetailsPanel::weightError() const
{
    return m_objective->errorLabel(m_objective->weightEdit());
}

QPushButton *DetailsPanel::applyButton() const
{
    return m_objective->applyButton();
}

QGroupBox *DetailsPanel::editor() const
{
    return m_objective;
}

bool DetailsPanel::apply()
{
    return m_objective->apply();
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
    const scoring::Results results = *m_doc->scores(m_asOf);
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
    case EntityKind::Pillar:
        if (const Pillar *p = m_doc->pillar(PillarId(id)))
            title = tr("Pillar: %1").arg(p->name);
        break;
    case EntityKind::Department:
        if (const Department *d = m_doc->department(DepartmentId(id)))
            title = tr("Department: %1").arg(d->name);
        break;
    case EntityKind::Link:
        for (const Link &l : m_doc->scorecard().links) {
            if (l.key() == id) {
                const Objective *from = m_doc->objective(l.from);
                const Objective *to = m_doc->objective(l.to);
                title = tr("Link: %1 \u2192 %2")
                            .arg(from ? from->name : l.from.value, to ? to->name : l.to.value);
            }
        }
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
                      : unscored(results);
    if (m_selection->kind() == EntityKind::Kpi) {
        // A connected KPI: where its values come from, and whether that works.
        if (const QString source = datasourcestatus::kpiDetails(*m_doc, KpiId(id));
            !source.isEmpty())
            why += QStringLiteral("\n\n") + source;
    }
    m_why->setPlainText(why);
}

QString DetailsPanel::unscored(const scoring::Results &results) const
{
    // Pillars, departments and links have no score: show what they hold instead.
    const QString id = m_selection->id();
    auto scoreOf = [&](const QString &objective) {
        auto it = results.objectives.constFind(objective);
        return it != results.objectives.constEnd() && it->value ? number(*it->value)
                                                                : tr("no score");
    };
    QStringList lines;
    const Scorecard &sc = m_doc->scorecard();
    switch (m_selection->kind()) {
    case EntityKind::Pillar:
        lines << tr("A pillar has no score of its own. Its objectives, as of %1:")
                     .arg(QLocale().toString(m_asOf, QLocale::ShortFormat));
        for (const Objective &o : sc.objectives) {
            if (o.pillar.value == id)
                lines << tr("\u2022 %1: %2").arg(o.name, scoreOf(o.id.value));
        }
        break;
    case EntityKind::Department:
        lines << tr("A department has no score of its own. Assigned to it, as of %1:")
                     .arg(QLocale().toString(m_asOf, QLocale::ShortFormat));
        for (const Objective &o : sc.objectives) {
            if (o.department.value == id)
                lines << tr("\u2022 objective \u201c%1\u201d: %2").arg(o.name, scoreOf(o.id.value));
        }
        for (const Kpi &k : sc.kpis) {
            if (k.department.value == id)
                lines << tr("\u2022 KPI \u201c%1\u201d").arg(k.name);
        }
        for (const Initiative &i : sc.initiatives) {
            if (i.department.value == id)
                lines << tr("\u2022 initiative \u201c%1\u201d").arg(i.name);
        }
        if (lines.size() == 1)
            lines << tr("(nothing yet)");
        break;
    case EntityKind::Link:
        for (const Link &l : sc.links) {
            if (l.key() != id)
                continue;
            const Objective *from = m_doc->objective(l.from);
            const Objective *to = m_doc->objective(l.to);
            lines << tr("A link has no score. Achieving \u201c%1\u201d (score %2) drives "
                        "\u201c%3\u201d (score %4), as of %5.")
                         .arg(from ? from->name : l.from.value, scoreOf(l.from.value),
                              to ? to->name : l.to.value, scoreOf(l.to.value),
                              QLocale().toString(m_asOf, QLocale::ShortFormat));
        }
        break;
    default:
        break;
    }
    return lines.join(u'\n');
}

} // namespace scorecard
