// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/speaker.h"
#include "result.h"

#include <QObject>

namespace Lectern {
class Database;

// Speaker records, shared by talks and proposals.
class SpeakerRepository : public QObject
{
    Q_OBJECT
public:
    explicit SpeakerRepository(Database &db, QObject *parent = nullptr);

    Result<QList<Speaker>> all() const;
    Result<Speaker> find(qint64 id) const;
    // The speakers whose name equals the given one, ignoring case and surrounding space.
    Result<QList<Speaker>> findByName(const QString &name) const;
    // Speakers whose name, email, affiliation or role title contains `text` (case-insensitive
    // for ASCII letters), by name.
    Result<QList<Speaker>> search(const QString &text) const;
    // The directory: one lean line per speaker (counts and dates aggregated in SQL), filtered
    // like search().
    Result<QList<SpeakerSummary>> directory(const QString &text, const QDate &today) const;
    // The statement directory() runs, with the values in place of its parameters, for the
    // benchmark's floor (the sqlite3 shell running the same query).
    static QString directoryStatement(const QString &text, const QDate &today);
    Result<qint64> count() const;

    Result<qint64> add(const Speaker &speaker);
    Result<void> update(const Speaker &speaker);
    // Refused while talks or proposals link to the speaker.
    Result<void> remove(qint64 id);
    // Puts back a removed record with its id (undoing a merge or a delete).
    Result<void> restore(const Speaker &speaker);

    // The id of the speaker with this name, adding a record if there is none.
    Result<qint64> findOrAdd(const QString &name);

    // Announces a change made to speaker rows outside this class (a merge).
    Result<void> notifyChanged(qint64 id);
    Result<void> notifyRemoved(qint64 id);

Q_SIGNALS:
    void speakerAdded(qint64 id);
    void speakerUpdated(qint64 id);
    void speakerRemoved(qint64 id);

private:
    Result<QList<Speaker>> query(const QString &where, const QVariantList &values) const;
    Result<qint64> insert(const Speaker &speaker, qint64 explicitId);
    Result<void> writeEmails(const Speaker &speaker, qint64 id);
    Database &m_db;
};

} // namespace Lectern
