// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "caldavclient.h"
#include "storage/result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Lectern {
class Storage;

// Keeps a CalDAV collection in step with the series' talks: one resource per talk
// (<UID>.ics, the export's KCalendarCore event; SEQUENCE above the last one published when
// the event changed), new ones with If-None-Match: *, changed ones and deletions with
// If-Match on the ETag Lectern last saw. A talk with its time to be announced is not
// published, and withdrawn when its time goes. What changed on the server since is not
// overwritten: it is reported as a conflict (412, or an ETag the start's PROPFIND shows
// changed), unless `force`. One PROPFIND tells what the server holds; then only what changed
// is sent — a re-publish of one changed talk is two requests.
class CalDavPublisher : public QObject
{
    Q_OBJECT
public:
    struct Conflict
    {
        qint64 talkId = 0;
        QString title;
        QString name; // the resource
        QString differs; // what the server's copy says, for people
    };
    struct Report
    {
        int created = 0;
        int updated = 0;
        int deleted = 0;
        int unchanged = 0;
        QList<Conflict> conflicts;
        QString error; // the server could not be used: nothing more was tried
        bool unreachable = false; // no answer at all: trying later may work
        int requests = 0;
    };

    CalDavPublisher(Storage &storage,
                    QNetworkAccessManager &network,
                    const QUrl &collection,
                    const QString &user,
                    const QString &password,
                    QObject *parent = nullptr);
    void setForce(bool force) { m_force = force; }
    void setTimeout(int milliseconds) { m_client.setTimeout(milliseconds); }
    void start();

    // The resource name of a talk's event.
    static QString resourceName(const QString &uid);
    // The event's text without the stamps that change on every write (DTSTAMP, CREATED,
    // LAST-MODIFIED): what "changed" compares.
    static QByteArray canonical(const QByteArray &ics);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const Report &report);

private:
    struct Published
    {
        qint64 talkId = 0;
        QString name;
        QByteArray etag;
        int sequence = 0;
        QByteArray hash;
    };
    struct Step
    {
        std::function<void(const std::function<void()> &next)> run;
    };
    void plan(const QHash<QString, QByteArray> &server);
    void runNext();
    void finish(const QString &error = QString());
    Result<void> remember(const QString &uid, const Published &published);
    Result<void> forget(const QString &uid);
    void conflict(qint64 talkId, const QString &title, const QString &name, const std::function<void()> &next);

    Storage &m_storage;
    CalDavClient m_client;
    QString m_collectionKey;
    bool m_force = false;
    QHash<QString, Published> m_published; // by UID
    QList<Step> m_steps;
    int m_done = 0;
    Report m_report;
    bool m_finished = false;
};

} // namespace Lectern
