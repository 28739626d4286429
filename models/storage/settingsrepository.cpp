// SPDX-License-Identifier: GPL-2.0-or-later
#include "settingsrepository.h"

#include "database.h"
#include "sqlutil.h"

namespace Lectern {

SettingsRepository::SettingsRepository(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

Result<QString> SettingsRepository::value(const char *key, const QString &fallback) const
{
    auto rows = Sql::run(m_db.connection(), QStringLiteral("SELECT setting_value FROM settings WHERE setting_key = ?"), {QString::fromLatin1(key)});
    if (!rows) {
        return rows.error();
    }
    return rows.value().next() ? rows.value().value(0).toString() : fallback;
}

Result<void> SettingsRepository::setValue(const char *key, const QString &value)
{
    const QString now = Sql::nowUtc();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto saved = Sql::run(m_db.connection(),
                          QStringLiteral("INSERT INTO settings (setting_key, setting_value, version, created_at, modified_at) VALUES (?, ?, 1, ?, ?) "
                                         "ON CONFLICT (setting_key) DO UPDATE SET setting_value = excluded.setting_value, version = settings.version + 1, "
                                         "modified_at = excluded.modified_at"),
                          {QString::fromLatin1(key), value, now, now});
    if (!saved) {
        return saved.error();
    }
    const QString name = QString::fromLatin1(key);
    if (auto ok = m_db.logChange({Entity::setting(), 0, name}, ChangeKind::Updated, [this, name] { Q_EMIT changed(name); }); !ok) {
        return ok.error();
    }
    return transaction.commit();
}

} // namespace Lectern
