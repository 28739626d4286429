// SPDX-License-Identifier: GPL-2.0-or-later
#include "mailcomposer.h"

#include <KMime/Message>

#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace Lectern::MailComposer {
namespace {
KMime::Types::Mailbox mailbox(const QString &name, const QString &address)
{
    KMime::Types::Mailbox box;
    box.setAddress(bareAddress(address).toUtf8());
    const QString shown = oneLine(name);
    if (!shown.isEmpty()) {
        box.setName(shown);
    }
    return box;
}

// The seams between KMime 5 (KF5, Debian 12) and KMime 6 (KPim6, Debian 13): KMime 6 takes
// UTF-8 for granted where KMime 5 is told, and appends parts by another name.
template<typename Header>
void setUtf8Text(Header *header, const QString &text)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    header->fromUnicodeString(text);
#else
    header->fromUnicodeString(text, "UTF-8");
#endif
}

void appendPart(KMime::Content *parent, KMime::Content *part)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    parent->appendContent(part);
#else
    parent->addContent(part);
#endif
}

void setTextBody(KMime::Content *content, const QString &body)
{
    content->contentType()->setMimeType("text/plain");
    content->contentType()->setCharset("UTF-8");
    content->contentTransferEncoding()->setEncoding(KMime::Headers::CEquPr);
    QString text = body;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    content->setBody(text.toUtf8());
}
} // namespace

QString oneLine(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\x00-\\x1f\\x7f\\x{2028}\\x{2029}]+"));
    return QString(text).replace(breaks, QStringLiteral(" ")).simplified();
}

QString bareAddress(const QString &text)
{
    QString line = oneLine(text);
    const int open = line.lastIndexOf(QLatin1Char('<'));
    const int close = line.indexOf(QLatin1Char('>'), open + 1);
    if (open >= 0 && close > open) {
        line = line.mid(open + 1, close - open - 1);
    }
    return line.remove(QLatin1Char('<')).remove(QLatin1Char('>')).remove(QLatin1Char(' ')).remove(QLatin1Char(','));
}

QString newMessageId(const QString &fromAddress)
{
    const QString domain = bareAddress(fromAddress).section(QLatin1Char('@'), 1);
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + (domain.isEmpty() ? QStringLiteral("lectern.invalid") : domain);
}

QByteArray compose(const EmailMessage &message, Purpose purpose)
{
    KMime::Message mail;
    mail.date()->setDateTime((message.date.isValid() ? message.date : QDateTime::currentDateTimeUtc()).toUTC());
    const QString id = message.messageId.isEmpty() ? newMessageId(message.fromAddress) : bareAddress(message.messageId);
    mail.messageID()->setIdentifier(id.toUtf8());
    mail.from()->addAddress(mailbox(message.fromName, message.fromAddress));
    for (const QString &recipient : message.to) {
        if (!bareAddress(recipient).isEmpty()) {
            mail.to()->addAddress(mailbox(QString(), recipient));
        }
    }
    setUtf8Text(mail.subject(), oneLine(message.subject));
    if (purpose == Purpose::Draft) {
        auto *unsent = new KMime::Headers::Generic("X-Unsent");
        setUtf8Text(unsent, QStringLiteral("1"));
        mail.setHeader(unsent); // open as a draft where the client knows this header
    }
    if (!message.attachment) {
        setTextBody(&mail, message.body);
    } else {
        mail.contentType()->setMimeType("multipart/mixed");
        mail.contentType()->setBoundary(KMime::multiPartBoundary());
        auto *text = new KMime::Content;
        setTextBody(text, message.body);
        appendPart(&mail, text);
        auto *file = new KMime::Content;
        file->contentType()->setMimeType(message.attachment->mimeType);
        file->contentType()->setCharset("UTF-8");
        const QString fileName = oneLine(message.attachment->fileName).remove(QLatin1Char('"'));
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
        file->contentType()->setName(fileName);
#else
        file->contentType()->setName(fileName, "UTF-8");
#endif
        if (!message.attachment->method.isEmpty()) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
            file->contentType()->setParameter(QByteArrayLiteral("method"), QString::fromLatin1(message.attachment->method));
#else
            file->contentType()->setParameter(QStringLiteral("method"), QString::fromLatin1(message.attachment->method));
#endif
        }
        file->contentDisposition()->setDisposition(KMime::Headers::CDattachment);
        file->contentDisposition()->setFilename(fileName);
        file->contentTransferEncoding()->setEncoding(KMime::Headers::CEbase64);
        file->setBody(message.attachment->data);
        appendPart(&mail, file);
    }
    mail.assemble();
    QByteArray bytes = mail.encodedContent(true);
    // KMime folds a long header straight after its name ("Subject:" CRLF SP "…"), which
    // RFC 5322 allows but leaves the value with a leading space in some readers (Python's
    // email package among them): the first fold goes back after the name's space.
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    static const QRegularExpression foldAfterName(QStringLiteral("(^|\r\n)([!-9;-~]+):\r\n[ \t]"));
    QString head = QString::fromLatin1(bytes.left(headEnd));
    head.replace(foldAfterName, QStringLiteral("\\1\\2: "));
    return head.toLatin1() + bytes.mid(headEnd);
}

QUrl mailto(const EmailMessage &message)
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    QStringList recipients;
    for (const QString &recipient : message.to) {
        recipients << bareAddress(recipient);
    }
    url.setPath(recipients.join(QLatin1Char(',')));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), QString::fromUtf8(QUrl::toPercentEncoding(oneLine(message.subject))));
    query.addQueryItem(QStringLiteral("body"), QString::fromUtf8(QUrl::toPercentEncoding(message.body)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

} // namespace Lectern::MailComposer
