// SPDX-License-Identifier: GPL-2.0-or-later
#include "changelog.h"

#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QLocale>

namespace Lectern {
namespace {
const char *const selectEntries = "SELECT seq, entity, entity_id, entity_key, version, change_kind, origin, author, session_id, changed_at FROM change_log ";

ChangeEntry readEntry(const QSqlQuery &q)
{
    ChangeEntry entry;
    entry.seq = q.value(0).toLongLong();
    entry.target = {q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()};
    entry.version = q.value(4).toInt();
    entry.kind = changeKindFromKey(q.value(5).toString());
    entry.origin = {q.value(6).toString(), q.value(7).toString()};
    entry.session = q.value(8).toString();
    entry.at = Sql::toDateTime(q.value(9));
    return entry;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ChangeLog", text);
}
} // namespace

ChangeLog::ChangeLog(Database &db)
    : m_db(db)
{
}

Result<qint64> ChangeLog::lastSeq() const
{
    auto rows = Sql::run(m_db.connection(), QStringLiteral("SELECT max(seq) FROM change_log"));
    if (!rows) {
        return rows.error();
    }
    return rows.value().next() ? rows.value().value(0).toLongLong() : qint64(0);
}

Result<QList<ChangeEntry>> ChangeLog::since(qint64 seq, int limit) const
{
    auto rows = Sql::run(m_db.connection(), QString::fromLatin1(selectEntries) + QStringLiteral("WHERE seq > ? ORDER BY seq LIMIT ?"), {seq, limit});
    if (!rows) {
        return rows.error();
    }
    QList<ChangeEntry> entries;
    while (rows.value().next()) {
        entries << readEntry(rows.value());
    }
    return entries;
}

Result<std::optional<ChangeEntry>> ChangeLog::latest(const ChangeTarget &target) const
{
    auto rows = Sql::run(m_db.connection(),
                         QString::fromLatin1(selectEntries) + QStringLiteral("WHERE entity = ? AND entity_id = ? AND entity_key = ? ORDER BY seq DESC LIMIT 1"),
                         {target.entity, target.id, target.key});
    if (!rows) {
        return rows.error();
    }
    if (!rows.value().next()) {
        return std::optional<ChangeEntry>();
    }
    return std::optional<ChangeEntry>(readEntry(rows.value()));
}

Result<int> ChangeLog::prune(const QDateTime &before)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto removed = Sql::run(m_db.connection(),
                            QStringLiteral("DELETE FROM change_log WHERE changed_at < ? AND seq < (SELECT max(seq) FROM change_log) AND seq NOT IN "
                                           "(SELECT max(seq) FROM change_log GROUP BY entity, entity_id, entity_key)"),
                            {Sql::fromDateTime(before.toUTC())});
    if (!removed) {
        return removed.error();
    }
    const int count = removed.value().numRowsAffected();
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return count;
}

QString ChangeLog::describeWriter(const ChangeEntry &entry)
{
    QString writer;
    const QString &origin = entry.origin.origin;
    if (origin == QLatin1String("cli")) {
        writer = tr("the command line");
    } else if (origin == QLatin1String("sync")) {
        writer = tr("a tracker sync");
    } else if (origin == QLatin1String("gui")) {
        writer = tr("another Lectern window");
    } else {
        writer = tr("another program");
    }
    const QString when = QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    if (entry.origin.author.isEmpty()) {
        return tr("%1, %2").arg(writer, when);
    }
    return tr("%1 (%2), %3").arg(writer, entry.origin.author, when);
}

} // namespace Lectern
