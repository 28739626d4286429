// SPDX-License-Identifier: GPL-2.0-or-later
#include "conduitclient.h"

#include "lectern_sync_debug.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Lectern {
namespace {
QByteArray formEncode(const ConduitClient::Parameters &parameters)
{
    QByteArray body;
    for (const auto &[key, value] : parameters) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}
} // namespace

ConduitClient::ConduitClient(QNetworkAccessManager &network, const QUrl &base, const QString &token, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_base(base)
    , m_token(token)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(30000);
    connect(&m_timeout, &QTimer::timeout, this, &ConduitClient::timedOut);
}

QString ConduitClient::checkBaseUrl(const QUrl &base)
{
    if (!base.isValid() || base.host().isEmpty()) {
        return tr("“%1” is not a web address such as https://phabricator.example.org.").arg(base.toString());
    }
    if (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http")) {
        return tr("“%1” is not an http or https address.").arg(base.toString());
    }
    return QString();
}

QByteArray ConduitClient::userAgent()
{
    return QByteArrayLiteral("Lectern/" LECTERN_VERSION_STRING " (talk series coordination; Qt Network)");
}

void ConduitClient::call(const QString &method, const Parameters &parameters)
{
    Q_ASSERT(!m_reply);
    m_method = method;
    m_timedOut = false;
    QUrl url = m_base;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/'))) {
        path += QLatin1Char('/');
    }
    url.setPath(path + QStringLiteral("api/") + method);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    Parameters all = parameters;
    all.prepend({QStringLiteral("api.token"), m_token});
    qCDebug(LECTERN_SYNC) << "POST" << url.toString() << parameters.size() << "parameters";
    m_delivered = false;
    m_reply = m_network.post(request, formEncode(all));
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) { m_delivered = m_delivered || (total > 0 && sent == total); });
    connect(m_reply, &QNetworkReply::downloadProgress, &m_timeout, qOverload<>(&QTimer::start));
    connect(m_reply, &QNetworkReply::finished, this, &ConduitClient::finish);
    m_timeout.start();
}

void ConduitClient::cancel()
{
    if (m_reply) {
        m_reply->abort(); // finishes with OperationCanceledError
    }
}

void ConduitClient::timedOut()
{
    if (m_reply) {
        m_timedOut = true;
        m_reply->abort();
    }
}

void ConduitClient::finish()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    const QString where = QStringLiteral("%1 (%2)").arg(m_method, m_base.host());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_delivered = m_delivered || status > 0;
    if (m_timedOut) {
        Q_EMIT failed(tr("No answer from the server to %1 within %2 seconds.").arg(where, QString::number(m_timeout.interval() / 1000.0)));
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        Q_EMIT failed(tr("The call to %1 was cancelled.").arg(where));
        return;
    }
    if (status >= 400 || reply->error() != QNetworkReply::NoError) {
        const QString reason = status > 0
                ? tr("HTTP %1 %2").arg(QString::number(status), reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                : reply->errorString();
        Q_EMIT failed(tr("The server could not answer %1: %2.").arg(where, reason));
        return;
    }
    Q_EMIT answered(reply->readAll());
}

} // namespace Lectern
