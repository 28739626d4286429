// SPDX-License-Identifier: GPL-2.0-or-later
#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>
#include <QVBoxLayout>

#include <kcalendarcore_version.h>

namespace Lectern {
namespace {
// The SQLite library Qt's driver runs, asked through an in-memory connection of its own.
QString sqliteVersion()
{
    QString version;
    const QString name = QStringLiteral("about-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next()) {
                version = query.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Lectern"));
    QStringList libraries;
    libraries << tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    libraries << tr("KDE Frameworks CalendarCore %1").arg(QStringLiteral(KCALENDARCORE_VERSION_STRING));
    const QString sqlite = sqliteVersion();
    libraries << (sqlite.isEmpty() ? tr("SQLite (version unknown)") : tr("SQLite %1").arg(sqlite));
    libraries << tr("Icons from KDE's Breeze theme (LGPL 3), where the desktop has none");

    m_text = tr("<h2>Lectern %1</h2>"
                "<p>Plan a recurring talk series: the schedule, the proposal inbox, speaker records and announcements, "
                "in one local file that works offline.</p>"
                "<p>License: GNU General Public License, version 2 or later.</p>"
                "<p>Runs on:</p><ul><li>%2</li></ul>"
                "<p>%3</p>")
                     .arg(QApplication::applicationVersion(), libraries.join(QStringLiteral("</li><li>")), QSysInfo::prettyProductName().toHtmlEscaped());

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    auto *label = new QLabel(m_text, this);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace Lectern
