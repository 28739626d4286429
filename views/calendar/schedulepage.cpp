// SPDX-License-Identifier: GPL-2.0-or-later
#include "schedulepage.h"

#include "emptystate.h"
#include "schedule/nextup.h"
#include "schedule/rhythm.h"
#include "schedule/slots.h"
#include "schedule/talkscheduler.h"
#include "storage/storage.h"

#include "itemmodels/agendamodel.h"
#include "itemmodels/inboxmodel.h"
#include "itemmodels/monthmodel.h"
#include "itemmodels/talkmime.h"
#include "monthview.h"
#include "schedule/talkscheduler.h"
#include "storage/storage.h"

#include <QAction>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lectern {
namespace {
const QString sidePanelKey = QStringLiteral("schedule/sidePanelVisible");
constexpr int TalkIdRole = Qt::UserRole + 1;
constexpr int ProposalIdRole = Qt::UserRole + 2;
} // namespace

QWidget *SchedulePage::buildNextUp()
{
    auto *stack = new QStackedWidget(this);
    m_nextUp = new QTreeWidget(stack);
    m_nextUp->setObjectName(QStringLiteral("nextUpView"));
    m_nextUp->setHeaderHidden(true);
    m_nextUp->setRootIsDecorated(true);
    // Whole lines, wrapped to the panel's width rather than cut short.
    m_nextUp->setWordWrap(true);
    m_nextUp->setTextElideMode(Qt::ElideRight); // a narrow panel shows "…"; the tooltip has the whole line
    m_nextUp->setUniformRowHeights(false);
    m_nextUp->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_nextUp->setToolTip(tr("Double-click a line to open the talk or the proposal"));
    stack->addWidget(m_nextUp);
    auto *nothing = new EmptyState(QStringLiteral("checkmark"), tr("Nothing needs doing"), stack);
    nothing->setObjectName(QStringLiteral("nothingNextUp"));
    nothing->setExplanation(tr("The talks of the next six weeks have a time, a speaker who confirmed and a stream link; recent talks have their slides "
                               "and recordings; no proposal has waited two weeks for a review."));
    stack->addWidget(nothing);
    connect(m_nextUp, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 talk = item->data(0, TalkIdRole).toLongLong();
        const qint64 proposal = item->data(0, ProposalIdRole).toLongLong();
        if (talk > 0) {
            Q_EMIT talkActivated(talk);
        } else if (proposal > 0) {
            Q_EMIT proposalActivated(proposal);
        }
    });
    // Every change to the talks may open or close a gap: read again once the changes settle.
    m_nextUpRefresh = new QTimer(this);
    m_nextUpRefresh->setSingleShot(true);
    m_nextUpRefresh->setInterval(50);
    connect(m_nextUpRefresh, &QTimer::timeout, this, &SchedulePage::refreshNextUp);
    for (auto signal : {&TalkRepository::talkAdded, &TalkRepository::talkUpdated, &TalkRepository::talkRemoved}) {
        connect(&m_storage.talks(), signal, m_nextUpRefresh, qOverload<>(&QTimer::start));
    }
    return stack;
}

QWidget *SchedulePage::buildMonthsAhead()
{
    auto *stack = new QStackedWidget(this);
    m_monthsAhead = new QListWidget(stack);
    m_monthsAhead->setObjectName(QStringLiteral("monthsAheadView"));
    m_monthsAhead->setWordWrap(true);
    m_monthsAhead->setSpacing(3);
    m_monthsAhead->setToolTip(tr("Click a month to show it in the calendar"));
    stack->addWidget(m_monthsAhead);
    m_noRhythm = new EmptyState(QStringLiteral("view-calendar-month"), tr("No rhythm set"), stack);
    m_noRhythm->setObjectName(QStringLiteral("noRhythm"));
    m_noRhythm->setExplanation(tr("Set the series' rhythm (Settings → Configure Series…), such as the last Wednesday of each month: "
                                  "its open dates for the months ahead are listed here and shown on the calendar."));
    auto *noRhythmPage = new QWidget(stack);
    auto *noRhythmLayout = new QVBoxLayout(noRhythmPage);
    m_noRhythm->setParent(noRhythmPage);
    noRhythmLayout->addWidget(m_noRhythm, 1);
    auto *configure = new QPushButton(QIcon::fromTheme(QStringLiteral("view-calendar")), tr("Configure Series…"), noRhythmPage);
    configure->setObjectName(QStringLiteral("configureSeriesButton"));
    connect(configure, &QPushButton::clicked, this, &SchedulePage::configureSeriesRequested);
    noRhythmLayout->addWidget(configure, 0, Qt::AlignHCenter);
    noRhythmLayout->addStretch(1);
    stack->addWidget(noRhythmPage);
    connect(m_monthsAhead, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const QDate month = item->data(Qt::UserRole).toDate();
        showMonth(month.year(), month.month());
    });
    connect(m_monthsAhead, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QDate month = item->data(Qt::UserRole).toDate();
        showMonth(month.year(), month.month());
    });
    m_slotsRefresh = new QTimer(this);
    m_slotsRefresh->setSingleShot(true);
    m_slotsRefresh->setInterval(50);
    connect(m_slotsRefresh, &QTimer::timeout, this, &SchedulePage::refreshSlots);
    for (auto signal : {&TalkRepository::talkAdded, &TalkRepository::talkUpdated, &TalkRepository::talkRemoved}) {
        connect(&m_storage.talks(), signal, m_slotsRefresh, qOverload<>(&QTimer::start));
    }
    connect(&m_storage.series(), &SeriesRepository::seriesChanged, m_slotsRefresh, qOverload<>(&QTimer::start));
    return stack;
}

void SchedulePage::refreshSlots()
{
    const QDate today = m_scheduler.today();
    auto slots = Slots::load(m_storage, today);
    auto series = m_storage.series().current();
    if (!slots || !series) {
        Q_EMIT statusMessage(!slots ? slots.error().message : series.error().message);
        return;
    }
    m_monthModel->setSlots(slots.value());
    if (series.value().usualWeekday == 0) {
        // the rhythm's weekday tints the calendar's column, as a usual weekday does
        const Rhythm rhythm = Rhythm::parse(series.value().recurrenceRule, series.value().recurrenceStart).value_or(Rhythm());
        const QList<QDate> dates = rhythm.dates(today, today.addMonths(2));
        m_monthModel->setUsualWeekday(dates.isEmpty() ? 0 : dates.constFirst().dayOfWeek());
    }
    auto *stack = qobject_cast<QStackedWidget *>(m_monthsAhead->parentWidget());
    const bool hasRhythm = !series.value().recurrenceRule.isEmpty();
    stack->setCurrentWidget(hasRhythm ? static_cast<QWidget *>(m_monthsAhead) : m_noRhythm->parentWidget());
    m_monthsAhead->clear();
    if (!hasRhythm) {
        m_side->setTabText(MonthsAheadTab, tr("Months Ahead"));
        return;
    }
    const QDate first(today.year(), today.month(), 1);
    const QDate end = Slots::horizonEnd(today, series.value().horizonMonths);
    auto talks = m_storage.talks().inRange(first, end);
    int open = 0;
    for (QDate month = first; month <= end; month = month.addMonths(1)) {
        QStringList parts;
        if (talks) {
            for (const Talk &talk : talks.value()) {
                if (talk.date.year() == month.year() && talk.date.month() == month.month() && talk.seriesId == series.value().meta.id) {
                    parts << tr("“%1” (%2, %3)").arg(talk.title, QLocale().toString(talk.date, QStringLiteral("ddd d")), displayName(talk.status));
                }
            }
        }
        for (const Slot &slot : slots.value()) {
            if (slot.isOpen() && slot.date.year() == month.year() && slot.date.month() == month.month()) {
                ++open;
                const QString day = QLocale().toString(slot.date, QStringLiteral("ddd d MMM"));
                QString text =
                        slot.startUtc.isValid() ? tr("open: %1 %2 UTC").arg(day, slot.startUtc.toString(QStringLiteral("HH:mm"))) : tr("open: %1").arg(day);
                for (const PublicHoliday &holiday : slot.holidays) {
                    text += QLatin1Char(' ') + tr("(a holiday: %1)").arg(holiday.name);
                }
                parts << text;
            }
        }
        if (parts.isEmpty()) {
            parts << tr("no talk, no slot");
        }
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(QLocale().standaloneMonthName(month.month()) + QLatin1Char(' ') + QString::number(month.year()),
                                                           parts.join(QStringLiteral("; "))),
                                         m_monthsAhead);
        item->setData(Qt::UserRole, month);
    }
    m_side->setTabText(MonthsAheadTab, tr("Months Ahead (%n open)", nullptr, open));
}

void SchedulePage::refreshNextUp()
{
    m_nextUp->clear();
    const auto items = NextUp::load(m_storage, m_scheduler.today());
    if (!items) {
        Q_EMIT statusMessage(items.error().message);
        return;
    }
    // One line per talk or proposal, with what it lacks below it.
    QTreeWidgetItem *group = nullptr;
    for (const NextUp::Item &item : items.value()) {
        if (!group || group->data(0, TalkIdRole).toLongLong() != item.talkId || group->data(0, ProposalIdRole).toLongLong() != item.proposalId) {
            const QString when = QLocale().toString(item.date, QLocale::ShortFormat);
            group = new QTreeWidgetItem(m_nextUp, {tr("%1 — %2").arg(when, item.title)});
            group->setData(0, TalkIdRole, item.talkId);
            group->setData(0, ProposalIdRole, item.proposalId);
            group->setToolTip(0, group->text(0));
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setExpanded(true);
        }
        auto *line = new QTreeWidgetItem(group, {item.message});
        line->setData(0, TalkIdRole, item.talkId);
        line->setData(0, ProposalIdRole, item.proposalId);
        line->setToolTip(0, QStringLiteral("%1: %2").arg(group->text(0), item.message));
    }
    m_side->setTabText(NextUpTab, tr("Next Up (%1)").arg(QString::number(items.value().size())));
    auto *stack = qobject_cast<QStackedWidget *>(m_nextUp->parentWidget());
    stack->setCurrentIndex(items.value().isEmpty() ? 1 : 0);
}

SchedulePage::SchedulePage(Storage &storage, TalkScheduler &scheduler, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_scheduler(scheduler)
{
    m_monthModel = new MonthModel(storage.talks(), this);
    m_monthModel->setAnnouncements(&storage.announcements());
    if (auto series = storage.series().current()) {
        m_monthModel->setUsualWeekday(series.value().usualWeekday);
    }
    // Talks dropped on a day move there; a new kind of source registers its own type here.
    m_monthModel->addDropSource(TalkMime::talkIdsType(), [this](const QList<qint64> &ids, const QDate &date) { return m_scheduler.moveTalks(ids, date); });
    m_monthModel->addDropSource(TalkMime::proposalIdsType(),
                                [this](const QList<qint64> &ids, const QDate &date) { return m_scheduler.scheduleProposals(ids, date); });

    m_monthView = new MonthView(this);
    m_monthView->setObjectName(QStringLiteral("monthView"));
    m_monthView->setMonthModel(m_monthModel);

    // Navigation: previous, today, next, the month's name, and a jump to any month.
    auto *previous = new QToolButton(this);
    previous->setIcon(QIcon::fromTheme(QStringLiteral("go-previous")));
    previous->setText(QStringLiteral("◀"));
    previous->setToolTip(tr("Previous month (Page Up)"));
    previous->setAccessibleName(tr("Previous month"));
    previous->setAutoRaise(true);
    auto *next = new QToolButton(this);
    next->setIcon(QIcon::fromTheme(QStringLiteral("go-next")));
    next->setText(QStringLiteral("▶"));
    next->setToolTip(tr("Next month (Page Down)"));
    next->setAccessibleName(tr("Next month"));
    next->setAutoRaise(true);
    auto *today = new QPushButton(tr("Today"), this);
    today->setObjectName(QStringLiteral("todayButton"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("monthTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_jump = new QDateEdit(this);
    m_jump->setObjectName(QStringLiteral("jumpToMonth"));
    m_jump->setDisplayFormat(QStringLiteral("MMM yyyy")); // short: the title beside it says the month in full
    m_jump->setCalendarPopup(true);
    m_jump->setToolTip(tr("Go to a month"));
    m_jump->setAccessibleName(tr("Go to month"));
    auto *newTalk = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("New Talk…"), this);
    newTalk->setObjectName(QStringLiteral("newTalkButton"));
    m_sidePanelAction = new QAction(QIcon::fromTheme(QStringLiteral("sidebar-show-right")), tr("Side &Panel"), this);
    m_sidePanelAction->setObjectName(QStringLiteral("sidePanelAction"));
    m_sidePanelAction->setCheckable(true);
    m_sidePanelAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_sidePanelAction->setToolTip(tr("Show or hide the undated talks, all talks and proposals beside the calendar (F9)"));
    auto *sidePanelButton = new QToolButton(this);
    sidePanelButton->setObjectName(QStringLiteral("sidePanelButton"));
    sidePanelButton->setDefaultAction(m_sidePanelAction);
    sidePanelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(m_jump);
    bar->addWidget(newTalk);
    bar->addWidget(sidePanelButton);

    auto *unscheduledModel = new AgendaModel(storage.talks(), AgendaModel::Scope::Unscheduled, this);
    m_unscheduledView = makeTalkList(unscheduledModel, QStringLiteral("unscheduledView"));
    m_unscheduledView->hideColumn(AgendaModel::DateColumn);
    m_unscheduledView->hideColumn(AgendaModel::TimeColumn);
    m_unscheduledView->setToolTip(tr("Talks without a date. Drag one onto a day to schedule it."));

    // An empty list says why it is empty and what goes there.
    auto *unscheduledStack = new QStackedWidget(this);
    unscheduledStack->addWidget(m_unscheduledView);
    auto *noUndated = new EmptyState(QStringLiteral("view-calendar-day"), tr("No undated talks"), unscheduledStack);
    noUndated->setObjectName(QStringLiteral("noUndatedTalks"));
    noUndated->setExplanation(tr("A talk without a date waits here: one you add without a date, or whose date you clear. Drag it onto a day to schedule it."));
    unscheduledStack->addWidget(noUndated);

    m_side = new QTabWidget(this);
    m_side->setObjectName(QStringLiteral("scheduleSidePanel"));
    m_side->addTab(unscheduledStack, tr("Undated"));
    m_side->setTabToolTip(UnscheduledTab, tr("Talks without a date yet"));
    // Whole labels; a panel too narrow for all four scrolls its tabs.
    m_side->setUsesScrollButtons(true);
    m_side->setElideMode(Qt::ElideNone);
    m_side->addTab(new QWidget(m_side), tr("All Talks"));
    m_side->setTabToolTip(AgendaTab, tr("Every talk, to find one or drag it elsewhere"));
    m_side->addTab(new QWidget(m_side), tr("Proposals"));
    m_side->setTabToolTip(ProposalsTab, tr("Accepted and shortlisted proposals, ready to be dragged onto a day"));
    m_side->addTab(buildNextUp(), tr("Next Up"));
    m_side->setTabToolTip(NextUpTab, tr("What the coming weeks' talks still lack, recent talks' missing links, proposals waiting for a review"));
    m_side->addTab(buildMonthsAhead(), tr("Months Ahead"));
    m_side->setTabToolTip(MonthsAheadTab, tr("The months the series is planned for: their talks, and the rhythm's open dates"));
    connect(m_side, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == AgendaTab) {
            agendaView();
        } else if (tab == ProposalsTab) {
            proposalsView();
        }
    });
    auto updateUnscheduledTab = [this, unscheduledModel, unscheduledStack, noUndated] {
        m_side->setTabText(UnscheduledTab, tr("Undated (%1)").arg(unscheduledModel->rowCount()));
        unscheduledStack->setCurrentWidget(unscheduledModel->rowCount() > 0 ? static_cast<QWidget *>(m_unscheduledView) : noUndated);
    };
    connect(unscheduledModel, &QAbstractItemModel::rowsInserted, this, updateUnscheduledTab);
    connect(unscheduledModel, &QAbstractItemModel::rowsRemoved, this, updateUnscheduledTab);
    connect(unscheduledModel, &QAbstractItemModel::modelReset, this, updateUnscheduledTab);
    updateUnscheduledTab();
    // As wide as the four tabs' whole labels where the window has room (whatever the
    // language); narrower windows shorten the labels rather than squeeze the calendar and
    // the navigation, and F9 hides the panel.
    refreshNextUp(); // its tab's label has the count in it
    refreshSlots();
    const int em = m_side->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_side->setMinimumWidth(em * 16);
    // Its tabs' width, but never so wide that the calendar (and the month's name) gives way:
    // past 24 em the tabs scroll.
    m_panelWidth = qBound(em * 16, m_side->tabBar()->sizeHint().width() + em * 2, em * 24);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    auto *calendar = new QWidget(splitter);
    auto *calendarLayout = new QVBoxLayout(calendar);
    calendarLayout->setContentsMargins(0, 0, 0, 0);
    calendarLayout->addLayout(bar);
    calendarLayout->addWidget(m_monthView, 1);
    splitter->addWidget(calendar);
    splitter->addWidget(m_side);
    // The calendar takes what the panel leaves; the panel its labels' width where there is
    // room (the user's splitter drag counts from then on).
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({1, m_panelWidth});
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_panelDragged = true; });

    // Hidden or shown as it was last time.
    const bool sidePanelVisible = QSettings().value(sidePanelKey, true).toBool();
    m_side->setVisible(sidePanelVisible);
    m_sidePanelAction->setChecked(sidePanelVisible);
    connect(m_sidePanelAction, &QAction::toggled, this, [this](bool visible) {
        m_side->setVisible(visible);
        QSettings().setValue(sidePanelKey, visible);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(previous, &QToolButton::clicked, this, [this] { m_monthView->selectDate(m_monthView->selectedDate().addMonths(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { m_monthView->selectDate(m_monthView->selectedDate().addMonths(1)); });
    connect(today, &QPushButton::clicked, this, &SchedulePage::goToToday);
    connect(m_jump, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (!m_monthModel->grid().isInMonth(date)) {
            showMonth(date.year(), date.month());
        }
    });
    connect(newTalk, &QPushButton::clicked, this, [this] { Q_EMIT newTalkRequested(m_monthView->selectedDate()); });
    connect(m_monthModel, &MonthModel::monthChanged, this, &SchedulePage::updateTitle);
    connect(m_monthView, &MonthView::talkActivated, this, &SchedulePage::talkActivated);
    connect(m_monthView, &MonthView::newTalkRequested, this, &SchedulePage::newTalkRequested);
    connect(m_monthView, &MonthView::dropTargetChanged, this, [this](const QDate &date) {
        Q_EMIT statusMessage(date.isValid() ? tr("Drop on %1").arg(QLocale().toString(date, QLocale::LongFormat)) : QString());
    });
    connect(m_monthModel, &MonthModel::loadFailed, this, &SchedulePage::statusMessage);

    goToToday();
    // With nothing scheduled from today on (an archive, or the sample series), open where the
    // talks are rather than on an empty month; Today is one click away.
    if (auto latest = storage.talks().latestDate(); latest && latest.value().isValid() && latest.value() < QDate::currentDate()) {
        showMonth(latest.value().year(), latest.value().month());
        m_monthView->selectDate(latest.value());
    }
}

QTreeView *SchedulePage::makeTalkList(AgendaModel *model, const QString &objectName)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(AgendaModel::SortRole);
    auto *view = new QTreeView(this);
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setDragEnabled(true);
    view->setDragDropMode(QAbstractItemView::DragOnly);
    view->setSortingEnabled(true);
    view->sortByColumn(AgendaModel::DateColumn, Qt::AscendingOrder);
    view->setTextElideMode(Qt::ElideRight);
    view->hideColumn(AgendaModel::SpeakersColumn);
    view->hideColumn(AgendaModel::EpisodeColumn);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    view->header()->setResizeContentsPrecision(100);
    connect(view, &QTreeView::activated, this, [this, proxy](const QModelIndex &index) {
        Q_EMIT talkActivated(proxy->data(index, AgendaModel::TalkIdRole).toLongLong());
    });
    return view;
}

QTreeView *SchedulePage::agendaView()
{
    if (!m_agendaView) {
        m_agendaModel = new AgendaModel(m_storage.talks(), AgendaModel::Scope::AllTalks, this);
        m_agendaModel->setAnnouncements(&m_storage.announcements());
        m_agendaView = makeTalkList(m_agendaModel, QStringLiteral("agendaView"));
        m_agendaView->setToolTip(tr("Every talk. Drag one onto a day to move it there."));
        replaceTab(AgendaTab, m_agendaView);
    }
    return m_agendaView;
}

QTreeView *SchedulePage::proposalsView()
{
    if (!m_proposalsView) {
        auto *model = new InboxModel(m_storage.proposals(), this);
        model->setStatuses({ProposalStatus::Accepted, ProposalStatus::Shortlisted});
        m_proposalsView = new QTreeView(this);
        m_proposalsView->setObjectName(QStringLiteral("proposalsToSchedule"));
        m_proposalsView->setModel(model);
        m_proposalsView->setRootIsDecorated(false);
        m_proposalsView->setUniformRowHeights(true);
        m_proposalsView->setAlternatingRowColors(true);
        m_proposalsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_proposalsView->setDragEnabled(true);
        m_proposalsView->setDragDropMode(QAbstractItemView::DragOnly);
        m_proposalsView->setTextElideMode(Qt::ElideRight);
        for (int column : {InboxModel::ReceivedColumn, InboxModel::SourceColumn, InboxModel::ScoreColumn}) {
            m_proposalsView->hideColumn(column);
        }
        m_proposalsView->header()->setStretchLastSection(false);
        m_proposalsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_proposalsView->header()->setSectionResizeMode(InboxModel::TitleColumn, QHeaderView::Stretch);
        m_proposalsView->setToolTip(tr("Accepted and shortlisted proposals. Drag one onto a day to make it a talk there."));
        connect(m_proposalsView, &QTreeView::activated, this, [this](const QModelIndex &index) {
            Q_EMIT proposalActivated(index.data(InboxModel::ProposalIdRole).toLongLong());
        });
        // With nothing accepted or shortlisted, the tab says how proposals get here.
        auto *stack = new QStackedWidget(this);
        stack->addWidget(m_proposalsView);
        auto *none = new EmptyState(QStringLiteral("mail-mark-important"), tr("No proposals to schedule"), stack);
        none->setObjectName(QStringLiteral("noProposalsToSchedule"));
        none->setExplanation(tr("Accept or shortlist a proposal in the Inbox (A or S), and it waits here to be dragged onto a day."));
        stack->addWidget(none);
        const auto follow = [this, model, stack, none] { stack->setCurrentWidget(model->rowCount() > 0 ? static_cast<QWidget *>(m_proposalsView) : none); };
        connect(model, &QAbstractItemModel::rowsInserted, stack, follow);
        connect(model, &QAbstractItemModel::rowsRemoved, stack, follow);
        connect(model, &QAbstractItemModel::modelReset, stack, follow);
        follow();
        replaceTab(ProposalsTab, stack);
    }
    return m_proposalsView;
}

void SchedulePage::replaceTab(int tab, QWidget *widget)
{
    const bool blocked = m_side->blockSignals(true);
    const int current = m_side->currentIndex();
    const QString text = m_side->tabText(tab);
    const QString toolTip = m_side->tabToolTip(tab);
    QWidget *placeholder = m_side->widget(tab);
    m_side->removeTab(tab);
    delete placeholder;
    m_side->insertTab(tab, widget, text);
    m_side->setTabToolTip(tab, toolTip);
    m_side->setCurrentIndex(current);
    m_side->blockSignals(blocked);
}

void SchedulePage::showMonth(int year, int month)
{
    QDate date(year, month, 1);
    const QDate selected = m_monthView->selectedDate();
    if (selected.isValid()) {
        date = QDate(year, month, qMin(selected.day(), date.daysInMonth()));
    }
    m_monthView->selectDate(date);
    updateTitle();
}

void SchedulePage::goToToday()
{
    m_monthModel->setToday(QDate::currentDate());
    m_monthView->selectDate(QDate::currentDate());
    updateTitle();
}

void SchedulePage::updateTitle()
{
    const QDate first = m_monthModel->grid().firstDayOfMonth();
    m_title->setText(QLocale().standaloneMonthName(first.month()) + QLatin1Char(' ') + QString::number(first.year()));
    // The month's name is never cut: at a narrow width the jump field gives way instead.
    m_title->setMinimumWidth(m_title->fontMetrics().horizontalAdvance(m_title->text()) + m_title->fontMetrics().averageCharWidth());
    const bool blocked = m_jump->blockSignals(true);
    m_jump->setDate(first);
    m_jump->blockSignals(blocked);
}

qint64 SchedulePage::selectedTalkId() const
{
    for (QTreeView *view : {m_unscheduledView, m_agendaView}) {
        if (view && view->hasFocus() && view->currentIndex().isValid()) {
            return view->currentIndex().data(AgendaModel::TalkIdRole).toLongLong();
        }
    }
    const QList<Talk> talks = m_monthModel->talksOn(m_monthView->selectedDate());
    return talks.isEmpty() ? 0 : talks.constFirst().meta.id;
}

void SchedulePage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    sizeSidePanel();
}

void SchedulePage::sizeSidePanel()
{
    if (m_panelDragged || !m_splitter || width() <= 0) {
        return;
    }
    const int panel = qMax(m_side->minimumWidth(), qMin(m_panelWidth, width() / 4));
    m_splitter->setSizes({qMax(1, m_splitter->width() - panel - m_splitter->handleWidth()), panel});
}

} // namespace Lectern
