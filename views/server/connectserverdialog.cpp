// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectserverdialog.h"

#include "platform/useridentity.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Lectern {

ConnectServerDialog::ConnectServerDialog(const ServerLocation &initial, bool keyringAvailable, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to a Shared Schedule"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A schedule the whole team works on, kept on a PostgreSQL server. Every coordinator connects with a user of their own."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    layout->addWidget(m_problem);
    buildFields(initial, keyringAvailable);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateButtons();
}

void ConnectServerDialog::buildFields(const ServerLocation &initial, bool keyringAvailable)
{
    auto *form = new QFormLayout;
    m_host = new QLineEdit(initial.host.isEmpty() ? QStringLiteral("localhost") : initial.host, this);
    m_host->setObjectName(QStringLiteral("host"));
    form->addRow(tr("&Server:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(initial.port > 0 ? initial.port : 5432);
    form->addRow(tr("P&ort:"), m_port);
    m_database = new QLineEdit(initial.database, this);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("techtalks"));
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(initial.user.isEmpty() ? UserIdentity::loginName() : initial.user, this);
    m_user->setObjectName(QStringLiteral("user"));
    form->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(initial.password, this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
    form->addRow(tr("&Password:"), m_password);
    m_remember = new QCheckBox(tr("&Remember the password in the desktop's keyring"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setEnabled(keyringAvailable);
    if (!keyringAvailable) {
        m_remember->setToolTip(tr("No keyring is running: the password is asked again next time."));
    }
    form->addRow(QString(), m_remember);
    qobject_cast<QVBoxLayout *>(layout())->addLayout(form);
    for (QLineEdit *edit : {m_host, m_database, m_user}) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectServerDialog::updateButtons);
    }
    if (initial.database.isEmpty()) {
        m_database->setFocus();
    } else {
        m_password->setFocus();
    }
}

void ConnectServerDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty() && !m_password->text().isEmpty()) {
        // Asked again, most often for the password: typing replaces the refused one.
        m_password->setFocus();
        m_password->selectAll();
    }
}

void ConnectServerDialog::updateButtons()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

ServerLocation ConnectServerDialog::location() const
{
    ServerLocation location;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    location.password = m_password->text();
    return location;
}

bool ConnectServerDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked() && !m_password->text().isEmpty();
}

} // namespace Lectern
