// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operations/outboxoperations.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QDateTimeEdit;

namespace Lectern {

// When an announcement (or a reminder) goes out: now, a week, a day or two hours before the
// talk, or at a chosen time; and whether the talk is attached as an .ics.
struct SendChoice
{
    OutboxOperations::When when = OutboxOperations::When::Now;
    QDateTime at; // UTC, for When::At
    bool attachICalendar = false;
};

class SendDialog : public QDialog
{
    Q_OBJECT
public:
    SendDialog(const Talk &talk, const QString &summary, bool attachICalendar, QWidget *parent = nullptr);
    SendChoice choice() const;

private:
    QButtonGroup *m_when = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QCheckBox *m_attach = nullptr;
};

} // namespace Lectern
