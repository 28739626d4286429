// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rowmeta.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern {

// A person, shared by every talk and proposal they are linked to.
struct Speaker
{
    RowMeta meta;
    QString name;
    QString email;
    QString affiliation;
    QString roleTitle;
    QString bio;
    QString pronouns;
    QString timeZone; // IANA id, e.g. "Europe/Berlin"; empty if unknown
    QStringList links;
    QString notes;
    QList<qint64> talkIds; // read along with the speaker; not stored on the row
};

} // namespace Lectern
