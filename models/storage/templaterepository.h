// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/emailtemplate.h"
#include "result.h"

#include <QObject>

namespace Lectern {
class Database;

// The series' email templates. A series without any gets the default set on first use.
class TemplateRepository : public QObject
{
    Q_OBJECT
public:
    explicit TemplateRepository(Database &db, QObject *parent = nullptr);

    Result<QList<EmailTemplate>> forSeries(qint64 seriesId);
    Result<EmailTemplate> find(qint64 seriesId, const QString &name);
    Result<void> save(const EmailTemplate &emailTemplate);

Q_SIGNALS:
    void templateChanged(qint64 seriesId, const QString &name);

private:
    Result<void> ensureDefaults(qint64 seriesId);
    Database &m_db;
};

} // namespace Lectern
