// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "export/announcementrenderer.h"
#include "export/emlwriter.h"
#include "storage/storage.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Lectern;

class TestEmail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;

    RenderContext contextFor(const QString &title) const
    {
        RenderContext context;
        context.series = m_storage->series().current().value();
        for (const Talk &talk : m_storage->talks().all().value()) {
            if (talk.title == title) {
                context.talk = talk;
            }
        }
        for (const Speaker &speaker : m_storage->speakers().all().value()) {
            context.speakers.insert(speaker.meta.id, speaker);
        }
        return context;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("email.sqlite")));
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
    }

    void theDefaultTemplatesAreStored()
    {
        const qint64 series = m_storage->series().current().value().meta.id;
        auto templates = m_storage->templates().forSeries(series);
        QVERIFY(templates);
        QStringList names;
        for (const EmailTemplate &t : templates.value()) {
            names << t.name;
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("announcement"),
                              QStringLiteral("reminder"),
                              QStringLiteral("call-for-proposals"),
                              QStringLiteral("accepted"),
                              QStringLiteral("declined")}));
        EmailTemplate edited = templates.value().first();
        edited.subject = QStringLiteral("Edited: {title}");
        QVERIFY(m_storage->templates().save(edited));
        QCOMPARE(m_storage->templates().find(series, QStringLiteral("announcement")).value().subject, QStringLiteral("Edited: {title}"));
        QCOMPARE(m_storage->templates().forSeries(series).value().size(), 5); // the defaults are not added twice
        QVERIFY(!m_storage->templates().save(edited)); // a stale version is refused
        QCOMPARE(m_storage->templates().find(series, QStringLiteral("nope")).error().kind, Error::Kind::NotFound);
    }

    void rendersTheAnnouncement()
    {
        const EmailTemplate announcement = EmailTemplate::defaults().first();
        const RenderedEmail email = AnnouncementRenderer::render(announcement, contextFor(QStringLiteral("Data and Decision Science at Wikimedia")));
        QVERIFY(!email.hasErrors());
        QCOMPARE(email.subject,
                 QStringLiteral("Wikimedia Tech Talks: Data and Decision Science at Wikimedia (%1)")
                         .arg(QLocale().toString(QDate(2020, 2, 26), QLocale::LongFormat)));
        QVERIFY(email.body.contains(QStringLiteral("Season 2, Episode 1")));
        QVERIFY(email.body.contains(QStringLiteral("- Kate Zimmerman, Head of Product Analytics\n- Sarah Rodlund (host)")));
        QVERIFY(email.body.contains(QStringLiteral("18:00 UTC, 45 minutes")));
        QVERIFY(email.body.contains(QStringLiteral("Topics: Technology, data, data visualization")));
        QVERIFY(email.body.contains(QStringLiteral("#wikimedia-office")));
        // The sample series has no stream link: a warning that says which placeholder and where.
        QCOMPARE(email.problems.size(), 1);
        QCOMPARE(email.problems.first().placeholder, QStringLiteral("stream_url"));
        QCOMPARE(email.problems.first().severity, TemplateProblem::Severity::Warning);
        QVERIFY2(email.problems.first().message.contains(QStringLiteral("line 16")), qPrintable(email.problems.first().message));
        QVERIFY(email.body.contains(QStringLiteral("Watch the stream: TBA")));
    }

    void timeToBeAnnouncedIsAWarning()
    {
        const RenderedEmail email =
                AnnouncementRenderer::render(EmailTemplate::defaults().first(), contextFor(QStringLiteral("ResourceLoader tips and tricks")));
        QStringList missing;
        for (const TemplateProblem &p : email.problems) {
            missing << p.placeholder;
        }
        QVERIFY(missing.contains(QStringLiteral("time_utc")));
        QVERIFY(missing.contains(QStringLiteral("world_times")));
        QVERIFY(!email.hasErrors());
    }

    void unknownPlaceholdersAreErrorsThatSayWhere()
    {
        EmailTemplate broken;
        broken.subject = QStringLiteral("About {titel}");
        broken.body = QStringLiteral("Line one\nSee {title} and {speakerz} there.\n{ not a placeholder } {}");
        const RenderedEmail email = AnnouncementRenderer::render(broken, contextFor(QStringLiteral("Modern Event Platform")));
        QVERIFY(email.hasErrors());
        QCOMPARE(email.problems.size(), 2);
        QVERIFY2(email.problems.at(0).message.contains(QStringLiteral("{titel}")) && email.problems.at(0).message.contains(QStringLiteral("subject, column 7")),
                 qPrintable(email.problems.at(0).message));
        QVERIFY2(email.problems.at(1).message.contains(QStringLiteral("{speakerz}")) &&
                         email.problems.at(1).message.contains(QStringLiteral("line 2, column 17")),
                 qPrintable(email.problems.at(1).message));
        QVERIFY(email.body.contains(QStringLiteral("See Modern Event Platform and {speakerz} there.")));
        QVERIFY(email.body.endsWith(QStringLiteral("{ not a placeholder } {}")));
    }

    void worldTimes_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QStringList>("zones");
        QTest::addColumn<QString>("expected");
        const QStringList la{QStringLiteral("America/Los_Angeles")};
        // Los Angeles moved to daylight time on 8 March 2020.
        QTest::newRow("before DST") << QDateTime(QDate(2020, 3, 4), QTime(18, 0), QTimeZone::utc()) << la << QStringLiteral("18:00 UTC · 10:00 Los Angeles");
        QTest::newRow("after DST") << QDateTime(QDate(2020, 3, 11), QTime(18, 0), QTimeZone::utc()) << la << QStringLiteral("18:00 UTC · 11:00 Los Angeles");
        QTest::newRow("previous day") << QDateTime(QDate(2020, 3, 11), QTime(2, 0), QTimeZone::utc()) << la
                                      << QStringLiteral("02:00 UTC · 19:00 Los Angeles (previous day)");
        QTest::newRow("next day") << QDateTime(QDate(2020, 2, 26), QTime(18, 0), QTimeZone::utc())
                                  << QStringList{QStringLiteral("Asia/Tokyo"), QStringLiteral("Asia/Kolkata")}
                                  << QStringLiteral("18:00 UTC · 03:00 Tokyo (next day) · 23:30 Kolkata");
        QTest::newRow("unknown zone skipped") << QDateTime(QDate(2020, 2, 26), QTime(18, 0), QTimeZone::utc()) << QStringList{QStringLiteral("Mars/Olympus")}
                                              << QStringLiteral("18:00 UTC");
    }

    void worldTimes()
    {
        QFETCH(QDateTime, start);
        QFETCH(QStringList, zones);
        QFETCH(QString, expected);
        QCOMPARE(AnnouncementRenderer::worldTimes(start, zones), expected);
    }

    void quotedPrintable_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("Hello") << QByteArray("Hello");
        QTest::newRow("equals") << QByteArray("a=b") << QByteArray("a=3Db");
        QTest::newRow("trailing space") << QByteArray("end \nnext") << QByteArray("end=20\r\nnext");
        QTest::newRow("utf-8") << QString::fromUtf8("Zoë").toUtf8() << QByteArray("Zo=C3=AB");
        QTest::newRow("long line") << QByteArray(80, 'x') << QByteArray(75, 'x') + "=\r\n" + QByteArray(5, 'x');
    }

    void quotedPrintable()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(EmlWriter::quotedPrintable(input), expected);
    }

    void headers()
    {
        QCOMPARE(EmlWriter::encodeHeaderText(QStringLiteral("Plain subject")), QByteArray("Plain subject"));
        QCOMPARE(EmlWriter::encodeHeaderText(QStringLiteral("Two\r\nlines\nhere")), QByteArray("Two lines here"));
        const QByteArray encoded = EmlWriter::encodeHeaderText(QString(40, QChar(0x05D0)) + QStringLiteral(" 🎤"));
        QVERIFY(encoded.startsWith("=?UTF-8?B?"));
        for (const QByteArray &word : encoded.split('\n')) {
            QVERIFY2(word.trimmed().size() <= 75, word.constData()); // RFC 2047's limit
        }
        QVERIFY(!encoded.contains('\r') || encoded.contains("\r\n ")); // folded, never a bare line break
    }

    void messageFile()
    {
        EmailMessage message;
        message.fromName = QStringLiteral("Zoë \"Z\" Ünal");
        message.fromAddress = QStringLiteral("zoe@example.org");
        message.to = QStringList{QStringLiteral("list@example.org"), QStringLiteral("other@example.org\r\nBcc: x@example.org")};
        message.subject = QStringLiteral("Hi\r\nX-Evil: 1");
        message.body = QStringLiteral("Body");
        message.date = QDateTime(QDate(2020, 2, 26), QTime(18, 0), QTimeZone::utc());
        message.messageId = QStringLiteral("fixed@example.org");
        const QByteArray eml = EmlWriter::write(message);
        QVERIFY(eml.startsWith("Date: Wed, 26 Feb 2020 18:00:00 +0000\r\nMessage-ID: <fixed@example.org>\r\n"));
        QVERIFY(eml.contains("\r\nSubject: Hi X-Evil: 1\r\n"));
        QVERIFY(!eml.contains("\r\nX-Evil"));
        QVERIFY(!eml.contains("\r\nBcc"));
        QVERIFY(eml.contains("From: =?UTF-8?B?"));
        QVERIFY(eml.contains("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n"));

        const QUrl mailto = EmlWriter::mailto(message);
        QCOMPARE(mailto.scheme(), QStringLiteral("mailto"));
        QVERIFY(mailto.toString(QUrl::FullyEncoded).contains(QStringLiteral("subject=Hi%20X-Evil%3A%201")));
    }
};

QTEST_GUILESS_MAIN(TestEmail)
#include "tst_email.moc"
