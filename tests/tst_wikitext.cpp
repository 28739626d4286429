// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "export/wikitextexport.h"
#include "storage/storage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class TestWikiText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;

    QString listing(const QList<Talk> &talks) const
    {
        QHash<qint64, Speaker> speakers;
        for (const Speaker &speaker : m_storage->speakers().all().value()) {
            speakers.insert(speaker.meta.id, speaker);
        }
        return WikiTextExport::write(m_storage->series().current().value(), talks, speakers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("wiki.sqlite")));
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
    }

    void theSampleSeriesListing()
    {
        const QString text = listing(m_storage->talks().all().value());
        QCOMPARE(text.count(QStringLiteral("\n== Season ")) + (text.startsWith(QStringLiteral("== Season ")) ? 1 : 0), 16);
        QVERIFY(text.startsWith(QStringLiteral("= Season 1 =")));
        QVERIFY(text.contains(QStringLiteral("\n= Season 2 =\n")));
        QVERIFY(text.contains(QStringLiteral("== Season 2. Episode 1: Data and Decision Science at Wikimedia ==\n"
                                             "* '''Date and time:''' Wednesday, 26 February 2020, 18:00–18:45 UTC (45 minutes)\n"
                                             "* '''Stream:''' TBA\n"
                                             "* '''Slides:''' TBA\n"
                                             "* '''Speakers:''' Kate Zimmerman (Head of Product Analytics); Sarah Rodlund (host)\n"
                                             "* '''Topic areas:''' Technology, data, data visualization\n")));
        QVERIFY(text.contains(QStringLiteral("Wednesday, 23 October 2019, time TBA (45 minutes)")));
        QVERIFY(text.contains(QStringLiteral("Srishti Sethi (Developer Advocate, Wikimedia Foundation)")));
        QVERIFY(text.contains(QStringLiteral("Evan Prodromou; Gilles Dubuc")));
        QVERIFY(text.contains(QStringLiteral("Tuesday, 25 June 2019, 18:00–18:45 UTC")));
    }

    void oneSeasonHasNoSeasonHeading()
    {
        QList<Talk> second;
        for (const Talk &talk : m_storage->talks().all().value()) {
            if (talk.season == 2) {
                second << talk;
            }
        }
        const QString text = listing(second);
        QVERIFY(!text.contains(QStringLiteral("= Season 2 =\n")));
        QCOMPARE(text.count(QStringLiteral("== Season 2. Episode ")), 5);
    }

    void textNeverBecomesMarkup_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("link") << QStringLiteral("[[Main Page]] and [https://x y]") << QStringLiteral("<nowiki>[[Main Page]] and [https://x y]</nowiki>");
        QTest::newRow("template") << QStringLiteral("{{delete}}") << QStringLiteral("<nowiki>{{delete}}</nowiki>");
        QTest::newRow("bold") << QStringLiteral("'''loud'''") << QStringLiteral("<nowiki>'''loud'''</nowiki>");
        QTest::newRow("tag") << QStringLiteral("<script>x</script>") << QStringLiteral("<nowiki><script>x</script></nowiki>");
        QTest::newRow("closing nowiki") << QStringLiteral("a</nowiki>[[b]]") << QStringLiteral("<nowiki>a&lt;/nowiki&gt;[[b]]</nowiki>");
        QTest::newRow("signature") << QStringLiteral("~~~~") << QStringLiteral("<nowiki>~~~~</nowiki>");
        QTest::newRow("plain") << QStringLiteral("Plain: #hash; and * star") << QStringLiteral("Plain: #hash; and * star");
        QTest::newRow("newline") << QStringLiteral("two\nlines") << QStringLiteral("two lines");
    }

    void textNeverBecomesMarkup()
    {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        QCOMPARE(WikiTextExport::escaped(title), expected);
    }
};

QTEST_GUILESS_MAIN(TestWikiText)
#include "tst_wikitext.moc"
