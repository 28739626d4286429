// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/speaker.h"
#include "speakers/duplicatefinder.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace Lectern {
class Change;
class SpeakerDirectoryModel;
class SpeakerEditor;
class Storage;

// The speaker directory: search as you type, a record's fields and history beside the
// list, likely duplicates and merging. Every change goes through the undo stack.
class SpeakersPage : public QWidget
{
    Q_OBJECT
public:
    SpeakersPage(Storage &storage, QUndoStack &undoStack, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    SpeakerEditor *editor() const { return m_editor; }
    void setSearchText(const QString &text);
    void selectSpeaker(qint64 id);
    QList<DuplicateFinder::Pair> duplicates() const { return m_duplicates; }

    bool saveSpeaker(const Speaker &before, const Speaker &after);
    bool mergeSpeakers(qint64 keepId, qint64 otherId, const Speaker &merged);
    bool addSpeaker(const QString &name);
    bool deleteSpeaker(qint64 id);

Q_SIGNALS:
    void talkActivated(qint64 talkId);
    void failed(const QString &message);

private:
    bool push(std::unique_ptr<Change> change);
    void refreshDuplicates();
    void showSelected();
    void mergeSelectedPair();

    Storage &m_storage;
    QUndoStack &m_undoStack;
    SpeakerDirectoryModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    SpeakerEditor *m_editor = nullptr;
    QPushButton *m_duplicatesButton = nullptr;
    QListWidget *m_duplicatesList = nullptr;
    QList<DuplicateFinder::Pair> m_duplicates;
};

} // namespace Lectern
