// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domain/talk.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFrame;
class QPushButton;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace Lectern {
class Storage;
class TalkScheduler;

// Every field of a talk. The scheduling rules' findings show live as the date, time,
// length or speakers change. Cancel discards; OK returns the talk through talk(), with new
// speaker names as links whose speakerId is 0 (the caller creates their records).
class TalkEditorDialog : public QDialog
{
    Q_OBJECT
public:
    TalkEditorDialog(Storage &storage, const TalkScheduler &scheduler, const Talk &talk, QWidget *parent = nullptr);

    Talk talk() const;
    // What the findings panel shows now (for tests and for screen readers).
    QString findingsText() const;
    QString localTimesText() const;

    void accept() override;

    // The fields of `theirs` that differ from `mine`, as the changed-elsewhere notice says them.
    static QStringList describeDifferences(const Talk &mine, const Talk &theirs);

private:
    // A notice above the fields when the talk is changed (another window, the CLI, a sync)
    // while it is open: who changed what, and the choice of taking theirs or keeping mine.
    // OK waits for that choice, so nothing is saved over another's change unasked.
    QWidget *setupChangedElsewhere();
    void showChangedElsewhere(bool removed);
    void resolveChangedElsewhere();
    void load(const Talk &talk);
    void addSpeakerRow(qint64 id, const QString &name, SpeakerRole role);
    void updateFindings();
    void updateLocalTimes();
    QLineEdit *urlField(const QString &objectName);

    Storage &m_storage;
    const TalkScheduler &m_scheduler;
    Talk m_original;

    QLineEdit *m_title = nullptr;
    QSpinBox *m_season = nullptr;
    QSpinBox *m_episode = nullptr;
    QCheckBox *m_scheduled = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_timeKnown = nullptr;
    QTimeEdit *m_time = nullptr;
    QLabel *m_localTimes = nullptr;
    QSpinBox *m_duration = nullptr;
    QComboBox *m_status = nullptr;
    QTableWidget *m_speakers = nullptr;
    QComboBox *m_speakerPicker = nullptr;
    QLineEdit *m_topics = nullptr;
    QLineEdit *m_streamUrl = nullptr;
    QLineEdit *m_slidesUrl = nullptr;
    QLineEdit *m_recordingUrl = nullptr;
    QPlainTextEdit *m_abstract = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_findings = nullptr;
    QLabel *m_errors = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFrame *m_changedElsewhere = nullptr;
    QLabel *m_changedText = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_keepMine = nullptr;
    std::optional<Talk> m_theirs;
};

} // namespace Lectern
