// SPDX-License-Identifier: GPL-2.0-or-later
#include "templaterepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>

namespace Lectern {

TemplateRepository::TemplateRepository(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

Result<void> TemplateRepository::ensureDefaults(qint64 seriesId)
{
    auto count = Sql::run(m_db.connection(), QStringLiteral("SELECT count(*) FROM email_templates WHERE series_id = ?"), {seriesId});
    if (!count) {
        return count.error();
    }
    count.value().next();
    if (count.value().value(0).toInt() > 0) {
        return {};
    }
    Transaction transaction(m_db);
    const QString now = Sql::nowUtc();
    const QList<EmailTemplate> defaults = EmailTemplate::defaults();
    for (const EmailTemplate &t : defaults) {
        auto ok = Sql::run(m_db.connection(),
                           QStringLiteral("INSERT INTO email_templates (series_id, name, subject, body, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?)"),
                           {seriesId, t.name, t.subject, t.body, now, now});
        if (!ok) {
            return ok.error();
        }
    }
    return transaction.commit();
}

Result<QList<EmailTemplate>> TemplateRepository::forSeries(qint64 seriesId)
{
    if (auto ok = ensureDefaults(seriesId); !ok) {
        return ok.error();
    }
    auto rows = Sql::run(m_db.connection(),
                         QStringLiteral("SELECT id, series_id, name, subject, body, version, created_at, modified_at FROM email_templates "
                                        "WHERE series_id = ? ORDER BY id"),
                         {seriesId});
    if (!rows) {
        return rows.error();
    }
    QList<EmailTemplate> list;
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        EmailTemplate t;
        t.meta.id = q.value(0).toLongLong();
        t.seriesId = q.value(1).toLongLong();
        t.name = q.value(2).toString();
        t.subject = q.value(3).toString();
        t.body = q.value(4).toString();
        t.meta.version = q.value(5).toInt();
        t.meta.created = Sql::toDateTime(q.value(6));
        t.meta.modified = Sql::toDateTime(q.value(7));
        list << t;
    }
    return list;
}

Result<EmailTemplate> TemplateRepository::find(qint64 seriesId, const QString &name)
{
    auto all = forSeries(seriesId);
    if (!all) {
        return all.error();
    }
    QStringList names;
    for (const EmailTemplate &t : all.value()) {
        if (t.name == name) {
            return t;
        }
        names << t.name;
    }
    return Error{Error::Kind::NotFound,
                 QCoreApplication::translate("TemplateRepository", "There is no email template “%1”; the series has %2.")
                         .arg(name, names.join(QStringLiteral(", ")))};
}

Result<void> TemplateRepository::save(const EmailTemplate &t)
{
    if (t.name.trimmed().isEmpty()) {
        return Error{Error::Kind::InvalidInput, QCoreApplication::translate("TemplateRepository", "name: A template needs a name.")};
    }
    const QString now = Sql::nowUtc();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto ok = t.meta.id > 0
            ? Sql::run(m_db.connection(),
                       QStringLiteral("UPDATE email_templates SET name = ?, subject = ?, body = ?, version = version + 1, modified_at = ? WHERE id = ? AND "
                                      "version = ?"),
                       {t.name, t.subject, t.body, now, t.meta.id, t.meta.version})
            : Sql::run(m_db.connection(),
                       QStringLiteral(
                               "INSERT INTO email_templates (series_id, name, subject, body, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                       {t.seriesId, t.name, t.subject, t.body, now, now});
    if (!ok) {
        return ok.error();
    }
    if (t.meta.id > 0 && ok.value().numRowsAffected() != 1) {
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate("TemplateRepository", "The template “%1” was changed elsewhere; reload it.").arg(t.name)};
    }
    const qint64 seriesId = t.seriesId;
    const QString name = t.name;
    const qint64 returned = Sql::returnedId(ok.value()); // read (and reset) even when the id was given
    const qint64 id = t.meta.id > 0 ? t.meta.id : returned;
    if (auto logged = m_db.logChange({Entity::emailTemplate(), id, {}},
                                     t.meta.id > 0 ? ChangeKind::Updated : ChangeKind::Added,
                                     [this, seriesId, name] { Q_EMIT templateChanged(seriesId, name); });
        !logged) {
        return logged.error();
    }
    return transaction.commit();
}

} // namespace Lectern
