<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnnouncementRepository</name>
    <message>
        <source>An announcement needs its talk and its template.</source>
        <translation>Eine Ankündigung braucht ihren Vortrag und ihre Vorlage.</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>%1 was changed by %2 after this was undone. Redoing “%3” would overwrite that change, so nothing was redone.</source>
        <translation>%1 wurde nach dem Rückgängigmachen von %2 geändert. „%3“ zu wiederholen würde diese Änderung überschreiben, daher wurde nichts wiederholt.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 since. Undoing “%3” would overwrite that change, so nothing was undone.</source>
        <translation>%1 wurde seitdem von %2 geändert. „%3“ rückgängig zu machen würde diese Änderung überschreiben, daher wurde nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <source>%1 was changed by %2.</source>
        <translation>%1 wurde von %2 geändert.</translation>
    </message>
    <message>
        <source>%1 was changed by %2: now %3.</source>
        <translation>%1 wurde von %2 geändert: jetzt %3.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: “%2” is not an id (a positive whole number).</source>
        <translation>%1: „%2“ ist keine ID (eine positive ganze Zahl).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date of the form YYYY-MM-DD.</source>
        <translation>--%1: „%2“ ist kein Datum der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1: unknown action “%2”; use %3.</source>
        <translation>%1: unbekannte Aktion „%2“; verwenden Sie %3.</translation>
    </message>
    <message>
        <source>The id.</source>
        <translation>Die ID.</translation>
    </message>
    <message>
        <source>%1 needs exactly one id.</source>
        <translation>%1 braucht genau eine ID.</translation>
    </message>
    <message>
        <source>Create the database, or bring it to the current schema.</source>
        <translation>Die Datenbank anlegen oder auf das aktuelle Schema bringen.</translation>
    </message>
    <message>
        <source>Load the sample series (16 talks and the nominations).</source>
        <translation>Die Beispielreihe laden (16 Vorträge und die Vorschläge).</translation>
    </message>
    <message>
        <source>Name of the series in a new database.</source>
        <translation>Name der Reihe in einer neuen Datenbank.</translation>
    </message>
    <message>
        <source>init takes no arguments, got “%1”.</source>
        <translation>init nimmt keine Argumente, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Talk series</source>
        <translation>Vortragsreihe</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation>Datenbank %1 ist bereit (Schema-Version %2).</translation>
    </message>
    <message>
        <source>The previous version was backed up to %1.</source>
        <translation>Die vorige Version wurde in %1 gesichert.</translation>
    </message>
    <message>
        <source>Fill an empty database with synthetic data, for benchmarks.</source>
        <translation>Eine leere Datenbank mit synthetischen Daten füllen (für Benchmarks).</translation>
    </message>
    <message>
        <source>medium (1,000 talks) or large (10,000 talks).</source>
        <translation>medium (1.000 Vorträge) oder large (10.000 Vorträge).</translation>
    </message>
    <message>
        <source>Number of talks.</source>
        <translation>Anzahl der Vorträge.</translation>
    </message>
    <message>
        <source>Number of proposals.</source>
        <translation>Anzahl der Vorschläge.</translation>
    </message>
    <message>
        <source>Number of speakers.</source>
        <translation>Anzahl der Vortragenden.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Startwert des Zufallsgenerators (Standard 1).</translation>
    </message>
    <message>
        <source>--size: “%1” is not medium or large.</source>
        <translation>--size: „%1“ ist weder medium noch large.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a count.</source>
        <translation>--%1: „%2“ ist keine Anzahl.</translation>
    </message>
    <message>
        <source>--seed: “%1” is not a whole number.</source>
        <translation>--seed: „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>generated %1 of %2 records</source>
        <translation>%1 von %2 Datensätzen erzeugt</translation>
    </message>
    <message>
        <source>Generated %1 talks, %2 proposals and %3 speakers (seed %4) in %5.</source>
        <translation>%1 Vorträge, %2 Vorschläge und %3 Vortragende erzeugt (Startwert %4) in %5.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>not saved: the scheduling rules warn about this change. Use --force to save it anyway.</source>
        <translation>nicht gespeichert: Die Terminregeln warnen vor dieser Änderung. Mit --force wird trotzdem gespeichert.</translation>
    </message>
    <message>
        <source>--timeout: “%1” is not a number of seconds.</source>
        <translation>--timeout: „%1“ ist keine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>Copy the whole database into an empty SQLite file or PostgreSQL database, in one transaction.</source>
        <translation>Die ganze Datenbank in eine leere SQLite-Datei oder PostgreSQL-Datenbank kopieren, in einer Transaktion.</translation>
    </message>
    <message>
        <source>The target: a new file, or postgresql://USER@HOST:PORT/DATABASE (empty).</source>
        <translation>Das Ziel: eine neue Datei oder postgresql://BENUTZER@HOST:PORT/DATENBANK (leer).</translation>
    </message>
    <message>
        <source>copy needs --to TARGET.</source>
        <translation>copy braucht --to ZIEL.</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3: %4.</source>
        <translation>%1 Zeilen von %2 nach %3 kopiert: %4.</translation>
    </message>
    <message>
        <source>Usage: lectern-cli [--database PATH] COMMAND [OPTIONS]

Commands:
  init [--demo] [--name NAME]     create or upgrade the database; --demo loads the sample series
  generate [--size medium|large] [--talks N] [--proposals N] [--speakers N] [--seed N]
                                  fill an empty database with synthetic data (benchmarks)
  talks list [--from DATE] [--to DATE] [--json]
  talks show ID [--json]
  talks add --title T --date YYYY-MM-DD [--time HH:MM] [--duration MIN] [--speaker NAME]...
            [--host NAME]... [--moderator NAME]... [--topic T]... [--status S] [--season N] [--episode N]
            [--abstract T] [--stream-url URL] [--slides-url URL] [--recording-url URL] [--notes T]
            [--force]   (save even when the scheduling rules warn)
  talks edit ID [same options as add]
  talks move ID --to YYYY-MM-DD[THH:MM] [--force]
  talks cancel ID
  talks delete ID
  speakers list [--search TEXT] [--json]
  speakers show ID [--json]
  speakers add --name N [--email E]... [--affiliation A] [--title T] [--timezone TZ] [--pronouns P] [--bio B]
               [--link URL]... [--notes T]
  speakers edit ID [same options as add]
  speakers duplicates [--json]       likely duplicate records, and why
  speakers merge KEEP_ID OTHER_ID    links, emails and empty fields of OTHER go to KEEP
  proposals list [--status S] [--search TEXT] [--json]
  proposals show ID [--json]
  proposals add --title T [--text T] [--proposer NAME] [--speaker NAME]...
  proposals set-status ID STATUS [--reason T] [--notify-tracker [--message T] [--tracker-status S]]
                                  new, reviewing, shortlisted, on-hold (needs --reason), accepted,
                                  declined or withdrawn
  proposals review ID [--score 1-5] [--note T] [--reviewer NAME]
  proposals schedule ID --date YYYY-MM-DD [--time HH:MM] [--force]
                                  the proposal becomes a talk (rules as in talks move)
  proposals import FILE [--valid-rows]   proposals from CSV or JSON; known rows are skipped
  sync phabricator --url BASE --project TAG [--token-file F]
                                  tasks of a Phabricator project become proposals
  export ics [--talk ID]... [--from DATE] [--to DATE] [-o FILE]
                                  talks as iCalendar (time-TBA talks are left out, with a note)
  export email --talk ID [--template NAME] [--attach-ics] [--mailto | --json] [-o FILE]
                                  the announcement (or another template) as an .eml draft
  export wikitext [--season N] [-o FILE]   the listing as MediaWiki wikitext
  import ics FILE [--occurrences FROM..TO] [--strict]
                                  events become talks; a known UID updates its talk
  todo [--json] [--today DATE]    what needs doing next (the coming weeks&apos; talks, recent ones, proposals)
  series show [--json]            the series: rhythm, usual time, length, links, lists, sender, holidays
  series edit [--name N] [--pattern RRULE] [--time HH:MM] [--duration MIN] [--stream-url URL]
              [--chat C] [--mailing-list A]... [--sender-name N] [--sender-email E]
              [--world-time ZONE]... [--horizon-months N] [--holiday-region CODE]...
  slots [--months N] [--json]     the rhythm&apos;s dates in the coming months, open or taken
  announce --talk ID [--template NAME] [--at YYYY-MM-DDTHH:MM | --before week|day|2h] [--attach-ics] [--force]
                                  queue the announcement (or a reminder) in the outbox; prints its id
  outbox list [--state S] [--json]   what waits, went out or failed
  outbox show ID                  an entry as it will go out
  outbox send [--smtp smtp://USER@HOST:PORT?security=starttls|tls|none] [--password-file F]
              [--ca-file F] [--token-file F] [--calendar-user U] [--calendar-password-file F]
              [--id ID]...   send what is due
  outbox retry ID | outbox cancel ID
  publish caldav --url URL [--user U] [--password-file F] [--force] [--queue] [--json]
  publish status --url URL [--json]
  publish resolve --url URL --talk ID --overwrite|--keep-server
                                  keep a CalDAV calendar in step with the talks
  copy --to TARGET                the whole database into an empty file or PostgreSQL database

Dates and times are UTC. The database is $LECTERN_DATABASE, or the default under your data folder.
Exit codes: 0 ok, 1 usage, 2 bad input, 3 refused by a scheduling rule, 4 database or server error.
Run &apos;lectern-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Aufruf: lectern-cli [--database PFAD] BEFEHL [OPTIONEN]

Befehle:
  init [--demo] [--name NAME]     Datenbank anlegen oder aktualisieren; --demo lädt die Beispielreihe
  generate [--size medium|large] [--talks N] [--proposals N] [--speakers N] [--seed N]
                                  eine leere Datenbank mit synthetischen Daten füllen (Benchmarks)
  talks list [--from DATUM] [--to DATUM] [--json]
  talks show ID [--json]
  talks add --title T --date JJJJ-MM-TT [--time HH:MM] [--duration MIN] [--speaker NAME]...
            [--host NAME]... [--moderator NAME]... [--topic T]... [--status S] [--season N] [--episode N]
            [--abstract T] [--stream-url URL] [--slides-url URL] [--recording-url URL] [--notes T]
            [--force]   (auch speichern, wenn die Terminregeln warnen)
  talks edit ID [dieselben Optionen wie add]
  talks move ID --to JJJJ-MM-TT[THH:MM] [--force]
  talks cancel ID
  talks delete ID
  speakers list [--search TEXT] [--json]
  speakers show ID [--json]
  speakers add --name N [--email E]... [--affiliation A] [--title T] [--timezone TZ] [--pronouns P] [--bio B]
               [--link URL]... [--notes T]
  speakers edit ID [dieselben Optionen wie add]
  speakers duplicates [--json]       wahrscheinliche Dubletten, und warum
  speakers merge BEHALTEN_ID ANDERE_ID   Verknüpfungen, E-Mails und leere Felder von ANDERE gehen an BEHALTEN
  proposals list [--status S] [--search TEXT] [--json]
  proposals show ID [--json]
  proposals add --title T [--text T] [--proposer NAME] [--speaker NAME]...
  proposals set-status ID STATUS [--reason T] [--notify-tracker [--message T] [--tracker-status S]]
                                  new, reviewing, shortlisted, on-hold (braucht --reason), accepted,
                                  declined oder withdrawn
  proposals review ID [--score 1-5] [--note T] [--reviewer NAME]
  proposals schedule ID --date JJJJ-MM-TT [--time HH:MM] [--force]
                                  der Vorschlag wird ein Vortrag (Regeln wie bei talks move)
  proposals import DATEI [--valid-rows]   Vorschläge aus CSV oder JSON; bekannte Zeilen werden übersprungen
  sync phabricator --url BASIS --project TAG [--token-file D]
                                  Aufgaben eines Phabricator-Projekts werden Vorschläge
  export ics [--talk ID]... [--from DATUM] [--to DATUM] [-o DATEI]
                                  Vorträge als iCalendar (Vorträge ohne Uhrzeit fehlen, mit Hinweis)
  export email --talk ID [--template NAME] [--attach-ics] [--mailto | --json] [-o DATEI]
                                  die Ankündigung (oder eine andere Vorlage) als .eml-Entwurf
  export wikitext [--season N] [-o DATEI]   die Liste als MediaWiki-Wikitext
  import ics DATEI [--occurrences VON..BIS] [--strict]
                                  Termine werden Vorträge; eine bekannte UID aktualisiert ihren Vortrag
  todo [--json] [--today DATUM]   was als Nächstes zu tun ist (Vorträge der nächsten Wochen, die letzten, Vorschläge)
  series show [--json]            die Reihe: Rhythmus, übliche Zeit, Länge, Links, Listen, Absender, Feiertage
  series edit [--name N] [--pattern RRULE] [--time HH:MM] [--duration MIN] [--stream-url URL]
              [--chat C] [--mailing-list A]... [--sender-name N] [--sender-email E]
              [--world-time ZONE]... [--horizon-months N] [--holiday-region CODE]...
  slots [--months N] [--json]     die Termine des Rhythmus in den kommenden Monaten, offen oder belegt
  announce --talk ID [--template NAME] [--at YYYY-MM-DDTHH:MM | --before week|day|2h] [--attach-ics] [--force]
                                  die Ankündigung (oder eine Erinnerung) in den Postausgang stellen; gibt ihre Nummer aus
  outbox list [--state S] [--json]   was wartet, hinausging oder fehlschlug
  outbox show ID                  ein Eintrag, so wie er hinausgehen wird
  outbox send [--smtp smtp://USER@HOST:PORT?security=starttls|tls|none] [--password-file F]
              [--ca-file F] [--token-file F] [--calendar-user U] [--calendar-password-file F]
              [--id ID]...   senden, was fällig ist
  outbox retry ID | outbox cancel ID
  publish caldav --url URL [--user U] [--password-file F] [--force] [--queue] [--json]
  publish status --url URL [--json]
  publish resolve --url URL --talk ID --overwrite|--keep-server
                                  einen CalDAV-Kalender mit den Vorträgen im Gleichschritt halten
  copy --to ZIEL                  die ganze Datenbank in eine leere Datei oder PostgreSQL-Datenbank

Daten und Uhrzeiten sind in UTC. Die Datenbank ist $LECTERN_DATABASE oder die Standarddatei in Ihrem Datenordner.
Rückgabewerte: 0 in Ordnung, 1 Aufruf, 2 fehlerhafte Eingabe, 3 von einer Terminregel abgelehnt, 4 Datenbank- oder Serverfehler.
Mit „lectern-cli BEFEHL --help“ erhalten Sie die Optionen eines Befehls.</translation>
    </message>
</context>
<context>
    <name>ICalendarImport</name>
    <message numerus="yes">
        <source>%n event(s) had times without a zone; they were read in the calendar&apos;s zone %1 (X-WR-TIMEZONE).</source>
        <translation>
            <numerusform>%n Termin hatte Zeiten ohne Zone; er wurde in der Zone des Kalenders %1 gelesen (X-WR-TIMEZONE).</numerusform>
            <numerusform>%n Termine hatten Zeiten ohne Zone; sie wurden in der Zone des Kalenders %1 gelesen (X-WR-TIMEZONE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) had times without a zone and the calendar names none; they were read as UTC.</source>
        <translation>
            <numerusform>%n Termin hatte Zeiten ohne Zone, und der Kalender nennt keine; er wurde als UTC gelesen.</numerusform>
            <numerusform>%n Termine hatten Zeiten ohne Zone, und der Kalender nennt keine; sie wurden als UTC gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern</name>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Lectern (schema version %2; this version knows up to %3). It was left untouched; open it with a newer Lectern.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Lectern-Version geschrieben (Schema-Version %2; diese Version kennt bis %3). Sie blieb unverändert; öffnen Sie sie mit einem neueren Lectern.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: permission denied.</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. Lectern needs to write to it; make it writable or open a copy.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt. Lectern muss in sie schreiben; machen Sie sie beschreibbar oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; SQLite needs to create its journal next to the database.</source>
        <translation>Der Ordner %1 ist schreibgeschützt; SQLite muss neben der Datenbank sein Journal anlegen.</translation>
    </message>
    <message>
        <source>title: A proposal needs a title.</source>
        <translation>title: Ein Vorschlag braucht einen Titel.</translation>
    </message>
    <message>
        <source>name: A series needs a name.</source>
        <translation>name: Eine Reihe braucht einen Namen.</translation>
    </message>
    <message>
        <source>weekday: Weekdays go from 1 (Monday) to 7 (Sunday).</source>
        <translation>weekday: Wochentage gehen von 1 (Montag) bis 7 (Sonntag).</translation>
    </message>
    <message>
        <source>There is no talk with id %1.</source>
        <translation>Es gibt keinen Vortrag mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no Lectern database yet. It was left untouched; create the database with “lectern-cli --database %1 init” or start a series in Lectern.</source>
        <translation>%1 ist leer: Die Datei enthält noch keine Lectern-Datenbank. Sie wurde nicht verändert; legen Sie die Datenbank mit „lectern-cli --database %1 init“ an oder beginnen Sie in Lectern eine Reihe.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>fünften</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <source>second to last</source>
        <translation>vorletzten</translation>
    </message>
    <message>
        <source>duration: The usual length must be between 1 and 1440 minutes, not %1.</source>
        <translation>duration: Die übliche Länge muss zwischen 1 und 1440 Minuten liegen, nicht %1.</translation>
    </message>
    <message>
        <source>horizon: Talks are planned 1 to 24 months ahead, not %1.</source>
        <translation>horizon: Vorträge werden 1 bis 24 Monate im Voraus geplant, nicht %1.</translation>
    </message>
    <message>
        <source>sender email: “%1” is not an email address.</source>
        <translation>sender email: „%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>mailing list: “%1” is not an email address.</source>
        <translation>mailing list: „%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>stream url: “%1” is not a web address (https://…).</source>
        <translation>stream url: „%1“ ist keine Webadresse (https://…).</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: %2.</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The certificate file %1 holds no PEM certificate.</source>
        <translation>Die Zertifikatsdatei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The outbox entry %1 (“%2”) was changed elsewhere since it was read; nothing was done.</source>
        <translation>Der Eintrag %1 („%2“) im Postausgang wurde inzwischen anderswo geändert; nichts wurde getan.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The server&apos;s copy is not an event Lectern can read.</source>
        <translation>Die Kopie auf dem Server ist kein Termin, den Lectern lesen kann.</translation>
    </message>
    <message>
        <source>On the server: %1, starting %2.</source>
        <translation>Auf dem Server: %1, Beginn %2.</translation>
    </message>
    <message>
        <source>%1: %2 on the server, %3 here.</source>
        <translation>%1: %2 auf dem Server, %3 hier.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The description differs.</source>
        <translation>Die Beschreibung unterscheidet sich.</translation>
    </message>
    <message>
        <source>The same title, times, place and text; other details differ.</source>
        <translation>Titel, Zeiten, Ort und Text sind gleich; andere Angaben unterscheiden sich.</translation>
    </message>
    <message>
        <source>%1 refused the password of %2. Nothing was changed.</source>
        <translation>%1 hat das Passwort von %2 abgelehnt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>Ihrem Benutzer</translation>
    </message>
    <message>
        <source>%1 has no database “%2”: create it (createdb %2), then lectern-cli init. Nothing was changed.</source>
        <translation>%1 hat keine Datenbank „%2“: Legen Sie sie an (createdb %2), dann lectern-cli init. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 Nothing was changed.</source>
        <translation>%1 ist nicht erreichbar: %2 Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 asks for a password and none was given: put it in ~/.pgpass or the file PGPASSFILE names, as psql reads it. Nothing was changed.</source>
        <translation>%1 verlangt ein Passwort, und keines wurde angegeben: Tragen Sie es in ~/.pgpass oder die von PGPASSFILE genannte Datei ein, wie psql sie liest. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Lectern::AboutDialog</name>
    <message>
        <source>About Lectern</source>
        <translation>Über Lectern</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>KDE Frameworks CalendarCore %1</source>
        <translation>KDE Frameworks CalendarCore %1</translation>
    </message>
    <message>
        <source>SQLite (version unknown)</source>
        <translation>SQLite (Version unbekannt)</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>Icons from KDE&apos;s Breeze theme (LGPL 3), where the desktop has none</source>
        <translation>Symbole aus KDEs Breeze-Thema (LGPL 3), wo die Arbeitsumgebung keine hat</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Lectern %1&lt;/h2&gt;&lt;p&gt;Plan a recurring talk series: the schedule, the proposal inbox, speaker records and announcements, in one local file that works offline.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 2 or later.&lt;/p&gt;&lt;p&gt;Runs on:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Lectern %1&lt;/h2&gt;&lt;p&gt;Eine regelmäßige Vortragsreihe planen: Termine, Posteingang für Vorschläge, Einträge für Vortragende und Ankündigungen, in einer lokalen Datei, die auch offline funktioniert.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 2 oder später.&lt;/p&gt;&lt;p&gt;Läuft mit:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Lectern::AgendaModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht eingeplant</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time TBA</source>
        <translation>Uhrzeit folgt</translation>
    </message>
    <message>
        <source>S%1 E%2</source>
        <translation>S%1 F%2</translation>
    </message>
    <message>
        <source>%1 in your time zone</source>
        <translation>%1 in Ihrer Zeitzone</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Folge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1
Announced %2</source>
        <translation>%1
Angekündigt am %2</translation>
    </message>
</context>
<context>
    <name>Lectern::AnnouncementRenderer</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>in the subject, column %1</source>
        <translation>im Betreff, Spalte %1</translation>
    </message>
    <message>
        <source>in the body, line %1, column %2</source>
        <translation>im Text, Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1} %2.</source>
        <translation>Unbekannter Platzhalter {%1} %2.</translation>
    </message>
    <message>
        <source>{%1} has no value for this talk (%2); “TBA” was put in.</source>
        <translation>{%1} hat für diesen Vortrag keinen Wert (%2); „TBA“ wurde eingesetzt.</translation>
    </message>
    <message>
        <source>TBA</source>
        <translation>folgt</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source> (next day)</source>
        <translation> (nächster Tag)</translation>
    </message>
    <message>
        <source> (previous day)</source>
        <translation> (vorheriger Tag)</translation>
    </message>
</context>
<context>
    <name>Lectern::AnswerDialog</name>
    <message>
        <source>Answer on %1</source>
        <translation>Antwort auf %1</translation>
    </message>
    <message>
        <source>This comment goes on %1 through the outbox, as soon as Lectern is online.</source>
        <translation>Dieser Kommentar geht über den Postausgang an %1, sobald Lectern online ist.</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>The task&apos;s &amp;status:</source>
        <translation>&amp;Status der Aufgabe:</translation>
    </message>
    <message>
        <source>&amp;Queue the Answer</source>
        <translation>Antwort in den &amp;Postausgang</translation>
    </message>
</context>
<context>
    <name>Lectern::ApiToken</name>
    <message>
        <source>The token file %1 does not exist.</source>
        <translation>Die Token-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The token file %1 can be read by other users; a token gives their access to Phabricator. Make it private (chmod 600 %1) and try again.</source>
        <translation>Die Token-Datei %1 ist für andere Benutzer lesbar; ein Token gibt ihnen Ihren Zugang zu Phabricator. Machen Sie sie privat (chmod 600 %1) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>Die Token-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>The first line of %1 is not a Conduit API token (those look like api-… with 28 letters and digits).</source>
        <translation>Die erste Zeile von %1 ist kein Conduit-API-Token (diese sehen aus wie api-… mit 28 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>No Phabricator API token: name a file that holds it, or set %1.</source>
        <translation>Kein Phabricator-API-Token: Nennen Sie eine Datei, die es enthält, oder setzen Sie %1.</translation>
    </message>
    <message>
        <source>%1 does not hold a Conduit API token (api-… with 28 letters and digits).</source>
        <translation>%1 enthält kein Conduit-API-Token (api-… mit 28 Buchstaben und Ziffern).</translation>
    </message>
</context>
<context>
    <name>Lectern::CalDavClient</name>
    <message>
        <source>“%1” is not the address of a calendar; it looks like https://dav.example.org/calendars/ana/tech-talks/.</source>
        <translation>„%1“ ist keine Kalenderadresse; sie sieht aus wie https://dav.example.org/calendars/ana/tech-talks/.</translation>
    </message>
    <message>
        <source>The password for %1 would go over the network unencrypted; use https.</source>
        <translation>Das Passwort für %1 ginge unverschlüsselt über das Netz; nehmen Sie https.</translation>
    </message>
    <message>
        <source>No answer from %1 to %2 within %3 seconds.</source>
        <translation>Keine Antwort von %1 auf %2 innerhalb von %3 Sekunden.</translation>
    </message>
    <message>
        <source>%1 could not be reached for %2: %3.</source>
        <translation>%1 war für %2 nicht erreichbar: %3.</translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP %3 %4.</source>
        <translation>%1 beantwortete %2 mit HTTP %3 %4.</translation>
    </message>
</context>
<context>
    <name>Lectern::CalDavPublisher</name>
    <message>
        <source>The calendar %1 does not exist, and the server did not create it: %2</source>
        <translation>Den Kalender %1 gibt es nicht, und der Server hat ihn nicht angelegt: %2</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (HTTP %2); nothing was published.</source>
        <translation>%1 lehnte Benutzername oder Passwort ab (HTTP %2); nichts wurde veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 did not list the calendar (HTTP %2).</source>
        <translation>%1 hat den Kalender nicht aufgelistet (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>Lectern::ChangeFeed</name>
    <message>
        <source>%1 did not let Lectern listen for other coordinators&apos; changes: %2</source>
        <translation>%1 lässt Lectern nicht auf die Änderungen anderer Koordinatoren hören: %2</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>Wieder mit %1 verbunden.</translation>
    </message>
</context>
<context>
    <name>Lectern::ChangeLog</name>
    <message>
        <source>the command line</source>
        <translation>die Kommandozeile</translation>
    </message>
    <message>
        <source>a tracker sync</source>
        <translation>ein Abgleich mit dem Tracker</translation>
    </message>
    <message>
        <source>another Lectern window</source>
        <translation>ein anderes Lectern-Fenster</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli</name>
    <message>
        <source>-o: cannot write %1: %2</source>
        <translation>-o: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The talk to announce.</source>
        <translation>Der anzukündigende Vortrag.</translation>
    </message>
    <message>
        <source>announcement (default), reminder, call-for-proposals, accepted, declined, or your own.</source>
        <translation>announcement (Standard), reminder, call-for-proposals, accepted, declined oder eine eigene.</translation>
    </message>
    <message>
        <source>Attach the talk&apos;s iCalendar file.</source>
        <translation>Die iCalendar-Datei des Vortrags anhängen.</translation>
    </message>
    <message>
        <source>Print a mailto: link instead of a message file.</source>
        <translation>Einen mailto:-Link statt einer Nachrichtendatei ausgeben.</translation>
    </message>
    <message>
        <source>Print the rendered subject, body, recipients and problems as JSON.</source>
        <translation>Betreff, Text, Empfänger und Probleme als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Write the .eml to FILE instead of standard output.</source>
        <translation>Die .eml in DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>export email needs --talk ID (only the call for proposals is about no talk).</source>
        <translation>export email braucht --talk ID (nur der Aufruf für Vorschläge handelt von keinem Vortrag).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>the template “%1” has errors; nothing was written.</source>
        <translation>Die Vorlage „%1“ hat Fehler; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Only this season.</source>
        <translation>Nur diese Staffel.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>--season: “%1” is not a season number.</source>
        <translation>--season: „%1“ ist keine Staffelnummer.</translation>
    </message>
    <message>
        <source>--season: there are no scheduled talks in season %1.</source>
        <translation>--season: Es gibt keine eingeplanten Vorträge in Staffel %1.</translation>
    </message>
    <message>
        <source>there are no scheduled talks.</source>
        <translation>Es gibt keine eingeplanten Vorträge.</translation>
    </message>
    <message>
        <source>A talk to export (repeatable).</source>
        <translation>Ein zu exportierender Vortrag (mehrfach möglich).</translation>
    </message>
    <message>
        <source>First date, YYYY-MM-DD.</source>
        <translation>Erstes Datum, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Last date, YYYY-MM-DD.</source>
        <translation>Letztes Datum, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>The .ics file.</source>
        <translation>Die .ics-Datei.</translation>
    </message>
    <message>
        <source>import ics needs exactly one file.</source>
        <translation>import ics braucht genau eine Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>created talk %1</source>
        <translation>Vortrag %1 angelegt</translation>
    </message>
    <message>
        <source>updated talk %1</source>
        <translation>Vortrag %1 aktualisiert</translation>
    </message>
    <message>
        <source>Only proposals with this status.</source>
        <translation>Nur Vorschläge mit diesem Status.</translation>
    </message>
    <message>
        <source>Only proposals whose title, text or proposer has these words (or word beginnings).</source>
        <translation>Nur Vorschläge, deren Titel, Text oder Einreichende diese Wörter (oder Wortanfänge) enthalten.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>--status: “%1” is not one of %2.</source>
        <translation>--status: „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Title of the proposed talk.</source>
        <translation>Titel des vorgeschlagenen Vortrags.</translation>
    </message>
    <message>
        <source>What the talk would be about.</source>
        <translation>Worum es im Vortrag ginge.</translation>
    </message>
    <message>
        <source>Who proposed it.</source>
        <translation>Wer ihn vorgeschlagen hat.</translation>
    </message>
    <message>
        <source>A proposed speaker (repeatable).</source>
        <translation>Eine vorgeschlagene vortragende Person (mehrfach möglich).</translation>
    </message>
    <message>
        <source>proposals add needs --title.</source>
        <translation>proposals add braucht --title.</translation>
    </message>
    <message>
        <source>--title: a proposal needs a title.</source>
        <translation>--title: Ein Vorschlag braucht einen Titel.</translation>
    </message>
    <message>
        <source>%1 needs the proposal&apos;s id.</source>
        <translation>%1 braucht die ID des Vorschlags.</translation>
    </message>
    <message>
        <source>proposal id</source>
        <translation>Vorschlags-ID</translation>
    </message>
    <message>
        <source>The proposal.</source>
        <translation>Der Vorschlag.</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>Einer von %1.</translation>
    </message>
    <message>
        <source>Why (needed for on-hold: what it waits for).</source>
        <translation>Warum (nötig für on-hold: worauf er wartet).</translation>
    </message>
    <message>
        <source>proposals set-status needs an id and a status, as in: proposals set-status 12 shortlisted</source>
        <translation>proposals set-status braucht eine ID und einen Status, etwa: proposals set-status 12 shortlisted</translation>
    </message>
    <message>
        <source>STATUS: “%1” is not one of %2.</source>
        <translation>STATUS: „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <source>Proposal %1: %2 → %3</source>
        <translation>Vorschlag %1: %2 → %3</translation>
    </message>
    <message>
        <source>Your score, 1 (no) to 5 (yes).</source>
        <translation>Ihre Bewertung, 1 (nein) bis 5 (ja).</translation>
    </message>
    <message>
        <source>What you think of it.</source>
        <translation>Was Sie davon halten.</translation>
    </message>
    <message>
        <source>proposals review needs --score or --note.</source>
        <translation>proposals review braucht --score oder --note.</translation>
    </message>
    <message>
        <source>--score: “%1” is not a score from 1 to 5.</source>
        <translation>--score: „%1“ ist keine Bewertung von 1 bis 5.</translation>
    </message>
    <message>
        <source>--reviewer: say who reviews (or set LECTERN_REVIEWER).</source>
        <translation>--reviewer: Geben Sie an, wer bewertet (oder setzen Sie LECTERN_REVIEWER).</translation>
    </message>
    <message>
        <source>An accepted or shortlisted proposal.</source>
        <translation>Ein angenommener oder vorgemerkter Vorschlag.</translation>
    </message>
    <message>
        <source>The talk&apos;s date (UTC).</source>
        <translation>Das Datum des Vortrags (UTC).</translation>
    </message>
    <message>
        <source>Its start time in UTC (default: the series&apos; usual time).</source>
        <translation>Die Anfangszeit in UTC (Standard: die übliche Zeit der Reihe).</translation>
    </message>
    <message>
        <source>Schedule even when the scheduling rules warn.</source>
        <translation>Auch einplanen, wenn die Terminregeln warnen.</translation>
    </message>
    <message>
        <source>proposals schedule needs --date.</source>
        <translation>proposals schedule braucht --date.</translation>
    </message>
    <message>
        <source>--time: “%1” is not a time as HH:MM (24-hour, UTC).</source>
        <translation>--time: „%1“ ist keine Uhrzeit der Form HH:MM (24 Stunden, UTC).</translation>
    </message>
    <message>
        <source>A CSV file with a header row (%1) or a JSON array of objects with those keys.</source>
        <translation>Eine CSV-Datei mit einer Kopfzeile (%1) oder ein JSON-Array von Objekten mit diesen Schlüsseln.</translation>
    </message>
    <message>
        <source>Import the rows without problems even when others have some.</source>
        <translation>Die Zeilen ohne Probleme importieren, auch wenn andere welche haben.</translation>
    </message>
    <message>
        <source>proposals import needs one file.</source>
        <translation>proposals import braucht eine Datei.</translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %n row(s) have problems. Correct them, or use --valid-rows to import the other %1.</source>
        <translation>
            <numerusform>nichts importiert: %n Zeile hat Probleme. Korrigieren Sie sie oder importieren Sie mit --valid-rows die anderen %1.</numerusform>
            <numerusform>nichts importiert: %n Zeilen haben Probleme. Korrigieren Sie sie oder importieren Sie mit --valid-rows die anderen %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 proposals; %2 were already there.</source>
        <translation>%1 Vorschläge importiert; %2 waren schon vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n Vortrag</numerusform>
            <numerusform>%n Vorträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Vollständiger Name.</translation>
    </message>
    <message>
        <source>An email address (repeatable; replaces the list when given).</source>
        <translation>Eine E-Mail-Adresse (mehrfach möglich; ersetzt die Liste, wenn angegeben).</translation>
    </message>
    <message>
        <source>Organisation.</source>
        <translation>Organisation.</translation>
    </message>
    <message>
        <source>Role title, e.g. Software Engineer.</source>
        <translation>Funktion, z. B. Softwareentwicklerin.</translation>
    </message>
    <message>
        <source>IANA time zone, e.g. Europe/Berlin (empty to clear).</source>
        <translation>IANA-Zeitzone, z. B. Europe/Berlin (leer zum Löschen).</translation>
    </message>
    <message>
        <source>Pronouns.</source>
        <translation>Pronomen.</translation>
    </message>
    <message>
        <source>Short biography.</source>
        <translation>Kurzbiografie.</translation>
    </message>
    <message>
        <source>A web page (repeatable; replaces the list when given).</source>
        <translation>Eine Webseite (mehrfach möglich; ersetzt die Liste, wenn angegeben).</translation>
    </message>
    <message>
        <source>Private notes.</source>
        <translation>Private Notizen.</translation>
    </message>
    <message>
        <source>the speaker was not saved.</source>
        <translation>Die vortragende Person wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Only speakers whose name, email, affiliation or title contains TEXT.</source>
        <translation>Nur Vortragende, deren Name, E-Mail, Organisation oder Funktion TEXT enthält.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>Talk %1: %2 %3</source>
        <translation>Vortrag %1: %2 %3</translation>
    </message>
    <message>
        <source>The speaker&apos;s id.</source>
        <translation>Die ID der vortragenden Person.</translation>
    </message>
    <message>
        <source>speakers add needs --name.</source>
        <translation>speakers add braucht --name.</translation>
    </message>
    <message>
        <source>speakers edit needs exactly one speaker id.</source>
        <translation>speakers edit braucht genau eine ID.</translation>
    </message>
    <message>
        <source>The record to keep.</source>
        <translation>Der Eintrag, der bleibt.</translation>
    </message>
    <message>
        <source>The record merged into it and removed.</source>
        <translation>Der Eintrag, der darin aufgeht und entfernt wird.</translation>
    </message>
    <message>
        <source>speakers merge needs two ids: the one to keep, then the other.</source>
        <translation>speakers merge braucht zwei IDs: den Eintrag, der bleibt, dann den anderen.</translation>
    </message>
    <message>
        <source>Merged “%1” (%2) into “%3” (%4).</source>
        <translation>„%1“ (%2) wurde mit „%3“ (%4) zusammengeführt.</translation>
    </message>
    <message>
        <source>The Phabricator server, such as https://phabricator.wikimedia.org.</source>
        <translation>Der Phabricator-Server, etwa https://phabricator.wikimedia.org.</translation>
    </message>
    <message>
        <source>The project (its hashtag or PHID) whose tasks are proposals.</source>
        <translation>Das Projekt (sein Hashtag oder seine PHID), dessen Aufgaben Vorschläge sind.</translation>
    </message>
    <message>
        <source>A file only you can read holding the Conduit API token (default: $LECTERN_PHABRICATOR_TOKEN).</source>
        <translation>Eine nur für Sie lesbare Datei mit dem Conduit-API-Token (Standard: $LECTERN_PHABRICATOR_TOKEN).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Sekunden Wartezeit pro Antwort (Standard 30).</translation>
    </message>
    <message>
        <source>sync phabricator needs --url and --project.</source>
        <translation>sync phabricator braucht --url und --project.</translation>
    </message>
    <message>
        <source>--url: %1</source>
        <translation>--url: %1</translation>
    </message>
    <message>
        <source>%1 tasks read…</source>
        <translation>%1 Aufgaben gelesen …</translation>
    </message>
    <message>
        <source>%1 tasks read: %2 new, %3 updated (%4 changed since your review), %5 closed upstream, %6 unchanged.</source>
        <translation>%1 Aufgaben gelesen: %2 neu, %3 aktualisiert (%4 seit Ihrer Bewertung geändert), %5 im Tracker geschlossen, %6 unverändert.</translation>
    </message>
    <message>
        <source>Title of the talk.</source>
        <translation>Titel des Vortrags.</translation>
    </message>
    <message>
        <source>Date, YYYY-MM-DD (UTC).</source>
        <translation>Datum, JJJJ-MM-TT (UTC).</translation>
    </message>
    <message>
        <source>Start time, HH:MM in UTC, or “tba”.</source>
        <translation>Anfangszeit, HH:MM in UTC, oder „tba“.</translation>
    </message>
    <message>
        <source>Length in minutes.</source>
        <translation>Dauer in Minuten.</translation>
    </message>
    <message>
        <source>A speaker (repeatable); a record is created for a new name.</source>
        <translation>Eine vortragende Person (mehrfach möglich); für einen neuen Namen wird ein Eintrag angelegt.</translation>
    </message>
    <message>
        <source>A host (repeatable).</source>
        <translation>Eine Gastgeberin oder ein Gastgeber (mehrfach möglich).</translation>
    </message>
    <message>
        <source>A moderator (repeatable).</source>
        <translation>Eine Moderation (mehrfach möglich).</translation>
    </message>
    <message>
        <source>A topic area (repeatable).</source>
        <translation>Ein Themenbereich (mehrfach möglich).</translation>
    </message>
    <message>
        <source>tentative, confirmed, held, cancelled or postponed.</source>
        <translation>tentative, confirmed, held, cancelled oder postponed.</translation>
    </message>
    <message>
        <source>Season number.</source>
        <translation>Staffelnummer.</translation>
    </message>
    <message>
        <source>Episode number.</source>
        <translation>Folgennummer.</translation>
    </message>
    <message>
        <source>Description of the talk.</source>
        <translation>Beschreibung des Vortrags.</translation>
    </message>
    <message>
        <source>Where it is streamed.</source>
        <translation>Wo er übertragen wird.</translation>
    </message>
    <message>
        <source>Where the slides are.</source>
        <translation>Wo die Folien sind.</translation>
    </message>
    <message>
        <source>Where the recording is.</source>
        <translation>Wo die Aufzeichnung ist.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a positive whole number.</source>
        <translation>--%1: „%2“ ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>--date: “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>--date: „%1“ ist kein Datum der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--time: “%1” is not a UTC time of the form HH:MM (or “tba”).</source>
        <translation>--time: „%1“ ist keine UTC-Uhrzeit der Form HH:MM (oder „tba“).</translation>
    </message>
    <message>
        <source>--%1: a name cannot be empty.</source>
        <translation>--%1: Ein Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Themen: %1</translation>
    </message>
    <message>
        <source>Save even when the scheduling rules warn.</source>
        <translation>Auch speichern, wenn die Terminregeln warnen.</translation>
    </message>
    <message>
        <source>The talk&apos;s id.</source>
        <translation>Die ID des Vortrags.</translation>
    </message>
    <message>
        <source>talks add takes options only, got “%1”.</source>
        <translation>talks add nimmt nur Optionen, erhalten: „%1“.</translation>
    </message>
    <message>
        <source>talks add needs --title and --date.</source>
        <translation>talks add braucht --title und --date.</translation>
    </message>
    <message>
        <source>talks edit needs exactly one talk id.</source>
        <translation>talks edit braucht genau eine Vortrags-ID.</translation>
    </message>
    <message>
        <source>the talk was not saved.</source>
        <translation>Der Vortrag wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Talk %1 “%2” was already cancelled.</source>
        <translation>Vortrag %1 „%2“ war bereits abgesagt.</translation>
    </message>
    <message>
        <source>Cancelled talk %1 “%2”.</source>
        <translation>Vortrag %1 „%2“ abgesagt.</translation>
    </message>
    <message>
        <source>The new date, YYYY-MM-DD, or date and UTC time, YYYY-MM-DDTHH:MM.</source>
        <translation>Das neue Datum, JJJJ-MM-TT, oder Datum und UTC-Uhrzeit, JJJJ-MM-TTTHH:MM.</translation>
    </message>
    <message>
        <source>Move even when the scheduling rules warn.</source>
        <translation>Auch verschieben, wenn die Terminregeln warnen.</translation>
    </message>
    <message>
        <source>talks move needs a talk id and --to YYYY-MM-DD[THH:MM].</source>
        <translation>talks move braucht eine Vortrags-ID und --to JJJJ-MM-TT[THH:MM].</translation>
    </message>
    <message>
        <source>--to: “%1” is not of the form YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC).</source>
        <translation>--to: „%1“ hat nicht die Form JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM (UTC).</translation>
    </message>
    <message>
        <source>Talk %1 is already on %2.</source>
        <translation>Vortrag %1 ist bereits am %2.</translation>
    </message>
    <message>
        <source>Deleted talk %1 “%2”.</source>
        <translation>Vortrag %1 „%2“ gelöscht.</translation>
    </message>
    <message>
        <source>Your name (default: $LECTERN_REVIEWER, then your name on this computer).</source>
        <translation>Ihr Name (Standard: $LECTERN_REVIEWER, dann Ihr Name auf diesem Rechner).</translation>
    </message>
    <message>
        <source>Import the occurrences of recurring events between two dates (UTC), FROM..TO, e.g. 2027-01-01..2027-06-30.</source>
        <translation>Die Termine wiederkehrender Ereignisse zwischen zwei Daten (UTC) importieren, VON..BIS, z. B. 2027-01-01..2027-06-30.</translation>
    </message>
    <message>
        <source>Import nothing when any event cannot be a talk.</source>
        <translation>Nichts importieren, wenn ein Ereignis kein Vortrag sein kann.</translation>
    </message>
    <message>
        <source>--occurrences: “%1” is not a range of dates of the form YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>--occurrences: „%1“ ist kein Datumsbereich der Form JJJJ-MM-TT..JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>übersprungen: %1: %2</translation>
    </message>
    <message>
        <source>What needs doing next: what the coming weeks&apos; talks still lack, what recent talks were not linked to, and proposals waiting for a first review.</source>
        <translation>Was als Nächstes zu tun ist: was den Vorträgen der kommenden Wochen noch fehlt, was bei den letzten Vorträgen nicht verlinkt wurde, und Vorschläge, die auf eine erste Begutachtung warten.</translation>
    </message>
    <message>
        <source>The day to look from, YYYY-MM-DD (default: today).</source>
        <translation>Der Tag, von dem aus geschaut wird, JJJJ-MM-TT (Standard: heute).</translation>
    </message>
    <message>
        <source>talk %1</source>
        <translation>Vortrag %1</translation>
    </message>
    <message>
        <source>proposal %1</source>
        <translation>Vorschlag %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation>Übliche Zeit</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Mailing lists</source>
        <translation>Mailinglisten</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>World times</source>
        <translation>Weltzeiten</translation>
    </message>
    <message>
        <source>Planned ahead</source>
        <translation>Im Voraus geplant</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Holiday regions</source>
        <translation>Feiertagsregionen</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Nächste Termine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The series&apos; name.</source>
        <translation>Der Name der Reihe.</translation>
    </message>
    <message>
        <source>Its rhythm as an RFC 5545 RRULE, e.g. FREQ=MONTHLY;BYDAY=-1WE (empty: none).</source>
        <translation>Ihr Rhythmus als RFC-5545-RRULE, z. B. FREQ=MONTHLY;BYDAY=-1WE (leer: keiner).</translation>
    </message>
    <message>
        <source>The date the rhythm counts from (every other week: which weeks), YYYY-MM-DD.</source>
        <translation>Das Datum, ab dem der Rhythmus zählt (alle zwei Wochen: welche Wochen), JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The usual start time, HH:MM in UTC (“none”: no usual time).</source>
        <translation>Die übliche Anfangszeit, HH:MM in UTC („none“: keine).</translation>
    </message>
    <message>
        <source>The usual length in minutes.</source>
        <translation>Die übliche Länge in Minuten.</translation>
    </message>
    <message>
        <source>Where the talks are streamed.</source>
        <translation>Wo die Vorträge gestreamt werden.</translation>
    </message>
    <message>
        <source>The chat channel.</source>
        <translation>Der Chat-Kanal.</translation>
    </message>
    <message>
        <source>A list announcements go to (repeatable; replaces them).</source>
        <translation>Eine Liste, an die Ankündigungen gehen (wiederholbar; ersetzt sie).</translation>
    </message>
    <message>
        <source>Who announcements come from.</source>
        <translation>Von wem Ankündigungen kommen.</translation>
    </message>
    <message>
        <source>The address they come from.</source>
        <translation>Die Adresse, von der sie kommen.</translation>
    </message>
    <message>
        <source>A time zone shown in announcements (repeatable; replaces them).</source>
        <translation>Eine Zeitzone, die Ankündigungen zeigen (wiederholbar; ersetzt sie).</translation>
    </message>
    <message>
        <source>How many months ahead talks are planned (1 to 24).</source>
        <translation>Wie viele Monate im Voraus Vorträge geplant werden (1 bis 24).</translation>
    </message>
    <message>
        <source>A region whose public holidays matter, e.g. de or us_en-us (repeatable; replaces them).</source>
        <translation>Eine Region, deren Feiertage zählen, z. B. de oder us_en-us (wiederholbar; ersetzt sie).</translation>
    </message>
    <message>
        <source>series edit takes options only, got “%1”.</source>
        <translation>series edit nimmt nur Optionen, erhielt „%1“.</translation>
    </message>
    <message>
        <source>--pattern-start: “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>--pattern-start: „%1“ ist kein Datum der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--time: “%1” is not a UTC time of the form HH:MM (or “none”).</source>
        <translation>--time: „%1“ ist keine UTC-Zeit der Form HH:MM (oder „none“).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a whole number.</source>
        <translation>--%1: „%2“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The dates the series&apos; rhythm gives in the coming months, open or taken.</source>
        <translation>Die Termine, die der Rhythmus der Reihe in den kommenden Monaten ergibt, offen oder belegt.</translation>
    </message>
    <message>
        <source>How many months ahead (default: the series&apos; horizon).</source>
        <translation>Wie viele Monate voraus (Standard: der Horizont der Reihe).</translation>
    </message>
    <message>
        <source>--months: “%1” is not a number of months from 1 to 24.</source>
        <translation>--months: „%1“ ist keine Zahl von Monaten zwischen 1 und 24.</translation>
    </message>
    <message>
        <source>the series has no rhythm yet; set one with “lectern-cli series edit --pattern FREQ=MONTHLY;BYDAY=-1WE”.</source>
        <translation>die Reihe hat noch keinen Rhythmus; setzen Sie einen mit „lectern-cli series edit --pattern FREQ=MONTHLY;BYDAY=-1WE“.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>taken by %1</source>
        <translation>belegt von %1</translation>
    </message>
    <message>
        <source>holiday: %1</source>
        <translation>Feiertag: %1</translation>
    </message>
    <message>
        <source>The template (default: announcement).</source>
        <translation>Die Vorlage (Vorgabe: announcement).</translation>
    </message>
    <message>
        <source>Send at this time (UTC) instead of now.</source>
        <translation>Zu dieser Zeit (UTC) senden statt jetzt.</translation>
    </message>
    <message>
        <source>Send a reminder this long before the talk: week, day or 2h.</source>
        <translation>Eine Erinnerung so lange vor dem Vortrag senden: week, day oder 2h.</translation>
    </message>
    <message>
        <source>Attach the talk as an iCalendar file.</source>
        <translation>Den Vortrag als iCalendar-Datei anhängen.</translation>
    </message>
    <message>
        <source>Queue it even when this template already went out for the talk.</source>
        <translation>Auch dann einreihen, wenn diese Vorlage für den Vortrag schon hinausging.</translation>
    </message>
    <message>
        <source>announce needs --talk ID.</source>
        <translation>announce braucht --talk ID.</translation>
    </message>
    <message>
        <source>announce takes --at or --before, not both.</source>
        <translation>announce nimmt --at oder --before, nicht beides.</translation>
    </message>
    <message>
        <source>--at: “%1” is not a time like 2026-12-24T18:00.</source>
        <translation>--at: „%1“ ist keine Zeit wie 2026-12-24T18:00.</translation>
    </message>
    <message>
        <source>--before: “%1” is not week, day or 2h.</source>
        <translation>--before: „%1“ ist nicht week, day oder 2h.</translation>
    </message>
    <message>
        <source>%1 Add --force to send it again.</source>
        <translation>%1 Mit --force wird sie noch einmal gesendet.</translation>
    </message>
    <message>
        <source>Only entries in this state: queued, sending, sent, failed, unknown, cancelled.</source>
        <translation>Nur Einträge in diesem Zustand: queued, sending, sent, failed, unknown, cancelled.</translation>
    </message>
    <message>
        <source>--state: “%1” is not one of queued, sending, sent, failed, unknown, cancelled.</source>
        <translation>--state: „%1“ ist keiner von queued, sending, sent, failed, unknown, cancelled.</translation>
    </message>
    <message>
        <source>Entry %1 is %2; only failed, unknown or cancelled entries are sent again.</source>
        <translation>Eintrag %1 ist %2; nur fehlgeschlagene, ungewisse oder abgebrochene Einträge werden noch einmal gesendet.</translation>
    </message>
    <message>
        <source>Entry %1 is %2 and cannot be cancelled.</source>
        <translation>Eintrag %1 ist %2 und kann nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>Entry %1 may have gone out already; it will be sent again.</source>
        <translation>Eintrag %1 ist vielleicht schon hinausgegangen; er wird noch einmal gesendet.</translation>
    </message>
    <message>
        <source>The mail server, as smtp://USER@HOST:PORT?security=starttls|tls|none (default: the account in Lectern&apos;s settings).</source>
        <translation>Der Mailserver, als smtp://USER@HOST:PORT?security=starttls|tls|none (Vorgabe: das Konto in Lecterns Einstellungen).</translation>
    </message>
    <message>
        <source>A file only you can read holding the mail password (default: $LECTERN_SMTP_PASSWORD).</source>
        <translation>Eine nur für Sie lesbare Datei mit dem Mail-Passwort (Vorgabe: $LECTERN_SMTP_PASSWORD).</translation>
    </message>
    <message>
        <source>Certificates (PEM) to trust for the mail server besides the system&apos;s.</source>
        <translation>Zertifikate (PEM), denen für den Mailserver neben denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <source>A file only you can read holding the Conduit API token, for tracker answers.</source>
        <translation>Eine nur für Sie lesbare Datei mit dem Conduit-API-Token, für Antworten im Tracker.</translation>
    </message>
    <message>
        <source>Send only this entry, due or not (repeatable).</source>
        <translation>Nur diesen Eintrag senden, fällig oder nicht (wiederholbar).</translation>
    </message>
    <message>
        <source>Seconds a server may stay silent (default 60).</source>
        <translation>Sekunden, die ein Server schweigen darf (Vorgabe 60).</translation>
    </message>
    <message>
        <source>--smtp: %1</source>
        <translation>--smtp: %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed, %3 outcome unknown, %4 waiting.</source>
        <translation>%1 gesendet, %2 fehlgeschlagen, %3 mit ungewissem Ausgang, %4 wartend.</translation>
    </message>
    <message>
        <source>Answer the proposer on the Phabricator task, through the outbox.</source>
        <translation>Dem Einreicher in der Phabricator-Aufgabe antworten, über den Postausgang.</translation>
    </message>
    <message>
        <source>The answer (default: the series&apos; accepted or declined template).</source>
        <translation>Die Antwort (Vorgabe: die Vorlage accepted oder declined der Reihe).</translation>
    </message>
    <message>
        <source>Also set the task&apos;s status, such as resolved or declined.</source>
        <translation>Auch den Status der Aufgabe setzen, etwa resolved oder declined.</translation>
    </message>
    <message>
        <source>Answer even when the task changed upstream since you last looked.</source>
        <translation>Auch antworten, wenn sich die Aufgabe seit Ihrem letzten Blick im Tracker geändert hat.</translation>
    </message>
    <message>
        <source>%1 changed upstream since you last looked at it; read it first (proposals show %2), or add --force to answer anyway.</source>
        <translation>%1 hat sich im Tracker geändert, seit Sie zuletzt hingesehen haben; lesen Sie sie zuerst (proposals show %2) oder antworten Sie mit --force trotzdem.</translation>
    </message>
    <message>
        <source>--message and --tracker-status go with --notify-tracker.</source>
        <translation>--message und --tracker-status gehören zu --notify-tracker.</translation>
    </message>
    <message>
        <source>The answer on %1 waits in the outbox; lectern-cli outbox send posts it.</source>
        <translation>Die Antwort auf %1 wartet im Postausgang; lectern-cli outbox send stellt sie ein.</translation>
    </message>
    <message>
        <source>The calendar collection, such as https://dav.example.org/ana/tech-talks/.</source>
        <translation>Die Kalendersammlung, etwa https://dav.example.org/ana/tech-talks/.</translation>
    </message>
    <message>
        <source>The user name on the calendar server.</source>
        <translation>Der Benutzername auf dem Kalenderserver.</translation>
    </message>
    <message>
        <source>A file only you can read holding the password (default: $LECTERN_CALDAV_PASSWORD).</source>
        <translation>Eine nur für Sie lesbare Datei mit dem Passwort (Vorgabe: $LECTERN_CALDAV_PASSWORD).</translation>
    </message>
    <message>
        <source>Overwrite events that changed on the server since the last publish.</source>
        <translation>Termine überschreiben, die sich seit der letzten Veröffentlichung auf dem Server geändert haben.</translation>
    </message>
    <message>
        <source>Seconds a server may stay silent (default 30).</source>
        <translation>Sekunden, die ein Server schweigen darf (Vorgabe 30).</translation>
    </message>
    <message>
        <source>publish caldav needs --url.</source>
        <translation>publish caldav braucht --url.</translation>
    </message>
    <message>
        <source>No password for %1: name a file that holds it (--password-file), or set LECTERN_CALDAV_PASSWORD.</source>
        <translation>Kein Passwort für %1: Nennen Sie eine Datei, die es enthält (--password-file), oder setzen Sie LECTERN_CALDAV_PASSWORD.</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 deleted, %4 unchanged, %5 conflict(s); %6 request(s).</source>
        <translation>%1 angelegt, %2 aktualisiert, %3 gelöscht, %4 unverändert, %5 Konflikt(e); %6 Anfrage(n).</translation>
    </message>
    <message>
        <source>The user name on the CalDAV server, for calendar publishes.</source>
        <translation>Der Benutzername auf dem CalDAV-Server, für Kalenderveröffentlichungen.</translation>
    </message>
    <message>
        <source>A file only you can read holding the CalDAV password (default: $LECTERN_CALDAV_PASSWORD).</source>
        <translation>Eine nur für Sie lesbare Datei mit dem CalDAV-Passwort (Vorgabe: $LECTERN_CALDAV_PASSWORD).</translation>
    </message>
    <message>
        <source>Put the publish in the outbox instead (outbox send publishes it, now or once the server is back).</source>
        <translation>Die Veröffentlichung stattdessen in den Postausgang stellen (outbox send veröffentlicht sie, jetzt oder wenn der Server wieder da ist).</translation>
    </message>
    <message>
        <source>A publish to %1 already waits in the outbox; it will send every change.</source>
        <translation>Eine Veröffentlichung nach %1 wartet schon im Postausgang; sie sendet jede Änderung.</translation>
    </message>
    <message>
        <source>%1 needs --url.</source>
        <translation>%1 braucht --url.</translation>
    </message>
    <message>
        <source>The calendar collection published to.</source>
        <translation>Die Kalendersammlung, in die veröffentlicht wird.</translation>
    </message>
    <message>
        <source>Never published to %1.</source>
        <translation>Noch nie nach %1 veröffentlicht.</translation>
    </message>
    <message>
        <source>The last publish, %1, failed: %2</source>
        <translation>Die letzte Veröffentlichung am %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Last published %1: %2 created, %3 updated, %4 deleted, %5 unchanged.</source>
        <translation>Zuletzt veröffentlicht %1: %2 angelegt, %3 aktualisiert, %4 gelöscht, %5 unverändert.</translation>
    </message>
    <message>
        <source>Waiting: %1 new, %2 changed, %3 to withdraw.</source>
        <translation>Wartet: %1 neu, %2 geändert, %3 zurückzuziehen.</translation>
    </message>
    <message>
        <source>The talk whose event changed on the server.</source>
        <translation>Der Vortrag, dessen Termin auf dem Server geändert wurde.</translation>
    </message>
    <message>
        <source>The next publish replaces the server&apos;s copy with the talk as it is here.</source>
        <translation>Die nächste Veröffentlichung ersetzt die Kopie auf dem Server durch den Vortrag, wie er hier ist.</translation>
    </message>
    <message>
        <source>The server&apos;s copy stays; only the talk&apos;s next change here is published over it.</source>
        <translation>Die Kopie auf dem Server bleibt; erst die nächste Änderung des Vortrags hier wird darüber veröffentlicht.</translation>
    </message>
    <message>
        <source>publish resolve needs one of --overwrite and --keep-server.</source>
        <translation>publish resolve braucht entweder --overwrite oder --keep-server.</translation>
    </message>
    <message>
        <source>publish resolve needs --talk ID (a talk&apos;s number, as publish status lists it).</source>
        <translation>publish resolve braucht --talk ID (die Nummer eines Vortrags, wie publish status sie nennt).</translation>
    </message>
    <message>
        <source>The next publish overwrites the server&apos;s copy of “%1”.</source>
        <translation>Die nächste Veröffentlichung überschreibt die Kopie von „%1“ auf dem Server.</translation>
    </message>
    <message>
        <source>The server&apos;s copy of “%1” stays.</source>
        <translation>Die Kopie von „%1“ auf dem Server bleibt.</translation>
    </message>
    <message>
        <source>“%1” (talk %2) changed on the server since the last publish and was left as it is: %3 publish resolve --talk %2 --overwrite or --keep-server decides; --force overwrites them all.</source>
        <translation>„%1“ (Vortrag %2) wurde seit der letzten Veröffentlichung auf dem Server geändert und so gelassen: %3 publish resolve --talk %2 --overwrite oder --keep-server entscheidet; --force überschreibt alle.</translation>
    </message>
    <message>
        <source>Conflict: “%1” (talk %2), to be overwritten by the next publish: %3</source>
        <translation>Konflikt: „%1“ (Vortrag %2), wird bei der nächsten Veröffentlichung überschrieben: %3</translation>
    </message>
    <message>
        <source>Conflict: “%1” (talk %2): %3</source>
        <translation>Konflikt: „%1“ (Vortrag %2): %3</translation>
    </message>
</context>
<context>
    <name>Lectern::Conduit</name>
    <message>
        <source>The server&apos;s answer to %1 is not what Phabricator sends: %2.</source>
        <translation>Die Antwort des Servers auf %1 ist nicht, was Phabricator sendet: %2.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 is not JSON (at byte %2: %3).</source>
        <translation>Die Antwort des Servers auf %1 ist kein JSON (bei Byte %2: %3).</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Phabricator refused %1: %2 (%3).</source>
        <translation>Phabricator hat %1 abgelehnt: %2 (%3).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>no &quot;result&quot; object</source>
        <translation>kein &quot;result&quot;-Objekt</translation>
    </message>
    <message>
        <source>no &quot;data&quot; list</source>
        <translation>keine &quot;data&quot;-Liste</translation>
    </message>
    <message>
        <source>task %1 in the list has no id or no name</source>
        <translation>Aufgabe %1 der Liste hat keine ID oder keinen Namen</translation>
    </message>
    <message>
        <source>T%1 has no dateModified</source>
        <translation>T%1 hat kein dateModified</translation>
    </message>
</context>
<context>
    <name>Lectern::ConduitClient</name>
    <message>
        <source>“%1” is not a web address such as https://phabricator.example.org.</source>
        <translation>„%1“ ist keine Webadresse wie https://phabricator.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>„%1“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>No answer from the server to %1 within %2 seconds.</source>
        <translation>Keine Antwort des Servers auf %1 innerhalb von %2 Sekunden.</translation>
    </message>
    <message>
        <source>The call to %1 was cancelled.</source>
        <translation>Der Aufruf von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>The server could not answer %1: %2.</source>
        <translation>Der Server konnte %1 nicht beantworten: %2.</translation>
    </message>
</context>
<context>
    <name>Lectern::ConnectServerDialog</name>
    <message>
        <source>Connect to a Shared Schedule</source>
        <translation>Mit einem gemeinsamen Plan verbinden</translation>
    </message>
    <message>
        <source>A schedule the whole team works on, kept on a PostgreSQL server. Every coordinator connects with a user of their own.</source>
        <translation>Ein Plan, an dem das ganze Team arbeitet, auf einem PostgreSQL-Server. Jede Koordinatorin und jeder Koordinator verbindet sich mit einem eigenen Benutzer.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>techtalks</source>
        <translation>techtalks</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>leer: aus ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop&apos;s keyring</source>
        <translation>Passwort im Schlüsselbund der Arbeitsumgebung &amp;merken</translation>
    </message>
    <message>
        <source>No keyring is running: the password is asked again next time.</source>
        <translation>Es läuft kein Schlüsselbund: Das Passwort wird beim nächsten Mal erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>Lectern::Database</name>
    <message>
        <source>No database file was named.</source>
        <translation>Es wurde keine Datenbankdatei genannt.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (its first bytes are not a SQLite header). It was left untouched.</source>
        <translation>%1 ist keine SQLite-Datenbank (die ersten Bytes sind kein SQLite-Kopf). Sie blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Lectern database. It was left untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Lectern-Datenbank. Sie blieb unverändert.</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Create it with “lectern-cli --database %1 init”.</source>
        <translation>Die Datenbank %1 existiert nicht. Legen Sie sie mit „lectern-cli --database %1 init“ an.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a SQLite database; it may be damaged. It was left untouched.</source>
        <translation>%1 kann nicht als SQLite-Datenbank gelesen werden; sie ist vielleicht beschädigt. Sie blieb unverändert.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 failed; the database was left at version %3. %4</source>
        <translation>Die Aktualisierung von %1 auf Schema-Version %2 ist gescheitert; die Datenbank blieb auf Version %3. %4</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2 before upgrading it; nothing was changed. %3</source>
        <translation>%1 konnte vor der Aktualisierung nicht nach %2 gesichert werden; nichts wurde geändert. %3</translation>
    </message>
    <message>
        <source>%1 is the open database itself; choose another file for the copy.</source>
        <translation>%1 ist die geöffnete Datenbank selbst; wählen Sie eine andere Datei für die Kopie.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write a copy to %1: %2</source>
        <translation>Die Kopie nach %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket), so it cannot hold a database. It was left untouched.</source>
        <translation>%1 ist keine gewöhnliche Datei (sondern ein Gerät, eine Pipe oder ein Socket) und kann daher keine Datenbank enthalten. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist.</source>
        <translation>%1 ist eine Verknüpfung auf %2, das nicht existiert.</translation>
    </message>
    <message>
        <source>Internal error: a change of %1 %2 was written outside a transaction.</source>
        <translation>Interner Fehler: eine Änderung an %1 %2 wurde außerhalb einer Transaktion geschrieben.</translation>
    </message>
    <message>
        <source>Lectern cannot open %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt5sql5-psql for Qt 5, libqt6sql6-psql for Qt 6).</source>
        <translation>Lectern kann %1 nicht öffnen: Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: libqt5sql5-psql für Qt 5, libqt6sql6-psql für Qt 6).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s tables, not a Lectern schedule. It was left untouched.</source>
        <translation>%1 enthält Tabellen eines anderen Programms, keinen Lectern-Plan. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 has no Lectern schedule yet. Create it with “lectern-cli --database %1 init”.</source>
        <translation>%1 hat noch keinen Lectern-Plan. Legen Sie ihn mit „lectern-cli --database %1 init“ an.</translation>
    </message>
    <message>
        <source>%1 still cannot be reached: %2</source>
        <translation>%1 ist weiterhin nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 now holds a newer version of the schedule (schema version %2; this Lectern knows %3): update Lectern to go on working on it. Nothing was changed.</source>
        <translation>%1 enthält jetzt eine neuere Version des Plans (Schemaversion %2; dieses Lectern kennt %3): Aktualisieren Sie Lectern, um weiter daran zu arbeiten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Lectern is offline: the connection to %1 was lost at %2. Nothing was saved. Lectern reconnects as soon as the server answers; then try again.</source>
        <translation>Lectern ist offline: Die Verbindung zu %1 ist um %2 abgebrochen. Es wurde nichts gespeichert. Lectern verbindet sich wieder, sobald der Server antwortet; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1: a transaction is still being rolled back; connecting again after it.</source>
        <translation>%1: Eine Transaktion wird noch zurückgerollt; danach wird die Verbindung wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>Lectern::DatabaseCopy</name>
    <message>
        <source>%1 did not count its %2.</source>
        <translation>%1 hat %2 nicht gezählt.</translation>
    </message>
    <message>
        <source>Reading %1 from %2 failed: %3</source>
        <translation>%1 aus %2 zu lesen ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 refused the rows of %2: %3</source>
        <translation>%1 hat die Zeilen von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 refused row %2 of %3: %4</source>
        <translation>%1 hat Zeile %2 von %3 abgelehnt: %4</translation>
    </message>
    <message>
        <source>%1 is the database being copied.</source>
        <translation>%1 ist die Datenbank, die kopiert wird.</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 Zeilen)</translation>
    </message>
    <message>
        <source>%1 is not empty — %2 — so nothing was copied into it. Copy into a new file or an empty database.</source>
        <translation>%1 ist nicht leer – %2 –, daher wurde nichts hineinkopiert. Kopieren Sie in eine neue Datei oder eine leere Datenbank.</translation>
    </message>
</context>
<context>
    <name>Lectern::DialogOverwriteQuestion</name>
    <message>
        <source>Undo Over Another Change?</source>
        <translation>Über eine andere Änderung hinweg rückgängig machen?</translation>
    </message>
    <message>
        <source>Redo Over Another Change?</source>
        <translation>Über eine andere Änderung hinweg wiederherstellen?</translation>
    </message>
    <message>
        <source>Undo “%1”?</source>
        <translation>„%1“ rückgängig machen?</translation>
    </message>
    <message>
        <source>Redo “%1”?</source>
        <translation>„%1“ wiederherstellen?</translation>
    </message>
    <message>
        <source>%1 Undoing replaces that change with the state before your step.</source>
        <translation>%1 Das Rückgängigmachen ersetzt diese Änderung durch den Stand vor Ihrem Schritt.</translation>
    </message>
    <message>
        <source>%1 Redoing replaces that change with your step.</source>
        <translation>%1 Das Wiederherstellen ersetzt diese Änderung durch Ihren Schritt.</translation>
    </message>
    <message>
        <source>Undo Anyway</source>
        <translation>Trotzdem rückgängig machen</translation>
    </message>
    <message>
        <source>Redo Anyway</source>
        <translation>Trotzdem wiederherstellen</translation>
    </message>
    <message>
        <source>Keep Their Change</source>
        <translation>Deren Änderung behalten</translation>
    </message>
</context>
<context>
    <name>Lectern::DialogPasswordPrompt</name>
    <message>
        <source>Mail Password</source>
        <translation>Mail-Passwort</translation>
    </message>
    <message>
        <source>The outbox has mail to send through %1 as %2.</source>
        <translation>Der Postausgang hat Mail, die über %1 als %2 zu senden ist.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember it in the keyring</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>No keyring is running: Lectern keeps the password in memory until it quits and writes it nowhere.</source>
        <translation>Kein Schlüsselbund läuft: Lectern behält das Passwort im Speicher, bis es beendet wird, und schreibt es nirgends hin.</translation>
    </message>
</context>
<context>
    <name>Lectern::DuplicateFinder</name>
    <message>
        <source>both have the email address %1</source>
        <translation>beide haben die E-Mail-Adresse %1</translation>
    </message>
    <message>
        <source>the names “%1” and “%2” differ only in case, accents or punctuation</source>
        <translation>die Namen „%1“ und „%2“ unterscheiden sich nur in Groß-/Kleinschreibung, Akzenten oder Satzzeichen</translation>
    </message>
    <message>
        <source>the names “%1” and “%2” differ only in an initial</source>
        <translation>die Namen „%1“ und „%2“ unterscheiden sich nur in einer Initiale</translation>
    </message>
    <message>
        <source>the names “%1” and “%2” are spelled almost alike</source>
        <translation>die Namen „%1“ und „%2“ werden fast gleich geschrieben</translation>
    </message>
</context>
<context>
    <name>Lectern::EmailTemplate</name>
    <message>
        <source>{series}: {title} ({date})</source>
        <translation>{series}: {title} ({date})</translation>
    </message>
    <message>
        <source>Hello everyone,

The next {series} is Season {season}, Episode {episode}:

{title}
{date}, {time_utc} UTC, {duration} minutes
{world_times}

Speakers:
{speakers}

{abstract}

Topics: {topics}

Watch the stream: {stream_url}
Ask your questions in {chat_channel} during the talk.

See you there!
</source>
        <translation>Hallo zusammen,

Der nächste Termin von {series} ist Staffel {season}, Folge {episode}:

{title}
{date}, {time_utc} UTC, {duration} Minuten
{world_times}

Vortragende:
{speakers}

{abstract}

Themen: {topics}

Zur Übertragung: {stream_url}
Fragen während des Vortrags in {chat_channel}.

Bis dann!
</translation>
    </message>
    <message>
        <source>Tomorrow: {title} ({series})</source>
        <translation>Morgen: {title} ({series})</translation>
    </message>
    <message>
        <source>Hello everyone,

A reminder: tomorrow, {date} at {time_utc} UTC, {speakers_short} will present
&quot;{title}&quot;.

{world_times}

Stream: {stream_url}
Questions: {chat_channel}
</source>
        <translation>Hallo zusammen,

zur Erinnerung: Morgen, {date} um {time_utc} UTC, präsentiert {speakers_short}
„{title}“.

{world_times}

Übertragung: {stream_url}
Fragen: {chat_channel}
</translation>
    </message>
    <message>
        <source>{series}: call for talk proposals</source>
        <translation>{series}: Aufruf für Vortragsvorschläge</translation>
    </message>
    <message>
        <source>Hello everyone,

{series} is looking for speakers. A talk is usually {duration} minutes with
questions at the end, streamed live. Anyone may propose a talk: reply to this
message with a title, a few lines about it and who would speak.

Thank you!
</source>
        <translation>Hallo zusammen,

{series} sucht Vortragende. Ein Vortrag dauert meist {duration} Minuten mit
Fragen am Ende und wird live übertragen. Alle können einen Vortrag vorschlagen:
Antworten Sie auf diese Nachricht mit einem Titel, ein paar Zeilen dazu und wer sprechen würde.

Vielen Dank!
</translation>
    </message>
    <message>
        <source>Your talk proposal for {series}: &quot;{proposal_title}&quot;</source>
        <translation>Ihr Vortragsvorschlag für {series}: „{proposal_title}“</translation>
    </message>
    <message>
        <source>Hello,

Thank you for proposing &quot;{proposal_title}&quot;. We would love to have it in
{series}: it is planned for {date} at {time_utc} UTC ({world_times}).
Does that work for you?
</source>
        <translation>Hallo,

vielen Dank für Ihren Vorschlag „{proposal_title}“. Wir hätten ihn gern in
{series}: Geplant ist der {date} um {time_utc} UTC ({world_times}).
Passt Ihnen das?
</translation>
    </message>
    <message>
        <source>Hello,

Thank you for proposing &quot;{proposal_title}&quot; for {series}. We are not able to
schedule it this time. We hope to hear from you again.
</source>
        <translation>Hallo,

vielen Dank für Ihren Vorschlag „{proposal_title}“ für {series}. Dieses Mal können
wir ihn leider nicht einplanen. Wir hoffen, wieder von Ihnen zu hören.
</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportBuilder</name>
    <message>
        <source>“%1” has no time yet (TBA).</source>
        <translation>„%1“ hat noch keine Uhrzeit (TBA).</translation>
    </message>
    <message>
        <source>“%1” has no speaker.</source>
        <translation>„%1“ hat keine vortragende Person.</translation>
    </message>
    <message>
        <source>“%1” has no stream link.</source>
        <translation>„%1“ hat keinen Link zur Übertragung.</translation>
    </message>
    <message>
        <source>No talk is scheduled from today (%1) on.</source>
        <translation>Ab heute (%1) ist kein Vortrag eingeplant.</translation>
    </message>
    <message>
        <source>No talk matches this choice.</source>
        <translation>Kein Vortrag passt zu dieser Auswahl.</translation>
    </message>
    <message numerus="yes">
        <source>An announcement is about one talk; this one is about “%1”, the first of the %n chosen.</source>
        <translation>
            <numerusform>Eine Ankündigung gilt einem Vortrag; diese gilt „%1“, dem einzigen ausgewählten.</numerusform>
            <numerusform>Eine Ankündigung gilt einem Vortrag; diese gilt „%1“, dem ersten der %n ausgewählten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The series has no sender address.</source>
        <translation>Die Reihe hat keine Absenderadresse.</translation>
    </message>
    <message>
        <source>The series has no mailing list to send to.</source>
        <translation>Die Reihe hat keine Mailingliste als Empfänger.</translation>
    </message>
    <message>
        <source>Nothing was attached: the talk cannot be in a calendar yet.</source>
        <translation>Nichts angehängt: Der Vortrag kann noch in keinem Kalender stehen.</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation>An: %1
Betreff: %2

%3</translation>
    </message>
    <message>
        <source>None of the chosen talks can be in a calendar yet.</source>
        <translation>Keiner der ausgewählten Vorträge kann schon in einem Kalender stehen.</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportPage</name>
    <message>
        <source>The next upcoming talk</source>
        <translation>Der nächste anstehende Vortrag</translation>
    </message>
    <message>
        <source>The talk selected in the schedule</source>
        <translation>Der im Terminplan ausgewählte Vortrag</translation>
    </message>
    <message>
        <source>A season</source>
        <translation>Eine Staffel</translation>
    </message>
    <message>
        <source>A date range</source>
        <translation>Ein Zeitraum</translation>
    </message>
    <message>
        <source>All upcoming talks</source>
        <translation>Alle anstehenden Vorträge</translation>
    </message>
    <message>
        <source>All talks</source>
        <translation>Alle Vorträge</translation>
    </message>
    <message>
        <source>Season </source>
        <translation>Staffel </translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Announcement email (.eml)</source>
        <translation>Ankündigungs-E-Mail (.eml)</translation>
    </message>
    <message>
        <source>iCalendar (.ics)</source>
        <translation>iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Wiki listing (wikitext)</source>
        <translation>Wiki-Liste (Wikitext)</translation>
    </message>
    <message>
        <source>Edit Template…</source>
        <translation>Vorlage bearbeiten …</translation>
    </message>
    <message>
        <source>Attach the calendar entry</source>
        <translation>Kalendereintrag anhängen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter …</translation>
    </message>
    <message>
        <source>Open in &amp;Mail Client</source>
        <translation>Im E-&amp;Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Talks:</source>
        <translation>&amp;Vorträge:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Ausgabe:</translation>
    </message>
    <message>
        <source>No talk is selected in the schedule.</source>
        <translation>Im Terminplan ist kein Vortrag ausgewählt.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The message text is on the clipboard.</source>
        <translation>Der Nachrichtentext ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The output is on the clipboard.</source>
        <translation>Die Ausgabe ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Save Export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Noch einmal senden</translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation>Se&amp;nden …</translation>
    </message>
    <message>
        <source>Queue the message in the outbox: it goes out by itself, now or before the talk, when Lectern is online</source>
        <translation>Die Nachricht in den Postausgang stellen: Sie geht von selbst hinaus, jetzt oder vor dem Vortrag, wenn Lectern online ist</translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <translation>„%1“ an %2</translation>
    </message>
    <message>
        <source>%1 Send it again?</source>
        <translation>%1 Noch einmal senden?</translation>
    </message>
    <message>
        <source>“%1” is in the outbox and goes out as soon as Lectern is online.</source>
        <translation>„%1“ ist im Postausgang und geht hinaus, sobald Lectern online ist.</translation>
    </message>
    <message>
        <source>“%1” is in the outbox, to go out %2.</source>
        <translation>„%1“ ist im Postausgang und geht am %2 hinaus.</translation>
    </message>
</context>
<context>
    <name>Lectern::Holidays</name>
    <message>
        <source>holiday region: “%1” is not a region Lectern knows. Known ones nearby: %2.</source>
        <translation>holiday region: „%1“ ist keine Region, die Lectern kennt. Bekannte in der Nähe: %2.</translation>
    </message>
</context>
<context>
    <name>Lectern::ICalendarExport</name>
    <message>
        <source>Speakers: %1</source>
        <translation>Vortragende: %1</translation>
    </message>
    <message>
        <source>Stream: %1</source>
        <translation>Übertragung: %1</translation>
    </message>
    <message>
        <source>Slides: %1</source>
        <translation>Folien: %1</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>Aufzeichnung: %1</translation>
    </message>
    <message>
        <source>Questions during the talk: %1</source>
        <translation>Fragen während des Vortrags: %1</translation>
    </message>
    <message>
        <source>“%1” has no date yet and was left out.</source>
        <translation>„%1“ hat noch kein Datum und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>“%1” on %2 has no time yet (TBA) and was left out.</source>
        <translation>„%1“ am %2 hat noch keine Uhrzeit (TBA) und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>“%1” was left out: %2</source>
        <translation>„%1“ wurde ausgelassen: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::ICalendarImport</name>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <source>the iCalendar text is malformed</source>
        <translation>der iCalendar-Text ist fehlerhaft</translation>
    </message>
    <message>
        <source>it is a vCalendar 1.0 file, not iCalendar 2.0</source>
        <translation>es ist eine vCalendar-1.0-Datei, kein iCalendar 2.0</translation>
    </message>
    <message>
        <source>its VERSION is missing or unknown</source>
        <translation>seine VERSION fehlt oder ist unbekannt</translation>
    </message>
    <message>
        <source>KCalendarCore error %1</source>
        <translation>KCalendarCore-Fehler %1</translation>
    </message>
    <message>
        <source>line %1: KCalendarCore cannot read the %2 that begins here (%3).</source>
        <translation>Zeile %1: KCalendarCore kann das hier beginnende %2 nicht lesen (%3).</translation>
    </message>
    <message>
        <source>lines %1 to %2: KCalendarCore cannot read the calendar (%3).</source>
        <translation>Zeilen %1 bis %2: KCalendarCore kann den Kalender nicht lesen (%3).</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>%1 angelegt, %2 aktualisiert, %3 unverändert, %4 übersprungen.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <source>the range of occurrences ends (%1) before it begins (%2).</source>
        <translation>der Bereich der Termine endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Western European), as older Outlook and Sunbird write.</source>
        <translation>Die Datei ist kein UTF-8; sie wurde als Windows-1252 (westeuropäisch) gelesen, wie es ältere Versionen von Outlook und Sunbird schreiben.</translation>
    </message>
    <message>
        <source>Text after END:VCALENDAR (line %1) was ignored.</source>
        <translation>Text nach END:VCALENDAR (Zeile %1) wurde ignoriert.</translation>
    </message>
    <message>
        <source>The time zone “%1” was read as %2.</source>
        <translation>Die Zeitzone „%1“ wurde als %2 gelesen.</translation>
    </message>
    <message>
        <source>lines %1 to %2: the calendar holds no events.</source>
        <translation>Zeilen %1 bis %2: Der Kalender enthält keine Termine.</translation>
    </message>
</context>
<context>
    <name>Lectern::ICalendarImport::Note</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1: “%2”: %3</source>
        <translation>Zeile %1: „%2“: %3</translation>
    </message>
</context>
<context>
    <name>Lectern::ICalendarImport::Reader</name>
    <message>
        <source>a to-do (VTODO), not an event.</source>
        <translation>eine Aufgabe (VTODO), kein Termin.</translation>
    </message>
    <message>
        <source>a journal entry (VJOURNAL), not an event.</source>
        <translation>ein Journaleintrag (VJOURNAL), kein Termin.</translation>
    </message>
    <message>
        <source>a recurring event; choose a range of its occurrences to import them as talks.</source>
        <translation>ein wiederkehrender Termin; wählen Sie einen Bereich seiner Termine, um sie als Vorträge zu importieren.</translation>
    </message>
    <message>
        <source>its time zone “%1” is neither defined in the file (VTIMEZONE) nor a zone Lectern knows, so its time cannot be known.</source>
        <translation>seine Zeitzone „%1“ ist weder in der Datei definiert (VTIMEZONE) noch eine Zone, die Lectern kennt; seine Uhrzeit lässt sich also nicht bestimmen.</translation>
    </message>
    <message>
        <source>no start (DTSTART).</source>
        <translation>kein Beginn (DTSTART).</translation>
    </message>
    <message>
        <source>no title (SUMMARY).</source>
        <translation>kein Titel (SUMMARY).</translation>
    </message>
    <message>
        <source>a second event with the UID “%1”; the first one was imported.</source>
        <translation>ein zweiter Termin mit der UID „%1“; der erste wurde importiert.</translation>
    </message>
    <message>
        <source>an all-day event over %1 days; a talk is on one day.</source>
        <translation>ein ganztägiger Termin über %1 Tage; ein Vortrag findet an einem Tag statt.</translation>
    </message>
    <message>
        <source>it lasts %1 hours, over more than a day; a talk lasts a day at most.</source>
        <translation>er dauert %1 Stunden, länger als einen Tag; ein Vortrag dauert höchstens einen Tag.</translation>
    </message>
    <message>
        <source>only its first %1 occurrences in the range were imported; choose a shorter range for the others.</source>
        <translation>nur seine ersten %1 Termine im Bereich wurden importiert; wählen Sie für die übrigen einen kürzeren Bereich.</translation>
    </message>
</context>
<context>
    <name>Lectern::ICalendarStructure</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file holds no iCalendar text (it should begin with BEGIN:VCALENDAR).</source>
        <translation>die Datei enthält keinen iCalendar-Text (sie sollte mit BEGIN:VCALENDAR beginnen).</translation>
    </message>
    <message>
        <source>an iCalendar file begins with BEGIN:VCALENDAR; this one does not, so it is not an iCalendar file.</source>
        <translation>eine iCalendar-Datei beginnt mit BEGIN:VCALENDAR; diese nicht, also ist sie keine iCalendar-Datei.</translation>
    </message>
    <message>
        <source>BEGIN without the name of a component.</source>
        <translation>BEGIN ohne den Namen einer Komponente.</translation>
    </message>
    <message>
        <source>END:%1 without a BEGIN:%1 before it.</source>
        <translation>END:%1 ohne ein vorangehendes BEGIN:%1.</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 was expected (for BEGIN:%2 at line %3).</source>
        <translation>END:%1, wo END:%2 erwartet wurde (zu BEGIN:%2 in Zeile %3).</translation>
    </message>
    <message>
        <source>“%1” outside BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation>„%1“ außerhalb von BEGIN:VCALENDAR … END:VCALENDAR.</translation>
    </message>
    <message>
        <source>the file ends inside %1, begun at line %2 (END:%1 is missing); it may have been cut short.</source>
        <translation>die Datei endet innerhalb von %1, begonnen in Zeile %2 (END:%1 fehlt); sie wurde vielleicht abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>Lectern::ImportCalendarDialog</name>
    <message>
        <source>%1 %2 UTC</source>
        <translation>%1 %2 UTC</translation>
    </message>
    <message>
        <source>%1, time to be announced</source>
        <translation>%1, Uhrzeit wird noch bekannt gegeben</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>Import the occurrences of recurring events from</source>
        <translation>Die Termine wiederkehrender Ereignisse importieren vom</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (vorher %2)</translation>
    </message>
    <message>
        <source>New talks (%1)</source>
        <translation>Neue Vorträge (%1)</translation>
    </message>
    <message>
        <source>Talks to update (%1)</source>
        <translation>Zu aktualisierende Vorträge (%1)</translation>
    </message>
    <message>
        <source>Not imported (%1)</source>
        <translation>Nicht importiert (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Hinweise (%1)</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 to update, %4 already up to date, %5 not imported. Nothing is written until you choose Import.</source>
        <translation>%1: %2 neu, %3 zu aktualisieren, %4 bereits aktuell, %5 nicht importiert. Nichts wird geschrieben, bevor Sie „Importieren“ wählen.</translation>
    </message>
</context>
<context>
    <name>Lectern::InboxModel</name>
    <message>
        <source>%1 (proposed by %2)</source>
        <translation>%1 (vorgeschlagen von %2)</translation>
    </message>
    <message>
        <source>changed upstream</source>
        <translation>im Tracker geändert</translation>
    </message>
    <message>
        <source>closed upstream</source>
        <translation>im Tracker geschlossen</translation>
    </message>
    <message>
        <source>The title or text changed in the tracker since you reviewed or decided on it.</source>
        <translation>Titel oder Text haben sich im Tracker geändert, seit Sie ihn bewertet oder entschieden haben.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>Lectern::InboxPage</name>
    <message>
        <source>Search titles, texts and proposers…</source>
        <translation>Titel, Texte und Einreichende durchsuchen …</translation>
    </message>
    <message>
        <source>Search proposals</source>
        <translation>Vorschläge durchsuchen</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <source>1 — no</source>
        <translation>1 – nein</translation>
    </message>
    <message>
        <source>2 — rather not</source>
        <translation>2 – eher nicht</translation>
    </message>
    <message>
        <source>3 — maybe</source>
        <translation>3 – vielleicht</translation>
    </message>
    <message>
        <source>4 — rather yes</source>
        <translation>4 – eher ja</translation>
    </message>
    <message>
        <source>5 — yes</source>
        <translation>5 – ja</translation>
    </message>
    <message>
        <source>What you think of it (only for the coordinators)</source>
        <translation>Was Sie davon halten (nur für das Orga-Team)</translation>
    </message>
    <message>
        <source>Add Review</source>
        <translation>Bewertung hinzufügen</translation>
    </message>
    <message>
        <source>Add your score and note (Ctrl+Return)</source>
        <translation>Ihre Punkte und Notiz hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Punkte:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Bewertende Person</translation>
    </message>
    <message>
        <source>Your name on the reviews you write:</source>
        <translation>Ihr Name auf den Bewertungen, die Sie schreiben:</translation>
    </message>
    <message>
        <source>Put on Hold</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>What does “%1” wait for?</source>
        <translation>Worauf wartet „%1“?</translation>
    </message>
    <message>
        <source>Import Proposals</source>
        <translation>Vorschläge importieren</translation>
    </message>
    <message>
        <source>Rows with problems are listed under Show Details. Correct the file and import it again, or import the rows without problems now.</source>
        <translation>Zeilen mit Problemen stehen unter „Details anzeigen“. Korrigieren Sie die Datei und importieren Sie sie erneut, oder importieren Sie jetzt die Zeilen ohne Probleme.</translation>
    </message>
    <message>
        <source>Import Valid Rows</source>
        <translation>Gültige Zeilen importieren</translation>
    </message>
    <message>
        <source>&amp;Next Proposal</source>
        <translation>&amp;Nächster Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Previous Proposal</source>
        <translation>&amp;Vorheriger Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Shortlist</source>
        <translation>&amp;Vormerken</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Put on &amp;Hold…</source>
        <translation>&amp;Zurückstellen …</translation>
    </message>
    <message>
        <source>Mark &amp;Withdrawn</source>
        <translation>Als zurückge&amp;zogen markieren</translation>
    </message>
    <message>
        <source>Back to &amp;Reviewing</source>
        <translation>Zurück in die &amp;Prüfung</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>Write a &amp;Review</source>
        <translation>&amp;Bewertung schreiben</translation>
    </message>
    <message>
        <source>S&amp;chedule…</source>
        <translation>&amp;Einplanen …</translation>
    </message>
    <message>
        <source>Make the accepted or shortlisted proposal a talk on a date</source>
        <translation>Den angenommenen oder vorgemerkten Vorschlag an einem Datum zum Vortrag machen</translation>
    </message>
    <message>
        <source>&amp;Find Proposals</source>
        <translation>Vorschläge &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Import Proposals…</source>
        <translation>Vorschläge &amp;importieren …</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Add proposals from a CSV or JSON file</source>
        <translation>Vorschläge aus einer CSV- oder JSON-Datei hinzufügen</translation>
    </message>
    <message>
        <source>S&amp;ync with Phabricator…</source>
        <translation>Mit Phabricator a&amp;bgleichen …</translation>
    </message>
    <message>
        <source>Sync…</source>
        <translation>Abgleichen …</translation>
    </message>
    <message>
        <source>Bring in new and changed tasks from the tracker</source>
        <translation>Neue und geänderte Aufgaben aus dem Tracker holen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Vorgemerkt</translation>
    </message>
    <message>
        <source>On Hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Orga-Team</translation>
    </message>
    <message>
        <source>Reviewing as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Bewertet als &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No proposals here.&lt;/p&gt;&lt;p&gt;Import a file or sync with Phabricator to bring some in, or look at another tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hier sind keine Vorschläge.&lt;/p&gt;&lt;p&gt;Importieren Sie eine Datei oder gleichen Sie mit Phabricator ab, um welche zu holen, oder sehen Sie in einem anderen Reiter nach.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No proposal matches “%1”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Vorschlag passt zu „%1“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a proposal to read it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Vorschlag, um ihn zu lesen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) marked %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n Vorschlag als %1 markiert. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Vorschläge als %1 markiert. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scored %1 of 5 as %2.</source>
        <translation>Mit %1 von 5 Punkten bewertet, als %2.</translation>
    </message>
    <message>
        <source>A review needs a score or a note.</source>
        <translation>Eine Bewertung braucht Punkte oder eine Notiz.</translation>
    </message>
    <message>
        <source>Review added.</source>
        <translation>Bewertung hinzugefügt.</translation>
    </message>
    <message>
        <source>“%1” is a talk on %2 now.</source>
        <translation>„%1“ ist jetzt ein Vortrag am %2.</translation>
    </message>
    <message>
        <source>Proposals (*.csv *.json);;All files (*)</source>
        <translation>Vorschläge (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Nichts wurde importiert.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 have problems.</source>
        <translation>
            <numerusform>%n Zeile von %1 hat Probleme.</numerusform>
            <numerusform>%n Zeilen von %1 haben Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n proposal(s) from %1</source>
        <translation>
            <numerusform>%n Vorschlag aus %1 importieren</numerusform>
            <numerusform>%n Vorschläge aus %1 importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n proposal(s); %1 were already in the inbox.</source>
        <translation>
            <numerusform>%n Vorschlag importiert; %1 waren schon im Posteingang.</numerusform>
            <numerusform>%n Vorschläge importiert; %1 waren schon im Posteingang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept and A&amp;nswer…</source>
        <translation>Annehmen und a&amp;ntworten …</translation>
    </message>
    <message>
        <source>Decline and Ans&amp;wer…</source>
        <translation>Ablehnen und ant&amp;worten …</translation>
    </message>
    <message>
        <source>Decide, and answer the proposer on the Phabricator task through the outbox</source>
        <translation>Entscheiden und dem Einreicher über den Postausgang in der Phabricator-Aufgabe antworten</translation>
    </message>
    <message>
        <source>Answer posted on %1, %2:</source>
        <translation>Antwort auf %1 eingestellt, %2:</translation>
    </message>
    <message>
        <source>Answer on %1 (%2):</source>
        <translation>Antwort auf %1 (%2):</translation>
    </message>
    <message>
        <source>%1 changed upstream since you last looked at it: read it again before you answer.</source>
        <translation>%1 hat sich im Tracker geändert, seit Sie zuletzt hingesehen haben: Lesen Sie sie noch einmal, bevor Sie antworten.</translation>
    </message>
    <message>
        <source>Marked %1; the answer on %2 is in the outbox. Undo with Ctrl+Z while it has not gone out.</source>
        <translation>Als %1 markiert; die Antwort auf %2 ist im Postausgang. Rückgängig mit Strg+Z, solange sie nicht hinausging.</translation>
    </message>
</context>
<context>
    <name>Lectern::MailSecrets</name>
    <message>
        <source>The password file %1 does not exist.</source>
        <translation>Die Passwortdatei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The password file %1 can be read by other users. Make it private (chmod 600 %1) and try again.</source>
        <translation>Die Passwortdatei %1 können andere Benutzer lesen. Machen Sie sie privat (chmod 600 %1) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Die Passwortdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>No mail password: name a file that holds it (--password-file), or set %1.</source>
        <translation>Kein Mail-Passwort: Nennen Sie eine Datei, die es enthält (--password-file), oder setzen Sie %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindow</name>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Terminplan</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank …</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern …</translation>
    </message>
    <message>
        <source>Write a copy of the whole database to another file, for a backup or to share</source>
        <translation>Eine Kopie der ganzen Datenbank in eine andere Datei schreiben, als Sicherung oder zum Weitergeben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;New Talk…</source>
        <translation>&amp;Neuer Vortrag …</translation>
    </message>
    <message>
        <source>&amp;Edit Talk…</source>
        <translation>Vortrag &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Move to Date…</source>
        <translation>Auf Datum &amp;verschieben …</translation>
    </message>
    <message>
        <source>&amp;Cancel Talk</source>
        <translation>Vortrag &amp;absagen</translation>
    </message>
    <message>
        <source>&amp;Delete Talk</source>
        <translation>Vortrag &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Verlauf der Änderungen</translation>
    </message>
    <message>
        <source>As opened</source>
        <translation>Wie geöffnet</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Die Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead, or choose another name.</source>
        <translation>%1 existiert bereits. Öffnen Sie sie stattdessen oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>Die Datenbank wird benutzt</translation>
    </message>
    <message>
        <source>%1 is already open in Lectern (process %2 on %3). Close it there first: two programs editing one schedule could lose changes.</source>
        <translation>%1 ist bereits in Lectern geöffnet (Prozess %2 auf %3). Schließen Sie sie dort zuerst: Zwei Programme, die einen Terminplan bearbeiten, könnten Änderungen verlieren.</translation>
    </message>
    <message>
        <source>Cannot create the lock file next to %1; is the folder writable?</source>
        <translation>Die Sperrdatei neben %1 kann nicht angelegt werden; ist der Ordner beschreibbar?</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>My talk series</source>
        <translation>Meine Vortragsreihe</translation>
    </message>
    <message>
        <source>Cannot set up the database</source>
        <translation>Die Datenbank kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <source>The schedule was not changed</source>
        <translation>Der Terminplan wurde nicht geändert</translation>
    </message>
    <message>
        <source>The proposals were not changed</source>
        <translation>Die Vorschläge wurden nicht geändert</translation>
    </message>
    <message>
        <source>The speaker records were not changed</source>
        <translation>Die Einträge der Vortragenden wurden nicht geändert</translation>
    </message>
    <message>
        <source>Cannot open the talk</source>
        <translation>Der Vortrag kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot add a talk</source>
        <translation>Der Vortrag kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Select a day with a talk, or a talk in a list, to move it.</source>
        <translation>Wählen Sie einen Tag mit einem Vortrag oder einen Vortrag in einer Liste, um ihn zu verschieben.</translation>
    </message>
    <message>
        <source>Cannot move the talk</source>
        <translation>Der Vortrag kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>%1 already exists. Lectern does not overwrite files; choose a new name.</source>
        <translation>%1 existiert bereits. Lectern überschreibt keine Dateien; wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Lectern &amp;Handbook</source>
        <translation>&amp;Handbuch zu Lectern</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>Ü&amp;ber Lectern</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (copy %2).sqlite</source>
        <translation>%1 (Kopie %2).sqlite</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>No copy was saved</source>
        <translation>Es wurde keine Kopie gespeichert</translation>
    </message>
    <message>
        <source>Saved a copy to %1. You keep working on %2.</source>
        <translation>Kopie in %1 gespeichert. Sie arbeiten weiter in %2.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Configure Lectern…</source>
        <translation>Lectern &amp;einrichten …</translation>
    </message>
    <message>
        <source>&amp;Import Calendar…</source>
        <translation>&amp;Kalender importieren …</translation>
    </message>
    <message>
        <source>Add or update talks from an iCalendar (.ics) file of another program</source>
        <translation>Vorträge aus einer iCalendar-Datei (.ics) eines anderen Programms hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics *.ical *.ifb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>Der Kalender kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated talks.</source>
        <translation>%1 importiert: %2 neue, %3 aktualisierte Vorträge.</translation>
    </message>
    <message numerus="yes">
        <source>Updated with %n change(s) by %1</source>
        <translation>
            <numerusform>Aktualisiert mit %n Änderung von %1</numerusform>
            <numerusform>Aktualisiert mit %n Änderungen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Configure &amp;Series…</source>
        <translation>&amp;Reihe einrichten …</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Outbox: %1 sent, %2 failed, %3 outcome unknown.</source>
        <translation>Postausgang: %1 gesendet, %2 fehlgeschlagen, %3 mit ungewissem Ausgang.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Postausgang: %n wartend</numerusform>
            <numerusform>Postausgang: %n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n braucht Aufmerksamkeit</numerusform>
            <numerusform>%n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>the last try failed</source>
        <translation>der letzte Versuch schlug fehl</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar conflict(s)</source>
        <translation>
            <numerusform>%n Kalenderkonflikt</numerusform>
            <numerusform>%n Kalenderkonflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Also open: %1</source>
        <translation>Ebenfalls geöffnet: %1</translation>
    </message>
    <message>
        <source>Other coordinators working on %1 now</source>
        <translation>Andere Koordinatoren, die gerade an %1 arbeiten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline&lt;/b&gt; — reconnecting…</source>
        <translation>&lt;b&gt;Offline&lt;/b&gt; – Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Connect to a &amp;Shared Schedule…</source>
        <translation>Mit einem &amp;gemeinsamen Plan verbinden …</translation>
    </message>
    <message>
        <source>Work on a schedule the team keeps on a PostgreSQL server</source>
        <translation>An einem Plan arbeiten, den das Team auf einem PostgreSQL-Server führt</translation>
    </message>
</context>
<context>
    <name>Lectern::MergeDialog</name>
    <message>
        <source>Merge Speaker Records</source>
        <translation>Einträge zusammenführen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feld&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep this&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dies behalten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;or this&lt;/b&gt;</source>
        <translation>&lt;b&gt;oder dies&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>“%1” and “%2” become one record. Every talk and proposal of both is linked to it, and both email addresses are kept. You can undo the merge.</source>
        <translation>„%1“ und „%2“ werden ein Eintrag. Alle Vorträge und Vorschläge beider werden damit verknüpft, und beide E-Mail-Adressen bleiben erhalten. Sie können das Zusammenführen rückgängig machen.</translation>
    </message>
    <message>
        <source>The records do not disagree on any field.</source>
        <translation>Die Einträge unterscheiden sich in keinem Feld.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
</context>
<context>
    <name>Lectern::MonthModel</name>
    <message>
        <source>no talks</source>
        <translation>keine Vorträge</translation>
    </message>
    <message>
        <source>%1 UTC: %2, %3</source>
        <translation>%1 UTC: %2, %3</translation>
    </message>
    <message>
        <source>time to be announced: %1, %2</source>
        <translation>Uhrzeit folgt: %1, %2</translation>
    </message>
    <message>
        <source>%1: the series&apos; usual day</source>
        <translation>%1: der übliche Tag der Reihe</translation>
    </message>
    <message>
        <source>an open slot of the series at %1 UTC</source>
        <translation>ein offener Termin der Reihe um %1 UTC</translation>
    </message>
    <message>
        <source>an open slot of the series</source>
        <translation>ein offener Termin der Reihe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>announced %1</source>
        <translation>angekündigt am %1</translation>
    </message>
</context>
<context>
    <name>Lectern::MonthView</name>
    <message>
        <source>TBA</source>
        <comment>time to be announced</comment>
        <translation>folgt</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Week number</source>
        <translation>Kalenderwoche</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>Monatskalender</translation>
    </message>
    <message>
        <source>Arrow keys choose a day, Page Up and Page Down change the month, Enter opens the day&apos;s talk.</source>
        <translation>Pfeiltasten wählen einen Tag, Bild auf und Bild ab wechseln den Monat, Eingabe öffnet den Vortrag des Tages.</translation>
    </message>
    <message>
        <source>time TBA</source>
        <translation>Uhrzeit folgt</translation>
    </message>
    <message>
        <source>%1, %2 UTC (%3 your time)</source>
        <translation>%1, %2 UTC (%3 Ihre Zeit)</translation>
    </message>
    <message>
        <source>%1, time to be announced</source>
        <translation>%1, Uhrzeit folgt</translation>
    </message>
    <message>
        <source>Tentative</source>
        <comment>a talk&apos;s status on its chip</comment>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a talk&apos;s status on its chip</comment>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Postponed</source>
        <comment>a talk&apos;s status on its chip</comment>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between speakers&apos; names on a chip</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>time · status on a chip</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open slot</source>
        <translation>Offener Termin</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>time to be set</source>
        <translation>Zeit noch offen</translation>
    </message>
</context>
<context>
    <name>Lectern::MoveToDateDialog</name>
    <message>
        <source>Schedule Proposal</source>
        <translation>Vorschlag einplanen</translation>
    </message>
    <message>
        <source>Move to Date</source>
        <translation>Auf Datum verschieben</translation>
    </message>
    <message>
        <source>Make “%1” a talk on:</source>
        <translation>„%1“ wird ein Vortrag am:</translation>
    </message>
    <message>
        <source>Move “%1” to:</source>
        <translation>„%1“ verschieben auf:</translation>
    </message>
    <message>
        <source>New start time (UTC):</source>
        <translation>Neue Anfangszeit (UTC):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Otherwise it starts at the series&apos; usual time, %1 UTC.</source>
        <translation>Sonst beginnt er zur üblichen Zeit der Reihe, %1 UTC.</translation>
    </message>
    <message>
        <source>Otherwise its time is to be announced.</source>
        <translation>Sonst folgt die Uhrzeit später.</translation>
    </message>
    <message>
        <source>Otherwise it keeps its start time, %1 UTC.</source>
        <translation>Sonst behält er seine Anfangszeit, %1 UTC.</translation>
    </message>
    <message>
        <source>Otherwise its time stays to be announced.</source>
        <translation>Sonst folgt seine Uhrzeit weiterhin später.</translation>
    </message>
</context>
<context>
    <name>Lectern::NextUp</name>
    <message>
        <source>no start time yet</source>
        <translation>noch keine Anfangszeit</translation>
    </message>
    <message>
        <source>no speaker</source>
        <translation>keine Vortragenden</translation>
    </message>
    <message>
        <source>not confirmed yet (the talk is still tentative)</source>
        <translation>noch nicht bestätigt (der Vortrag ist noch vorläufig)</translation>
    </message>
    <message>
        <source>no stream link</source>
        <translation>kein Stream-Link</translation>
    </message>
    <message>
        <source>no slides linked since the talk</source>
        <translation>seit dem Vortrag keine Folien verlinkt</translation>
    </message>
    <message>
        <source>no recording linked since the talk</source>
        <translation>seit dem Vortrag keine Aufzeichnung verlinkt</translation>
    </message>
    <message>
        <source>no announcement exported or sent yet</source>
        <translation>noch keine Ankündigung exportiert oder versandt</translation>
    </message>
</context>
<context>
    <name>Lectern::OutboxEntryDialog</name>
    <message>
        <source>Edit Message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Edit Answer</source>
        <translation>Antwort bearbeiten</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation>Senden &amp;um:</translation>
    </message>
</context>
<context>
    <name>Lectern::OutboxModel</name>
    <message>
        <source>failed, tries again %1</source>
        <translation>fehlgeschlagen, neuer Versuch %1</translation>
    </message>
    <message>
        <source>%1 (%2 tries)</source>
        <translation>%1 (%2 Versuche)</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>Lectern::OutboxOperations</name>
    <message>
        <source>No time was given to send at.</source>
        <translation>Es wurde keine Sendezeit angegeben.</translation>
    </message>
    <message>
        <source>“%1” has no start time yet, so there is no “before” to send a reminder at.</source>
        <translation>„%1“ hat noch keine Anfangszeit, also gibt es kein „vorher“ für eine Erinnerung.</translation>
    </message>
    <message>
        <source>That would be %1, which has passed; send it now or choose a later time.</source>
        <translation>Das wäre %1, und das ist vorbei; senden Sie jetzt oder wählen Sie eine spätere Zeit.</translation>
    </message>
    <message>
        <source>The message cannot be sent as it is: %1</source>
        <translation>Die Nachricht kann so nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>The series has no sender address; set it in Configure Series (or `lectern-cli series edit --organizer-email`).</source>
        <translation>Die Reihe hat keine Absenderadresse; setzen Sie sie unter „Reihe einrichten“ (oder `lectern-cli series edit --organizer-email`).</translation>
    </message>
    <message>
        <source>The series has no mailing list to send to; add one in Configure Series.</source>
        <translation>Die Reihe hat keine Mailingliste zum Senden; fügen Sie unter „Reihe einrichten“ eine hinzu.</translation>
    </message>
    <message>
        <source>“%1” cannot be in a calendar yet (no date or time), so nothing can be attached.</source>
        <translation>„%1“ kann noch in keinem Kalender stehen (kein Datum oder keine Zeit), also lässt sich nichts anhängen.</translation>
    </message>
    <message>
        <source>“%1” was sent for this talk on %2 to %3.</source>
        <translation>„%1“ wurde für diesen Vortrag am %2 an %3 gesendet.</translation>
    </message>
    <message>
        <source>“%1” for this talk is already in the outbox (%2, for %3).</source>
        <translation>„%1“ für diesen Vortrag ist schon im Postausgang (%2, für %3).</translation>
    </message>
    <message>
        <source>Queue “%1”</source>
        <translation>„%1“ einreihen</translation>
    </message>
    <message>
        <source>Queue the answer on %1</source>
        <translation>Die Antwort auf %1 einreihen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>„%1“ absagen</translation>
    </message>
    <message>
        <source>Send “%1” again</source>
        <translation>„%1“ noch einmal senden</translation>
    </message>
    <message>
        <source>Publish the calendar</source>
        <translation>Den Kalender veröffentlichen</translation>
    </message>
</context>
<context>
    <name>Lectern::OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Sending %1 of %2: %3</source>
        <translation>Sende %1 von %2: %3</translation>
    </message>
    <message>
        <source>Last run: %1 sent, %2 failed, %3 outcome unknown.</source>
        <translation>Letzter Lauf: %1 gesendet, %2 fehlgeschlagen, %3 mit ungewissem Ausgang.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Noch einmal senden</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Cancel Sending</source>
        <translation>Senden &amp;abbrechen</translation>
    </message>
    <message>
        <source>Nothing in the outbox</source>
        <translation>Nichts im Postausgang</translation>
    </message>
    <message>
        <source>Announcements and reminders you send from the Export page, and answers to proposers from the Inbox, wait here until they are due and Lectern is online; then they go out by themselves, once.</source>
        <translation>Ankündigungen und Erinnerungen, die Sie von der Seite „Export“ senden, und Antworten an Einreicher aus dem Posteingang warten hier, bis sie fällig sind und Lectern online ist; dann gehen sie von selbst hinaus, einmal.</translation>
    </message>
    <message>
        <source>Choose an entry to see it as it will go out.</source>
        <translation>Wählen Sie einen Eintrag, um ihn so zu sehen, wie er hinausgehen wird.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Angehängt: %1</translation>
    </message>
    <message>
        <source>A comment on %1:</source>
        <translation>Ein Kommentar auf %1:</translation>
    </message>
    <message>
        <source>The task&apos;s status becomes “%1”.</source>
        <translation>Der Status der Aufgabe wird „%1“.</translation>
    </message>
    <message>
        <source>“%1” may have gone out already: the connection broke after it was handed over. Send it again anyway? Its recipients may get it twice.</source>
        <translation>„%1“ ist vielleicht schon hinausgegangen: Die Verbindung brach ab, nachdem sie übergeben war. Trotzdem noch einmal senden? Die Empfänger bekommen sie dann womöglich zweimal.</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Noch einmal senden</translation>
    </message>
    <message>
        <source>S&amp;top Sending</source>
        <translation>Senden an&amp;halten</translation>
    </message>
    <message>
        <source>Stops after the message being handed over now; what was not tried waits</source>
        <translation>Hält nach der Nachricht an, die gerade übergeben wird; was nicht versucht wurde, wartet</translation>
    </message>
    <message>
        <source>Publishes the talks to the calendar %1: what changed since the last publish.</source>
        <translation>Veröffentlicht die Vorträge im Kalender %1: was sich seit der letzten Veröffentlichung geändert hat.</translation>
    </message>
</context>
<context>
    <name>Lectern::OutboxRepository</name>
    <message>
        <source>The message has no recipient.</source>
        <translation>Die Nachricht hat keinen Empfänger.</translation>
    </message>
    <message>
        <source>The tracker answer names no task.</source>
        <translation>Die Antwort im Tracker nennt keine Aufgabe.</translation>
    </message>
    <message>
        <source>The outbox entry has no time to be sent at.</source>
        <translation>Der Eintrag im Postausgang hat keine Sendezeit.</translation>
    </message>
    <message>
        <source>There is no outbox entry %1.</source>
        <translation>Es gibt keinen Eintrag %1 im Postausgang.</translation>
    </message>
    <message>
        <source>The outbox entry %1 has been tried or sent since; it stays.</source>
        <translation>Der Eintrag %1 im Postausgang wurde inzwischen versucht oder gesendet; er bleibt.</translation>
    </message>
    <message>
        <source>The outbox entry %1 was not being sent any more when its try ended.</source>
        <translation>Der Eintrag %1 im Postausgang wurde nicht mehr gesendet, als sein Versuch endete.</translation>
    </message>
    <message>
        <source>The sender stopped while sending (%1); the message may have gone out.</source>
        <translation>Der Sender hielt beim Senden an (%1); die Nachricht ist vielleicht hinausgegangen.</translation>
    </message>
</context>
<context>
    <name>Lectern::OutboxRunner</name>
    <message>
        <source>The outbox has the calendar to publish to %1 as %2.</source>
        <translation>Der Postausgang hat den Kalender in %1 als %2 zu veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>Lectern::OutboxSender</name>
    <message numerus="yes">
        <source>%n entry(ies) had been left half-sent by a sender that stopped; their outcome is unknown.</source>
        <translation>
            <numerusform>%n Eintrag war von einem angehaltenen Sender halb gesendet zurückgelassen worden; sein Ausgang ist ungewiss.</numerusform>
            <numerusform>%n Einträge waren von einem angehaltenen Sender halb gesendet zurückgelassen worden; ihr Ausgang ist ungewiss.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1 is %2, not waiting; it was not sent.</source>
        <translation>Eintrag %1 ist %2, nicht wartend; er wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <translation>„%1“ an %2</translation>
    </message>
    <message>
        <source>the answer on %1</source>
        <translation>die Antwort auf %1</translation>
    </message>
    <message>
        <source>Entry %1 waits: no mail account is set up to send %2.</source>
        <translation>Eintrag %1 wartet: Kein Mailkonto ist eingerichtet, um %2 zu senden.</translation>
    </message>
    <message>
        <source>Entry %1 waits: no tracker token was given to post %2.</source>
        <translation>Eintrag %1 wartet: Kein Tracker-Token wurde angegeben, um %2 einzustellen.</translation>
    </message>
    <message>
        <source>The talk “%1” changed after this message was written; look at the message and send it again.</source>
        <translation>Der Vortrag „%1“ hat sich geändert, nachdem diese Nachricht geschrieben wurde; sehen Sie sie durch und senden Sie sie noch einmal.</translation>
    </message>
    <message>
        <source>“%1” is not a Phabricator task to answer on. %2</source>
        <translation>„%1“ ist keine Phabricator-Aufgabe, auf die man antworten kann. %2</translation>
    </message>
    <message>
        <source>The tracker refused the answer on %1: %2</source>
        <translation>Der Tracker lehnte die Antwort auf %1 ab: %2</translation>
    </message>
    <message>
        <source>Posted on %1.</source>
        <translation>Auf %1 eingestellt.</translation>
    </message>
    <message>
        <source>%1 The answer may have been posted.</source>
        <translation>%1 Die Antwort ist vielleicht eingestellt worden.</translation>
    </message>
    <message>
        <source>%1 Nothing was posted.</source>
        <translation>%1 Nichts wurde eingestellt.</translation>
    </message>
    <message>
        <source>%1 Writing that down failed: %2</source>
        <translation>%1 Das festzuhalten schlug fehl: %2</translation>
    </message>
    <message>
        <source>%1 Next try at %2.</source>
        <translation>%1 Nächster Versuch am %2.</translation>
    </message>
    <message>
        <source>Entry %1 (%2): %3</source>
        <translation>Eintrag %1 (%2): %3</translation>
    </message>
    <message>
        <source>the calendar %1</source>
        <translation>der Kalender %1</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 deleted, %4 unchanged.</source>
        <translation>%1 angelegt, %2 aktualisiert, %3 gelöscht, %4 unverändert.</translation>
    </message>
    <message>
        <source>%1 Changed on the server since the last publish and left as they are until you choose: %2 (Export → Publish, or lectern-cli publish resolve).</source>
        <translation>%1 Seit der letzten Veröffentlichung auf dem Server geändert und so gelassen, bis Sie wählen: %2 (Export → Veröffentlichen oder lectern-cli publish resolve).</translation>
    </message>
</context>
<context>
    <name>Lectern::PhabricatorSync</name>
    <message>
        <source>Name the Phabricator project whose tasks are proposals.</source>
        <translation>Nennen Sie das Phabricator-Projekt, dessen Aufgaben Vorschläge sind.</translation>
    </message>
    <message>
        <source>The server sent the same page twice (cursor %1); stopped rather than loop.</source>
        <translation>Der Server hat dieselbe Seite zweimal gesendet (Cursor %1); abgebrochen statt im Kreis zu laufen.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed; the next sync starts from the same place.</source>
        <translation>%1 Nichts wurde geändert; der nächste Abgleich beginnt an derselben Stelle.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Lectern::ProposalFile</name>
    <message>
        <source>a quote in the middle of field %1 (quote the whole field and double the quotes inside it)</source>
        <translation>ein Anführungszeichen mitten in Feld %1 (setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie die inneren)</translation>
    </message>
    <message>
        <source>a quoted field opens here and is never closed</source>
        <translation>hier beginnt ein Feld in Anführungszeichen, das nie geschlossen wird</translation>
    </message>
    <message>
        <source>A proposal needs a title.</source>
        <translation>Ein Vorschlag braucht einen Titel.</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM:SSZ).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT) und kein Datum mit Uhrzeit (JJJJ-MM-TTTHH:MM:SSZ).</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>„%1“ ist keine Webadresse (http oder https).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as CSV UTF-8 and try again.</source>
        <translation>Die Datei ist kein UTF-8-Text; speichern Sie sie als CSV UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row (%1) and a row per proposal.</source>
        <translation>Die Datei ist leer; sie braucht eine Kopfzeile (%1) und eine Zeile pro Vorschlag.</translation>
    </message>
    <message>
        <source>line %1, column %2 of the header: “%3” is not one of %4.</source>
        <translation>Zeile %1, Spalte %2 der Kopfzeile: „%3“ ist keiner von %4.</translation>
    </message>
    <message>
        <source>line %1: the header has no “title” column (it has: %2).</source>
        <translation>Zeile %1: Die Kopfzeile hat keine Spalte „title“ (sie hat: %2).</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 columns.</source>
        <translation>%1 Felder, wo die Kopfzeile %2 Spalten hat.</translation>
    </message>
    <message>
        <source>line %1, column %2: the JSON does not parse (%3).</source>
        <translation>Zeile %1, Spalte %2: Das JSON ist nicht lesbar (%3).</translation>
    </message>
    <message>
        <source>entry %1 is not an object with title, text, …</source>
        <translation>Eintrag %1 ist kein Objekt mit title, text, …</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>„%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <source>the value must be text.</source>
        <translation>Der Wert muss Text sein.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: a control character (%3) that a proposal cannot hold; remove it or save the file as text again.</source>
        <translation>Zeile %1, Spalte %2: ein Steuerzeichen (%3), das ein Vorschlag nicht enthalten kann; entfernen Sie es oder speichern Sie die Datei erneut als Text.</translation>
    </message>
    <message>
        <source>character %1: a control character (%2) that a proposal cannot hold.</source>
        <translation>Zeichen %1: ein Steuerzeichen (%2), das ein Vorschlag nicht enthalten kann.</translation>
    </message>
    <message>
        <source>line %1, column %2: the file is not UTF-8 text from here on; save it as CSV UTF-8 and try again.</source>
        <translation>Zeile %1, Spalte %2: ab hier ist die Datei kein UTF-8-Text; speichern Sie sie als CSV UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>line %1, column %2 of the header: “%3” is named twice.</source>
        <translation>Zeile %1, Spalte %2 der Kopfzeile: „%3“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>line %1: the JSON is not an array of proposals ([{&quot;title&quot;: …}, …]).</source>
        <translation>Zeile %1: Das JSON ist kein Array von Vorschlägen ([{&quot;title&quot;: …}, …]).</translation>
    </message>
</context>
<context>
    <name>Lectern::ProposalHtml</name>
    <message>
        <source>&lt;b&gt;Speakers:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vortragende:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposed by:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vorgeschlagen von:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Eingegangen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Quelle:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Status:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;In the tracker:&lt;/b&gt; %1%2</source>
        <translation>&lt;b&gt;Im Tracker:&lt;/b&gt; %1%2</translation>
    </message>
    <message>
        <source> (closed there)</source>
        <translation> (dort geschlossen)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Changed upstream&lt;/b&gt; since you reviewed or decided on it: read it again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Im Tracker geändert&lt;/b&gt;, seit Sie ihn bewertet oder entschieden haben: Lesen Sie ihn noch einmal.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No text.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Kein Text.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reviews (mean score %1)</source>
        <translation>Bewertungen (Durchschnitt %1)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>score %1 of 5</source>
        <translation>%1 von 5 Punkten</translation>
    </message>
</context>
<context>
    <name>Lectern::ProposalOperations</name>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n proposal(s) as %1</source>
        <translation>
            <numerusform>%n Vorschlag als %1 markieren</numerusform>
            <numerusform>%n Vorschläge als %1 markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” did not come from Phabricator, so there is no task to answer on.</source>
        <translation>„%1“ kam nicht aus Phabricator, also gibt es keine Aufgabe zum Antworten.</translation>
    </message>
    <message>
        <source>There is no template for a “%1” answer; give the message.</source>
        <translation>Für eine Antwort „%1“ gibt es keine Vorlage; geben Sie die Nachricht an.</translation>
    </message>
    <message>
        <source>The “%1” template cannot be used as it is; give the message instead.</source>
        <translation>Die Vorlage „%1“ lässt sich so nicht verwenden; geben Sie stattdessen die Nachricht an.</translation>
    </message>
</context>
<context>
    <name>Lectern::ProposalOperations::ReviewChange</name>
    <message>
        <source>Score “%1” %2</source>
        <translation>„%1“ mit %2 bewerten</translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation>„%1“ bewerten</translation>
    </message>
</context>
<context>
    <name>Lectern::ProposalRepository</name>
    <message>
        <source>There is no proposal with id %1.</source>
        <translation>Es gibt keinen Vorschlag mit der ID %1.</translation>
    </message>
    <message>
        <source>The proposal “%1” was changed elsewhere since it was read; reload and try again.</source>
        <translation>Der Vorschlag „%1“ wurde anderswo geändert, seit er gelesen wurde; laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>reviewer: A review needs the reviewer&apos;s name.</source>
        <translation>reviewer: Eine Bewertung braucht den Namen der bewertenden Person.</translation>
    </message>
    <message>
        <source>score: Scores go from 1 to 5, not %1.</source>
        <translation>score: Punkte gehen von 1 bis 5, nicht %1.</translation>
    </message>
    <message>
        <source>Cannot add the review to proposal %1: %2</source>
        <translation>Die Bewertung kann nicht zu Vorschlag %1 hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>There is no review with id %1.</source>
        <translation>Es gibt keine Bewertung mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::PublishOperations</name>
    <message>
        <source>The event %1 has no conflict left in the calendar %2.</source>
        <translation>Für den Termin %1 ist im Kalender %2 kein Konflikt mehr offen.</translation>
    </message>
    <message>
        <source>Talk %1 has no conflict in the calendar %2.</source>
        <translation>Vortrag %1 hat keinen Konflikt im Kalender %2.</translation>
    </message>
    <message>
        <source>The next publish has already overwritten the server&apos;s copy of %1.</source>
        <translation>Die nächste Veröffentlichung hat die Kopie von %1 auf dem Server bereits überschrieben.</translation>
    </message>
    <message>
        <source>Overwrite “%1” on the calendar server</source>
        <translation>„%1“ auf dem Kalenderserver überschreiben</translation>
    </message>
    <message>
        <source>Keep the server&apos;s copy of “%1”</source>
        <translation>Die Kopie von „%1“ auf dem Server behalten</translation>
    </message>
</context>
<context>
    <name>Lectern::PublishPanel</name>
    <message>
        <source>Published Calendar</source>
        <translation>Veröffentlichter Kalender</translation>
    </message>
    <message>
        <source>Changed on the server since the last publish — choose which version stays:</source>
        <translation>Seit der letzten Veröffentlichung auf dem Server geändert – wählen Sie, welche Fassung bleibt:</translation>
    </message>
    <message>
        <source>Events changed on the server</source>
        <translation>Auf dem Server geänderte Termine</translation>
    </message>
    <message>
        <source>&amp;Publish Now</source>
        <translation>Jetzt &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Send what changed to the calendar server now (through the outbox: it waits there while Lectern is offline)</source>
        <translation>Das Geänderte jetzt an den Kalenderserver senden (über den Postausgang: dort wartet es, solange Lectern offline ist)</translation>
    </message>
    <message>
        <source>&amp;Overwrite on Server</source>
        <translation>Auf dem Server &amp;überschreiben</translation>
    </message>
    <message>
        <source>The next publish replaces the server&apos;s copy with the talk as it is here</source>
        <translation>Die nächste Veröffentlichung ersetzt die Kopie auf dem Server durch den Vortrag, wie er hier ist</translation>
    </message>
    <message>
        <source>&amp;Keep Server&apos;s Copy</source>
        <translation>Kopie des Servers &amp;behalten</translation>
    </message>
    <message>
        <source>The server&apos;s copy stays; only the talk&apos;s next change here is published over it</source>
        <translation>Die Kopie auf dem Server bleibt; erst die nächste Änderung des Vortrags hier wird darüber veröffentlicht</translation>
    </message>
    <message>
        <source>&amp;Set Up…</source>
        <translation>&amp;Einrichten …</translation>
    </message>
    <message>
        <source>The talks are not published to a calendar server. Set one up (Nextcloud, Radicale, SOGo and others) and every change reaches the people who subscribe to it.</source>
        <translation>Die Vorträge werden auf keinem Kalenderserver veröffentlicht. Richten Sie einen ein (Nextcloud, Radicale, SOGo und andere), dann erreicht jede Änderung alle, die ihn abonniert haben.</translation>
    </message>
    <message>
        <source>Publishing to %1: %2</source>
        <translation>Veröffentlichen nach %1: %2</translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation>Noch nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>The last publish, %1, failed: %2</source>
        <translation>Die letzte Veröffentlichung am %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Last published %1: %2 created, %3 updated, %4 deleted, %5 unchanged.</source>
        <translation>Zuletzt veröffentlicht %1: %2 angelegt, %3 aktualisiert, %4 gelöscht, %5 unverändert.</translation>
    </message>
    <message>
        <source>Nothing waits: the calendar is up to date.</source>
        <translation>Nichts wartet: Der Kalender ist aktuell.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to withdraw</source>
        <translation>
            <numerusform>%n zurückzuziehen</numerusform>
            <numerusform>%n zurückzuziehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to be published: %1.</source>
        <translation>Wartet auf Veröffentlichung: %1.</translation>
    </message>
    <message>
        <source>%1 Publishing now…</source>
        <translation>%1 Wird gerade veröffentlicht …</translation>
    </message>
    <message>
        <source>%1 In the outbox: the last try failed (%2); it tries again at %3.</source>
        <translation>%1 Im Postausgang: Der letzte Versuch ist fehlgeschlagen (%2); neuer Versuch um %3.</translation>
    </message>
    <message>
        <source>%1 In the outbox, to go out %2.</source>
        <translation>%1 Im Postausgang, geht %2 hinaus.</translation>
    </message>
    <message>
        <source>%1 Publish Now sends it.</source>
        <translation>%1 „Jetzt veröffentlichen“ sendet es.</translation>
    </message>
    <message>
        <source>“%1” (no longer in the calendar here): %2</source>
        <translation>„%1“ (hier nicht mehr im Kalender): %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>%1 — the next publish overwrites it.</source>
        <translation>%1 – die nächste Veröffentlichung überschreibt ihn.</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Veröffentlichen nach %1 …</translation>
    </message>
    <message>
        <source>Publishing to %1 after every change.</source>
        <translation>Veröffentlicht nach jeder Änderung nach %1.</translation>
    </message>
    <message>
        <source>Publishing to %1 when you say so.</source>
        <translation>Veröffentlicht nach %1, wenn Sie es sagen.</translation>
    </message>
</context>
<context>
    <name>Lectern::PublishRepository</name>
    <message>
        <source>No conflict is left for the event %1 in %2.</source>
        <translation>Für den Termin %1 ist in %2 kein Konflikt mehr offen.</translation>
    </message>
</context>
<context>
    <name>Lectern::RecordLabel</name>
    <message>
        <source>The talk “%1”</source>
        <translation>Der Vortrag „%1“</translation>
    </message>
    <message>
        <source>The talk %1</source>
        <translation>Der Vortrag %1</translation>
    </message>
    <message>
        <source>The speaker “%1”</source>
        <translation>Die Person „%1“</translation>
    </message>
    <message>
        <source>The speaker %1</source>
        <translation>Die Person %1</translation>
    </message>
    <message>
        <source>The proposal “%1”</source>
        <translation>Der Vorschlag „%1“</translation>
    </message>
    <message>
        <source>The proposal %1</source>
        <translation>Der Vorschlag %1</translation>
    </message>
    <message>
        <source>The series “%1”</source>
        <translation>Die Reihe „%1“</translation>
    </message>
    <message>
        <source>The series %1</source>
        <translation>Die Reihe %1</translation>
    </message>
    <message>
        <source>The email template %1</source>
        <translation>Die E-Mail-Vorlage %1</translation>
    </message>
    <message>
        <source>The setting “%1”</source>
        <translation>Die Einstellung „%1“</translation>
    </message>
</context>
<context>
    <name>Lectern::Rhythm</name>
    <message>
        <source>pattern: “%1” is not a recurrence rule Lectern can read (RFC 5545 RRULE, such as FREQ=MONTHLY;BYDAY=-1WE).</source>
        <translation>pattern: „%1“ ist keine Wiederholungsregel, die Lectern lesen kann (RFC-5545-RRULE wie FREQ=MONTHLY;BYDAY=-1WE).</translation>
    </message>
    <message>
        <source>pattern: “%1” repeats neither weekly nor monthly; a talk series meets every week or two, or every month.</source>
        <translation>pattern: „%1“ wiederholt sich weder wöchentlich noch monatlich; eine Vortragsreihe trifft sich jede oder jede zweite Woche oder jeden Monat.</translation>
    </message>
    <message>
        <source>no fixed rhythm</source>
        <translation>kein fester Rhythmus</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>jeden %1</translation>
    </message>
    <message>
        <source>every other %1</source>
        <translation>jeden zweiten %1</translation>
    </message>
    <message>
        <source>every %1 weeks on %2</source>
        <translation>alle %1 Wochen am %2</translation>
    </message>
    <message>
        <source>the %1 %2 of each month</source>
        <translation>am %1 %2 jedes Monats</translation>
    </message>
</context>
<context>
    <name>Lectern::SampleSeries</name>
    <message>
        <source>The built-in sample series is damaged (%1).</source>
        <translation>Die eingebaute Beispielreihe ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>no speaker record for “%1”</source>
        <translation>kein Eintrag für „%1“</translation>
    </message>
    <message>
        <source>%1 already holds the series “%2”; the sample series is only loaded into an empty database.</source>
        <translation>%1 enthält bereits die Reihe „%2“; die Beispielreihe wird nur in eine leere Datenbank geladen.</translation>
    </message>
</context>
<context>
    <name>Lectern::SchedulePage</name>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Voriger Monat (Bild auf)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Voriger Monat</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Nächster Monat (Bild ab)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to a month</source>
        <translation>Zu einem Monat springen</translation>
    </message>
    <message>
        <source>Go to month</source>
        <translation>Zu Monat springen</translation>
    </message>
    <message>
        <source>New Talk…</source>
        <translation>Neuer Vortrag …</translation>
    </message>
    <message>
        <source>Talks without a date. Drag one onto a day to schedule it.</source>
        <translation>Vorträge ohne Datum. Ziehen Sie einen auf einen Tag, um ihn einzuplanen.</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <source>Talks without a date yet</source>
        <translation>Vorträge, die noch kein Datum haben</translation>
    </message>
    <message>
        <source>All Talks</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Every talk, to find one or drag it elsewhere</source>
        <translation>Jeder Vortrag, um einen zu finden oder woanders hinzuziehen</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Accepted and shortlisted proposals, ready to be dragged onto a day</source>
        <translation>Angenommene und vorgemerkte Vorschläge, bereit, auf einen Tag gezogen zu werden</translation>
    </message>
    <message>
        <source>Undated (%1)</source>
        <translation>Ohne Datum (%1)</translation>
    </message>
    <message>
        <source>Drop on %1</source>
        <translation>Ablegen auf %1</translation>
    </message>
    <message>
        <source>Every talk. Drag one onto a day to move it there.</source>
        <translation>Jeder Vortrag. Ziehen Sie einen auf einen Tag, um ihn dorthin zu verschieben.</translation>
    </message>
    <message>
        <source>Accepted and shortlisted proposals. Drag one onto a day to make it a talk there.</source>
        <translation>Angenommene und vorgemerkte Vorschläge. Ziehen Sie einen auf einen Tag, um dort einen Vortrag daraus zu machen.</translation>
    </message>
    <message>
        <source>Side &amp;Panel</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
    <message>
        <source>Show or hide the undated talks, all talks and proposals beside the calendar (F9)</source>
        <translation>Vorträge ohne Datum, alle Vorträge und Vorschläge neben dem Kalender zeigen oder ausblenden (F9)</translation>
    </message>
    <message>
        <source>No undated talks</source>
        <translation>Keine Vorträge ohne Datum</translation>
    </message>
    <message>
        <source>A talk without a date waits here: one you add without a date, or whose date you clear. Drag it onto a day to schedule it.</source>
        <translation>Ein Vortrag ohne Datum wartet hier: einer, den Sie ohne Datum anlegen oder dessen Datum Sie entfernen. Ziehen Sie ihn auf einen Tag, um ihn einzuplanen.</translation>
    </message>
    <message>
        <source>Double-click a line to open the talk or the proposal</source>
        <translation>Doppelklicken Sie auf eine Zeile, um den Vortrag oder den Vorschlag zu öffnen</translation>
    </message>
    <message>
        <source>Nothing needs doing</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>The talks of the next six weeks have a time, a speaker who confirmed and a stream link; recent talks have their slides and recordings; no proposal has waited two weeks for a review.</source>
        <translation>Die Vorträge der nächsten sechs Wochen haben eine Uhrzeit, bestätigte Vortragende und einen Stream-Link; die letzten Vorträge haben ihre Folien und Aufzeichnungen; kein Vorschlag wartet seit zwei Wochen auf eine Begutachtung.</translation>
    </message>
    <message>
        <source>Next Up (%1)</source>
        <translation>Als Nächstes (%1)</translation>
    </message>
    <message>
        <source>Next Up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>What the coming weeks&apos; talks still lack, recent talks&apos; missing links, proposals waiting for a review</source>
        <translation>Was den Vorträgen der kommenden Wochen noch fehlt, fehlende Links der letzten Vorträge, Vorschläge, die auf eine Begutachtung warten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No proposals to schedule</source>
        <translation>Keine Vorschläge zum Einplanen</translation>
    </message>
    <message>
        <source>Accept or shortlist a proposal in the Inbox (A or S), and it waits here to be dragged onto a day.</source>
        <translation>Nehmen Sie einen Vorschlag im Posteingang an oder setzen Sie ihn auf die engere Wahl (A oder S); dann wartet er hier darauf, auf einen Tag gezogen zu werden.</translation>
    </message>
    <message>
        <source>Click a month to show it in the calendar</source>
        <translation>Einen Monat anklicken, um ihn im Kalender zu zeigen</translation>
    </message>
    <message>
        <source>No rhythm set</source>
        <translation>Kein Rhythmus festgelegt</translation>
    </message>
    <message>
        <source>Set the series&apos; rhythm (Settings → Configure Series…), such as the last Wednesday of each month: its open dates for the months ahead are listed here and shown on the calendar.</source>
        <translation>Legen Sie den Rhythmus der Reihe fest (Einstellungen → Reihe einrichten …), etwa den letzten Mittwoch jedes Monats: seine offenen Termine der kommenden Monate stehen dann hier und im Kalender.</translation>
    </message>
    <message>
        <source>Months Ahead</source>
        <translation>Kommende Monate</translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation>„%1“ (%2, %3)</translation>
    </message>
    <message>
        <source>open: %1 %2 UTC</source>
        <translation>offen: %1 %2 UTC</translation>
    </message>
    <message>
        <source>open: %1</source>
        <translation>offen: %1</translation>
    </message>
    <message>
        <source>(a holiday: %1)</source>
        <translation>(ein Feiertag: %1)</translation>
    </message>
    <message>
        <source>no talk, no slot</source>
        <translation>kein Vortrag, kein Termin</translation>
    </message>
    <message numerus="yes">
        <source>Months Ahead (%n open)</source>
        <translation>
            <numerusform>Kommende Monate (%n offen)</numerusform>
            <numerusform>Kommende Monate (%n offen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The months the series is planned for: their talks, and the rhythm&apos;s open dates</source>
        <translation>Die Monate, für die die Reihe geplant wird: ihre Vorträge und die offenen Termine des Rhythmus</translation>
    </message>
    <message>
        <source>Configure Series…</source>
        <translation>Reihe einrichten …</translation>
    </message>
</context>
<context>
    <name>Lectern::ScheduleRules</name>
    <message>
        <source>%1 at %2 UTC</source>
        <translation>%1 um %2 UTC</translation>
    </message>
    <message>
        <source>%1 already has a talk of this series: “%2” on %3.</source>
        <translation>%1 hat schon einen Vortrag dieser Reihe: „%2“ am %3.</translation>
    </message>
    <message>
        <source>It overlaps “%1” (%2, %3 minutes).</source>
        <translation>Er überschneidet sich mit „%1“ (%2, %3 Minuten).</translation>
    </message>
    <message>
        <source>%1 is already in “%2” that day (%3).</source>
        <translation>%1 ist an dem Tag schon in „%2“ (%3).</translation>
    </message>
    <message>
        <source>%1 is in “%2” at the same time (%3).</source>
        <translation>%1 ist zur selben Zeit in „%2“ (%3).</translation>
    </message>
    <message>
        <source>%1 is more than six months ahead; talks are usually scheduled at most six months in advance.</source>
        <translation>%1 liegt mehr als sechs Monate voraus; Vorträge werden meist höchstens sechs Monate im Voraus geplant.</translation>
    </message>
    <message>
        <source>%1 is in the past, but the talk is still %2.</source>
        <translation>%1 liegt in der Vergangenheit, aber der Vortrag ist noch %2.</translation>
    </message>
    <message>
        <source>%1 is a %2; this series usually meets on %3.</source>
        <translation>%1 ist ein %2; diese Reihe trifft sich meist am %3.</translation>
    </message>
    <message>
        <source>The talk starts at %1 (%2) for %3, at night in their time zone.</source>
        <translation>Der Vortrag beginnt um %1 (%2) für %3, nachts in deren Zeitzone.</translation>
    </message>
    <message>
        <source>The series&apos; slot of %1 already has a talk: “%2” on %3.</source>
        <translation>Der Termin der Reihe am %1 hat schon einen Vortrag: „%2“ am %3.</translation>
    </message>
    <message>
        <source>%1 is not on the series&apos; usual day (%2).</source>
        <translation>%1 ist nicht der übliche Tag der Reihe (%2).</translation>
    </message>
    <message>
        <source>%1 is a public holiday in %2: %3.</source>
        <translation>%1 ist ein Feiertag in %2: %3.</translation>
    </message>
</context>
<context>
    <name>Lectern::SendDialog</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>&amp;Now (as soon as Lectern is online)</source>
        <translation>&amp;Jetzt (sobald Lectern online ist)</translation>
    </message>
    <message>
        <source>A &amp;week before the talk</source>
        <translation>Eine &amp;Woche vor dem Vortrag</translation>
    </message>
    <message>
        <source>The &amp;day before the talk</source>
        <translation>Am &amp;Tag vor dem Vortrag</translation>
    </message>
    <message>
        <source>&amp;Two hours before the talk</source>
        <translation>&amp;Zwei Stunden vor dem Vortrag</translation>
    </message>
    <message>
        <source>A&amp;t:</source>
        <translation>&amp;Um:</translation>
    </message>
    <message>
        <source>Attach the talk as a calendar &amp;file (.ics)</source>
        <translation>Den Vortrag als Kalender&amp;datei anhängen (.ics)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Einreihen</translation>
    </message>
</context>
<context>
    <name>Lectern::SeriesDialog</name>
    <message>
        <source>Start a Series</source>
        <translation>Eine Reihe beginnen</translation>
    </message>
    <message>
        <source>Configure Series</source>
        <translation>Reihe einrichten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your talk series&lt;/b&gt;&lt;br&gt;What you know now is enough: every field can be filled in later (Settings → Configure Series…).</source>
        <translation>&lt;b&gt;Ihre Vortragsreihe&lt;/b&gt;&lt;br&gt;Was Sie jetzt wissen, genügt: jedes Feld lässt sich später ausfüllen (Einstellungen → Reihe einrichten …).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>The series</source>
        <translation>Die Reihe</translation>
    </message>
    <message>
        <source>Tech Talks</source>
        <translation>Tech Talks</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>An RFC 5545 recurrence rule, as calendar programs write them</source>
        <translation>Eine Wiederholungsregel nach RFC 5545, wie Kalenderprogramme sie schreiben</translation>
    </message>
    <message>
        <source>&amp;Rhythm:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Usual &amp;time:</source>
        <translation>Übliche &amp;Zeit:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (optional)</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Stream:</translation>
    </message>
    <message>
        <source>#channel (optional)</source>
        <translation>#kanal (optional)</translation>
    </message>
    <message>
        <source>&amp;Chat:</source>
        <translation>&amp;Chat:</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Ankündigungen</translation>
    </message>
    <message>
        <source>One address per line (optional)</source>
        <translation>Eine Adresse pro Zeile (optional)</translation>
    </message>
    <message>
        <source>&amp;Mailing lists:</source>
        <translation>&amp;Mailinglisten:</translation>
    </message>
    <message>
        <source>Sender n&amp;ame:</source>
        <translation>&amp;Name des Absenders:</translation>
    </message>
    <message>
        <source>Sender a&amp;ddress:</source>
        <translation>A&amp;dresse des Absenders:</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Time zones (IANA names) whose local time the announcement shows</source>
        <translation>Zeitzonen (IANA-Namen), deren Ortszeit die Ankündigung zeigt</translation>
    </message>
    <message>
        <source>Europe/Berlin, America/New_York</source>
        <translation>Europe/Berlin, America/New_York</translation>
    </message>
    <message>
        <source>&amp;World times:</source>
        <translation>&amp;Weltzeiten:</translation>
    </message>
    <message>
        <source> months ahead</source>
        <translation> Monate im Voraus</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Geplant:</translation>
    </message>
    <message>
        <source>de, us_en-us</source>
        <translation>de, us_en-us</translation>
    </message>
    <message>
        <source>Countries or regions whose public holidays the schedule warns about</source>
        <translation>Länder oder Regionen, vor deren Feiertagen der Plan warnt</translation>
    </message>
    <message>
        <source>&amp;Holidays of:</source>
        <translation>&amp;Feiertage von:</translation>
    </message>
    <message>
        <source>No fixed rhythm</source>
        <translation>Kein fester Rhythmus</translation>
    </message>
    <message>
        <source>Another rule (RRULE)…</source>
        <translation>Andere Regel (RRULE) …</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächste: %1</translation>
    </message>
    <message>
        <source>= %1 your time (%2)</source>
        <translation>= %1 bei Ihnen (%2)</translation>
    </message>
    <message>
        <source>The series was not changed</source>
        <translation>Die Reihe wurde nicht geändert</translation>
    </message>
</context>
<context>
    <name>Lectern::SeriesRepository</name>
    <message>
        <source>There is no series with id %1.</source>
        <translation>Es gibt keine Reihe mit der ID %1.</translation>
    </message>
    <message>
        <source>The database has no series yet; create one with “lectern-cli init”.</source>
        <translation>Die Datenbank hat noch keine Reihe; legen Sie eine mit „lectern-cli init“ an.</translation>
    </message>
    <message>
        <source>The series “%1” was changed elsewhere since it was read; reload and try again.</source>
        <translation>Die Reihe „%1“ wurde anderswo geändert, seit sie gelesen wurde; laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Lectern::ServerLocation</name>
    <message>
        <source>“%1” names no service: write service=NAME, as in your pg_service.conf.</source>
        <translation>„%1“ nennt keinen Dienst: Schreiben Sie service=NAME, wie in Ihrer pg_service.conf.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL connection URI: %2</source>
        <translation>„%1“ ist keine PostgreSQL-Verbindungs-URI: %2</translation>
    </message>
    <message>
        <source>“%1” names no database: write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>„%1“ nennt keine Datenbank: Schreiben Sie postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <source>the PostgreSQL server</source>
        <translation>der PostgreSQL-Server</translation>
    </message>
</context>
<context>
    <name>Lectern::SettingsDialog</name>
    <message>
        <source>Configure Lectern</source>
        <translation>Lectern einrichten</translation>
    </message>
    <message>
        <source>the last one opened</source>
        <translation>die zuletzt geöffnete</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the database to open at start</source>
        <translation>Die Datenbank wählen, die beim Start geöffnet wird</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Your &amp;name on reviews:</source>
        <translation>Ihr &amp;Name auf Bewertungen:</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Rechner</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>Beim Start &amp;öffnen:</translation>
    </message>
    <message>
        <source>Open at Start</source>
        <translation>Beim Start öffnen</translation>
    </message>
    <message>
        <source>Lectern databases (*.sqlite *.db);;All files (*)</source>
        <translation>Lectern-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The series&apos; rhythm, sender, mailing lists and world times are kept with the series: Settings → Configure Series….</source>
        <translation>Rhythmus, Absender, Mailinglisten und Weltzeiten gehören zur Reihe: Einstellungen → Reihe einrichten ….</translation>
    </message>
    <message>
        <source>Mail account (for the outbox)</source>
        <translation>Mailkonto (für den Postausgang)</translation>
    </message>
    <message>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>None (only a server on this computer)</source>
        <translation>Keine (nur ein Server auf diesem Rechner)</translation>
    </message>
    <message>
        <source>empty: the server takes mail without a login</source>
        <translation>leer: Der Server nimmt Mail ohne Anmeldung</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificates</source>
        <translation>leer: die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Trusted &amp;certificates:</source>
        <translation>Vertrauenswürdige &amp;Zertifikate:</translation>
    </message>
    <message>
        <source>The password is asked for when mail first goes out and kept in the desktop&apos;s keyring, or, without one, in memory until Lectern quits.</source>
        <translation>Das Passwort wird erfragt, wenn zum ersten Mal Mail hinausgeht, und im Schlüsselbund der Arbeitsumgebung aufbewahrt, ohne einen solchen im Speicher, bis Lectern beendet wird.</translation>
    </message>
    <message>
        <source>Published calendar (CalDAV)</source>
        <translation>Veröffentlichter Kalender (CalDAV)</translation>
    </message>
    <message>
        <source>https://dav.example.org/calendars/ana/tech-talks/</source>
        <translation>https://dav.example.org/calendars/ana/tech-talks/</translation>
    </message>
    <message>
        <source>Publish &amp;automatically after each change</source>
        <translation>Nach jeder Änderung &amp;automatisch veröffentlichen</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>&amp;Adresse des Kalenders:</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
</context>
<context>
    <name>Lectern::SmtpAccount</name>
    <message>
        <source>“%1” is not a mail server address; it looks like smtp://USER@HOST:PORT?security=starttls.</source>
        <translation>„%1“ ist keine Mailserver-Adresse; sie sieht aus wie smtp://USER@HOST:PORT?security=starttls.</translation>
    </message>
    <message>
        <source>The mail server&apos;s security “%1” is not one of starttls, tls or none.</source>
        <translation>Die Sicherheit „%1“ des Mailservers ist keine von starttls, tls oder none.</translation>
    </message>
    <message>
        <source>A password does not belong in the mail server&apos;s address; give it with --password-file or LECTERN_SMTP_PASSWORD.</source>
        <translation>Ein Passwort gehört nicht in die Adresse des Mailservers; geben Sie es mit --password-file oder LECTERN_SMTP_PASSWORD an.</translation>
    </message>
    <message>
        <source>The mail account has no server.</source>
        <translation>Das Mailkonto hat keinen Server.</translation>
    </message>
    <message>
        <source>The mail server %1 has no port.</source>
        <translation>Der Mailserver %1 hat keinen Port.</translation>
    </message>
    <message>
        <source>Mail to %1 would go over the network unencrypted; security “none” is only for a server on this machine. Use starttls or tls.</source>
        <translation>Mail an %1 ginge unverschlüsselt über das Netz; die Sicherheit „none“ ist nur für einen Server auf diesem Rechner. Nehmen Sie starttls oder tls.</translation>
    </message>
</context>
<context>
    <name>Lectern::SmtpTransport</name>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>keine Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>no connection could be made</source>
        <translation>es kam keine Verbindung zustande</translation>
    </message>
    <message>
        <source>The mail server %1 was not trusted: %2. Nothing was sent.</source>
        <translation>Dem Mailserver %1 wurde nicht vertraut: %2. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The mail server %1 could not be reached: %2. Nothing was sent.</source>
        <translation>Der Mailserver %1 war nicht erreichbar: %2. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection while logging in as %2: %3. Nothing was sent.</source>
        <translation>Der Mailserver %1 schloss die Verbindung bei der Anmeldung als %2: %3. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login as %2: %3. Nothing was sent.</source>
        <translation>Der Mailserver %1 lehnte die Anmeldung als %2 ab: %3. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Sent through %1.</source>
        <translation>Über %1 gesendet.</translation>
    </message>
    <message>
        <source>The connection to %1 broke after the message was handed over and before the server confirmed it; it may have been sent.</source>
        <translation>Die Verbindung zu %1 brach ab, nachdem die Nachricht übergeben war und bevor der Server sie bestätigte; sie ist vielleicht gesendet worden.</translation>
    </message>
    <message>
        <source>The connection to %1 broke before the message was handed over. Nothing was sent.</source>
        <translation>Die Verbindung zu %1 brach ab, bevor die Nachricht übergeben war. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message: %2</source>
        <translation>Der Mailserver %1 lehnte die Nachricht ab: %2</translation>
    </message>
    <message>
        <source>Stopped after the message was handed to %1; it may have been sent.</source>
        <translation>Angehalten, nachdem die Nachricht an %1 übergeben war; sie ist vielleicht gesendet worden.</translation>
    </message>
    <message>
        <source>Stopped before the message was handed to %1. Nothing was sent.</source>
        <translation>Angehalten, bevor die Nachricht an %1 übergeben war. Nichts wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>Lectern::Speaker</name>
    <message>
        <source>A speaker needs a name.</source>
        <translation>Eine vortragende Person braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not an email address (expected name@example.org).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (erwartet: name@example.org).</translation>
    </message>
    <message>
        <source>“%1” is not a web address (expected https://…).</source>
        <translation>„%1“ ist keine Webadresse (erwartet: https://…).</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone (e.g. Europe/Berlin).</source>
        <translation>„%1“ ist keine IANA-Zeitzone (z. B. Europe/Berlin).</translation>
    </message>
</context>
<context>
    <name>Lectern::SpeakerDirectoryModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Vorträge</translation>
    </message>
    <message>
        <source>Last talk</source>
        <translation>Letzter Vortrag</translation>
    </message>
    <message>
        <source>Next talk</source>
        <translation>Nächster Vortrag</translation>
    </message>
</context>
<context>
    <name>Lectern::SpeakerEditor</name>
    <message>
        <source>name@example.org, another@example.org</source>
        <translation>name@example.org, andere@example.org</translation>
    </message>
    <message>
        <source>Type a city, e.g. Berlin</source>
        <translation>Stadt eingeben, z. B. Berlin</translation>
    </message>
    <message>
        <source>One web address per line: website, wiki user page, tracker profile</source>
        <translation>Eine Webadresse pro Zeile: Website, Wiki-Benutzerseite, Tracker-Profil</translation>
    </message>
    <message>
        <source>Private notes for the coordinators</source>
        <translation>Private Notizen für das Orga-Team</translation>
    </message>
    <message>
        <source>Double-click a talk to open it</source>
        <translation>Doppelklick auf einen Vortrag öffnet ihn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation>&amp;E-Mails:</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Role &amp;title:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronomen:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation>&amp;Biografie:</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Talks and proposals:</source>
        <translation>Vorträge und Vorschläge:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)%4</source>
        <translation>%1 — %2 (%3)%4</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message>
        <source>, upcoming</source>
        <translation>, anstehend</translation>
    </message>
    <message>
        <source>Proposal: %1 (%2)</source>
        <translation>Vorschlag: %1 (%2)</translation>
    </message>
    <message>
        <source>No talks or proposals yet.</source>
        <translation>Noch keine Vorträge oder Vorschläge.</translation>
    </message>
    <message>
        <source>Use &amp;Their Version</source>
        <translation>&amp;Deren Fassung übernehmen</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <source>role title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>bio</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was deleted or merged by %2.&lt;/b&gt; It cannot be saved.</source>
        <translation>&lt;b&gt;%1 wurde von %2 gelöscht oder zusammengeführt.&lt;/b&gt; Der Eintrag kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was changed by %2&lt;/b&gt; while you were editing. Now: %3.</source>
        <translation>&lt;b&gt;%1 wurde von %2 geändert&lt;/b&gt;, während Sie bearbeitet haben. Jetzt: %3.</translation>
    </message>
    <message>
        <source>the same fields as before</source>
        <translation>dieselben Felder wie zuvor</translation>
    </message>
</context>
<context>
    <name>Lectern::SpeakerMerger</name>
    <message>
        <source>A speaker cannot be merged with itself.</source>
        <translation>Ein Eintrag kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
</context>
<context>
    <name>Lectern::SpeakerOperations</name>
    <message>
        <source>Edit speaker “%1”</source>
        <translation>Eintrag „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Merge speakers into “%1”</source>
        <translation>Einträge in „%1“ zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>%1 is linked to %n talk(s). Merge the record into another one (Likely Duplicates), or remove %1 from those talks first.</source>
        <translation>
            <numerusform>%1 ist mit %n Vortrag verknüpft. Führen Sie den Eintrag mit einem anderen zusammen (Wahrscheinliche Dubletten) oder entfernen Sie %1 zuerst aus diesem Vortrag.</numerusform>
            <numerusform>%1 ist mit %n Vorträgen verknüpft. Führen Sie den Eintrag mit einem anderen zusammen (Wahrscheinliche Dubletten) oder entfernen Sie %1 zuerst aus diesen Vorträgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete speaker “%1”</source>
        <translation>Eintrag „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Lectern::SpeakerOperations::AddSpeakerChange</name>
    <message>
        <source>Add speaker “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>Lectern::SpeakerRepository</name>
    <message>
        <source>There is no speaker with id %1.</source>
        <translation>Es gibt keine vortragende Person mit der ID %1.</translation>
    </message>
    <message>
        <source>Only a speaker read from the database can be restored.</source>
        <translation>Nur ein aus der Datenbank gelesener Eintrag kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The speaker “%1” was changed elsewhere since it was read; reload and try again.</source>
        <translation>Der Eintrag „%1“ wurde anderswo geändert, seit er gelesen wurde; laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is linked to %n talk(s); unlink or merge them before deleting the record.</source>
        <translation>
            <numerusform>%1 ist mit %n Vortrag verknüpft; lösen Sie die Verknüpfung oder führen Sie den Eintrag zusammen, bevor Sie ihn löschen.</numerusform>
            <numerusform>%1 ist mit %n Vorträgen verknüpft; lösen Sie die Verknüpfungen oder führen Sie den Eintrag zusammen, bevor Sie ihn löschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted while proposals name them: %2</source>
        <translation>%1 kann nicht gelöscht werden, solange Vorschläge ihn nennen: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::SpeakersPage</name>
    <message>
        <source>Search names, emails, affiliations…</source>
        <translation>Namen, E-Mails, Organisationen durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Add Speaker…</source>
        <translation>Person &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Double-click a pair to merge it</source>
        <translation>Doppelklick auf ein Paar führt es zusammen</translation>
    </message>
    <message>
        <source>Add Speaker</source>
        <translation>Vortragende Person hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>%1 ↔ %2: %3</source>
        <translation>%1 ↔ %2: %3</translation>
    </message>
    <message>
        <source>Likely Duplicates (%1)</source>
        <translation>Wahrscheinliche Dubletten (%1)</translation>
    </message>
</context>
<context>
    <name>Lectern::SyncDialog</name>
    <message>
        <source>Sync with Phabricator</source>
        <translation>Mit Phabricator abgleichen</translation>
    </message>
    <message>
        <source>the project&apos;s hashtag, e.g. tech-talks</source>
        <translation>der Hashtag des Projekts, z. B. tech-talks</translation>
    </message>
    <message>
        <source>empty: $%1</source>
        <translation>leer: $%1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the file that holds your Conduit API token</source>
        <translation>Die Datei mit Ihrem Conduit-API-Token wählen</translation>
    </message>
    <message>
        <source>New and changed tasks of the project come into the inbox. Your reviews and decisions stay as they are. The token file must be readable by you alone.</source>
        <translation>Neue und geänderte Aufgaben des Projekts kommen in den Posteingang. Ihre Bewertungen und Entscheidungen bleiben, wie sie sind. Die Token-Datei darf nur für Sie lesbar sein.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>&amp;Token-Datei:</translation>
    </message>
    <message>
        <source>Token File</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>give the address of the Phabricator server.</source>
        <translation>Geben Sie die Adresse des Phabricator-Servers an.</translation>
    </message>
    <message>
        <source>Project: name the project whose tasks are proposals.</source>
        <translation>Projekt: Nennen Sie das Projekt, dessen Aufgaben Vorschläge sind.</translation>
    </message>
    <message>
        <source>Reading tasks… %1 so far</source>
        <translation>Aufgaben werden gelesen … bisher %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) read: </source>
        <translation>
            <numerusform>%n Aufgabe gelesen: </numerusform>
            <numerusform>%n Aufgaben gelesen: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged.</source>
        <translation>%1 neu, %2 aktualisiert, %3 unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n changed upstream since you reviewed them.</source>
        <translation>
            <numerusform>%n seit Ihrer Bewertung im Tracker geändert.</numerusform>
            <numerusform>%n seit Ihrer Bewertung im Tracker geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed upstream.</source>
        <translation>
            <numerusform>%n im Tracker geschlossen.</numerusform>
            <numerusform>%n im Tracker geschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Frage bei %1 an …</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;The sync did not complete.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Abgleich wurde nicht abgeschlossen.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>Lectern::TalkDifferences</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>title %1</source>
        <translation>Titel %1</translation>
    </message>
    <message>
        <source>date %1</source>
        <translation>Datum %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message>
        <source>time %1</source>
        <translation>Zeit %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>TBA</source>
        <translation>folgt</translation>
    </message>
    <message numerus="yes">
        <source>length %n minute(s)</source>
        <translation>
            <numerusform>Länge %n Minute</numerusform>
            <numerusform>Länge %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>speakers %1</source>
        <translation>Vortragende %1</translation>
    </message>
    <message>
        <source>stream link</source>
        <translation>Stream-Link</translation>
    </message>
    <message>
        <source>slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Lectern::TalkEditorDialog</name>
    <message>
        <source>Edit Talk</source>
        <translation>Vortrag bearbeiten</translation>
    </message>
    <message>
        <source>New Talk</source>
        <translation>Neuer Vortrag</translation>
    </message>
    <message>
        <source>What the talk is called</source>
        <translation>Wie der Vortrag heißt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Season </source>
        <translation>Staffel </translation>
    </message>
    <message>
        <source>Episode </source>
        <translation>Folge </translation>
    </message>
    <message>
        <source>Scheduled on</source>
        <translation>Eingeplant am</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>Untick while the time is to be announced</source>
        <translation>Abwählen, solange die Uhrzeit noch folgt</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name of a speaker, known or new</source>
        <translation>Name einer vortragenden Person, bekannt oder neu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Topic areas, separated by commas</source>
        <translation>Themenbereiche, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>What the talk is about, as it will be announced</source>
        <translation>Worum es im Vortrag geht, wie es angekündigt wird</translation>
    </message>
    <message>
        <source>Private notes for the coordinators</source>
        <translation>Private Notizen für das Orga-Team</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>N&amp;umbering:</source>
        <translation>N&amp;ummerierung:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>S&amp;peakers:</source>
        <translation>&amp;Vortragende:</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>T&amp;hemen:</translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation>Übertragung:</translation>
    </message>
    <message>
        <source>Slides:</source>
        <translation>Folien:</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Aufzeichnung:</translation>
    </message>
    <message>
        <source>&amp;Abstract:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>%1 (new record)</source>
        <translation>%1 (neuer Eintrag)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>The time is to be announced.</source>
        <translation>Die Uhrzeit folgt noch.</translation>
    </message>
    <message>
        <source>Not scheduled yet.</source>
        <translation>Noch nicht eingeplant.</translation>
    </message>
    <message>
        <source>%1 UTC is %2 your time.</source>
        <translation>%1 UTC ist %2 Ihre Zeit.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 UTC is %2%3 in %4 for %5.</source>
        <translation>%1 UTC ist %2%3 in %4 für %5.</translation>
    </message>
    <message>
        <source>Use &amp;Their Version</source>
        <translation>&amp;Deren Fassung übernehmen</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Save your fields over the other change when you press OK</source>
        <translation>Beim Klick auf OK Ihre Felder über die andere Änderung speichern</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>&lt;b&gt;This talk was deleted by %1&lt;/b&gt; while you were editing it. It cannot be saved; Cancel closes the editor.</source>
        <translation>&lt;b&gt;Dieser Vortrag wurde von %1 gelöscht&lt;/b&gt;, während Sie ihn bearbeitet haben. Er kann nicht gespeichert werden; Abbrechen schließt den Editor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This talk was changed by %1&lt;/b&gt; while you were editing it. Now: %2. Use their version, or keep yours and save it over theirs.</source>
        <translation>&lt;b&gt;Dieser Vortrag wurde von %1 geändert&lt;/b&gt;, während Sie ihn bearbeitet haben. Jetzt: %2. Übernehmen Sie deren Fassung, oder behalten Sie Ihre und speichern Sie sie darüber.</translation>
    </message>
    <message>
        <source>the same fields as before</source>
        <translation>dieselben Felder wie zuvor</translation>
    </message>
</context>
<context>
    <name>Lectern::TalkOperations</name>
    <message>
        <source>Add “%1” on %2?</source>
        <translation>„%1“ am %2 hinzufügen?</translation>
    </message>
    <message>
        <source>Add “%1”?</source>
        <translation>„%1“ hinzufügen?</translation>
    </message>
    <message>
        <source>Add Anyway</source>
        <translation>Trotzdem hinzufügen</translation>
    </message>
    <message>
        <source>Save “%1”?</source>
        <translation>„%1“ speichern?</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>%1 at %2 UTC</source>
        <translation>%1 um %2 UTC</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>„%1“ auf %2 verschieben</translation>
    </message>
    <message>
        <source>Move Anyway</source>
        <translation>Trotzdem verschieben</translation>
    </message>
    <message>
        <source>Move “%1” to %2?</source>
        <translation>„%1“ auf %2 verschieben?</translation>
    </message>
    <message numerus="yes">
        <source>Move %n talk(s) to %1?</source>
        <translation>
            <numerusform>%n Vortrag auf %1 verschieben?</numerusform>
            <numerusform>%n Vorträge auf %1 verschieben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n talk(s) to %1</source>
        <translation>
            <numerusform>%n Vortrag auf %1 verschieben</numerusform>
            <numerusform>%n Vorträge auf %1 verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>„%1“ absagen</translation>
    </message>
    <message>
        <source>Schedule “%1” on %2?</source>
        <translation>„%1“ am %2 einplanen?</translation>
    </message>
    <message>
        <source>Schedule Anyway</source>
        <translation>Trotzdem einplanen</translation>
    </message>
    <message>
        <source>Schedule “%1” on %2</source>
        <translation>„%1“ am %2 einplanen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n talk(s) from %1</source>
        <translation>
            <numerusform>%n Vortrag aus %1 importieren</numerusform>
            <numerusform>%n Vorträge aus %1 importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>events that cannot be talks (--strict): %1</source>
        <translation>Ereignisse, die keine Vorträge sein können (--strict): %1</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>The talk “%1” was changed by %2 since it was opened: now %3. Nothing was saved.</source>
        <translation>Der Vortrag „%1“ wurde seit dem Öffnen von %2 geändert: jetzt %3. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>the same values as yours</source>
        <translation>dieselben Werte wie Ihre</translation>
    </message>
</context>
<context>
    <name>Lectern::TalkRepository</name>
    <message>
        <source>Cannot link speaker %1 to the talk: %2</source>
        <translation>Vortragende Person %1 kann nicht mit dem Vortrag verknüpft werden: %2</translation>
    </message>
    <message>
        <source>Only a talk read from the database can be restored.</source>
        <translation>Nur ein aus der Datenbank gelesener Vortrag kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The talk “%1” was changed elsewhere since it was read; reload it and try again.</source>
        <translation>Der Vortrag „%1“ wurde anderswo geändert, seit er gelesen wurde; laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Lectern::TemplateEditorDialog</name>
    <message>
        <source>Edit Template “%1”</source>
        <translation>Vorlage „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Text:</translation>
    </message>
</context>
<context>
    <name>Lectern::Transaction</name>
    <message>
        <source>The connection to %1 was lost while saving, and the server did not confirm the change. Lectern reconnects as soon as the server answers and then shows what it holds.</source>
        <translation>Die Verbindung zu %1 ist beim Speichern abgebrochen, und der Server hat die Änderung nicht bestätigt. Lectern verbindet sich wieder, sobald der Server antwortet, und zeigt dann, was dort gespeichert ist.</translation>
    </message>
</context>
<context>
    <name>Lectern::Triage</name>
    <message>
        <source>The proposal “%1” is already talk %2.</source>
        <translation>Der Vorschlag „%1“ ist bereits Vortrag %2.</translation>
    </message>
    <message>
        <source>The proposal “%1” is %2; only accepted or shortlisted proposals are scheduled.</source>
        <translation>Der Vorschlag „%1“ ist %2; eingeplant werden nur angenommene oder vorgemerkte Vorschläge.</translation>
    </message>
    <message>
        <source>status: A proposal becomes scheduled by scheduling it, not by setting its status.</source>
        <translation>status: Ein Vorschlag wird eingeplant, indem man ihn einplant, nicht durch Setzen des Status.</translation>
    </message>
    <message>
        <source>reason: Putting a proposal on hold needs a reason (what it waits for).</source>
        <translation>reason: Das Zurückstellen eines Vorschlags braucht einen Grund (worauf er wartet).</translation>
    </message>
    <message>
        <source>Proposal %1 is talk %2 now; delete or cancel the talk instead.</source>
        <translation>Vorschlag %1 ist jetzt Vortrag %2; löschen oder sagen Sie stattdessen den Vortrag ab.</translation>
    </message>
</context>
<context>
    <name>Lectern::UserGuideWindow</name>
    <message>
        <source>Lectern Handbook</source>
        <translation>Handbuch zu Lectern</translation>
    </message>
</context>
<context>
    <name>Lectern::WelcomePage</name>
    <message>
        <source>Welcome to Lectern</source>
        <translation>Willkommen bei Lectern</translation>
    </message>
    <message>
        <source>Lectern keeps the schedule, proposals and speakers of a talk series. How would you like to start?</source>
        <translation>Lectern verwaltet Termine, Vorschläge und Vortragende einer Vortragsreihe. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Explore the sample series</source>
        <translation>Die Beispielreihe erkunden</translation>
    </message>
    <message>
        <source>Sixteen real talks from 2019 and 2020 with their speakers, and a list of nominations to review.</source>
        <translation>Sechzehn echte Vorträge aus 2019 und 2020 mit ihren Vortragenden und eine Liste von Vorschlägen zum Bewerten.</translation>
    </message>
    <message>
        <source>Start an empty series</source>
        <translation>Eine leere Reihe beginnen</translation>
    </message>
    <message>
        <source>A new database for your own talk series.</source>
        <translation>Eine neue Datenbank für Ihre eigene Vortragsreihe.</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Eine vorhandene Datenbank öffnen …</translation>
    </message>
    <message>
        <source>A Lectern database file you already have.</source>
        <translation>Eine Lectern-Datenbankdatei, die Sie schon haben.</translation>
    </message>
    <message>
        <source>The new database will be saved as %1</source>
        <translation>Die neue Datenbank wird als %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lectern databases (*.sqlite *.db);;All files (*)</source>
        <translation>Lectern-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>NextUp</name>
    <message numerus="yes">
        <source>waiting for a first review for %n day(s)</source>
        <translation>
            <numerusform>wartet seit %n Tag auf eine erste Begutachtung</numerusform>
            <numerusform>wartet seit %n Tagen auf eine erste Begutachtung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxEntry</name>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ausgang ungewiss</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ProposalSource</name>
    <message>
        <source>Entered by hand</source>
        <translation>Von Hand eingetragen</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Nominierung</translation>
    </message>
    <message>
        <source>Phabricator</source>
        <translation>Phabricator</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>Importierte Datei</translation>
    </message>
</context>
<context>
    <name>ProposalStatus</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Vorgemerkt</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Eingeplant</translation>
    </message>
</context>
<context>
    <name>SeriesOperations</name>
    <message>
        <source>Edit the template “%1”</source>
        <translation>Vorlage „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>world time: “%1” is not a time zone name such as Europe/Berlin.</source>
        <translation>world time: „%1“ ist kein Zeitzonenname wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>Change the series “%1”</source>
        <translation>Reihe „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>SpeakerRole</name>
    <message>
        <source>Speaker</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database %1 refused a statement: %2</source>
        <translation>Die Datenbank %1 hat eine Anweisung abgelehnt: %2</translation>
    </message>
    <message>
        <source>The database %1 failed: %2</source>
        <translation>Die Datenbank %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>Lectern is offline: the connection to the database %1 on %2 was lost. Nothing was read or written.</source>
        <translation>Lectern ist offline: Die Verbindung zur Datenbank %1 auf %2 ist abgebrochen. Es wurde nichts gelesen oder geschrieben.</translation>
    </message>
</context>
<context>
    <name>SyntheticData</name>
    <message>
        <source>%1 already holds talks; synthetic data is only generated into an empty database.</source>
        <translation>%1 enthält bereits Vorträge; synthetische Daten werden nur in eine leere Datenbank erzeugt.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>Talk</name>
    <message>
        <source>A talk needs a title.</source>
        <translation>Ein Vortrag braucht einen Titel.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and 1440 minutes, not %1.</source>
        <translation>Die Dauer muss zwischen 1 und 1440 Minuten liegen, nicht %1.</translation>
    </message>
    <message>
        <source>Seasons are numbered from 1.</source>
        <translation>Staffeln werden ab 1 gezählt.</translation>
    </message>
    <message>
        <source>Episodes are numbered from 1.</source>
        <translation>Folgen werden ab 1 gezählt.</translation>
    </message>
    <message>
        <source>A talk without a date cannot have a start time.</source>
        <translation>Ein Vortrag ohne Datum kann keine Anfangszeit haben.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (expected e.g. https://example.org/...).</source>
        <translation>„%1“ ist keine Webadresse (erwartet z. B. https://example.org/...).</translation>
    </message>
    <message>
        <source>The date %1 is outside what Lectern can write in every format (%2 to %3).</source>
        <translation>Das Datum %1 liegt außerhalb dessen, was Lectern in jedem Format schreiben kann (%2 bis %3).</translation>
    </message>
</context>
<context>
    <name>TalkChange</name>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>The talk “%1” was changed elsewhere since it was read; it was not deleted.</source>
        <translation>Der Vortrag „%1“ wurde anderswo geändert, seit er gelesen wurde; er wurde nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>TalkStatus</name>
    <message>
        <source>Tentative</source>
        <translation>Vorläufig</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Verschoben</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>There is no email template “%1”; the series has %2.</source>
        <translation>Es gibt keine E-Mail-Vorlage „%1“; die Reihe hat %2.</translation>
    </message>
    <message>
        <source>name: A template needs a name.</source>
        <translation>name: Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>The template “%1” was changed elsewhere; reload it.</source>
        <translation>Die Vorlage „%1“ wurde anderswo geändert; laden Sie sie neu.</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>Note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <source>Check the Schedule</source>
        <translation>Terminplan prüfen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan a recurring talk series: schedule, proposals, speakers, announcements.</source>
        <translation>Eine regelmäßige Vortragsreihe planen: Termine, Vorschläge, Vortragende, Ankündigungen.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Diese Datenbankdatei öffnen.</translation>
    </message>
    <message>
        <source>Use this interface language (%1, or en) instead of the system&apos;s.</source>
        <translation>Diese Sprache der Oberfläche verwenden (%1 oder en) statt der des Systems.</translation>
    </message>
</context>
</TS>
