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
// Stored in the file header (PRAGMA application_id) so other programs' databases are recognised.
constexpr qint32 applicationId = 0x4c45435a; // "LECZ"
} // namespace Migrations

} // namespace Lectern
