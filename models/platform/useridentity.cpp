// SPDX-License-Identifier: GPL-2.0-or-later
#include "useridentity.h"

#include "settingskeys.h"

#include <QSettings>

#include <pwd.h>
#include <unistd.h>

namespace Lectern::UserIdentity {

QString fullName()
{
    if (const passwd *account = getpwuid(getuid())) {
        // GECOS: "Full Name,Room,Work phone,Home phone,Other"
        const QString gecos = QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!gecos.isEmpty()) {
            return gecos;
        }
        const QString login = QString::fromLocal8Bit(account->pw_name).trimmed();
        if (!login.isEmpty()) {
            return login;
        }
    }
    return qEnvironmentVariable("USER").trimmed();
}

QString loginName()
{
    if (const passwd *account = getpwuid(getuid())) {
        return QString::fromLocal8Bit(account->pw_name).trimmed();
    }
    return qEnvironmentVariable("USER").trimmed();
}

QString coordinatorName()
{
    const QString reviewer = QSettings().value(SettingsKeys::reviewerName()).toString().trimmed();
    return reviewer.isEmpty() ? fullName() : reviewer;
}

} // namespace Lectern::UserIdentity
