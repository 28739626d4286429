// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "speakers/duplicatefinder.h"
#include "speakers/speakermerger.h"
#include "storage/migrations.h"
#include "storage/sqlutil.h"
#include "storage/storage.h"
#include "support/testdatabase.h"
#include "testutil.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

Q_DECLARE_METATYPE(Lectern::Speaker)

class TestSpeakers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;

    qint64 idOf(const QString &name) const { return m_storage->speakers().findByName(name).value().value(0).meta.id; }

    // Every row of the tables a merge touches, stamps of change left out.
    QStringList rows() const
    {
        QStringList out;
        for (const char *table : {"speakers", "speaker_emails", "talk_speakers", "proposal_speakers"}) {
            auto q = Sql::run(m_storage->database().connection(), QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QString::fromLatin1(table)));
            while (q && q.value().next()) {
                QStringList values;
                const QSqlRecord record = q.value().record();
                for (int i = 0; i < record.count(); ++i) {
                    if (record.fieldName(i) != QLatin1String("version") && record.fieldName(i) != QLatin1String("modified_at")) {
                        values << q.value().value(i).toString();
                    }
                }
                out << QString::fromLatin1(table) + QLatin1Char(':') + values.join(QLatin1Char('|'));
            }
        }
        return out;
    }

    static Speaker speaker(const QString &name, const QStringList &emails = {})
    {
        Speaker s;
        s.name = name;
        s.emails = emails;
        return s;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        LECTERN_FRESH_DATABASE(location, m_dir, QStringLiteral("speakers%1").arg(++n));
        auto storage = Storage::open(location);
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
    }

    void cleanup() { m_storage.reset(); }

    void migratesEmailsFromSchemaOne()
    {
        LECTERN_SQLITE_ONLY("a file of schema 1 and its backup copy");
        const QString file = m_dir.filePath(QStringLiteral("schema1.sqlite"));
        {
            auto v1 = Database::open(file, Database::OpenMode::CreateIfMissing, {Migrations::steps().first()});
            QVERIFY(v1);
            QCOMPARE(v1.value()->schemaVersion(), 1);
            QVERIFY(Sql::run(v1.value()->connection(),
                             QStringLiteral("INSERT INTO speakers (name, email, created_at, modified_at) VALUES ('Zoë', ' zoe@example.org ', 'a', 'b'), "
                                            "('Nobody', '', 'a', 'b')")));
            QVERIFY(Sql::run(v1.value()->connection(), QStringLiteral("INSERT INTO series (name, created_at, modified_at) VALUES ('S', 'a', 'b')")));
            QVERIFY(Sql::run(
                    v1.value()->connection(),
                    QStringLiteral(
                            "INSERT INTO proposals (series_id, title, body, created_at, modified_at) VALUES (1, 'Wikidata für alle', 'Abfragen', 'a', 'b')")));
        }
        auto storage = Storage::open(file, Database::OpenMode::MustExist);
        QVERIFY2(storage, qPrintable(storage ? QString() : storage.error().message));
        QCOMPARE(storage.value()->database().schemaVersion(), Migrations::latestVersion());
        QVERIFY(QFile::exists(storage.value()->database().backupPath()));
        const auto speakers = storage.value()->speakers().all().value();
        QCOMPARE(speakers.size(), 2);
        QCOMPARE(speakers.at(1).name, QStringLiteral("Zoë"));
        QCOMPARE(speakers.at(1).emails, QStringList{QStringLiteral("zoe@example.org")});
        QVERIFY(speakers.at(0).emails.isEmpty());
        QVERIFY(!storage.value()->database().connection().record(QStringLiteral("speakers")).contains(QStringLiteral("email")));
        // Schema 3 indexed the proposals that were already there.
        QCOMPARE(storage.value()->proposals().search(QStringLiteral("fur abfrag")).value().size(), 1);
    }

    void theSampleSeriesHasOneDuplicate()
    {
        const auto pairs = DuplicateFinder::find(m_storage->speakers().all().value());
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(std::make_pair(pairs.first().first, pairs.first().second),
                 std::make_pair(std::min(idOf(QStringLiteral("Moriel Shottlender")), idOf(QStringLiteral("Moriel Schottlender"))),
                                std::max(idOf(QStringLiteral("Moriel Shottlender")), idOf(QStringLiteral("Moriel Schottlender")))));
        QVERIFY(pairs.first().reason.contains(QStringLiteral("spelled almost alike")));
    }

    void constructedCases_data()
    {
        QTest::addColumn<Speaker>("a");
        QTest::addColumn<Speaker>("b");
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("diacritics") << speaker(QStringLiteral("Niklas Laxström")) << speaker(QStringLiteral("Niklas Laxstrom")) << true;
        QTest::newRow("case and punctuation") << speaker(QStringLiteral("c. scott ananian")) << speaker(QStringLiteral("C Scott Ananian")) << true;
        QTest::newRow("hyphen") << speaker(QStringLiteral("Diego Saez-Trumper")) << speaker(QStringLiteral("Diego Saez Trumper")) << true;
        QTest::newRow("middle initial") << speaker(QStringLiteral("Sarah R. Rodlund")) << speaker(QStringLiteral("Sarah Rodlund")) << true;
        QTest::newRow("transposed letters") << speaker(QStringLiteral("Roan Kattouw")) << speaker(QStringLiteral("Roan Katotuw")) << true;
        QTest::newRow("a missing letter") << speaker(QStringLiteral("Moriel Shottlender")) << speaker(QStringLiteral("Moriel Schottlender")) << true;
        QTest::newRow("same email, other names") << speaker(QStringLiteral("Andrew Otto"), {QStringLiteral("otto@example.org")})
                                                 << speaker(QStringLiteral("A. Otto (Analytics)"), {QStringLiteral("OTTO@example.org")}) << true;
        QTest::newRow("another given name") << speaker(QStringLiteral("Evan Prodromou")) << speaker(QStringLiteral("Ivan Prodromou")) << false;
        QTest::newRow("different people") << speaker(QStringLiteral("Kate Zimmerman")) << speaker(QStringLiteral("Kate Zimmermann-Berg")) << false;
        QTest::newRow("short family names") << speaker(QStringLiteral("Ana Lee")) << speaker(QStringLiteral("Ana Lei")) << false;
        QTest::newRow("numbers") << speaker(QStringLiteral("Ana García 41")) << speaker(QStringLiteral("Ana García 42")) << false;
        QTest::newRow("two letters apart, short") << speaker(QStringLiteral("Dan Andreescu")) << speaker(QStringLiteral("Dan Andersson")) << false;
    }

    void constructedCases()
    {
        QFETCH(Speaker, a);
        QFETCH(Speaker, b);
        QFETCH(bool, duplicate);
        a.meta.id = 1;
        b.meta.id = 2;
        const auto pairs = DuplicateFinder::find({a, b});
        QCOMPARE(!pairs.isEmpty(), duplicate);
    }

    void editDistance()
    {
        QCOMPARE(DuplicateFinder::editDistance(QStringLiteral("shottlender"), QStringLiteral("schottlender"), 2), 1);
        QCOMPARE(DuplicateFinder::editDistance(QStringLiteral("kattouw"), QStringLiteral("katotuw"), 2), 1);
        QCOMPARE(DuplicateFinder::editDistance(QStringLiteral("abc"), QStringLiteral("xyz"), 1), 2); // stops past the limit
        QCOMPARE(DuplicateFinder::normalizedName(QStringLiteral("  Zoë  O'Brien-Smith ")), QStringLiteral("zoe obrien smith"));
    }

    void mergeRelinksEverythingAndUndoRestoresEverything()
    {
        const qint64 keep = idOf(QStringLiteral("Moriel Shottlender")); // the talk's spelling
        const qint64 other = idOf(QStringLiteral("Moriel Schottlender")); // the nomination's
        Speaker withMail = m_storage->speakers().find(other).value();
        withMail.emails = QStringList{QStringLiteral("moriel@example.org")};
        withMail.timeZone = QStringLiteral("America/Los_Angeles");
        QVERIFY(m_storage->speakers().update(withMail));
        Speaker keptRecord = m_storage->speakers().find(keep).value();
        keptRecord.emails = QStringList{QStringLiteral("mshottlender@example.org")};
        QVERIFY(m_storage->speakers().update(keptRecord));

        const QStringList before = rows();
        const Speaker keepBefore = m_storage->speakers().find(keep).value();
        const Speaker otherBefore = m_storage->speakers().find(other).value();
        Speaker chosen = SpeakerMerger::proposedMerge(keepBefore, otherBefore);
        chosen.name = QStringLiteral("Moriel Schottlender"); // the correct spelling wins
        auto record = SpeakerMerger::merge(*m_storage, keep, other, chosen);
        QVERIFY2(record, qPrintable(record ? QString() : record.error().message));

        QVERIFY(!m_storage->speakers().find(other));
        const Speaker merged = m_storage->speakers().find(keep).value();
        QCOMPARE(merged.name, QStringLiteral("Moriel Schottlender"));
        QCOMPARE(merged.emails, (QStringList{QStringLiteral("mshottlender@example.org"), QStringLiteral("moriel@example.org")}));
        QCOMPARE(merged.timeZone, QStringLiteral("America/Los_Angeles")); // filled from the other
        QCOMPARE(merged.talkIds.size(), 1); // "Ouch, I have an OOUI"
        bool proposalLinked = false;
        for (const Proposal &p : m_storage->proposals().all().value()) {
            if (p.title == QLatin1String("Right-to-left support")) {
                proposalLinked = p.proposedSpeakers.value(0).speakerId == keep;
            }
        }
        QVERIFY(proposalLinked);
        QVERIFY(DuplicateFinder::find(m_storage->speakers().all().value()).isEmpty());

        QVERIFY(SpeakerMerger::unmerge(*m_storage, record.value()));
        QCOMPARE(rows(), before);
    }

    void mergeRefusals()
    {
        const qint64 keep = idOf(QStringLiteral("Evan Prodromou"));
        QVERIFY(!SpeakerMerger::merge(*m_storage, keep, keep, Speaker()));
        QCOMPARE(SpeakerMerger::merge(*m_storage, keep, 99999, Speaker()).error().kind, Error::Kind::NotFound);
        Speaker broken = m_storage->speakers().find(keep).value();
        broken.emails = QStringList{QStringLiteral("not an address")};
        const QStringList before = rows();
        QVERIFY(!SpeakerMerger::merge(*m_storage, keep, idOf(QStringLiteral("Gilles Dubuc")), broken));
        QCOMPARE(rows(), before); // nothing half done
    }

    void validation_data()
    {
        QTest::addColumn<Speaker>("speaker");
        QTest::addColumn<QString>("field");
        Speaker s = speaker(QStringLiteral("Ok"));
        s.emails = QStringList{QStringLiteral("a@b")};
        QTest::newRow("email without domain dot") << s << QStringLiteral("emails");
        s.emails = QStringList{QStringLiteral("two words@example.org")};
        QTest::newRow("email with a space") << s << QStringLiteral("emails");
        s = speaker(QStringLiteral("Ok"));
        s.links = QStringList{QStringLiteral("example.org/me")};
        QTest::newRow("link without scheme") << s << QStringLiteral("links");
        s = speaker(QStringLiteral("Ok"));
        s.timeZone = QStringLiteral("Europe/Atlantis");
        QTest::newRow("time zone") << s << QStringLiteral("timezone");
        QTest::newRow("no name") << speaker(QStringLiteral("  ")) << QStringLiteral("name");
    }

    void validation()
    {
        QFETCH(Speaker, speaker);
        QFETCH(QString, field);
        const auto errors = speaker.validate();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, field);
        QVERIFY(!m_storage->speakers().add(speaker));
    }

    void directory()
    {
        auto lines = m_storage->speakers().directory(QStringLiteral("prodromou"), QDate(2020, 6, 1));
        QVERIFY(lines);
        QCOMPARE(lines.value().size(), 1);
        QCOMPARE(lines.value().first().talkCount, 2);
        QCOMPARE(lines.value().first().lastTalk, QDate(2019, 5, 23));
        QCOMPARE(lines.value().first().nextTalk, QDate(2020, 6, 5));
        QCOMPARE(m_storage->speakers().directory(QString(), QDate(2020, 6, 1)).value().size(), 23);
        // Sarah is speaker and host: two talks, counted once each.
        QCOMPARE(m_storage->speakers().directory(QStringLiteral("Rodlund"), QDate(2030, 1, 1)).value().first().talkCount, 2);
    }
};

QTEST_GUILESS_MAIN(TestSpeakers)
#include "tst_speakers.moc"
