// SPDX-License-Identifier: GPL-2.0-or-later
// File → Connect to a Shared Schedule…: what the fields make, and what the dialog refuses.
#include "server/connectserverdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Lectern;

class TestConnectServerDialog : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *field(const QDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QString::fromLatin1(name));
    }
    static QPushButton *connectButton(const QDialog &dialog) { return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok); }

private Q_SLOTS:
    void theFieldsMakeTheLocation()
    {
        ConnectServerDialog dialog({}, true);
        QCOMPARE(field<QLineEdit>(dialog, "host")->text(), QStringLiteral("localhost"));
        QCOMPARE(field<QSpinBox>(dialog, "port")->value(), 5432);
        QVERIFY(!connectButton(dialog)->isEnabled()); // no database yet
        field<QLineEdit>(dialog, "host")->setText(QStringLiteral(" db.example.org "));
        field<QSpinBox>(dialog, "port")->setValue(6543);
        field<QLineEdit>(dialog, "database")->setText(QStringLiteral("techtalks"));
        field<QLineEdit>(dialog, "user")->setText(QStringLiteral("ana"));
        field<QLineEdit>(dialog, "password")->setText(QStringLiteral("p@ss:w/rd%"));
        QVERIFY(connectButton(dialog)->isEnabled());
        const ServerLocation location = dialog.location();
        QCOMPARE(location.host, QStringLiteral("db.example.org"));
        QCOMPARE(location.port, 6543);
        QCOMPARE(location.database, QStringLiteral("techtalks"));
        QCOMPARE(location.user, QStringLiteral("ana"));
        QCOMPARE(location.password, QStringLiteral("p@ss:w/rd%"));
        // What --database takes, and back: the password survives its special characters.
        auto parsed = ServerLocation::parse(location.uri());
        QVERIFY(parsed);
        QCOMPARE(parsed.value().password, QStringLiteral("p@ss:w/rd%"));
        QCOMPARE(parsed.value().host, QStringLiteral("db.example.org"));
        QCOMPARE(parsed.value().displayName(), QStringLiteral("postgresql://ana@db.example.org:6543/techtalks"));
        field<QLineEdit>(dialog, "user")->clear();
        QVERIFY(!connectButton(dialog)->isEnabled());
    }

    void rememberingNeedsAKeyringAndAPassword()
    {
        ConnectServerDialog without({}, false);
        QVERIFY(!field<QCheckBox>(without, "remember")->isEnabled());
        field<QCheckBox>(without, "remember")->setChecked(true);
        field<QLineEdit>(without, "password")->setText(QStringLiteral("secret"));
        QVERIFY(!without.rememberPassword());

        ConnectServerDialog with({}, true);
        field<QCheckBox>(with, "remember")->setChecked(true);
        QVERIFY(!with.rememberPassword()); // nothing to keep
        field<QLineEdit>(with, "password")->setText(QStringLiteral("secret"));
        QVERIFY(with.rememberPassword());
    }

    void askedAgainItSaysWhyAndOffersThePasswordToRetype()
    {
        ServerLocation refused;
        refused.host = QStringLiteral("127.0.0.1");
        refused.port = 55432;
        refused.database = QStringLiteral("techtalks");
        refused.user = QStringLiteral("ana");
        refused.password = QStringLiteral("wrong");
        ConnectServerDialog dialog(refused, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!field<QLabel>(dialog, "problem")->isVisible());
        dialog.setProblem(QStringLiteral("postgresql://ana@127.0.0.1:55432/techtalks refused the password of ana. Nothing was changed."));
        QVERIFY(field<QLabel>(dialog, "problem")->isVisible());
        QVERIFY(field<QLabel>(dialog, "problem")->text().contains(QStringLiteral("refused the password")));
        QLineEdit *password = field<QLineEdit>(dialog, "password");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(password->selectedText(), QStringLiteral("wrong"));
        QTest::keyClicks(password, QStringLiteral("ana-pw"));
        QCOMPARE(dialog.location().password, QStringLiteral("ana-pw"));
        QCOMPARE(dialog.location().database, QStringLiteral("techtalks"));
    }
};

QTEST_MAIN(TestConnectServerDialog)
#include "tst_connectserverdialog.moc"
