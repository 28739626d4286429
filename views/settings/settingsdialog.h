// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QCheckBox;
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
    QLineEdit *calendarUrlField() const { return m_calendarUrl; }

    void accept() override;

private:
    QWidget *buildMailAccount();
    QWidget *buildCalendarAccount();
    QLineEdit *m_reviewer = nullptr;
    QLineEdit *m_mailHost = nullptr;
    QSpinBox *m_mailPort = nullptr;
    QComboBox *m_mailSecurity = nullptr;
    QLineEdit *m_mailUser = nullptr;
    QLineEdit *m_mailCaFile = nullptr;
    QLabel *m_mailProblem = nullptr;
    QLineEdit *m_calendarUrl = nullptr;
    QLineEdit *m_calendarUser = nullptr;
    QCheckBox *m_calendarAutomatic = nullptr;
    QLabel *m_calendarProblem = nullptr;
    QLineEdit *m_database = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lectern
