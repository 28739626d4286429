// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

namespace Lectern {

// Help → About Lectern: what it is, its version and license, and the libraries it runs on
// with their versions (as built and as running).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The text shown, for tests and for bug reports (it can be selected and copied).
    QString text() const { return m_text; }

private:
    QString m_text;
};

} // namespace Lectern
