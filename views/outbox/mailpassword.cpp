// SPDX-License-Identifier: GPL-2.0-or-later
#include "mailpassword.h"

#include "lectern_views_debug.h"

// QtKeychain names its folder after the Qt major.
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#    include <qt6keychain/keychain.h>
#else
#    include <qt5keychain/keychain.h>
#endif

namespace Lectern {
namespace {
const QString service = QStringLiteral("lectern");
}

MailPassword::MailPassword(PasswordPrompt &prompt, QObject *parent)
    : QObject(parent)
    , m_prompt(prompt)
{
}

QString MailPassword::keyFor(const SmtpAccount &account)
{
    return QStringLiteral("smtp:%1@%2:%3").arg(account.user, account.host, QString::number(account.port));
}

void MailPassword::forget()
{
    m_passwords.clear();
}

void MailPassword::get(const SmtpAccount &account, const std::function<void(std::optional<QString>)> &done)
{
    get(keyFor(account), account, QString(), done);
}

void MailPassword::get(const QString &key, const SmtpAccount &shown, const QString &why, const std::function<void(std::optional<QString>)> &done)
{
    if (m_passwords.contains(key)) {
        done(m_passwords.value(key));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, shown, why, done](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError && !job->textData().isEmpty()) {
            m_keyring = true;
            m_passwords.insert(key, job->textData());
            done(job->textData());
            return;
        }
        m_keyring = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        qCDebug(LECTERN_VIEWS) << "keyring:" << job->error() << job->errorString();
        ask(key, shown, why, done);
    });
    job->start();
}

void MailPassword::ask(const QString &key, const SmtpAccount &account, const QString &why, const std::function<void(std::optional<QString>)> &done)
{
    bool remember = false;
    const std::optional<QString> password = m_prompt.ask(account, why, m_keyring, &remember);
    if (!password) {
        done(std::nullopt);
        return;
    }
    m_passwords.insert(key, *password);
    if (remember && m_keyring) {
        auto *write = new QKeychain::WritePasswordJob(service, this);
        write->setAutoDelete(true);
        write->setKey(key);
        write->setTextData(*password);
        write->start();
    }
    done(password);
}

} // namespace Lectern
