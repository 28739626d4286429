// SPDX-License-Identifier: GPL-2.0-or-later
#include "calendar/chiptext.h"
#include "calendar/monthview.h"
#include "calendar/schedulepage.h"
#include "calendar/statuscolors.h"
#include "darkpalette.h"
#include "demo/sampleseries.h"
#include "itemmodels/agendamodel.h"
#include "itemmodels/monthmodel.h"
#include "itemmodels/talkmime.h"
#include "localeformat.h"
#include "schedule/talkscheduler.h"
#include "scheduletestbase.h"
#include "storage/storage.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Lectern;

// The calendar as a user drives it: drag events sent to its viewport, keys, clicks.
class TestMonthView : public ScheduleTestBase
{
    Q_OBJECT

private:
    std::unique_ptr<SchedulePage> m_page;

    MonthView *view() const { return m_page->monthView(); }
    MonthModel *model() const { return m_page->monthModel(); }

    qint64 idOf(const QString &title) const { return talkTitled(title).meta.id; }

    QPoint centreOf(const QDate &date) const { return view()->visualRect(model()->indexOf(date)).center(); }

    // What a drag from anywhere does to the calendar: enter, move over `date`, drop.
    bool dragAndDrop(const QMimeData *data, const QDate &date, bool *targetShown = nullptr)
    {
        QWidget *viewport = view()->viewport();
        const QPoint at = centreOf(date);
        QDragEnterEvent enter(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        if (targetShown) {
            *targetShown = move.isAccepted() && QModelIndex(view()->dropTarget()) == model()->indexOf(date);
        }
        QDropEvent drop(QPointF(at), Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        return drop.isAccepted();
    }

private Q_SLOTS:
    // The first day of a month is labelled with its month, as the language writes a date.
    void firstOfMonthLabel_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("label");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("Jun 1");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("1 Jun");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("1. Juni");
        QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << QStringLiteral("1 juin");
        QTest::newRow("ja_JP") << QStringLiteral("ja_JP") << QStringLiteral("6月1日");
    }

    void firstOfMonthLabel()
    {
        QFETCH(QString, locale);
        QFETCH(QString, label);
        const QLocale l(locale);
        QCOMPARE(l.toString(QDate(2020, 6, 1), LocaleFormat::dayMonthFormat(l)), label);
    }

    void init()
    {
        QVERIFY(openSampleSchedule(QStringLiteral("view"), QDate(2019, 8, 1)));
        m_page = std::make_unique<SchedulePage>(*m_storage, *m_scheduler);
        m_page->resize(1200, 800);
        model()->setFirstDayOfWeek(Qt::Monday);
        m_page->showMonth(2019, 9);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        closeSchedule();
    }

    // Pixels in a band of the view's image that differ from a colour (text drawn there).
    static int inkIn(const QImage &image, const QRect &band, const QColor &background)
    {
        int ink = 0;
        for (int y = band.top(); y <= band.bottom(); ++y) {
            for (int x = band.left(); x <= band.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (qAbs(c.red() - background.red()) + qAbs(c.green() - background.green()) + qAbs(c.blue() - background.blue()) > 120) {
                    ++ink;
                }
            }
        }
        return ink;
    }

    // A word wider than the chip breaks with a hyphen and keeps three letters on each side;
    // a script that does not hyphenate breaks without one; every line fits.
    void longWordsBreakSensibly()
    {
        const QFont font = view()->font();
        const QFontMetrics metrics(font);
        const int width = metrics.horizontalAdvance(QStringLiteral("Wikimedi"));
        const QStringList lines = wrapText(QStringLiteral("Data at Wikimedia"), font, width);
        QVERIFY2(lines.size() >= 3, qPrintable(lines.join(QLatin1Char('|'))));
        QCOMPARE(lines.at(0), QStringLiteral("Data at"));
        QVERIFY2(lines.at(1).endsWith(QLatin1Char('-')), qPrintable(lines.join(QLatin1Char('|'))));
        QString word;
        for (int i = 1; i < lines.size(); ++i) {
            word += lines.at(i).endsWith(QLatin1Char('-')) ? lines.at(i).chopped(1) : lines.at(i);
            QVERIFY(lines.at(i).size() >= 3);
        }
        QCOMPARE(word, QStringLiteral("Wikimedia"));
        for (const QString &line : lines) {
            QVERIFY2(metrics.horizontalAdvance(line) <= width, qPrintable(line));
        }
        const QString japanese = QStringLiteral("自然言語処理の基礎と応用について");
        const QStringList broken = wrapText(japanese, font, metrics.horizontalAdvance(japanese) / 3);
        QVERIFY(broken.size() >= 3);
        QCOMPARE(broken.join(QString()), japanese); // no hyphens, nothing lost
    }

    // A day with room shows the whole title over several lines and the speakers' names, all
    // painted inside the chip (a rendering of the real view, offscreen).
    void chipsWrapTheirTitleAndNameTheSpeakers()
    {
        m_page->resize(1900, 1100); // a big window: room for every line
        m_page->showMonth(2020, 2);
        QApplication::processEvents();
        const QDate day(2020, 2, 26);
        const QList<Talk> talks = model()->talksOn(day);
        QCOMPARE(talks.size(), 1);
        const QRect cell = view()->visualRect(model()->indexOf(day));
        const ChipLayout layout = view()->chipLayout(cell, talks);
        QCOMPARE(layout.visible, 1);
        const ChipText text = chipText(talks.first(), view()->font(), view()->chipTextWidth(cell.width()));
        QVERIFY2(text.titleLines.size() >= 2, qPrintable(text.titleLines.join(QLatin1Char('|'))));
        QCOMPARE(text.titleLines.join(QLatin1Char(' ')), QStringLiteral("Data and Decision Science at Wikimedia"));
        QCOMPARE(text.speakers, QStringLiteral("Kate Zimmerman, Sarah Rodlund"));
        // Room for all of it: the time, the whole title, the speakers.
        QCOMPARE(layout.lines.first(), text.wantedLines());
        const ChipText::Lines fitted = text.fit(layout.lines.first(), view()->font(), view()->chipTextWidth(cell.width()));
        QCOMPARE(fitted.title, text.titleLines);
        QCOMPARE(fitted.speakers.join(QLatin1Char(' ')), QStringLiteral("Kate Zimmerman, Sarah Rodlund")); // both names, wrapped
        // With fewer lines, the title still comes whole and the speakers give way, a line at a time.
        const int width = view()->chipTextWidth(cell.width());
        const ChipText::Lines shorter = text.fit(text.wantedLines() - 1, view()->font(), width);
        QCOMPARE(shorter.title, text.titleLines);
        QCOMPARE(shorter.speakers.size(), text.speakerLines.size() - 1);
        const ChipText::Lines noNames = text.fit(text.wantedLines() - int(text.speakerLines.size()), view()->font(), width);
        QCOMPARE(noNames.title, text.titleLines);
        QVERIFY(noNames.speakers.isEmpty());

        const QImage image = view()->viewport()->grab().toImage();
        const QRect chip = layout.chips.first();
        const int line = view()->chipMetrics().lineHeight;
        const QColor fill = chipFill(talks.first().status, view()->palette());
        for (int i = 0; i < layout.lines.first(); ++i) {
            const QRect band(chip.left() + 8, chip.top() + 2 + i * line + 2, chip.width() - 12, line - 4);
            QVERIFY2(inkIn(image, band, fill) > 10, qPrintable(QStringLiteral("line %1 of the chip has no text").arg(i + 1)));
        }
        // Nothing is drawn below the chip.
        const QRect below(chip.left() + 8, chip.bottom() + 3, chip.width() - 12, qMin(line, cell.bottom() - chip.bottom() - 4));
        if (below.height() > 0) {
            QCOMPARE(inkIn(image, below, image.pixelColor(below.center())), 0);
        }
    }

    // A right-to-left title reads from the chip's right edge: its line has ink on the right
    // and none on the left (a short title in a wide cell).
    void rightToLeftTitlesAreRightAligned()
    {
        Talk hebrew;
        hebrew.seriesId = talkTitled(QStringLiteral("Documenting Wikimedia technical projects")).seriesId;
        hebrew.title = QStringLiteral("שלום");
        hebrew.date = QDate(2019, 9, 12);
        hebrew.startUtc = QTime(16, 0);
        hebrew.status = TalkStatus::Confirmed;
        QVERIFY(m_storage->talks().add(hebrew));
        m_page->resize(1900, 1100);
        QApplication::processEvents();
        const QRect cell = view()->visualRect(model()->indexOf(hebrew.date));
        const QList<Talk> talks = model()->talksOn(hebrew.date);
        QCOMPARE(talks.size(), 1);
        const ChipLayout layout = view()->chipLayout(cell, talks);
        QCOMPARE(layout.lines.first(), 2); // the time, the title
        const QImage image = view()->viewport()->grab().toImage();
        const QRect chip = layout.chips.first();
        const int line = view()->chipMetrics().lineHeight;
        const QColor fill = chipFill(talks.first().status, view()->palette());
        const QRect titleLine(chip.left() + 8, chip.top() + 2 + line + 2, chip.width() - 12, line - 4);
        const int third = titleLine.width() / 3;
        QVERIFY(inkIn(image, QRect(titleLine.right() - third, titleLine.top(), third, titleLine.height()), fill) > 10);
        QCOMPARE(inkIn(image, QRect(titleLine.left(), titleLine.top(), third, titleLine.height()), fill), 0);
    }

    // Seen from 1 August 2019: the July talk lacks its slides and recording, September's
    // first one its stream link; a line opens its talk, and fixing the gap removes the line.
    void nextUpListsWhatNeedsDoing()
    {
        QTreeWidget *list = m_page->nextUpView();
        QStringList lines; // "title: what it lacks"
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *talk = list->topLevelItem(i);
            for (int j = 0; j < talk->childCount(); ++j) {
                lines << talk->text(0).section(QStringLiteral(" — "), 1) + QStringLiteral(": ") + talk->child(j)->text(0);
            }
        }
        QVERIFY2(lines.filter(QStringLiteral("A Deployment Pipeline Overview: no slides linked")).size() == 1, qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.filter(QStringLiteral("Documenting Wikimedia technical projects: no stream link")).size() == 1);
        const auto *side = m_page->findChild<QTabWidget *>(QStringLiteral("scheduleSidePanel"));
        QCOMPARE(side->tabText(SchedulePage::NextUpTab), QStringLiteral("Next Up (%1)").arg(lines.size()));

        QSignalSpy activated(m_page.get(), &SchedulePage::talkActivated);
        QTreeWidgetItem *first = list->topLevelItem(0);
        Q_EMIT list->itemActivated(first, 0);
        QCOMPARE(activated.count(), 1);

        Talk pipeline = talkTitled(QStringLiteral("A Deployment Pipeline Overview"));
        pipeline.slidesUrl = QStringLiteral("https://example.org/slides.pdf");
        QVERIFY(m_storage->talks().update(pipeline));
        QTRY_COMPARE(side->tabText(SchedulePage::NextUpTab), QStringLiteral("Next Up (%1)").arg(lines.size() - 1));
    }

    void chipsAreWhereTheLayoutSays()
    {
        const QRect cell = view()->visualRect(model()->indexOf(QDate(2019, 9, 4)));
        const ChipLayout layout = view()->chipLayout(cell, model()->talksOn(QDate(2019, 9, 4)));
        QCOMPARE(layout.visible, 1);
        const auto talk = view()->talkAt(layout.chips.first().center());
        QVERIFY(talk);
        QCOMPARE(talk->title, QStringLiteral("Documenting Wikimedia technical projects"));
        QVERIFY(!view()->talkAt(cell.topLeft() + QPoint(3, 3))); // the day number
    }

    void dropWithAWarningMovedAnyway()
    {
        const qint64 id = idOf(QStringLiteral("How to compare text across multiple languages"));
        std::unique_ptr<QMimeData> data(TalkMime::encode(TalkMime::talkIdsType(), {id}));
        QSignalSpy target(view(), &MonthView::dropTargetChanged);
        m_confirmation.answer = true;
        bool targetShown = false;
        QVERIFY(dragAndDrop(data.get(), QDate(2019, 9, 11), &targetShown));
        QVERIFY(targetShown);
        QCOMPARE(target.first().first().toDate(), QDate(2019, 9, 11));
        QVERIFY(!QModelIndex(view()->dropTarget()).isValid()); // cleared after the drop
        QCOMPARE(m_confirmation.asked, 1);
        QCOMPARE(m_storage->talks().find(id).value().date, QDate(2019, 9, 11));
        QCOMPARE(model()->talksOn(QDate(2019, 9, 11)).size(), 1);
        QCOMPARE(view()->selectedDate(), QDate(2019, 9, 11));
        m_stack->undo();
        QCOMPARE(model()->talksOn(QDate(2019, 9, 25)).size(), 1);
        QCOMPARE(m_storage->talks().find(id).value().date, QDate(2019, 9, 25));
    }

    void dropCancelledMovesNothing()
    {
        const qint64 id = idOf(QStringLiteral("How to compare text across multiple languages"));
        std::unique_ptr<QMimeData> data(TalkMime::encode(TalkMime::talkIdsType(), {id}));
        m_confirmation.answer = false;
        dragAndDrop(data.get(), QDate(2019, 9, 11));
        QCOMPARE(m_confirmation.asked, 1);
        QCOMPARE(m_storage->talks().find(id).value().date, QDate(2019, 9, 25));
        QCOMPARE(m_stack->count(), 0);
    }

    void dropFromTheNotScheduledList()
    {
        Talk idea;
        idea.seriesId = m_storage->series().current().value().meta.id;
        idea.title = QStringLiteral("Structured discussions");
        QVERIFY(m_storage->talks().add(idea));
        QTreeView *list = m_page->unscheduledView();
        QCOMPARE(list->model()->rowCount(), 1);
        std::unique_ptr<QMimeData> data(list->model()->mimeData({list->model()->index(0, AgendaModel::TitleColumn)}));
        QVERIFY(data);
        QVERIFY(dragAndDrop(data.get(), QDate(2019, 8, 28))); // August is empty: no question
        QCOMPARE(m_confirmation.asked, 0);
        QCOMPARE(list->model()->rowCount(), 0);
        QCOMPARE(model()->talksOn(QDate(2019, 8, 28)).constFirst().title, QStringLiteral("Structured discussions"));
    }

    void dropFromTheAgendaList()
    {
        QTreeView *agenda = m_page->agendaView();
        QCOMPARE(agenda->model()->rowCount(), 16);
        QModelIndex modern;
        for (int row = 0; row < agenda->model()->rowCount(); ++row) {
            const QModelIndex index = agenda->model()->index(row, AgendaModel::TitleColumn);
            if (index.data().toString() == QLatin1String("Modern Event Platform")) {
                modern = index;
            }
        }
        std::unique_ptr<QMimeData> data(agenda->model()->mimeData({modern}));
        QVERIFY(dragAndDrop(data.get(), QDate(2019, 8, 28)));
        QCOMPARE(model()->talksOn(QDate(2019, 8, 28)).constFirst().title, QStringLiteral("Modern Event Platform"));
    }

    // Given the series meets on the last Wednesday at 18:00 UTC, the empty August 2019 shows
    // an open slot on the 28th; an undated talk dropped there gets the slot's time.
    void anOpenSlotIsPaintedAndTakesADrop()
    {
        Series series = m_storage->series().current().value();
        series.recurrenceRule = QStringLiteral("FREQ=MONTHLY;BYDAY=-1WE");
        series.recurrenceStart = QDate(2019, 1, 1);
        series.defaultStartUtc = QTime(18, 0);
        QVERIFY(m_storage->series().update(series));
        m_page->showMonth(2019, 8);
        const QDate slot(2019, 8, 28);
        QTRY_VERIFY(model()->index(model()->indexOf(slot).row(), model()->indexOf(slot).column()).data(MonthModel::OpenSlotRole).toBool());
        QCOMPARE(model()->indexOf(slot).data(MonthModel::SlotTimeRole).toTime(), QTime(18, 0));
        QVERIFY(!model()->indexOf(QDate(2019, 8, 21)).data(MonthModel::OpenSlotRole).toBool());
        QVERIFY(model()->indexOf(slot).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("open slot")));

        // Painted: a dashed outline in the highlight colour, words in the text colour, in the
        // light palette and in a dark one.
        for (const bool dark : {false, true}) {
            const QPalette palette = dark ? TestUtil::darkPalette() : QApplication::palette();
            view()->setPalette(palette);
            QApplication::processEvents();
            const QImage image = view()->viewport()->grab().toImage();
            if (!qEnvironmentVariableIsEmpty("LECTERN_SHOT_DIR")) {
                image.save(QStringLiteral("%1/open-slot-%2.png")
                                   .arg(qEnvironmentVariable("LECTERN_SHOT_DIR"), dark ? QStringLiteral("dark") : QStringLiteral("light")));
            }
            const QRect cell = view()->visualRect(model()->indexOf(slot));
            const ChipMetrics metrics = view()->chipMetrics();
            const QRect chip(cell.left() + metrics.margin, cell.top() + metrics.headerHeight, cell.width() - 2 * metrics.margin, metrics.chipHeight(2));
            const QColor base = palette.color(QPalette::Base);
            QVERIFY2(inkIn(image, chip.adjusted(6, 3, -4, -3), base) > 20, "no words in the open slot's chip");
            int outline = 0; // the highlight colours of both palettes are blue
            for (int y = chip.top(); y <= chip.top() + 2; ++y) {
                for (int x = chip.left(); x <= chip.right(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    outline += c.blue() - c.red() > 50;
                }
            }
            QVERIFY2(outline > 10, "no outline on the open slot's chip");
            // an empty day without a slot has nothing drawn where a chip would be
            const QRect other = view()->visualRect(model()->indexOf(QDate(2019, 8, 21)));
            QCOMPARE(inkIn(image,
                           QRect(other.left() + 8, other.top() + metrics.headerHeight + 3, other.width() - 16, metrics.lineHeight),
                           image.pixelColor(other.center())),
                     0);
        }
        view()->setPalette(QApplication::palette());

        // Dropped on: an undated talk is scheduled at the slot's time, and the slot fills.
        Talk idea;
        idea.seriesId = series.meta.id;
        idea.title = QStringLiteral("Structured discussions");
        QVERIFY(m_storage->talks().add(idea));
        QTreeView *list = m_page->unscheduledView();
        std::unique_ptr<QMimeData> data(list->model()->mimeData({list->model()->index(0, AgendaModel::TitleColumn)}));
        QVERIFY(dragAndDrop(data.get(), slot));
        const Talk placed = model()->talksOn(slot).constFirst();
        QCOMPARE(placed.title, QStringLiteral("Structured discussions"));
        QCOMPARE(placed.startUtc, QTime(18, 0));
        QTRY_VERIFY(!model()->indexOf(slot).data(MonthModel::OpenSlotRole).toBool());
    }

    void theMonthsAheadListTheirTalksAndOpenDates()
    {
        auto *side = m_page->findChild<QTabWidget *>(QStringLiteral("scheduleSidePanel"));
        QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("noRhythm"))->isVisibleTo(side->widget(SchedulePage::MonthsAheadTab)));
        Series series = m_storage->series().current().value();
        series.recurrenceRule = QStringLiteral("FREQ=MONTHLY;BYDAY=-1WE");
        series.recurrenceStart = QDate(2019, 1, 1);
        series.defaultStartUtc = QTime(18, 0);
        QVERIFY(m_storage->series().update(series));
        QListWidget *list = m_page->monthsAheadView();
        QTRY_COMPARE(list->count(), 6); // August 2019 to January 2020, seen from 1 August
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("August 2019 — open: Wed 28 Aug 18:00 UTC")), qPrintable(list->item(0)->text()));
        QVERIFY2(list->item(1)->text().contains(QStringLiteral("“How to compare text across multiple languages”")), qPrintable(list->item(1)->text()));
        QVERIFY(!list->item(1)->text().contains(QStringLiteral("open"))); // the 25th is taken
        QVERIFY2(list->item(5)->text().contains(QStringLiteral("open: Wed 29 Jan")), qPrintable(list->item(5)->text()));
        QVERIFY(side->tabText(SchedulePage::MonthsAheadTab).contains(QStringLiteral("open")));
        // Looked at: the schedule with its open slots and the months ahead, light and dark.
        if (!qEnvironmentVariableIsEmpty("LECTERN_SHOT_DIR")) {
            side->setCurrentIndex(SchedulePage::MonthsAheadTab);
            m_page->resize(1280, 800);
            m_page->showMonth(2019, 8);
            for (const bool dark : {false, true}) {
                m_page->setPalette(dark ? TestUtil::darkPalette() : QApplication::palette());
                QApplication::processEvents();
                m_page->grab().save(QStringLiteral("%1/months-ahead-%2.png")
                                            .arg(qEnvironmentVariable("LECTERN_SHOT_DIR"), dark ? QStringLiteral("dark") : QStringLiteral("light")));
            }
            m_page->setPalette(QApplication::palette());
        }
        // a line shows its month
        list->setCurrentRow(5);
        Q_EMIT list->itemClicked(list->item(5));
        QCOMPARE(model()->grid().month(), 1);
    }

    void somethingElseIsNotAccepted()
    {
        QMimeData text;
        text.setText(QStringLiteral("a title"));
        const QPoint at = centreOf(QDate(2019, 9, 11));
        QDragMoveEvent move(at, Qt::MoveAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view()->viewport(), &move);
        QVERIFY(!move.isAccepted());
        QVERIFY(!QModelIndex(view()->dropTarget()).isValid());
    }

    void keyboard()
    {
        view()->setFocus();
        view()->selectDate(QDate(2019, 9, 30));
        QTest::keyClick(view(), Qt::Key_PageDown);
        QCOMPARE(model()->grid().month(), 10);
        QCOMPARE(view()->selectedDate(), QDate(2019, 10, 30));
        QTest::keyClick(view(), Qt::Key_PageUp);
        QTest::keyClick(view(), Qt::Key_PageUp);
        QCOMPARE(view()->selectedDate(), QDate(2019, 8, 30));

        // Arrows walk the days; off the edge of the month the page turns.
        view()->selectDate(QDate(2019, 9, 30));
        QTest::keyClick(view(), Qt::Key_Right);
        QTRY_COMPARE(model()->grid().month(), 10);
        QCOMPARE(view()->selectedDate(), QDate(2019, 10, 1));

        // Enter opens the day's talk, or offers a new one on an empty day.
        QSignalSpy activated(view(), &MonthView::talkActivated);
        QSignalSpy newTalk(view(), &MonthView::newTalkRequested);
        view()->selectDate(QDate(2019, 9, 4));
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), idOf(QStringLiteral("Documenting Wikimedia technical projects")));
        view()->selectDate(QDate(2019, 9, 5));
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(newTalk.count(), 1);
        QCOMPARE(newTalk.first().first().toDate(), QDate(2019, 9, 5));
    }

    void doubleClickOpensTheTalk()
    {
        QSignalSpy activated(view(), &MonthView::talkActivated);
        const QRect cell = view()->visualRect(model()->indexOf(QDate(2019, 9, 25)));
        const QPoint chip = view()->chipLayout(cell, model()->talksOn(QDate(2019, 9, 25))).chips.first().center();
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, Qt::NoModifier, chip);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), idOf(QStringLiteral("How to compare text across multiple languages")));
    }

    void manyTalksInADay()
    {
        for (int i = 0; i < 8; ++i) {
            Talk talk;
            talk.seriesId = m_storage->series().current().value().meta.id;
            talk.title = QStringLiteral("Lightning talk %1 with a title long enough to be cut short in its chip").arg(i + 1);
            talk.date = QDate(2019, 9, 18);
            talk.startUtc = QTime(10 + i, 0);
            QVERIFY(m_storage->talks().add(talk));
        }
        const QRect cell = view()->visualRect(model()->indexOf(QDate(2019, 9, 18)));
        const ChipLayout layout = view()->chipLayout(cell, model()->talksOn(QDate(2019, 9, 18)));
        QVERIFY(layout.hidden > 0);
        QVERIFY(!layout.more.isEmpty());
        QCOMPARE(layout.visible + layout.hidden, 8);
        QVERIFY(model()->indexOf(QDate(2019, 9, 18)).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Lightning talk 8")));
    }

    void theTitleNamesTheMonth()
    {
        auto *title = m_page->findChild<QLabel *>(QStringLiteral("monthTitle"));
        QVERIFY(title);
        QCOMPARE(title->text(), QLocale().standaloneMonthName(9) + QStringLiteral(" 2019"));
        m_page->goToToday();
        QCOMPARE(view()->selectedDate(), QDate::currentDate());
    }
};

QTEST_MAIN(TestMonthView)
#include "tst_monthview.moc"
