// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "chiptext.h"
#include "domain/talk.h"
#include "schedule/monthgrid.h"

#include <QPersistentModelIndex>
#include <QTableView>
#include <QTimer>

#include <optional>

namespace Lectern {
class MonthModel;

// The month calendar: weeks as rows, days as cells, talks as chips. A chip can be dragged
// to another day; anything a MonthModel accepts can be dropped on a day. Arrows move the
// selected day, Page Up/Down change the month, Enter opens the day's talk.
class MonthView : public QTableView
{
    Q_OBJECT
public:
    explicit MonthView(QWidget *parent = nullptr);

    void setMonthModel(MonthModel *model);
    MonthModel *monthModel() const { return m_model; }
    ChipMetrics chipMetrics() const;
    // Where the talks of a day go in its cell: the one layout the delegate paints and the
    // view hit-tests, each chip with the lines its text wants when the cell has room.
    // `texts`, when given, receives each talk's ChipText (what the layout was made from).
    ChipLayout chipLayout(const QRect &cell, const QList<Talk> &talks, QList<ChipText> *texts = nullptr) const;
    // The width of a chip's text in a cell of this width.
    int chipTextWidth(int cellWidth) const;

    // The talk whose chip is at a point of the viewport.
    std::optional<Talk> talkAt(const QPoint &position) const;
    QDate selectedDate() const;
    // Shows the date's month if needed and selects the day.
    void selectDate(const QDate &date);
    QPersistentModelIndex dropTarget() const { return m_dropTarget; }

Q_SIGNALS:
    void talkActivated(qint64 talkId);
    void newTalkRequested(const QDate &date);
    void selectedDateChanged(const QDate &date);
    // Where a drag would land (invalid when it would land nowhere), for the status bar.
    void dropTargetChanged(const QDate &date);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The lines each talk's whole text takes in a cell of this width.
    QList<int> wantedLines(const QList<Talk> &talks, int cellWidth) const;
    // Shares the height among the weeks (weekHeights): a week whose talks want more gets it.
    void layoutWeeks();
    void setDropTarget(const QModelIndex &index);
    void openDay(const QDate &date, const QPoint &popupAt);
    void showMore(const QDate &date, const QPoint &popupAt);
    QString chipToolTip(const Talk &talk) const;

    MonthModel *m_model = nullptr;
    QPersistentModelIndex m_dropTarget;
    QPoint m_pressPosition;
    std::optional<Talk> m_pressedTalk;
    QTimer *m_weeksTimer = nullptr;
};

} // namespace Lectern
