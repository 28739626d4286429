// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QDateEdit;
class QAction;
class QTabWidget;
class QTimer;
class QTreeView;
class QTreeWidget;
class QListWidget;

class QSplitter;

namespace Lectern {
class AgendaModel;
class EmptyState;
class MonthModel;
class MonthView;
class Storage;
class TalkScheduler;

// The screen coordinators live in: the month calendar, with the talks not scheduled yet
// and the list of all talks beside it, both ready to be dragged onto a day.
class SchedulePage : public QWidget
{
    Q_OBJECT
public:
    enum SideTab { UnscheduledTab, AgendaTab, ProposalsTab, NextUpTab, MonthsAheadTab };

    SchedulePage(Storage &storage, TalkScheduler &scheduler, QWidget *parent = nullptr);

    MonthView *monthView() const { return m_monthView; }
    MonthModel *monthModel() const { return m_monthModel; }
    QTreeView *unscheduledView() const { return m_unscheduledView; }
    // View → Side Panel: shows or hides the tabs beside the calendar (remembered).
    QAction *sidePanelAction() const { return m_sidePanelAction; }
    // The list of all talks; built when first shown, so start-up reads one month only.
    QTreeView *agendaView();
    // Accepted and shortlisted proposals, to drag onto a day; built when first shown.
    QTreeView *proposalsView();

    void showMonth(int year, int month);
    void goToToday();
    // What needs doing next (NextUp), one line each; activating a line opens the talk or
    // the proposal.
    QTreeWidget *nextUpView() const { return m_nextUp; }
    void refreshNextUp();
    // The series' open slots on the calendar, and the months ahead: one line per month of
    // the horizon with its talks or its open dates; activating a line shows that month.
    QListWidget *monthsAheadView() const { return m_monthsAhead; }
    void refreshSlots();
    // The talk selected in whichever view has focus, or 0.
    qint64 selectedTalkId() const;

Q_SIGNALS:
    void talkActivated(qint64 talkId);
    void proposalActivated(qint64 proposalId);
    void newTalkRequested(const QDate &date);
    // The series has no rhythm yet and the user asks to set one.
    void configureSeriesRequested();
    void statusMessage(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The side panel's width for the page's: its tabs' width, at most a quarter of the page
    // (the calendar's days come first), at least what its lists need.
    void sizeSidePanel();
    QWidget *buildNextUp();
    QWidget *buildMonthsAhead();
    void updateTitle();
    QTreeView *makeTalkList(AgendaModel *model, const QString &objectName);
    void replaceTab(int tab, QWidget *widget);

    Storage &m_storage;
    TalkScheduler &m_scheduler;
    MonthModel *m_monthModel = nullptr;
    MonthView *m_monthView = nullptr;
    QLabel *m_title = nullptr;
    QDateEdit *m_jump = nullptr;
    QTabWidget *m_side = nullptr;
    QSplitter *m_splitter = nullptr;
    int m_panelWidth = 0; // its tabs' width, bounded
    bool m_panelDragged = false; // the user's splitter position counts from then on
    QAction *m_sidePanelAction = nullptr;
    QTreeWidget *m_nextUp = nullptr;
    QTimer *m_nextUpRefresh = nullptr;
    QListWidget *m_monthsAhead = nullptr;
    EmptyState *m_noRhythm = nullptr;
    QTimer *m_slotsRefresh = nullptr;
    QTreeView *m_unscheduledView = nullptr;
    QTreeView *m_agendaView = nullptr;
    AgendaModel *m_agendaModel = nullptr;
    QTreeView *m_proposalsView = nullptr;
};

} // namespace Lectern
