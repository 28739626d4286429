// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Lectern {

// Settings → Configure Lectern: what is personal and stays on this computer — your name on
// reviews and the database to open at start. The series' own fields (its rhythm, sender,
// lists, world times) travel with the database: Settings → Configure Series….
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QLineEdit *reviewerField() const { return m_reviewer; }
    QLineEdit *databaseField() const { return m_database; }

    void accept() override;

private:
    QLineEdit *m_reviewer = nullptr;
    QLineEdit *m_database = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lectern
