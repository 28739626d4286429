// SPDX-License-Identifier: GPL-2.0-or-later
#include "caldav/caldavpublisher.h"
#include "caldav/calendaraccount.h"
#include "demo/sampleseries.h"
#include "publish/publishpanel.h"
#include "publishfixtures.h"
#include "storage/changefeed.h"
#include "storage/storage.h"

#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Lectern;

// The Publish panel of the Export and Outbox pages: where the calendar goes, what the last
// publish did, what waits, and the events changed on the server with the two answers, each an
// undoable step; it follows what another writer (the outbox's sender, the command line) wrote.
// The publishing itself is check_caldav.py, against Radicale.
class TestPublishPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Storage> m_storage;
    QUndoStack m_undo;
    const QUrl m_collection{QStringLiteral("https://dav.example.org/ana/tech-talks/")};
    QString key() const { return CalDavPublisher::collectionKey(m_collection); }

    Talk firstTimedTalk() const
    {
        for (const Talk &talk : m_storage->talks().all().value()) {
            if (talk.date.isValid() && talk.hasTime()) {
                return talk;
            }
        }
        return {};
    }

    static PublishConflict conflictOn(const Talk &talk) { return PublishFixtures::renamedOnServer(talk); }

    void setAccount(bool set)
    {
        QSettings settings;
        CalendarAccount account;
        if (set) {
            account.collection = m_collection;
            account.user = QStringLiteral("ana");
        }
        CalendarAccount::save(settings, account);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("panel%1.sqlite").arg(++n));
        auto storage = Storage::open(m_path);
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
        m_undo.clear();
        setAccount(true);
    }

    void cleanup()
    {
        setAccount(false);
        m_storage.reset();
    }

    void withoutACalendarItOffersToSetOneUp()
    {
        setAccount(false);
        PublishPanel panel(*m_storage, &m_undo, nullptr);
        QSignalSpy configure(&panel, &PublishPanel::configureRequested);
        QVERIFY(panel.summaryText().contains(QStringLiteral("not published to a calendar server")));
        auto *setUp = panel.findChild<QPushButton *>(QStringLiteral("publishSetUp"));
        QVERIFY(!setUp->isHidden());
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("publishNow"))->isHidden());
        setUp->click();
        QCOMPARE(configure.size(), 1);
    }

    void itSaysWhatWasPublishedAndWhatWaits()
    {
        PublishPanel panel(*m_storage, &m_undo, nullptr);
        QVERIFY2(panel.summaryText().contains(QStringLiteral("Not published yet.")), qPrintable(panel.summaryText()));
        QVERIFY2(panel.waitingText().contains(QStringLiteral(" new.")) && panel.waitingText().contains(QStringLiteral("Publish Now sends it")),
                 qPrintable(panel.waitingText()));
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QVERIFY(m_storage->publishing().recordRun(key(), {at, 0, 2, 1, 12, QString()}));
        panel.refresh();
        QVERIFY2(panel.summaryText().contains(QStringLiteral("2 updated, 1 deleted, 12 unchanged")), qPrintable(panel.summaryText()));
        QVERIFY(m_storage->publishing().recordRun(key(), {at, 0, 0, 0, 0, QStringLiteral("dav.example.org could not be reached.")}));
        panel.refresh();
        QVERIFY2(panel.summaryText().contains(QStringLiteral("failed: dav.example.org could not be reached.")), qPrintable(panel.summaryText()));

        // Publish Now: one publish in the outbox, however often it is pressed.
        panel.publishNow();
        panel.publishNow();
        int publishes = 0;
        for (const OutboxEntry &entry : m_storage->outbox().list().value()) {
            publishes += entry.kind == OutboxEntry::Kind::CalendarPublish ? 1 : 0;
        }
        QCOMPARE(publishes, 1);
        panel.refresh();
        QVERIFY2(panel.waitingText().contains(QStringLiteral("In the outbox, to go out")), qPrintable(panel.waitingText()));
    }

    void aConflictIsAnsweredAndUndone()
    {
        const Talk talk = firstTimedTalk();
        QVERIFY(m_storage->publishing().saveConflict(key(), conflictOn(talk)));
        PublishPanel panel(*m_storage, &m_undo, nullptr);
        QListWidget *list = panel.conflictList();
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("“Renamed on the server” on the server")));
        auto *keep = panel.findChild<QPushButton *>(QStringLiteral("publishKeepServer"));
        QVERIFY(keep->isEnabled());

        keep->click();
        panel.refresh();
        QCOMPARE(list->count(), 0);
        QVERIFY(keep->isHidden());
        QCOMPARE(m_undo.count(), 1);
        QVERIFY(m_undo.undoText().contains(talk.title));
        m_undo.undo();
        panel.refresh();
        QCOMPARE(list->count(), 1);

        // Overwrite: marked, and a publish is queued to use the choice.
        panel.findChild<QPushButton *>(QStringLiteral("publishOverwrite"))->click();
        panel.refresh();
        QVERIFY2(list->item(0)->text().endsWith(QStringLiteral("the next publish overwrites it.")), qPrintable(list->item(0)->text()));
        QVERIFY(m_storage->publishing().findConflict(key(), talk.icalUid).value()->overwrite);
        bool queued = false;
        for (const OutboxEntry &entry : m_storage->outbox().list().value()) {
            queued = queued || (entry.kind == OutboxEntry::Kind::CalendarPublish && entry.state == OutboxEntry::State::Queued);
        }
        QVERIFY(queued);
        m_undo.undo();
        QVERIFY(!m_storage->publishing().findConflict(key(), talk.icalUid).value()->overwrite);
    }

    void itFollowsAnotherWriter()
    {
        PublishPanel panel(*m_storage, &m_undo, nullptr);
        panel.show();
        ChangeFeed feed(*m_storage);
        QVERIFY(feed.start(60000));
        auto other = Storage::open(m_path, Database::OpenMode::MustExist);
        QVERIFY(other);
        QVERIFY(other.value()->publishing().saveConflict(key(), conflictOn(firstTimedTalk())));
        QVERIFY(other.value()->publishing().recordRun(key(), {QDateTime::currentDateTimeUtc(), 1, 0, 0, 14, QString()}));
        QVERIFY(feed.poll());
        QTRY_COMPARE(panel.conflictList()->count(), 1);
        QVERIFY(panel.summaryText().contains(QStringLiteral("1 created")));
    }
};

QTEST_MAIN(TestPublishPanel)
#include "tst_publishpanel.moc"
