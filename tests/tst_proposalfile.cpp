// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/proposalfile.h"
#include "storage/storage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

// Proposals from CSV and JSON files: quoting, newlines in fields, a BOM, wrong headers, empty
// files, bad values named by line and column, and importing the same file twice.
class TestProposalFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedFieldsWithCommasAndNewlines()
    {
        const QByteArray csv = "title,text,proposer,email,received,url\r\n"
                               "\"Bots, scrapers and offline readers\",\"Parsoid output:\n\"\"HTML\"\" for everyone\",C. "
                               "Scott,cscott@example.org,2019-05-02,https://example.org/1\r\n"
                               "\r\n"
                               "Plain title,,,,2019-06-01T17:30:00Z,\n";
        auto contents = ProposalFile::readCsv(csv);
        QVERIFY(contents);
        QCOMPARE(contents.value().problems.size(), 0);
        QCOMPARE(contents.value().rows.size(), 2);
        const ProposalFile::Row first = contents.value().rows.at(0);
        QCOMPARE(first.title, QStringLiteral("Bots, scrapers and offline readers"));
        QCOMPARE(first.text, QStringLiteral("Parsoid output:\n\"HTML\" for everyone"));
        QCOMPARE(first.received, QDateTime(QDate(2019, 5, 2), QTime(0, 0), Qt::UTC));
        QCOMPARE(first.line, 2);
        const ProposalFile::Row second = contents.value().rows.at(1);
        QCOMPARE(second.line, 5); // the quoted newline counts; the blank line is skipped
        QCOMPARE(second.received, QDateTime(QDate(2019, 6, 1), QTime(17, 30), Qt::UTC));
    }

    void byteOrderMarkAndColumnOrder()
    {
        auto contents = ProposalFile::readCsv("\xEF\xBB\xBFproposer,Title\nMoriel,Right-to-left support\n");
        QVERIFY(contents);
        QCOMPARE(contents.value().rows.size(), 1);
        QCOMPARE(contents.value().rows.first().title, QStringLiteral("Right-to-left support"));
        QCOMPARE(contents.value().rows.first().proposer, QStringLiteral("Moriel"));
    }

    void wholeFileErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << QStringLiteral("empty");
        QTest::newRow("misspelt column") << QByteArray("titel,text\nA,B\n") << QStringLiteral("column 1 of the header: “titel”");
        QTest::newRow("no title column") << QByteArray("text,proposer\nA,B\n") << QStringLiteral("no “title” column");
        QTest::newRow("column twice") << QByteArray("title,title\nA,B\n") << QStringLiteral("twice");
        QTest::newRow("not UTF-8") << QByteArray("title\nCaf\xE9\n") << QStringLiteral("not UTF-8");
    }

    void wholeFileErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        auto contents = ProposalFile::readCsv(bytes);
        QVERIFY(!contents);
        QVERIFY2(contents.error().message.contains(says), qPrintable(contents.error().message));
    }

    // Found by fuzzing: a JSON file whose top level is not an array was refused without a line.
    void jsonThatIsNoArraySaysWhere()
    {
        auto contents = ProposalFile::readJson("\n\n  {\"title\": \"A\"}");
        QVERIFY(!contents);
        QVERIFY2(contents.error().message.startsWith(QStringLiteral("line 3:")), qPrintable(contents.error().message));
    }

    void rowProblemsNameLineAndColumn()
    {
        const QByteArray csv = "title,received,email,url\n"
                               "Good one,2020-01-02,a@example.org,https://example.org\n"
                               ",2020-01-02,,\n"
                               "Bad date,02/01/2020,,\n"
                               "Bad mail,,not-an-address,\n"
                               "Bad link,,,javascript:alert(1)\n"
                               "Too many,,,,extra\n"
                               "\"Unclosed,2020-01-02,,\n";
        auto contents = ProposalFile::readCsv(csv);
        QVERIFY(contents);
        QCOMPARE(contents.value().rows.size(), 1);
        const auto problems = contents.value().problems;
        QCOMPARE(problems.size(), 6);
        QCOMPARE(problems.at(0).line, 3);
        QCOMPARE(problems.at(0).column, QStringLiteral("title"));
        QCOMPARE(problems.at(1).line, 4);
        QCOMPARE(problems.at(1).column, QStringLiteral("received"));
        QCOMPARE(problems.at(2).column, QStringLiteral("email"));
        QCOMPARE(problems.at(3).column, QStringLiteral("url"));
        QCOMPARE(problems.at(4).line, 7);
        QVERIFY(problems.at(4).message.contains(QStringLiteral("5 fields")));
        QCOMPARE(problems.at(5).line, 8);
        QVERIFY(problems.at(5).message.contains(QStringLiteral("never closed")));
        QCOMPARE(ProposalFile::describe(QStringLiteral("in.csv"), problems.at(1)).left(18), QStringLiteral("in.csv:4: received"));
    }

    void json()
    {
        const QByteArray json = "[\n  {\"title\": \"Wikidata\", \"proposer\": \"Lydia\", \"received\": \"2019-03-01\"},\n"
                                "  {\"title\": \"\",\n   \"text\": \"no title\"},\n"
                                "  {\"title\": \"Odd key\", \"speaker\": \"x\"},\n"
                                "  {\"title\": 5}\n]";
        auto contents = ProposalFile::readJson(json);
        QVERIFY(contents);
        QCOMPARE(contents.value().rows.size(), 1);
        QCOMPARE(contents.value().rows.first().proposer, QStringLiteral("Lydia"));
        QCOMPARE(contents.value().problems.size(), 3);
        QCOMPARE(contents.value().problems.at(0).line, 3);
        QCOMPARE(contents.value().problems.at(1).line, 5);
        QCOMPARE(contents.value().problems.at(1).column, QStringLiteral("speaker"));
        QCOMPARE(contents.value().problems.at(2).line, 6);

        auto broken = ProposalFile::readJson("[\n {\"title\": \"a\",}\n]");
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.startsWith(QStringLiteral("line 2, column")), qPrintable(broken.error().message));
        QVERIFY(!ProposalFile::readJson("{\"title\": \"a\"}"));
    }

    void importingTwiceAddsNothing()
    {
        QTemporaryDir dir;
        auto storage = Storage::open(dir.filePath(QStringLiteral("import.sqlite")));
        QVERIFY(storage);
        QVERIFY(storage.value()->ensureSeries(QStringLiteral("Tech Talks")));
        const QString path = dir.filePath(QStringLiteral("proposals.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("title,proposer,email\nA talk,Ana,ana@example.org\nAnother talk,Bo,\nA talk,Ana,ana@example.org\n");
        file.close();
        auto contents = ProposalFile::read(path);
        QVERIFY(contents);
        auto first = ProposalFile::import(*storage.value(), contents.value().rows);
        QVERIFY(first);
        QCOMPARE(first.value().added, 2); // the repeated row is the same proposal
        QCOMPARE(first.value().alreadyThere, 1);
        auto second = ProposalFile::import(*storage.value(), contents.value().rows);
        QCOMPARE(second.value().added, 0);
        QCOMPARE(second.value().alreadyThere, 3);
        QCOMPARE(storage.value()->proposals().count().value(), 2);
        const auto all = storage.value()->proposals().all().value();
        const auto it = std::find_if(all.cbegin(), all.cend(), [](const Proposal &p) { return p.title == QLatin1String("A talk"); });
        QVERIFY(it != all.cend());
        QCOMPARE(it->proposerEmail, QStringLiteral("ana@example.org"));
        QCOMPARE(it->source, ProposalSource::Import);
    }
};

QTEST_GUILESS_MAIN(TestProposalFile)
#include "tst_proposalfile.moc"
