// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/result.h"

#include <QString>
#include <QUrl>

namespace Lectern {

// The coordinator's mail account: where the outbox hands its messages over. Its password is
// never part of it (the keyring, a password file or the environment give it at send time).
struct SmtpAccount
{
    enum class Security { StartTls, Tls, None };

    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    QString user; // empty: the server takes mail without logging in
    // A PEM file of certificates to trust besides the system's (a server with its own CA).
    QString caFile;

    bool isSet() const { return !host.isEmpty(); }
    // "smtp://ana@mail.example.org:587?security=starttls": the CLI's --smtp and the settings.
    static Result<SmtpAccount> fromUrl(const QUrl &url);
    QUrl toUrl() const;
    // Refuses what would send a password or mail in the clear over the network: security
    // "none" is only for a server on this machine (127.0.0.1, ::1, localhost).
    Result<void> validate() const;
    // "mail.example.org:587" for messages.
    QString displayName() const;
};

QString toKey(SmtpAccount::Security security);

} // namespace Lectern
