// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "strategymap/mapexport.h"
#include "strategymap/maptheme.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace scorecard {

/** The options of File > Export Map for one format: theme, title, and scale or page. */
class MapExportDialog : public QDialog
{
    Q_OBJECT

public:
    MapExportDialog(mapexport::Format format, const QString &title, QWidget *parent = nullptr);

    mapexport::Options options() const;
    MapTheme::Kind theme() const;
    QString title() const;
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *themeCombo() const { return m_theme; }
    /** PNG only (nullptr otherwise): 1x to 4x, and a transparent background. */
    QSpinBox *scaleBox() const { return m_scale; }
    QCheckBox *transparentBox() const { return m_transparent; }
    /** PDF only (nullptr otherwise): A4, Letter or a 16:9 slide, landscape. */
    QComboBox *pageCombo() const { return m_page; }

private:
    mapexport::Format m_format;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_title = nullptr;
    QSpinBox *m_scale = nullptr;
    QCheckBox *m_transparent = nullptr;
    QComboBox *m_page = nullptr;
};

} // namespace scorecard
