// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/outboxentry.h"

#include <QDialog>

class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace Lectern {

// Edits a waiting outbox entry: its recipients, subject, text and when it goes out.
class OutboxEntryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OutboxEntryDialog(const OutboxEntry &entry, QWidget *parent = nullptr);
    OutboxEntry entry() const;

private:
    void buildForm();

    OutboxEntry m_entry;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QDateTimeEdit *m_sendAt = nullptr;
};

} // namespace Lectern
