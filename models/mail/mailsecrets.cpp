// SPDX-License-Identifier: GPL-2.0-or-later
#include "mailsecrets.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace Lectern::MailSecrets {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MailSecrets", text);
}

// The settings keys of the mail account, in one place.
const QString hostKey = QStringLiteral("mail/host");
const QString portKey = QStringLiteral("mail/port");
const QString securityKey = QStringLiteral("mail/security");
const QString userKey = QStringLiteral("mail/user");
const QString caFileKey = QStringLiteral("mail/caFile");
} // namespace

Result<QString> passwordFromFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{Error::Kind::InvalidInput, tr("The password file %1 does not exist.").arg(path)};
    }
    if (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
        return Error{Error::Kind::InvalidInput, tr("The password file %1 can be read by other users. Make it private (chmod 600 %1) and try again.").arg(path)};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Error::Kind::InvalidInput, tr("Cannot read the password file %1: %2").arg(path, file.errorString())};
    }
    QString password = QString::fromUtf8(file.readLine(4096));
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r'))) {
        password.chop(1);
    }
    if (password.isEmpty()) {
        return Error{Error::Kind::InvalidInput, tr("The password file %1 is empty.").arg(path)};
    }
    return password;
}

Result<QString> passwordFromEnvironment()
{
    const QString password = qEnvironmentVariable(passwordVariable);
    if (password.isEmpty()) {
        return Error{Error::Kind::InvalidInput,
                     tr("No mail password: name a file that holds it (--password-file), or set %1.").arg(QString::fromLatin1(passwordVariable))};
    }
    return password;
}

SmtpAccount loadAccount(QSettings &settings)
{
    SmtpAccount account;
    account.host = settings.value(hostKey).toString();
    const QString security = settings.value(securityKey, QStringLiteral("starttls")).toString();
    account.security = security == QLatin1String("tls") ? SmtpAccount::Security::Tls
            : security == QLatin1String("none")         ? SmtpAccount::Security::None
                                                        : SmtpAccount::Security::StartTls;
    account.port = quint16(settings.value(portKey, account.security == SmtpAccount::Security::Tls ? 465 : 587).toUInt());
    account.user = settings.value(userKey).toString();
    account.caFile = settings.value(caFileKey).toString();
    return account;
}

void saveAccount(QSettings &settings, const SmtpAccount &account)
{
    if (!account.isSet()) {
        const QStringList keys{hostKey, portKey, securityKey, userKey, caFileKey};
        for (const QString &key : keys) {
            settings.remove(key);
        }
        return;
    }
    settings.setValue(hostKey, account.host);
    settings.setValue(portKey, account.port);
    settings.setValue(securityKey, toKey(account.security));
    settings.setValue(userKey, account.user);
    settings.setValue(caFileKey, account.caFile);
}

} // namespace Lectern::MailSecrets
