// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/talk.h"
#include "finding.h"
#include "storage/result.h"

#include <QDate>

namespace Lectern {
class Storage;

// Gathers what the rules need from the database (the series, nearby talks, the speakers'
// time zones) and runs them for a talk at its proposed date and time.
class ScheduleChecker
{
public:
    explicit ScheduleChecker(Storage &storage);
    Result<QList<Finding>> check(const Talk &candidate, const QDate &today = QDate::currentDate()) const;

private:
    Storage &m_storage;
};

} // namespace Lectern
