// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/proposal.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabBar;
class QTableView;
class QTextBrowser;

namespace Lectern {
class InboxModel;
class Storage;
class TalkScheduler;
class TriageCommands;

// The proposal inbox: status tabs, search, the list, and a reading pane with the review form.
// Made for triage by keyboard: the arrows or J/K go through the list, S/A/D/H/W decide on the
// selection, 1–5 score the current proposal, R writes a review; a decided proposal leaves
// the tab and the next one is current.
class InboxPage : public QWidget
{
    Q_OBJECT
public:
    enum class Filter { New, Reviewing, Shortlisted, OnHold, Decided, All };

    InboxPage(Storage &storage, TriageCommands &triage, TalkScheduler &scheduler, QWidget *parent = nullptr);

    InboxModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTextBrowser *reader() const { return m_reader; }
    QLineEdit *searchField() const { return m_search; }
    // The actions of the Proposal menu, in menu order (nullptr for a separator).
    QList<QAction *> proposalActions() const { return m_menuActions; }

    void setFilter(Filter filter);
    Filter filter() const;
    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    void selectProposal(qint64 id);

    QString reviewerName() const;
    void setReviewerName(const QString &name);

    // Replaces the questions the page asks with answers (tests): the reason for "on hold",
    // and whether to import the valid rows of a file with problems.
    void setReasonQuestion(std::function<std::optional<QString>(const QString &title)> ask) { m_askReason = std::move(ask); }
    // The answer to a proposer on its task (a dialog; a test answers): the message and the
    // task's new status, or nothing when the user cancelled. `warning` says when the task
    // changed upstream since the coordinator looked.
    struct TrackerAnswer
    {
        QString message;
        QString trackerStatus;
    };
    using AnswerQuestion = std::function<std::optional<TrackerAnswer>(const QString &task, const QString &message, const QString &warning)>;
    void setAnswerQuestion(AnswerQuestion ask) { m_askAnswer = std::move(ask); }
    // Accept or decline the current proposal and answer its proposer on the tracker.
    void decideAndAnswer(ProposalStatus status);
    void setImportQuestion(std::function<bool(const QString &summary, const QStringList &problems)> ask) { m_askImport = std::move(ask); }

    void importFile(const QString &path);
    void decideSelected(ProposalStatus status);
    void scoreCurrent(int score);
    void addReviewFromForm();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void syncRequested();

private:
    void setupActions();
    void updateCounts();
    void showCurrent();
    void moveCurrent(int step);
    void scheduleCurrent();
    void importDialog();
    void updateActions();
    QList<ProposalStatus> statusesOf(Filter filter) const;

    Storage &m_storage;
    TriageCommands &m_triage;
    TalkScheduler &m_scheduler;
    InboxModel *m_model = nullptr;
    QTabBar *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_reader = nullptr;
    QLabel *m_reviewer = nullptr;
    QComboBox *m_score = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_addReview = nullptr;
    QWidget *m_reviewForm = nullptr;
    QList<QAction *> m_menuActions;
    QList<QAction *> m_selectionActions;
    QAction *m_scheduleAction = nullptr;
    bool m_countsQueued = false;
    std::function<std::optional<QString>(const QString &)> m_askReason;
    AnswerQuestion m_askAnswer;
    QList<QAction *> m_answerActions; // only for one proposal from Phabricator
    // What was (or waits to be) answered on the proposal's task.
    QString answersHtml(qint64 proposalId) const;
    std::function<bool(const QString &, const QStringList &)> m_askImport;
};

} // namespace Lectern
