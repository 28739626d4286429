// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rowmeta.h"

#include <QList>
#include <QString>

namespace Lectern {

// An email the series sends again and again, with {placeholders} filled in per talk.
struct EmailTemplate
{
    RowMeta meta;
    qint64 seriesId = 0;
    QString name; // stable key: announcement, reminder, call-for-proposals, accepted, declined
    QString subject;
    QString body;

    // The set every new series starts with.
    static QList<EmailTemplate> defaults();
};

} // namespace Lectern
