// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage.h"

namespace Lectern {

Storage::Storage(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_series(*m_database)
    , m_talks(*m_database)
    , m_speakers(*m_database)
    , m_proposals(*m_database)
    , m_templates(*m_database)
    , m_syncStates(*m_database)
    , m_settings(*m_database)
{
}

Result<std::unique_ptr<Storage>> Storage::open(const QString &path, Database::OpenMode mode)
{
    auto database = Database::open(path, mode);
    if (!database) {
        return database.error();
    }
    return std::unique_ptr<Storage>(new Storage(std::move(database).value()));
}

Result<Series> Storage::ensureSeries(const QString &name)
{
    // One transaction (the write lock first), so two processes initialising one new file
    // make one series.
    Transaction transaction(*m_database);
    if (!transaction.isActive()) {
        return transaction.error();
    }
    auto existing = m_series.all();
    if (!existing) {
        return existing.error();
    }
    if (!existing.value().isEmpty()) {
        return existing.value().constFirst();
    }
    Series series;
    series.name = name;
    auto id = m_series.add(series);
    if (!id) {
        return id.error();
    }
    auto added = m_series.find(id.value());
    if (!added) {
        return added.error();
    }
    if (auto ok = transaction.commit(); !ok) {
        return ok.error();
    }
    return added;
}

} // namespace Lectern
