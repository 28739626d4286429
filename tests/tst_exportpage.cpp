// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "export/exportbuilder.h"
#include "export/exportpage.h"
#include "storage/storage.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using Kind = ExportBuilder::Selection::Kind;
using Format = ExportBuilder::Format;

class TestExportPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("export%1.sqlite").arg(++n)));
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
    }

    void cleanup() { m_storage.reset(); }

    void choosingTalks()
    {
        ExportBuilder::Selection season;
        season.kind = Kind::Season;
        season.season = 2;
        QCOMPARE(ExportBuilder::select(*m_storage, season, QDate(2019, 1, 1)).value().size(), 5);

        ExportBuilder::Selection next;
        next.kind = Kind::NextUpcoming;
        auto talks = ExportBuilder::select(*m_storage, next, QDate(2019, 9, 5));
        QCOMPARE(talks.value().size(), 1);
        QCOMPARE(talks.value().first().title, QStringLiteral("How to compare text across multiple languages"));
        QVERIFY(ExportBuilder::select(*m_storage, next, QDate(2026, 1, 1)).value().isEmpty());

        ExportBuilder::Selection upcoming;
        upcoming.kind = Kind::AllUpcoming;
        QCOMPARE(ExportBuilder::select(*m_storage, upcoming, QDate(2020, 4, 1)).value().size(), 3);

        ExportBuilder::Selection range;
        range.kind = Kind::DateRange;
        range.from = QDate(2019, 9, 1);
        range.to = QDate(2019, 9, 30);
        QCOMPARE(ExportBuilder::select(*m_storage, range, QDate()).value().size(), 2);
    }

    void warningsBeforeExport()
    {
        ExportBuilder::Selection season;
        season.kind = Kind::Season;
        season.season = 1;
        auto output = ExportBuilder::build(*m_storage, season, Format::WikiText, {});
        QVERIFY(output);
        const QString all = output.value().warnings.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("“ResourceLoader tips and tricks” has no time yet (TBA).")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("has no stream link")));

        Talk lonely;
        lonely.seriesId = m_storage->series().current().value().meta.id;
        lonely.title = QStringLiteral("Nobody yet");
        lonely.date = QDate(2030, 1, 9);
        lonely.startUtc = QTime(18, 0);
        auto id = m_storage->talks().add(lonely);
        ExportBuilder::Selection one;
        one.kind = Kind::Talks;
        one.talkIds = {id.value()};
        output = ExportBuilder::build(*m_storage, one, Format::Announcement, {});
        QVERIFY(output);
        QVERIFY(output.value().warnings.join(QLatin1Char('\n')).contains(QStringLiteral("“Nobody yet” has no speaker.")));
        QVERIFY(output.value().warnings.join(QLatin1Char('\n')).contains(QStringLiteral("{stream_url} has no value")));
        QVERIFY(output.value().errors.isEmpty());
        QVERIFY(output.value().data.contains("Subject: "));
        QCOMPARE(output.value().suggestedFileName, QStringLiteral("announcement-2030-01-09.eml"));
    }

    void thePageShowsSavesAndCopies()
    {
        ExportPage page(*m_storage);
        page.resize(900, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSeason(2);
        page.choose(Kind::Season, Format::WikiText);
        QCOMPARE(page.previewText().count(QStringLiteral("== Season 2. Episode ")), 5);
        auto *warnings = page.findChild<QListWidget *>(QStringLiteral("exportWarnings"));
        QVERIFY(warnings->isVisible());
        QVERIFY(warnings->count() >= 5); // no stream links in the sample series

        const QString path = m_dir.filePath(QStringLiteral("season-2.wiki"));
        QString error;
        QVERIFY2(page.saveTo(path, &error), qPrintable(error));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), page.previewText());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("exportFolder"))->isEnabled());

        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("exportCopy")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), page.previewText());

        QVERIFY(!page.saveTo(m_dir.filePath(QStringLiteral("no/such/folder/x.wiki")), &error));
        QVERIFY(error.contains(QStringLiteral("no/such/folder")));
    }

    // A saved or copied announcement goes in the announcement log; a listing does not.
    void anAnnouncementThatGoesOutIsLogged()
    {
        ExportPage page(*m_storage);
        page.show();
        page.setSeason(2);
        page.choose(Kind::Season, Format::WikiText);
        QVERIFY(page.saveTo(m_dir.filePath(QStringLiteral("listing.wiki"))));
        page.choose(Kind::Season, Format::Announcement);
        QVERIFY(page.output().errors.isEmpty());
        const qint64 talk = page.output().talks.constFirst().meta.id;
        QCOMPARE(m_storage->announcements().forTalk(talk).value().size(), 0);
        QVERIFY(page.saveTo(m_dir.filePath(QStringLiteral("announcement.eml"))));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("exportCopy")), Qt::LeftButton);
        const QList<Announcement> log = m_storage->announcements().forTalk(talk).value();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).channel, Announcement::Channel::File);
        QCOMPARE(log.at(1).channel, Announcement::Channel::Clipboard);
        QCOMPARE(log.at(0).templateName, QStringLiteral("announcement"));
    }

    void nothingToExportIsSaid()
    {
        ExportPage page(*m_storage);
        page.show();
        page.choose(Kind::NextUpcoming, Format::Announcement); // the sample series is all in the past
        QVERIFY(page.previewText().isEmpty());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("exportSave"))->isEnabled());
        auto *warnings = page.findChild<QListWidget *>(QStringLiteral("exportWarnings"));
        QVERIFY2(warnings->item(0)->text().startsWith(QStringLiteral("No talk is scheduled from today")), qPrintable(warnings->item(0)->text()));
        page.choose(Kind::Talks, Format::Announcement);
        QCOMPARE(warnings->item(0)->text(), QStringLiteral("No talk is selected in the schedule."));
    }

    void theAnnouncementOfTheSelectedTalk()
    {
        ExportPage page(*m_storage);
        page.show();
        qint64 id = 0;
        for (const Talk &talk : m_storage->talks().all().value()) {
            if (talk.title == QLatin1String("Data and Decision Science at Wikimedia")) {
                id = talk.meta.id;
            }
        }
        page.setSelectedTalk(id);
        page.choose(Kind::Talks, Format::Announcement);
        QVERIFY(page.previewText().startsWith(
                QStringLiteral("To: wikitech-l@lists.wikimedia.org\nSubject: Wikimedia Tech Talks: Data and Decision Science at Wikimedia")));
        QVERIFY(page.output().data.startsWith("Date: "));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("exportMail"))->isEnabled());
        page.choose(Kind::Talks, Format::ICalendar);
        QCOMPARE(page.output().data.count("BEGIN:VEVENT"), 1);
        QCOMPARE(page.output().suggestedFileName, QStringLiteral("talk-2020-02-26.ics"));
    }
};

QTEST_MAIN(TestExportPage)
#include "tst_exportpage.moc"
