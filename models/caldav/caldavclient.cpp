// SPDX-License-Identifier: GPL-2.0-or-later
#include "caldavclient.h"

#include "lectern_sync_debug.h"
#include "sync/conduitclient.h"

#include <QBuffer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QXmlStreamReader>

namespace Lectern {

CalDavClient::CalDavClient(QNetworkAccessManager &network, const QUrl &collection, const QString &user, const QString &password, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_collection(collection)
{
    QString path = m_collection.path();
    if (!path.endsWith(QLatin1Char('/'))) {
        m_collection.setPath(path + QLatin1Char('/'));
    }
    if (!user.isEmpty()) {
        m_authorization = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
    }
}

QString CalDavClient::checkUrl(const QUrl &collection, bool withPassword)
{
    if (!collection.isValid() || collection.host().isEmpty() ||
        (collection.scheme() != QLatin1String("https") && collection.scheme() != QLatin1String("http"))) {
        return tr("“%1” is not the address of a calendar; it looks like https://dav.example.org/calendars/ana/tech-talks/.").arg(collection.toDisplayString());
    }
    const QHostAddress address(collection.host());
    const bool local = collection.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
    if (withPassword && collection.scheme() == QLatin1String("http") && !local) {
        return tr("The password for %1 would go over the network unencrypted; use https.").arg(collection.host());
    }
    return {};
}

QUrl CalDavClient::resourceUrl(const QString &name) const
{
    QUrl url = m_collection;
    url.setPath(m_collection.path() + name);
    return url;
}

void CalDavClient::send(const QByteArray &verb, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, const Done &done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, ConduitClient::userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_authorization.isEmpty()) {
        request.setRawHeader("Authorization", m_authorization);
    }
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    ++m_requests;
    qCDebug(LECTERN_SYNC) << "CalDAV" << verb << url.toString();
    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, buffer);
    buffer->setParent(reply);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::downloadProgress, timer, qOverload<>(&QTimer::start));
    timer->start(m_timeout);
    connect(reply, &QNetworkReply::finished, this, [this, reply, verb, url, done, timer] {
        reply->deleteLater();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.etag = reply->rawHeader("ETag");
        answer.body = reply->readAll();
        const bool timedOut = !timer->isActive() && reply->error() == QNetworkReply::OperationCanceledError;
        if (answer.status == 0) {
            answer.error = timedOut
                    ? tr("No answer from %1 to %2 within %3 seconds.").arg(url.host(), QString::fromLatin1(verb), QString::number(m_timeout / 1000))
                    : tr("%1 could not be reached for %2: %3.").arg(url.host(), QString::fromLatin1(verb), reply->errorString());
        } else if (!answer.ok()) {
            answer.error = tr("%1 answered %2 with HTTP %3 %4.")
                                   .arg(url.host(),
                                        QString::fromLatin1(verb),
                                        QString::number(answer.status),
                                        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        }
        done(answer);
    });
}

QHash<QString, QByteArray> CalDavClient::parseEtags(const QByteArray &multistatus)
{
    QHash<QString, QByteArray> etags;
    QXmlStreamReader xml(multistatus);
    QString href;
    QByteArray etag;
    bool inResponse = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.namespaceUri() == QLatin1String("DAV:")) {
            if (xml.name() == QLatin1String("response")) {
                inResponse = true;
                href.clear();
                etag.clear();
            } else if (inResponse && xml.name() == QLatin1String("href")) {
                href = QUrl::fromPercentEncoding(xml.readElementText().trimmed().toUtf8());
            } else if (inResponse && xml.name() == QLatin1String("getetag")) {
                etag = xml.readElementText().trimmed().toUtf8();
            }
        } else if (xml.isEndElement() && xml.namespaceUri() == QLatin1String("DAV:") && xml.name() == QLatin1String("response")) {
            inResponse = false;
            if (!href.isEmpty() && !etag.isEmpty()) {
                etags.insert(href, etag);
            }
        }
    }
    return etags;
}

void CalDavClient::listEtags(const std::function<void(const Answer &, const QHash<QString, QByteArray> &)> &done)
{
    const QByteArray body = R"(<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>)";
    send("PROPFIND", m_collection, {{"Depth", "1"}, {"Content-Type", "application/xml; charset=utf-8"}}, body, [this, done](const Answer &answer) {
        QHash<QString, QByteArray> etags;
        if (answer.status == 207) {
            etags = parseEtags(answer.body);
            etags.remove(QUrl::fromPercentEncoding(m_collection.path(QUrl::FullyEncoded).toUtf8())); // the collection itself
            etags.remove(m_collection.path());
        }
        done(answer, etags);
    });
}

void CalDavClient::makeCalendar(const QString &displayName, const Done &done)
{
    const QByteArray body =
            QByteArrayLiteral(R"(<?xml version="1.0" encoding="utf-8"?>
<c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop><d:displayname>)") +
            displayName.toHtmlEscaped().toUtf8() +
            QByteArrayLiteral(
                    R"(</d:displayname><c:supported-calendar-component-set><c:comp name="VEVENT"/></c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>)");
    send("MKCALENDAR", m_collection, {{"Content-Type", "application/xml; charset=utf-8"}}, body, done);
}

void CalDavClient::put(const QString &name, const QByteArray &ics, const QByteArray &ifMatch, const Done &done)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "text/calendar; charset=utf-8"}};
    if (ifMatch.isEmpty()) {
        headers.append(qMakePair(QByteArray("If-None-Match"), QByteArray("*")));
    } else if (ifMatch != "*") {
        headers.append(qMakePair(QByteArray("If-Match"), ifMatch));
    }
    send("PUT", resourceUrl(name), headers, ics, done);
}

void CalDavClient::remove(const QString &name, const QByteArray &ifMatch, const Done &done)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!ifMatch.isEmpty() && ifMatch != "*") {
        headers.append(qMakePair(QByteArray("If-Match"), ifMatch));
    }
    send("DELETE", resourceUrl(name), headers, {}, done);
}

void CalDavClient::get(const QString &name, const Done &done)
{
    send("GET", resourceUrl(name), {}, {}, done);
}

} // namespace Lectern
