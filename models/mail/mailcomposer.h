// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Lectern {

struct EmailMessage
{
    QString fromName;
    QString fromAddress;
    QStringList to;
    QString subject;
    QString body;
    QDateTime date;
    QString messageId; // without angle brackets; made up when empty
    struct Attachment
    {
        QString fileName;
        QByteArray mimeType; // e.g. "text/calendar"
        QByteArray method; // the iCalendar METHOD parameter, e.g. "PUBLISH"; may be empty
        QByteArray data;
    };
    std::optional<Attachment> attachment;
};

// One composer for every message Lectern writes, through KMime: the .eml draft the export
// panel saves and the message the outbox hands to the SMTP server. CRLF line ends, non-ASCII
// header text as RFC 2047 encoded words, a quoted-printable UTF-8 body, the calendar
// attachment in base64. Header values are made one line before KMime sees them, so talk
// data (a title, a list address) can never add a header.
namespace MailComposer {
enum class Purpose {
    Draft, // marked X-Unsent, so mail clients open it to be sent by hand
    Send, // for the SMTP server, as it will arrive
};
QByteArray compose(const EmailMessage &message, Purpose purpose = Purpose::Draft);
// A header value as it goes into a message: line breaks and controls folded to spaces.
QString oneLine(const QString &text);
// The address part of "Name <address>" or a bare address, one line, without spaces.
QString bareAddress(const QString &text);
// The same message as a mailto: link, for handing short messages to the user's mail client.
QUrl mailto(const EmailMessage &message);
// A Message-ID for a message from this address ("uuid@domain"), without angle brackets.
QString newMessageId(const QString &fromAddress);
} // namespace MailComposer

} // namespace Lectern
