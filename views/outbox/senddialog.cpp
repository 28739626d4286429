// SPDX-License-Identifier: GPL-2.0-or-later
#include "senddialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Lectern {

SendDialog::SendDialog(const Talk &talk, const QString &summary, bool attachICalendar, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Send"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(summary, this);
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    layout->addWidget(what);
    auto *grid = new QGridLayout;
    m_when = new QButtonGroup(this);
    const std::pair<OutboxOperations::When, QString> choices[] = {
            {OutboxOperations::When::Now, tr("&Now (as soon as Lectern is online)")},
            {OutboxOperations::When::WeekBefore, tr("A &week before the talk")},
            {OutboxOperations::When::DayBefore, tr("The &day before the talk")},
            {OutboxOperations::When::TwoHoursBefore, tr("&Two hours before the talk")},
            {OutboxOperations::When::At, tr("A&t:")},
    };
    int row = 0;
    for (const auto &[when, label] : choices) {
        auto *button = new QRadioButton(label, this);
        button->setObjectName(QStringLiteral("sendWhen%1").arg(int(when)));
        // A talk without a start time has no "before".
        button->setEnabled(talk.hasTime() || when == OutboxOperations::When::Now || when == OutboxOperations::When::At);
        m_when->addButton(button, int(when));
        grid->addWidget(button, row++, 0);
    }
    m_when->button(int(OutboxOperations::When::Now))->setChecked(true);
    m_at = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this);
    m_at->setObjectName(QStringLiteral("sendAt"));
    m_at->setCalendarPopup(true);
    m_at->setEnabled(false);
    grid->addWidget(m_at, row - 1, 1);
    connect(m_when, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (id == int(OutboxOperations::When::At)) {
            m_at->setEnabled(on);
        }
    });
    layout->addLayout(grid);
    m_attach = new QCheckBox(tr("Attach the talk as a calendar &file (.ics)"), this);
    m_attach->setObjectName(QStringLiteral("sendAttach"));
    m_attach->setChecked(attachICalendar);
    m_attach->setEnabled(talk.hasTime());
    layout->addWidget(m_attach);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Queue"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

SendChoice SendDialog::choice() const
{
    SendChoice choice;
    choice.when = OutboxOperations::When(m_when->checkedId());
    choice.at = m_at->dateTime().toUTC();
    choice.attachICalendar = m_attach->isChecked();
    return choice;
}

} // namespace Lectern
