// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mail/smtpaccount.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Lectern {

// Asks the user for the mail password (a dialog in the window; a test answers it).
class PasswordPrompt
{
public:
    virtual ~PasswordPrompt() = default;
    // The password, or nothing when the user declined; `remember` is the user's wish to keep
    // it in the keyring.
    virtual std::optional<QString> ask(const SmtpAccount &account, const QString &why, bool keyringAvailable, bool *remember) = 0;
};

// The mail account's password for this run of Lectern: the desktop's keyring (QtKeychain)
// when one runs, otherwise asked once and kept in memory only, never written anywhere.
class MailPassword : public QObject
{
    Q_OBJECT
public:
    MailPassword(PasswordPrompt &prompt, QObject *parent = nullptr);

    // Calls `done` with the password (nothing: the user declined). Asks at most once per
    // account while Lectern runs, unless `forget()` was called (a refused login).
    void get(const SmtpAccount &account, const std::function<void(std::optional<QString>)> &done);
    // The same for another server (the CalDAV calendar): its own keyring key, and the
    // reason the prompt gives.
    void get(const QString &key, const SmtpAccount &shown, const QString &why, const std::function<void(std::optional<QString>)> &done);
    void forget();
    // Whether a keyring answered the last time it was asked.
    bool keyringAvailable() const { return m_keyring; }
    // The keyring's key for an account: "smtp:user@host:port".
    static QString keyFor(const SmtpAccount &account);

private:
    void ask(const QString &key, const SmtpAccount &account, const QString &why, const std::function<void(std::optional<QString>)> &done);

    PasswordPrompt &m_prompt;
    QHash<QString, QString> m_passwords; // by keyring key, for this run of Lectern
    bool m_keyring = true;
};

} // namespace Lectern
