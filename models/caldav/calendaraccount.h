// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QUrl>

class QSettings;

namespace Lectern {

// The CalDAV collection the window publishes to, from the user's settings (its password is
// in the keyring or asked for, never here), and whether every change is published.
struct CalendarAccount
{
    QUrl collection;
    QString user;
    bool automatic = true; // publish after each change

    bool isSet() const { return collection.isValid() && !collection.host().isEmpty(); }
    static CalendarAccount load(QSettings &settings);
    // An account without a collection forgets it.
    static void save(QSettings &settings, const CalendarAccount &account);
};

} // namespace Lectern
