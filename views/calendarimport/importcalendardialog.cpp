// SPDX-License-Identifier: GPL-2.0-or-later
#include "importcalendardialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lectern {
namespace {
QString when(const Talk &talk)
{
    const QString day = QLocale().toString(talk.date, QLocale::ShortFormat);
    return talk.hasTime() ? ImportCalendarDialog::tr("%1 %2 UTC").arg(day, talk.startUtc.toString(QStringLiteral("HH:mm")))
                          : ImportCalendarDialog::tr("%1, time to be announced").arg(day);
}

QString line(const Talk &talk)
{
    return ImportCalendarDialog::tr("%1 — %2").arg(when(talk), talk.title);
}
} // namespace

ImportCalendarDialog::ImportCalendarDialog(Storage &storage, const QString &fileName, const QByteArray &data, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_fileName(fileName)
    , m_data(data)
{
    setWindowTitle(tr("Import Calendar"));
    buildPage();
    refresh();
    resize(720, 520);
}

void ImportCalendarDialog::buildPage()
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_occurrences = new QCheckBox(tr("Import the occurrences of recurring events from"), this);
    m_occurrences->setObjectName(QStringLiteral("importOccurrences"));
    m_from = new QDateEdit(QDate::currentDate(), this);
    m_to = new QDateEdit(QDate::currentDate().addMonths(6), this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDateRange(Talk::earliestDate(), Talk::latestDate());
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &ImportCalendarDialog::refresh);
    }
    auto *range = new QHBoxLayout;
    range->addWidget(m_occurrences);
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch();
    connect(m_occurrences, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        refresh();
    });

    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setHeaderHidden(true);
    m_preview->setRootIsDecorated(true);
    m_preview->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(range);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);
}

bool ImportCalendarDialog::canImport() const
{
    return m_readable && (!m_plan.creates.isEmpty() || !m_plan.updates.isEmpty());
}

void ImportCalendarDialog::setOccurrenceRange(bool enabled, const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    m_occurrences->setChecked(enabled);
    refresh();
}

void ImportCalendarDialog::addGroup(const QString &title, const QStringList &lines)
{
    if (lines.isEmpty()) {
        return;
    }
    auto *group = new QTreeWidgetItem(m_preview, {title.arg(QString::number(lines.size()))});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    for (const QString &text : lines) {
        new QTreeWidgetItem(group, {text});
    }
    group->setExpanded(true);
}

void ImportCalendarDialog::refresh()
{
    m_preview->clear();
    ICalendarImport::Options options;
    if (m_occurrences->isChecked()) {
        options.occurrencesFrom = m_from->date();
        options.occurrencesTo = m_to->date();
    }
    m_readable = false;
    m_plan = {};
    auto reading = ICalendarImport::read(m_data, options);
    auto planned = reading ? ICalendarImport::plan(m_storage, reading.value()) : Result<ICalendarImport::Plan>(reading.error());
    if (!planned) {
        m_summary->setText(tr("%1 cannot be imported: %2").arg(m_fileName, planned.error().message));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_readable = true;
    m_plan = std::move(planned).value();
    QStringList created;
    for (const Talk &talk : std::as_const(m_plan.creates)) {
        created << line(talk);
    }
    QStringList updated;
    for (const auto &[before, after] : std::as_const(m_plan.updates)) {
        updated << (when(before) == when(after) ? line(after) : tr("%1 (was %2)").arg(line(after), when(before)));
    }
    QStringList skipped;
    for (const ICalendarImport::Note &note : std::as_const(m_plan.skipped)) {
        skipped << note.text();
    }
    QStringList notes;
    for (const ICalendarImport::Note &note : std::as_const(m_plan.notes)) {
        notes << note.text();
    }
    addGroup(tr("New talks (%1)"), created);
    addGroup(tr("Talks to update (%1)"), updated);
    addGroup(tr("Not imported (%1)"), skipped);
    addGroup(tr("Notes (%1)"), notes);
    m_summary->setText(tr("%1: %2 new, %3 to update, %4 already up to date, %5 not imported. Nothing is written until you choose Import.")
                               .arg(m_fileName,
                                    QString::number(m_plan.creates.size()),
                                    QString::number(m_plan.updates.size()),
                                    QString::number(m_plan.unchanged),
                                    QString::number(m_plan.skipped.size())));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canImport());
}

} // namespace Lectern
