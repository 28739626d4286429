// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// Reading what a Phabricator server answers over Conduit. Pure functions over the bytes, so
// every wrong shape a server (or a proxy in front of it) can send is tested without a network.
namespace Lectern::Conduit {

// The envelope every Conduit method answers with: {"result": …, "error_code": …, "error_info": …}.
// Returns `result` as an object, or an error naming `method` and what was wrong.
Result<QJsonObject> result(const QByteArray &body, const QString &method);

struct Task
{
    int id = 0; // T<id>
    QString phid;
    QString title;
    QString description;
    QString authorPhid;
    QString status; // the status's key: "open", "resolved", …
    bool closed = false;
    QDateTime created;
    QDateTime modified;
};

struct TaskPage
{
    QList<Task> tasks;
    QString after; // the cursor for the next page; empty on the last one
};

// One answer of maniphest.search.
Result<TaskPage> taskPage(const QByteArray &body);

// One answer of user.search: display names by PHID ("Real Name" or the username).
Result<QHash<QString, QString>> userNames(const QByteArray &body);

// Whether a Maniphest status key is one of Phabricator's closed statuses, for servers that
// do not send dateClosed.
bool isClosedStatus(const QString &status);

} // namespace Lectern::Conduit
