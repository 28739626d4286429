// SPDX-License-Identifier: GPL-2.0-or-later
#include "loggingdefaults.h"

#include <QLoggingCategory>
#include <QString>

namespace Lectern::LoggingDefaults {

void apply(Program program)
{
    // KSMTP warns of the server closing the connection after QUIT, on every message sent;
    // what the outbox says of each message (in lectern.sync) is what matters.
    QString rules = QStringLiteral("kf.calendarcore*=false\norg.kde.pim.ksmtp.warning=false\n");
    if (program == Program::Cli) {
        rules += QStringLiteral("lectern.*.warning=false\n");
    }
    QLoggingCategory::setFilterRules(rules);
}

} // namespace Lectern::LoggingDefaults
