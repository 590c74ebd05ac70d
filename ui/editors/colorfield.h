// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace scorecard {

/** A colour typed as #rrggbb (empty: the default) with a swatch button that opens a picker. */
class ColorField : public QWidget
{
    Q_OBJECT

public:
    explicit ColorField(QWidget *parent = nullptr);
    QLineEdit *lineEdit() const { return m_edit; }

private:
    void updateSwatch();
    void pick();

    QLineEdit *m_edit;
    QToolButton *m_button;
};

} // namespace scorecard
