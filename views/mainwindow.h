// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;
class QMenu;
class QStackedWidget;

namespace Lectern {
class AgendaModel;
class EmptyState;
class Storage;
class WelcomePage;

// The application window: navigation between Schedule, Inbox, Speakers and Export, the
// File menu, and the welcome page while no database is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { SchedulePage, InboxPage, SpeakersPage, ExportPage };

    // Opens `databasePath` if the file exists; otherwise offers to create it there.
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    Storage *storage() const { return m_storage.get(); }
    // Opens (and with `create`, creates) a database; on failure says why and keeps the current one.
    bool openDatabase(const QString &path, bool create = false, bool withSampleSeries = false);
    void showPage(Page page);
    Page currentPage() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    void showWelcome(const QString &path);
    void rebuildPages();
    void updateRecentMenu();
    void newDatabase();
    void openDatabaseDialog();
    void reportError(const QString &title, const QString &message);

    std::unique_ptr<Storage> m_storage;
    QString m_pendingPath; // where the welcome page will create the database
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStackedWidget *m_central = nullptr;
    WelcomePage *m_welcome = nullptr;
    AgendaModel *m_agendaModel = nullptr;
    EmptyState *m_inboxState = nullptr;
    EmptyState *m_speakersState = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace Lectern
