// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/series.h"
#include "result.h"

#include <QObject>

namespace Lectern {
class Database;

class SeriesRepository : public QObject
{
    Q_OBJECT
public:
    explicit SeriesRepository(Database &db, QObject *parent = nullptr);

    Result<QList<Series>> all() const;
    Result<Series> find(qint64 id) const;
    // The series the program works on while it handles one series per database.
    Result<Series> current() const;

    Result<qint64> add(const Series &series);
    Result<void> update(const Series &series);
    // What add() and update() check first: each field, with a message naming it.
    static Result<void> validate(const Series &series);

Q_SIGNALS:
    void seriesChanged(qint64 id);

private:
    Result<QList<Series>> query(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace Lectern
