// SPDX-License-Identifier: GPL-2.0-or-later
#include "clirun.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The defects found by fuzzing the importers and by hand-made bad input (issue "Hardening"),
// each as a user meets it: lectern-cli on a real file.
class TestHardening : public QObject
{
    Q_OBJECT

    using Run = CliRun::Run;

    QTemporaryDir m_dir;
    QString m_db;

    static QStringList args(const QString &line) { return CliRun::args(line); }
    Run cli(const QStringList &arguments, const QString &database = QString()) const { return CliRun::run(arguments, database.isEmpty() ? m_db : database); }

    QString writeInput(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        TestUtil::writeFile(path, bytes);
        return path;
    }

    int proposalCount(const QString &database = QString()) const
    {
        return int(cli(args(QStringLiteral("proposals|list|--json")), database).json().array().size());
    }

    // Runs `count` lectern-cli processes with the same arguments at once and waits for all.
    QList<Run> concurrently(int count, const QStringList &arguments, const QString &database) const
    {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < count; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(CliRun::environment(database));
            processes.push_back(std::move(process));
        }
        for (auto &process : processes) {
            process->start(QStringLiteral(LECTERN_CLI), arguments);
        }
        QList<Run> runs;
        for (auto &process : processes) {
            process->waitForFinished(30000);
            runs.append({process->exitCode(), process->readAllStandardOutput(), QString::fromUtf8(process->readAllStandardError())});
        }
        return runs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("hardening.sqlite"));
        const Run init = cli(args(QStringLiteral("init|--demo")));
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    }

    // 1. A NUL byte in a CSV file used to end the file there: rows after it were lost
    // without a word. Every row is now imported or reported with its line and column.
    void nulByteInCsvIsReportedNotTheEndOfTheFile()
    {
        const QString path = writeInput(QStringLiteral("nul.csv"), QByteArray("title\nRow 1\nRow 2\nRow 3\0\nRow 4\nRow 5\n", 37));
        const int before = proposalCount();
        const Run refused = cli({QStringLiteral("proposals"), QStringLiteral("import"), path});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(path + QStringLiteral(":4:")) && refused.err.contains(QStringLiteral("column 6")), qPrintable(refused.err));
        QCOMPARE(proposalCount(), before);

        const Run valid = cli({QStringLiteral("proposals"), QStringLiteral("import"), path, QStringLiteral("--valid-rows")});
        QVERIFY2(valid.exitCode == 0, qPrintable(valid.err));
        QCOMPARE(proposalCount(), before + 4);
        const QByteArray listed = cli(args(QStringLiteral("proposals|list|--search|row"))).out;
        QVERIFY(listed.contains("Row 4") && listed.contains("Row 5") && !listed.contains("Row 3"));
    }

    // 2. Two processes creating one new database: one failed with a wrong message, or both
    // loaded the sample series (32 talks, 2 series).
    void concurrentInitCreatesOneSchemaAndOneSampleSeries()
    {
        for (int round = 0; round < 4; ++round) {
            const QString file = m_dir.filePath(QStringLiteral("race-demo-%1.sqlite").arg(round));
            const QList<Run> runs = concurrently(3, args(QStringLiteral("init|--demo")), file);
            int loaded = 0;
            for (const Run &run : runs) {
                QVERIFY2(run.exitCode == 0 || run.exitCode == 2, qPrintable(run.err));
                if (run.exitCode == 0) {
                    ++loaded;
                } else {
                    QVERIFY2(run.err.contains(QStringLiteral("only loaded into an empty database")), qPrintable(run.err));
                }
            }
            QCOMPARE(loaded, 1);
            QCOMPARE(cli(args(QStringLiteral("talks|list|--json")), file).json().array().size(), 16);
            QCOMPARE(TestUtil::rawScalar(file, QStringLiteral("SELECT count(*) FROM series")).toInt(), 1);
        }
        const QString plain = m_dir.filePath(QStringLiteral("race-init.sqlite"));
        for (const Run &run : concurrently(3, args(QStringLiteral("init|--name|Race")), plain)) {
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        QCOMPARE(TestUtil::rawScalar(plain, QStringLiteral("SELECT count(*) FROM series")).toInt(), 1);
    }

    // The sample series goes into an empty database only: never a second copy.
    void demoIntoANonEmptyDatabaseIsRefused()
    {
        const QByteArray before = cli(args(QStringLiteral("talks|list|--json"))).out;
        const Run again = cli(args(QStringLiteral("init|--demo")));
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(m_db), qPrintable(again.err));
        QCOMPARE(cli(args(QStringLiteral("talks|list|--json"))).out, before);
    }

    // 3. An unreadable .ics used to print the library's echo of the whole file (982 KB for
    // 886 KB) and "KCalendarCore error 2".
    void unreadableIcsGivesOneMessageWithItsLine()
    {
        QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n";
        for (int i = 0; i < 2000; ++i) {
            ics += "BEGIN:VEVENT\r\nUID:cut-" + QByteArray::number(i) + "\r\nDTSTART:20300101T180000Z\r\nSUMMARY:A talk that never ends\r\n";
        }
        const QString path = writeInput(QStringLiteral("truncated.ics"), ics);
        const Run run = cli({QStringLiteral("import"), QStringLiteral("ics"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.size() < 600, qPrintable(QStringLiteral("%1 bytes on stderr").arg(run.err.size())));
        QVERIFY2(run.err.contains(path) && run.err.contains(QStringLiteral("line ")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("KCalendarCore error")), qPrintable(run.err));
    }

    // 4. Dates after the year 3000 were accepted and then exported as DTSTART:00000000T000000.
    void datesOutsideWhatEveryOutputWritesAreRefused()
    {
        for (const QString &date : {QStringLiteral("3001-01-01"), QStringLiteral("9999-12-31"), QStringLiteral("1899-12-31")}) {
            const Run run = cli({QStringLiteral("talks"),
                                 QStringLiteral("add"),
                                 QStringLiteral("--title"),
                                 QStringLiteral("Far"),
                                 QStringLiteral("--date"),
                                 date,
                                 QStringLiteral("--force")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("date")) && run.err.contains(QStringLiteral("2999")), qPrintable(run.err));
        }
        QCOMPARE(cli(args(QStringLiteral("talks|add|--title|Edge|--date|2999-12-31|--time|10:00|--force"))).exitCode, 0);
        // A row written by something else (an older Lectern) never reaches a file as an
        // invalid property: it is left out with a note.
        const QString other = m_dir.filePath(QStringLiteral("far.sqlite"));
        QCOMPARE(cli(args(QStringLiteral("init")), other).exitCode, 0);
        QCOMPARE(cli(args(QStringLiteral("talks|add|--title|Far|--date|2030-01-09|--time|18:00|--force")), other).exitCode, 0);
        QVERIFY(TestUtil::rawSql(other, {QStringLiteral("UPDATE talks SET talk_date = '3001-01-09'")}));
        const Run ics = cli(args(QStringLiteral("export|ics")), other);
        QVERIFY(!ics.out.contains("DTSTART:0000"));
        QVERIFY2(ics.err.contains(QStringLiteral("3001")), qPrintable(ics.err));
    }

    // 5. A %N in user text or in a path was replaced by the next value of a chained arg().
    void percentPlaceholdersInUserTextStayAsTyped()
    {
        const QString evil = QStringLiteral("Evil %2 and %4 %1%3%5%6%7%8%9");
        const QString folder = m_dir.filePath(QStringLiteral("dir %1 %2 %9"));
        QVERIFY(QDir().mkpath(folder));
        const QString database = folder + QStringLiteral("/db %2.sqlite");
        const Run init = cli(args(QStringLiteral("init")), database);
        QVERIFY2(init.exitCode == 0 && init.out.contains(database.toUtf8()), init.out.constData());

        const Run first = cli({QStringLiteral("speakers"), QStringLiteral("add"), QStringLiteral("--name"), evil}, database);
        const Run second = cli({QStringLiteral("speakers"), QStringLiteral("add"), QStringLiteral("--name"), evil}, database);
        QVERIFY2(first.exitCode == 0 && second.exitCode == 0, qPrintable(first.err + second.err));
        const QJsonArray speakers = cli(args(QStringLiteral("speakers|list|--json")), database).json().array();
        QCOMPARE(speakers.size(), 2);
        const Run merged = cli({QStringLiteral("speakers"),
                                QStringLiteral("merge"),
                                QString::number(speakers.at(0).toObject().value(QLatin1String("id")).toInt()),
                                QString::number(speakers.at(1).toObject().value(QLatin1String("id")).toInt())},
                               database);
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
        QVERIFY2(QString::fromUtf8(merged.out).contains(QStringLiteral("“%1”").arg(evil)), merged.out.constData());

        const QString ics = folder + QStringLiteral("/cal %2 %3.ics");
        TestUtil::writeFile(ics, "not a calendar");
        const Run icsRun = cli({QStringLiteral("import"), QStringLiteral("ics"), ics}, database);
        QCOMPARE(icsRun.exitCode, 2);
        QVERIFY2(icsRun.err.contains(ics), qPrintable(icsRun.err));

        const QString csv = folder + QStringLiteral("/props %2.csv");
        TestUtil::writeFile(csv, "title,received\nA talk,not a date\n");
        const Run csvRun = cli({QStringLiteral("proposals"), QStringLiteral("import"), csv}, database);
        QCOMPARE(csvRun.exitCode, 2);
        QVERIFY2(csvRun.err.contains(csv + QStringLiteral(":2:")), qPrintable(csvRun.err));
    }

    // 6. Impossible times in `received` were stored as midnight.
    void impossibleReceivedTimesAreRefusedWithTheirPlace_data()
    {
        QTest::addColumn<QString>("received");
        QTest::newRow("99:99") << QStringLiteral("2026-03-01T99:99");
        QTest::newRow("25:61") << QStringLiteral("9999-12-31T25:61");
        QTest::newRow("trailing junk") << QStringLiteral("2026-03-01xyz");
        QTest::newRow("30 February") << QStringLiteral("2026-02-30");
    }

    void impossibleReceivedTimesAreRefusedWithTheirPlace()
    {
        QFETCH(QString, received);
        const QString path = writeInput(QStringLiteral("received.csv"), "title,received\nTimely talk," + received.toUtf8() + "\n");
        const Run run = cli({QStringLiteral("proposals"), QStringLiteral("import"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path + QStringLiteral(":2:")) && run.err.contains(QStringLiteral("received")) && run.err.contains(received),
                 qPrintable(run.err));
        const QString json = writeInput(QStringLiteral("received.json"), "[{\"title\": \"Timely talk\", \"received\": \"" + received.toUtf8() + "\"}]");
        QCOMPARE(cli({QStringLiteral("proposals"), QStringLiteral("import"), json}).exitCode, 2);
    }

    void validReceivedTimesAreKept()
    {
        const QString path = writeInput(QStringLiteral("received-ok.csv"),
                                        "title,received\nOn time,2026-03-01T09:30\nWith zone,2026-03-02T10:00:00+02:00\nDay only,2026-03-03\n");
        const Run run = cli({QStringLiteral("proposals"), QStringLiteral("import"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    // 7. A JSON file starting with a byte-order mark was read as CSV.
    void jsonWithAByteOrderMarkIsJson()
    {
        const QString path = writeInput(QStringLiteral("bom.json"), "\xEF\xBB\xBF[{\"title\": \"From a BOM file\"}]");
        const Run run = cli({QStringLiteral("proposals"), QStringLiteral("import"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(cli(args(QStringLiteral("proposals|list|--search|bom"))).out.contains("From a BOM file"));
        const QString broken = writeInput(QStringLiteral("bom-broken.json"), "\xEF\xBB\xBF[{\"title\": }]");
        const Run bad = cli({QStringLiteral("proposals"), QStringLiteral("import"), broken});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("JSON")) && !bad.err.contains(QStringLiteral("header")), qPrintable(bad.err));
    }

    // 8. A line break in an email address (a header injection) passed the import's check.
    void lineBreaksInEmailsAreRefused()
    {
        const QString csv = writeInput(QStringLiteral("inject.csv"), "title,email\nInjected,\"a@example.org\r\nX-Injected:yes\"\n");
        const Run run = cli({QStringLiteral("proposals"), QStringLiteral("import"), csv});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(csv + QStringLiteral(":2:")) && run.err.contains(QStringLiteral("email")), qPrintable(run.err));
        const QString json = writeInput(QStringLiteral("inject.json"), "[{\"title\": \"Injected\", \"email\": \"a@example.org\\r\\nX-Injected:yes\"}]");
        QCOMPARE(cli({QStringLiteral("proposals"), QStringLiteral("import"), json}).exitCode, 2);
        QVERIFY(!cli(args(QStringLiteral("proposals|list|--search|injected"))).out.contains("Injected"));
    }

    // 9. A database path that is a link to /dev/null got "disk I/O error", after SQLite had
    // made /dev/null-journal.
    void nonRegularFilesAreRefusedBeforeSqliteTouchesThem()
    {
        const QString link = m_dir.filePath(QStringLiteral("devnull.sqlite"));
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), link));
        const bool journalBefore = QFileInfo::exists(QStringLiteral("/dev/null-journal"));
        for (const QString &command : {QStringLiteral("talks|list"), QStringLiteral("init")}) {
            const Run run = cli(args(command), link);
            QCOMPARE(run.exitCode, 4);
            QVERIFY2(run.err.contains(QStringLiteral("not a regular file")), qPrintable(run.err));
        }
        if (!journalBefore) {
            QVERIFY(!QFileInfo::exists(QStringLiteral("/dev/null-journal")));
            QVERIFY(!QFileInfo::exists(QStringLiteral("/dev/null-wal")));
        }
    }

    // 10. Read-only commands turned a zero-byte file into a database (0 → 172 KB).
    void emptyFilesAreNotInitialisedByOtherCommands()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
        TestUtil::writeFile(empty, QByteArray());
        for (const QString &command :
             {QStringLiteral("talks|list"), QStringLiteral("talks|add|--title|X|--date|2030-01-09|--force"), QStringLiteral("proposals|list")}) {
            const Run run = cli(args(command), empty);
            QCOMPARE(run.exitCode, 4);
            QVERIFY2(run.err.contains(QStringLiteral("is empty")) && run.err.contains(QStringLiteral("init")), qPrintable(run.err));
            QCOMPARE(QFileInfo(empty).size(), 0);
            QVERIFY(!QFileInfo::exists(empty + QStringLiteral("-wal")));
        }
        QCOMPARE(cli(args(QStringLiteral("init")), empty).exitCode, 0);
        QCOMPARE(cli(args(QStringLiteral("talks|list")), empty).exitCode, 0);
    }

    // 11. Refusals name the file and the line and column (a sample of the fuzzers' cases).
    void refusalsNameTheirPlace_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("place");
        QTest::newRow("csv not utf-8") << QStringLiteral("latin1.csv") << QByteArray("title\nCaf\xE9 talk\n") << QStringLiteral("line 2, column 4");
        QTest::newRow("csv unknown column") << QStringLiteral("columns.csv") << QByteArray("title,colour\nA,red\n") << QStringLiteral("line 1, column 2");
        QTest::newRow("json broken") << QStringLiteral("broken.json") << QByteArray("[\n{\"title\": \"A\"},\n{\"title\" \"B\"}\n]")
                                     << QStringLiteral("line 3, column");
        QTest::newRow("ics not a calendar") << QStringLiteral("plain.ics") << QByteArray("hello\nworld\n") << QStringLiteral("line 1");
        QTest::newRow("ics no end")
                << QStringLiteral("noend.ics")
                << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20300101T180000Z\r\nSUMMARY:S\r\nEND:VEVENT\r\n")
                << QStringLiteral("line 7");
    }

    void refusalsNameTheirPlace()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, place);
        const QString path = writeInput(name, content);
        const QStringList command = name.endsWith(QLatin1String(".ics")) ? QStringList{QStringLiteral("import"), QStringLiteral("ics"), path}
                                                                         : QStringList{QStringLiteral("proposals"), QStringLiteral("import"), path};
        const Run run = cli(command);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path) && run.err.contains(place), qPrintable(run.err));
    }

    // Calendar files from other programs never end in a database error (exit 4): each is
    // imported (exit 0) or refused with its line (exit 2).
    void calendarsFromOtherProgramsNeverFailTheDatabase()
    {
        const QString database = m_dir.filePath(QStringLiteral("calendars.sqlite"));
        QCOMPARE(cli(args(QStringLiteral("init")), database).exitCode, 0);
        const QDir fixtures(QStringLiteral(TEST_DATA_DIR "/ical"));
        const QStringList files = fixtures.entryList({QStringLiteral("*.ics")});
        QVERIFY(files.size() >= 10);
        for (const QString &name : files) {
            const QString path = fixtures.filePath(name);
            const Run run =
                    cli({QStringLiteral("import"), QStringLiteral("ics"), path, QStringLiteral("--occurrences"), QStringLiteral("2030-01-01..2030-12-31")},
                        database);
            QVERIFY2(run.exitCode == 0 || run.exitCode == 2, qPrintable(name + QLatin1Char(' ') + run.err));
            if (run.exitCode == 0) {
                QVERIFY2(run.out.contains(" created, ") && run.out.contains(" skipped."), run.out.constData());
            } else {
                QVERIFY2(run.err.contains(path + QStringLiteral(": line ")), qPrintable(run.err));
            }
        }
        const QString mixed = fixtures.filePath(QStringLiteral("mixed-components.ics"));
        const Run skipped = cli({QStringLiteral("import"), QStringLiteral("ics"), mixed}, database);
        QCOMPARE(skipped.exitCode, 0);
        QVERIFY2(skipped.out.contains(QString(mixed + QStringLiteral(":10: “Three-day conference”")).toUtf8()), skipped.out.constData());
        QVERIFY2(skipped.out.contains("0 created, 0 updated, 2 unchanged, 4 skipped."), skipped.out.constData());
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("ics"), mixed, QStringLiteral("--strict")}, database).exitCode, 2);
        const Run badRange =
                cli({QStringLiteral("import"), QStringLiteral("ics"), mixed, QStringLiteral("--occurrences"), QStringLiteral("2030-13-01..")}, database);
        QCOMPARE(badRange.exitCode, 2);
        QVERIFY2(badRange.err.contains(QStringLiteral("--occurrences")), qPrintable(badRange.err));
        // KCalendarCore's own lines never reach the user.
        QVERIFY2(!skipped.err.contains(QStringLiteral("kf.calendarcore")) && !skipped.err.contains(QStringLiteral("Report a bug")), qPrintable(skipped.err));
    }

    // 12. Messages joined with their own full stop ended in "..".
    void joinedMessagesEndInOneFullStop()
    {
        const Run run = cli(args(QStringLiteral("talks|add|--title|Long|--date|2030-01-09|--duration|5260320|--force")));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.contains(QStringLiteral("..")), qPrintable(run.err));
        const QString ics = writeInput(QStringLiteral("long.ics"),
                                       "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:long-1\r\nDTSTART:20300101T180000Z\r\n"
                                       "DTEND:20300102T190000Z\r\nSUMMARY:Very long\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        const Run import = cli({QStringLiteral("import"), QStringLiteral("ics"), ics, QStringLiteral("--strict")});
        QVERIFY2(!import.err.contains(QStringLiteral("..")) && !QString::fromUtf8(import.out).contains(QStringLiteral("..")), qPrintable(import.err));
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
