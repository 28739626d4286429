// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operations/seriesoperations.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;
class QUndoStack;

namespace Lectern {
class Storage;

// What makes the series a series, in one page: its name, its rhythm in words (or an RRULE),
// its usual time with the local time beside it, its length, links, lists, sender, world
// times, how far ahead it is planned and its holiday regions. Saving is one undoable step.
// As the first-run page ("Start an empty series") it asks only for what a new series needs,
// and every field can be left for later.
class SeriesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Full, FirstRun };
    SeriesDialog(Storage &storage, QUndoStack &undoStack, Mode mode, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QComboBox *weekdayField() const { return m_weekday; }
    QComboBox *patternField() const { return m_pattern; }
    QLineEdit *ruleField() const { return m_rule; }
    QTimeEdit *timeField() const { return m_time; }
    QSpinBox *durationField() const { return m_duration; }
    QLineEdit *streamField() const { return m_stream; }
    QLineEdit *chatField() const { return m_chat; }
    QPlainTextEdit *mailingListsField() const { return m_lists; }
    QLineEdit *senderNameField() const { return m_senderName; }
    QLineEdit *senderEmailField() const { return m_senderEmail; }
    QLineEdit *worldTimesField() const { return m_worldTimes; }
    QSpinBox *horizonField() const { return m_horizon; }
    QLineEdit *holidaysField() const { return m_holidays; }
    QString nextDatesText() const;
    QString localTimeText() const;
    // The series as the fields say it; what is wrong with it (empty when it can be saved).
    SeriesOperations::SeriesEdit edited() const;
    QString problem() const;

    void accept() override;

private:
    QWidget *setupRhythm();
    QWidget *setupAnnouncements();
    QWidget *setupPlanning();
    void load(const SeriesOperations::SeriesEdit &series);
    void fillPatterns();
    QString chosenRule() const;
    void update();

    Storage &m_storage;
    QUndoStack &m_undoStack;
    Mode m_mode;
    SeriesOperations::SeriesEdit m_before;
    QLineEdit *m_name = nullptr;
    QComboBox *m_weekday = nullptr;
    QComboBox *m_pattern = nullptr;
    QLineEdit *m_rule = nullptr;
    QLabel *m_nextDates = nullptr;
    QTimeEdit *m_time = nullptr;
    QLabel *m_localTime = nullptr;
    QSpinBox *m_duration = nullptr;
    QLineEdit *m_stream = nullptr;
    QLineEdit *m_chat = nullptr;
    QPlainTextEdit *m_lists = nullptr;
    QLineEdit *m_senderName = nullptr;
    QLineEdit *m_senderEmail = nullptr;
    QLineEdit *m_worldTimes = nullptr;
    QSpinBox *m_horizon = nullptr;
    QLineEdit *m_holidays = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lectern
