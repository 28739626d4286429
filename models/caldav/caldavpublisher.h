// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "caldavclient.h"
#include "storage/publishrepository.h"
#include "storage/result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Lectern {
class Storage;
struct Series;
struct Talk;

// Keeps a CalDAV collection in step with the series' talks: one resource per talk
// (<UID>.ics, the export's KCalendarCore event; SEQUENCE above the last one published when
// the event changed), new ones with If-None-Match: *, changed ones and deletions with
// If-Match on the ETag Lectern last saw. A talk with its time to be announced is not
// published, and withdrawn when its time goes. What changed on the server since is not
// overwritten: it is reported as a conflict (412, or an ETag the start's PROPFIND shows
// changed), unless `force` or the coordinator chose to overwrite that one: it is kept in the
// PublishRepository with what differs. One PROPFIND tells what the server holds; then only
// what changed is sent — a re-publish of one changed talk is two requests. The run's outcome
// is kept too, for the window's Publish panel.
class CalDavPublisher : public QObject
{
    Q_OBJECT
public:
    using Conflict = PublishConflict;
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
    // The hash of a talk's event as published (canonical text).
    static QByteArray eventHash(const Series &series, const Talk &talk);
    // The key a collection is known by (its URL without user name or password).
    static QString collectionKey(const QUrl &collection);

    // What the next publish to `collection` would send, known without the server: talks new
    // to the calendar, changed since they were published, and withdrawn (gone, or their time
    // back to "to be announced"). Conflicts left for the coordinator are not counted.
    struct Pending
    {
        int created = 0;
        int updated = 0;
        int withdrawn = 0;
        int total() const { return created + updated + withdrawn; }
    };
    // Each talk's event hash by talk id and row version (and the series' version, which the
    // events depend on too), so that a window asking again after one change hashes one event.
    struct HashCache
    {
        struct Event
        {
            int version = 0;
            QString uid;
            bool publishable = false;
            QByteArray hash;
        };
        int seriesVersion = -1;
        QHash<qint64, Event> byTalk;
    };
    static Result<Pending> pending(Storage &storage, const QUrl &collection, HashCache *cache = nullptr);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const Report &report);

private:
    using Published = PublishedEvent;
    struct Step
    {
        std::function<void(const std::function<void()> &next)> run;
    };
    void plan(const QHash<QString, QByteArray> &server);
    void runNext();
    void finish(const QString &error = QString());
    Result<void> remember(const Published &published);
    Result<void> forget(const QString &uid);
    // Reads the server's copy and keeps the conflict, with what differs from `ours` (empty
    // for a talk withdrawn here).
    void conflict(const PublishConflict &found, const QByteArray &ours, const std::function<void()> &next);
    bool overwriteChosen(const QString &uid, const QByteArray &serverEtag) const;

    Storage &m_storage;
    CalDavClient m_client;
    QString m_collectionKey;
    bool m_force = false;
    QHash<QString, Published> m_published; // by UID
    QHash<QString, PublishConflict> m_knownConflicts; // by UID, as the last publish left them
    QList<Step> m_steps;
    int m_done = 0;
    Report m_report;
    bool m_finished = false;
};

} // namespace Lectern
