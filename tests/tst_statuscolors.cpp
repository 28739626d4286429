// SPDX-License-Identifier: GPL-2.0-or-later
#include "calendar/statuscolors.h"

#include <QPalette>
#include <QTest>

#include <cmath>

using namespace Lectern;

// The calendar's chips stay readable in a light and in a dark palette: the talk's text on
// the status-tinted chip meets WCAG AA (4.5:1), and the status colours differ from each other.
class TestStatusColors : public QObject
{
    Q_OBJECT

    static double luminance(const QColor &color)
    {
        const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
    }
    static double contrast(const QColor &a, const QColor &b)
    {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }
    static QPalette palette(const QColor &base, const QColor &text)
    {
        QPalette p;
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::Text, text);
        return p;
    }

private Q_SLOTS:
    void chipTextIsReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light (Breeze)") << palette(QColor(0xff, 0xff, 0xff), QColor(0x23, 0x26, 0x29));
        QTest::newRow("dark (Breeze Dark)") << palette(QColor(0x1b, 0x1e, 0x20), QColor(0xfc, 0xfc, 0xfc));
        QTest::newRow("dark (Fusion)") << palette(QColor(0x2a, 0x2a, 0x2a), QColor(0xff, 0xff, 0xff));
    }

    void chipTextIsReadable()
    {
        QFETCH(QPalette, palette);
        for (TalkStatus status : {TalkStatus::Tentative, TalkStatus::Confirmed, TalkStatus::Held, TalkStatus::Cancelled, TalkStatus::Postponed}) {
            const double ratio = contrast(chipFill(status, palette), palette.color(QPalette::Text));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2:1").arg(displayName(status), QString::number(ratio, 'f', 2))));
        }
    }

    void statusesLookDifferent()
    {
        const QList<TalkStatus> statuses = {TalkStatus::Tentative, TalkStatus::Confirmed, TalkStatus::Held, TalkStatus::Cancelled, TalkStatus::Postponed};
        for (int i = 0; i < statuses.size(); ++i) {
            for (int j = i + 1; j < statuses.size(); ++j) {
                const int hueA = statusColor(statuses.at(i)).hue();
                const int hueB = statusColor(statuses.at(j)).hue();
                const int distance = std::min(std::abs(hueA - hueB), 360 - std::abs(hueA - hueB));
                QVERIFY2(distance >= 25,
                         qPrintable(QStringLiteral("%1 and %2 are %3° apart")
                                            .arg(displayName(statuses.at(i)), displayName(statuses.at(j)), QString::number(distance))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStatusColors)
#include "tst_statuscolors.moc"
