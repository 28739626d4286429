// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "conduitanswer.h"
#include "conduitclient.h"

#include <QObject>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;

namespace Lectern {
class Storage;

// Takes the tasks of one Phabricator project into the inbox. It reads every page first (tasks
// changed since the last successful sync), then the authors' names, and only then writes, in
// one transaction: a failure or a cancel at any point leaves the database as it was, and the
// next sync starts from the same place.
//
// What a sync writes of an existing proposal: title, text, URL, proposer, times and the
// upstream status. Reviews, notes, scores and the coordinator's status are never touched; a
// changed title or text on a proposal the coordinator has reviewed or decided on marks it
// "changed upstream".
class PhabricatorSync : public QObject
{
    Q_OBJECT
public:
    struct Report
    {
        int fetched = 0;
        int added = 0;
        int updated = 0;
        int changedSinceReview = 0;
        int closedUpstream = 0; // tasks newly closed upstream
        int unchanged = 0;
    };

    PhabricatorSync(Storage &storage,
                    QNetworkAccessManager &network,
                    const QUrl &base,
                    const QString &project,
                    const QString &token,
                    QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_client.setTimeout(milliseconds); }
    // Tasks per page asked for (Conduit's maximum is 100).
    void setPageSize(int size) { m_pageSize = size; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // Writes fetched tasks as proposals (what start() does once all pages are in); public so
    // that the benchmark can time one page's parse and write.
    Result<Report> write(const QList<Conduit::Task> &tasks, const QHash<QString, QString> &authorNames);

Q_SIGNALS:
    // Tasks read so far (no total is known until the last page).
    void progress(int tasksFetched);
    void finished(const Lectern::PhabricatorSync::Report &report);
    void failed(const QString &message);

private:
    void requestPage();
    void pageAnswered(const QByteArray &body);
    void requestUsers();
    void usersAnswered(const QByteArray &body);
    void fail(const QString &message);
    QString endpoint() const;

    enum class Stage { Idle, Tasks, Users };

    Storage &m_storage;
    ConduitClient m_client;
    QString m_project;
    int m_pageSize = 100;
    Stage m_stage = Stage::Idle;
    bool m_running = false;
    QDateTime m_modifiedSince;
    QString m_after;
    QList<Conduit::Task> m_tasks;
    QStringList m_pendingAuthors;
    QHash<QString, QString> m_authorNames;
};

} // namespace Lectern

Q_DECLARE_METATYPE(Lectern::PhabricatorSync::Report)
