// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace Lectern {

// Calls Conduit methods on one Phabricator server: POST {base}/api/{method}, form-encoded,
// with the API token. One call at a time. A call ends with answered() (the body, to be read
// by Conduit::result) or failed() (no connection, HTTP error, no answer within the timeout,
// cancelled), never both.
class ConduitClient : public QObject
{
    Q_OBJECT
public:
    using Parameters = QList<QPair<QString, QString>>;

    ConduitClient(QNetworkAccessManager &network, const QUrl &base, const QString &token, QObject *parent = nullptr);

    // The base URL as the user typed it, or an error message naming what is wrong with it.
    static QString checkBaseUrl(const QUrl &base);
    // How long a call may go without any bytes arriving.
    void setTimeout(int milliseconds) { m_timeout.setInterval(milliseconds); }
    QUrl base() const { return m_base; }

    void call(const QString &method, const Parameters &parameters);
    void cancel();
    bool isBusy() const { return m_reply != nullptr; }
    // Whether the last call's request went out whole: a call that failed after that may have
    // been carried out by the server (its answer was lost), one that failed before was not.
    bool lastRequestDelivered() const { return m_delivered; }

    // "Lectern/<version> (…)": servers see who is asking.
    static QByteArray userAgent();

Q_SIGNALS:
    void answered(const QByteArray &body);
    void failed(const QString &message);

private:
    void finish();
    void timedOut();

    QNetworkAccessManager &m_network;
    QUrl m_base;
    QString m_token;
    QString m_method;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    bool m_timedOut = false;
    bool m_delivered = false;
};

} // namespace Lectern
