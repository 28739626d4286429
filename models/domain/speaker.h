// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rowmeta.h"
#include "talk.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern {

// A person, shared by every talk and proposal they are linked to.
struct Speaker
{
    RowMeta meta;
    QString name;
    QStringList emails;
    QString affiliation;
    QString roleTitle;
    QString bio;
    QString pronouns;
    QString timeZone; // IANA id, e.g. "Europe/Berlin"; empty if unknown
    QStringList links;
    QString notes;
    QList<qint64> talkIds; // read along with the speaker; not stored on the row

    // Everything wrong with the fields: name, each email, each link, the time zone.
    QList<FieldError> validate() const;
    static bool isEmailAddress(const QString &text);
};

// One line of the speaker directory: what the list shows, aggregated in SQL.
struct SpeakerSummary
{
    qint64 id = 0;
    QString name;
    QString affiliation;
    QString roleTitle;
    QStringList emails;
    int talkCount = 0;
    QDate lastTalk; // the latest before today
    QDate nextTalk; // the first from today on
};

} // namespace Lectern
