// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;

namespace Lectern {
class PhabricatorSync;
class Storage;

// Syncing the inbox with a Phabricator project: the server, the project and the file that
// holds the API token (remembered; the token itself never is), then progress with Cancel,
// and what came in. A failure says what happened and that nothing was changed.
class SyncDialog : public QDialog
{
    Q_OBJECT
public:
    SyncDialog(Storage &storage, QWidget *parent = nullptr);
    ~SyncDialog() override;

    QLineEdit *urlField() const { return m_url; }
    QLineEdit *projectField() const { return m_project; }
    QLineEdit *tokenFileField() const { return m_tokenFile; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *syncButton() const { return m_sync; }
    bool isRunning() const;

    void start();
    void reject() override;

Q_SIGNALS:
    void finished(bool ok);

private:
    void setRunning(bool running);
    void done(bool ok, const QString &message);

    Storage &m_storage;
    QNetworkAccessManager *m_network = nullptr;
    PhabricatorSync *m_job = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_project = nullptr;
    QLineEdit *m_tokenFile = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_sync = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lectern
