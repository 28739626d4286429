// SPDX-License-Identifier: GPL-2.0-or-later
#include "syncdialog.h"

#include "sync/apitoken.h"
#include "sync/phabricatorsync.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lectern {

SyncDialog::SyncDialog(Storage &storage, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_network(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("syncDialog"));
    setWindowTitle(tr("Sync with Phabricator"));
    QSettings settings;
    m_url = new QLineEdit(settings.value(QStringLiteral("sync/phabricatorUrl")).toString(), this);
    m_url->setPlaceholderText(QStringLiteral("https://phabricator.wikimedia.org"));
    m_project = new QLineEdit(settings.value(QStringLiteral("sync/phabricatorProject")).toString(), this);
    m_project->setPlaceholderText(tr("the project's hashtag, e.g. tech-talks"));
    m_tokenFile = new QLineEdit(settings.value(QStringLiteral("sync/tokenFile")).toString(), this);
    m_tokenFile->setPlaceholderText(tr("empty: $%1").arg(QString::fromLatin1(ApiToken::environmentVariable)));
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the file that holds your Conduit API token"));
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenFile, 1);
    tokenRow->addWidget(browse);
    auto *explanation = new QLabel(tr("New and changed tasks of the project come into the inbox. Your reviews and decisions stay as they are. "
                                      "The token file must be readable by you alone."),
                                   this);
    explanation->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("syncResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_sync = m_buttons->addButton(tr("&Sync"), QDialogButtonBox::AcceptRole);
    m_sync->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&Project:"), m_project);
    auto *tokenLabel = new QLabel(tr("&Token file:"), this);
    tokenLabel->setBuddy(m_tokenFile); // a row of two widgets: the label needs its buddy named
    form->addRow(tokenLabel, tokenRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Token File"), m_tokenFile->text());
        if (!path.isEmpty()) {
            m_tokenFile->setText(path);
        }
    });
    connect(m_sync, &QPushButton::clicked, this, &SyncDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SyncDialog::reject);
}

SyncDialog::~SyncDialog() = default;

bool SyncDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

void SyncDialog::start()
{
    if (isRunning()) {
        return;
    }
    const QUrl base = QUrl::fromUserInput(m_url->text().trimmed());
    if (const QString problem = ConduitClient::checkBaseUrl(base); m_url->text().trimmed().isEmpty() || !problem.isEmpty()) {
        done(false, tr("Server: %1").arg(m_url->text().trimmed().isEmpty() ? tr("give the address of the Phabricator server.") : problem));
        m_url->setFocus();
        return;
    }
    if (m_project->text().trimmed().isEmpty()) {
        done(false, tr("Project: name the project whose tasks are proposals."));
        m_project->setFocus();
        return;
    }
    auto token = m_tokenFile->text().trimmed().isEmpty() ? ApiToken::fromEnvironment() : ApiToken::fromFile(m_tokenFile->text().trimmed());
    if (!token) {
        done(false, token.error().message);
        m_tokenFile->setFocus();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("sync/phabricatorUrl"), m_url->text().trimmed());
    settings.setValue(QStringLiteral("sync/phabricatorProject"), m_project->text().trimmed());
    settings.setValue(QStringLiteral("sync/tokenFile"), m_tokenFile->text().trimmed());

    delete m_job;
    m_job = new PhabricatorSync(m_storage, *m_network, base, m_project->text(), token.value(), this);
    connect(m_job, &PhabricatorSync::progress, this, [this](int fetched) { m_result->setText(tr("Reading tasks… %1 so far").arg(fetched)); });
    connect(m_job, &PhabricatorSync::finished, this, [this](const PhabricatorSync::Report &report) {
        QString text = tr("%n task(s) read: ", nullptr, report.fetched) +
                tr("%1 new, %2 updated, %3 unchanged.").arg(QString::number(report.added), QString::number(report.updated), QString::number(report.unchanged));
        if (report.changedSinceReview > 0) {
            text += QLatin1Char(' ') + tr("%n changed upstream since you reviewed them.", nullptr, report.changedSinceReview);
        }
        if (report.closedUpstream > 0) {
            text += QLatin1Char(' ') + tr("%n closed upstream.", nullptr, report.closedUpstream);
        }
        done(true, text);
    });
    connect(m_job, &PhabricatorSync::failed, this, [this](const QString &message) { done(false, message); });
    setRunning(true);
    m_result->setText(tr("Asking %1…").arg(base.host()));
    m_job->start();
}

void SyncDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_sync->setEnabled(!running);
    m_url->setEnabled(!running);
    m_project->setEnabled(!running);
    m_tokenFile->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("&Cancel") : tr("&Close"));
}

void SyncDialog::done(bool ok, const QString &message)
{
    setRunning(false);
    m_result->setText(ok ? message.toHtmlEscaped() : tr("<b>The sync did not complete.</b> %1").arg(message.toHtmlEscaped()));
    Q_EMIT finished(ok);
}

void SyncDialog::reject()
{
    if (isRunning()) {
        m_job->cancel(); // its failed() reports that nothing was changed
        return;
    }
    QDialog::reject();
}

} // namespace Lectern
