// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>

namespace Lectern {

// What every stored row carries: its id, an optimistic-concurrency version and UTC stamps.
// id 0 means "not stored yet".
struct RowMeta
{
    qint64 id = 0;
    int version = 0;
    QDateTime created;
    QDateTime modified;
};

} // namespace Lectern
