// SPDX-License-Identifier: GPL-2.0-or-later
#include "databasecopy.h"

#include "database.h"
#include "lectern_storage_debug.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Lectern::DatabaseCopy {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseCopy", text);
}

// Tables whose key an identity column gives on a server, and that column.
const QList<QPair<QString, QString>> generatedKeys{{QStringLiteral("series"), QStringLiteral("id")},
                                                   {QStringLiteral("talks"), QStringLiteral("id")},
                                                   {QStringLiteral("speakers"), QStringLiteral("id")},
                                                   {QStringLiteral("topics"), QStringLiteral("id")},
                                                   {QStringLiteral("proposals"), QStringLiteral("id")},
                                                   {QStringLiteral("reviews"), QStringLiteral("id")},
                                                   {QStringLiteral("email_templates"), QStringLiteral("id")},
                                                   {QStringLiteral("change_log"), QStringLiteral("seq")},
                                                   {QStringLiteral("announcements"), QStringLiteral("id")},
                                                   {QStringLiteral("outbox"), QStringLiteral("id")}};

Result<int> rowCount(Database &db, const QString &table)
{
    auto rows = Sql::run(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!rows || !rows.value().next()) {
        return rows ? Result<int>(Error{Error::Kind::Database, tr("%1 did not count its %2.").arg(db.path(), table)}) : Result<int>(rows.error());
    }
    return rows.value().value(0).toInt();
}

// Copies one table row by row through a prepared INSERT naming every column.
Result<int> copyTable(Database &source, Database &target, const QString &table)
{
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
        return Error{Error::Kind::Database, tr("Reading %1 from %2 failed: %3").arg(table, source.path(), read.lastError().text())};
    }
    const QSqlRecord record = read.record();
    QStringList columns;
    QStringList marks;
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
        marks << QStringLiteral("?");
    }
    QSqlQuery write(target.connection());
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))))) {
        return Error{Error::Kind::Database, tr("%1 refused the rows of %2: %3").arg(target.path(), table, write.lastError().text())};
    }
    int copied = 0;
    while (read.next()) {
        for (int i = 0; i < record.count(); ++i) {
            write.bindValue(i, read.value(i));
        }
        if (!write.exec()) {
            return Error{Error::Kind::Database,
                         tr("%1 refused row %2 of %3: %4").arg(target.path(), QString::number(copied + 1), table, write.lastError().text())};
        }
        ++copied;
    }
    return copied;
}
} // namespace

const QStringList &tables()
{
    static const QStringList all{QStringLiteral("series"),
                                 QStringLiteral("speakers"),
                                 QStringLiteral("speaker_emails"),
                                 QStringLiteral("topics"),
                                 QStringLiteral("talks"),
                                 QStringLiteral("talk_speakers"),
                                 QStringLiteral("talk_topics"),
                                 QStringLiteral("proposals"),
                                 QStringLiteral("proposal_speakers"),
                                 QStringLiteral("reviews"),
                                 QStringLiteral("email_templates"),
                                 QStringLiteral("settings"),
                                 QStringLiteral("sync_state"),
                                 QStringLiteral("change_log"),
                                 QStringLiteral("announcements"),
                                 QStringLiteral("outbox"),
                                 QStringLiteral("published_events"),
                                 QStringLiteral("publish_runs"),
                                 QStringLiteral("publish_conflicts")};
    return all;
}

int Report::total() const
{
    int sum = 0;
    for (const auto &table : rows) {
        sum += table.second;
    }
    return sum;
}

Result<Report> copy(Database &source, const QString &targetLocation)
{
    auto opened = Database::open(targetLocation, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        return opened.error();
    }
    Database &target = *opened.value();
    if (target.path() == source.path()) {
        return Error{Error::Kind::InvalidInput, tr("%1 is the database being copied.").arg(source.path())};
    }
    // Into an empty schedule only: a copy never mixes with, or replaces, someone's data.
    QStringList filled;
    for (const QString &table : tables()) {
        auto count = rowCount(target, table);
        if (!count) {
            return count.error();
        }
        if (count.value() > 0) {
            filled << tr("%1 (%2 rows)").arg(table, QString::number(count.value()));
        }
    }
    if (!filled.isEmpty()) {
        return Error{Error::Kind::Refused,
                     tr("%1 is not empty — %2 — so nothing was copied into it. Copy into a new file or an empty database.")
                             .arg(target.path(), filled.join(QStringLiteral(", ")))};
    }

    Report report;
    report.target = target.path();
    Transaction transaction(target);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    for (const QString &table : tables()) {
        auto copied = copyTable(source, target, table);
        if (!copied) {
            return copied.error(); // the transaction rolls back: the target stays empty
        }
        report.rows.append({table, copied.value()});
    }
    if (target.isServer()) {
        // Ids were copied as they were: the identity columns go on after the highest.
        for (const auto &key : generatedKeys) {
            auto moved = Sql::run(target.connection(),
                                  QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), coalesce((SELECT max(%2) FROM %1), 0) + 1, false)")
                                          .arg(key.first, key.second));
            if (!moved) {
                return moved.error();
            }
        }
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    qCInfo(LECTERN_STORAGE) << "copied" << source.path() << "to" << target.path() << report.total() << "rows";
    return report;
}

} // namespace Lectern::DatabaseCopy
