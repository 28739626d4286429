// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class BenchRecorder;

namespace Lectern::ServerBench {

// The shared schedule's figures, side by side in one run: the same work on a copy of the
// dataset's SQLite file and on a PostgreSQL server of the benchmark's own over loopback
// (PgServer, the dataset copied in with DatabaseCopy): a drop's commit, an inbox search
// keystroke (with psql running the same statement as its floor), a sync page's write, and
// on the server the time from Ana's commit to Bo's month model.
void measure(BenchRecorder &recorder, const QString &datasetPath, int runs);

} // namespace Lectern::ServerBench
