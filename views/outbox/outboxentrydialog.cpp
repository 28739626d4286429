// SPDX-License-Identifier: GPL-2.0-or-later
#include "outboxentrydialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lectern {

OutboxEntryDialog::OutboxEntryDialog(const OutboxEntry &entry, QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
{
    setWindowTitle(entry.kind == OutboxEntry::Kind::Email ? tr("Edit Message") : tr("Edit Answer"));
    buildForm();
}

void OutboxEntryDialog::buildForm()
{
    auto *form = new QFormLayout;
    const bool email = m_entry.kind == OutboxEntry::Kind::Email;
    m_to = new QLineEdit(m_entry.recipients.join(QStringLiteral(", ")), this);
    m_to->setObjectName(QStringLiteral("outboxTo"));
    m_to->setEnabled(email); // a tracker answer goes to its task
    form->addRow(email ? tr("&To:") : tr("&Task:"), m_to);
    m_subject = new QLineEdit(m_entry.subject, this);
    m_subject->setObjectName(QStringLiteral("outboxSubject"));
    if (email) {
        form->addRow(tr("&Subject:"), m_subject);
    } else {
        m_subject->hide();
    }
    m_sendAt = new QDateTimeEdit(m_entry.sendAt.toLocalTime(), this);
    m_sendAt->setObjectName(QStringLiteral("outboxSendAt"));
    m_sendAt->setCalendarPopup(true);
    form->addRow(tr("Send &at:"), m_sendAt);
    m_body = new QPlainTextEdit(m_entry.body, this);
    m_body->setObjectName(QStringLiteral("outboxBody"));
    m_body->setMinimumSize(480, 260);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_to, &QLineEdit::textChanged, this, [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_to->text().trimmed().isEmpty()); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(buttons);
}

OutboxEntry OutboxEntryDialog::entry() const
{
    OutboxEntry edited = m_entry;
    if (m_entry.kind == OutboxEntry::Kind::Email) {
        edited.recipients.clear();
        for (const QString &address : m_to->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            edited.recipients << address.trimmed();
        }
        edited.subject = m_subject->text();
    }
    edited.body = m_body->toPlainText();
    edited.sendAt = m_sendAt->dateTime().toUTC();
    return edited;
}

} // namespace Lectern
