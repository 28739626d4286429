// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Lectern {

// Settings → Configure Lectern: what is personal and stays on this computer — your name on
// reviews, the database to open at start, and the mail account the outbox sends through (its
// password goes to the keyring when asked for, never into the settings). The series' own fields (its rhythm, sender,
// lists, world times) travel with the database: Settings → Configure Series….
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QLineEdit *reviewerField() const { return m_reviewer; }
    QLineEdit *databaseField() const { return m_database; }
    QLineEdit *mailHostField() const { return m_mailHost; }

    void accept() override;

private:
    QWidget *buildMailAccount();
    QLineEdit *m_reviewer = nullptr;
    QLineEdit *m_mailHost = nullptr;
    QSpinBox *m_mailPort = nullptr;
    QComboBox *m_mailSecurity = nullptr;
    QLineEdit *m_mailUser = nullptr;
    QLineEdit *m_mailCaFile = nullptr;
    QLabel *m_mailProblem = nullptr;
    QLineEdit *m_database = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lectern
