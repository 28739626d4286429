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
        QByteArray mimeType; // e.g. "text/calendar; charset=UTF-8; method=PUBLISH"
        QByteArray data;
    };
    std::optional<Attachment> attachment;
};

// A standard message file (RFC 5322 with MIME) that mail clients open as a draft: CRLF line
// ends, non-ASCII header text as RFC 2047 encoded words, a quoted-printable UTF-8 body.
// Header values never carry a line break, so talk data cannot add a header.
namespace EmlWriter {
QByteArray write(const EmailMessage &message);
// A header value with line breaks folded to spaces and non-ASCII text encoded.
QByteArray encodeHeaderText(const QString &text);
QByteArray quotedPrintable(const QByteArray &utf8);
// The same message as a mailto: link, for handing short messages to the user's mail client.
QUrl mailto(const EmailMessage &message);
} // namespace EmlWriter

} // namespace Lectern
