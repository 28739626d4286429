// SPDX-License-Identifier: GPL-2.0-or-later
#include "dialogpasswordprompt.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Lectern {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DialogPasswordPrompt", text);
}
} // namespace

std::optional<QString> DialogPasswordPrompt::ask(const SmtpAccount &account, const QString &why, bool keyringAvailable, bool *remember)
{
    QDialog dialog(m_parent);
    dialog.setWindowTitle(tr("Mail Password"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(why.isEmpty() ? tr("The outbox has mail to send through %1 as %2.").arg(account.displayName(), account.user) : why, &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto *password = new QLineEdit(&dialog);
    password->setObjectName(QStringLiteral("mailPassword"));
    password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), password);
    layout->addLayout(form);
    auto *keep = new QCheckBox(tr("&Remember it in the keyring"), &dialog);
    keep->setChecked(keyringAvailable);
    keep->setEnabled(keyringAvailable);
    layout->addWidget(keep);
    if (!keyringAvailable) {
        auto *note = new QLabel(tr("No keyring is running: Lectern keeps the password in memory until it quits and writes it nowhere."), &dialog);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || password->text().isEmpty()) {
        return std::nullopt;
    }
    *remember = keep->isChecked();
    return password->text();
}

} // namespace Lectern
