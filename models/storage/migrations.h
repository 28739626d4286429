// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>
#include <QVector>

namespace Lectern {

// The schema's history. Step N (1-based) brings a database from version N-1 to N; each
// step runs in one transaction together with the PRAGMA user_version that records it.
// Steps are append-only: once released, a step is never edited, only followed by another.
namespace Migrations {
// The statements of every step, in order; the last index + 1 is the latest version.
const QVector<QStringList> &steps();
int latestVersion();
// `steps` as PostgreSQL takes them: identity columns for INTEGER PRIMARY KEY, BIGINT for
// integers, the proposals' search as a tsvector index (unaccent, simple configuration) in
// place of SQLite's FTS5 table and triggers (schema 3). Step 1 also makes lectern_meta,
// which keeps the schema version there (SQLite keeps it in PRAGMA user_version).
QVector<QStringList> forPostgres(const QVector<QStringList> &steps);
// Stored in the file header (PRAGMA application_id) so other programs' databases are recognised.
constexpr qint32 applicationId = 0x4c45435a; // "LECZ"
} // namespace Migrations

} // namespace Lectern
