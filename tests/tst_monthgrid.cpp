// SPDX-License-Identifier: GPL-2.0-or-later
#include "schedule/monthgrid.h"

#include <QTest>

#include <numeric>

using namespace Lectern;

// The calendar's date arithmetic and chip layout, without any widget.
class TestMonthGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstVisibleDay_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("firstDayOfWeek");
        QTest::addColumn<QDate>("firstVisible");
        // September 2019 began on a Sunday.
        QTest::newRow("Sep 2019, Monday weeks") << 2019 << 9 << int(Qt::Monday) << QDate(2019, 8, 26);
        QTest::newRow("Sep 2019, Sunday weeks") << 2019 << 9 << int(Qt::Sunday) << QDate(2019, 9, 1);
        QTest::newRow("Sep 2019, Saturday weeks") << 2019 << 9 << int(Qt::Saturday) << QDate(2019, 8, 31);
        // February 2020 (a leap year) began on a Saturday.
        QTest::newRow("Feb 2020, Monday weeks") << 2020 << 2 << int(Qt::Monday) << QDate(2020, 1, 27);
        QTest::newRow("Feb 2020, Sunday weeks") << 2020 << 2 << int(Qt::Sunday) << QDate(2020, 1, 26);
        // A month that starts on the week's first day starts in the first row.
        QTest::newRow("Jun 2020 starts on Monday") << 2020 << 6 << int(Qt::Monday) << QDate(2020, 6, 1);
        // Across the year boundary.
        QTest::newRow("Jan 2020, Monday weeks") << 2020 << 1 << int(Qt::Monday) << QDate(2019, 12, 30);
    }

    void firstVisibleDay()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, firstDayOfWeek);
        QFETCH(QDate, firstVisible);
        const MonthGrid grid(year, month, Qt::DayOfWeek(firstDayOfWeek));
        QCOMPARE(grid.firstVisibleDate(), firstVisible);
        QCOMPARE(grid.firstVisibleDate().dayOfWeek(), firstDayOfWeek);
        QCOMPARE(grid.lastVisibleDate(), firstVisible.addDays(41));
        // Every day of the month is visible, in order.
        const QDate first(year, month, 1);
        for (QDate d = first; d.month() == month; d = d.addDays(1)) {
            const auto cell = grid.cellOf(d);
            QVERIFY(cell);
            QCOMPARE(grid.dateAt(cell->first, cell->second), d);
            QVERIFY(grid.isInMonth(d));
        }
    }

    void cellsOfTheRealHistory()
    {
        const MonthGrid september(2019, 9, Qt::Monday);
        // S1E7 on Wednesday 4 September and S1E8 on Wednesday 25 September: same column.
        QCOMPARE(september.cellOf(QDate(2019, 9, 4)).value(), std::make_pair(1, 2));
        QCOMPARE(september.cellOf(QDate(2019, 9, 25)).value(), std::make_pair(4, 2));
        QCOMPARE(september.columnOf(3), 2);
        QCOMPARE(september.weekdayOf(2), 3);
        QVERIFY(!september.isInMonth(QDate(2019, 8, 31)));
        QCOMPARE(september.cellOf(QDate(2019, 8, 26)).value(), std::make_pair(0, 0));
        QVERIFY(!september.cellOf(QDate(2019, 8, 25)));
        QVERIFY(!september.cellOf(QDate(2019, 10, 7)));
        QVERIFY(!september.cellOf(QDate()));
        QCOMPARE(september.dateAt(6, 0), QDate());

        const MonthGrid sundayFirst(2019, 9, Qt::Sunday);
        QCOMPARE(sundayFirst.columnOf(3), 3);
        QCOMPARE(sundayFirst.weekdayOf(0), 7);
    }

    void navigationCrossesYears()
    {
        const MonthGrid december(2019, 12, Qt::Monday);
        QCOMPARE(december.next().year(), 2020);
        QCOMPARE(december.next().month(), 1);
        QCOMPARE(december.next().previous().month(), 12);
        QCOMPARE(MonthGrid(2020, 1, Qt::Monday).previous().year(), 2019);
    }

    // A day number line of 20, text lines of 14, chips of lines × 14 + 4 (one line: 18), 2
    // apart and 2 from the cell's edges.
    static ChipMetrics metrics()
    {
        ChipMetrics m;
        m.headerHeight = 20;
        m.lineHeight = 14;
        m.spacing = 2;
        m.margin = 2;
        m.chipPadding = 4;
        return m;
    }

    void chipsThatFit()
    {
        const QRect cell(100, 50, 120, 100); // 78 pixels below the day number
        ChipLayout layout = layoutChips(cell, {1, 1}, metrics());
        QCOMPARE(layout.visible, 2);
        QCOMPARE(layout.hidden, 0);
        QVERIFY(layout.more.isEmpty());
        QCOMPARE(layout.chips.at(0), QRect(102, 70, 116, 18));
        QCOMPARE(layout.chips.at(1), QRect(102, 90, 116, 18));
        QCOMPARE(chipAt(layout, QPoint(110, 75)), 0);
        QCOMPARE(chipAt(layout, QPoint(110, 95)), 1);
        QCOMPARE(chipAt(layout, QPoint(110, 60)), -1); // the day number's line
    }

    // How many lines each chip gets, for one to four talks a day in cells of several sizes.
    void linesPerChip_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<QList<int>>("wanted");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<int>("hidden");
        // One talk: its whole text (time, two lines of title, speakers) where there is room.
        QTest::newRow("1 talk, tall cell") << 100 << QList<int>{4} << QList<int>{4} << 0;
        QTest::newRow("1 talk, short cell") << 60 << QList<int>{4} << QList<int>{2} << 0;
        QTest::newRow("1 talk, one line of room") << 40 << QList<int>{4} << QList<int>{1} << 0;
        // Two: not both in full, so one line each and the rest shared from the first on.
        QTest::newRow("2 talks, both in full") << 140 << QList<int>{3, 4} << QList<int>{3, 4} << 0;
        QTest::newRow("2 talks, shared") << 100 << QList<int>{3, 3} << QList<int>{2, 2} << 0;
        QTest::newRow("2 talks, first gets the spare line") << 86 << QList<int>{3, 3} << QList<int>{2, 1} << 0;
        QTest::newRow("3 talks") << 100 << QList<int>{4, 1, 1} << QList<int>{2, 1, 1} << 0;
        // Four fill a 100-pixel cell with one line each; five do not: "+2 more".
        QTest::newRow("4 talks, one line each") << 100 << QList<int>{2, 2, 2, 2} << QList<int>{1, 1, 1, 1} << 0;
        QTest::newRow("5 talks, +N more") << 100 << QList<int>{2, 2, 2, 2, 2} << QList<int>{1, 1, 1} << 2;
        QTest::newRow("4 talks, tall cell, in full") << 200 << QList<int>{2, 3, 2, 2} << QList<int>{2, 3, 2, 2} << 0;
    }

    void linesPerChip()
    {
        QFETCH(int, height);
        QFETCH(QList<int>, wanted);
        QFETCH(QList<int>, lines);
        QFETCH(int, hidden);
        const QRect cell(0, 0, 120, height);
        const ChipLayout layout = layoutChips(cell, wanted, metrics());
        QCOMPARE(layout.lines, lines);
        QCOMPARE(layout.visible, int(lines.size()));
        QCOMPARE(layout.hidden, hidden);
        QCOMPARE(layout.more.isEmpty(), hidden == 0);
        int bottom = 20;
        for (int i = 0; i < layout.visible; ++i) {
            QCOMPARE(layout.chips.at(i).height(), lines.at(i) * 14 + 4);
            QVERIFY(layout.chips.at(i).top() >= bottom); // one under the other
            bottom = layout.chips.at(i).bottom() + 1;
            QVERIFY2(layout.chips.at(i).bottom() <= cell.bottom() - 2, qPrintable(QString::number(i))); // inside the cell
        }
    }

    void moreThanFit()
    {
        const QRect cell(0, 0, 120, 100);
        const ChipLayout layout = layoutChips(cell, QList<int>{1, 1, 1, 1, 1, 1, 1}, metrics());
        QCOMPARE(layout.visible, 3);
        QCOMPARE(layout.hidden, 4);
        QCOMPARE(layout.more, QRect(2, 80, 116, 18));
        QCOMPARE(chipAt(layout, QPoint(10, 85)), -2);
        QVERIFY(layout.more.bottom() <= cell.bottom());
    }

    void tinyCells()
    {
        ChipLayout layout = layoutChips(QRect(0, 0, 50, 30), {1, 1, 1}, metrics()); // no room for any line
        QCOMPARE(layout.visible, 0);
        QCOMPARE(layout.hidden, 3);
        QVERIFY(layout.more.isEmpty());
        layout = layoutChips(QRect(0, 0, 50, 40), {1, 1, 1}, metrics()); // one line: it says "+3 more"
        QCOMPARE(layout.visible, 0);
        QCOMPARE(layout.hidden, 3);
        QVERIFY(!layout.more.isEmpty());
        layout = layoutChips(QRect(0, 0, 50, 40), {3}, metrics()); // one line, one talk: the chip
        QCOMPARE(layout.visible, 1);
        QCOMPARE(layout.lines, QList<int>{1});
    }

    void wantedCellHeights()
    {
        // metrics(): header 20, line 14, padding 4, spacing 2, margin 2.
        QCOMPARE(wantedCellHeight({}, metrics()), 22);
        QCOMPARE(wantedCellHeight({3}, metrics()), 20 + 46 + 2);
        QCOMPARE(wantedCellHeight({3, 2}, metrics()), 20 + 46 + 2 + 32 + 2);
        // What it says is what layoutChips needs to give every chip its lines.
        const QList<int> wanted{4, 2, 1};
        const ChipLayout layout = layoutChips(QRect(0, 0, 100, wantedCellHeight(wanted, metrics())), wanted, metrics());
        QCOMPARE(layout.lines, wanted);
        QCOMPARE(layoutChips(QRect(0, 0, 100, wantedCellHeight(wanted, metrics()) - 1), wanted, metrics()).lines, (QList<int>{3, 2, 1}));
    }

    void weeksShareTheHeight_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<QList<int>>("wanted");
        QTest::addColumn<QList<int>>("heights");
        QTest::newRow("all fit: equal") << 600 << QList<int>{40, 90, 40, 40, 40, 40} << QList<int>{100, 100, 100, 100, 100, 100};
        QTest::newRow("the rest spread") << 601 << QList<int>{40, 40, 40, 40, 40, 40} << QList<int>{101, 100, 100, 100, 100, 100};
        // February 2020 at 1280×800: one week's long title and speakers want 164 px.
        QTest::newRow("one long week") << 678 << QList<int>{30, 30, 30, 30, 164, 30} << QList<int>{103, 103, 103, 103, 164, 102};
        // Two weeks want a lot: both get what the others leave above half a share.
        QTest::newRow("two long weeks") << 600 << QList<int>{400, 30, 400, 30, 30, 30} << QList<int>{200, 50, 200, 50, 50, 50};
        // Nothing below the minimum (a chip line under the day number).
        QTest::newRow("the minimum over half a share") << 300 << QList<int>{300, 10, 10, 10, 10, 10} << QList<int>{50, 50, 50, 50, 50, 50};
        QTest::newRow("too small for the minimum") << 120 << QList<int>{300, 10, 10, 10, 10, 10} << QList<int>{20, 20, 20, 20, 20, 20};
    }

    void weeksShareTheHeight()
    {
        QFETCH(int, total);
        QFETCH(QList<int>, wanted);
        QFETCH(QList<int>, heights);
        const QList<int> got = weekHeights(total, wanted, 50);
        QCOMPARE(got, heights);
        QCOMPARE(std::accumulate(got.cbegin(), got.cend(), 0), total);
    }
};

QTEST_GUILESS_MAIN(TestMonthGrid)
#include "tst_monthgrid.moc"
