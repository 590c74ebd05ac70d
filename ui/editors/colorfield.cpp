// SPDX-License-Identifier: GPL-3.0-or-later
#include "editors/colorfield.h"

#include "editors/colortext.h"

#include <QColorDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace scorecard {

ColorField::ColorField(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("#rrggbb, empty for the default"));
    m_button = new QToolButton(this);
    m_button->setToolTip(tr("Choose a colour"));
    m_button->setAccessibleName(tr("Choose a colour"));
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &ColorField::updateSwatch);
    connect(m_button, &QToolButton::clicked, this, &ColorField::pick);
    updateSwatch();
}

void ColorField::updateSwatch()
{
    const QString text = m_edit->text().trimmed();
    QPixmap swatch(16, 16);
    swatch.fill(Qt::transparent);
    QPainter p(&swatch);
    p.setPen(palette().color(QPalette::Mid));
    if (!text.isEmpty() && editorfields::colorProblem(text).isEmpty())
        p.setBrush(QColor::fromString(text));
    else
        p.setBrush(Qt::NoBrush);
    p.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    p.end();
    m_button->setIcon(QIcon(swatch));
}

void ColorField::pick()
{
    const QString text = m_edit->text().trimmed();
    const QColor initial = editorfields::colorProblem(text).isEmpty() && !text.isEmpty()
                               ? QColor::fromString(text)
                               : QColor(Qt::white);
    const QColor chosen = QColorDialog::getColor(initial, this, tr("Colour"));
    if (chosen.isValid())
        m_edit->setText(chosen.name());
}

} // namespace scorecard
