// SPDX-License-Identifier: GPL-2.0-or-later
#include "settingsdialog.h"

#include "caldav/caldavclient.h"
#include "caldav/calendaraccount.h"
#include "mail/mailsecrets.h"
#include "platform/settingskeys.h"
#include "platform/useridentity.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lectern {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Configure Lectern"));
    QSettings settings;
    m_reviewer = new QLineEdit(settings.value(SettingsKeys::reviewerName()).toString(), this);
    m_reviewer->setPlaceholderText(UserIdentity::fullName());
    m_database = new QLineEdit(settings.value(SettingsKeys::defaultDatabase()).toString(), this);
    m_database->setPlaceholderText(tr("the last one opened"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the database to open at start"));
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);

    auto *you = new QGroupBox(tr("You"), this);
    auto *youForm = new QFormLayout(you);
    youForm->addRow(tr("Your &name on reviews:"), m_reviewer);
    auto *program = new QGroupBox(tr("On this computer"), this);
    auto *programForm = new QFormLayout(program);
    auto *databaseLabel = new QLabel(tr("&Open at start:"), this);
    databaseLabel->setBuddy(m_database);
    programForm->addRow(databaseLabel, databaseRow);
    auto *note = new QLabel(tr("The series' rhythm, sender, mailing lists and world times are kept with the series: Settings → Configure Series…."), this);
    note->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(you);
    layout->addWidget(program);
    layout->addWidget(buildMailAccount());
    layout->addWidget(buildCalendarAccount());
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path =
                QFileDialog::getOpenFileName(this, tr("Open at Start"), m_database->text(), tr("Lectern databases (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty()) {
            m_database->setText(path);
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QWidget *SettingsDialog::buildMailAccount()
{
    QSettings settings;
    const SmtpAccount account = MailSecrets::loadAccount(settings);
    auto *box = new QGroupBox(tr("Mail account (for the outbox)"), this);
    auto *form = new QFormLayout(box);
    m_mailHost = new QLineEdit(account.host, box);
    m_mailHost->setObjectName(QStringLiteral("mailHost"));
    m_mailHost->setPlaceholderText(tr("mail.example.org"));
    m_mailPort = new QSpinBox(box);
    m_mailPort->setObjectName(QStringLiteral("mailPort"));
    m_mailPort->setRange(1, 65535);
    m_mailPort->setValue(account.port);
    m_mailSecurity = new QComboBox(box);
    m_mailSecurity->setObjectName(QStringLiteral("mailSecurity"));
    m_mailSecurity->addItem(tr("STARTTLS"), int(SmtpAccount::Security::StartTls));
    m_mailSecurity->addItem(tr("TLS"), int(SmtpAccount::Security::Tls));
    m_mailSecurity->addItem(tr("None (only a server on this computer)"), int(SmtpAccount::Security::None));
    m_mailSecurity->setCurrentIndex(m_mailSecurity->findData(int(account.security)));
    m_mailUser = new QLineEdit(account.user, box);
    m_mailUser->setObjectName(QStringLiteral("mailUser"));
    m_mailUser->setPlaceholderText(tr("empty: the server takes mail without a login"));
    m_mailCaFile = new QLineEdit(account.caFile, box);
    m_mailCaFile->setPlaceholderText(tr("empty: the system's certificates"));
    m_mailProblem = new QLabel(box);
    m_mailProblem->setObjectName(QStringLiteral("mailProblem"));
    m_mailProblem->setWordWrap(true);
    m_mailProblem->hide();
    form->addRow(tr("&Server:"), m_mailHost);
    form->addRow(tr("&Port:"), m_mailPort);
    form->addRow(tr("Se&curity:"), m_mailSecurity);
    form->addRow(tr("&User:"), m_mailUser);
    form->addRow(tr("Trusted &certificates:"), m_mailCaFile);
    auto *note = new QLabel(tr("The password is asked for when mail first goes out and kept in the desktop's keyring, or, without one, in memory until "
                               "Lectern quits."),
                            box);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(m_mailProblem);
    connect(m_mailSecurity, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const bool tls = SmtpAccount::Security(m_mailSecurity->currentData().toInt()) == SmtpAccount::Security::Tls;
        if (m_mailPort->value() == 465 || m_mailPort->value() == 587) {
            m_mailPort->setValue(tls ? 465 : 587);
        }
    });
    return box;
}

QWidget *SettingsDialog::buildCalendarAccount()
{
    QSettings settings;
    const CalendarAccount account = CalendarAccount::load(settings);
    auto *box = new QGroupBox(tr("Published calendar (CalDAV)"), this);
    auto *form = new QFormLayout(box);
    m_calendarUrl = new QLineEdit(account.collection.toString(), box);
    m_calendarUrl->setObjectName(QStringLiteral("calendarUrl"));
    m_calendarUrl->setPlaceholderText(tr("https://dav.example.org/calendars/ana/tech-talks/"));
    m_calendarUser = new QLineEdit(account.user, box);
    m_calendarUser->setObjectName(QStringLiteral("calendarUser"));
    m_calendarAutomatic = new QCheckBox(tr("Publish &automatically after each change"), box);
    m_calendarAutomatic->setObjectName(QStringLiteral("calendarAutomatic"));
    m_calendarAutomatic->setChecked(account.automatic);
    form->addRow(tr("Calendar &address:"), m_calendarUrl);
    form->addRow(tr("User &name:"), m_calendarUser);
    form->addRow(m_calendarAutomatic);
    m_calendarProblem = new QLabel(box);
    m_calendarProblem->setObjectName(QStringLiteral("calendarProblem"));
    m_calendarProblem->setWordWrap(true);
    m_calendarProblem->hide();
    form->addRow(m_calendarProblem);
    return box;
}

void SettingsDialog::accept()
{
    CalendarAccount calendar;
    calendar.collection = QUrl(m_calendarUrl->text().trimmed());
    calendar.user = m_calendarUser->text().trimmed();
    calendar.automatic = m_calendarAutomatic->isChecked();
    if (!m_calendarUrl->text().trimmed().isEmpty()) {
        if (const QString problem = CalDavClient::checkUrl(calendar.collection, !calendar.user.isEmpty()); !problem.isEmpty()) {
            m_calendarProblem->setText(problem);
            m_calendarProblem->show();
            m_calendarUrl->setFocus();
            return;
        }
    }
    SmtpAccount account;
    account.host = m_mailHost->text().trimmed();
    account.port = quint16(m_mailPort->value());
    account.security = SmtpAccount::Security(m_mailSecurity->currentData().toInt());
    account.user = m_mailUser->text().trimmed();
    account.caFile = m_mailCaFile->text().trimmed();
    if (account.isSet()) {
        if (auto ok = account.validate(); !ok) {
            m_mailProblem->setText(ok.error().message);
            m_mailProblem->show();
            m_mailHost->setFocus();
            return; // nothing saved until the account is one the outbox can use
        }
    }
    QSettings settings;
    MailSecrets::saveAccount(settings, account);
    CalendarAccount::save(settings, calendar);
    const QString reviewer = m_reviewer->text().trimmed();
    reviewer.isEmpty() ? settings.remove(SettingsKeys::reviewerName()) : settings.setValue(SettingsKeys::reviewerName(), reviewer);
    const QString database = m_database->text().trimmed();
    database.isEmpty() ? settings.remove(SettingsKeys::defaultDatabase()) : settings.setValue(SettingsKeys::defaultDatabase(), database);
    QDialog::accept();
}

} // namespace Lectern
