// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sampleseries.h"
#include "export/exportbuilder.h"
#include "settings/settingsdialog.h"
#include "storage/storage.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Lectern;

// The settings dialog: what it refuses, where each value goes (the series and the world
// times into the database as one undoable step, the reviewer's name and the database to
// open into this computer's settings), and that the announcement uses them.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage> m_storage;

    static QPushButton *okButton(SettingsDialog &dialog) { return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        auto storage = Storage::open(m_dir.filePath(QStringLiteral("settings.sqlite")));
        QVERIFY(storage);
        m_storage = std::move(storage).value();
        QVERIFY(SampleSeries::load(*m_storage));
    }

    void refusesWhatCannotBeSaved()
    {
        QUndoStack stack;
        SettingsDialog dialog(*m_storage, stack);
        QVERIFY(okButton(dialog)->isEnabled());
        dialog.senderEmailField()->setText(QStringLiteral("talks at example.org"));
        dialog.mailingListsField()->setPlainText(QStringLiteral("wikitech-l@lists.wikimedia.org\nnot a list"));
        dialog.worldTimesField()->setText(QStringLiteral("Europe/Berlin, Mars/Olympus_Mons"));
        dialog.seriesNameField()->clear();
        const QStringList problems = dialog.problems();
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.join(QLatin1Char(' ')).contains(QStringLiteral("Mars/Olympus_Mons")));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.accept(); // refused: nothing written
        QCOMPARE(stack.count(), 0);
        QCOMPARE(m_storage->series().current().value().name, QStringLiteral("Wikimedia Tech Talks"));
    }

    void savesAndUndoes()
    {
        QUndoStack stack;
        const Series before = m_storage->series().current().value();
        SettingsDialog dialog(*m_storage, stack);
        dialog.reviewerField()->setText(QStringLiteral("Ana"));
        dialog.senderNameField()->setText(QStringLiteral("Tech Talks team"));
        dialog.senderEmailField()->setText(QStringLiteral("techtalks@example.org"));
        dialog.mailingListsField()->setPlainText(QStringLiteral("wikitech-l@lists.wikimedia.org\nengineering@lists.wikimedia.org"));
        dialog.worldTimesField()->setText(QStringLiteral("America/Sao_Paulo, Australia/Sydney"));
        dialog.databaseField()->setText(m_dir.filePath(QStringLiteral("settings.sqlite")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(QSettings().value(QStringLiteral("review/reviewerName")).toString(), QStringLiteral("Ana"));
        QCOMPARE(QSettings().value(QStringLiteral("defaultDatabase")).toString(), m_dir.filePath(QStringLiteral("settings.sqlite")));
        Series after = m_storage->series().current().value();
        QCOMPARE(after.organizerEmail, QStringLiteral("techtalks@example.org"));
        QCOMPARE(after.mailingLists, (QStringList{QStringLiteral("wikitech-l@lists.wikimedia.org"), QStringLiteral("engineering@lists.wikimedia.org")}));
        QCOMPARE(m_storage->settings().value(SettingsRepository::worldTimeZonesKey).value(), QStringLiteral("America/Sao_Paulo, Australia/Sydney"));

        // The announcement of the 24 June 2020 talk shows the chosen cities and list.
        const auto talks = m_storage->talks().inRange(QDate(2020, 6, 24), QDate(2020, 6, 24)).value();
        QCOMPARE(talks.size(), 1);
        ExportBuilder::Selection selection;
        selection.kind = ExportBuilder::Selection::Kind::Talks;
        selection.talkIds = {talks.first().meta.id};
        auto built = ExportBuilder::build(*m_storage, selection, ExportBuilder::Format::Announcement, ExportBuilder::Options());
        QVERIFY2(built, built ? "" : qPrintable(built.error().message));
        QVERIFY2(built.value().body.contains(QStringLiteral("Sydney")), qPrintable(built.value().body));
        QVERIFY(built.value().body.contains(QStringLiteral("Sao Paulo")));
        QVERIFY(!built.value().body.contains(QStringLiteral("Tokyo")));
        QVERIFY(built.value().to.contains(QStringLiteral("engineering@lists.wikimedia.org")));

        QCOMPARE(stack.count(), 1);
        stack.undo();
        after = m_storage->series().current().value();
        QCOMPARE(after.organizerEmail, before.organizerEmail);
        QCOMPARE(after.mailingLists, before.mailingLists);
        QVERIFY(m_storage->settings().value(SettingsRepository::worldTimeZonesKey).value().isEmpty());
        stack.redo();
        QCOMPARE(m_storage->series().current().value().organizerEmail, QStringLiteral("techtalks@example.org"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
