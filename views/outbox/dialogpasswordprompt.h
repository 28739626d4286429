// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mailpassword.h"

class QWidget;

namespace Lectern {

// The window's password prompt: the account named, the password hidden, and "Remember it in
// the keyring" where a keyring runs (otherwise it is kept in memory until Lectern quits).
class DialogPasswordPrompt : public PasswordPrompt
{
public:
    explicit DialogPasswordPrompt(QWidget *parent)
        : m_parent(parent)
    {
    }
    std::optional<QString> ask(const SmtpAccount &account, const QString &why, bool keyringAvailable, bool *remember) override;

private:
    QWidget *m_parent;
};

} // namespace Lectern
