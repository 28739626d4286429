// SPDX-License-Identifier: GPL-2.0-or-later
#include "emailtemplate.h"

#include <QCoreApplication>

namespace Lectern {

QList<EmailTemplate> EmailTemplate::defaults()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("EmailTemplate", text); };
    QList<EmailTemplate> list;
    list << EmailTemplate{{},
                          0,
                          QStringLiteral("announcement"),
                          tr("{series}: {title} ({date})"),
                          tr("Hello everyone,\n\n"
                             "The next {series} is Season {season}, Episode {episode}:\n\n"
                             "{title}\n"
                             "{date}, {time_utc} UTC, {duration} minutes\n"
                             "{world_times}\n\n"
                             "Speakers:\n{speakers}\n\n"
                             "{abstract}\n\n"
                             "Topics: {topics}\n\n"
                             "Watch the stream: {stream_url}\n"
                             "Ask your questions in {chat_channel} during the talk.\n\n"
                             "See you there!\n")};
    list << EmailTemplate{{},
                          0,
                          QStringLiteral("reminder"),
                          tr("Tomorrow: {title} ({series})"),
                          tr("Hello everyone,\n\n"
                             "A reminder: tomorrow, {date} at {time_utc} UTC, {speakers_short} will present\n"
                             "\"{title}\".\n\n"
                             "{world_times}\n\n"
                             "Stream: {stream_url}\n"
                             "Questions: {chat_channel}\n")};
    list << EmailTemplate{{},
                          0,
                          QStringLiteral("call-for-proposals"),
                          tr("{series}: call for talk proposals"),
                          tr("Hello everyone,\n\n"
                             "{series} is looking for speakers. A talk is usually {duration} minutes with\n"
                             "questions at the end, streamed live. Anyone may propose a talk: reply to this\n"
                             "message with a title, a few lines about it and who would speak.\n\n"
                             "Thank you!\n")};
    list << EmailTemplate{{},
                          0,
                          QStringLiteral("accepted"),
                          tr("Your talk proposal for {series}: \"{proposal_title}\""),
                          tr("Hello,\n\n"
                             "Thank you for proposing \"{proposal_title}\". We would love to have it in\n"
                             "{series}: it is planned for {date} at {time_utc} UTC ({world_times}).\n"
                             "Does that work for you?\n")};
    list << EmailTemplate{{},
                          0,
                          QStringLiteral("declined"),
                          tr("Your talk proposal for {series}: \"{proposal_title}\""),
                          tr("Hello,\n\n"
                             "Thank you for proposing \"{proposal_title}\" for {series}. We are not able to\n"
                             "schedule it this time. We hope to hear from you again.\n")};
    return list;
}

} // namespace Lectern
