// SPDX-License-Identifier: GPL-2.0-or-later
#include "settings/settingsdialog.h"

#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Lectern;

// Configure Lectern keeps what is personal, in this computer's settings.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void savesTheReviewerAndTheDatabaseToOpen()
    {
        SettingsDialog dialog;
        dialog.reviewerField()->setText(QStringLiteral("  Ana  "));
        dialog.databaseField()->setText(QStringLiteral("/tmp/series.sqlite"));
        dialog.accept();
        QCOMPARE(QSettings().value(QStringLiteral("review/reviewerName")).toString(), QStringLiteral("Ana"));
        QCOMPARE(QSettings().value(QStringLiteral("defaultDatabase")).toString(), QStringLiteral("/tmp/series.sqlite"));
        // and shows them again
        SettingsDialog again;
        QCOMPARE(again.reviewerField()->text(), QStringLiteral("Ana"));
    }

    void emptyFieldsForgetTheValues()
    {
        SettingsDialog dialog;
        dialog.reviewerField()->clear();
        dialog.databaseField()->clear();
        dialog.accept();
        QVERIFY(!QSettings().contains(QStringLiteral("review/reviewerName")));
        QVERIFY(!QSettings().contains(QStringLiteral("defaultDatabase")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
