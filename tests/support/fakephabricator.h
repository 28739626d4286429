// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTcpServer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace Lectern::Test {

// A Phabricator server as far as Lectern talks to it: HTTP/1.1 on 127.0.0.1, Conduit's
// maniphest.search (project constraint, modifiedStart, "oldest" order, limit and after
// cursor) and user.search (phids), answering with Conduit's JSON shapes. Tests give it tasks
// and users, change them between syncs, and make chosen calls fail. maniphest.edit takes
// comment and status transactions on a task ("T7"), as the outbox posts answers.
class FakePhabricator : public QTcpServer
{
    Q_OBJECT
public:
    struct Task
    {
        int id = 0;
        QString title;
        QString description;
        QString authorPhid;
        QString status = QStringLiteral("open");
        qint64 created = 0; // epoch seconds
        qint64 modified = 0;
        QString project = QStringLiteral("tech-talks");
        QStringList comments; // posted with maniphest.edit
    };
    struct Request
    {
        QString path;
        QByteArray userAgent;
        QHash<QString, QString> form; // decoded names and values
    };
    // What the server does instead of answering one call.
    enum class Fault { None, Http500, ErrorCode, MalformedJson, WrongShape, Stall, Close };

    explicit FakePhabricator(QObject *parent = nullptr);
    ~FakePhabricator() override;

    bool listenLocally();
    QString baseUrl() const;

    QString token = QStringLiteral("api-abcdefghijklmnopqrstuvwxyz12");
    QMap<int, Task> tasks;
    QHash<QString, QPair<QString, QString>> users; // phid → (username, real name)
    QList<Request> requests;

    // Makes call number `call` (0-based, counted from now) fail with `fault`.
    void failCall(int call, Fault fault);
    // Adds `count` tasks with ids from `firstId`, each with a text of some length, authored
    // by a few users: data for the benchmark and the paging tests.
    void addTasks(int firstId, int count, qint64 modified);
    // The body it answers a request with (the benchmark parses it without a network).
    QByteArray answer(const Request &request);
    // The first page of maniphest.search for the tech-talks project, as the server answers
    // it (for benchmarks that time a sync's own work without the network).
    QByteArray firstSearchPage(int limit = 100);
    // The users' real names by PHID, as a sync learns them from user.search.
    QHash<QString, QString> realNames() const;

Q_SIGNALS:
    // maniphest.edit changed a task (a comment or a status).
    void taskEdited(int id);

private:
    void serve(QTcpSocket *socket);
    QByteArray maniphestSearch(const QHash<QString, QString> &form) const;
    QByteArray userSearch(const QHash<QString, QString> &form) const;
    QByteArray maniphestEdit(const QHash<QString, QString> &form);

    QHash<QTcpSocket *, QByteArray> m_buffers;
    QMap<int, Fault> m_faults;
    int m_calls = 0;
};

} // namespace Lectern::Test
