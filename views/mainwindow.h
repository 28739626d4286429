// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "settings/seriesdialog.h"
#include "storage/changeentry.h"
#include "storage/serverlocation.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLockFile;
class QDockWidget;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

class QNetworkAccessManager;
class QLabel;
class QTimer;

namespace Lectern {
class EmptyState;
class InboxPage;
class UserGuideWindow;
class TriageCommands;
class ExportPage;
class SpeakersPage;
class ScheduleConfirmation;
class ServerPrompt;

class OverwriteQuestion;
class SchedulePage;
class Storage;
class ChangeFeed;
class TalkScheduler;
class WelcomePage;
class OutboxPage;
class OutboxRunner;
class PublishPanel;
class MailPassword;
class PasswordPrompt;

// The application window: navigation between Schedule, Inbox, Speakers, Export and Outbox, the
// File and Edit menus with undo and redo, and the welcome page while no database is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Schedule, Inbox, Speakers, Export, Outbox };

    // Opens `databasePath` if the file exists; otherwise offers to create it there.
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    Storage *storage() const { return m_storage.get(); }
    TalkScheduler *scheduler() const { return m_scheduler; }
    SchedulePage *schedulePage() const { return m_schedulePage; }
    ExportPage *exportPage() const { return m_exportPage; }
    OutboxPage *outboxPage() const { return m_outboxPage; }
    OutboxRunner *outboxRunner() const { return m_outboxRunner; }
    // Tests answer the mail password prompt instead of a dialog.
    void setPasswordPrompt(PasswordPrompt *prompt);
    // Built on first use, like the page itself when it is first shown.
    SpeakersPage *speakersPage();
    // The inbox, made on first use.
    InboxPage *inboxPage();
    QUndoStack *undoStack() const { return m_undoStack; }
    // Tests answer the schedule's warnings instead of a dialog; null restores the dialog.
    void setScheduleConfirmation(ScheduleConfirmation *confirmation);
    // Who asks for a shared schedule's server and password (a test's answer; by default the
    // Connect dialog).
    void setServerPrompt(ServerPrompt *prompt) { m_serverPrompt = prompt; }
    // File → Connect to a Shared Schedule…: asks, connects, keeps the password in the keyring
    // when asked to; asks again, saying why, while the server refuses.
    bool connectToServer(const ServerLocation &initial = {}, const QString &problem = {});

    // Opens (and with `create`, creates) a database; on failure says why and keeps the current one.
    bool openDatabase(const QString &path, bool create = false, bool withSampleSeries = false);
    void showPage(Page page);
    Page currentPage() const;

public Q_SLOTS:
    void editTalk(qint64 talkId);
    void newTalk(const QDate &date = QDate());
    void moveSelectedTalk();
    // Writes a copy of the open database (File → Save a Copy); says why when it cannot.
    bool saveCopy(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    void showWelcome(const QString &path);
    void rebuildPages();
    void clearPages();
    void updateRecentMenu();
    void updateTalkActions();
    void newDatabase();
    void openDatabaseDialog();
    void importCalendar();
    void saveCopyDialog();
    void setupHelpMenu();
    void setupSettingsMenu();
    void reportError(const QString &title, const QString &message);
    void startFollowing();
    void updatePresence();
    void showConnectionState(bool online, const QString &message);
    // Settings → Configure Series…, and the first-run page of a new empty series.
    SeriesDialog *configureSeries(SeriesDialog::Mode mode);
    void showChangesElsewhere(const QList<ChangeEntry> &entries);
    void updateOutboxStatus();
    ScheduleConfirmation &confirmation();

    std::unique_ptr<QLockFile> m_lock; // held while m_storage is open
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<ChangeFeed> m_feed; // follows other writers to m_storage's file
    std::unique_ptr<ScheduleConfirmation> m_dialogConfirmation;
    ScheduleConfirmation *m_confirmation = nullptr;
    ServerPrompt *m_serverPrompt = nullptr;
    bool m_connecting = false; // connectToServer() is asking: a refusal goes back to it
    QString m_lastOpenError;
    QUndoStack *m_undoStack = nullptr;
    std::unique_ptr<OverwriteQuestion> m_overwriteQuestion;
    TalkScheduler *m_scheduler = nullptr;
    QString m_pendingPath; // where the welcome page will create the database
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStackedWidget *m_central = nullptr;
    QWidget *m_workspace = nullptr;
    WelcomePage *m_welcome = nullptr;
    SchedulePage *m_schedulePage = nullptr;
    ExportPage *m_exportPage = nullptr;
    OutboxPage *m_outboxPage = nullptr;
    OutboxRunner *m_outboxRunner = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<PasswordPrompt> m_dialogPrompt;
    MailPassword *m_mailPassword = nullptr;
    QLabel *m_outboxStatus = nullptr; // the status bar's "2 waiting · the last try failed"
    QList<QPointer<PublishPanel>> m_publishPanels; // on the Export and Outbox pages
    QLabel *m_presence = nullptr; // "Also open: Ana, Bo" on a shared schedule
    QLabel *m_connectionState = nullptr; // "Offline" while a shared schedule's server is away
    QTimer *m_presenceTimer = nullptr;
    SpeakersPage *m_speakersPage = nullptr;
    InboxPage *m_inboxPage = nullptr;
    TriageCommands *m_triage = nullptr;
    QMenu *m_proposalMenu = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_importCalendarAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_configureAction = nullptr;
    QAction *m_configureSeriesAction = nullptr;
    UserGuideWindow *m_userGuide = nullptr;
    QMenu *m_recentMenu = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QList<QAction *> m_talkActions; // enabled while a database is open
};

} // namespace Lectern
