// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/serverlocation.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Lectern {

// File → Connect to a Shared Schedule…: the server, the database, the user and the password.
// The password goes nowhere but into the connection, and into the desktop's keyring when the
// user asks for that and one runs.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectServerDialog(const ServerLocation &initial, bool keyringAvailable, QWidget *parent = nullptr);

    // Why the dialog is shown again ("refused the password of ana"), above the fields.
    void setProblem(const QString &problem);
    ServerLocation location() const;
    bool rememberPassword() const;

private:
    void buildFields(const ServerLocation &initial, bool keyringAvailable);
    void updateButtons();

    QLabel *m_problem = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lectern
