// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Lectern {
class Database;

// `lectern-cli copy --to TARGET`: the whole open database — every table, ids, UIDs, reviews,
// sync state, the change log — into an empty SQLite file or PostgreSQL database, in one
// transaction (all of it or nothing), so a series moves to the team's server or a
// coordinator takes an offline copy along. A target with anything in it is refused.
namespace DatabaseCopy {

// Lectern's tables in the order their references allow (a table after those it names).
const QStringList &tables();

struct Report
{
    QString target; // as the target names itself (a server without its password)
    QList<QPair<QString, int>> rows; // table → rows copied
    int total() const;
};
Result<Report> copy(Database &source, const QString &target);

} // namespace DatabaseCopy
} // namespace Lectern
