// SPDX-License-Identifier: GPL-2.0-or-later
#include "iconsetup.h"
#include "inbox/inboxpage.h"
#include "itemmodels/inboxmodel.h"
#include "l10n/translations.h"
#include "mainwindow.h"
#include "platform/loggingdefaults.h"
#include "platform/runtimedir.h"
#include "platform/settingskeys.h"

#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
    // Qt 6 does this by itself: scale by the screen's factor, and draw icons at device pixels.
    QCoreApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
    QCoreApplication::setAttribute(Qt::AA_UseHighDpiPixmaps);
#endif
    Lectern::LoggingDefaults::apply(Lectern::LoggingDefaults::Program::Gui);
    Lectern::RuntimeDir::ensure();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lectern"));
    QApplication::setOrganizationName(QStringLiteral("lectern"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lectern"));
    QApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.lectern.Lectern"));
    Lectern::setUpIcons();

    // The language first: --help and every message after it are translated. QCommandLineParser
    // cannot run before the translators are in, so --language is looked for by hand here and
    // declared below for --help and for its error messages.
    QString language;
    const QStringList arguments = QCoreApplication::arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--language") && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
        } else if (arguments.at(i).startsWith(QLatin1String("--language="))) {
            language = arguments.at(i).mid(11);
        }
    }
    Lectern::Translations::install(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Plan a recurring talk series: schedule, proposals, speakers, announcements."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QApplication::translate("main", "Open this database file."), QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QApplication::translate("main", "Use this interface language (%1, or en) instead of the system's.")
                                                    .arg(Lectern::Translations::available().join(QStringLiteral(", "))),
                                            QStringLiteral("CODE"));
    parser.addOption(languageOption);
    // For bench/run: quit as soon as the first page has been rendered.
    QCommandLineOption benchStartupOption(QStringLiteral("bench-startup"), QStringLiteral("Quit once the window is shown (benchmarks)."));
    benchStartupOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchStartupOption);
    // For bench/run: the same, with the inbox shown, searched and scrolled through five pages.
    QCommandLineOption benchInboxOption(QStringLiteral("bench-inbox"), QStringLiteral("Quit once the inbox is shown and searched (benchmarks)."));
    benchInboxOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchInboxOption);
    parser.process(app);

    // The database to open: --database, $LECTERN_DATABASE, the one chosen in the settings, the
    // last one used, the default.
    QString path = parser.value(databaseOption);
    if (path.isEmpty()) {
        path = qEnvironmentVariable("LECTERN_DATABASE");
    }
    if (path.isEmpty()) {
        path = QSettings().value(Lectern::SettingsKeys::defaultDatabase()).toString();
    }
    if (path.isEmpty()) {
        path = QSettings().value(QStringLiteral("lastDatabase")).toString();
    }
    if (path.isEmpty()) {
        path = Lectern::Database::defaultPath();
    }

    Lectern::MainWindow window(path);
    window.show();
    if (parser.isSet(benchInboxOption)) {
        QTimer::singleShot(0, &app, [&window] {
            window.showPage(Lectern::MainWindow::Page::Inbox);
            if (Lectern::InboxPage *inbox = window.inboxPage()) {
                inbox->setFilter(Lectern::InboxPage::Filter::All);
                inbox->searchField()->setText(QStringLiteral("p"));
                for (int page = 0; page < 5 && inbox->model()->canFetchMore(QModelIndex()); ++page) {
                    inbox->model()->fetchMore(QModelIndex());
                }
            }
            window.grab();
            QCoreApplication::quit();
        });
    } else if (parser.isSet(benchStartupOption)) {
        QTimer::singleShot(0, &app, [&window] {
            window.grab(); // renders every visible widget: the first page is on screen
            QCoreApplication::quit();
        });
    }
    const int status = app.exec();
    if (parser.isSet(benchStartupOption) || parser.isSet(benchInboxOption)) {
        // The program's own high-water mark: a parent's rusage would also count the memory
        // of the process image it forked from.
        QFile procStatus(QStringLiteral("/proc/self/status"));
        if (procStatus.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = procStatus.readAll().split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("VmHWM:")) {
                    std::fprintf(stdout, "%s\n", line.constData());
                }
            }
        }
    }
    return status;
}
