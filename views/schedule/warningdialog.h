// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "scheduleconfirmation.h"

class QWidget;

namespace Lectern {

// The real confirmation: a dialog listing the warnings, with "Move Anyway" and "Cancel"
// (the default, so Enter never moves a talk by accident).
class WarningDialogConfirmation : public ScheduleConfirmation
{
public:
    explicit WarningDialogConfirmation(QWidget *parent);
    bool confirm(const QString &what, const QList<Finding> &findings, const QString &goAhead) override;

private:
    QWidget *m_parent;
};

} // namespace Lectern
