// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"

#include <QObject>
#include <QString>

namespace Lectern {
class Database;

// Settings that belong to the database (and so travel with it to another coordinator), as
// opposed to the program's own (window sizes, the reviewer's name) in QSettings.
class SettingsRepository : public QObject
{
    Q_OBJECT
public:
    // The announcement's world times: IANA zone ids, comma-separated.
    static constexpr const char *worldTimeZonesKey = "worldTimeZones";

    explicit SettingsRepository(Database &db, QObject *parent = nullptr);

    // The value, or `fallback` when the key was never set.
    Result<QString> value(const char *key, const QString &fallback = QString()) const;
    Result<void> setValue(const char *key, const QString &value);

Q_SIGNALS:
    void changed(const QString &key);

private:
    Database &m_db;
};

} // namespace Lectern
