// SPDX-License-Identifier: GPL-2.0-or-later
#include "fakephabricator.h"

#include <QDateTime>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>

namespace Lectern::Test {
namespace {
QByteArray envelope(const QJsonValue &result)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("result"), result},
                                     {QStringLiteral("error_code"), QJsonValue::Null},
                                     {QStringLiteral("error_info"), QJsonValue::Null}})
            .toJson(QJsonDocument::Compact);
}

QByteArray conduitError(const QString &code, const QString &info)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("result"), QJsonValue::Null}, {QStringLiteral("error_code"), code}, {QStringLiteral("error_info"), info}})
            .toJson(QJsonDocument::Compact);
}

QByteArray http(int status, const QByteArray &reason, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
            "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

bool isClosed(const QString &status)
{
    return status != QLatin1String("open") && status != QLatin1String("stalled");
}
} // namespace

FakePhabricator::FakePhabricator(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakePhabricator::~FakePhabricator() = default;

bool FakePhabricator::listenLocally()
{
    return listen(QHostAddress::LocalHost, 0);
}

QString FakePhabricator::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void FakePhabricator::failCall(int call, Fault fault)
{
    m_faults.insert(m_calls + call, fault);
}

void FakePhabricator::addTasks(int firstId, int count, qint64 modified)
{
    static const QStringList words = {QStringLiteral("pipeline"),
                                      QStringLiteral("données"),
                                      QStringLiteral("search"),
                                      QStringLiteral("Wikidata"),
                                      QStringLiteral("testing"),
                                      QStringLiteral("offline"),
                                      QStringLiteral("parser"),
                                      QStringLiteral("mobile")};
    for (int i = 0; i < count; ++i) {
        Task task;
        task.id = firstId + i;
        task.title = QStringLiteral("Talk idea %1: %2 and %3").arg(QString::number(task.id), words.at(i % words.size()), words.at((i / 3) % words.size()));
        QString text;
        for (int w = 0; w < 60; ++w) {
            text += words.at((i + w * 7) % words.size()) + QLatin1Char(w % 12 == 11 ? '\n' : ' ');
        }
        task.description = text;
        task.authorPhid = QStringLiteral("PHID-USER-%1").arg(i % 50, 20, 10, QLatin1Char('0'));
        if (!users.contains(task.authorPhid)) {
            users.insert(task.authorPhid, {QStringLiteral("user%1").arg(i % 50), QStringLiteral("User Number %1").arg(i % 50)});
        }
        task.created = modified - 86400;
        task.modified = modified;
        tasks.insert(task.id, task);
    }
}

void FakePhabricator::serve(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    int contentLength = 0;
    Request request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.path = QString::fromLatin1(requestLine.value(1));
    for (const QByteArray &line : lines.mid(1)) {
        const int colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            contentLength = value.toInt();
        } else if (name == "user-agent") {
            request.userAgent = value;
        }
    }
    if (buffer.size() < headerEnd + 4 + contentLength) {
        return; // the rest of the body is still on its way
    }
    const QByteArray body = buffer.mid(headerEnd + 4, contentLength);
    buffer.clear();
    for (const QByteArray &pair : body.split('&')) {
        const int equals = pair.indexOf('=');
        const auto decode = [](QByteArray part) { return QUrl::fromPercentEncoding(part.replace('+', ' ')); };
        request.form.insert(decode(pair.left(equals)), equals < 0 ? QString() : decode(pair.mid(equals + 1)));
    }
    requests.append(request);

    const Fault fault = m_faults.take(m_calls++);
    switch (fault) {
    case Fault::None:
        socket->write(http(200, "OK", answer(request)));
        break;
    case Fault::Http500:
        socket->write(http(500, "Internal Server Error", QByteArrayLiteral("<html>Unhandled Exception</html>")));
        break;
    case Fault::ErrorCode:
        socket->write(http(200, "OK", conduitError(QStringLiteral("ERR-CONDUIT-CORE"), QStringLiteral("Rate limit exceeded; slow down."))));
        break;
    case Fault::MalformedJson:
        socket->write(http(200, "OK", QByteArrayLiteral("{\"result\": {\"data\": [")));
        break;
    case Fault::WrongShape:
        socket->write(http(200, "OK", envelope(QJsonObject{{QStringLiteral("data"), QStringLiteral("not a list")}})));
        break;
    case Fault::Stall:
        return; // says nothing, keeps the connection open
    case Fault::Close:
        socket->abort();
        return;
    }
    socket->disconnectFromHost();
}

QByteArray FakePhabricator::answer(const Request &request)
{
    const QString given = request.form.value(QStringLiteral("api.token"));
    if (given != token) {
        return conduitError(QStringLiteral("ERR-INVALID-AUTH"), QStringLiteral("API token \"%1\" has the wrong format or does not exist.").arg(given));
    }
    if (request.path == QLatin1String("/api/maniphest.search")) {
        return maniphestSearch(request.form);
    }
    if (request.path == QLatin1String("/api/user.search")) {
        return userSearch(request.form);
    }
    if (request.path == QLatin1String("/api/maniphest.edit")) {
        return maniphestEdit(request.form);
    }
    return conduitError(QStringLiteral("ERR-CONDUIT-CALL"), QStringLiteral("Conduit method \"%1\" does not exist.").arg(request.path));
}

QByteArray FakePhabricator::maniphestSearch(const QHash<QString, QString> &form) const
{
    const QString project = form.value(QStringLiteral("constraints[projects][0]"));
    const QString modifiedStart = form.value(QStringLiteral("constraints[modifiedStart]"));
    const int after = form.value(QStringLiteral("after")).toInt();
    const int limit = qBound(1, form.contains(QStringLiteral("limit")) ? form.value(QStringLiteral("limit")).toInt() : 100, 100);
    QJsonArray data;
    int lastId = 0;
    bool more = false;
    for (auto it = tasks.upperBound(after); it != tasks.cend(); ++it) {
        const Task &task = it.value();
        if (task.project != project || (!modifiedStart.isEmpty() && task.modified < modifiedStart.toLongLong())) {
            continue;
        }
        if (data.size() == limit) {
            more = true;
            break;
        }
        const QJsonObject fields{
                {QStringLiteral("name"), task.title},
                {QStringLiteral("description"), QJsonObject{{QStringLiteral("raw"), task.description}}},
                {QStringLiteral("authorPHID"), task.authorPhid},
                {QStringLiteral("ownerPHID"), QJsonValue::Null},
                {QStringLiteral("status"),
                 QJsonObject{{QStringLiteral("value"), task.status}, {QStringLiteral("name"), task.status}, {QStringLiteral("color"), QJsonValue::Null}}},
                {QStringLiteral("priority"), QJsonObject{{QStringLiteral("value"), 50}, {QStringLiteral("name"), QStringLiteral("Normal")}}},
                {QStringLiteral("points"), QJsonValue::Null},
                {QStringLiteral("subtype"), QStringLiteral("default")},
                {QStringLiteral("closerPHID"), QJsonValue::Null},
                {QStringLiteral("dateClosed"), isClosed(task.status) ? QJsonValue(double(task.modified)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("spacePHID"), QJsonValue::Null},
                {QStringLiteral("dateCreated"), double(task.created)},
                {QStringLiteral("dateModified"), double(task.modified)},
                {QStringLiteral("policy"), QJsonObject{{QStringLiteral("view"), QStringLiteral("public")}, {QStringLiteral("edit"), QStringLiteral("users")}}},
        };
        data.append(QJsonObject{{QStringLiteral("id"), task.id},
                                {QStringLiteral("type"), QStringLiteral("TASK")},
                                {QStringLiteral("phid"), QStringLiteral("PHID-TASK-%1").arg(task.id, 20, 10, QLatin1Char('0'))},
                                {QStringLiteral("fields"), fields},
                                {QStringLiteral("attachments"), QJsonObject()}});
        lastId = task.id;
    }
    const QJsonObject cursor{{QStringLiteral("limit"), limit},
                             {QStringLiteral("after"), more ? QJsonValue(QString::number(lastId)) : QJsonValue(QJsonValue::Null)},
                             {QStringLiteral("before"), QJsonValue::Null},
                             {QStringLiteral("order"), QStringLiteral("oldest")}};
    return envelope(QJsonObject{{QStringLiteral("data"), data},
                                {QStringLiteral("maps"), QJsonObject()},
                                {QStringLiteral("query"), QJsonObject{{QStringLiteral("queryKey"), QJsonValue::Null}}},
                                {QStringLiteral("cursor"), cursor}});
}

QByteArray FakePhabricator::maniphestEdit(const QHash<QString, QString> &form)
{
    const QString object = form.value(QStringLiteral("objectIdentifier"));
    const int id = object.startsWith(QLatin1Char('T')) ? object.mid(1).toInt() : 0;
    const auto task = tasks.find(id);
    if (task == tasks.end()) {
        return conduitError(QStringLiteral("ERR-CONDUIT-CORE"), QStringLiteral("Monogram \"%1\" does not identify a valid object.").arg(object));
    }
    QJsonArray transactions;
    for (int i = 0;; ++i) {
        const QString type = form.value(QStringLiteral("transactions[%1][type]").arg(i));
        if (type.isEmpty()) {
            break;
        }
        const QString value = form.value(QStringLiteral("transactions[%1][value]").arg(i));
        if (type == QLatin1String("comment")) {
            task->comments << value;
        } else if (type == QLatin1String("status")) {
            task->status = value;
        } else {
            return conduitError(QStringLiteral("ERR-CONDUIT-CORE"), QStringLiteral("Transaction type \"%1\" is not valid.").arg(type));
        }
        task->modified = QDateTime::currentSecsSinceEpoch();
        transactions.append(QJsonObject{{QStringLiteral("phid"), QStringLiteral("PHID-XACT-TASK-%1").arg(i, 14, 10, QLatin1Char('0'))}});
    }
    Q_EMIT taskEdited(id);
    return envelope(
            QJsonObject{{QStringLiteral("object"),
                         QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("phid"), QStringLiteral("PHID-TASK-%1").arg(id, 20, 10, QLatin1Char('0'))}}},
                        {QStringLiteral("transactions"), transactions}});
}

QByteArray FakePhabricator::userSearch(const QHash<QString, QString> &form) const
{
    QJsonArray data;
    for (int i = 0;; ++i) {
        const QString key = QStringLiteral("constraints[phids][%1]").arg(i);
        if (!form.contains(key)) {
            break;
        }
        const QString phid = form.value(key);
        const auto user = users.constFind(phid);
        if (user == users.cend()) {
            continue;
        }
        data.append(
                QJsonObject{{QStringLiteral("id"), i + 1},
                            {QStringLiteral("type"), QStringLiteral("USER")},
                            {QStringLiteral("phid"), phid},
                            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("username"), user->first}, {QStringLiteral("realName"), user->second}}}});
    }
    return envelope(QJsonObject{
            {QStringLiteral("data"), data},
            {QStringLiteral("cursor"),
             QJsonObject{{QStringLiteral("limit"), 100}, {QStringLiteral("after"), QJsonValue::Null}, {QStringLiteral("before"), QJsonValue::Null}}}});
}

QByteArray FakePhabricator::firstSearchPage(int limit)
{
    Request request;
    request.path = QStringLiteral("/api/maniphest.search");
    request.form = {{QStringLiteral("api.token"), token},
                    {QStringLiteral("constraints[projects][0]"), QStringLiteral("tech-talks")},
                    {QStringLiteral("limit"), QString::number(limit)}};
    return answer(request);
}

QHash<QString, QString> FakePhabricator::realNames() const
{
    QHash<QString, QString> names;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        names.insert(it.key(), it.value().second);
    }
    return names;
}

} // namespace Lectern::Test
