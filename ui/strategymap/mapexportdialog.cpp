// SPDX-License-Identifier: GPL-3.0-or-later
#include "strategymap/mapexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace scorecard {

MapExportDialog::MapExportDialog(mapexport::Format format, const QString &title, QWidget *parent)
    : QDialog(parent), m_format(format)
{
    setWindowTitle(tr("Export Strategy Map"));
    auto *form = new QFormLayout(this);
    m_title = new QLineEdit(title, this);
    form->addRow(tr("&Title:"), m_title);
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Light (screen)"), int(MapTheme::Kind::Light));
    m_theme->addItem(tr("Print (white, high contrast)"), int(MapTheme::Kind::Print));
    m_theme->addItem(tr("Dark (screen)"), int(MapTheme::Kind::Dark));
    if (format == mapexport::Format::Pdf)
        m_theme->setCurrentIndex(1);
    form->addRow(tr("T&heme:"), m_theme);
    if (format == mapexport::Format::Png) {
        m_scale = new QSpinBox(this);
        m_scale->setRange(1, 4);
        m_scale->setValue(2);
        m_scale->setSuffix(tr("\u00d7"));
        form->addRow(tr("&Scale:"), m_scale);
        m_transparent = new QCheckBox(tr("&Transparent background"), this);
        form->addRow(QString(), m_transparent);
    } else if (format == mapexport::Format::Pdf) {
        m_page = new QComboBox(this);
        m_page->addItem(tr("A4 landscape"), int(mapexport::PageSize::A4));
        m_page->addItem(tr("Letter landscape"), int(mapexport::PageSize::Letter));
        m_page->addItem(tr("16:9 slide"), int(mapexport::PageSize::Slide16x9));
        form->addRow(tr("&Page:"), m_page);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

mapexport::Options MapExportDialog::options() const
{
    mapexport::Options o;
    o.title = title();
    if (m_scale)
        o.scale = m_scale->value();
    if (m_transparent)
        o.transparent = m_transparent->isChecked();
    if (m_page)
        o.page = mapexport::PageSize(m_page->currentData().toInt());
    return o;
}

MapTheme::Kind MapExportDialog::theme() const
{
    return MapTheme::Kind(m_theme->currentData().toInt());
}

QString MapExportDialog::title() const
{
    return m_title->text().simplified();
}

} // namespace scorecard
