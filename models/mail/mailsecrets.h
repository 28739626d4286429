// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "smtpaccount.h"
#include "storage/result.h"

class QSettings;

// Where the mail account and its password come from outside the keyring. The account lives
// in the user's settings (the same for the window and lectern-cli); a password never does.
namespace Lectern::MailSecrets {
inline constexpr const char *passwordVariable = "LECTERN_SMTP_PASSWORD";

// The first line of a file only its owner can read.
Result<QString> passwordFromFile(const QString &path);
// $LECTERN_SMTP_PASSWORD, or an error saying how to give a password.
Result<QString> passwordFromEnvironment();

// The account in the user's settings (not set: an account without a host). Saving an
// account without a host forgets it.
SmtpAccount loadAccount(QSettings &settings);
void saveAccount(QSettings &settings, const SmtpAccount &account);
} // namespace Lectern::MailSecrets
