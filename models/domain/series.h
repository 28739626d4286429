// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rowmeta.h"

#include <QString>
#include <QStringList>
#include <QTime>

namespace Lectern {

// A recurring programme of talks and the defaults every new talk of it starts from.
struct Series
{
    RowMeta meta;
    QString name;
    int defaultDurationMinutes = 45;
    int usualWeekday = 0; // ISO 8601: 1 = Monday ... 7 = Sunday; 0 = none
    QTime defaultStartUtc; // invalid: no usual time
    QString streamUrl;
    QString chatChannel;
    QStringList mailingLists;
    QString organizerName;
    QString organizerEmail;
};

} // namespace Lectern
