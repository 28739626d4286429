// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "schedule/scheduleconfirmation.h"

#include <QStringList>

// Answers the schedule's "move anyway?" question the way a test tells it to, and remembers
// what it was asked.
class FakeConfirmation : public Lectern::ScheduleConfirmation
{
public:
    bool answer = false;
    int asked = 0;
    QString lastQuestion;
    QString lastGoAhead;
    QStringList lastRules;

    bool confirm(const QString &what, const QList<Lectern::Finding> &findings, const QString &goAhead) override
    {
        ++asked;
        lastQuestion = what;
        lastGoAhead = goAhead;
        lastRules.clear();
        for (const Lectern::Finding &finding : findings) {
            lastRules << finding.rule;
        }
        return answer;
    }
};
