// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "import/icalendarimport.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace Lectern {
class Storage;

// File → Import Calendar…: what an .ics file would create, update and skip (and why), shown
// before anything is written. The reading and the plan are ICalendarImport's; the dialog only
// shows them and asks for the range of occurrences of recurring events.
class ImportCalendarDialog : public QDialog
{
    Q_OBJECT

public:
    ImportCalendarDialog(Storage &storage, const QString &fileName, const QByteArray &data, QWidget *parent = nullptr);

    // The plan to write when the dialog is accepted.
    const ICalendarImport::Plan &plan() const { return m_plan; }
    bool canImport() const;
    void setOccurrenceRange(bool enabled, const QDate &from, const QDate &to);
    QTreeWidget *preview() const { return m_preview; }

private:
    void buildPage();
    void refresh();
    void addGroup(const QString &title, const QStringList &lines);

    Storage &m_storage;
    QString m_fileName;
    QByteArray m_data;
    ICalendarImport::Plan m_plan;
    bool m_readable = false;
    QLabel *m_summary = nullptr;
    QCheckBox *m_occurrences = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTreeWidget *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
} // namespace Lectern
