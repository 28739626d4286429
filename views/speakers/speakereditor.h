// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/speaker.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Lectern {
class Storage;

// Every field of one speaker, with problems shown next to the field they are about, and
// the speaker's history (talks with roles, proposals). Save hands the edited record on.
class SpeakerEditor : public QWidget
{
    Q_OBJECT
public:
    SpeakerEditor(Storage &storage, QWidget *parent = nullptr);

    void load(const Speaker &speaker);
    Speaker speaker() const;
    qint64 speakerId() const { return m_original.meta.id; }
    // Shows the problems of the current values; returns whether there are none.
    bool check();
    QString problemsText() const;
    // What of `theirs` differs from `mine`, as the changed-elsewhere notice says it.
    static QStringList describeDifferences(const Speaker &mine, const Speaker &theirs);

Q_SIGNALS:
    void saveRequested(const Speaker &before, const Speaker &after);
    void talkActivated(qint64 talkId);

private:
    void fillTimeZones();
    // The record changed elsewhere (another window, the CLI, a merge) while shown: taken
    // over silently when nothing was typed, else said, with the choice of theirs or mine.
    void followChange(qint64 id, bool removed);
    bool edited() const;

    Storage &m_storage;
    Speaker m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_emails = nullptr;
    QLineEdit *m_affiliation = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_pronouns = nullptr;
    QComboBox *m_timeZone = nullptr;
    QPlainTextEdit *m_bio = nullptr;
    QPlainTextEdit *m_links = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problems = nullptr;
    QListWidget *m_history = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_changedElsewhere = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_keepMine = nullptr;
    std::optional<Speaker> m_theirs;
};

} // namespace Lectern
