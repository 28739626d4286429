// SPDX-License-Identifier: GPL-2.0-or-later
#include "darkpalette.h"
#include "demo/sampleseries.h"
#include "export/exportbuilder.h"
#include "settings/seriesdialog.h"
#include "storage/storage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

using namespace Lectern;

// Settings → Configure Series… and the first-run page: what they refuse, the rhythm in words
// and its next dates, and that saving is one undoable step the announcement uses.
class TestSeriesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;

    static QPushButton *okButton(SeriesDialog &dialog) { return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok); }
    static void choosePattern(SeriesDialog &dialog, const QString &words)
    {
        const int index = dialog.patternField()->findText(words);
        QVERIFY2(index >= 0, qPrintable(words));
        dialog.patternField()->setCurrentIndex(index);
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("series%1.sqlite").arg(++n)));
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
    }

    void refusesWhatCannotBeSaved_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("named");
        QTest::newRow("no name") << QStringLiteral("seriesName") << QString() << QStringLiteral("name");
        QTest::newRow("sender") << QStringLiteral("seriesSenderEmail") << QStringLiteral("talks at example.org") << QStringLiteral("talks at example.org");
        QTest::newRow("list") << QStringLiteral("seriesLists") << QStringLiteral("wikitech-l@lists.wikimedia.org\nnot a list") << QStringLiteral("not a list");
        QTest::newRow("zone") << QStringLiteral("seriesWorldTimes") << QStringLiteral("Europe/Berlin, Mars/Olympus_Mons")
                              << QStringLiteral("Mars/Olympus_Mons");
        QTest::newRow("region") << QStringLiteral("seriesHolidays") << QStringLiteral("de, zz") << QStringLiteral("zz");
        QTest::newRow("stream") << QStringLiteral("seriesStream") << QStringLiteral("stream") << QStringLiteral("stream");
    }

    void refusesWhatCannotBeSaved()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, named);
        QUndoStack stack;
        SeriesDialog dialog(*m_storage, stack, SeriesDialog::Mode::Full);
        QVERIFY(okButton(dialog)->isEnabled());
        if (auto *line = dialog.findChild<QLineEdit *>(field)) {
            line->setText(value);
        } else {
            dialog.findChild<QPlainTextEdit *>(field)->setPlainText(value);
        }
        QVERIFY2(dialog.problem().contains(named), qPrintable(dialog.problem()));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.accept(); // refused: nothing written
        QCOMPARE(stack.count(), 0);
        QCOMPARE(m_storage->series().current().value().name, QStringLiteral("Wikimedia Tech Talks"));
    }

    void aCustomRuleThatCannotBeReadIsQuoted()
    {
        QUndoStack stack;
        SeriesDialog dialog(*m_storage, stack, SeriesDialog::Mode::Full);
        choosePattern(dialog, QStringLiteral("Another rule (RRULE)…"));
        QVERIFY(dialog.ruleField()->isVisibleTo(&dialog));
        dialog.ruleField()->setText(QStringLiteral("FREQ=FORTNIGHTLY"));
        QVERIFY2(dialog.problem().contains(QStringLiteral("FREQ=FORTNIGHTLY")), qPrintable(dialog.problem()));
        dialog.ruleField()->setText(QStringLiteral("FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2"));
        QVERIFY(dialog.problem().isEmpty());
    }

    void theRhythmInWordsWithItsNextDates()
    {
        QUndoStack stack;
        SeriesDialog dialog(*m_storage, stack, SeriesDialog::Mode::Full);
        dialog.weekdayField()->setCurrentIndex(2); // Wednesday
        choosePattern(dialog, QStringLiteral("the last Wednesday of each month"));
        QVERIFY(dialog.nextDatesText().startsWith(QStringLiteral("Next: Wed")));
        dialog.timeField()->setTime(QTime(18, 0));
        QVERIFY2(dialog.localTimeText().contains(QStringLiteral("your time")), qPrintable(dialog.localTimeText()));
        // another weekday: the same pattern for that day
        dialog.weekdayField()->setCurrentIndex(3);
        QCOMPARE(dialog.patternField()->currentText(), QStringLiteral("the last Thursday of each month"));
    }

    void savesAndUndoes()
    {
        QUndoStack stack;
        const Series before = m_storage->series().current().value();
        SeriesDialog dialog(*m_storage, stack, SeriesDialog::Mode::Full);
        dialog.weekdayField()->setCurrentIndex(2);
        choosePattern(dialog, QStringLiteral("the last Wednesday of each month"));
        dialog.timeField()->setTime(QTime(18, 0));
        dialog.durationField()->setValue(50);
        dialog.streamField()->setText(QStringLiteral("https://stream.example.org/live"));
        dialog.senderEmailField()->setText(QStringLiteral("techtalks@example.org"));
        dialog.mailingListsField()->setPlainText(QStringLiteral("wikitech-l@lists.wikimedia.org\nengineering@lists.wikimedia.org"));
        dialog.worldTimesField()->setText(QStringLiteral("America/Sao_Paulo, Australia/Sydney"));
        dialog.holidaysField()->setText(QStringLiteral("de"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        Series after = m_storage->series().current().value();
        QCOMPARE(after.recurrenceRule, QStringLiteral("FREQ=MONTHLY;BYDAY=-1WE"));
        QCOMPARE(after.defaultStartUtc, QTime(18, 0));
        QCOMPARE(after.defaultDurationMinutes, 50);
        QCOMPARE(after.holidayRegions, QStringList{QStringLiteral("de_de")});
        QCOMPARE(after.mailingLists, (QStringList{QStringLiteral("wikitech-l@lists.wikimedia.org"), QStringLiteral("engineering@lists.wikimedia.org")}));

        // The announcement of the 24 June 2020 talk shows the chosen cities and list.
        const auto talks = m_storage->talks().inRange(QDate(2020, 6, 24), QDate(2020, 6, 24)).value();
        ExportBuilder::Selection selection;
        selection.kind = ExportBuilder::Selection::Kind::Talks;
        selection.talkIds = {talks.first().meta.id};
        auto built = ExportBuilder::build(*m_storage, selection, ExportBuilder::Format::Announcement, ExportBuilder::Options());
        QVERIFY(built);
        QVERIFY2(built.value().body.contains(QStringLiteral("Sydney")), qPrintable(built.value().body));
        QVERIFY(built.value().to.contains(QStringLiteral("engineering@lists.wikimedia.org")));

        QCOMPARE(stack.count(), 1);
        stack.undo();
        after = m_storage->series().current().value();
        QCOMPARE(after.recurrenceRule, before.recurrenceRule);
        QCOMPARE(after.mailingLists, before.mailingLists);
        QVERIFY(m_storage->settings().value(SettingsRepository::worldTimeZonesKey).value().isEmpty());
        stack.redo();
        QCOMPARE(m_storage->series().current().value().organizerEmail, QStringLiteral("techtalks@example.org"));
    }

    void theFirstRunPageAsksForWhatANewSeriesNeeds()
    {
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(storage);
        QVERIFY(storage.value()->ensureSeries(QStringLiteral("My talk series")));
        QUndoStack stack;
        SeriesDialog page(*storage.value(), stack, SeriesDialog::Mode::FirstRun);
        page.show();
        QCOMPARE(okButton(page)->text(), QStringLiteral("Start"));
        QVERIFY(page.nameField()->isVisible());
        QVERIFY(page.streamField()->isVisible());
        QVERIFY(!page.horizonField()->isVisible()); // planning is for later
        // every field can be left as it is
        QVERIFY(okButton(page)->isEnabled());
        page.nameField()->setText(QStringLiteral("Tech Talks"));
        page.weekdayField()->setCurrentIndex(2);
        choosePattern(page, QStringLiteral("the last Wednesday of each month"));
        page.timeField()->setTime(QTime(18, 0));
        page.durationField()->setValue(45);
        if (!qEnvironmentVariableIsEmpty("LECTERN_SHOT_DIR")) { // looked at, light and dark
            page.grab().save(QStringLiteral("%1/first-run-light.png").arg(qEnvironmentVariable("LECTERN_SHOT_DIR")));
            page.setPalette(TestUtil::darkPalette());
            page.grab().save(QStringLiteral("%1/first-run-dark.png").arg(qEnvironmentVariable("LECTERN_SHOT_DIR")));
        }
        page.accept();
        const Series series = storage.value()->series().current().value();
        QCOMPARE(series.name, QStringLiteral("Tech Talks"));
        QCOMPARE(series.recurrenceRule, QStringLiteral("FREQ=MONTHLY;BYDAY=-1WE"));
        QCOMPARE(series.horizonMonths, 6);
    }
};

QTEST_MAIN(TestSeriesDialog)
#include "tst_seriesdialog.moc"
