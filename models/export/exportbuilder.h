// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "announcementrenderer.h"
#include "domain/talk.h"
#include "mail/mailcomposer.h"
#include "storage/result.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace Lectern {
class Storage;

// What the export panel (and lectern-cli) can make, for which talks: the choice, and the
// output with everything worth a warning before it goes out.
namespace ExportBuilder {
struct Selection
{
    // NoTalk: a message about no talk in particular (the call for proposals).
    enum class Kind { Talks, NextUpcoming, Season, DateRange, AllUpcoming, AllTalks, NoTalk };
    Kind kind = Kind::NextUpcoming;
    QList<qint64> talkIds; // Talks
    int season = 1; // Season
    QDate from; // DateRange
    QDate to;
};

enum class Format { Announcement, ICalendar, WikiText };

struct Options
{
    QString templateName = QStringLiteral("announcement");
    bool attachICalendar = false;
    QDate today; // invalid: the current date
};

struct Output
{
    QList<Talk> talks; // what was chosen
    QByteArray data; // the file: .eml, .ics or wikitext
    QString preview; // what a person reads: the message as text, the calendar, the listing
    QString suggestedFileName;
    QStringList warnings; // in plain words, one per line
    QStringList errors; // nothing should go out while there are any
    // For the mail client: recipients, subject, body.
    QStringList to;
    QString subject;
    QString body;
    EmailMessage message; // the announcement as it goes out (also for a mailto: link)
    QList<TemplateProblem> templateProblems; // the template's own, with their placeholders
};

Result<QList<Talk>> select(Storage &storage, const Selection &selection, const QDate &today);
Result<Output> build(Storage &storage, const Selection &selection, Format format, const Options &options);
} // namespace ExportBuilder

} // namespace Lectern
