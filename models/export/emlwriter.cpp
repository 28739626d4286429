// SPDX-License-Identifier: GPL-2.0-or-later
#include "emlwriter.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace Lectern::EmlWriter {
namespace {
QString oneLine(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\r\\n\\t\\x0b\\x0c\\x{2028}\\x{2029}]+"));
    return text.simplified().replace(breaks, QStringLiteral(" "));
}

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
}

QByteArray address(const QString &name, const QString &email)
{
    const QString addr = oneLine(email).remove(QLatin1Char('<')).remove(QLatin1Char('>')).remove(QLatin1Char(' '));
    const QString display = oneLine(name);
    if (display.isEmpty()) {
        return addr.toUtf8();
    }
    QByteArray shown;
    if (isPlainAscii(display)) {
        QString quoted = display;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        shown = '"' + quoted.toUtf8() + '"';
    } else {
        shown = encodeHeaderText(display);
    }
    return shown + " <" + addr.toUtf8() + '>';
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (int i = 0; i < encoded.size(); i += 76) {
        out += encoded.mid(i, 76) + "\r\n";
    }
    return out;
}
} // namespace

QByteArray encodeHeaderText(const QString &text)
{
    const QString line = oneLine(text);
    if (isPlainAscii(line)) {
        return line.toUtf8();
    }
    // Encoded words of at most 75 characters, split between whole characters.
    QList<QByteArray> words;
    QByteArray chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty()) {
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
            chunk.clear();
        }
    };
    for (int i = 0; i < line.size(); ++i) {
        int length = line.at(i).isHighSurrogate() && i + 1 < line.size() ? 2 : 1;
        const QByteArray character = line.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + character.size() > 45) {
            flush();
        }
        chunk += character;
    }
    flush();
    return words.join("\r\n ");
}

QByteArray quotedPrintable(const QByteArray &utf8)
{
    QByteArray out;
    const QList<QByteArray> lines = QByteArray(utf8).replace("\r\n", "\n").split('\n');
    for (int l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines.at(l);
        QByteArray encoded;
        int column = 0;
        for (int i = 0; i < line.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(line.at(i));
            const bool lastOfLine = i == line.size() - 1;
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || (c == ' ' && !lastOfLine)) {
                piece = QByteArray(1, char(c));
            } else {
                piece = '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            }
            if (column + piece.size() > 75) {
                encoded += "=\r\n"; // soft line break
                column = 0;
            }
            encoded += piece;
            column += piece.size();
        }
        out += encoded;
        if (l < lines.size() - 1) {
            out += "\r\n";
        }
    }
    return out;
}

QByteArray write(const EmailMessage &message)
{
    const QDateTime date = (message.date.isValid() ? message.date : QDateTime::currentDateTimeUtc()).toUTC();
    const QString domain =
            message.fromAddress.section(QLatin1Char('@'), 1).isEmpty() ? QStringLiteral("lectern.invalid") : message.fromAddress.section(QLatin1Char('@'), 1);
    const QString id = message.messageId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('@') + domain : message.messageId;
    QList<QByteArray> to;
    for (const QString &recipient : message.to) {
        if (!oneLine(recipient).isEmpty()) {
            to << address(QString(), recipient);
        }
    }

    QByteArray out;
    out += "Date: " + QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000\r\n";
    out += "Message-ID: <" + oneLine(id).remove(QLatin1Char('<')).remove(QLatin1Char('>')).toUtf8() + ">\r\n";
    out += "From: " + address(message.fromName, message.fromAddress) + "\r\n";
    out += "To: " + to.join(",\r\n ") + "\r\n";
    out += "Subject: " + encodeHeaderText(message.subject) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "X-Unsent: 1\r\n"; // open as a draft where the client knows this header
    const QByteArray text =
            "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + quotedPrintable(message.body.toUtf8()) + "\r\n";
    if (!message.attachment) {
        out += text;
        return out;
    }
    const QByteArray boundary = "lectern-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    const QByteArray fileName = encodeHeaderText(message.attachment->fileName).replace('"', "");
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "This is a message in MIME format.\r\n";
    out += "--" + boundary + "\r\n" + text;
    out += "--" + boundary + "\r\n";
    out += "Content-Type: " + message.attachment->mimeType + "; name=\"" + fileName + "\"\r\n";
    out += "Content-Disposition: attachment; filename=\"" + fileName + "\"\r\n";
    out += "Content-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(message.attachment->data);
    out += "--" + boundary + "--\r\n";
    return out;
}

QUrl mailto(const EmailMessage &message)
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    QStringList recipients;
    for (const QString &recipient : message.to) {
        recipients << oneLine(recipient);
    }
    url.setPath(recipients.join(QLatin1Char(',')));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), QString::fromUtf8(QUrl::toPercentEncoding(oneLine(message.subject))));
    query.addQueryItem(QStringLiteral("body"), QString::fromUtf8(QUrl::toPercentEncoding(message.body)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

} // namespace Lectern::EmlWriter
