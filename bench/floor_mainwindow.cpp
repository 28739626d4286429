// SPDX-License-Identifier: GPL-2.0-or-later
// The floor for Lectern's start-up: a bare Qt Widgets program showing an empty main window,
// rendered once, then quitting — exactly what `lectern --bench-startup` does with real content.
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1100, 720);
    window.show();
    QTimer::singleShot(0, &app, [&window] {
        window.grab();
        QCoreApplication::quit();
    });
    return app.exec();
}
