// SPDX-License-Identifier: GPL-2.0-or-later
#include "movetodatedialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Lectern {

MoveToDateDialog::MoveToDateDialog(const Talk &talk, const QDate &suggestion, QWidget *parent, Purpose purpose)
    : QDialog(parent)
{
    const bool scheduling = purpose == Purpose::ScheduleProposal;
    setObjectName(QStringLiteral("moveToDateDialog"));
    setWindowTitle(scheduling ? tr("Schedule Proposal") : tr("Move to Date"));
    auto *what = new QLabel((scheduling ? tr("Make “%1” a talk on:") : tr("Move “%1” to:")).arg(talk.title.toHtmlEscaped()), this);
    what->setWordWrap(true);
    m_date = new QDateEdit(suggestion.isValid() ? suggestion : (talk.date.isValid() ? talk.date : QDate::currentDate()), this);
    m_date->setObjectName(QStringLiteral("moveDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_changeTime = new QCheckBox(tr("New start time (UTC):"), this);
    m_changeTime->setObjectName(QStringLiteral("changeTimeCheck"));
    m_time = new QTimeEdit(talk.startUtc.isValid() ? talk.startUtc : QTime(18, 0), this);
    m_time->setObjectName(QStringLiteral("moveTimeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setEnabled(false);
    connect(m_changeTime, &QCheckBox::toggled, m_time, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(m_changeTime, m_time);
    QString otherwise;
    if (scheduling) {
        otherwise = talk.startUtc.isValid() ? tr("Otherwise it starts at the series' usual time, %1 UTC.").arg(talk.startUtc.toString(QStringLiteral("HH:mm")))
                                            : tr("Otherwise its time is to be announced.");
    } else {
        otherwise = talk.startUtc.isValid() ? tr("Otherwise it keeps its start time, %1 UTC.").arg(talk.startUtc.toString(QStringLiteral("HH:mm")))
                                            : tr("Otherwise its time stays to be announced.");
    }
    auto *keeps = new QLabel(otherwise, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(keeps);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDate MoveToDateDialog::date() const
{
    return m_date->date();
}

std::optional<QTime> MoveToDateDialog::time() const
{
    if (!m_changeTime->isChecked()) {
        return std::nullopt;
    }
    return QTime(m_time->time().hour(), m_time->time().minute());
}

} // namespace Lectern
