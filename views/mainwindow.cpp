// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "caldav/caldavpublisher.h"
#include "caldav/calendaraccount.h"
#include "operations/outboxoperations.h"
#include "outbox/dialogpasswordprompt.h"
#include "outbox/mailpassword.h"
#include "outbox/outboxpage.h"
#include "outbox/outboxrunner.h"
#include "publish/publishpanel.h"
#include "storage/serverlocation.h"

#include "calendarimport/importcalendardialog.h"

#include "calendar/monthview.h"
#include "calendar/schedulepage.h"
#include "demo/sampleseries.h"
#include "emptystate.h"
#include "export/exportpage.h"
#include "help/aboutdialog.h"
#include "help/userguide.h"
#include "history.h"
#include "history/dialogoverwritequestion.h"
#include "inbox/inboxpage.h"
#include "inbox/syncdialog.h"
#include "inbox/triagecommands.h"
#include "itemmodels/inboxmodel.h"
#include "operations/talkoperations.h"
#include "platform/useridentity.h"
#include "schedule/movetodatedialog.h"
#include "schedule/talkscheduler.h"
#include "schedule/warningdialog.h"
#include "server/dialogserverprompt.h"
#include "server/serverpassword.h"
#include "server/serverprompt.h"
#include "settings/settingsdialog.h"
#include "speakers/speakerspage.h"
#include "storage/changefeed.h"
#include "storage/storage.h"
#include "talkeditor/talkeditordialog.h"
#include "welcomepage.h"

#include "lectern_views_debug.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>

namespace Lectern {
namespace {
constexpr int maxRecent = 8;
const QString recentKey = QStringLiteral("recentDatabases");
const QString lastDatabaseKey = QStringLiteral("lastDatabase");
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString lastPageKey = QStringLiteral("mainWindow/lastPage");
// How often an open window asks SQLite whether another connection committed (a cheap read).
constexpr int feedIntervalMs = 250;
constexpr int changeLogDays = 90;
const char *const databaseFilter = QT_TRANSLATE_NOOP("MainWindow", "Lectern databases (*.sqlite *.db);;All files (*)");
} // namespace

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_dialogConfirmation(std::make_unique<WarningDialogConfirmation>(this))
    , m_undoStack(new QUndoStack(this))
    , m_overwriteQuestion(std::make_unique<DialogOverwriteQuestion>(this))
{
    History::setOverwriteQuestion(*m_undoStack, m_overwriteQuestion.get());
    setWindowTitle(tr("Lectern"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("x-office-calendar")));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(32, 32));
    m_navigation->setViewMode(QListView::ListMode);
    m_navigation->setFrameShape(QFrame::NoFrame);
    const std::pair<const char *, QString> entries[] = {
            {QT_TR_NOOP("Schedule"), QStringLiteral("view-calendar")},
            {QT_TR_NOOP("Inbox"), QStringLiteral("mail-folder-inbox")},
            {QT_TR_NOOP("Speakers"), QStringLiteral("system-users")},
            {QT_TR_NOOP("Export"), QStringLiteral("document-export")},
            {QT_TR_NOOP("Outbox"), QStringLiteral("mail-send")},
    };
    int labelWidth = 0;
    for (const auto &[label, icon] : entries) {
        new QListWidgetItem(QIcon::fromTheme(icon), tr(label), m_navigation);
        labelWidth = qMax(labelWidth, m_navigation->fontMetrics().horizontalAdvance(tr(label)));
    }
    // As wide as its longest label (in the language shown) and its icon: every pixel past
    // that is a pixel the calendar's days do not get.
    const int em = m_navigation->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_navigation->setFixedWidth(labelWidth + m_navigation->iconSize().width() + em * 2);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_workspace = new QWidget(this);
    auto *workspaceLayout = new QHBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->addWidget(m_navigation);
    workspaceLayout->addWidget(m_pages, 1);

    // The welcome page is made when first needed: most starts open a database straight away.
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_workspace);
    setCentralWidget(m_central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        // The export preview is made when the page is looked at, not on every change elsewhere.
        if (row == int(Page::Speakers)) {
            speakersPage();
        }
        if (row == int(Page::Inbox)) {
            inboxPage();
        }
        if (row == int(Page::Export) && m_exportPage) {
            m_exportPage->setSelectedTalk(m_schedulePage ? m_schedulePage->selectedTalkId() : 0);
            m_exportPage->refresh();
        }
    });

    setupActions();

    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    if (!settings.contains(geometryKey)) {
        // First start: most of the screen, centred (then as the user leaves it).
        const QRect available = screen()->availableGeometry();
        resize(available.width() * 85 / 100, available.height() * 85 / 100);
        move(available.center() - QPoint(width() / 2, height() / 2));
    }

    // An empty file is where a series can be started (as `lectern-cli init` would); a server
    // is connected to at once (its errors are said there, and the welcome page follows).
    if (ServerLocation::isServer(databasePath) || (QFileInfo::exists(databasePath) && QFileInfo(databasePath).size() > 0)) {
        if (!openDatabase(databasePath)) {
            showWelcome(Database::defaultPath() == databasePath ? QString() : Database::defaultPath());
        }
    } else {
        showWelcome(databasePath);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Database…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    openAction->setShortcut(QKeySequence::Open);
    QAction *connectAction = file->addAction(
            QIcon::fromTheme(QStringLiteral("network-server-database")), tr("Connect to a &Shared Schedule…"), this, [this] { connectToServer(); });
    connectAction->setObjectName(QStringLiteral("connectToServer"));
    connectAction->setToolTip(tr("Work on a schedule the team keeps on a PostgreSQL server"));
    m_recentMenu = file->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    file->addSeparator();
    m_saveCopyAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save a &Copy…"), this, &MainWindow::saveCopyDialog);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_saveCopyAction->setToolTip(tr("Write a copy of the whole database to another file, for a backup or to share"));
    m_importCalendarAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Calendar…"), this, &MainWindow::importCalendar);
    m_importCalendarAction->setObjectName(QStringLiteral("importCalendarAction"));
    m_importCalendarAction->setToolTip(tr("Add or update talks from an iCalendar (.ics) file of another program"));
    file->addSeparator();
    QAction *quitAction = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    // The platform's redo keys, and Ctrl+Shift+Z wherever the platform has another.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ)) {
        redoKeys.append(ctrlShiftZ);
    }
    redo->setShortcuts(redoKeys);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *newTalkAction = edit->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New Talk…"), this, [this] { newTalk(); });
    newTalkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *editTalkAction = edit->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Talk…"), this, [this] {
        if (m_schedulePage && m_schedulePage->selectedTalkId() > 0) {
            editTalk(m_schedulePage->selectedTalkId());
        }
    });
    editTalkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *moveAction = edit->addAction(QIcon::fromTheme(QStringLiteral("go-jump")), tr("&Move to Date…"), this, &MainWindow::moveSelectedTalk);
    moveAction->setObjectName(QStringLiteral("moveToDateAction"));
    moveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    QAction *cancelAction = edit->addAction(QIcon::fromTheme(QStringLiteral("dialog-cancel")), tr("&Cancel Talk"), this, [this] {
        if (m_schedulePage && m_schedulePage->selectedTalkId() > 0) {
            m_scheduler->cancelTalk(m_schedulePage->selectedTalkId());
        }
    });
    QAction *deleteAction = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Talk"), this, [this] {
        if (m_schedulePage && m_schedulePage->selectedTalkId() > 0) {
            m_scheduler->deleteTalk(m_schedulePage->selectedTalkId());
        }
    });
    deleteAction->setShortcut(QKeySequence::Delete);
    m_talkActions = {newTalkAction, editTalkAction, moveAction, cancelAction, deleteAction};

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    m_historyDock = new QDockWidget(tr("Undo History"), this);
    m_historyDock->setObjectName(QStringLiteral("undoHistoryDock"));
    auto *history = new QUndoView(m_undoStack, m_historyDock);
    history->setEmptyLabel(tr("As opened"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    QAction *historyAction = m_historyDock->toggleViewAction();
    historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addAction(historyAction);

    // The inbox's triage actions; the page (and so the menu's contents) is made when first
    // needed, so that start-up reads no proposals.
    m_proposalMenu = menuBar()->addMenu(tr("&Proposal"));
    connect(m_proposalMenu, &QMenu::aboutToShow, this, [this] { inboxPage(); });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int page = int(Page::Schedule); page <= int(Page::Outbox); ++page) {
        QAction *action = go->addAction(m_navigation->item(page)->icon(), m_navigation->item(page)->text(), this, [this, page] { showPage(Page(page)); });
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + page)));
    }
    setupSettingsMenu();
    setupHelpMenu();
    updateRecentMenu();
}

void MainWindow::showWelcome(const QString &path)
{
    m_pendingPath = path.isEmpty() ? Database::defaultPath() : path;
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_central);
        m_welcome->setObjectName(QStringLiteral("welcomePage"));
        m_central->addWidget(m_welcome);
        connect(m_welcome, &WelcomePage::sampleSeriesRequested, this, [this] { openDatabase(m_pendingPath, true, true); });
        connect(m_welcome, &WelcomePage::emptySeriesRequested, this, [this] {
            if (openDatabase(m_pendingPath, true, false)) {
                configureSeries(SeriesDialog::Mode::FirstRun); // the first-run page
            }
        });
        connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDatabaseDialog);
    }
    m_welcome->setDatabasePath(m_pendingPath);
    m_central->setCurrentWidget(m_welcome);
    statusBar()->showMessage(tr("No database open"));
    updateTalkActions();
}

bool MainWindow::openDatabase(const QString &path, bool create, bool withSampleSeries)
{
    // A shared schedule on a server: its own locking and row versions let every coordinator
    // work at once, so there is no lock file (and no file to check).
    const bool server = ServerLocation::isServer(path);
    if (m_storage && m_storage->database().isServer() && server && m_storage->database().path() == Storage::displayName(path)) {
        statusBar()->showMessage(tr("%1 is already open.").arg(m_storage->database().path()), 5000);
        return true;
    }
    std::unique_ptr<QLockFile> lock;
    if (!server) {
        if (create && QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
            reportError(tr("Cannot create the database"),
                        tr("%1 already exists. Open it instead, or choose another name.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        // One program at a time edits a database file: a second window or instance would work
        // on rows the first one has in its models and undo history.
        lock = std::make_unique<QLockFile>(QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock"));
        lock->setStaleLockTime(0); // only a lock whose process is gone is stale
        const bool sameFile = m_storage && !m_storage->database().isServer() && QFileInfo(m_storage->database().path()) == QFileInfo(path);
        if (sameFile) {
            statusBar()->showMessage(tr("%1 is already open.").arg(QDir::toNativeSeparators(path)), 5000);
            return true;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            QString host;
            QString application;
            lock->getLockInfo(&pid, &host, &application);
            reportError(tr("The database is in use"),
                        lock->error() == QLockFile::LockFailedError
                                ? tr("%1 is already open in Lectern (process %2 on %3). Close it there first: two programs editing one schedule could lose "
                                     "changes.")
                                          .arg(QDir::toNativeSeparators(path), QString::number(pid), host)
                                : tr("Cannot create the lock file next to %1; is the folder writable?").arg(QDir::toNativeSeparators(path)));
            return false;
        }
    }
    // A server named without its password: the keyring's, when one was kept (libpq's own
    // ~/.pgpass still comes after).
    QString location = path;
    std::optional<ServerLocation> named;
    if (server) {
        if (auto parsed = ServerLocation::parse(path); parsed) {
            named = parsed.value();
            if (named->password.isEmpty() && !named->host.isEmpty()) {
                if (auto kept = ServerPassword::read(*named)) {
                    ServerLocation withPassword = *named;
                    withPassword.password = *kept;
                    location = withPassword.uri();
                }
            }
        }
    }
    auto storage = Storage::open(location, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    if (!storage) {
        m_lastOpenError = storage.error().message;
        // Refused by the server (a password missing or wrong, no such database): ask where and
        // how, saying why, rather than only refusing.
        if (named && !named->host.isEmpty() && !m_connecting && (m_serverPrompt || QApplication::platformName() != QLatin1String("offscreen"))) {
            return connectToServer(*named, storage.error().message);
        }
        if (!m_connecting) {
            reportError(tr("Cannot open the database"), storage.error().message);
        }
        return false;
    }
    if (create) {
        const auto filled = withSampleSeries ? SampleSeries::load(*storage.value()) : Result<void>();
        const auto series = withSampleSeries ? Result<Series>(Series()) : storage.value()->ensureSeries(tr("My talk series"));
        if (!filled || !series) {
            reportError(tr("Cannot set up the database"), !filled ? filled.error().message : series.error().message);
            return false;
        }
    }

    // The pages and the history follow the old repositories: drop them before the storage goes.
    clearPages();
    m_feed.reset();
    m_storage.reset();
    m_lock = std::move(lock); // the previous database's lock goes with it
    m_storage = std::move(storage).value();
    rebuildPages();
    startFollowing();

    const QString absolute = m_storage->database().path();
    QSettings settings;
    settings.setValue(lastDatabaseKey, absolute);
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    recent = recent.mid(0, maxRecent);
    settings.setValue(recentKey, recent);
    updateRecentMenu();

    setWindowTitle(tr("%1 — Lectern").arg(m_storage->database().isServer() ? absolute : QFileInfo(absolute).fileName()));
    statusBar()->showMessage(m_storage->database().isServer() ? absolute : QDir::toNativeSeparators(absolute));
    m_central->setCurrentWidget(m_workspace);
    showPage(Page(qBound(0, settings.value(lastPageKey, 0).toInt(), int(Page::Outbox))));
    updateTalkActions();
    return true;
}

void MainWindow::startFollowing()
{
    m_storage->database().setOrigin({QStringLiteral("gui"), UserIdentity::coordinatorName()});
    m_feed = std::make_unique<ChangeFeed>(*m_storage);
    connect(m_feed.get(), &ChangeFeed::changedElsewhere, this, &MainWindow::showChangesElsewhere);
    connect(m_feed.get(), &ChangeFeed::failed, this, [this](const QString &message) { qCWarning(LECTERN_VIEWS) << "cannot follow other writers:" << message; });
    connect(m_feed.get(), &ChangeFeed::connectionChanged, this, &MainWindow::showConnectionState);
    if (m_connectionState) {
        m_connectionState->hide(); // said of the previous database
    }
    // The log only needs to reach back as far as an open window's history can.
    if (auto pruned = m_storage->changeLog().prune(QDateTime::currentDateTimeUtc().addDays(-changeLogDays)); !pruned) {
        qCWarning(LECTERN_VIEWS) << "cannot prune the change log:" << pruned.error().message;
    }
    if (auto ok = m_feed->start(feedIntervalMs); !ok) {
        qCWarning(LECTERN_VIEWS) << "cannot follow other writers:" << ok.error().message;
    }
    // On a shared schedule: who else has it open, looked at again every half minute.
    if (!m_presence) {
        m_presence = new QLabel(this);
        m_presence->setObjectName(QStringLiteral("presence"));
        statusBar()->addPermanentWidget(m_presence);
        m_presenceTimer = new QTimer(this);
        m_presenceTimer->setInterval(30000);
        connect(m_presenceTimer, &QTimer::timeout, this, &MainWindow::updatePresence);
    }
    m_presenceTimer->start();
    updatePresence();
}

void MainWindow::updatePresence()
{
    if (!m_presence) {
        return;
    }
    if (!m_storage || !m_storage->database().isServer() || !m_storage->database().isOnline()) {
        m_presence->clear();
        m_presence->hide();
        return;
    }
    auto others = m_storage->database().otherSessions();
    m_presence->setVisible(others && !others.value().isEmpty());
    if (others && !others.value().isEmpty()) {
        m_presence->setText(tr("Also open: %1").arg(QLocale().createSeparatedList(others.value())));
        m_presence->setToolTip(tr("Other coordinators working on %1 now").arg(m_storage->database().path()));
    }
}

void MainWindow::showConnectionState(bool online, const QString &message)
{
    if (!m_connectionState) {
        m_connectionState = new QLabel(this);
        m_connectionState->setObjectName(QStringLiteral("connectionState"));
        statusBar()->addPermanentWidget(m_connectionState);
    }
    m_connectionState->setVisible(!online);
    if (online) {
        m_connectionState->clear();
        statusBar()->showMessage(message, 10000);
    } else {
        m_connectionState->setText(tr("<b>Offline</b> — reconnecting…"));
        m_connectionState->setToolTip(message);
        statusBar()->showMessage(message);
    }
    updatePresence();
}

void MainWindow::showChangesElsewhere(const QList<ChangeEntry> &entries)
{
    statusBar()->showMessage(tr("Updated with %n change(s) by %1", nullptr, int(entries.size())).arg(ChangeLog::describeWriter(entries.constLast())), 8000);
    updateTalkActions();
}

void MainWindow::clearPages()
{
    m_undoStack->clear();
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_schedulePage = nullptr;
    m_exportPage = nullptr;
    m_outboxPage = nullptr;
    delete m_outboxRunner;
    m_outboxRunner = nullptr;
    m_speakersPage = nullptr;
    m_inboxPage = nullptr;
    if (m_proposalMenu) {
        m_proposalMenu->clear();
    }
    delete m_triage;
    m_triage = nullptr;
    delete m_scheduler;
    m_scheduler = nullptr;
}

void MainWindow::rebuildPages()
{
    m_scheduler = new TalkScheduler(*m_storage, *m_undoStack, confirmation(), this);
    connect(m_scheduler, &TalkScheduler::failed, this, [this](const QString &message) { reportError(tr("The schedule was not changed"), message); });
    connect(m_scheduler, &TalkScheduler::informed, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_schedulePage = new SchedulePage(*m_storage, *m_scheduler, m_pages);
    m_schedulePage->setObjectName(QStringLiteral("schedulePage"));
    connect(m_schedulePage, &SchedulePage::talkActivated, this, &MainWindow::editTalk);
    connect(m_schedulePage, &SchedulePage::newTalkRequested, this, &MainWindow::newTalk);
    connect(m_schedulePage, &SchedulePage::configureSeriesRequested, this, [this] { configureSeries(SeriesDialog::Mode::Full); });
    connect(m_schedulePage, &SchedulePage::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    m_pages->addWidget(m_schedulePage);
    m_viewMenu->insertAction(m_viewMenu->actions().value(0), m_schedulePage->sidePanelAction());

    m_triage = new TriageCommands(*m_storage, *m_undoStack, this);
    connect(m_triage, &TriageCommands::failed, this, [this](const QString &message) { reportError(tr("The proposals were not changed"), message); });
    connect(m_schedulePage, &SchedulePage::proposalActivated, this, [this](qint64 id) {
        showPage(Page::Inbox);
        if (InboxPage *inbox = inboxPage(); inbox && inbox->model()->rowOf(id) < 0) {
            inbox->setFilter(InboxPage::Filter::All);
            inbox->selectProposal(id);
        } else if (inbox) {
            inbox->selectProposal(id);
        }
    });
    // The inbox is made when first shown.
    m_pages->addWidget(new QWidget(m_pages));

    // The directory (and its duplicate check over every record) is built when first shown.
    m_pages->addWidget(new QWidget(m_pages));

    m_exportPage = new ExportPage(*m_storage, m_undoStack, m_pages);
    m_exportPage->setObjectName(QStringLiteral("exportPage"));
    connect(m_exportPage, &ExportPage::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_schedulePage->monthView(), &MonthView::selectedDateChanged, this, [this] { m_exportPage->setSelectedTalk(m_schedulePage->selectedTalkId()); });
    m_pages->addWidget(m_exportPage);

    // What waits to go out, and the window's sender, which sends it when it is due.
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    if (!m_mailPassword) {
        m_dialogPrompt = std::make_unique<DialogPasswordPrompt>(this);
        m_mailPassword = new MailPassword(*m_dialogPrompt, this);
    }
    m_outboxRunner = new OutboxRunner(*m_storage, *m_network, *m_mailPassword, this);
    m_outboxPage = new OutboxPage(*m_storage, m_undoStack, m_outboxRunner, m_pages);
    m_outboxPage->setObjectName(QStringLiteral("outboxPage"));
    connect(m_outboxPage, &OutboxPage::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_pages->addWidget(m_outboxPage);
    for (auto signal : {&OutboxRepository::entryAdded, &OutboxRepository::entryChanged, &OutboxRepository::entryRemoved}) {
        connect(&m_storage->outbox(), signal, this, &MainWindow::updateOutboxStatus);
    }
    connect(m_outboxRunner, &OutboxRunner::finished, this, [this](const OutboxSender::Report &report) {
        if (report.sent + report.failed + report.unknown > 0) {
            statusBar()->showMessage(tr("Outbox: %1 sent, %2 failed, %3 outcome unknown.")
                                             .arg(QString::number(report.sent), QString::number(report.failed), QString::number(report.unknown)),
                                     8000);
        }
        updateOutboxStatus();
    });
    m_outboxRunner->setAutomatic(true);
    // Every change of a talk, from this window or another writer, reaches the published
    // calendar: one waiting publish sends them all.
    const auto publish = [this] {
        QSettings settings;
        const CalendarAccount calendar = CalendarAccount::load(settings);
        if (calendar.isSet() && calendar.automatic && m_storage) {
            if (auto queued = OutboxOperations::requestPublish(*m_storage, calendar.collection); !queued) {
                statusBar()->showMessage(queued.error().message, 8000);
            }
        }
    };
    connect(&m_storage->talks(), &TalkRepository::talkAdded, this, publish);
    connect(&m_storage->talks(), &TalkRepository::talkUpdated, this, publish);
    connect(&m_storage->talks(), &TalkRepository::talkRemoved, this, publish);
    // The published calendar: on the Export page (where the .ics is made by hand) and in the
    // Outbox (where the publishes wait).
    m_publishPanels.clear();
    connect(&m_storage->publishing(), &PublishRepository::changed, this, &MainWindow::updateOutboxStatus);
    for (QWidget *page : {static_cast<QWidget *>(m_exportPage), static_cast<QWidget *>(m_outboxPage)}) {
        auto *panel = new PublishPanel(*m_storage, m_undoStack, m_outboxRunner, page);
        connect(panel, &PublishPanel::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        connect(panel, &PublishPanel::configureRequested, m_configureAction, &QAction::trigger);
        if (page == m_exportPage) {
            m_exportPage->addPublishPanel(panel);
        } else {
            m_outboxPage->addPublishPanel(panel);
        }
        m_publishPanels << panel;
    }
    updateOutboxStatus();
}

void MainWindow::setPasswordPrompt(PasswordPrompt *prompt)
{
    delete m_mailPassword;
    m_mailPassword = new MailPassword(prompt ? *prompt : *m_dialogPrompt, this);
    if (m_storage) {
        const int page = m_pages->currentIndex();
        clearPages();
        rebuildPages();
        m_pages->setCurrentIndex(page);
    }
}

void MainWindow::updateOutboxStatus()
{
    if (!m_outboxStatus) {
        m_outboxStatus = new QLabel(this);
        m_outboxStatus->setObjectName(QStringLiteral("outboxStatus"));
        statusBar()->addPermanentWidget(m_outboxStatus);
    }
    if (!m_storage) {
        m_outboxStatus->clear();
        return;
    }
    auto summary = m_storage->outbox().summary(QDateTime::currentDateTimeUtc());
    if (!summary) {
        m_outboxStatus->setText(summary.error().message);
        return;
    }
    QStringList parts;
    if (summary.value().waiting > 0) {
        parts << tr("Outbox: %n waiting", nullptr, summary.value().waiting);
    }
    if (summary.value().needsAttention > 0) {
        parts << tr("%n need(s) attention", nullptr, summary.value().needsAttention);
    }
    // Events of the published calendar that wait for the coordinator's choice.
    QSettings settings;
    if (const CalendarAccount calendar = CalendarAccount::load(settings); calendar.isSet()) {
        auto conflicts = m_storage->publishing().conflicts(CalDavPublisher::collectionKey(calendar.collection));
        if (conflicts && !conflicts.value().isEmpty()) {
            parts << tr("%n calendar conflict(s)", nullptr, int(conflicts.value().size()));
        }
    }
    if (!summary.value().lastError.isEmpty()) {
        parts << tr("the last try failed");
        m_outboxStatus->setToolTip(summary.value().lastError);
    } else {
        m_outboxStatus->setToolTip(QString());
    }
    m_outboxStatus->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::setScheduleConfirmation(ScheduleConfirmation *confirmation)
{
    m_confirmation = confirmation;
    if (m_storage) {
        // The scheduler keeps the confirmation it was made with: make the pages anew.
        const int page = m_pages->currentIndex();
        clearPages();
        rebuildPages();
        m_pages->setCurrentIndex(page);
    }
}

InboxPage *MainWindow::inboxPage()
{
    if (!m_inboxPage && m_storage) {
        m_inboxPage = new InboxPage(*m_storage, *m_triage, *m_scheduler, m_pages);
        connect(m_inboxPage, &InboxPage::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        connect(m_inboxPage, &InboxPage::syncRequested, this, [this] {
            SyncDialog dialog(*m_storage, this);
            dialog.exec();
        });
        const QList<QAction *> actions = m_inboxPage->proposalActions();
        for (QAction *action : actions) {
            if (action) {
                m_proposalMenu->addAction(action);
            } else {
                m_proposalMenu->addSeparator();
            }
        }
        const int index = int(Page::Inbox);
        QWidget *placeholder = m_pages->widget(index);
        const bool current = m_pages->currentIndex() == index;
        m_pages->insertWidget(index, m_inboxPage);
        m_pages->removeWidget(placeholder);
        delete placeholder;
        if (current) {
            m_pages->setCurrentIndex(index);
        }
    }
    return m_inboxPage;
}

SpeakersPage *MainWindow::speakersPage()
{
    if (!m_speakersPage && m_storage) {
        m_speakersPage = new SpeakersPage(*m_storage, *m_undoStack, m_pages);
        m_speakersPage->setObjectName(QStringLiteral("speakersPage"));
        connect(m_speakersPage, &SpeakersPage::talkActivated, this, &MainWindow::editTalk);
        connect(m_speakersPage, &SpeakersPage::failed, this, [this](const QString &message) {
            reportError(tr("The speaker records were not changed"), message);
        });
        const int index = int(Page::Speakers);
        QWidget *placeholder = m_pages->widget(index);
        const bool current = m_pages->currentIndex() == index;
        m_pages->insertWidget(index, m_speakersPage);
        m_pages->removeWidget(placeholder);
        delete placeholder;
        if (current) {
            m_pages->setCurrentIndex(index);
        }
    }
    return m_speakersPage;
}

ScheduleConfirmation &MainWindow::confirmation()
{
    return m_confirmation ? *m_confirmation : *m_dialogConfirmation;
}

void MainWindow::editTalk(qint64 talkId)
{
    if (!m_storage || talkId <= 0) {
        return;
    }
    auto talk = m_storage->talks().find(talkId);
    if (!talk) {
        reportError(tr("Cannot open the talk"), talk.error().message);
        return;
    }
    TalkEditorDialog editor(*m_storage, *m_scheduler, talk.value(), this);
    if (editor.exec() == QDialog::Accepted) {
        m_scheduler->saveTalk(editor.talk());
    }
}

void MainWindow::newTalk(const QDate &date)
{
    if (!m_storage) {
        return;
    }
    const QDate day = date.isValid() ? date : (m_schedulePage ? m_schedulePage->monthView()->selectedDate() : QDate());
    auto talk = TalkOperations::newTalk(*m_storage, day);
    if (!talk) {
        reportError(tr("Cannot add a talk"), talk.error().message);
        return;
    }
    TalkEditorDialog editor(*m_storage, *m_scheduler, talk.value(), this);
    if (editor.exec() == QDialog::Accepted) {
        m_scheduler->createTalk(editor.talk());
    }
}

void MainWindow::moveSelectedTalk()
{
    if (!m_schedulePage || m_schedulePage->selectedTalkId() <= 0) {
        statusBar()->showMessage(tr("Select a day with a talk, or a talk in a list, to move it."), 5000);
        return;
    }
    auto talk = m_storage->talks().find(m_schedulePage->selectedTalkId());
    if (!talk) {
        reportError(tr("Cannot move the talk"), talk.error().message);
        return;
    }
    MoveToDateDialog dialog(talk.value(), talk.value().date, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_scheduler->moveTalk(talk.value().meta.id, dialog.date(), dialog.time());
    }
}

void MainWindow::updateTalkActions()
{
    for (QAction *action : std::as_const(m_talkActions)) {
        action->setEnabled(m_storage != nullptr);
    }
    m_saveCopyAction->setEnabled(m_storage != nullptr);
    m_importCalendarAction->setEnabled(m_storage != nullptr);
    m_configureAction->setEnabled(true); // personal settings need no database
    m_configureSeriesAction->setEnabled(m_storage != nullptr);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
    m_pages->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDatabase(path); });
        action->setEnabled(ServerLocation::isServer(path) || QFileInfo::exists(path));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QDir::homePath() + QStringLiteral("/talks.sqlite"), tr(databaseFilter));
    if (path.isEmpty()) {
        return;
    }
    // The file dialog already asked before replacing a file; never reuse its contents.
    if (QFileInfo::exists(path)) {
        reportError(tr("Cannot create the database"),
                    tr("%1 already exists. Lectern does not overwrite files; choose a new name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path, true, false);
}

void MainWindow::importCalendar()
{
    if (!m_storage) {
        return;
    }
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Import Calendar"),
                                                      settings.value(QStringLiteral("import/calendarFolder")).toString(),
                                                      tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(QStringLiteral("import/calendarFolder"), QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reportError(tr("Cannot import the calendar"), tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QString name = QFileInfo(path).fileName();
    ImportCalendarDialog dialog(*m_storage, name, file.readAll(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.canImport()) {
        return;
    }
    if (m_scheduler->importCalendar(dialog.plan(), name)) {
        statusBar()->showMessage(tr("Imported %1: %2 new, %3 updated talks.")
                                         .arg(name, QString::number(dialog.plan().creates.size()), QString::number(dialog.plan().updates.size())),
                                 8000);
    }
}

bool MainWindow::connectToServer(const ServerLocation &initial, const QString &problem)
{
    DialogServerPrompt dialog(this);
    ServerPrompt &prompt = m_serverPrompt ? *m_serverPrompt : static_cast<ServerPrompt &>(dialog);
    const bool wasConnecting = m_connecting;
    m_connecting = true;
    ServerLocation asked = initial;
    QString why = problem;
    bool keyring = false;
    ServerPassword::read(initial, &keyring);
    for (;;) {
        const auto answer = prompt.ask(asked, why, keyring);
        if (!answer) {
            m_connecting = wasConnecting;
            return false;
        }
        asked = answer->server;
        if (openDatabase(asked.uri())) {
            if (answer->remember) {
                ServerPassword::store(asked);
            }
            m_connecting = wasConnecting;
            return true;
        }
        why = m_lastOpenError;
    }
}

void MainWindow::openDatabaseDialog()
{
    const QString start = m_storage ? QFileInfo(m_storage->database().path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start, tr(databaseFilter));
    if (!path.isEmpty()) {
        openDatabase(path);
    }
}

SeriesDialog *MainWindow::configureSeries(SeriesDialog::Mode mode)
{
    if (!m_storage) {
        return nullptr;
    }
    // Window-modal and not exec()'d: the program (and a test) goes on while it is open.
    auto *dialog = new SeriesDialog(*m_storage, *m_undoStack, mode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

void MainWindow::setupSettingsMenu()
{
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    m_configureSeriesAction = settings->addAction(
            QIcon::fromTheme(QStringLiteral("view-calendar")), tr("Configure &Series…"), this, [this] { configureSeries(SeriesDialog::Mode::Full); });
    m_configureSeriesAction->setObjectName(QStringLiteral("configureSeries"));
    m_configureAction = settings->addAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Configure Lectern…"), this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        if (m_inboxPage) {
            m_inboxPage->setReviewerName(m_inboxPage->reviewerName());
        }
        for (PublishPanel *panel : std::as_const(m_publishPanels)) {
            if (panel) {
                panel->reloadAccount();
            }
        }
        updateOutboxStatus();
    });
    // KDE's Ctrl+Shift+, where the platform names no standard key for preferences.
    m_configureAction->setShortcut(QKeySequence(QKeySequence::Preferences).isEmpty() ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma)
                                                                                     : QKeySequence(QKeySequence::Preferences));
    m_configureAction->setMenuRole(QAction::PreferencesRole);
}

void MainWindow::setupHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *handbook = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("Lectern &Handbook"), this, [this] {
        if (!m_userGuide) {
            m_userGuide = new UserGuideWindow(this);
        }
        m_userGuide->show();
        m_userGuide->raise();
        m_userGuide->activateWindow();
    });
    handbook->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Lectern"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::saveCopyDialog()
{
    if (!m_storage) {
        return;
    }
    const QFileInfo current(m_storage->database().path());
    const QString suggestion =
            current.absoluteDir().filePath(tr("%1 (copy %2).sqlite").arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy"), suggestion, tr(databaseFilter));
    if (!path.isEmpty()) {
        saveCopy(path);
    }
}

bool MainWindow::saveCopy(const QString &path)
{
    if (auto ok = m_storage->database().saveCopy(path); !ok) {
        reportError(tr("No copy was saved"), ok.error().message);
        return false;
    }
    statusBar()->showMessage(
            tr("Saved a copy to %1. You keep working on %2.").arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(m_storage->database().path())),
            8000);
    return true;
}

void MainWindow::reportError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message);
    if (QApplication::platformName() == QLatin1String("offscreen")) {
        qCWarning(LECTERN_VIEWS, "%s: %s", qPrintable(title), qPrintable(message));
        return;
    }
    QMessageBox::critical(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    if (m_storage) {
        settings.setValue(lastPageKey, int(currentPage()));
    }
    QMainWindow::closeEvent(event);
}

} // namespace Lectern
