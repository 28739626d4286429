// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Lectern {

// One CalDAV calendar collection, spoken to with Qt Network (RFC 4791 over WebDAV, RFC
// 4918): PROPFIND for the ETags of what it holds, MKCALENDAR when it does not exist, PUT
// with If-None-Match or If-Match, DELETE with If-Match, GET for a resource that changed on
// the server. Why not KDAV: docs/ARCHITECTURE.md ("Publishing to a calendar server").
class CalDavClient : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        int status = 0; // the HTTP status; 0 when no answer came
        QByteArray etag; // of the resource, when the server said it
        QByteArray body;
        QString error; // for people: the server, the request and what went wrong
        bool ok() const { return status >= 200 && status < 300; }
    };
    using Done = std::function<void(const Answer &)>;

    CalDavClient(QNetworkAccessManager &network, const QUrl &collection, const QString &user, const QString &password, QObject *parent = nullptr);

    // Refuses what would send a password in the clear to another machine.
    static QString checkUrl(const QUrl &collection, bool withPassword);
    QUrl collection() const { return m_collection; }
    QUrl resourceUrl(const QString &name) const;
    int requests() const { return m_requests; }
    void setTimeout(int milliseconds) { m_timeout = milliseconds; }

    // href (decoded path) → ETag of every calendar resource in the collection; status 404
    // when the collection does not exist.
    void listEtags(const std::function<void(const Answer &, const QHash<QString, QByteArray> &)> &done);
    void makeCalendar(const QString &displayName, const Done &done);
    // `ifMatch` empty: If-None-Match: * (a new resource); "*": overwrite whatever is there.
    void put(const QString &name, const QByteArray &ics, const QByteArray &ifMatch, const Done &done);
    void remove(const QString &name, const QByteArray &ifMatch, const Done &done);
    void get(const QString &name, const Done &done);

    // The multistatus answer of a PROPFIND: href → getetag.
    static QHash<QString, QByteArray> parseEtags(const QByteArray &multistatus);

private:
    void send(const QByteArray &verb, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, const Done &done);

    QNetworkAccessManager &m_network;
    QUrl m_collection;
    QByteArray m_authorization;
    int m_timeout = 30000;
    int m_requests = 0;
};

} // namespace Lectern
