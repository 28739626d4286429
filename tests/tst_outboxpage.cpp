// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "export/exportpage.h"
#include "itemmodels/outboxmodel.h"
#include "outbox/mailpassword.h"
#include "outbox/outboxpage.h"
#include "outbox/outboxrunner.h"
#include "storage/storage.h"

#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Lectern;

namespace {
// Answers the password prompt; counts how often it was asked.
class CountingPrompt : public PasswordPrompt
{
public:
    int asked = 0;
    std::optional<QString> ask(const SmtpAccount &, const QString &, bool, bool *remember) override
    {
        ++asked;
        *remember = false;
        return QStringLiteral("secret");
    }
};
} // namespace

// The export panel's Send… queues the announcement (undoable) and the Outbox page shows it
// as it will go out; Edit…, Cancel Sending and Send Again go through the history; a failed
// try is listed with its reason. The sending itself is tst_outbox and check_outbox.py.
class TestOutboxPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;
    QUndoStack m_undo;
    QNetworkAccessManager m_network;
    CountingPrompt m_prompt;

    qint64 talkTitled(const QString &title) const
    {
        for (const Talk &talk : m_storage->talks().all().value()) {
            if (talk.title == title) {
                return talk.meta.id;
            }
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        static int n = 0;
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("outboxpage%1.sqlite").arg(++n)));
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
        QSettings().remove(QStringLiteral("mail"));
    }

    void cleanup()
    {
        QSettings().remove(QStringLiteral("mail"));
        m_undo.clear();
        m_storage.reset();
    }

    void sendFromTheExportPanelQueuesAReminder()
    {
        Talk talk = m_storage->talks().find(talkTitled(QStringLiteral("Documenting Wikimedia technical projects"))).value();
        talk.date = QDate::currentDate().addDays(20);
        QVERIFY(m_storage->talks().update(talk));
        ExportPage exportPage(*m_storage, &m_undo);
        exportPage.setSelectedTalk(talk.meta.id);
        exportPage.choose(ExportBuilder::Selection::Kind::Talks, ExportBuilder::Format::Announcement);
        exportPage.setTemplateName(QStringLiteral("reminder"));
        exportPage.refresh();
        auto *send = exportPage.findChild<QPushButton *>(QStringLiteral("exportSend"));
        QVERIFY(send && send->isEnabled());
        exportPage.setSendChooser([](const Talk &, const QString &, bool) {
            SendChoice choice;
            choice.when = OutboxOperations::When::DayBefore;
            choice.attachICalendar = true;
            return std::optional<SendChoice>(choice);
        });
        QStringList asked;
        exportPage.setConfirm([&asked](const QString &question) {
            asked << question;
            return false;
        });
        send->click();
        QList<OutboxEntry> entries = m_storage->outbox().list().value();
        QCOMPARE(entries.size(), 1);
        const OutboxEntry reminder = entries.constFirst();
        QCOMPARE(reminder.state, OutboxEntry::State::Queued);
        QCOMPARE(reminder.templateName, QStringLiteral("reminder"));
        QCOMPARE(reminder.sendAt, m_storage->talks().find(talk.meta.id).value().startDateTimeUtc().addDays(-1));
        QVERIFY(!reminder.attachment.isEmpty());
        QVERIFY(asked.isEmpty());
        // The same again asks first; declining queues nothing.
        send->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.constFirst().contains(QStringLiteral("already in the outbox")), qPrintable(asked.constFirst()));
        QCOMPARE(m_storage->outbox().list().value().size(), 1);
        // Undo takes it out of the outbox again.
        QCOMPARE(m_undo.count(), 1);
        m_undo.undo();
        QCOMPARE(m_storage->outbox().list().value().size(), 0);
        m_undo.redo();
        QCOMPARE(m_storage->outbox().list().value().size(), 1);

        // The Outbox page: the reminder waits, shown as it will go out.
        MailPassword password(m_prompt);
        OutboxRunner runner(*m_storage, m_network, password);
        OutboxPage page(*m_storage, &m_undo, &runner);
        page.resize(1000, 700);
        page.show();
        QCOMPARE(page.model()->rowCount(), 1);
        page.select(m_storage->outbox().list().value().constFirst().meta.id);
        const QString preview = page.findChild<QPlainTextEdit *>(QStringLiteral("outboxPreview"))->toPlainText();
        QVERIFY2(preview.contains(QStringLiteral("To: wikitech-l@lists.wikimedia.org")), qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("Attached: talk.ics")));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("outboxEdit"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("outboxSendAgain"))->isEnabled());
        if (const QString shots = qEnvironmentVariable("LECTERN_SHOT_DIR"); !shots.isEmpty()) {
            page.grab().save(shots + QStringLiteral("/outbox-reminder.png"));
        }
    }

    void editCancelAndAFailedTry()
    {
        const qint64 talkId = talkTitled(QStringLiteral("How to compare text across multiple languages"));
        auto entry = OutboxOperations::announcementFor(*m_storage, talkId, QStringLiteral("announcement"), QDateTime::currentDateTimeUtc(), false);
        QVERIFY(entry);
        QVERIFY(OutboxOperations::queue(*m_storage, entry.value())->apply());
        // A mail account nobody listens on, with a user: the password is asked once.
        QSettings settings;
        settings.setValue(QStringLiteral("mail/host"), QStringLiteral("127.0.0.1"));
        settings.setValue(QStringLiteral("mail/port"), 1);
        settings.setValue(QStringLiteral("mail/security"), QStringLiteral("none"));
        settings.setValue(QStringLiteral("mail/user"), QStringLiteral("ana"));
        MailPassword password(m_prompt);
        m_prompt.asked = 0;
        OutboxRunner runner(*m_storage, m_network, password);
        OutboxPage page(*m_storage, &m_undo, &runner);
        const qint64 id = m_storage->outbox().list().value().constFirst().meta.id;
        page.select(id);
        page.setEditor([](const OutboxEntry &e) {
            OutboxEntry edited = e;
            edited.subject = QStringLiteral("Edited subject");
            return std::optional<OutboxEntry>(edited);
        });
        page.edit();
        QCOMPARE(m_storage->outbox().find(id).value().subject, QStringLiteral("Edited subject"));
        QCOMPARE(page.model()->data(page.model()->index(0, OutboxModel::WhatColumn)).toString(), QStringLiteral("Edited subject"));

        page.sendNow();
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning() && m_storage->outbox().find(id).value().tries == 1, 10000);
        const OutboxEntry failed = m_storage->outbox().find(id).value();
        QCOMPARE(failed.state, OutboxEntry::State::Failed);
        QVERIFY2(failed.lastError.contains(QStringLiteral("could not be reached")), qPrintable(failed.lastError));
        QCOMPARE(m_prompt.asked, 1);
        QVERIFY(page.model()->data(page.model()->index(0, OutboxModel::StateColumn)).toString().startsWith(QStringLiteral("failed")));
        QVERIFY(page.findChild<QPlainTextEdit *>(QStringLiteral("outboxPreview"))->toPlainText().contains(QStringLiteral("could not be reached")));

        page.cancelEntry();
        QCOMPARE(m_storage->outbox().find(id).value().state, OutboxEntry::State::Cancelled);
        m_undo.undo();
        QCOMPARE(m_storage->outbox().find(id).value().state, OutboxEntry::State::Failed);
        page.cancelEntry();
        // Sending again a cancelled one: queued, and tried (failing again on the closed port).
        page.select(id);
        page.sendAgain();
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning() && m_storage->outbox().find(id).value().tries == 2, 10000);
        QCOMPARE(m_prompt.asked, 1); // the password is asked once while Lectern runs
    }

    void anEmptyOutboxSaysWhatItIsFor()
    {
        OutboxPage page(*m_storage, &m_undo, nullptr);
        page.show();
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(!page.view()->isVisible());
        auto labels = page.findChildren<QLabel *>();
        bool explained = false;
        for (const QLabel *label : labels) {
            explained = explained || label->text().contains(QStringLiteral("Export page"));
        }
        QVERIFY(explained);
    }
};

QTEST_MAIN(TestOutboxPage)
#include "tst_outboxpage.moc"
