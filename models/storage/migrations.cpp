// SPDX-License-Identifier: GPL-2.0-or-later
#include "migrations.h"

namespace Lectern::Migrations {
namespace {
// Portable SQL only (shared with a PostgreSQL mode later): standard types, ISO 8601 text
// for dates and times, no SQLite-only functions. Each row has version and UTC stamps.
const char *const schema1[] = {
        R"(CREATE TABLE series (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        default_duration_minutes INTEGER NOT NULL DEFAULT 45 CHECK (default_duration_minutes > 0),
        usual_weekday INTEGER CHECK (usual_weekday BETWEEN 1 AND 7),
        default_start_utc TEXT,
        stream_url TEXT NOT NULL DEFAULT '',
        chat_channel TEXT NOT NULL DEFAULT '',
        mailing_lists TEXT NOT NULL DEFAULT '',
        organizer_name TEXT NOT NULL DEFAULT '',
        organizer_email TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL))",

        R"(CREATE TABLE talks (
        id INTEGER PRIMARY KEY,
        series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE RESTRICT,
        season INTEGER CHECK (season >= 1),
        episode INTEGER CHECK (episode >= 1),
        title TEXT NOT NULL CHECK (title <> ''),
        abstract TEXT NOT NULL DEFAULT '',
        talk_date TEXT,
        start_utc TEXT,
        duration_minutes INTEGER NOT NULL DEFAULT 45 CHECK (duration_minutes > 0),
        status TEXT NOT NULL DEFAULT 'tentative'
            CHECK (status IN ('tentative', 'confirmed', 'held', 'cancelled', 'postponed')),
        stream_url TEXT NOT NULL DEFAULT '',
        slides_url TEXT NOT NULL DEFAULT '',
        recording_url TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        ical_uid TEXT NOT NULL UNIQUE,
        sequence INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        CHECK (start_utc IS NULL OR talk_date IS NOT NULL)))",
        "CREATE INDEX talks_by_date ON talks (talk_date, start_utc)",
        "CREATE INDEX talks_by_series ON talks (series_id, season, episode)",

        R"(CREATE TABLE speakers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        email TEXT NOT NULL DEFAULT '',
        affiliation TEXT NOT NULL DEFAULT '',
        role_title TEXT NOT NULL DEFAULT '',
        bio TEXT NOT NULL DEFAULT '',
        pronouns TEXT NOT NULL DEFAULT '',
        time_zone TEXT NOT NULL DEFAULT '',
        links TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL))",
        "CREATE INDEX speakers_by_name ON speakers (name)",

        R"(CREATE TABLE talk_speakers (
        talk_id INTEGER NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
        speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE RESTRICT,
        role TEXT NOT NULL DEFAULT 'speaker' CHECK (role IN ('speaker', 'host', 'moderator')),
        position INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        PRIMARY KEY (talk_id, speaker_id, role)))",
        "CREATE INDEX talk_speakers_by_speaker ON talk_speakers (speaker_id)",

        R"(CREATE TABLE topics (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (name <> ''),
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL))",

        R"(CREATE TABLE talk_topics (
        talk_id INTEGER NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
        topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        PRIMARY KEY (talk_id, topic_id)))",
        "CREATE INDEX talk_topics_by_topic ON talk_topics (topic_id)",

        // A talk's "linked proposal" is the proposal whose talk_id names it: one link, one place.
        R"(CREATE TABLE proposals (
        id INTEGER PRIMARY KEY,
        series_id INTEGER NOT NULL REFERENCES series(id) ON DELETE RESTRICT,
        source TEXT NOT NULL DEFAULT 'manual'
            CHECK (source IN ('manual', 'nomination', 'phabricator', 'email', 'import')),
        external_id TEXT,
        url TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL CHECK (title <> ''),
        body TEXT NOT NULL DEFAULT '',
        proposer TEXT NOT NULL DEFAULT '',
        received_at TEXT,
        updated_at TEXT,
        status TEXT NOT NULL DEFAULT 'new'
            CHECK (status IN ('new', 'reviewing', 'shortlisted', 'on-hold', 'accepted', 'declined', 'withdrawn', 'scheduled')),
        status_reason TEXT NOT NULL DEFAULT '',
        talk_id INTEGER UNIQUE REFERENCES talks(id) ON DELETE SET NULL,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        UNIQUE (source, external_id)))",
        "CREATE INDEX proposals_by_status ON proposals (status, received_at)",

        R"(CREATE TABLE proposal_speakers (
        proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        PRIMARY KEY (proposal_id, speaker_id)))",
        "CREATE INDEX proposal_speakers_by_speaker ON proposal_speakers (speaker_id)",

        R"(CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        proposal_id INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
        reviewer TEXT NOT NULL CHECK (reviewer <> ''),
        score INTEGER CHECK (score BETWEEN 1 AND 5),
        note TEXT NOT NULL DEFAULT '',
        reviewed_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL))",
        "CREATE INDEX reviews_by_proposal ON reviews (proposal_id)",

        R"(CREATE TABLE email_templates (
        id INTEGER PRIMARY KEY,
        series_id INTEGER REFERENCES series(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (name <> ''),
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        UNIQUE (series_id, name)))",

        R"(CREATE TABLE settings (
        setting_key TEXT PRIMARY KEY,
        setting_value TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL))",

        R"(CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        endpoint TEXT NOT NULL,
        scope TEXT NOT NULL DEFAULT '',
        last_success_at TEXT,
        last_modified_seen TEXT,
        resume_cursor TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        UNIQUE (source, endpoint, scope)))",
};

// Schema 2: a speaker has any number of email addresses (merging two records keeps both).
const char *const schema2[] = {
        R"(CREATE TABLE speaker_emails (
        speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        email TEXT NOT NULL CHECK (email <> ''),
        position INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        PRIMARY KEY (speaker_id, email)))",
        "CREATE INDEX speaker_emails_by_email ON speaker_emails (email)",
        "INSERT INTO speaker_emails (speaker_id, email, position, created_at, modified_at) "
        "SELECT id, trim(email), 0, created_at, modified_at FROM speakers WHERE trim(email) <> ''",
        "ALTER TABLE speakers DROP COLUMN email",
};

// Schema 3: full-text search over proposals (SQLite FTS5, kept in step by triggers, so every
// writer, the sync included, keeps it right). SQLite-specific: a PostgreSQL mode will index
// with tsvector behind the same repository call.
const char *const schema3[] = {
        "CREATE VIRTUAL TABLE proposals_fts USING fts5(title, body, proposer, content='proposals', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')", // prefix indexes: a keystroke searches "p*"
        "INSERT INTO proposals_fts (rowid, title, body, proposer) SELECT id, title, body, proposer FROM proposals",
        // The inbox lists newest first, a page at a time.
        "CREATE INDEX proposals_by_received ON proposals (received_at, id)",
        "CREATE TRIGGER proposals_fts_insert AFTER INSERT ON proposals BEGIN "
        "INSERT INTO proposals_fts (rowid, title, body, proposer) VALUES (new.id, new.title, new.body, new.proposer); END",
        "CREATE TRIGGER proposals_fts_delete AFTER DELETE ON proposals BEGIN "
        "INSERT INTO proposals_fts (proposals_fts, rowid, title, body, proposer) VALUES ('delete', old.id, old.title, old.body, old.proposer); END",
        "CREATE TRIGGER proposals_fts_update AFTER UPDATE OF title, body, proposer ON proposals BEGIN "
        "INSERT INTO proposals_fts (proposals_fts, rowid, title, body, proposer) VALUES ('delete', old.id, old.title, old.body, old.proposer); "
        "INSERT INTO proposals_fts (rowid, title, body, proposer) VALUES (new.id, new.title, new.body, new.proposer); END",
};

// Schema 4: what the inbox needs from trackers and files. The proposer's address (CSV and
// JSON imports have one); the task's status upstream and whether it is closed there; and
// whether its title or text changed upstream since the coordinator last looked at it.
const char *const schema4[] = {
        "ALTER TABLE proposals ADD COLUMN proposer_email TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE proposals ADD COLUMN upstream_status TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE proposals ADD COLUMN upstream_closed INTEGER NOT NULL DEFAULT 0 CHECK (upstream_closed IN (0, 1))",
        "ALTER TABLE proposals ADD COLUMN changed_upstream INTEGER NOT NULL DEFAULT 0 CHECK (changed_upstream IN (0, 1))",
};

// Schema 5: the change log. Every committed write adds a row in its own transaction: what
// changed (entity and id, or key for settings), its version after the write, and who wrote
// it through which connection. Windows read it to follow other writers; undo reads it to
// learn whether a row changed since; the PostgreSQL mode announces it. `seq` only grows.
const char *const schema5[] = {
        R"(CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL DEFAULT 0,
        entity_key TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 0,
        change_kind TEXT NOT NULL CHECK (change_kind IN ('added', 'updated', 'removed')),
        origin TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        session_id TEXT NOT NULL,
        changed_at TEXT NOT NULL))",
        "CREATE INDEX change_log_by_entity ON change_log (entity, entity_id, entity_key, seq)",
};

// Schema 6: the series' rhythm (an RFC 5545 RRULE and the date it counts from), how far
// ahead it is planned, and the regions whose public holidays matter to it.
const char *const schema6[] = {
        "ALTER TABLE series ADD COLUMN recurrence_rule TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE series ADD COLUMN recurrence_start TEXT",
        "ALTER TABLE series ADD COLUMN horizon_months INTEGER NOT NULL DEFAULT 6 CHECK (horizon_months BETWEEN 1 AND 24)",
        "ALTER TABLE series ADD COLUMN holiday_regions TEXT NOT NULL DEFAULT ''",
};

// Schema 7: the announcement log — what went out of Lectern for which talk, when, how and
// to whom (a file, the clipboard, the mail client; later the outbox's SMTP).
const char *const schema7[] = {
        R"(CREATE TABLE announcements (
        id INTEGER PRIMARY KEY,
        talk_id INTEGER NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
        template TEXT NOT NULL CHECK (template <> ''),
        channel TEXT NOT NULL CHECK (channel IN ('file', 'clipboard', 'mail-client', 'smtp')),
        recipients TEXT NOT NULL DEFAULT '',
        announced_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL))",
        "CREATE INDEX announcements_by_talk ON announcements (talk_id, announced_at)",
};

// Schema 8: the outbox — what waits to be sent when Lectern is online (an email, an answer
// on the tracker), written with the decision or announcement that made it, and what became
// of it. `claimed_by` names the sender process while it sends, so an interrupted send is
// recognised (and never silently repeated: its outcome is unknown).
const char *const schema8[] = {
        R"(CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('email', 'tracker', 'caldav')),
        talk_id INTEGER REFERENCES talks(id) ON DELETE SET NULL,
        proposal_id INTEGER REFERENCES proposals(id) ON DELETE SET NULL,
        template TEXT NOT NULL DEFAULT '',
        recipients TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        from_name TEXT NOT NULL DEFAULT '',
        from_address TEXT NOT NULL DEFAULT '',
        message_id TEXT NOT NULL DEFAULT '',
        attachment_name TEXT NOT NULL DEFAULT '',
        attachment BLOB,
        tracker_status TEXT NOT NULL DEFAULT '',
        send_at TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'unknown', 'cancelled')),
        tries INTEGER NOT NULL DEFAULT 0 CHECK (tries >= 0),
        last_error TEXT NOT NULL DEFAULT '',
        next_try_at TEXT,
        sent_at TEXT,
        talk_version INTEGER NOT NULL DEFAULT 0,
        claimed_by TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL))",
        "CREATE INDEX outbox_by_state ON outbox (state, send_at)",
};

// Schema 9: what was published to which CalDAV collection — per talk (by UID) the resource's
// name, the ETag Lectern last saw, the SEQUENCE it carried and a hash of the event, so that a
// publish sends only what changed and never overwrites what changed on the server.
const char *const schema9[] = {
        R"(CREATE TABLE published_events (
        collection TEXT NOT NULL,
        uid TEXT NOT NULL,
        talk_id INTEGER,
        name TEXT NOT NULL,
        etag TEXT NOT NULL DEFAULT '',
        sequence INTEGER NOT NULL DEFAULT 0,
        content_hash TEXT NOT NULL DEFAULT '',
        published_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        PRIMARY KEY (collection, uid)))",
};

// Schema 10: what the last publish to a collection did, and the events it left alone because
// they changed on the server — kept, so the window can show them and the coordinator choose
// (overwrite them on the next publish, or keep the server's copy) while offline too.
const char *const schema10[] = {
        R"(CREATE TABLE publish_runs (
        collection TEXT NOT NULL PRIMARY KEY,
        finished_at TEXT NOT NULL,
        created INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0,
        deleted INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        error TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL))",
        R"(CREATE TABLE publish_conflicts (
        collection TEXT NOT NULL,
        uid TEXT NOT NULL,
        talk_id INTEGER,
        title TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        server_etag TEXT NOT NULL DEFAULT '',
        differs TEXT NOT NULL DEFAULT '',
        withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
        overwrite INTEGER NOT NULL DEFAULT 0 CHECK (overwrite IN (0, 1)),
        found_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        PRIMARY KEY (collection, uid)))",
};

template<std::size_t N>
QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *statement : statements) {
        list << QString::fromUtf8(statement);
    }
    return list;
}
} // namespace

const QVector<QStringList> &steps()
{
    static const QVector<QStringList> all{toList(schema1),
                                          toList(schema2),
                                          toList(schema3),
                                          toList(schema4),
                                          toList(schema5),
                                          toList(schema6),
                                          toList(schema7),
                                          toList(schema8),
                                          toList(schema9),
                                          toList(schema10)};
    return all;
}

int latestVersion()
{
    return int(steps().size());
}

namespace {
// Schema 3 on PostgreSQL: the same search (every word, prefixes, accents and case ignored) by
// PostgreSQL's own full-text search. unaccent() is not immutable, so an index goes through a
// wrapper that names its dictionary.
const char *const postgresSchema3[] = {
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        // The functions keep the search path they were made with: PostgreSQL 17 builds an
        // index with a restricted one, where an unqualified name is not found.
        "CREATE FUNCTION lectern_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT SET search_path FROM CURRENT "
        "AS $$ SELECT unaccent('unaccent'::regdictionary, $1) $$",
        "CREATE FUNCTION lectern_search_text(title text, body text, proposer text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE "
        "SET search_path FROM CURRENT "
        "AS $$ SELECT to_tsvector('simple'::regconfig, lectern_unaccent(coalesce(title, '') || ' ' || coalesce(body, '') || ' ' || coalesce(proposer, ''))) $$",
        "CREATE INDEX proposals_search ON proposals USING gin (lectern_search_text(title, body, proposer))",
        "CREATE INDEX proposals_by_received ON proposals (received_at, id)",
};
} // namespace

QVector<QStringList> forPostgres(const QVector<QStringList> &history)
{
    QVector<QStringList> adapted;
    for (int i = 0; i < history.size(); ++i) {
        QStringList statements;
        if (i == 0) {
            statements << QStringLiteral("CREATE TABLE lectern_meta (meta_key TEXT PRIMARY KEY, meta_value TEXT NOT NULL)")
                       << QStringLiteral("INSERT INTO lectern_meta (meta_key, meta_value) VALUES ('application', 'lectern'), ('schema_version', '0')");
        }
        if (i == 4 && history.at(i) == steps().at(4)) {
            // Schema 5 on a server: every change-log row is announced to the listening
            // windows when its transaction commits (pg_notify waits for the commit).
            for (QString statement : history.at(i)) {
                statement.replace(QStringLiteral("INTEGER PRIMARY KEY"), QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
                statement.replace(QStringLiteral(" INTEGER"), QStringLiteral(" BIGINT"));
                statements << statement;
            }
            statements << QStringLiteral("CREATE FUNCTION lectern_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                         "PERFORM pg_notify('lectern_changes', NEW.seq::text); RETURN NEW; END $$")
                       << QStringLiteral(
                                  "CREATE TRIGGER change_log_announce AFTER INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION lectern_announce_change()");
            adapted << statements;
            continue;
        }
        if (i == 2 && history.at(i) == steps().at(2)) {
            statements << toList(postgresSchema3);
            adapted << statements;
            continue;
        }
        for (QString statement : history.at(i)) {
            statement.replace(QStringLiteral("INTEGER PRIMARY KEY"), QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
            statement.replace(QStringLiteral(" INTEGER"), QStringLiteral(" BIGINT"));
            statement.replace(QStringLiteral(" BLOB"), QStringLiteral(" BYTEA"));
            statements << statement;
        }
        adapted << statements;
    }
    return adapted;
}

} // namespace Lectern::Migrations
