// SPDX-License-Identifier: GPL-2.0-or-later
#include "loggingdefaults.h"

#include <QLoggingCategory>
#include <QString>

namespace Lectern::LoggingDefaults {

void apply(Program program)
{
    QString rules = QStringLiteral("kf.calendarcore*=false\n");
    if (program == Program::Cli) {
        rules += QStringLiteral("lectern.*.warning=false\n");
    }
    QLoggingCategory::setFilterRules(rules);
}

} // namespace Lectern::LoggingDefaults
