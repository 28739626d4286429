// SPDX-License-Identifier: GPL-2.0-or-later
#include "settings/settingsdialog.h"

#include "caldav/calendaraccount.h"
#include "mail/mailsecrets.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Lectern;

// Configure Lectern keeps what is personal, in this computer's settings.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void savesTheReviewerAndTheDatabaseToOpen()
    {
        SettingsDialog dialog;
        dialog.reviewerField()->setText(QStringLiteral("  Ana  "));
        dialog.databaseField()->setText(QStringLiteral("/tmp/series.sqlite"));
        dialog.accept();
        QCOMPARE(QSettings().value(QStringLiteral("review/reviewerName")).toString(), QStringLiteral("Ana"));
        QCOMPARE(QSettings().value(QStringLiteral("defaultDatabase")).toString(), QStringLiteral("/tmp/series.sqlite"));
        // and shows them again
        SettingsDialog again;
        QCOMPARE(again.reviewerField()->text(), QStringLiteral("Ana"));
    }

    void emptyFieldsForgetTheValues()
    {
        SettingsDialog dialog;
        dialog.reviewerField()->clear();
        dialog.databaseField()->clear();
        dialog.accept();
        QVERIFY(!QSettings().contains(QStringLiteral("review/reviewerName")));
        QVERIFY(!QSettings().contains(QStringLiteral("defaultDatabase")));
    }

    // The mail account: saved for the outbox and lectern-cli alike; mail in the clear to
    // another machine is refused with a reason and nothing saved; no password anywhere.
    void theMailAccount()
    {
        SettingsDialog dialog;
        dialog.mailHostField()->setText(QStringLiteral("mail.example.org"));
        dialog.findChild<QComboBox *>(QStringLiteral("mailSecurity"))->setCurrentIndex(2); // none
        dialog.findChild<QLineEdit *>(QStringLiteral("mailUser"))->setText(QStringLiteral("ana"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("mailProblem"));
        QVERIFY2(problem->text().contains(QStringLiteral("unencrypted")), qPrintable(problem->text()));
        QVERIFY(!QSettings().contains(QStringLiteral("mail/host")));
        dialog.findChild<QComboBox *>(QStringLiteral("mailSecurity"))->setCurrentIndex(0); // STARTTLS
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QSettings settings;
        const SmtpAccount account = MailSecrets::loadAccount(settings);
        QCOMPARE(account.host, QStringLiteral("mail.example.org"));
        QCOMPARE(account.port, quint16(587));
        QCOMPARE(account.security, SmtpAccount::Security::StartTls);
        QCOMPARE(account.user, QStringLiteral("ana"));
        for (const QString &key : settings.allKeys()) {
            QVERIFY2(!key.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(key));
        }
        SettingsDialog again;
        QCOMPARE(again.mailHostField()->text(), QStringLiteral("mail.example.org"));
    }

    // The published calendar: a password over plain http to another machine is refused
    // with the reason; over https it is kept, with "publish automatically".
    void thePublishedCalendar()
    {
        SettingsDialog dialog;
        dialog.calendarUrlField()->setText(QStringLiteral("http://dav.example.org/ana/tech-talks/"));
        dialog.findChild<QLineEdit *>(QStringLiteral("calendarUser"))->setText(QStringLiteral("ana"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("calendarProblem"))->text().contains(QStringLiteral("unencrypted")));
        dialog.calendarUrlField()->setText(QStringLiteral("https://dav.example.org/ana/tech-talks/"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QSettings settings;
        const CalendarAccount account = CalendarAccount::load(settings);
        QCOMPARE(account.collection, QUrl(QStringLiteral("https://dav.example.org/ana/tech-talks/")));
        QCOMPARE(account.user, QStringLiteral("ana"));
        QVERIFY(account.automatic);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
