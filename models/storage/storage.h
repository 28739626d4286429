// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "announcementrepository.h"
#include "changelog.h"
#include "database.h"
#include "outboxrepository.h"
#include "proposalrepository.h"
#include "publishrepository.h"
#include "seriesrepository.h"
#include "settingsrepository.h"
#include "speakerrepository.h"
#include "syncstaterepository.h"
#include "talkrepository.h"
#include "templaterepository.h"

#include <memory>

namespace Lectern {

// An open database with its repositories: what the GUI and the CLI each hold one of.
class Storage
{
public:
    static Result<std::unique_ptr<Storage>> open(const QString &path, Database::OpenMode mode = Database::OpenMode::CreateIfMissing);
    // How an open database names `location`: a server without its password, a file as given.
    static QString displayName(const QString &location);

    Database &database() { return *m_database; }
    SeriesRepository &series() { return m_series; }
    TalkRepository &talks() { return m_talks; }
    SpeakerRepository &speakers() { return m_speakers; }
    ProposalRepository &proposals() { return m_proposals; }
    TemplateRepository &templates() { return m_templates; }
    SyncStateRepository &syncStates() { return m_syncStates; }
    SettingsRepository &settings() { return m_settings; }
    ChangeLog &changeLog() { return m_changeLog; }
    AnnouncementRepository &announcements() { return m_announcements; }
    OutboxRepository &outbox() { return m_outbox; }
    PublishRepository &publishing() { return m_publishing; }

    // Announces a change another connection made (read from the change log) through the
    // repository signals this connection's own writes use, so every model follows alike.
    void announce(const ChangeEntry &entry);

    // The series to work on, creating an empty one named `name` when the database has none.
    Result<Series> ensureSeries(const QString &name);

private:
    explicit Storage(std::unique_ptr<Database> database);
    std::unique_ptr<Database> m_database;
    SeriesRepository m_series;
    TalkRepository m_talks;
    SpeakerRepository m_speakers;
    ProposalRepository m_proposals;
    TemplateRepository m_templates;
    SyncStateRepository m_syncStates;
    SettingsRepository m_settings;
    ChangeLog m_changeLog;
    AnnouncementRepository m_announcements;
    OutboxRepository m_outbox;
    PublishRepository m_publishing;
};

} // namespace Lectern
