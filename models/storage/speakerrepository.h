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
    // The statement search() runs, with `text` in place of its parameter, for the benchmark's
    // floor (the sqlite3 shell running the same query).
    static QString searchStatement(const QString &text);

    Result<qint64> count() const;

    Result<qint64> add(const Speaker &speaker);
    Result<void> update(const Speaker &speaker);
    // Refused while talks or proposals link to the speaker.
    Result<void> remove(qint64 id);

    // The id of the speaker with this name, adding a record if there is none.
    Result<qint64> findOrAdd(const QString &name);

Q_SIGNALS:
    void speakerAdded(qint64 id);
    void speakerUpdated(qint64 id);
    void speakerRemoved(qint64 id);

private:
    Result<QList<Speaker>> query(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace Lectern
