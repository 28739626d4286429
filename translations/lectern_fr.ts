<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnnouncementRepository</name>
    <message>
        <source>An announcement needs its talk and its template.</source>
        <translation>Une annonce a besoin de son exposé et de son modèle.</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>%1 was changed by %2 after this was undone. Redoing “%3” would overwrite that change, so nothing was redone.</source>
        <translation>%1 a été modifié par %2 après l’annulation. Rétablir « %3 » écraserait cette modification, rien n’a donc été rétabli.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 since. Undoing “%3” would overwrite that change, so nothing was undone.</source>
        <translation>%1 a été modifié depuis par %2. Annuler « %3 » écraserait cette modification, rien n’a donc été annulé.</translation>
    </message>
    <message>
        <source>%1 was changed by %2.</source>
        <translation>%1 a été modifié par %2.</translation>
    </message>
    <message>
        <source>%1 was changed by %2: now %3.</source>
        <translation>%1 a été modifié par %2 : maintenant %3.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: “%2” is not an id (a positive whole number).</source>
        <translation>%1 : « %2 » n&apos;est pas un identifiant (un entier positif).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date of the form YYYY-MM-DD.</source>
        <translation>--%1 : « %2 » n&apos;est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1: unknown action “%2”; use %3.</source>
        <translation>%1 : action inconnue « %2 » ; utilisez %3.</translation>
    </message>
    <message>
        <source>The id.</source>
        <translation>L&apos;identifiant.</translation>
    </message>
    <message>
        <source>%1 needs exactly one id.</source>
        <translation>%1 attend exactement un identifiant.</translation>
    </message>
    <message>
        <source>Create the database, or bring it to the current schema.</source>
        <translation>Créer la base de données, ou la mettre au schéma actuel.</translation>
    </message>
    <message>
        <source>Load the sample series (16 talks and the nominations).</source>
        <translation>Charger la série d&apos;exemple (16 conférences et les propositions).</translation>
    </message>
    <message>
        <source>Name of the series in a new database.</source>
        <translation>Nom de la série dans une nouvelle base de données.</translation>
    </message>
    <message>
        <source>init takes no arguments, got “%1”.</source>
        <translation>init ne prend pas d&apos;argument, reçu « %1 ».</translation>
    </message>
    <message>
        <source>Talk series</source>
        <translation>Cycle de conférences</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation>La base de données %1 est prête (version de schéma %2).</translation>
    </message>
    <message>
        <source>The previous version was backed up to %1.</source>
        <translation>La version précédente a été sauvegardée dans %1.</translation>
    </message>
    <message>
        <source>Fill an empty database with synthetic data, for benchmarks.</source>
        <translation>Remplir une base vide de données synthétiques (pour les mesures de performance).</translation>
    </message>
    <message>
        <source>medium (1,000 talks) or large (10,000 talks).</source>
        <translation>medium (1 000 conférences) ou large (10 000 conférences).</translation>
    </message>
    <message>
        <source>Number of talks.</source>
        <translation>Nombre de conférences.</translation>
    </message>
    <message>
        <source>Number of proposals.</source>
        <translation>Nombre de propositions.</translation>
    </message>
    <message>
        <source>Number of speakers.</source>
        <translation>Nombre d&apos;intervenants.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (1 par défaut).</translation>
    </message>
    <message>
        <source>--size: “%1” is not medium or large.</source>
        <translation>--size : « %1 » n&apos;est ni medium ni large.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a count.</source>
        <translation>--%1 : « %2 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>--seed: “%1” is not a whole number.</source>
        <translation>--seed : « %1 » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>generated %1 of %2 records</source>
        <translation>%1 enregistrements générés sur %2</translation>
    </message>
    <message>
        <source>Generated %1 talks, %2 proposals and %3 speakers (seed %4) in %5.</source>
        <translation>%1 conférences, %2 propositions et %3 intervenants générés (graine %4) en %5.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>not saved: the scheduling rules warn about this change. Use --force to save it anyway.</source>
        <translation>non enregistré : les règles de planification avertissent au sujet de ce changement. Utilisez --force pour l&apos;enregistrer malgré tout.</translation>
    </message>
    <message>
        <source>--timeout: “%1” is not a number of seconds.</source>
        <translation>--timeout : « %1 » n&apos;est pas un nombre de secondes.</translation>
    </message>
    <message>
        <source>Copy the whole database into an empty SQLite file or PostgreSQL database, in one transaction.</source>
        <translation>Copier toute la base dans un fichier SQLite ou une base PostgreSQL vide, en une transaction.</translation>
    </message>
    <message>
        <source>The target: a new file, or postgresql://USER@HOST:PORT/DATABASE (empty).</source>
        <translation>La cible : un nouveau fichier, ou postgresql://UTILISATEUR@HÔTE:PORT/BASE (vide).</translation>
    </message>
    <message>
        <source>copy needs --to TARGET.</source>
        <translation>copy a besoin de --to CIBLE.</translation>
    </message>
    <message>
        <source>Copied %1 rows from %2 to %3: %4.</source>
        <translation>%1 lignes copiées de %2 vers %3 : %4.</translation>
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
        <translation>Utilisation : lectern-cli [--database CHEMIN] COMMANDE [OPTIONS]

Commandes :
  init [--demo] [--name NOM]      créer ou mettre à jour la base ; --demo charge la série d&apos;exemple
  generate [--size medium|large] [--talks N] [--proposals N] [--speakers N] [--seed N]
                                  remplir une base vide de données synthétiques (mesures)
  talks list [--from DATE] [--to DATE] [--json]
  talks show ID [--json]
  talks add --title T --date AAAA-MM-JJ [--time HH:MM] [--duration MIN] [--speaker NOM]...
            [--host NOM]... [--moderator NOM]... [--topic T]... [--status S] [--season N] [--episode N]
            [--abstract T] [--stream-url URL] [--slides-url URL] [--recording-url URL] [--notes T]
            [--force]   (enregistrer même quand les règles de planification avertissent)
  talks edit ID [mêmes options que add]
  talks move ID --to AAAA-MM-JJ[THH:MM] [--force]
  talks cancel ID
  talks delete ID
  speakers list [--search TEXTE] [--json]
  speakers show ID [--json]
  speakers add --name N [--email E]... [--affiliation A] [--title T] [--timezone FH] [--pronouns P] [--bio B]
               [--link URL]... [--notes T]
  speakers edit ID [mêmes options que add]
  speakers duplicates [--json]       doublons probables, et pourquoi
  speakers merge ID_GARDÉ ID_AUTRE   liens, adresses et champs vides de AUTRE passent à GARDÉ
  proposals list [--status S] [--search TEXTE] [--json]
  proposals show ID [--json]
  proposals add --title T [--text T] [--proposer NOM] [--speaker NOM]...
  proposals set-status ID STATUT [--reason T] [--notify-tracker [--message T] [--tracker-status S]]
                                  new, reviewing, shortlisted, on-hold (avec --reason), accepted,
                                  declined ou withdrawn
  proposals review ID [--score 1-5] [--note T] [--reviewer NOM]
  proposals schedule ID --date AAAA-MM-JJ [--time HH:MM] [--force]
                                  la proposition devient une conférence (règles comme talks move)
  proposals import FICHIER [--valid-rows]   propositions depuis CSV ou JSON ; les lignes connues sont ignorées
  sync phabricator --url BASE --project TAG [--token-file F]
                                  les tâches d&apos;un projet Phabricator deviennent des propositions
  export ics [--talk ID]... [--from DATE] [--to DATE] [-o FICHIER]
                                  conférences en iCalendar (celles sans heure sont omises, avec une note)
  export email --talk ID [--template NOM] [--attach-ics] [--mailto | --json] [-o FICHIER]
                                  l&apos;annonce (ou un autre modèle) en brouillon .eml
  export wikitext [--season N] [-o FICHIER]   la liste en wikitexte MediaWiki
  import ics FICHIER [--occurrences DU..AU] [--strict]
                                  les événements deviennent des conférences ; un UID connu met à jour la sienne
  todo [--json] [--today DATE]    ce qu’il reste à faire (conférences des semaines à venir, récentes, propositions)
  series show [--json]            la série : rythme, heure habituelle, durée, liens, listes, expéditeur, jours fériés
  series edit [--name N] [--pattern RRULE] [--time HH:MM] [--duration MIN] [--stream-url URL]
              [--chat C] [--mailing-list A]... [--sender-name N] [--sender-email E]
              [--world-time ZONE]... [--horizon-months N] [--holiday-region CODE]...
  slots [--months N] [--json]     les dates du rythme dans les mois à venir, libres ou prises
  announce --talk ID [--template NAME] [--at YYYY-MM-DDTHH:MM | --before week|day|2h] [--attach-ics] [--force]
                                  mettre l&apos;annonce (ou un rappel) dans la boîte d&apos;envoi ; affiche son numéro
  outbox list [--state S] [--json]   ce qui attend, est parti ou a échoué
  outbox show ID                  une entrée telle qu&apos;elle partira
  outbox send [--smtp smtp://USER@HOST:PORT?security=starttls|tls|none] [--password-file F]
              [--ca-file F] [--token-file F] [--calendar-user U] [--calendar-password-file F]
              [--id ID]...   envoyer ce qui est dû
  outbox retry ID | outbox cancel ID
  publish caldav --url URL [--user U] [--password-file F] [--force] [--queue] [--json]
  publish status --url URL [--json]
  publish resolve --url URL --talk ID --overwrite|--keep-server
                                  garder un agenda CalDAV au pas des exposés
  copy --to CIBLE                 toute la base dans un fichier vide ou une base PostgreSQL vide

Les dates et heures sont en UTC. La base est $LECTERN_DATABASE, ou celle par défaut dans votre dossier de données.
Codes de retour : 0 réussi, 1 utilisation, 2 entrée incorrecte, 3 refusé par une règle de planification, 4 erreur de base de données ou de serveur.
Lancez « lectern-cli COMMANDE --help » pour les options d&apos;une commande.</translation>
    </message>
</context>
<context>
    <name>ICalendarImport</name>
    <message numerus="yes">
        <source>%n event(s) had times without a zone; they were read in the calendar&apos;s zone %1 (X-WR-TIMEZONE).</source>
        <translation>
            <numerusform>%n événement avait des heures sans fuseau ; il a été lu dans le fuseau du calendrier %1 (X-WR-TIMEZONE).</numerusform>
            <numerusform>%n événements avaient des heures sans fuseau ; ils ont été lus dans le fuseau du calendrier %1 (X-WR-TIMEZONE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) had times without a zone and the calendar names none; they were read as UTC.</source>
        <translation>
            <numerusform>%n événement avait des heures sans fuseau et le calendrier n’en indique aucun ; il a été lu en UTC.</numerusform>
            <numerusform>%n événements avaient des heures sans fuseau et le calendrier n’en indique aucun ; ils ont été lus en UTC.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern</name>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Impossible de lire la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Lectern (schema version %2; this version knows up to %3). It was left untouched; open it with a newer Lectern.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Lectern (schéma %2 ; cette version connaît jusqu&apos;à %3). Elle n&apos;a pas été modifiée ; ouvrez-la avec un Lectern plus récent.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: permission denied.</source>
        <translation>Impossible de lire la base de données %1 : accès refusé.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. Lectern needs to write to it; make it writable or open a copy.</source>
        <translation>La base de données %1 est en lecture seule. Lectern doit pouvoir y écrire ; rendez-la modifiable ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; SQLite needs to create its journal next to the database.</source>
        <translation>Le dossier %1 est en lecture seule ; SQLite doit créer son journal à côté de la base de données.</translation>
    </message>
    <message>
        <source>title: A proposal needs a title.</source>
        <translation>title : une proposition doit avoir un titre.</translation>
    </message>
    <message>
        <source>name: A series needs a name.</source>
        <translation>name : une série doit avoir un nom.</translation>
    </message>
    <message>
        <source>weekday: Weekdays go from 1 (Monday) to 7 (Sunday).</source>
        <translation>weekday : les jours de la semaine vont de 1 (lundi) à 7 (dimanche).</translation>
    </message>
    <message>
        <source>There is no talk with id %1.</source>
        <translation>Il n&apos;y a pas de conférence avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no Lectern database yet. It was left untouched; create the database with “lectern-cli --database %1 init” or start a series in Lectern.</source>
        <translation>%1 est vide : le fichier ne contient pas encore de base de données Lectern. Il n’a pas été modifié ; créez la base avec « lectern-cli --database %1 init » ou commencez un cycle dans Lectern.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>cinquième</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>second to last</source>
        <translation>avant-dernier</translation>
    </message>
    <message>
        <source>duration: The usual length must be between 1 and 1440 minutes, not %1.</source>
        <translation>duration : la durée habituelle doit être comprise entre 1 et 1440 minutes, pas %1.</translation>
    </message>
    <message>
        <source>horizon: Talks are planned 1 to 24 months ahead, not %1.</source>
        <translation>horizon : les exposés sont planifiés de 1 à 24 mois à l’avance, pas %1.</translation>
    </message>
    <message>
        <source>sender email: “%1” is not an email address.</source>
        <translation>sender email : « %1 » n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>mailing list: “%1” is not an email address.</source>
        <translation>mailing list : « %1 » n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>stream url: “%1” is not a web address (https://…).</source>
        <translation>stream url : « %1 » n’est pas une adresse web (https://…).</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: %2.</source>
        <translation>Le fichier de certificats %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>The certificate file %1 holds no PEM certificate.</source>
        <translation>Le fichier de certificats %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The outbox entry %1 (“%2”) was changed elsewhere since it was read; nothing was done.</source>
        <translation>L’entrée %1 (« %2 ») de la boîte d’envoi a été modifiée ailleurs depuis sa lecture ; rien n’a été fait.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>The server&apos;s copy is not an event Lectern can read.</source>
        <translation>La copie du serveur n’est pas un événement que Lectern sait lire.</translation>
    </message>
    <message>
        <source>On the server: %1, starting %2.</source>
        <translation>Sur le serveur : %1, début %2.</translation>
    </message>
    <message>
        <source>%1: %2 on the server, %3 here.</source>
        <translation>%1 : %2 sur le serveur, %3 ici.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The description differs.</source>
        <translation>La description diffère.</translation>
    </message>
    <message>
        <source>The same title, times, place and text; other details differ.</source>
        <translation>Même titre, mêmes heures, même lieu et même texte ; d’autres détails diffèrent.</translation>
    </message>
    <message>
        <source>%1 refused the password of %2. Nothing was changed.</source>
        <translation>%1 a refusé le mot de passe de %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>votre utilisateur</translation>
    </message>
    <message>
        <source>%1 has no database “%2”: create it (createdb %2), then lectern-cli init. Nothing was changed.</source>
        <translation>%1 n’a pas de base « %2 » : créez-la (createdb %2), puis lectern-cli init. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 Nothing was changed.</source>
        <translation>%1 est injoignable : %2 Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>%1 asks for a password and none was given: put it in ~/.pgpass or the file PGPASSFILE names, as psql reads it. Nothing was changed.</source>
        <translation>%1 demande un mot de passe et aucun n’a été donné : mettez-le dans ~/.pgpass ou dans le fichier que nomme PGPASSFILE, comme psql les lit. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Lectern::AboutDialog</name>
    <message>
        <source>About Lectern</source>
        <translation>À propos de Lectern</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>KDE Frameworks CalendarCore %1</source>
        <translation>KDE Frameworks CalendarCore %1</translation>
    </message>
    <message>
        <source>SQLite (version unknown)</source>
        <translation>SQLite (version inconnue)</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>Icons from KDE&apos;s Breeze theme (LGPL 3), where the desktop has none</source>
        <translation>Icônes du thème Breeze de KDE (LGPL 3), là où le bureau n&apos;en fournit pas</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Lectern %1&lt;/h2&gt;&lt;p&gt;Plan a recurring talk series: the schedule, the proposal inbox, speaker records and announcements, in one local file that works offline.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 2 or later.&lt;/p&gt;&lt;p&gt;Runs on:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Lectern %1&lt;/h2&gt;&lt;p&gt;Planifier un cycle de conférences : le calendrier, la boîte de réception des propositions, les fiches des intervenants et les annonces, dans un seul fichier local utilisable hors ligne.&lt;/p&gt;&lt;p&gt;Licence : GNU General Public License, version 2 ou ultérieure.&lt;/p&gt;&lt;p&gt;Fonctionne avec :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
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
        <translation>Non planifiée</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Time TBA</source>
        <translation>Heure à venir</translation>
    </message>
    <message>
        <source>S%1 E%2</source>
        <translation>S%1 É%2</translation>
    </message>
    <message>
        <source>%1 in your time zone</source>
        <translation>%1 dans votre fuseau horaire</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Épisode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1
Announced %2</source>
        <translation>%1
Annoncé le %2</translation>
    </message>
</context>
<context>
    <name>Lectern::AnnouncementRenderer</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>in the subject, column %1</source>
        <translation>dans l&apos;objet, colonne %1</translation>
    </message>
    <message>
        <source>in the body, line %1, column %2</source>
        <translation>dans le texte, ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1} %2.</source>
        <translation>Espace réservé inconnu {%1} %2.</translation>
    </message>
    <message>
        <source>{%1} has no value for this talk (%2); “TBA” was put in.</source>
        <translation>{%1} n&apos;a pas de valeur pour cette conférence (%2) ; « TBA » a été inséré.</translation>
    </message>
    <message>
        <source>TBA</source>
        <translation>TBA</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source> (next day)</source>
        <translation> (le lendemain)</translation>
    </message>
    <message>
        <source> (previous day)</source>
        <translation> (la veille)</translation>
    </message>
</context>
<context>
    <name>Lectern::AnswerDialog</name>
    <message>
        <source>Answer on %1</source>
        <translation>Réponse sur %1</translation>
    </message>
    <message>
        <source>This comment goes on %1 through the outbox, as soon as Lectern is online.</source>
        <translation>Ce commentaire part sur %1 par la boîte d’envoi, dès que Lectern est en ligne.</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>Le laisser tel quel</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>The task&apos;s &amp;status:</source>
        <translation>É&amp;tat de la tâche :</translation>
    </message>
    <message>
        <source>&amp;Queue the Answer</source>
        <translation>&amp;Mettre la réponse en attente</translation>
    </message>
</context>
<context>
    <name>Lectern::ApiToken</name>
    <message>
        <source>The token file %1 does not exist.</source>
        <translation>Le fichier de jeton %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The token file %1 can be read by other users; a token gives their access to Phabricator. Make it private (chmod 600 %1) and try again.</source>
        <translation>Le fichier de jeton %1 est lisible par d&apos;autres utilisateurs ; un jeton leur donnerait votre accès à Phabricator. Rendez-le privé (chmod 600 %1) et réessayez.</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Impossible de lire le fichier de jeton %1 : %2</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>Le fichier de jeton %1 est vide.</translation>
    </message>
    <message>
        <source>The first line of %1 is not a Conduit API token (those look like api-… with 28 letters and digits).</source>
        <translation>La première ligne de %1 n&apos;est pas un jeton d&apos;API Conduit (ils ressemblent à api-… avec 28 lettres et chiffres).</translation>
    </message>
    <message>
        <source>No Phabricator API token: name a file that holds it, or set %1.</source>
        <translation>Pas de jeton d&apos;API Phabricator : indiquez un fichier qui le contient, ou définissez %1.</translation>
    </message>
    <message>
        <source>%1 does not hold a Conduit API token (api-… with 28 letters and digits).</source>
        <translation>%1 ne contient pas de jeton d&apos;API Conduit (api-… avec 28 lettres et chiffres).</translation>
    </message>
</context>
<context>
    <name>Lectern::CalDavClient</name>
    <message>
        <source>“%1” is not the address of a calendar; it looks like https://dav.example.org/calendars/ana/tech-talks/.</source>
        <translation>« %1 » n’est pas l’adresse d’un agenda ; elle ressemble à https://dav.example.org/calendars/ana/tech-talks/.</translation>
    </message>
    <message>
        <source>The password for %1 would go over the network unencrypted; use https.</source>
        <translation>Le mot de passe pour %1 passerait sur le réseau sans chiffrement ; utilisez https.</translation>
    </message>
    <message>
        <source>No answer from %1 to %2 within %3 seconds.</source>
        <translation>Pas de réponse de %1 à %2 en %3 secondes.</translation>
    </message>
    <message>
        <source>%1 could not be reached for %2: %3.</source>
        <translation>%1 n’a pas pu être joint pour %2 : %3.</translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP %3 %4.</source>
        <translation>%1 a répondu à %2 par HTTP %3 %4.</translation>
    </message>
</context>
<context>
    <name>Lectern::CalDavPublisher</name>
    <message>
        <source>The calendar %1 does not exist, and the server did not create it: %2</source>
        <translation>L’agenda %1 n’existe pas, et le serveur ne l’a pas créé : %2</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (HTTP %2); nothing was published.</source>
        <translation>%1 a refusé le nom d’utilisateur ou le mot de passe (HTTP %2) ; rien n’a été publié.</translation>
    </message>
    <message>
        <source>%1 did not list the calendar (HTTP %2).</source>
        <translation>%1 n’a pas listé l’agenda (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>Lectern::ChangeFeed</name>
    <message>
        <source>%1 did not let Lectern listen for other coordinators&apos; changes: %2</source>
        <translation>%1 ne laisse pas Lectern écouter les changements des autres coordinateurs : %2</translation>
    </message>
    <message>
        <source>Connected to %1 again.</source>
        <translation>De nouveau connecté à %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::ChangeLog</name>
    <message>
        <source>the command line</source>
        <translation>la ligne de commande</translation>
    </message>
    <message>
        <source>a tracker sync</source>
        <translation>une synchronisation avec le suivi</translation>
    </message>
    <message>
        <source>another Lectern window</source>
        <translation>une autre fenêtre de Lectern</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
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
        <translation>-o : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The talk to announce.</source>
        <translation>La conférence à annoncer.</translation>
    </message>
    <message>
        <source>announcement (default), reminder, call-for-proposals, accepted, declined, or your own.</source>
        <translation>announcement (par défaut), reminder, call-for-proposals, accepted, declined, ou le vôtre.</translation>
    </message>
    <message>
        <source>Attach the talk&apos;s iCalendar file.</source>
        <translation>Joindre le fichier iCalendar de la conférence.</translation>
    </message>
    <message>
        <source>Print a mailto: link instead of a message file.</source>
        <translation>Afficher un lien mailto: au lieu d&apos;un fichier de message.</translation>
    </message>
    <message>
        <source>Print the rendered subject, body, recipients and problems as JSON.</source>
        <translation>Afficher l&apos;objet, le texte, les destinataires et les problèmes en JSON.</translation>
    </message>
    <message>
        <source>Write the .eml to FILE instead of standard output.</source>
        <translation>Écrire le .eml dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>export email needs --talk ID (only the call for proposals is about no talk).</source>
        <translation>export email attend --talk ID (seul l&apos;appel à propositions ne concerne aucune conférence).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>the template “%1” has errors; nothing was written.</source>
        <translation>le modèle « %1 » contient des erreurs ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Only this season.</source>
        <translation>Seulement cette saison.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>--season: “%1” is not a season number.</source>
        <translation>--season : « %1 » n&apos;est pas un numéro de saison.</translation>
    </message>
    <message>
        <source>--season: there are no scheduled talks in season %1.</source>
        <translation>--season : il n&apos;y a pas de conférence planifiée dans la saison %1.</translation>
    </message>
    <message>
        <source>there are no scheduled talks.</source>
        <translation>il n&apos;y a pas de conférence planifiée.</translation>
    </message>
    <message>
        <source>A talk to export (repeatable).</source>
        <translation>Une conférence à exporter (répétable).</translation>
    </message>
    <message>
        <source>First date, YYYY-MM-DD.</source>
        <translation>Première date, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Last date, YYYY-MM-DD.</source>
        <translation>Dernière date, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>The .ics file.</source>
        <translation>Le fichier .ics.</translation>
    </message>
    <message>
        <source>import ics needs exactly one file.</source>
        <translation>import ics attend exactement un fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>created talk %1</source>
        <translation>conférence %1 créée</translation>
    </message>
    <message>
        <source>updated talk %1</source>
        <translation>conférence %1 mise à jour</translation>
    </message>
    <message>
        <source>Only proposals with this status.</source>
        <translation>Seulement les propositions ayant ce statut.</translation>
    </message>
    <message>
        <source>Only proposals whose title, text or proposer has these words (or word beginnings).</source>
        <translation>Seulement les propositions dont le titre, le texte ou l&apos;auteur contient ces mots (ou débuts de mots).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>--status: “%1” is not one of %2.</source>
        <translation>--status : « %1 » n&apos;est pas l&apos;un de %2.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Title of the proposed talk.</source>
        <translation>Titre de la conférence proposée.</translation>
    </message>
    <message>
        <source>What the talk would be about.</source>
        <translation>Le sujet de la conférence.</translation>
    </message>
    <message>
        <source>Who proposed it.</source>
        <translation>Qui l&apos;a proposée.</translation>
    </message>
    <message>
        <source>A proposed speaker (repeatable).</source>
        <translation>Un intervenant proposé (répétable).</translation>
    </message>
    <message>
        <source>proposals add needs --title.</source>
        <translation>proposals add attend --title.</translation>
    </message>
    <message>
        <source>--title: a proposal needs a title.</source>
        <translation>--title : une proposition doit avoir un titre.</translation>
    </message>
    <message>
        <source>%1 needs the proposal&apos;s id.</source>
        <translation>%1 attend l&apos;identifiant de la proposition.</translation>
    </message>
    <message>
        <source>proposal id</source>
        <translation>identifiant de proposition</translation>
    </message>
    <message>
        <source>The proposal.</source>
        <translation>La proposition.</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>L&apos;un de %1.</translation>
    </message>
    <message>
        <source>Why (needed for on-hold: what it waits for).</source>
        <translation>Pourquoi (nécessaire pour on-hold : ce qu&apos;elle attend).</translation>
    </message>
    <message>
        <source>proposals set-status needs an id and a status, as in: proposals set-status 12 shortlisted</source>
        <translation>proposals set-status attend un identifiant et un statut, par exemple : proposals set-status 12 shortlisted</translation>
    </message>
    <message>
        <source>STATUS: “%1” is not one of %2.</source>
        <translation>STATUT : « %1 » n&apos;est pas l&apos;un de %2.</translation>
    </message>
    <message>
        <source>Proposal %1: %2 → %3</source>
        <translation>Proposition %1 : %2 → %3</translation>
    </message>
    <message>
        <source>Your score, 1 (no) to 5 (yes).</source>
        <translation>Votre note, de 1 (non) à 5 (oui).</translation>
    </message>
    <message>
        <source>What you think of it.</source>
        <translation>Ce que vous en pensez.</translation>
    </message>
    <message>
        <source>proposals review needs --score or --note.</source>
        <translation>proposals review attend --score ou --note.</translation>
    </message>
    <message>
        <source>--score: “%1” is not a score from 1 to 5.</source>
        <translation>--score : « %1 » n&apos;est pas une note de 1 à 5.</translation>
    </message>
    <message>
        <source>--reviewer: say who reviews (or set LECTERN_REVIEWER).</source>
        <translation>--reviewer : indiquez qui évalue (ou définissez LECTERN_REVIEWER).</translation>
    </message>
    <message>
        <source>An accepted or shortlisted proposal.</source>
        <translation>Une proposition acceptée ou présélectionnée.</translation>
    </message>
    <message>
        <source>The talk&apos;s date (UTC).</source>
        <translation>La date de la conférence (UTC).</translation>
    </message>
    <message>
        <source>Its start time in UTC (default: the series&apos; usual time).</source>
        <translation>L&apos;heure de début en UTC (par défaut : l&apos;heure habituelle de la série).</translation>
    </message>
    <message>
        <source>Schedule even when the scheduling rules warn.</source>
        <translation>Planifier même quand les règles de planification avertissent.</translation>
    </message>
    <message>
        <source>proposals schedule needs --date.</source>
        <translation>proposals schedule attend --date.</translation>
    </message>
    <message>
        <source>--time: “%1” is not a time as HH:MM (24-hour, UTC).</source>
        <translation>--time : « %1 » n&apos;est pas une heure HH:MM (sur 24 heures, UTC).</translation>
    </message>
    <message>
        <source>A CSV file with a header row (%1) or a JSON array of objects with those keys.</source>
        <translation>Un fichier CSV avec une ligne d&apos;en-tête (%1) ou un tableau JSON d&apos;objets ayant ces clés.</translation>
    </message>
    <message>
        <source>Import the rows without problems even when others have some.</source>
        <translation>Importer les lignes sans problème même si d&apos;autres en ont.</translation>
    </message>
    <message>
        <source>proposals import needs one file.</source>
        <translation>proposals import attend un fichier.</translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %n row(s) have problems. Correct them, or use --valid-rows to import the other %1.</source>
        <translation>
            <numerusform>rien n&apos;a été importé : %n ligne a des problèmes. Corrigez-la, ou utilisez --valid-rows pour importer les %1 autres.</numerusform>
            <numerusform>rien n&apos;a été importé : %n lignes ont des problèmes. Corrigez-les, ou utilisez --valid-rows pour importer les %1 autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 proposals; %2 were already there.</source>
        <translation>%1 propositions importées ; %2 étaient déjà là.</translation>
    </message>
    <message numerus="yes">
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n conférence</numerusform>
            <numerusform>%n conférences</numerusform>
        </translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Nom complet.</translation>
    </message>
    <message>
        <source>An email address (repeatable; replaces the list when given).</source>
        <translation>Une adresse électronique (répétable ; remplace la liste si donnée).</translation>
    </message>
    <message>
        <source>Organisation.</source>
        <translation>Organisation.</translation>
    </message>
    <message>
        <source>Role title, e.g. Software Engineer.</source>
        <translation>Fonction, par exemple ingénieure logiciel.</translation>
    </message>
    <message>
        <source>IANA time zone, e.g. Europe/Berlin (empty to clear).</source>
        <translation>Fuseau horaire IANA, par exemple Europe/Paris (vide pour effacer).</translation>
    </message>
    <message>
        <source>Pronouns.</source>
        <translation>Pronoms.</translation>
    </message>
    <message>
        <source>Short biography.</source>
        <translation>Courte biographie.</translation>
    </message>
    <message>
        <source>A web page (repeatable; replaces the list when given).</source>
        <translation>Une page web (répétable ; remplace la liste si donnée).</translation>
    </message>
    <message>
        <source>Private notes.</source>
        <translation>Notes privées.</translation>
    </message>
    <message>
        <source>the speaker was not saved.</source>
        <translation>l&apos;intervenant n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Only speakers whose name, email, affiliation or title contains TEXT.</source>
        <translation>Seulement les intervenants dont le nom, l&apos;adresse, l&apos;organisation ou la fonction contient TEXTE.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <source>Talk %1: %2 %3</source>
        <translation>Conférence %1 : %2 %3</translation>
    </message>
    <message>
        <source>The speaker&apos;s id.</source>
        <translation>L&apos;identifiant de l&apos;intervenant.</translation>
    </message>
    <message>
        <source>speakers add needs --name.</source>
        <translation>speakers add attend --name.</translation>
    </message>
    <message>
        <source>speakers edit needs exactly one speaker id.</source>
        <translation>speakers edit attend exactement un identifiant d&apos;intervenant.</translation>
    </message>
    <message>
        <source>The record to keep.</source>
        <translation>La fiche à garder.</translation>
    </message>
    <message>
        <source>The record merged into it and removed.</source>
        <translation>La fiche fusionnée dans l&apos;autre puis supprimée.</translation>
    </message>
    <message>
        <source>speakers merge needs two ids: the one to keep, then the other.</source>
        <translation>speakers merge attend deux identifiants : celui à garder, puis l&apos;autre.</translation>
    </message>
    <message>
        <source>Merged “%1” (%2) into “%3” (%4).</source>
        <translation>« %1 » (%2) a été fusionné dans « %3 » (%4).</translation>
    </message>
    <message>
        <source>The Phabricator server, such as https://phabricator.wikimedia.org.</source>
        <translation>Le serveur Phabricator, par exemple https://phabricator.wikimedia.org.</translation>
    </message>
    <message>
        <source>The project (its hashtag or PHID) whose tasks are proposals.</source>
        <translation>Le projet (son mot-dièse ou son PHID) dont les tâches sont des propositions.</translation>
    </message>
    <message>
        <source>A file only you can read holding the Conduit API token (default: $LECTERN_PHABRICATOR_TOKEN).</source>
        <translation>Un fichier lisible par vous seul contenant le jeton d&apos;API Conduit (par défaut : $LECTERN_PHABRICATOR_TOKEN).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>Secondes d&apos;attente pour chaque réponse (30 par défaut).</translation>
    </message>
    <message>
        <source>sync phabricator needs --url and --project.</source>
        <translation>sync phabricator attend --url et --project.</translation>
    </message>
    <message>
        <source>--url: %1</source>
        <translation>--url : %1</translation>
    </message>
    <message>
        <source>%1 tasks read…</source>
        <translation>%1 tâches lues…</translation>
    </message>
    <message>
        <source>%1 tasks read: %2 new, %3 updated (%4 changed since your review), %5 closed upstream, %6 unchanged.</source>
        <translation>%1 tâches lues : %2 nouvelles, %3 mises à jour (%4 modifiées depuis votre évaluation), %5 fermées dans le suivi, %6 inchangées.</translation>
    </message>
    <message>
        <source>Title of the talk.</source>
        <translation>Titre de la conférence.</translation>
    </message>
    <message>
        <source>Date, YYYY-MM-DD (UTC).</source>
        <translation>Date, AAAA-MM-JJ (UTC).</translation>
    </message>
    <message>
        <source>Start time, HH:MM in UTC, or “tba”.</source>
        <translation>Heure de début, HH:MM en UTC, ou « tba ».</translation>
    </message>
    <message>
        <source>Length in minutes.</source>
        <translation>Durée en minutes.</translation>
    </message>
    <message>
        <source>A speaker (repeatable); a record is created for a new name.</source>
        <translation>Un intervenant (répétable) ; une fiche est créée pour un nouveau nom.</translation>
    </message>
    <message>
        <source>A host (repeatable).</source>
        <translation>Un hôte (répétable).</translation>
    </message>
    <message>
        <source>A moderator (repeatable).</source>
        <translation>Un modérateur (répétable).</translation>
    </message>
    <message>
        <source>A topic area (repeatable).</source>
        <translation>Un thème (répétable).</translation>
    </message>
    <message>
        <source>tentative, confirmed, held, cancelled or postponed.</source>
        <translation>tentative, confirmed, held, cancelled ou postponed.</translation>
    </message>
    <message>
        <source>Season number.</source>
        <translation>Numéro de saison.</translation>
    </message>
    <message>
        <source>Episode number.</source>
        <translation>Numéro d&apos;épisode.</translation>
    </message>
    <message>
        <source>Description of the talk.</source>
        <translation>Description de la conférence.</translation>
    </message>
    <message>
        <source>Where it is streamed.</source>
        <translation>Où elle est diffusée.</translation>
    </message>
    <message>
        <source>Where the slides are.</source>
        <translation>Où se trouvent les diapositives.</translation>
    </message>
    <message>
        <source>Where the recording is.</source>
        <translation>Où se trouve l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a positive whole number.</source>
        <translation>--%1 : « %2 » n&apos;est pas un entier positif.</translation>
    </message>
    <message>
        <source>--date: “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>--date : « %1 » n&apos;est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--time: “%1” is not a UTC time of the form HH:MM (or “tba”).</source>
        <translation>--time : « %1 » n&apos;est pas une heure UTC de la forme HH:MM (ou « tba »).</translation>
    </message>
    <message>
        <source>--%1: a name cannot be empty.</source>
        <translation>--%1 : un nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Thèmes : %1</translation>
    </message>
    <message>
        <source>Save even when the scheduling rules warn.</source>
        <translation>Enregistrer même quand les règles de planification avertissent.</translation>
    </message>
    <message>
        <source>The talk&apos;s id.</source>
        <translation>L&apos;identifiant de la conférence.</translation>
    </message>
    <message>
        <source>talks add takes options only, got “%1”.</source>
        <translation>talks add ne prend que des options, reçu « %1 ».</translation>
    </message>
    <message>
        <source>talks add needs --title and --date.</source>
        <translation>talks add attend --title et --date.</translation>
    </message>
    <message>
        <source>talks edit needs exactly one talk id.</source>
        <translation>talks edit attend exactement un identifiant de conférence.</translation>
    </message>
    <message>
        <source>the talk was not saved.</source>
        <translation>la conférence n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Talk %1 “%2” was already cancelled.</source>
        <translation>La conférence %1 « %2 » était déjà annulée.</translation>
    </message>
    <message>
        <source>Cancelled talk %1 “%2”.</source>
        <translation>Conférence %1 « %2 » annulée.</translation>
    </message>
    <message>
        <source>The new date, YYYY-MM-DD, or date and UTC time, YYYY-MM-DDTHH:MM.</source>
        <translation>La nouvelle date, AAAA-MM-JJ, ou date et heure UTC, AAAA-MM-JJTHH:MM.</translation>
    </message>
    <message>
        <source>Move even when the scheduling rules warn.</source>
        <translation>Déplacer même quand les règles de planification avertissent.</translation>
    </message>
    <message>
        <source>talks move needs a talk id and --to YYYY-MM-DD[THH:MM].</source>
        <translation>talks move attend un identifiant de conférence et --to AAAA-MM-JJ[THH:MM].</translation>
    </message>
    <message>
        <source>--to: “%1” is not of the form YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC).</source>
        <translation>--to : « %1 » n&apos;est pas de la forme AAAA-MM-JJ ou AAAA-MM-JJTHH:MM (UTC).</translation>
    </message>
    <message>
        <source>Talk %1 is already on %2.</source>
        <translation>La conférence %1 est déjà le %2.</translation>
    </message>
    <message>
        <source>Deleted talk %1 “%2”.</source>
        <translation>Conférence %1 « %2 » supprimée.</translation>
    </message>
    <message>
        <source>Your name (default: $LECTERN_REVIEWER, then your name on this computer).</source>
        <translation>Votre nom (par défaut : $LECTERN_REVIEWER, puis votre nom sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Import the occurrences of recurring events between two dates (UTC), FROM..TO, e.g. 2027-01-01..2027-06-30.</source>
        <translation>Importer les occurrences des événements récurrents entre deux dates (UTC), DU..AU, par exemple 2027-01-01..2027-06-30.</translation>
    </message>
    <message>
        <source>Import nothing when any event cannot be a talk.</source>
        <translation>Ne rien importer si un événement ne peut pas être une conférence.</translation>
    </message>
    <message>
        <source>--occurrences: “%1” is not a range of dates of the form YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>--occurrences : « %1 » n’est pas une plage de dates de la forme AAAA-MM-JJ..AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>ignoré : %1 : %2</translation>
    </message>
    <message>
        <source>What needs doing next: what the coming weeks&apos; talks still lack, what recent talks were not linked to, and proposals waiting for a first review.</source>
        <translation>Ce qu’il reste à faire : ce qui manque encore aux conférences des semaines à venir, ce qui n’a pas été lié aux conférences récentes, et les propositions qui attendent une première évaluation.</translation>
    </message>
    <message>
        <source>The day to look from, YYYY-MM-DD (default: today).</source>
        <translation>Le jour à partir duquel regarder, AAAA-MM-JJ (par défaut : aujourd’hui).</translation>
    </message>
    <message>
        <source>talk %1</source>
        <translation>conférence %1</translation>
    </message>
    <message>
        <source>proposal %1</source>
        <translation>proposition %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation>Heure habituelle</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Mailing lists</source>
        <translation>Listes de diffusion</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>World times</source>
        <translation>Heures du monde</translation>
    </message>
    <message>
        <source>Planned ahead</source>
        <translation>Planifié à l’avance</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Holiday regions</source>
        <translation>Régions des jours fériés</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Prochaines dates</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The series&apos; name.</source>
        <translation>Le nom de la série.</translation>
    </message>
    <message>
        <source>Its rhythm as an RFC 5545 RRULE, e.g. FREQ=MONTHLY;BYDAY=-1WE (empty: none).</source>
        <translation>Son rythme en RRULE RFC 5545, p. ex. FREQ=MONTHLY;BYDAY=-1WE (vide : aucun).</translation>
    </message>
    <message>
        <source>The date the rhythm counts from (every other week: which weeks), YYYY-MM-DD.</source>
        <translation>La date à partir de laquelle le rythme compte (une semaine sur deux : lesquelles), AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The usual start time, HH:MM in UTC (“none”: no usual time).</source>
        <translation>L’heure de début habituelle, HH:MM en UTC (« none » : aucune).</translation>
    </message>
    <message>
        <source>The usual length in minutes.</source>
        <translation>La durée habituelle en minutes.</translation>
    </message>
    <message>
        <source>Where the talks are streamed.</source>
        <translation>Où les exposés sont diffusés.</translation>
    </message>
    <message>
        <source>The chat channel.</source>
        <translation>Le canal de discussion.</translation>
    </message>
    <message>
        <source>A list announcements go to (repeatable; replaces them).</source>
        <translation>Une liste qui reçoit les annonces (répétable ; les remplace).</translation>
    </message>
    <message>
        <source>Who announcements come from.</source>
        <translation>De qui viennent les annonces.</translation>
    </message>
    <message>
        <source>The address they come from.</source>
        <translation>L’adresse d’où elles viennent.</translation>
    </message>
    <message>
        <source>A time zone shown in announcements (repeatable; replaces them).</source>
        <translation>Un fuseau horaire affiché dans les annonces (répétable ; les remplace).</translation>
    </message>
    <message>
        <source>How many months ahead talks are planned (1 to 24).</source>
        <translation>Combien de mois à l’avance les exposés sont planifiés (1 à 24).</translation>
    </message>
    <message>
        <source>A region whose public holidays matter, e.g. de or us_en-us (repeatable; replaces them).</source>
        <translation>Une région dont les jours fériés comptent, p. ex. de ou us_en-us (répétable ; les remplace).</translation>
    </message>
    <message>
        <source>series edit takes options only, got “%1”.</source>
        <translation>series edit ne prend que des options, reçu « %1 ».</translation>
    </message>
    <message>
        <source>--pattern-start: “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>--pattern-start : « %1 » n’est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--time: “%1” is not a UTC time of the form HH:MM (or “none”).</source>
        <translation>--time : « %1 » n’est pas une heure UTC de la forme HH:MM (ou « none »).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a whole number.</source>
        <translation>--%1 : « %2 » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>The dates the series&apos; rhythm gives in the coming months, open or taken.</source>
        <translation>Les dates que donne le rythme de la série dans les mois à venir, libres ou prises.</translation>
    </message>
    <message>
        <source>How many months ahead (default: the series&apos; horizon).</source>
        <translation>Combien de mois à l’avance (par défaut : l’horizon de la série).</translation>
    </message>
    <message>
        <source>--months: “%1” is not a number of months from 1 to 24.</source>
        <translation>--months : « %1 » n’est pas un nombre de mois de 1 à 24.</translation>
    </message>
    <message>
        <source>the series has no rhythm yet; set one with “lectern-cli series edit --pattern FREQ=MONTHLY;BYDAY=-1WE”.</source>
        <translation>la série n’a pas encore de rythme ; définissez-en un avec « lectern-cli series edit --pattern FREQ=MONTHLY;BYDAY=-1WE ».</translation>
    </message>
    <message>
        <source>open</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>taken by %1</source>
        <translation>pris par %1</translation>
    </message>
    <message>
        <source>holiday: %1</source>
        <translation>jour férié : %1</translation>
    </message>
    <message>
        <source>The template (default: announcement).</source>
        <translation>Le modèle (par défaut : announcement).</translation>
    </message>
    <message>
        <source>Send at this time (UTC) instead of now.</source>
        <translation>Envoyer à cette heure (UTC) plutôt que maintenant.</translation>
    </message>
    <message>
        <source>Send a reminder this long before the talk: week, day or 2h.</source>
        <translation>Envoyer un rappel aussi longtemps avant l’exposé : week, day ou 2h.</translation>
    </message>
    <message>
        <source>Attach the talk as an iCalendar file.</source>
        <translation>Joindre l’exposé en fichier iCalendar.</translation>
    </message>
    <message>
        <source>Queue it even when this template already went out for the talk.</source>
        <translation>La mettre en attente même si ce modèle est déjà parti pour l’exposé.</translation>
    </message>
    <message>
        <source>announce needs --talk ID.</source>
        <translation>announce demande --talk ID.</translation>
    </message>
    <message>
        <source>announce takes --at or --before, not both.</source>
        <translation>announce prend --at ou --before, pas les deux.</translation>
    </message>
    <message>
        <source>--at: “%1” is not a time like 2026-12-24T18:00.</source>
        <translation>--at : « %1 » n’est pas une heure comme 2026-12-24T18:00.</translation>
    </message>
    <message>
        <source>--before: “%1” is not week, day or 2h.</source>
        <translation>--before : « %1 » n’est pas week, day ou 2h.</translation>
    </message>
    <message>
        <source>%1 Add --force to send it again.</source>
        <translation>%1 Ajoutez --force pour l’envoyer à nouveau.</translation>
    </message>
    <message>
        <source>Only entries in this state: queued, sending, sent, failed, unknown, cancelled.</source>
        <translation>Seulement les entrées dans cet état : queued, sending, sent, failed, unknown, cancelled.</translation>
    </message>
    <message>
        <source>--state: “%1” is not one of queued, sending, sent, failed, unknown, cancelled.</source>
        <translation>--state : « %1 » n’est pas parmi queued, sending, sent, failed, unknown, cancelled.</translation>
    </message>
    <message>
        <source>Entry %1 is %2; only failed, unknown or cancelled entries are sent again.</source>
        <translation>L’entrée %1 est %2 ; seules les entrées échouées, incertaines ou annulées sont renvoyées.</translation>
    </message>
    <message>
        <source>Entry %1 is %2 and cannot be cancelled.</source>
        <translation>L’entrée %1 est %2 et ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Entry %1 may have gone out already; it will be sent again.</source>
        <translation>L’entrée %1 est peut-être déjà partie ; elle sera renvoyée.</translation>
    </message>
    <message>
        <source>The mail server, as smtp://USER@HOST:PORT?security=starttls|tls|none (default: the account in Lectern&apos;s settings).</source>
        <translation>Le serveur de courrier, sous la forme smtp://USER@HOST:PORT?security=starttls|tls|none (par défaut : le compte des réglages de Lectern).</translation>
    </message>
    <message>
        <source>A file only you can read holding the mail password (default: $LECTERN_SMTP_PASSWORD).</source>
        <translation>Un fichier lisible par vous seul contenant le mot de passe du courrier (par défaut : $LECTERN_SMTP_PASSWORD).</translation>
    </message>
    <message>
        <source>Certificates (PEM) to trust for the mail server besides the system&apos;s.</source>
        <translation>Certificats (PEM) auxquels se fier pour le serveur de courrier, en plus de ceux du système.</translation>
    </message>
    <message>
        <source>A file only you can read holding the Conduit API token, for tracker answers.</source>
        <translation>Un fichier lisible par vous seul contenant le jeton d’API Conduit, pour les réponses sur le tracker.</translation>
    </message>
    <message>
        <source>Send only this entry, due or not (repeatable).</source>
        <translation>N’envoyer que cette entrée, due ou non (répétable).</translation>
    </message>
    <message>
        <source>Seconds a server may stay silent (default 60).</source>
        <translation>Secondes pendant lesquelles un serveur peut se taire (par défaut 60).</translation>
    </message>
    <message>
        <source>--smtp: %1</source>
        <translation>--smtp : %1</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed, %3 outcome unknown, %4 waiting.</source>
        <translation>%1 envoyés, %2 échoués, %3 à l’issue inconnue, %4 en attente.</translation>
    </message>
    <message>
        <source>Answer the proposer on the Phabricator task, through the outbox.</source>
        <translation>Répondre à l’auteur sur la tâche Phabricator, par la boîte d’envoi.</translation>
    </message>
    <message>
        <source>The answer (default: the series&apos; accepted or declined template).</source>
        <translation>La réponse (par défaut : le modèle accepted ou declined de la série).</translation>
    </message>
    <message>
        <source>Also set the task&apos;s status, such as resolved or declined.</source>
        <translation>Fixer aussi l’état de la tâche, comme resolved ou declined.</translation>
    </message>
    <message>
        <source>Answer even when the task changed upstream since you last looked.</source>
        <translation>Répondre même si la tâche a changé sur le tracker depuis votre dernier regard.</translation>
    </message>
    <message>
        <source>%1 changed upstream since you last looked at it; read it first (proposals show %2), or add --force to answer anyway.</source>
        <translation>%1 a changé sur le tracker depuis votre dernier regard ; lisez-la d’abord (proposals show %2), ou ajoutez --force pour répondre quand même.</translation>
    </message>
    <message>
        <source>--message and --tracker-status go with --notify-tracker.</source>
        <translation>--message et --tracker-status vont avec --notify-tracker.</translation>
    </message>
    <message>
        <source>The answer on %1 waits in the outbox; lectern-cli outbox send posts it.</source>
        <translation>La réponse sur %1 attend dans la boîte d’envoi ; lectern-cli outbox send la publie.</translation>
    </message>
    <message>
        <source>The calendar collection, such as https://dav.example.org/ana/tech-talks/.</source>
        <translation>La collection d’agenda, comme https://dav.example.org/ana/tech-talks/.</translation>
    </message>
    <message>
        <source>The user name on the calendar server.</source>
        <translation>Le nom d’utilisateur sur le serveur d’agenda.</translation>
    </message>
    <message>
        <source>A file only you can read holding the password (default: $LECTERN_CALDAV_PASSWORD).</source>
        <translation>Un fichier lisible par vous seul contenant le mot de passe (par défaut : $LECTERN_CALDAV_PASSWORD).</translation>
    </message>
    <message>
        <source>Overwrite events that changed on the server since the last publish.</source>
        <translation>Écraser les évènements modifiés sur le serveur depuis la dernière publication.</translation>
    </message>
    <message>
        <source>Seconds a server may stay silent (default 30).</source>
        <translation>Secondes pendant lesquelles un serveur peut se taire (par défaut 30).</translation>
    </message>
    <message>
        <source>publish caldav needs --url.</source>
        <translation>publish caldav demande --url.</translation>
    </message>
    <message>
        <source>No password for %1: name a file that holds it (--password-file), or set LECTERN_CALDAV_PASSWORD.</source>
        <translation>Pas de mot de passe pour %1 : nommez un fichier qui le contient (--password-file), ou définissez LECTERN_CALDAV_PASSWORD.</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 deleted, %4 unchanged, %5 conflict(s); %6 request(s).</source>
        <translation>%1 créés, %2 mis à jour, %3 supprimés, %4 inchangés, %5 conflit(s) ; %6 requête(s).</translation>
    </message>
    <message>
        <source>The user name on the CalDAV server, for calendar publishes.</source>
        <translation>Le nom d’utilisateur sur le serveur CalDAV, pour publier l’agenda.</translation>
    </message>
    <message>
        <source>A file only you can read holding the CalDAV password (default: $LECTERN_CALDAV_PASSWORD).</source>
        <translation>Un fichier lisible par vous seul contenant le mot de passe CalDAV (par défaut : $LECTERN_CALDAV_PASSWORD).</translation>
    </message>
    <message>
        <source>Put the publish in the outbox instead (outbox send publishes it, now or once the server is back).</source>
        <translation>Mettre plutôt la publication dans la boîte d’envoi (outbox send la publie, maintenant ou quand le serveur revient).</translation>
    </message>
    <message>
        <source>A publish to %1 already waits in the outbox; it will send every change.</source>
        <translation>Une publication vers %1 attend déjà dans la boîte d’envoi ; elle enverra chaque changement.</translation>
    </message>
    <message>
        <source>%1 needs --url.</source>
        <translation>%1 a besoin de --url.</translation>
    </message>
    <message>
        <source>The calendar collection published to.</source>
        <translation>La collection d’agenda où l’on publie.</translation>
    </message>
    <message>
        <source>Never published to %1.</source>
        <translation>Jamais publié sur %1.</translation>
    </message>
    <message>
        <source>The last publish, %1, failed: %2</source>
        <translation>La dernière publication, le %1, a échoué : %2</translation>
    </message>
    <message>
        <source>Last published %1: %2 created, %3 updated, %4 deleted, %5 unchanged.</source>
        <translation>Dernière publication le %1 : %2 créés, %3 mis à jour, %4 supprimés, %5 inchangés.</translation>
    </message>
    <message>
        <source>Waiting: %1 new, %2 changed, %3 to withdraw.</source>
        <translation>En attente : %1 nouveaux, %2 modifiés, %3 à retirer.</translation>
    </message>
    <message>
        <source>The talk whose event changed on the server.</source>
        <translation>L’exposé dont l’événement a changé sur le serveur.</translation>
    </message>
    <message>
        <source>The next publish replaces the server&apos;s copy with the talk as it is here.</source>
        <translation>La prochaine publication remplace la copie du serveur par l’exposé tel qu’il est ici.</translation>
    </message>
    <message>
        <source>The server&apos;s copy stays; only the talk&apos;s next change here is published over it.</source>
        <translation>La copie du serveur reste ; seule la prochaine modification de l’exposé ici sera publiée par-dessus.</translation>
    </message>
    <message>
        <source>publish resolve needs one of --overwrite and --keep-server.</source>
        <translation>publish resolve a besoin de --overwrite ou de --keep-server.</translation>
    </message>
    <message>
        <source>publish resolve needs --talk ID (a talk&apos;s number, as publish status lists it).</source>
        <translation>publish resolve a besoin de --talk ID (le numéro d’un exposé, tel que publish status l’indique).</translation>
    </message>
    <message>
        <source>The next publish overwrites the server&apos;s copy of “%1”.</source>
        <translation>La prochaine publication écrase la copie de « %1 » sur le serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s copy of “%1” stays.</source>
        <translation>La copie de « %1 » sur le serveur reste.</translation>
    </message>
    <message>
        <source>“%1” (talk %2) changed on the server since the last publish and was left as it is: %3 publish resolve --talk %2 --overwrite or --keep-server decides; --force overwrites them all.</source>
        <translation>« %1 » (exposé %2) a changé sur le serveur depuis la dernière publication et a été laissé tel quel : %3 publish resolve --talk %2 --overwrite ou --keep-server décide ; --force les écrase tous.</translation>
    </message>
    <message>
        <source>Conflict: “%1” (talk %2), to be overwritten by the next publish: %3</source>
        <translation>Conflit : « %1 » (exposé %2), sera écrasé à la prochaine publication : %3</translation>
    </message>
    <message>
        <source>Conflict: “%1” (talk %2): %3</source>
        <translation>Conflit : « %1 » (exposé %2) : %3</translation>
    </message>
</context>
<context>
    <name>Lectern::Conduit</name>
    <message>
        <source>The server&apos;s answer to %1 is not what Phabricator sends: %2.</source>
        <translation>La réponse du serveur à %1 n&apos;est pas ce qu&apos;envoie Phabricator : %2.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 is not JSON (at byte %2: %3).</source>
        <translation>La réponse du serveur à %1 n&apos;est pas du JSON (à l&apos;octet %2 : %3).</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>Phabricator refused %1: %2 (%3).</source>
        <translation>Phabricator a refusé %1 : %2 (%3).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif donné</translation>
    </message>
    <message>
        <source>no &quot;result&quot; object</source>
        <translation>pas d&apos;objet &quot;result&quot;</translation>
    </message>
    <message>
        <source>no &quot;data&quot; list</source>
        <translation>pas de liste &quot;data&quot;</translation>
    </message>
    <message>
        <source>task %1 in the list has no id or no name</source>
        <translation>la tâche %1 de la liste n&apos;a pas d&apos;identifiant ou pas de nom</translation>
    </message>
    <message>
        <source>T%1 has no dateModified</source>
        <translation>T%1 n&apos;a pas de dateModified</translation>
    </message>
</context>
<context>
    <name>Lectern::ConduitClient</name>
    <message>
        <source>“%1” is not a web address such as https://phabricator.example.org.</source>
        <translation>« %1 » n&apos;est pas une adresse web comme https://phabricator.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>« %1 » n&apos;est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>No answer from the server to %1 within %2 seconds.</source>
        <translation>Aucune réponse du serveur à %1 en %2 secondes.</translation>
    </message>
    <message>
        <source>The call to %1 was cancelled.</source>
        <translation>L&apos;appel à %1 a été annulé.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>The server could not answer %1: %2.</source>
        <translation>Le serveur n&apos;a pas pu répondre à %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Lectern::ConnectServerDialog</name>
    <message>
        <source>Connect to a Shared Schedule</source>
        <translation>Se connecter à un programme partagé</translation>
    </message>
    <message>
        <source>A schedule the whole team works on, kept on a PostgreSQL server. Every coordinator connects with a user of their own.</source>
        <translation>Un programme sur lequel toute l’équipe travaille, conservé sur un serveur PostgreSQL. Chaque coordinateur se connecte avec son propre utilisateur.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>techtalks</source>
        <translation>techtalks</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>vide : depuis ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop&apos;s keyring</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du bureau</translation>
    </message>
    <message>
        <source>No keyring is running: the password is asked again next time.</source>
        <translation>Aucun trousseau n’est actif : le mot de passe sera redemandé la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>Lectern::Database</name>
    <message>
        <source>No database file was named.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (its first bytes are not a SQLite header). It was left untouched.</source>
        <translation>%1 n&apos;est pas une base SQLite (ses premiers octets ne sont pas un en-tête SQLite). Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Lectern database. It was left untouched.</source>
        <translation>%1 est une base SQLite d&apos;un autre programme, pas une base Lectern. Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Create it with “lectern-cli --database %1 init”.</source>
        <translation>La base de données %1 n&apos;existe pas. Créez-la avec « lectern-cli --database %1 init ».</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as a SQLite database; it may be damaged. It was left untouched.</source>
        <translation>%1 ne peut pas être lu comme une base SQLite ; il est peut-être endommagé. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 failed; the database was left at version %3. %4</source>
        <translation>La mise à jour de %1 vers le schéma %2 a échoué ; la base est restée à la version %3. %4</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2 before upgrading it; nothing was changed. %3</source>
        <translation>Impossible de sauvegarder %1 dans %2 avant la mise à jour ; rien n&apos;a été modifié. %3</translation>
    </message>
    <message>
        <source>%1 is the open database itself; choose another file for the copy.</source>
        <translation>%1 est la base ouverte elle-même ; choisissez un autre fichier pour la copie.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not write a copy to %1: %2</source>
        <translation>Impossible d&apos;écrire une copie dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket), so it cannot hold a database. It was left untouched.</source>
        <translation>%1 n’est pas un fichier ordinaire (c’est un périphérique, un tube ou un socket) et ne peut donc pas contenir de base de données. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which does not exist.</source>
        <translation>%1 est un lien vers %2, qui n’existe pas.</translation>
    </message>
    <message>
        <source>Internal error: a change of %1 %2 was written outside a transaction.</source>
        <translation>Erreur interne : une modification de %1 %2 a été écrite hors d’une transaction.</translation>
    </message>
    <message>
        <source>Lectern cannot open %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt5sql5-psql for Qt 5, libqt6sql6-psql for Qt 6).</source>
        <translation>Lectern ne peut pas ouvrir %1 : le pilote PostgreSQL de Qt n’est pas installé (Debian : libqt5sql5-psql pour Qt 5, libqt6sql6-psql pour Qt 6).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s tables, not a Lectern schedule. It was left untouched.</source>
        <translation>%1 contient les tables d’un autre programme, pas un programme Lectern. Rien n’y a été touché.</translation>
    </message>
    <message>
        <source>%1 has no Lectern schedule yet. Create it with “lectern-cli --database %1 init”.</source>
        <translation>%1 n’a pas encore de programme Lectern. Créez-le avec « lectern-cli --database %1 init ».</translation>
    </message>
    <message>
        <source>%1 still cannot be reached: %2</source>
        <translation>%1 reste injoignable : %2</translation>
    </message>
    <message>
        <source>%1 now holds a newer version of the schedule (schema version %2; this Lectern knows %3): update Lectern to go on working on it. Nothing was changed.</source>
        <translation>%1 contient maintenant une version plus récente du programme (version de schéma %2 ; ce Lectern connaît la %3) : mettez Lectern à jour pour continuer à y travailler. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Lectern is offline: the connection to %1 was lost at %2. Nothing was saved. Lectern reconnects as soon as the server answers; then try again.</source>
        <translation>Lectern est hors ligne : la connexion à %1 a été perdue à %2. Rien n’a été enregistré. Lectern se reconnecte dès que le serveur répond ; réessayez ensuite.</translation>
    </message>
    <message>
        <source>%1: a transaction is still being rolled back; connecting again after it.</source>
        <translation>%1 : une transaction est encore en cours d’annulation ; la reconnexion se fera ensuite.</translation>
    </message>
</context>
<context>
    <name>Lectern::DatabaseCopy</name>
    <message>
        <source>%1 did not count its %2.</source>
        <translation>%1 n’a pas compté ses %2.</translation>
    </message>
    <message>
        <source>Reading %1 from %2 failed: %3</source>
        <translation>La lecture de %1 depuis %2 a échoué : %3</translation>
    </message>
    <message>
        <source>%1 refused the rows of %2: %3</source>
        <translation>%1 a refusé les lignes de %2 : %3</translation>
    </message>
    <message>
        <source>%1 refused row %2 of %3: %4</source>
        <translation>%1 a refusé la ligne %2 de %3 : %4</translation>
    </message>
    <message>
        <source>%1 is the database being copied.</source>
        <translation>%1 est la base que l’on copie.</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 lignes)</translation>
    </message>
    <message>
        <source>%1 is not empty — %2 — so nothing was copied into it. Copy into a new file or an empty database.</source>
        <translation>%1 n’est pas vide — %2 — : rien n’y a été copié. Copiez dans un nouveau fichier ou une base vide.</translation>
    </message>
</context>
<context>
    <name>Lectern::DialogOverwriteQuestion</name>
    <message>
        <source>Undo Over Another Change?</source>
        <translation>Annuler par-dessus une autre modification ?</translation>
    </message>
    <message>
        <source>Redo Over Another Change?</source>
        <translation>Rétablir par-dessus une autre modification ?</translation>
    </message>
    <message>
        <source>Undo “%1”?</source>
        <translation>Annuler « %1 » ?</translation>
    </message>
    <message>
        <source>Redo “%1”?</source>
        <translation>Rétablir « %1 » ?</translation>
    </message>
    <message>
        <source>%1 Undoing replaces that change with the state before your step.</source>
        <translation>%1 L’annulation remplace cette modification par l’état d’avant votre action.</translation>
    </message>
    <message>
        <source>%1 Redoing replaces that change with your step.</source>
        <translation>%1 Le rétablissement remplace cette modification par votre action.</translation>
    </message>
    <message>
        <source>Undo Anyway</source>
        <translation>Annuler quand même</translation>
    </message>
    <message>
        <source>Redo Anyway</source>
        <translation>Rétablir quand même</translation>
    </message>
    <message>
        <source>Keep Their Change</source>
        <translation>Garder leur modification</translation>
    </message>
</context>
<context>
    <name>Lectern::DialogPasswordPrompt</name>
    <message>
        <source>Mail Password</source>
        <translation>Mot de passe du courrier</translation>
    </message>
    <message>
        <source>The outbox has mail to send through %1 as %2.</source>
        <translation>La boîte d’envoi a du courrier à envoyer par %1 en tant que %2.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Remember it in the keyring</source>
        <translation>Le &amp;retenir dans le trousseau</translation>
    </message>
    <message>
        <source>No keyring is running: Lectern keeps the password in memory until it quits and writes it nowhere.</source>
        <translation>Aucun trousseau ne tourne : Lectern garde le mot de passe en mémoire jusqu’à sa fermeture et ne l’écrit nulle part.</translation>
    </message>
</context>
<context>
    <name>Lectern::DuplicateFinder</name>
    <message>
        <source>both have the email address %1</source>
        <translation>les deux ont l&apos;adresse %1</translation>
    </message>
    <message>
        <source>the names “%1” and “%2” differ only in case, accents or punctuation</source>
        <translation>les noms « %1 » et « %2 » ne diffèrent que par la casse, les accents ou la ponctuation</translation>
    </message>
    <message>
        <source>the names “%1” and “%2” differ only in an initial</source>
        <translation>les noms « %1 » et « %2 » ne diffèrent que par une initiale</translation>
    </message>
    <message>
        <source>the names “%1” and “%2” are spelled almost alike</source>
        <translation>les noms « %1 » et « %2 » s&apos;écrivent presque pareil</translation>
    </message>
</context>
<context>
    <name>Lectern::EmailTemplate</name>
    <message>
        <source>{series}: {title} ({date})</source>
        <translation>{series} : {title} ({date})</translation>
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
        <translation>Bonjour à toutes et à tous,

Le prochain rendez-vous de {series} est la saison {season}, épisode {episode} :

{title}
{date}, {time_utc} UTC, {duration} minutes
{world_times}

Intervenants :
{speakers}

{abstract}

Thèmes : {topics}

Suivre la diffusion : {stream_url}
Posez vos questions dans {chat_channel} pendant la conférence.

À bientôt !
</translation>
    </message>
    <message>
        <source>Tomorrow: {title} ({series})</source>
        <translation>Demain : {title} ({series})</translation>
    </message>
    <message>
        <source>Hello everyone,

A reminder: tomorrow, {date} at {time_utc} UTC, {speakers_short} will present
&quot;{title}&quot;.

{world_times}

Stream: {stream_url}
Questions: {chat_channel}
</source>
        <translation>Bonjour à toutes et à tous,

Petit rappel : demain, {date} à {time_utc} UTC, {speakers_short} présentera
« {title} ».

{world_times}

Diffusion : {stream_url}
Questions : {chat_channel}
</translation>
    </message>
    <message>
        <source>{series}: call for talk proposals</source>
        <translation>{series} : appel à propositions de conférences</translation>
    </message>
    <message>
        <source>Hello everyone,

{series} is looking for speakers. A talk is usually {duration} minutes with
questions at the end, streamed live. Anyone may propose a talk: reply to this
message with a title, a few lines about it and who would speak.

Thank you!
</source>
        <translation>Bonjour à toutes et à tous,

{series} cherche des intervenants. Une conférence dure en général {duration} minutes,
questions comprises, et est diffusée en direct. Tout le monde peut en proposer une :
répondez à ce message avec un titre, quelques lignes de présentation et qui interviendrait.

Merci !
</translation>
    </message>
    <message>
        <source>Your talk proposal for {series}: &quot;{proposal_title}&quot;</source>
        <translation>Votre proposition de conférence pour {series} : « {proposal_title} »</translation>
    </message>
    <message>
        <source>Hello,

Thank you for proposing &quot;{proposal_title}&quot;. We would love to have it in
{series}: it is planned for {date} at {time_utc} UTC ({world_times}).
Does that work for you?
</source>
        <translation>Bonjour,

Merci d&apos;avoir proposé « {proposal_title} ». Nous serions ravis de l&apos;accueillir dans
{series} : elle est prévue le {date} à {time_utc} UTC ({world_times}).
Cela vous convient-il ?
</translation>
    </message>
    <message>
        <source>Hello,

Thank you for proposing &quot;{proposal_title}&quot; for {series}. We are not able to
schedule it this time. We hope to hear from you again.
</source>
        <translation>Bonjour,

Merci d&apos;avoir proposé « {proposal_title} » pour {series}. Nous ne pouvons pas
la programmer cette fois-ci. Nous espérons avoir de nouveau de vos nouvelles.
</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportBuilder</name>
    <message>
        <source>“%1” has no time yet (TBA).</source>
        <translation>« %1 » n&apos;a pas encore d&apos;heure (TBA).</translation>
    </message>
    <message>
        <source>“%1” has no speaker.</source>
        <translation>« %1 » n&apos;a pas d&apos;intervenant.</translation>
    </message>
    <message>
        <source>“%1” has no stream link.</source>
        <translation>« %1 » n&apos;a pas de lien de diffusion.</translation>
    </message>
    <message>
        <source>No talk is scheduled from today (%1) on.</source>
        <translation>Aucune conférence n&apos;est planifiée à partir d&apos;aujourd&apos;hui (%1).</translation>
    </message>
    <message>
        <source>No talk matches this choice.</source>
        <translation>Aucune conférence ne correspond à ce choix.</translation>
    </message>
    <message numerus="yes">
        <source>An announcement is about one talk; this one is about “%1”, the first of the %n chosen.</source>
        <translation>
            <numerusform>Une annonce concerne une conférence ; celle-ci concerne « %1 », la seule choisie.</numerusform>
            <numerusform>Une annonce concerne une conférence ; celle-ci concerne « %1 », la première des %n choisies.</numerusform>
        </translation>
    </message>
    <message>
        <source>The series has no sender address.</source>
        <translation>La série n&apos;a pas d&apos;adresse d&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The series has no mailing list to send to.</source>
        <translation>La série n&apos;a pas de liste de diffusion à qui écrire.</translation>
    </message>
    <message>
        <source>Nothing was attached: the talk cannot be in a calendar yet.</source>
        <translation>Rien n&apos;a été joint : la conférence ne peut pas encore figurer dans un agenda.</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation>À : %1
Objet : %2

%3</translation>
    </message>
    <message>
        <source>None of the chosen talks can be in a calendar yet.</source>
        <translation>Aucune des conférences choisies ne peut encore figurer dans un agenda.</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportPage</name>
    <message>
        <source>The next upcoming talk</source>
        <translation>La prochaine conférence</translation>
    </message>
    <message>
        <source>The talk selected in the schedule</source>
        <translation>La conférence choisie dans le calendrier</translation>
    </message>
    <message>
        <source>A season</source>
        <translation>Une saison</translation>
    </message>
    <message>
        <source>A date range</source>
        <translation>Une période</translation>
    </message>
    <message>
        <source>All upcoming talks</source>
        <translation>Toutes les conférences à venir</translation>
    </message>
    <message>
        <source>All talks</source>
        <translation>Toutes les conférences</translation>
    </message>
    <message>
        <source>Season </source>
        <translation>Saison </translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Announcement email (.eml)</source>
        <translation>Courriel d&apos;annonce (.eml)</translation>
    </message>
    <message>
        <source>iCalendar (.ics)</source>
        <translation>iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Wiki listing (wikitext)</source>
        <translation>Liste pour le wiki (wikitexte)</translation>
    </message>
    <message>
        <source>Edit Template…</source>
        <translation>Modifier le modèle…</translation>
    </message>
    <message>
        <source>Attach the calendar entry</source>
        <translation>Joindre l&apos;entrée d&apos;agenda</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Open in &amp;Mail Client</source>
        <translation>Ouvrir dans le logiciel de &amp;messagerie</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Talks:</source>
        <translation>&amp;Conférences :</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Sortie :</translation>
    </message>
    <message>
        <source>No talk is selected in the schedule.</source>
        <translation>Aucune conférence n&apos;est choisie dans le calendrier.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>The message text is on the clipboard.</source>
        <translation>Le texte du message est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The output is on the clipboard.</source>
        <translation>Le résultat est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save Export</source>
        <translation>Enregistrer l&apos;export</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation>E&amp;nvoyer…</translation>
    </message>
    <message>
        <source>Queue the message in the outbox: it goes out by itself, now or before the talk, when Lectern is online</source>
        <translation>Mettre le message dans la boîte d’envoi : il part tout seul, maintenant ou avant l’exposé, quand Lectern est en ligne</translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <translation>« %1 » à %2</translation>
    </message>
    <message>
        <source>%1 Send it again?</source>
        <translation>%1 L’envoyer à nouveau ?</translation>
    </message>
    <message>
        <source>“%1” is in the outbox and goes out as soon as Lectern is online.</source>
        <translation>« %1 » est dans la boîte d’envoi et part dès que Lectern est en ligne.</translation>
    </message>
    <message>
        <source>“%1” is in the outbox, to go out %2.</source>
        <translation>« %1 » est dans la boîte d’envoi et partira le %2.</translation>
    </message>
</context>
<context>
    <name>Lectern::Holidays</name>
    <message>
        <source>holiday region: “%1” is not a region Lectern knows. Known ones nearby: %2.</source>
        <translation>holiday region : « %1 » n’est pas une région connue de Lectern. Régions proches connues : %2.</translation>
    </message>
</context>
<context>
    <name>Lectern::ICalendarExport</name>
    <message>
        <source>Speakers: %1</source>
        <translation>Intervenants : %1</translation>
    </message>
    <message>
        <source>Stream: %1</source>
        <translation>Diffusion : %1</translation>
    </message>
    <message>
        <source>Slides: %1</source>
        <translation>Diapositives : %1</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>Enregistrement : %1</translation>
    </message>
    <message>
        <source>Questions during the talk: %1</source>
        <translation>Questions pendant la conférence : %1</translation>
    </message>
    <message>
        <source>“%1” has no date yet and was left out.</source>
        <translation>« %1 » n&apos;a pas encore de date et a été omise.</translation>
    </message>
    <message>
        <source>“%1” on %2 has no time yet (TBA) and was left out.</source>
        <translation>« %1 » le %2 n&apos;a pas encore d&apos;heure (TBA) et a été omise.</translation>
    </message>
    <message>
        <source>“%1” was left out: %2</source>
        <translation>« %1 » a été laissée de côté : %2</translation>
    </message>
</context>
<context>
    <name>Lectern::ICalendarImport</name>
    <message>
        <source>no reason given</source>
        <translation>sans raison indiquée</translation>
    </message>
    <message>
        <source>the iCalendar text is malformed</source>
        <translation>le texte iCalendar est mal formé</translation>
    </message>
    <message>
        <source>it is a vCalendar 1.0 file, not iCalendar 2.0</source>
        <translation>c’est un fichier vCalendar 1.0, pas iCalendar 2.0</translation>
    </message>
    <message>
        <source>its VERSION is missing or unknown</source>
        <translation>sa VERSION manque ou est inconnue</translation>
    </message>
    <message>
        <source>KCalendarCore error %1</source>
        <translation>erreur KCalendarCore %1</translation>
    </message>
    <message>
        <source>line %1: KCalendarCore cannot read the %2 that begins here (%3).</source>
        <translation>ligne %1 : KCalendarCore ne peut pas lire le %2 qui commence ici (%3).</translation>
    </message>
    <message>
        <source>lines %1 to %2: KCalendarCore cannot read the calendar (%3).</source>
        <translation>lignes %1 à %2 : KCalendarCore ne peut pas lire le calendrier (%3).</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>%1 créées, %2 mises à jour, %3 inchangées, %4 ignorées.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the range of occurrences ends (%1) before it begins (%2).</source>
        <translation>la plage d’occurrences se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 (Western European), as older Outlook and Sunbird write.</source>
        <translation>Le fichier n’est pas en UTF-8 ; il a été lu en Windows-1252 (Europe occidentale), comme l’écrivent les anciens Outlook et Sunbird.</translation>
    </message>
    <message>
        <source>Text after END:VCALENDAR (line %1) was ignored.</source>
        <translation>Le texte après END:VCALENDAR (ligne %1) a été ignoré.</translation>
    </message>
    <message>
        <source>The time zone “%1” was read as %2.</source>
        <translation>Le fuseau horaire « %1 » a été lu comme %2.</translation>
    </message>
    <message>
        <source>lines %1 to %2: the calendar holds no events.</source>
        <translation>lignes %1 à %2 : le calendrier ne contient aucun événement.</translation>
    </message>
</context>
<context>
    <name>Lectern::ICalendarImport::Note</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>line %1: “%2”: %3</source>
        <translation>ligne %1 : « %2 » : %3</translation>
    </message>
</context>
<context>
    <name>Lectern::ICalendarImport::Reader</name>
    <message>
        <source>a to-do (VTODO), not an event.</source>
        <translation>une tâche (VTODO), pas un événement.</translation>
    </message>
    <message>
        <source>a journal entry (VJOURNAL), not an event.</source>
        <translation>une entrée de journal (VJOURNAL), pas un événement.</translation>
    </message>
    <message>
        <source>a recurring event; choose a range of its occurrences to import them as talks.</source>
        <translation>un événement récurrent ; choisissez une plage de ses occurrences pour les importer comme conférences.</translation>
    </message>
    <message>
        <source>its time zone “%1” is neither defined in the file (VTIMEZONE) nor a zone Lectern knows, so its time cannot be known.</source>
        <translation>son fuseau horaire « %1 » n’est ni défini dans le fichier (VTIMEZONE) ni un fuseau connu de Lectern ; son heure ne peut donc pas être connue.</translation>
    </message>
    <message>
        <source>no start (DTSTART).</source>
        <translation>pas de début (DTSTART).</translation>
    </message>
    <message>
        <source>no title (SUMMARY).</source>
        <translation>pas de titre (SUMMARY).</translation>
    </message>
    <message>
        <source>a second event with the UID “%1”; the first one was imported.</source>
        <translation>un second événement avec l’UID « %1 » ; le premier a été importé.</translation>
    </message>
    <message>
        <source>an all-day event over %1 days; a talk is on one day.</source>
        <translation>un événement sur la journée entière de %1 jours ; une conférence a lieu sur un seul jour.</translation>
    </message>
    <message>
        <source>it lasts %1 hours, over more than a day; a talk lasts a day at most.</source>
        <translation>il dure %1 heures, plus d’une journée ; une conférence dure au plus une journée.</translation>
    </message>
    <message>
        <source>only its first %1 occurrences in the range were imported; choose a shorter range for the others.</source>
        <translation>seules ses %1 premières occurrences de la plage ont été importées ; choisissez une plage plus courte pour les autres.</translation>
    </message>
</context>
<context>
    <name>Lectern::ICalendarStructure</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the file holds no iCalendar text (it should begin with BEGIN:VCALENDAR).</source>
        <translation>le fichier ne contient pas de texte iCalendar (il devrait commencer par BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>an iCalendar file begins with BEGIN:VCALENDAR; this one does not, so it is not an iCalendar file.</source>
        <translation>un fichier iCalendar commence par BEGIN:VCALENDAR ; celui-ci non, ce n’est donc pas un fichier iCalendar.</translation>
    </message>
    <message>
        <source>BEGIN without the name of a component.</source>
        <translation>BEGIN sans nom de composant.</translation>
    </message>
    <message>
        <source>END:%1 without a BEGIN:%1 before it.</source>
        <translation>END:%1 sans BEGIN:%1 avant lui.</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 was expected (for BEGIN:%2 at line %3).</source>
        <translation>END:%1 là où END:%2 était attendu (pour le BEGIN:%2 de la ligne %3).</translation>
    </message>
    <message>
        <source>“%1” outside BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation>« %1 » hors de BEGIN:VCALENDAR … END:VCALENDAR.</translation>
    </message>
    <message>
        <source>the file ends inside %1, begun at line %2 (END:%1 is missing); it may have been cut short.</source>
        <translation>le fichier se termine à l’intérieur de %1, commencé ligne %2 (END:%1 manque) ; il a peut-être été tronqué.</translation>
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
        <translation>%1, heure à annoncer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Importer un calendrier</translation>
    </message>
    <message>
        <source>Import the occurrences of recurring events from</source>
        <translation>Importer les occurrences des événements récurrents du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne peut pas être importé : %2</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (avant : %2)</translation>
    </message>
    <message>
        <source>New talks (%1)</source>
        <translation>Nouvelles conférences (%1)</translation>
    </message>
    <message>
        <source>Talks to update (%1)</source>
        <translation>Conférences à mettre à jour (%1)</translation>
    </message>
    <message>
        <source>Not imported (%1)</source>
        <translation>Non importés (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Remarques (%1)</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 to update, %4 already up to date, %5 not imported. Nothing is written until you choose Import.</source>
        <translation>%1 : %2 nouvelles, %3 à mettre à jour, %4 déjà à jour, %5 non importés. Rien n’est écrit avant que vous choisissiez « Importer ».</translation>
    </message>
</context>
<context>
    <name>Lectern::InboxModel</name>
    <message>
        <source>%1 (proposed by %2)</source>
        <translation>%1 (proposé par %2)</translation>
    </message>
    <message>
        <source>changed upstream</source>
        <translation>modifiée dans le suivi</translation>
    </message>
    <message>
        <source>closed upstream</source>
        <translation>fermée dans le suivi</translation>
    </message>
    <message>
        <source>The title or text changed in the tracker since you reviewed or decided on it.</source>
        <translation>Le titre ou le texte a changé dans le suivi depuis votre évaluation ou votre décision.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Lectern::InboxPage</name>
    <message>
        <source>Search titles, texts and proposers…</source>
        <translation>Chercher dans les titres, textes et auteurs…</translation>
    </message>
    <message>
        <source>Search proposals</source>
        <translation>Chercher des propositions</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Pas de note</translation>
    </message>
    <message>
        <source>1 — no</source>
        <translation>1 — non</translation>
    </message>
    <message>
        <source>2 — rather not</source>
        <translation>2 — plutôt non</translation>
    </message>
    <message>
        <source>3 — maybe</source>
        <translation>3 — peut-être</translation>
    </message>
    <message>
        <source>4 — rather yes</source>
        <translation>4 — plutôt oui</translation>
    </message>
    <message>
        <source>5 — yes</source>
        <translation>5 — oui</translation>
    </message>
    <message>
        <source>What you think of it (only for the coordinators)</source>
        <translation>Ce que vous en pensez (visible seulement des organisateurs)</translation>
    </message>
    <message>
        <source>Add Review</source>
        <translation>Ajouter l&apos;évaluation</translation>
    </message>
    <message>
        <source>Add your score and note (Ctrl+Return)</source>
        <translation>Ajouter votre note et votre commentaire (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Your name on the reviews you write:</source>
        <translation>Votre nom sur les évaluations que vous écrivez :</translation>
    </message>
    <message>
        <source>Put on Hold</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>What does “%1” wait for?</source>
        <translation>Qu&apos;attend « %1 » ?</translation>
    </message>
    <message>
        <source>Import Proposals</source>
        <translation>Importer des propositions</translation>
    </message>
    <message>
        <source>Rows with problems are listed under Show Details. Correct the file and import it again, or import the rows without problems now.</source>
        <translation>Les lignes qui posent problème sont listées sous « Afficher les détails ». Corrigez le fichier et importez-le de nouveau, ou importez dès maintenant les lignes sans problème.</translation>
    </message>
    <message>
        <source>Import Valid Rows</source>
        <translation>Importer les lignes valides</translation>
    </message>
    <message>
        <source>&amp;Next Proposal</source>
        <translation>Proposition &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Proposal</source>
        <translation>Proposition &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Shortlist</source>
        <translation>&amp;Présélectionner</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Put on &amp;Hold…</source>
        <translation>Mettre en &amp;attente…</translation>
    </message>
    <message>
        <source>Mark &amp;Withdrawn</source>
        <translation>Marquer comme re&amp;tirée</translation>
    </message>
    <message>
        <source>Back to &amp;Reviewing</source>
        <translation>Remettre en &amp;évaluation</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Write a &amp;Review</source>
        <translation>Écrire une é&amp;valuation</translation>
    </message>
    <message>
        <source>S&amp;chedule…</source>
        <translation>Pla&amp;nifier…</translation>
    </message>
    <message>
        <source>Make the accepted or shortlisted proposal a talk on a date</source>
        <translation>Faire de la proposition acceptée ou présélectionnée une conférence à une date</translation>
    </message>
    <message>
        <source>&amp;Find Proposals</source>
        <translation>&amp;Chercher des propositions</translation>
    </message>
    <message>
        <source>&amp;Import Proposals…</source>
        <translation>&amp;Importer des propositions…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add proposals from a CSV or JSON file</source>
        <translation>Ajouter des propositions depuis un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>S&amp;ync with Phabricator…</source>
        <translation>S&amp;ynchroniser avec Phabricator…</translation>
    </message>
    <message>
        <source>Sync…</source>
        <translation>Synchroniser…</translation>
    </message>
    <message>
        <source>Bring in new and changed tasks from the tracker</source>
        <translation>Récupérer les tâches nouvelles et modifiées du suivi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>En évaluation</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Présélectionnées</translation>
    </message>
    <message>
        <source>On Hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Reviewing as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Évaluation par &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No proposals here.&lt;/p&gt;&lt;p&gt;Import a file or sync with Phabricator to bring some in, or look at another tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune proposition ici.&lt;/p&gt;&lt;p&gt;Importez un fichier ou synchronisez avec Phabricator pour en récupérer, ou regardez un autre onglet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No proposal matches “%1”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune proposition ne correspond à « %1 ».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a proposal to read it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez une proposition pour la lire.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposition</numerusform>
            <numerusform>%n propositions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) marked %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n proposition marquée %1. Annulez avec Ctrl+Z.</numerusform>
            <numerusform>%n propositions marquées %1. Annulez avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scored %1 of 5 as %2.</source>
        <translation>Notée %1 sur 5 par %2.</translation>
    </message>
    <message>
        <source>A review needs a score or a note.</source>
        <translation>Une évaluation demande une note ou un commentaire.</translation>
    </message>
    <message>
        <source>Review added.</source>
        <translation>Évaluation ajoutée.</translation>
    </message>
    <message>
        <source>“%1” is a talk on %2 now.</source>
        <translation>« %1 » est maintenant une conférence le %2.</translation>
    </message>
    <message>
        <source>Proposals (*.csv *.json);;All files (*)</source>
        <translation>Propositions (*.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Rien n&apos;a été importé.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 have problems.</source>
        <translation>
            <numerusform>%n ligne de %1 a des problèmes.</numerusform>
            <numerusform>%n lignes de %1 ont des problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n proposal(s) from %1</source>
        <translation>
            <numerusform>Importer %n proposition depuis %1</numerusform>
            <numerusform>Importer %n propositions depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n proposal(s); %1 were already in the inbox.</source>
        <translation>
            <numerusform>%n proposition importée ; %1 étaient déjà dans la boîte de réception.</numerusform>
            <numerusform>%n propositions importées ; %1 étaient déjà dans la boîte de réception.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept and A&amp;nswer…</source>
        <translation>Accepter et ré&amp;pondre…</translation>
    </message>
    <message>
        <source>Decline and Ans&amp;wer…</source>
        <translation>Refuser et répon&amp;dre…</translation>
    </message>
    <message>
        <source>Decide, and answer the proposer on the Phabricator task through the outbox</source>
        <translation>Décider, et répondre à l’auteur sur la tâche Phabricator par la boîte d’envoi</translation>
    </message>
    <message>
        <source>Answer posted on %1, %2:</source>
        <translation>Réponse publiée sur %1, %2 :</translation>
    </message>
    <message>
        <source>Answer on %1 (%2):</source>
        <translation>Réponse sur %1 (%2) :</translation>
    </message>
    <message>
        <source>%1 changed upstream since you last looked at it: read it again before you answer.</source>
        <translation>%1 a changé sur le tracker depuis votre dernier regard : relisez-la avant de répondre.</translation>
    </message>
    <message>
        <source>Marked %1; the answer on %2 is in the outbox. Undo with Ctrl+Z while it has not gone out.</source>
        <translation>Marquée %1 ; la réponse sur %2 est dans la boîte d’envoi. Annulez avec Ctrl+Z tant qu’elle n’est pas partie.</translation>
    </message>
</context>
<context>
    <name>Lectern::MailSecrets</name>
    <message>
        <source>The password file %1 does not exist.</source>
        <translation>Le fichier de mot de passe %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The password file %1 can be read by other users. Make it private (chmod 600 %1) and try again.</source>
        <translation>Le fichier de mot de passe %1 est lisible par d’autres utilisateurs. Rendez-le privé (chmod 600 %1) et réessayez.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Impossible de lire le fichier de mot de passe %1 : %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Le fichier de mot de passe %1 est vide.</translation>
    </message>
    <message>
        <source>No mail password: name a file that holds it (--password-file), or set %1.</source>
        <translation>Pas de mot de passe du courrier : nommez un fichier qui le contient (--password-file), ou définissez %1.</translation>
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
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Write a copy of the whole database to another file, for a backup or to share</source>
        <translation>Écrire une copie de toute la base dans un autre fichier, comme sauvegarde ou pour la partager</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New Talk…</source>
        <translation>&amp;Nouvelle conférence…</translation>
    </message>
    <message>
        <source>&amp;Edit Talk…</source>
        <translation>&amp;Modifier la conférence…</translation>
    </message>
    <message>
        <source>&amp;Move to Date…</source>
        <translation>&amp;Déplacer à une date…</translation>
    </message>
    <message>
        <source>&amp;Cancel Talk</source>
        <translation>A&amp;nnuler la conférence</translation>
    </message>
    <message>
        <source>&amp;Delete Talk</source>
        <translation>&amp;Supprimer la conférence</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>As opened</source>
        <translation>À l&apos;ouverture</translation>
    </message>
    <message>
        <source>&amp;Proposal</source>
        <translation>&amp;Proposition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Impossible de créer la base de données</translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead, or choose another name.</source>
        <translation>%1 existe déjà. Ouvrez-la plutôt, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 est déjà ouverte.</translation>
    </message>
    <message>
        <source>The database is in use</source>
        <translation>La base de données est utilisée</translation>
    </message>
    <message>
        <source>%1 is already open in Lectern (process %2 on %3). Close it there first: two programs editing one schedule could lose changes.</source>
        <translation>%1 est déjà ouverte dans Lectern (processus %2 sur %3). Fermez-la d&apos;abord là-bas : deux programmes qui modifient un même calendrier pourraient perdre des changements.</translation>
    </message>
    <message>
        <source>Cannot create the lock file next to %1; is the folder writable?</source>
        <translation>Impossible de créer le fichier de verrou à côté de %1 ; le dossier est-il accessible en écriture ?</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>My talk series</source>
        <translation>Mon cycle de conférences</translation>
    </message>
    <message>
        <source>Cannot set up the database</source>
        <translation>Impossible de préparer la base de données</translation>
    </message>
    <message>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <source>The schedule was not changed</source>
        <translation>Le calendrier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>The proposals were not changed</source>
        <translation>Les propositions n&apos;ont pas été modifiées</translation>
    </message>
    <message>
        <source>The speaker records were not changed</source>
        <translation>Les fiches des intervenants n&apos;ont pas été modifiées</translation>
    </message>
    <message>
        <source>Cannot open the talk</source>
        <translation>Impossible d&apos;ouvrir la conférence</translation>
    </message>
    <message>
        <source>Cannot add a talk</source>
        <translation>Impossible d&apos;ajouter la conférence</translation>
    </message>
    <message>
        <source>Select a day with a talk, or a talk in a list, to move it.</source>
        <translation>Choisissez un jour avec une conférence, ou une conférence dans une liste, pour la déplacer.</translation>
    </message>
    <message>
        <source>Cannot move the talk</source>
        <translation>Impossible de déplacer la conférence</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>%1 already exists. Lectern does not overwrite files; choose a new name.</source>
        <translation>%1 existe déjà. Lectern n&apos;écrase pas de fichier ; choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Lectern &amp;Handbook</source>
        <translation>&amp;Manuel de Lectern</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>À &amp;propos de Lectern</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (copy %2).sqlite</source>
        <translation>%1 (copie %2).sqlite</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>No copy was saved</source>
        <translation>Aucune copie n&apos;a été enregistrée</translation>
    </message>
    <message>
        <source>Saved a copy to %1. You keep working on %2.</source>
        <translation>Copie enregistrée dans %1. Vous continuez à travailler dans %2.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Configure Lectern…</source>
        <translation>&amp;Configurer Lectern…</translation>
    </message>
    <message>
        <source>&amp;Import Calendar…</source>
        <translation>&amp;Importer un calendrier…</translation>
    </message>
    <message>
        <source>Add or update talks from an iCalendar (.ics) file of another program</source>
        <translation>Ajouter ou mettre à jour des conférences depuis un fichier iCalendar (.ics) d’un autre programme</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Importer un calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Fichiers iCalendar (*.ics *.ical *.ifb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>Impossible d’importer le calendrier</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated talks.</source>
        <translation>%1 importé : %2 nouvelles conférences, %3 mises à jour.</translation>
    </message>
    <message numerus="yes">
        <source>Updated with %n change(s) by %1</source>
        <translation>
            <numerusform>Mis à jour avec %n modification par %1</numerusform>
            <numerusform>Mis à jour avec %n modifications par %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Configure &amp;Series…</source>
        <translation>Configurer la &amp;série…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Outbox: %1 sent, %2 failed, %3 outcome unknown.</source>
        <translation>Boîte d’envoi : %1 envoyés, %2 échoués, %3 à l’issue inconnue.</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Boîte d’envoi : %n en attente</numerusform>
            <numerusform>Boîte d’envoi : %n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n demande attention</numerusform>
            <numerusform>%n demandent attention</numerusform>
        </translation>
    </message>
    <message>
        <source>the last try failed</source>
        <translation>le dernier essai a échoué</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar conflict(s)</source>
        <translation>
            <numerusform>%n conflit d’agenda</numerusform>
            <numerusform>%n conflits d’agenda</numerusform>
        </translation>
    </message>
    <message>
        <source>Also open: %1</source>
        <translation>Aussi ouvert par : %1</translation>
    </message>
    <message>
        <source>Other coordinators working on %1 now</source>
        <translation>Les autres coordinateurs qui travaillent sur %1 en ce moment</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline&lt;/b&gt; — reconnecting…</source>
        <translation>&lt;b&gt;Hors ligne&lt;/b&gt; — reconnexion…</translation>
    </message>
    <message>
        <source>Connect to a &amp;Shared Schedule…</source>
        <translation>Se connecter à un programme &amp;partagé…</translation>
    </message>
    <message>
        <source>Work on a schedule the team keeps on a PostgreSQL server</source>
        <translation>Travailler sur un programme que l’équipe conserve sur un serveur PostgreSQL</translation>
    </message>
</context>
<context>
    <name>Lectern::MergeDialog</name>
    <message>
        <source>Merge Speaker Records</source>
        <translation>Fusionner les fiches</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Champ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep this&lt;/b&gt;</source>
        <translation>&lt;b&gt;Garder ceci&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;or this&lt;/b&gt;</source>
        <translation>&lt;b&gt;ou cela&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Bio</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>“%1” and “%2” become one record. Every talk and proposal of both is linked to it, and both email addresses are kept. You can undo the merge.</source>
        <translation>« %1 » et « %2 » deviennent une seule fiche. Toutes leurs conférences et propositions y sont rattachées, et les deux adresses sont conservées. Vous pourrez annuler la fusion.</translation>
    </message>
    <message>
        <source>The records do not disagree on any field.</source>
        <translation>Les fiches ne diffèrent sur aucun champ.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>Lectern::MonthModel</name>
    <message>
        <source>no talks</source>
        <translation>aucune conférence</translation>
    </message>
    <message>
        <source>%1 UTC: %2, %3</source>
        <translation>%1 UTC : %2, %3</translation>
    </message>
    <message>
        <source>time to be announced: %1, %2</source>
        <translation>heure à venir : %1, %2</translation>
    </message>
    <message>
        <source>%1: the series&apos; usual day</source>
        <translation>%1 : le jour habituel de la série</translation>
    </message>
    <message>
        <source>an open slot of the series at %1 UTC</source>
        <translation>un créneau libre de la série à %1 UTC</translation>
    </message>
    <message>
        <source>an open slot of the series</source>
        <translation>un créneau libre de la série</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>announced %1</source>
        <translation>annoncé le %1</translation>
    </message>
</context>
<context>
    <name>Lectern::MonthView</name>
    <message>
        <source>TBA</source>
        <comment>time to be announced</comment>
        <translation>TBA</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Week number</source>
        <translation>Numéro de semaine</translation>
    </message>
    <message>
        <source>Month calendar</source>
        <translation>Calendrier du mois</translation>
    </message>
    <message>
        <source>Arrow keys choose a day, Page Up and Page Down change the month, Enter opens the day&apos;s talk.</source>
        <translation>Les flèches choisissent un jour, Page précédente et Page suivante changent de mois, Entrée ouvre la conférence du jour.</translation>
    </message>
    <message>
        <source>time TBA</source>
        <translation>heure à venir</translation>
    </message>
    <message>
        <source>%1, %2 UTC (%3 your time)</source>
        <translation>%1, %2 UTC (%3 chez vous)</translation>
    </message>
    <message>
        <source>%1, time to be announced</source>
        <translation>%1, heure à venir</translation>
    </message>
    <message>
        <source>Tentative</source>
        <comment>a talk&apos;s status on its chip</comment>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a talk&apos;s status on its chip</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Postponed</source>
        <comment>a talk&apos;s status on its chip</comment>
        <translation>Reportée</translation>
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
        <translation>Créneau libre</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>time to be set</source>
        <translation>heure à définir</translation>
    </message>
</context>
<context>
    <name>Lectern::MoveToDateDialog</name>
    <message>
        <source>Schedule Proposal</source>
        <translation>Planifier la proposition</translation>
    </message>
    <message>
        <source>Move to Date</source>
        <translation>Déplacer à une date</translation>
    </message>
    <message>
        <source>Make “%1” a talk on:</source>
        <translation>Faire de « %1 » une conférence le :</translation>
    </message>
    <message>
        <source>Move “%1” to:</source>
        <translation>Déplacer « %1 » au :</translation>
    </message>
    <message>
        <source>New start time (UTC):</source>
        <translation>Nouvelle heure de début (UTC) :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Otherwise it starts at the series&apos; usual time, %1 UTC.</source>
        <translation>Sinon, elle commence à l&apos;heure habituelle de la série, %1 UTC.</translation>
    </message>
    <message>
        <source>Otherwise its time is to be announced.</source>
        <translation>Sinon, son heure sera annoncée plus tard.</translation>
    </message>
    <message>
        <source>Otherwise it keeps its start time, %1 UTC.</source>
        <translation>Sinon, elle garde son heure de début, %1 UTC.</translation>
    </message>
    <message>
        <source>Otherwise its time stays to be announced.</source>
        <translation>Sinon, son heure reste à annoncer.</translation>
    </message>
</context>
<context>
    <name>Lectern::NextUp</name>
    <message>
        <source>no start time yet</source>
        <translation>pas encore d’heure de début</translation>
    </message>
    <message>
        <source>no speaker</source>
        <translation>pas d’intervenant</translation>
    </message>
    <message>
        <source>not confirmed yet (the talk is still tentative)</source>
        <translation>pas encore confirmée (la conférence est encore provisoire)</translation>
    </message>
    <message>
        <source>no stream link</source>
        <translation>pas de lien de diffusion</translation>
    </message>
    <message>
        <source>no slides linked since the talk</source>
        <translation>pas de diapositives liées depuis la conférence</translation>
    </message>
    <message>
        <source>no recording linked since the talk</source>
        <translation>pas d’enregistrement lié depuis la conférence</translation>
    </message>
    <message>
        <source>no announcement exported or sent yet</source>
        <translation>aucune annonce exportée ni envoyée</translation>
    </message>
</context>
<context>
    <name>Lectern::OutboxEntryDialog</name>
    <message>
        <source>Edit Message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <source>Edit Answer</source>
        <translation>Modifier la réponse</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tâche :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation>Envoyer l&amp;e :</translation>
    </message>
</context>
<context>
    <name>Lectern::OutboxModel</name>
    <message>
        <source>failed, tries again %1</source>
        <translation>échoué, nouvel essai %1</translation>
    </message>
    <message>
        <source>%1 (%2 tries)</source>
        <translation>%1 (%2 essais)</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Lectern::OutboxOperations</name>
    <message>
        <source>No time was given to send at.</source>
        <translation>Aucune heure d’envoi n’a été donnée.</translation>
    </message>
    <message>
        <source>“%1” has no start time yet, so there is no “before” to send a reminder at.</source>
        <translation>« %1 » n’a pas encore d’heure de début, il n’y a donc pas d’« avant » pour envoyer un rappel.</translation>
    </message>
    <message>
        <source>That would be %1, which has passed; send it now or choose a later time.</source>
        <translation>Ce serait %1, qui est passé ; envoyez maintenant ou choisissez une heure plus tardive.</translation>
    </message>
    <message>
        <source>The message cannot be sent as it is: %1</source>
        <translation>Le message ne peut pas être envoyé tel quel : %1</translation>
    </message>
    <message>
        <source>The series has no sender address; set it in Configure Series (or `lectern-cli series edit --organizer-email`).</source>
        <translation>La série n’a pas d’adresse d’expéditeur ; définissez-la dans Configurer la série (ou `lectern-cli series edit --organizer-email`).</translation>
    </message>
    <message>
        <source>The series has no mailing list to send to; add one in Configure Series.</source>
        <translation>La série n’a pas de liste de diffusion où envoyer ; ajoutez-en une dans Configurer la série.</translation>
    </message>
    <message>
        <source>“%1” cannot be in a calendar yet (no date or time), so nothing can be attached.</source>
        <translation>« %1 » ne peut pas encore figurer dans un agenda (pas de date ou d’heure), rien ne peut donc être joint.</translation>
    </message>
    <message>
        <source>“%1” was sent for this talk on %2 to %3.</source>
        <translation>« %1 » a été envoyé pour cet exposé le %2 à %3.</translation>
    </message>
    <message>
        <source>“%1” for this talk is already in the outbox (%2, for %3).</source>
        <translation>« %1 » pour cet exposé est déjà dans la boîte d’envoi (%2, pour le %3).</translation>
    </message>
    <message>
        <source>Queue “%1”</source>
        <translation>Mettre « %1 » en attente</translation>
    </message>
    <message>
        <source>Queue the answer on %1</source>
        <translation>Mettre en attente la réponse sur %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>Annuler « %1 »</translation>
    </message>
    <message>
        <source>Send “%1” again</source>
        <translation>Renvoyer « %1 »</translation>
    </message>
    <message>
        <source>Publish the calendar</source>
        <translation>Publier l’agenda</translation>
    </message>
</context>
<context>
    <name>Lectern::OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sending %1 of %2: %3</source>
        <translation>Envoi de %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Last run: %1 sent, %2 failed, %3 outcome unknown.</source>
        <translation>Dernier passage : %1 envoyés, %2 échoués, %3 à l’issue inconnue.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Demande attention</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Cancel Sending</source>
        <translation>&amp;Annuler l’envoi</translation>
    </message>
    <message>
        <source>Nothing in the outbox</source>
        <translation>Rien dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>Announcements and reminders you send from the Export page, and answers to proposers from the Inbox, wait here until they are due and Lectern is online; then they go out by themselves, once.</source>
        <translation>Les annonces et rappels envoyés depuis la page Exporter, et les réponses aux auteurs depuis la boîte de réception, attendent ici d’être dus et que Lectern soit en ligne ; ils partent alors tout seuls, une fois.</translation>
    </message>
    <message>
        <source>Choose an entry to see it as it will go out.</source>
        <translation>Choisissez une entrée pour la voir telle qu’elle partira.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Pièce jointe : %1</translation>
    </message>
    <message>
        <source>A comment on %1:</source>
        <translation>Un commentaire sur %1 :</translation>
    </message>
    <message>
        <source>The task&apos;s status becomes “%1”.</source>
        <translation>L’état de la tâche devient « %1 ».</translation>
    </message>
    <message>
        <source>“%1” may have gone out already: the connection broke after it was handed over. Send it again anyway? Its recipients may get it twice.</source>
        <translation>« %1 » est peut-être déjà parti : la connexion a été coupée après sa remise. Le renvoyer quand même ? Ses destinataires pourraient le recevoir deux fois.</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>S&amp;top Sending</source>
        <translation>&amp;Arrêter l’envoi</translation>
    </message>
    <message>
        <source>Stops after the message being handed over now; what was not tried waits</source>
        <translation>S’arrête après le message en cours de remise ; ce qui n’a pas été essayé attend</translation>
    </message>
    <message>
        <source>Publishes the talks to the calendar %1: what changed since the last publish.</source>
        <translation>Publie les exposés dans l’agenda %1 : ce qui a changé depuis la dernière publication.</translation>
    </message>
</context>
<context>
    <name>Lectern::OutboxRepository</name>
    <message>
        <source>The message has no recipient.</source>
        <translation>Le message n’a pas de destinataire.</translation>
    </message>
    <message>
        <source>The tracker answer names no task.</source>
        <translation>La réponse sur le tracker ne nomme aucune tâche.</translation>
    </message>
    <message>
        <source>The outbox entry has no time to be sent at.</source>
        <translation>L’entrée de la boîte d’envoi n’a pas d’heure d’envoi.</translation>
    </message>
    <message>
        <source>There is no outbox entry %1.</source>
        <translation>Il n’y a pas d’entrée %1 dans la boîte d’envoi.</translation>
    </message>
    <message>
        <source>The outbox entry %1 has been tried or sent since; it stays.</source>
        <translation>L’entrée %1 de la boîte d’envoi a été essayée ou envoyée depuis ; elle reste.</translation>
    </message>
    <message>
        <source>The outbox entry %1 was not being sent any more when its try ended.</source>
        <translation>L’entrée %1 de la boîte d’envoi n’était plus en cours d’envoi à la fin de son essai.</translation>
    </message>
    <message>
        <source>The sender stopped while sending (%1); the message may have gone out.</source>
        <translation>L’expéditeur s’est arrêté pendant l’envoi (%1) ; le message est peut-être parti.</translation>
    </message>
</context>
<context>
    <name>Lectern::OutboxRunner</name>
    <message>
        <source>The outbox has the calendar to publish to %1 as %2.</source>
        <translation>La boîte d’envoi a l’agenda à publier dans %1 en tant que %2.</translation>
    </message>
</context>
<context>
    <name>Lectern::OutboxSender</name>
    <message numerus="yes">
        <source>%n entry(ies) had been left half-sent by a sender that stopped; their outcome is unknown.</source>
        <translation>
            <numerusform>%n entrée avait été laissée à moitié envoyée par un expéditeur arrêté ; son issue est inconnue.</numerusform>
            <numerusform>%n entrées avaient été laissées à moitié envoyées par un expéditeur arrêté ; leur issue est inconnue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1 is %2, not waiting; it was not sent.</source>
        <translation>L’entrée %1 est %2, pas en attente ; elle n’a pas été envoyée.</translation>
    </message>
    <message>
        <source>“%1” to %2</source>
        <translation>« %1 » à %2</translation>
    </message>
    <message>
        <source>the answer on %1</source>
        <translation>la réponse sur %1</translation>
    </message>
    <message>
        <source>Entry %1 waits: no mail account is set up to send %2.</source>
        <translation>L’entrée %1 attend : aucun compte de courrier n’est configuré pour envoyer %2.</translation>
    </message>
    <message>
        <source>Entry %1 waits: no tracker token was given to post %2.</source>
        <translation>L’entrée %1 attend : aucun jeton de tracker n’a été donné pour publier %2.</translation>
    </message>
    <message>
        <source>The talk “%1” changed after this message was written; look at the message and send it again.</source>
        <translation>L’exposé « %1 » a changé après la rédaction de ce message ; relisez le message et renvoyez-le.</translation>
    </message>
    <message>
        <source>“%1” is not a Phabricator task to answer on. %2</source>
        <translation>« %1 » n’est pas une tâche Phabricator sur laquelle répondre. %2</translation>
    </message>
    <message>
        <source>The tracker refused the answer on %1: %2</source>
        <translation>Le tracker a refusé la réponse sur %1 : %2</translation>
    </message>
    <message>
        <source>Posted on %1.</source>
        <translation>Publiée sur %1.</translation>
    </message>
    <message>
        <source>%1 The answer may have been posted.</source>
        <translation>%1 La réponse a peut-être été publiée.</translation>
    </message>
    <message>
        <source>%1 Nothing was posted.</source>
        <translation>%1 Rien n’a été publié.</translation>
    </message>
    <message>
        <source>%1 Writing that down failed: %2</source>
        <translation>%1 L’enregistrer a échoué : %2</translation>
    </message>
    <message>
        <source>%1 Next try at %2.</source>
        <translation>%1 Prochain essai le %2.</translation>
    </message>
    <message>
        <source>Entry %1 (%2): %3</source>
        <translation>Entrée %1 (%2) : %3</translation>
    </message>
    <message>
        <source>the calendar %1</source>
        <translation>l’agenda %1</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 deleted, %4 unchanged.</source>
        <translation>%1 créés, %2 mis à jour, %3 supprimés, %4 inchangés.</translation>
    </message>
    <message>
        <source>%1 Changed on the server since the last publish and left as they are until you choose: %2 (Export → Publish, or lectern-cli publish resolve).</source>
        <translation>%1 Modifiés sur le serveur depuis la dernière publication et laissés tels quels jusqu’à votre choix : %2 (Export → Publier, ou lectern-cli publish resolve).</translation>
    </message>
</context>
<context>
    <name>Lectern::PhabricatorSync</name>
    <message>
        <source>Name the Phabricator project whose tasks are proposals.</source>
        <translation>Indiquez le projet Phabricator dont les tâches sont des propositions.</translation>
    </message>
    <message>
        <source>The server sent the same page twice (cursor %1); stopped rather than loop.</source>
        <translation>Le serveur a envoyé deux fois la même page (curseur %1) ; arrêt plutôt que de tourner en boucle.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed; the next sync starts from the same place.</source>
        <translation>%1 Rien n&apos;a été modifié ; la prochaine synchronisation repartira du même point.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>Lectern::ProposalFile</name>
    <message>
        <source>a quote in the middle of field %1 (quote the whole field and double the quotes inside it)</source>
        <translation>un guillemet au milieu du champ %1 (mettez tout le champ entre guillemets et doublez ceux qu&apos;il contient)</translation>
    </message>
    <message>
        <source>a quoted field opens here and is never closed</source>
        <translation>un champ entre guillemets commence ici et n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>A proposal needs a title.</source>
        <translation>Une proposition doit avoir un titre.</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM:SSZ).</source>
        <translation>« %1 » n&apos;est ni une date (AAAA-MM-JJ) ni une date et heure (AAAA-MM-JJTHH:MM:SSZ).</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>« %1 » n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>« %1 » n&apos;est pas une adresse web (http ou https).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as CSV UTF-8 and try again.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 ; enregistrez-le en CSV UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row (%1) and a row per proposal.</source>
        <translation>Le fichier est vide ; il lui faut une ligne d&apos;en-tête (%1) et une ligne par proposition.</translation>
    </message>
    <message>
        <source>line %1, column %2 of the header: “%3” is not one of %4.</source>
        <translation>ligne %1, colonne %2 de l&apos;en-tête : « %3 » n&apos;est pas l&apos;un de %4.</translation>
    </message>
    <message>
        <source>line %1: the header has no “title” column (it has: %2).</source>
        <translation>ligne %1 : l&apos;en-tête n&apos;a pas de colonne « title » (il a : %2).</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 columns.</source>
        <translation>%1 champs alors que l&apos;en-tête a %2 colonnes.</translation>
    </message>
    <message>
        <source>line %1, column %2: the JSON does not parse (%3).</source>
        <translation>ligne %1, colonne %2 : le JSON est illisible (%3).</translation>
    </message>
    <message>
        <source>entry %1 is not an object with title, text, …</source>
        <translation>l&apos;entrée %1 n&apos;est pas un objet avec title, text, …</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>« %1 » n&apos;est pas l&apos;un de %2.</translation>
    </message>
    <message>
        <source>the value must be text.</source>
        <translation>la valeur doit être du texte.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>line %1, column %2: a control character (%3) that a proposal cannot hold; remove it or save the file as text again.</source>
        <translation>ligne %1, colonne %2 : un caractère de contrôle (%3) qu’une proposition ne peut pas contenir ; supprimez-le ou enregistrez à nouveau le fichier en texte.</translation>
    </message>
    <message>
        <source>character %1: a control character (%2) that a proposal cannot hold.</source>
        <translation>caractère %1 : un caractère de contrôle (%2) qu’une proposition ne peut pas contenir.</translation>
    </message>
    <message>
        <source>line %1, column %2: the file is not UTF-8 text from here on; save it as CSV UTF-8 and try again.</source>
        <translation>ligne %1, colonne %2 : à partir d’ici, le fichier n’est pas du texte UTF-8 ; enregistrez-le en CSV UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>line %1, column %2 of the header: “%3” is named twice.</source>
        <translation>ligne %1, colonne %2 de l’en-tête : « %3 » apparaît deux fois.</translation>
    </message>
    <message>
        <source>line %1: the JSON is not an array of proposals ([{&quot;title&quot;: …}, …]).</source>
        <translation>ligne %1 : le JSON n’est pas un tableau de propositions ([{&quot;title&quot;: …}, …]).</translation>
    </message>
</context>
<context>
    <name>Lectern::ProposalHtml</name>
    <message>
        <source>&lt;b&gt;Speakers:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Intervenants :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposed by:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Proposée par :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Reçue :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Source :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Statut :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;In the tracker:&lt;/b&gt; %1%2</source>
        <translation>&lt;b&gt;Dans le suivi :&lt;/b&gt; %1%2</translation>
    </message>
    <message>
        <source> (closed there)</source>
        <translation> (fermée là-bas)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Changed upstream&lt;/b&gt; since you reviewed or decided on it: read it again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Modifiée dans le suivi&lt;/b&gt; depuis votre évaluation ou votre décision : relisez-la.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No text.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Pas de texte.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reviews (mean score %1)</source>
        <translation>Évaluations (note moyenne %1)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>score %1 of 5</source>
        <translation>note %1 sur 5</translation>
    </message>
</context>
<context>
    <name>Lectern::ProposalOperations</name>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>Marquer « %1 » comme %2</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n proposal(s) as %1</source>
        <translation>
            <numerusform>Marquer %n proposition comme %1</numerusform>
            <numerusform>Marquer %n propositions comme %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” did not come from Phabricator, so there is no task to answer on.</source>
        <translation>« %1 » ne vient pas de Phabricator, il n’y a donc pas de tâche sur laquelle répondre.</translation>
    </message>
    <message>
        <source>There is no template for a “%1” answer; give the message.</source>
        <translation>Il n’y a pas de modèle pour une réponse « %1 » ; donnez le message.</translation>
    </message>
    <message>
        <source>The “%1” template cannot be used as it is; give the message instead.</source>
        <translation>Le modèle « %1 » ne peut pas être utilisé tel quel ; donnez plutôt le message.</translation>
    </message>
</context>
<context>
    <name>Lectern::ProposalOperations::ReviewChange</name>
    <message>
        <source>Score “%1” %2</source>
        <translation>Noter « %1 » %2</translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation>Évaluer « %1 »</translation>
    </message>
</context>
<context>
    <name>Lectern::ProposalRepository</name>
    <message>
        <source>There is no proposal with id %1.</source>
        <translation>Il n&apos;y a pas de proposition avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The proposal “%1” was changed elsewhere since it was read; reload and try again.</source>
        <translation>La proposition « %1 » a été modifiée ailleurs depuis sa lecture ; rechargez et réessayez.</translation>
    </message>
    <message>
        <source>reviewer: A review needs the reviewer&apos;s name.</source>
        <translation>reviewer : une évaluation doit porter le nom de l&apos;évaluateur.</translation>
    </message>
    <message>
        <source>score: Scores go from 1 to 5, not %1.</source>
        <translation>score : les notes vont de 1 à 5, pas %1.</translation>
    </message>
    <message>
        <source>Cannot add the review to proposal %1: %2</source>
        <translation>Impossible d&apos;ajouter l&apos;évaluation à la proposition %1 : %2</translation>
    </message>
    <message>
        <source>There is no review with id %1.</source>
        <translation>Il n&apos;y a pas d&apos;évaluation avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::PublishOperations</name>
    <message>
        <source>The event %1 has no conflict left in the calendar %2.</source>
        <translation>L’événement %1 n’a plus de conflit dans l’agenda %2.</translation>
    </message>
    <message>
        <source>Talk %1 has no conflict in the calendar %2.</source>
        <translation>L’exposé %1 n’a pas de conflit dans l’agenda %2.</translation>
    </message>
    <message>
        <source>The next publish has already overwritten the server&apos;s copy of %1.</source>
        <translation>La publication suivante a déjà écrasé la copie de %1 sur le serveur.</translation>
    </message>
    <message>
        <source>Overwrite “%1” on the calendar server</source>
        <translation>Écraser « %1 » sur le serveur d’agenda</translation>
    </message>
    <message>
        <source>Keep the server&apos;s copy of “%1”</source>
        <translation>Garder la copie de « %1 » du serveur</translation>
    </message>
</context>
<context>
    <name>Lectern::PublishPanel</name>
    <message>
        <source>Published Calendar</source>
        <translation>Agenda publié</translation>
    </message>
    <message>
        <source>Changed on the server since the last publish — choose which version stays:</source>
        <translation>Modifiés sur le serveur depuis la dernière publication — choisissez la version qui reste :</translation>
    </message>
    <message>
        <source>Events changed on the server</source>
        <translation>Événements modifiés sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Publish Now</source>
        <translation>&amp;Publier maintenant</translation>
    </message>
    <message>
        <source>Send what changed to the calendar server now (through the outbox: it waits there while Lectern is offline)</source>
        <translation>Envoyer maintenant les changements au serveur d’agenda (par la boîte d’envoi : ils y attendent tant que Lectern est hors ligne)</translation>
    </message>
    <message>
        <source>&amp;Overwrite on Server</source>
        <translation>É&amp;craser sur le serveur</translation>
    </message>
    <message>
        <source>The next publish replaces the server&apos;s copy with the talk as it is here</source>
        <translation>La prochaine publication remplace la copie du serveur par l’exposé tel qu’il est ici</translation>
    </message>
    <message>
        <source>&amp;Keep Server&apos;s Copy</source>
        <translation>&amp;Garder la copie du serveur</translation>
    </message>
    <message>
        <source>The server&apos;s copy stays; only the talk&apos;s next change here is published over it</source>
        <translation>La copie du serveur reste ; seule la prochaine modification de l’exposé ici sera publiée par-dessus</translation>
    </message>
    <message>
        <source>&amp;Set Up…</source>
        <translation>&amp;Configurer…</translation>
    </message>
    <message>
        <source>The talks are not published to a calendar server. Set one up (Nextcloud, Radicale, SOGo and others) and every change reaches the people who subscribe to it.</source>
        <translation>Les exposés ne sont publiés sur aucun serveur d’agenda. Configurez-en un (Nextcloud, Radicale, SOGo et d’autres) et chaque changement atteint ceux qui s’y abonnent.</translation>
    </message>
    <message>
        <source>Publishing to %1: %2</source>
        <translation>Publication sur %1 : %2</translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation>Pas encore publié.</translation>
    </message>
    <message>
        <source>The last publish, %1, failed: %2</source>
        <translation>La dernière publication, le %1, a échoué : %2</translation>
    </message>
    <message>
        <source>Last published %1: %2 created, %3 updated, %4 deleted, %5 unchanged.</source>
        <translation>Dernière publication le %1 : %2 créés, %3 mis à jour, %4 supprimés, %5 inchangés.</translation>
    </message>
    <message>
        <source>Nothing waits: the calendar is up to date.</source>
        <translation>Rien n’attend : l’agenda est à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to withdraw</source>
        <translation>
            <numerusform>%n à retirer</numerusform>
            <numerusform>%n à retirer</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to be published: %1.</source>
        <translation>En attente de publication : %1.</translation>
    </message>
    <message>
        <source>%1 Publishing now…</source>
        <translation>%1 Publication en cours…</translation>
    </message>
    <message>
        <source>%1 In the outbox: the last try failed (%2); it tries again at %3.</source>
        <translation>%1 Dans la boîte d’envoi : le dernier essai a échoué (%2) ; nouvel essai à %3.</translation>
    </message>
    <message>
        <source>%1 In the outbox, to go out %2.</source>
        <translation>%1 Dans la boîte d’envoi, part le %2.</translation>
    </message>
    <message>
        <source>%1 Publish Now sends it.</source>
        <translation>%1 « Publier maintenant » l’envoie.</translation>
    </message>
    <message>
        <source>“%1” (no longer in the calendar here): %2</source>
        <translation>« %1 » (n’est plus dans l’agenda ici) : %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>%1 — the next publish overwrites it.</source>
        <translation>%1 — la prochaine publication l’écrase.</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Publication sur %1…</translation>
    </message>
    <message>
        <source>Publishing to %1 after every change.</source>
        <translation>Publié sur %1 après chaque changement.</translation>
    </message>
    <message>
        <source>Publishing to %1 when you say so.</source>
        <translation>Publié sur %1 quand vous le demandez.</translation>
    </message>
</context>
<context>
    <name>Lectern::PublishRepository</name>
    <message>
        <source>No conflict is left for the event %1 in %2.</source>
        <translation>Il ne reste aucun conflit pour l’événement %1 dans %2.</translation>
    </message>
</context>
<context>
    <name>Lectern::RecordLabel</name>
    <message>
        <source>The talk “%1”</source>
        <translation>L’exposé « %1 »</translation>
    </message>
    <message>
        <source>The talk %1</source>
        <translation>L’exposé %1</translation>
    </message>
    <message>
        <source>The speaker “%1”</source>
        <translation>L’intervenant·e « %1 »</translation>
    </message>
    <message>
        <source>The speaker %1</source>
        <translation>L’intervenant·e %1</translation>
    </message>
    <message>
        <source>The proposal “%1”</source>
        <translation>La proposition « %1 »</translation>
    </message>
    <message>
        <source>The proposal %1</source>
        <translation>La proposition %1</translation>
    </message>
    <message>
        <source>The series “%1”</source>
        <translation>La série « %1 »</translation>
    </message>
    <message>
        <source>The series %1</source>
        <translation>La série %1</translation>
    </message>
    <message>
        <source>The email template %1</source>
        <translation>Le modèle de courriel %1</translation>
    </message>
    <message>
        <source>The setting “%1”</source>
        <translation>Le réglage « %1 »</translation>
    </message>
</context>
<context>
    <name>Lectern::Rhythm</name>
    <message>
        <source>pattern: “%1” is not a recurrence rule Lectern can read (RFC 5545 RRULE, such as FREQ=MONTHLY;BYDAY=-1WE).</source>
        <translation>pattern : « %1 » n’est pas une règle de récurrence que Lectern sait lire (RRULE RFC 5545, comme FREQ=MONTHLY;BYDAY=-1WE).</translation>
    </message>
    <message>
        <source>pattern: “%1” repeats neither weekly nor monthly; a talk series meets every week or two, or every month.</source>
        <translation>pattern : « %1 » ne se répète ni chaque semaine ni chaque mois ; une série d’exposés a lieu toutes les une ou deux semaines, ou chaque mois.</translation>
    </message>
    <message>
        <source>no fixed rhythm</source>
        <translation>pas de rythme fixe</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>chaque %1</translation>
    </message>
    <message>
        <source>every other %1</source>
        <translation>un %1 sur deux</translation>
    </message>
    <message>
        <source>every %1 weeks on %2</source>
        <translation>toutes les %1 semaines le %2</translation>
    </message>
    <message>
        <source>the %1 %2 of each month</source>
        <translation>le %1 %2 de chaque mois</translation>
    </message>
</context>
<context>
    <name>Lectern::SampleSeries</name>
    <message>
        <source>The built-in sample series is damaged (%1).</source>
        <translation>La série d&apos;exemple intégrée est endommagée (%1).</translation>
    </message>
    <message>
        <source>no speaker record for “%1”</source>
        <translation>pas de fiche pour « %1 »</translation>
    </message>
    <message>
        <source>%1 already holds the series “%2”; the sample series is only loaded into an empty database.</source>
        <translation>%1 contient déjà le cycle « %2 » ; le cycle d’exemple n’est chargé que dans une base vide.</translation>
    </message>
</context>
<context>
    <name>Lectern::SchedulePage</name>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page précédente)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page suivante)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Go to a month</source>
        <translation>Aller à un mois</translation>
    </message>
    <message>
        <source>Go to month</source>
        <translation>Aller au mois</translation>
    </message>
    <message>
        <source>New Talk…</source>
        <translation>Nouvelle conférence…</translation>
    </message>
    <message>
        <source>Talks without a date. Drag one onto a day to schedule it.</source>
        <translation>Conférences sans date. Faites-en glisser une sur un jour pour la planifier.</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Talks without a date yet</source>
        <translation>Conférences qui n&apos;ont pas encore de date</translation>
    </message>
    <message>
        <source>All Talks</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Every talk, to find one or drag it elsewhere</source>
        <translation>Toutes les conférences, pour en trouver une ou la déplacer</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Accepted and shortlisted proposals, ready to be dragged onto a day</source>
        <translation>Propositions acceptées et présélectionnées, prêtes à être glissées sur un jour</translation>
    </message>
    <message>
        <source>Undated (%1)</source>
        <translation>Sans date (%1)</translation>
    </message>
    <message>
        <source>Drop on %1</source>
        <translation>Déposer le %1</translation>
    </message>
    <message>
        <source>Every talk. Drag one onto a day to move it there.</source>
        <translation>Toutes les conférences. Faites-en glisser une sur un jour pour l&apos;y déplacer.</translation>
    </message>
    <message>
        <source>Accepted and shortlisted proposals. Drag one onto a day to make it a talk there.</source>
        <translation>Propositions acceptées et présélectionnées. Faites-en glisser une sur un jour pour en faire une conférence ce jour-là.</translation>
    </message>
    <message>
        <source>Side &amp;Panel</source>
        <translation>&amp;Panneau latéral</translation>
    </message>
    <message>
        <source>Show or hide the undated talks, all talks and proposals beside the calendar (F9)</source>
        <translation>Afficher ou masquer les conférences sans date, toutes les conférences et les propositions à côté du calendrier (F9)</translation>
    </message>
    <message>
        <source>No undated talks</source>
        <translation>Aucune conférence sans date</translation>
    </message>
    <message>
        <source>A talk without a date waits here: one you add without a date, or whose date you clear. Drag it onto a day to schedule it.</source>
        <translation>Une conférence sans date attend ici : celle que vous ajoutez sans date, ou dont vous effacez la date. Faites-la glisser sur un jour pour la planifier.</translation>
    </message>
    <message>
        <source>Double-click a line to open the talk or the proposal</source>
        <translation>Double-cliquez sur une ligne pour ouvrir la conférence ou la proposition</translation>
    </message>
    <message>
        <source>Nothing needs doing</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>The talks of the next six weeks have a time, a speaker who confirmed and a stream link; recent talks have their slides and recordings; no proposal has waited two weeks for a review.</source>
        <translation>Les conférences des six prochaines semaines ont une heure, un intervenant qui a confirmé et un lien de diffusion ; les conférences récentes ont leurs diapositives et enregistrements ; aucune proposition n’attend une évaluation depuis deux semaines.</translation>
    </message>
    <message>
        <source>Next Up (%1)</source>
        <translation>À faire (%1)</translation>
    </message>
    <message>
        <source>Next Up</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>What the coming weeks&apos; talks still lack, recent talks&apos; missing links, proposals waiting for a review</source>
        <translation>Ce qui manque aux conférences des semaines à venir, les liens manquants des conférences récentes, les propositions en attente d’évaluation</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No proposals to schedule</source>
        <translation>Aucune proposition à planifier</translation>
    </message>
    <message>
        <source>Accept or shortlist a proposal in the Inbox (A or S), and it waits here to be dragged onto a day.</source>
        <translation>Acceptez ou présélectionnez une proposition dans la boîte de réception (A ou S) : elle attend ici d’être glissée sur un jour.</translation>
    </message>
    <message>
        <source>Click a month to show it in the calendar</source>
        <translation>Cliquez sur un mois pour l’afficher dans le calendrier</translation>
    </message>
    <message>
        <source>No rhythm set</source>
        <translation>Aucun rythme défini</translation>
    </message>
    <message>
        <source>Set the series&apos; rhythm (Settings → Configure Series…), such as the last Wednesday of each month: its open dates for the months ahead are listed here and shown on the calendar.</source>
        <translation>Définissez le rythme de la série (Configuration → Configurer la série…), par exemple le dernier mercredi de chaque mois : ses dates libres des mois à venir s’affichent ici et dans le calendrier.</translation>
    </message>
    <message>
        <source>Months Ahead</source>
        <translation>Mois à venir</translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation>« %1 » (%2, %3)</translation>
    </message>
    <message>
        <source>open: %1 %2 UTC</source>
        <translation>libre : %1 %2 UTC</translation>
    </message>
    <message>
        <source>open: %1</source>
        <translation>libre : %1</translation>
    </message>
    <message>
        <source>(a holiday: %1)</source>
        <translation>(un jour férié : %1)</translation>
    </message>
    <message>
        <source>no talk, no slot</source>
        <translation>ni exposé, ni créneau</translation>
    </message>
    <message numerus="yes">
        <source>Months Ahead (%n open)</source>
        <translation>
            <numerusform>Mois à venir (%n libre)</numerusform>
            <numerusform>Mois à venir (%n libres)</numerusform>
        </translation>
    </message>
    <message>
        <source>The months the series is planned for: their talks, and the rhythm&apos;s open dates</source>
        <translation>Les mois pour lesquels la série est planifiée : leurs exposés et les dates libres du rythme</translation>
    </message>
    <message>
        <source>Configure Series…</source>
        <translation>Configurer la série…</translation>
    </message>
</context>
<context>
    <name>Lectern::ScheduleRules</name>
    <message>
        <source>%1 at %2 UTC</source>
        <translation>%1 à %2 UTC</translation>
    </message>
    <message>
        <source>%1 already has a talk of this series: “%2” on %3.</source>
        <translation>%1 a déjà une conférence de cette série : « %2 » le %3.</translation>
    </message>
    <message>
        <source>It overlaps “%1” (%2, %3 minutes).</source>
        <translation>Elle chevauche « %1 » (%2, %3 minutes).</translation>
    </message>
    <message>
        <source>%1 is already in “%2” that day (%3).</source>
        <translation>%1 intervient déjà ce jour-là dans « %2 » (%3).</translation>
    </message>
    <message>
        <source>%1 is in “%2” at the same time (%3).</source>
        <translation>%1 intervient au même moment dans « %2 » (%3).</translation>
    </message>
    <message>
        <source>%1 is more than six months ahead; talks are usually scheduled at most six months in advance.</source>
        <translation>%1 est à plus de six mois ; les conférences sont d&apos;ordinaire planifiées au plus six mois à l&apos;avance.</translation>
    </message>
    <message>
        <source>%1 is in the past, but the talk is still %2.</source>
        <translation>%1 est passé, mais la conférence est encore %2.</translation>
    </message>
    <message>
        <source>%1 is a %2; this series usually meets on %3.</source>
        <translation>%1 est un %2 ; cette série se réunit d&apos;habitude le %3.</translation>
    </message>
    <message>
        <source>The talk starts at %1 (%2) for %3, at night in their time zone.</source>
        <translation>La conférence commence à %1 (%2) pour %3, en pleine nuit dans son fuseau horaire.</translation>
    </message>
    <message>
        <source>The series&apos; slot of %1 already has a talk: “%2” on %3.</source>
        <translation>Le créneau de la série du %1 a déjà un exposé : « %2 » le %3.</translation>
    </message>
    <message>
        <source>%1 is not on the series&apos; usual day (%2).</source>
        <translation>%1 n’est pas le jour habituel de la série (%2).</translation>
    </message>
    <message>
        <source>%1 is a public holiday in %2: %3.</source>
        <translation>%1 est un jour férié en %2 : %3.</translation>
    </message>
</context>
<context>
    <name>Lectern::SendDialog</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>&amp;Now (as soon as Lectern is online)</source>
        <translation>&amp;Maintenant (dès que Lectern est en ligne)</translation>
    </message>
    <message>
        <source>A &amp;week before the talk</source>
        <translation>Une &amp;semaine avant l’exposé</translation>
    </message>
    <message>
        <source>The &amp;day before the talk</source>
        <translation>La &amp;veille de l’exposé</translation>
    </message>
    <message>
        <source>&amp;Two hours before the talk</source>
        <translation>&amp;Deux heures avant l’exposé</translation>
    </message>
    <message>
        <source>A&amp;t:</source>
        <translation>&amp;Le :</translation>
    </message>
    <message>
        <source>Attach the talk as a calendar &amp;file (.ics)</source>
        <translation>Joindre l’exposé en &amp;fichier d’agenda (.ics)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Mettre en attente</translation>
    </message>
</context>
<context>
    <name>Lectern::SeriesDialog</name>
    <message>
        <source>Start a Series</source>
        <translation>Commencer une série</translation>
    </message>
    <message>
        <source>Configure Series</source>
        <translation>Configurer la série</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your talk series&lt;/b&gt;&lt;br&gt;What you know now is enough: every field can be filled in later (Settings → Configure Series…).</source>
        <translation>&lt;b&gt;Votre série d’exposés&lt;/b&gt;&lt;br&gt;Ce que vous savez suffit : chaque champ peut être rempli plus tard (Configuration → Configurer la série…).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>The series</source>
        <translation>La série</translation>
    </message>
    <message>
        <source>Tech Talks</source>
        <translation>Tech Talks</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>An RFC 5545 recurrence rule, as calendar programs write them</source>
        <translation>Une règle de récurrence RFC 5545, comme l’écrivent les agendas</translation>
    </message>
    <message>
        <source>&amp;Rhythm:</source>
        <translation>&amp;Rythme :</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Usual &amp;time:</source>
        <translation>&amp;Heure habituelle :</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://… (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Direct :</translation>
    </message>
    <message>
        <source>#channel (optional)</source>
        <translation>#canal (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Chat:</source>
        <translation>Dis&amp;cussion :</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>One address per line (optional)</source>
        <translation>Une adresse par ligne (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Mailing lists:</source>
        <translation>&amp;Listes de diffusion :</translation>
    </message>
    <message>
        <source>Sender n&amp;ame:</source>
        <translation>N&amp;om de l’expéditeur :</translation>
    </message>
    <message>
        <source>Sender a&amp;ddress:</source>
        <translation>A&amp;dresse de l’expéditeur :</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Time zones (IANA names) whose local time the announcement shows</source>
        <translation>Fuseaux horaires (noms IANA) dont l’annonce montre l’heure locale</translation>
    </message>
    <message>
        <source>Europe/Berlin, America/New_York</source>
        <translation>Europe/Paris, America/New_York</translation>
    </message>
    <message>
        <source>&amp;World times:</source>
        <translation>&amp;Heures dans le monde :</translation>
    </message>
    <message>
        <source> months ahead</source>
        <translation> mois à l’avance</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Planifié :</translation>
    </message>
    <message>
        <source>de, us_en-us</source>
        <translation>fr, us_en-us</translation>
    </message>
    <message>
        <source>Countries or regions whose public holidays the schedule warns about</source>
        <translation>Pays ou régions dont le calendrier signale les jours fériés</translation>
    </message>
    <message>
        <source>&amp;Holidays of:</source>
        <translation>&amp;Jours fériés de :</translation>
    </message>
    <message>
        <source>No fixed rhythm</source>
        <translation>Pas de rythme fixe</translation>
    </message>
    <message>
        <source>Another rule (RRULE)…</source>
        <translation>Autre règle (RRULE)…</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Prochaines : %1</translation>
    </message>
    <message>
        <source>= %1 your time (%2)</source>
        <translation>= %1 chez vous (%2)</translation>
    </message>
    <message>
        <source>The series was not changed</source>
        <translation>La série n’a pas été modifiée</translation>
    </message>
</context>
<context>
    <name>Lectern::SeriesRepository</name>
    <message>
        <source>There is no series with id %1.</source>
        <translation>Il n&apos;y a pas de série avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The database has no series yet; create one with “lectern-cli init”.</source>
        <translation>La base n&apos;a pas encore de série ; créez-en une avec « lectern-cli init ».</translation>
    </message>
    <message>
        <source>The series “%1” was changed elsewhere since it was read; reload and try again.</source>
        <translation>La série « %1 » a été modifiée ailleurs depuis sa lecture ; rechargez et réessayez.</translation>
    </message>
</context>
<context>
    <name>Lectern::ServerLocation</name>
    <message>
        <source>“%1” names no service: write service=NAME, as in your pg_service.conf.</source>
        <translation>« %1 » ne nomme aucun service : écrivez service=NOM, comme dans votre pg_service.conf.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL connection URI: %2</source>
        <translation>« %1 » n’est pas une URI de connexion PostgreSQL : %2</translation>
    </message>
    <message>
        <source>“%1” names no database: write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>« %1 » ne nomme aucune base : écrivez postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>the PostgreSQL server</source>
        <translation>le serveur PostgreSQL</translation>
    </message>
</context>
<context>
    <name>Lectern::SettingsDialog</name>
    <message>
        <source>Configure Lectern</source>
        <translation>Configurer Lectern</translation>
    </message>
    <message>
        <source>the last one opened</source>
        <translation>la dernière ouverte</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the database to open at start</source>
        <translation>Choisir la base de données à ouvrir au démarrage</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Your &amp;name on reviews:</source>
        <translation>Votre &amp;nom sur les évaluations :</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>&amp;Ouvrir au démarrage :</translation>
    </message>
    <message>
        <source>Open at Start</source>
        <translation>Ouvrir au démarrage</translation>
    </message>
    <message>
        <source>Lectern databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Lectern (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The series&apos; rhythm, sender, mailing lists and world times are kept with the series: Settings → Configure Series….</source>
        <translation>Le rythme, l’expéditeur, les listes de diffusion et les heures du monde sont gardés avec la série : Configuration → Configurer la série….</translation>
    </message>
    <message>
        <source>Mail account (for the outbox)</source>
        <translation>Compte de courrier (pour la boîte d’envoi)</translation>
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
        <translation>Aucune (seulement un serveur sur cet ordinateur)</translation>
    </message>
    <message>
        <source>empty: the server takes mail without a login</source>
        <translation>vide : le serveur accepte le courrier sans connexion</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificates</source>
        <translation>vide : les certificats du système</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sé&amp;curité :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Trusted &amp;certificates:</source>
        <translation>&amp;Certificats de confiance :</translation>
    </message>
    <message>
        <source>The password is asked for when mail first goes out and kept in the desktop&apos;s keyring, or, without one, in memory until Lectern quits.</source>
        <translation>Le mot de passe est demandé au premier envoi de courrier et gardé dans le trousseau du bureau, ou, sans trousseau, en mémoire jusqu’à la fermeture de Lectern.</translation>
    </message>
    <message>
        <source>Published calendar (CalDAV)</source>
        <translation>Agenda publié (CalDAV)</translation>
    </message>
    <message>
        <source>https://dav.example.org/calendars/ana/tech-talks/</source>
        <translation>https://dav.example.org/calendars/ana/tech-talks/</translation>
    </message>
    <message>
        <source>Publish &amp;automatically after each change</source>
        <translation>Publier &amp;automatiquement après chaque changement</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>&amp;Adresse de l’agenda :</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
</context>
<context>
    <name>Lectern::SmtpAccount</name>
    <message>
        <source>“%1” is not a mail server address; it looks like smtp://USER@HOST:PORT?security=starttls.</source>
        <translation>« %1 » n’est pas une adresse de serveur de courrier ; elle ressemble à smtp://USER@HOST:PORT?security=starttls.</translation>
    </message>
    <message>
        <source>The mail server&apos;s security “%1” is not one of starttls, tls or none.</source>
        <translation>La sécurité « %1 » du serveur de courrier n’est pas parmi starttls, tls ou none.</translation>
    </message>
    <message>
        <source>A password does not belong in the mail server&apos;s address; give it with --password-file or LECTERN_SMTP_PASSWORD.</source>
        <translation>Un mot de passe n’a pas sa place dans l’adresse du serveur de courrier ; donnez-le avec --password-file ou LECTERN_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>The mail account has no server.</source>
        <translation>Le compte de courrier n’a pas de serveur.</translation>
    </message>
    <message>
        <source>The mail server %1 has no port.</source>
        <translation>Le serveur de courrier %1 n’a pas de port.</translation>
    </message>
    <message>
        <source>Mail to %1 would go over the network unencrypted; security “none” is only for a server on this machine. Use starttls or tls.</source>
        <translation>Le courrier vers %1 passerait sur le réseau sans chiffrement ; la sécurité « none » est réservée à un serveur sur cette machine. Utilisez starttls ou tls.</translation>
    </message>
</context>
<context>
    <name>Lectern::SmtpTransport</name>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>pas de réponse en %1 secondes</translation>
    </message>
    <message>
        <source>no connection could be made</source>
        <translation>aucune connexion n’a pu être établie</translation>
    </message>
    <message>
        <source>The mail server %1 was not trusted: %2. Nothing was sent.</source>
        <translation>Le serveur de courrier %1 n’a pas été jugé digne de confiance : %2. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The mail server %1 could not be reached: %2. Nothing was sent.</source>
        <translation>Le serveur de courrier %1 n’a pas pu être joint : %2. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection while logging in as %2: %3. Nothing was sent.</source>
        <translation>Le serveur de courrier %1 a fermé la connexion pendant la connexion en tant que %2 : %3. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the login as %2: %3. Nothing was sent.</source>
        <translation>Le serveur de courrier %1 a refusé la connexion en tant que %2 : %3. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Sent through %1.</source>
        <translation>Envoyé par %1.</translation>
    </message>
    <message>
        <source>The connection to %1 broke after the message was handed over and before the server confirmed it; it may have been sent.</source>
        <translation>La connexion à %1 a été coupée après la remise du message et avant sa confirmation par le serveur ; il a peut-être été envoyé.</translation>
    </message>
    <message>
        <source>The connection to %1 broke before the message was handed over. Nothing was sent.</source>
        <translation>La connexion à %1 a été coupée avant la remise du message. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message: %2</source>
        <translation>Le serveur de courrier %1 a refusé le message : %2</translation>
    </message>
    <message>
        <source>Stopped after the message was handed to %1; it may have been sent.</source>
        <translation>Arrêté après la remise du message à %1 ; il a peut-être été envoyé.</translation>
    </message>
    <message>
        <source>Stopped before the message was handed to %1. Nothing was sent.</source>
        <translation>Arrêté avant la remise du message à %1. Rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>Lectern::Speaker</name>
    <message>
        <source>A speaker needs a name.</source>
        <translation>Un intervenant doit avoir un nom.</translation>
    </message>
    <message>
        <source>“%1” is not an email address (expected name@example.org).</source>
        <translation>« %1 » n&apos;est pas une adresse électronique (attendu : nom@example.org).</translation>
    </message>
    <message>
        <source>“%1” is not a web address (expected https://…).</source>
        <translation>« %1 » n&apos;est pas une adresse web (attendu : https://…).</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone (e.g. Europe/Berlin).</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire IANA (par exemple Europe/Paris).</translation>
    </message>
</context>
<context>
    <name>Lectern::SpeakerDirectoryModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Conférences</translation>
    </message>
    <message>
        <source>Last talk</source>
        <translation>Dernière conférence</translation>
    </message>
    <message>
        <source>Next talk</source>
        <translation>Prochaine conférence</translation>
    </message>
</context>
<context>
    <name>Lectern::SpeakerEditor</name>
    <message>
        <source>name@example.org, another@example.org</source>
        <translation>nom@example.org, autre@example.org</translation>
    </message>
    <message>
        <source>Type a city, e.g. Berlin</source>
        <translation>Tapez une ville, par exemple Paris</translation>
    </message>
    <message>
        <source>One web address per line: website, wiki user page, tracker profile</source>
        <translation>Une adresse web par ligne : site, page utilisateur du wiki, profil sur le suivi</translation>
    </message>
    <message>
        <source>Private notes for the coordinators</source>
        <translation>Notes privées pour les organisateurs</translation>
    </message>
    <message>
        <source>Double-click a talk to open it</source>
        <translation>Double-cliquez sur une conférence pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation>&amp;Adresses :</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Role &amp;title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronoms :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation>&amp;Biographie :</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>&amp;Liens :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Talks and proposals:</source>
        <translation>Conférences et propositions :</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)%4</source>
        <translation>%1 — %2 (%3)%4</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>, upcoming</source>
        <translation>, à venir</translation>
    </message>
    <message>
        <source>Proposal: %1 (%2)</source>
        <translation>Proposition : %1 (%2)</translation>
    </message>
    <message>
        <source>No talks or proposals yet.</source>
        <translation>Pas encore de conférence ni de proposition.</translation>
    </message>
    <message>
        <source>Use &amp;Their Version</source>
        <translation>Prendre &amp;leur version</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>adresses électroniques</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>affiliation</translation>
    </message>
    <message>
        <source>role title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation>pronoms</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>bio</source>
        <translation>biographie</translation>
    </message>
    <message>
        <source>links</source>
        <translation>liens</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was deleted or merged by %2.&lt;/b&gt; It cannot be saved.</source>
        <translation>&lt;b&gt;%1 a été supprimé·e ou fusionné·e par %2.&lt;/b&gt; La fiche ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was changed by %2&lt;/b&gt; while you were editing. Now: %3.</source>
        <translation>&lt;b&gt;%1 a été modifié·e par %2&lt;/b&gt; pendant votre modification. Maintenant : %3.</translation>
    </message>
    <message>
        <source>the same fields as before</source>
        <translation>les mêmes champs qu’avant</translation>
    </message>
</context>
<context>
    <name>Lectern::SpeakerMerger</name>
    <message>
        <source>A speaker cannot be merged with itself.</source>
        <translation>Une fiche ne peut pas être fusionnée avec elle-même.</translation>
    </message>
</context>
<context>
    <name>Lectern::SpeakerOperations</name>
    <message>
        <source>Edit speaker “%1”</source>
        <translation>Modifier l&apos;intervenant « %1 »</translation>
    </message>
    <message>
        <source>Merge speakers into “%1”</source>
        <translation>Fusionner des fiches dans « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%1 is linked to %n talk(s). Merge the record into another one (Likely Duplicates), or remove %1 from those talks first.</source>
        <translation>
            <numerusform>%1 est rattaché à %n conférence. Fusionnez la fiche avec une autre (Doublons probables), ou retirez d&apos;abord %1 de cette conférence.</numerusform>
            <numerusform>%1 est rattaché à %n conférences. Fusionnez la fiche avec une autre (Doublons probables), ou retirez d&apos;abord %1 de ces conférences.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete speaker “%1”</source>
        <translation>Supprimer l&apos;intervenant « %1 »</translation>
    </message>
</context>
<context>
    <name>Lectern::SpeakerOperations::AddSpeakerChange</name>
    <message>
        <source>Add speaker “%1”</source>
        <translation>Ajouter l&apos;intervenant « %1 »</translation>
    </message>
</context>
<context>
    <name>Lectern::SpeakerRepository</name>
    <message>
        <source>There is no speaker with id %1.</source>
        <translation>Il n&apos;y a pas d&apos;intervenant avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Only a speaker read from the database can be restored.</source>
        <translation>Seule une fiche lue dans la base peut être restaurée.</translation>
    </message>
    <message>
        <source>The speaker “%1” was changed elsewhere since it was read; reload and try again.</source>
        <translation>La fiche « %1 » a été modifiée ailleurs depuis sa lecture ; rechargez et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is linked to %n talk(s); unlink or merge them before deleting the record.</source>
        <translation>
            <numerusform>%1 est rattaché à %n conférence ; détachez-le ou fusionnez la fiche avant de la supprimer.</numerusform>
            <numerusform>%1 est rattaché à %n conférences ; détachez-les ou fusionnez la fiche avant de la supprimer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deleted while proposals name them: %2</source>
        <translation>%1 ne peut pas être supprimé tant que des propositions le citent : %2</translation>
    </message>
</context>
<context>
    <name>Lectern::SpeakersPage</name>
    <message>
        <source>Search names, emails, affiliations…</source>
        <translation>Chercher des noms, adresses, organisations…</translation>
    </message>
    <message>
        <source>&amp;Add Speaker…</source>
        <translation>&amp;Ajouter un intervenant…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Double-click a pair to merge it</source>
        <translation>Double-cliquez sur une paire pour la fusionner</translation>
    </message>
    <message>
        <source>Add Speaker</source>
        <translation>Ajouter un intervenant</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>%1 ↔ %2: %3</source>
        <translation>%1 ↔ %2 : %3</translation>
    </message>
    <message>
        <source>Likely Duplicates (%1)</source>
        <translation>Doublons probables (%1)</translation>
    </message>
</context>
<context>
    <name>Lectern::SyncDialog</name>
    <message>
        <source>Sync with Phabricator</source>
        <translation>Synchroniser avec Phabricator</translation>
    </message>
    <message>
        <source>the project&apos;s hashtag, e.g. tech-talks</source>
        <translation>le mot-dièse du projet, par exemple tech-talks</translation>
    </message>
    <message>
        <source>empty: $%1</source>
        <translation>vide : $%1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the file that holds your Conduit API token</source>
        <translation>Choisir le fichier qui contient votre jeton d&apos;API Conduit</translation>
    </message>
    <message>
        <source>New and changed tasks of the project come into the inbox. Your reviews and decisions stay as they are. The token file must be readable by you alone.</source>
        <translation>Les tâches nouvelles et modifiées du projet arrivent dans la boîte de réception. Vos évaluations et décisions restent telles quelles. Le fichier de jeton doit être lisible par vous seul.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>Fichier de &amp;jeton :</translation>
    </message>
    <message>
        <source>Token File</source>
        <translation>Fichier de jeton</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>give the address of the Phabricator server.</source>
        <translation>indiquez l&apos;adresse du serveur Phabricator.</translation>
    </message>
    <message>
        <source>Project: name the project whose tasks are proposals.</source>
        <translation>Projet : indiquez le projet dont les tâches sont des propositions.</translation>
    </message>
    <message>
        <source>Reading tasks… %1 so far</source>
        <translation>Lecture des tâches… %1 jusqu&apos;ici</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) read: </source>
        <translation>
            <numerusform>%n tâche lue : </numerusform>
            <numerusform>%n tâches lues : </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged.</source>
        <translation>%1 nouvelles, %2 mises à jour, %3 inchangées.</translation>
    </message>
    <message numerus="yes">
        <source>%n changed upstream since you reviewed them.</source>
        <translation>
            <numerusform>%n modifiée dans le suivi depuis votre évaluation.</numerusform>
            <numerusform>%n modifiées dans le suivi depuis votre évaluation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed upstream.</source>
        <translation>
            <numerusform>%n fermée dans le suivi.</numerusform>
            <numerusform>%n fermées dans le suivi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&lt;b&gt;The sync did not complete.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La synchronisation n&apos;a pas abouti.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>Lectern::TalkDifferences</name>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>title %1</source>
        <translation>titre %1</translation>
    </message>
    <message>
        <source>date %1</source>
        <translation>date %1</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>time %1</source>
        <translation>heure %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>TBA</source>
        <translation>TBA</translation>
    </message>
    <message numerus="yes">
        <source>length %n minute(s)</source>
        <translation>
            <numerusform>durée %n minute</numerusform>
            <numerusform>durée %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>speakers %1</source>
        <translation>intervenant·es %1</translation>
    </message>
    <message>
        <source>stream link</source>
        <translation>lien du direct</translation>
    </message>
    <message>
        <source>slides</source>
        <translation>diapositives</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
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
        <translation>Modifier la conférence</translation>
    </message>
    <message>
        <source>New Talk</source>
        <translation>Nouvelle conférence</translation>
    </message>
    <message>
        <source>What the talk is called</source>
        <translation>Le titre de la conférence</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Season </source>
        <translation>Saison </translation>
    </message>
    <message>
        <source>Episode </source>
        <translation>Épisode </translation>
    </message>
    <message>
        <source>Scheduled on</source>
        <translation>Planifiée le</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Untick while the time is to be announced</source>
        <translation>Décochez tant que l&apos;heure est à annoncer</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name of a speaker, known or new</source>
        <translation>Nom d&apos;un intervenant, connu ou nouveau</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Topic areas, separated by commas</source>
        <translation>Thèmes, séparés par des virgules</translation>
    </message>
    <message>
        <source>What the talk is about, as it will be announced</source>
        <translation>Le sujet de la conférence, tel qu&apos;il sera annoncé</translation>
    </message>
    <message>
        <source>Private notes for the coordinators</source>
        <translation>Notes privées pour les organisateurs</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>N&amp;umbering:</source>
        <translation>N&amp;umérotation :</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>S&amp;peakers:</source>
        <translation>&amp;Intervenants :</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>T&amp;hèmes :</translation>
    </message>
    <message>
        <source>Stream:</source>
        <translation>Diffusion :</translation>
    </message>
    <message>
        <source>Slides:</source>
        <translation>Diapositives :</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Enregistrement :</translation>
    </message>
    <message>
        <source>&amp;Abstract:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>%1 (new record)</source>
        <translation>%1 (nouvelle fiche)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <source>The time is to be announced.</source>
        <translation>L&apos;heure est à annoncer.</translation>
    </message>
    <message>
        <source>Not scheduled yet.</source>
        <translation>Pas encore planifiée.</translation>
    </message>
    <message>
        <source>%1 UTC is %2 your time.</source>
        <translation>%1 UTC, c&apos;est %2 chez vous.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 UTC is %2%3 in %4 for %5.</source>
        <translation>%1 UTC, c&apos;est %2%3 à %4 pour %5.</translation>
    </message>
    <message>
        <source>Use &amp;Their Version</source>
        <translation>Prendre &amp;leur version</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>Save your fields over the other change when you press OK</source>
        <translation>Enregistrer vos champs par-dessus l’autre modification en appuyant sur OK</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>&lt;b&gt;This talk was deleted by %1&lt;/b&gt; while you were editing it. It cannot be saved; Cancel closes the editor.</source>
        <translation>&lt;b&gt;Cet exposé a été supprimé par %1&lt;/b&gt; pendant que vous le modifiiez. Il ne peut pas être enregistré ; Annuler ferme l’éditeur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This talk was changed by %1&lt;/b&gt; while you were editing it. Now: %2. Use their version, or keep yours and save it over theirs.</source>
        <translation>&lt;b&gt;Cet exposé a été modifié par %1&lt;/b&gt; pendant que vous le modifiiez. Maintenant : %2. Prenez leur version, ou gardez la vôtre et enregistrez-la par-dessus.</translation>
    </message>
    <message>
        <source>the same fields as before</source>
        <translation>les mêmes champs qu’avant</translation>
    </message>
</context>
<context>
    <name>Lectern::TalkOperations</name>
    <message>
        <source>Add “%1” on %2?</source>
        <translation>Ajouter « %1 » le %2 ?</translation>
    </message>
    <message>
        <source>Add “%1”?</source>
        <translation>Ajouter « %1 » ?</translation>
    </message>
    <message>
        <source>Add Anyway</source>
        <translation>Ajouter quand même</translation>
    </message>
    <message>
        <source>Save “%1”?</source>
        <translation>Enregistrer « %1 » ?</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>%1 at %2 UTC</source>
        <translation>%1 à %2 UTC</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Déplacer « %1 » au %2</translation>
    </message>
    <message>
        <source>Move Anyway</source>
        <translation>Déplacer quand même</translation>
    </message>
    <message>
        <source>Move “%1” to %2?</source>
        <translation>Déplacer « %1 » au %2 ?</translation>
    </message>
    <message numerus="yes">
        <source>Move %n talk(s) to %1?</source>
        <translation>
            <numerusform>Déplacer %n conférence au %1 ?</numerusform>
            <numerusform>Déplacer %n conférences au %1 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n talk(s) to %1</source>
        <translation>
            <numerusform>Déplacer %n conférence au %1</numerusform>
            <numerusform>Déplacer %n conférences au %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>Annuler « %1 »</translation>
    </message>
    <message>
        <source>Schedule “%1” on %2?</source>
        <translation>Planifier « %1 » le %2 ?</translation>
    </message>
    <message>
        <source>Schedule Anyway</source>
        <translation>Planifier quand même</translation>
    </message>
    <message>
        <source>Schedule “%1” on %2</source>
        <translation>Planifier « %1 » le %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n talk(s) from %1</source>
        <translation>
            <numerusform>Importer %n conférence depuis %1</numerusform>
            <numerusform>Importer %n conférences depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1 : %2 Rien n’a été importé.</translation>
    </message>
    <message>
        <source>events that cannot be talks (--strict): %1</source>
        <translation>événements qui ne peuvent pas être des conférences (--strict) : %1</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>The talk “%1” was changed by %2 since it was opened: now %3. Nothing was saved.</source>
        <translation>L’exposé « %1 » a été modifié par %2 depuis son ouverture : maintenant %3. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>the same values as yours</source>
        <translation>les mêmes valeurs que les vôtres</translation>
    </message>
</context>
<context>
    <name>Lectern::TalkRepository</name>
    <message>
        <source>Cannot link speaker %1 to the talk: %2</source>
        <translation>Impossible de rattacher l&apos;intervenant %1 à la conférence : %2</translation>
    </message>
    <message>
        <source>Only a talk read from the database can be restored.</source>
        <translation>Seule une conférence lue dans la base peut être restaurée.</translation>
    </message>
    <message>
        <source>The talk “%1” was changed elsewhere since it was read; reload it and try again.</source>
        <translation>La conférence « %1 » a été modifiée ailleurs depuis sa lecture ; rechargez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>Lectern::TemplateEditorDialog</name>
    <message>
        <source>Edit Template “%1”</source>
        <translation>Modifier le modèle « %1 »</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Espaces réservés : %1</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Texte :</translation>
    </message>
</context>
<context>
    <name>Lectern::Transaction</name>
    <message>
        <source>The connection to %1 was lost while saving, and the server did not confirm the change. Lectern reconnects as soon as the server answers and then shows what it holds.</source>
        <translation>La connexion à %1 a été perdue pendant l’enregistrement et le serveur n’a pas confirmé la modification. Lectern se reconnecte dès que le serveur répond, puis affiche ce qu’il contient.</translation>
    </message>
</context>
<context>
    <name>Lectern::Triage</name>
    <message>
        <source>The proposal “%1” is already talk %2.</source>
        <translation>La proposition « %1 » est déjà la conférence %2.</translation>
    </message>
    <message>
        <source>The proposal “%1” is %2; only accepted or shortlisted proposals are scheduled.</source>
        <translation>La proposition « %1 » est %2 ; seules les propositions acceptées ou présélectionnées sont planifiées.</translation>
    </message>
    <message>
        <source>status: A proposal becomes scheduled by scheduling it, not by setting its status.</source>
        <translation>status : une proposition devient planifiée en la planifiant, pas en changeant son statut.</translation>
    </message>
    <message>
        <source>reason: Putting a proposal on hold needs a reason (what it waits for).</source>
        <translation>reason : mettre une proposition en attente demande un motif (ce qu&apos;elle attend).</translation>
    </message>
    <message>
        <source>Proposal %1 is talk %2 now; delete or cancel the talk instead.</source>
        <translation>La proposition %1 est maintenant la conférence %2 ; supprimez ou annulez plutôt la conférence.</translation>
    </message>
</context>
<context>
    <name>Lectern::UserGuideWindow</name>
    <message>
        <source>Lectern Handbook</source>
        <translation>Manuel de Lectern</translation>
    </message>
</context>
<context>
    <name>Lectern::WelcomePage</name>
    <message>
        <source>Welcome to Lectern</source>
        <translation>Bienvenue dans Lectern</translation>
    </message>
    <message>
        <source>Lectern keeps the schedule, proposals and speakers of a talk series. How would you like to start?</source>
        <translation>Lectern tient le calendrier, les propositions et les intervenants d&apos;un cycle de conférences. Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>Explore the sample series</source>
        <translation>Explorer la série d&apos;exemple</translation>
    </message>
    <message>
        <source>Sixteen real talks from 2019 and 2020 with their speakers, and a list of nominations to review.</source>
        <translation>Seize vraies conférences de 2019 et 2020 avec leurs intervenants, et une liste de propositions à évaluer.</translation>
    </message>
    <message>
        <source>Start an empty series</source>
        <translation>Commencer une série vide</translation>
    </message>
    <message>
        <source>A new database for your own talk series.</source>
        <translation>Une nouvelle base de données pour votre propre cycle de conférences.</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Ouvrir une base de données existante…</translation>
    </message>
    <message>
        <source>A Lectern database file you already have.</source>
        <translation>Un fichier de base Lectern que vous avez déjà.</translation>
    </message>
    <message>
        <source>The new database will be saved as %1</source>
        <translation>La nouvelle base sera enregistrée sous %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lectern databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Lectern (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>NextUp</name>
    <message numerus="yes">
        <source>waiting for a first review for %n day(s)</source>
        <translation>
            <numerusform>attend une première évaluation depuis %n jour</numerusform>
            <numerusform>attend une première évaluation depuis %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxEntry</name>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>en cours d’envoi</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>issue inconnue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>ProposalSource</name>
    <message>
        <source>Entered by hand</source>
        <translation>Saisie à la main</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>Nomination</translation>
    </message>
    <message>
        <source>Phabricator</source>
        <translation>Phabricator</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>Fichier importé</translation>
    </message>
</context>
<context>
    <name>ProposalStatus</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>En évaluation</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Présélectionnée</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
</context>
<context>
    <name>SeriesOperations</name>
    <message>
        <source>Edit the template “%1”</source>
        <translation>Modifier le modèle « %1 »</translation>
    </message>
    <message>
        <source>world time: “%1” is not a time zone name such as Europe/Berlin.</source>
        <translation>world time : « %1 » n’est pas un nom de fuseau horaire comme Europe/Berlin.</translation>
    </message>
    <message>
        <source>Change the series “%1”</source>
        <translation>Modifier la série « %1 »</translation>
    </message>
</context>
<context>
    <name>SpeakerRole</name>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modération</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database %1 refused a statement: %2</source>
        <translation>La base de données %1 a refusé une instruction : %2</translation>
    </message>
    <message>
        <source>The database %1 failed: %2</source>
        <translation>La base de données %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Lectern is offline: the connection to the database %1 on %2 was lost. Nothing was read or written.</source>
        <translation>Lectern est hors ligne : la connexion à la base de données %1 sur %2 a été perdue. Rien n’a été lu ni écrit.</translation>
    </message>
</context>
<context>
    <name>SyntheticData</name>
    <message>
        <source>%1 already holds talks; synthetic data is only generated into an empty database.</source>
        <translation>%1 contient déjà des conférences ; les données synthétiques ne sont générées que dans une base vide.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>Talk</name>
    <message>
        <source>A talk needs a title.</source>
        <translation>Une conférence doit avoir un titre.</translation>
    </message>
    <message>
        <source>The duration must be between 1 and 1440 minutes, not %1.</source>
        <translation>La durée doit être comprise entre 1 et 1440 minutes, pas %1.</translation>
    </message>
    <message>
        <source>Seasons are numbered from 1.</source>
        <translation>Les saisons sont numérotées à partir de 1.</translation>
    </message>
    <message>
        <source>Episodes are numbered from 1.</source>
        <translation>Les épisodes sont numérotés à partir de 1.</translation>
    </message>
    <message>
        <source>A talk without a date cannot have a start time.</source>
        <translation>Une conférence sans date ne peut pas avoir d&apos;heure de début.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (expected e.g. https://example.org/...).</source>
        <translation>« %1 » n&apos;est pas une adresse web (attendu par exemple https://example.org/...).</translation>
    </message>
    <message>
        <source>The date %1 is outside what Lectern can write in every format (%2 to %3).</source>
        <translation>La date %1 est en dehors de ce que Lectern peut écrire dans tous les formats (%2 à %3).</translation>
    </message>
</context>
<context>
    <name>TalkChange</name>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>The talk “%1” was changed elsewhere since it was read; it was not deleted.</source>
        <translation>L’exposé « %1 » a été modifié ailleurs depuis sa lecture ; il n’a pas été supprimé.</translation>
    </message>
</context>
<context>
    <name>TalkStatus</name>
    <message>
        <source>Tentative</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reportée</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <source>There is no email template “%1”; the series has %2.</source>
        <translation>Il n&apos;y a pas de modèle de courriel « %1 » ; la série a %2.</translation>
    </message>
    <message>
        <source>name: A template needs a name.</source>
        <translation>name : un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>The template “%1” was changed elsewhere; reload it.</source>
        <translation>Le modèle « %1 » a été modifié ailleurs ; rechargez-le.</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>Note: </source>
        <translation>Remarque : </translation>
    </message>
    <message>
        <source>Check the Schedule</source>
        <translation>Vérifier le calendrier</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan a recurring talk series: schedule, proposals, speakers, announcements.</source>
        <translation>Planifier un cycle de conférences : calendrier, propositions, intervenants, annonces.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Ouvrir ce fichier de base de données.</translation>
    </message>
    <message>
        <source>Use this interface language (%1, or en) instead of the system&apos;s.</source>
        <translation>Utiliser cette langue d&apos;interface (%1, ou en) au lieu de celle du système.</translation>
    </message>
</context>
</TS>
