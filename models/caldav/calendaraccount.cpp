// SPDX-License-Identifier: GPL-2.0-or-later
#include "calendaraccount.h"

#include <QSettings>

namespace Lectern {
namespace {
// The settings keys of the calendar account, in one place.
const QString urlKey = QStringLiteral("calendar/url");
const QString userKey = QStringLiteral("calendar/user");
const QString automaticKey = QStringLiteral("calendar/publishAutomatically");
} // namespace

CalendarAccount CalendarAccount::load(QSettings &settings)
{
    CalendarAccount account;
    account.collection = QUrl(settings.value(urlKey).toString());
    account.user = settings.value(userKey).toString();
    account.automatic = settings.value(automaticKey, true).toBool();
    return account;
}

void CalendarAccount::save(QSettings &settings, const CalendarAccount &account)
{
    if (!account.isSet()) {
        settings.remove(urlKey);
        settings.remove(userKey);
        settings.remove(automaticKey);
        return;
    }
    settings.setValue(urlKey, account.collection.toString());
    settings.setValue(userKey, account.user);
    settings.setValue(automaticKey, account.automatic);
}

} // namespace Lectern
