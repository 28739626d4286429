// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "export/announcementrenderer.h"
#include "mail/mailcomposer.h"
#include "storage/storage.h"

#include <KMime/Message>
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

    // What the composer writes reads back, through KMime's own parser, as what went in:
    // UTF-8 names and subject as RFC 2047 words, the body quoted-printable, the calendar in
    // base64; CRLF everywhere; a line break in talk data never makes a header.
    void messageFile()
    {
        EmailMessage message;
        message.fromName = QStringLiteral("Zoë \"Z\" Ünal");
        message.fromAddress = QStringLiteral("zoe@example.org");
        message.to = QStringList{QStringLiteral("list@example.org"), QStringLiteral("other@example.org\r\nBcc: x@example.org")};
        message.subject = QStringLiteral("Hi\r\nX-Evil: 1 — «Zoë» ") + QString(40, QChar(0x05D0)) + QStringLiteral(" 🎤");
        message.body = QStringLiteral("Body with = and a long line ") + QString(80, QLatin1Char('x')) + QStringLiteral("\nZoë\n.\nend");
        message.date = QDateTime(QDate(2020, 2, 26), QTime(18, 0), QTimeZone::utc());
        message.messageId = QStringLiteral("fixed@example.org");
        message.attachment = EmailMessage::Attachment{QStringLiteral("talk.ics"), "text/calendar", "PUBLISH", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"};
        const QByteArray eml = MailComposer::compose(message);
        QVERIFY(!eml.contains("\r\nX-Evil"));
        QVERIFY(!eml.contains("\r\nBcc"));
        QCOMPARE(eml.count('\n'), eml.count("\r\n")); // no bare line feed
        QVERIFY(eml.contains("\r\nX-Unsent: 1\r\n"));
        QVERIFY(!eml.left(eml.indexOf("\r\n\r\n")).contains(":\r\n ")); // no header folded straight after its name
        QVERIFY2(eml.contains("\r\n =?UTF-8?B?"), eml.left(600).constData()); // the subject's non-ASCII words, encoded
        for (const QByteArray &line : eml.split('\n')) {
            QVERIFY2(line.size() <= 998, line.left(80).constData()); // RFC 5322's hard limit
        }

        KMime::Message parsed;
        parsed.setContent(KMime::CRLFtoLF(eml)); // KMime keeps LF inside
        parsed.parse();
        QCOMPARE(parsed.subject()->asUnicodeString(), MailComposer::oneLine(message.subject));
        QCOMPARE(parsed.from()->mailboxes().constFirst().name(), QStringLiteral("Zoë \"Z\" Ünal"));
        QCOMPARE(parsed.from()->mailboxes().constFirst().address(), QByteArray("zoe@example.org"));
        QCOMPARE(parsed.messageID()->identifier(), QByteArray("fixed@example.org"));
        QCOMPARE(parsed.date()->dateTime().toUTC(), message.date);
        const auto parts = parsed.contents();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0)->contentTransferEncoding()->encoding(), KMime::Headers::CEquPr);
        QCOMPARE(QString::fromUtf8(parts.at(0)->decodedContent()), message.body);
        QCOMPARE(parts.at(1)->contentType()->mimeType(), QByteArray("text/calendar"));
        QCOMPARE(parts.at(1)->contentDisposition()->filename(), QStringLiteral("talk.ics"));
        QCOMPARE(parts.at(1)->decodedContent(), message.attachment->data);
        QVERIFY(eml.contains("method=\"PUBLISH\"") || eml.contains("method=PUBLISH"));

        // What goes to the server is the same message without the draft mark.
        const QByteArray sent = MailComposer::compose(message, MailComposer::Purpose::Send);
        QVERIFY(!sent.contains("X-Unsent"));

        const QUrl mailto = MailComposer::mailto(message);
        QCOMPARE(mailto.scheme(), QStringLiteral("mailto"));
        QVERIFY(mailto.toString(QUrl::FullyEncoded).contains(QStringLiteral("subject=Hi%20X-Evil%3A%201")));
    }

    void addresses()
    {
        QCOMPARE(MailComposer::bareAddress(QStringLiteral("Ana <ana@example.org>")), QStringLiteral("ana@example.org"));
        QCOMPARE(MailComposer::bareAddress(QStringLiteral(" list@example.org ")), QStringLiteral("list@example.org"));
        QVERIFY(MailComposer::newMessageId(QStringLiteral("Ana <ana@example.org>")).endsWith(QStringLiteral("@example.org")));
    }
};

QTEST_GUILESS_MAIN(TestEmail)
#include "tst_email.moc"
