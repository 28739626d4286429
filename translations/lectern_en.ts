<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ICalendarImport</name>
    <message numerus="yes">
        <source>%n event(s) had times without a zone; they were read in the calendar&apos;s zone %1 (X-WR-TIMEZONE).</source>
        <translation>
            <numerusform>%n event had times without a zone; it was read in the calendar&apos;s zone %1 (X-WR-TIMEZONE).</numerusform>
            <numerusform>%n events had times without a zone; they were read in the calendar&apos;s zone %1 (X-WR-TIMEZONE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) had times without a zone and the calendar names none; they were read as UTC.</source>
        <translation>
            <numerusform>%n event had times without a zone and the calendar names none; it was read as UTC.</numerusform>
            <numerusform>%n events had times without a zone and the calendar names none; they were read as UTC.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Cli</name>
    <message numerus="yes">
        <source>nothing imported: %n row(s) have problems. Correct them, or use --valid-rows to import the other %1.</source>
        <translation>
            <numerusform>nothing imported: %n row has problems. Correct it, or use --valid-rows to import the other %1.</numerusform>
            <numerusform>nothing imported: %n rows have problems. Correct them, or use --valid-rows to import the other %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n talk</numerusform>
            <numerusform>%n talks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::ExportBuilder</name>
    <message numerus="yes">
        <source>An announcement is about one talk; this one is about “%1”, the first of the %n chosen.</source>
        <translation>
            <numerusform>An announcement is about one talk; this one is about “%1”, the only one chosen.</numerusform>
            <numerusform>An announcement is about one talk; this one is about “%1”, the first of the %n chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::InboxPage</name>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) marked %1. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n proposal marked %1. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n proposals marked %1. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 have problems.</source>
        <translation>
            <numerusform>%n row of %1 has problems.</numerusform>
            <numerusform>%n rows of %1 have problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n proposal(s) from %1</source>
        <translation>
            <numerusform>Import %n proposal from %1</numerusform>
            <numerusform>Import %n proposals from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n proposal(s); %1 were already in the inbox.</source>
        <translation>
            <numerusform>Imported %n proposal; %1 were already in the inbox.</numerusform>
            <numerusform>Imported %n proposals; %1 were already in the inbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindow</name>
    <message numerus="yes">
        <source>Updated with %n change(s) by %1</source>
        <translation>
            <numerusform>Updated with %n change by %1</numerusform>
            <numerusform>Updated with %n changes by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Outbox: %n waiting</numerusform>
            <numerusform>Outbox: %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar conflict(s)</source>
        <translation>
            <numerusform>%n calendar conflict</numerusform>
            <numerusform>%n calendar conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::OutboxSender</name>
    <message numerus="yes">
        <source>%n entry(ies) had been left half-sent by a sender that stopped; their outcome is unknown.</source>
        <translation>
            <numerusform>%n entry had been left half-sent by a sender that stopped; its outcome is unknown.</numerusform>
            <numerusform>%n entries had been left half-sent by a sender that stopped; their outcome is unknown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::ProposalOperations</name>
    <message numerus="yes">
        <source>Mark %n proposal(s) as %1</source>
        <translation>
            <numerusform>Mark %n proposal as %1</numerusform>
            <numerusform>Mark %n proposals as %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::PublishPanel</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to withdraw</source>
        <translation>
            <numerusform>%n to withdraw</numerusform>
            <numerusform>%n to withdraw</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::SchedulePage</name>
    <message numerus="yes">
        <source>Months Ahead (%n open)</source>
        <translation>
            <numerusform>Months Ahead (%n open)</numerusform>
            <numerusform>Months Ahead (%n open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::SpeakerOperations</name>
    <message numerus="yes">
        <source>%1 is linked to %n talk(s). Merge the record into another one (Likely Duplicates), or remove %1 from those talks first.</source>
        <translation>
            <numerusform>%1 is linked to %n talk. Merge the record into another one (Likely Duplicates), or remove %1 from that talk first.</numerusform>
            <numerusform>%1 is linked to %n talks. Merge the record into another one (Likely Duplicates), or remove %1 from those talks first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::SpeakerRepository</name>
    <message numerus="yes">
        <source>%1 is linked to %n talk(s); unlink or merge them before deleting the record.</source>
        <translation>
            <numerusform>%1 is linked to %n talk; unlink it or merge the record before deleting it.</numerusform>
            <numerusform>%1 is linked to %n talks; unlink or merge them before deleting the record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::SyncDialog</name>
    <message numerus="yes">
        <source>%n task(s) read: </source>
        <translation>
            <numerusform>%n task read: </numerusform>
            <numerusform>%n tasks read: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed upstream since you reviewed them.</source>
        <translation>
            <numerusform>%n changed upstream since you reviewed it.</numerusform>
            <numerusform>%n changed upstream since you reviewed them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed upstream.</source>
        <translation>
            <numerusform>%n closed upstream.</numerusform>
            <numerusform>%n closed upstream.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::TalkDifferences</name>
    <message numerus="yes">
        <source>length %n minute(s)</source>
        <translation>
            <numerusform>length %n minute</numerusform>
            <numerusform>length %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::TalkOperations</name>
    <message numerus="yes">
        <source>Move %n talk(s) to %1?</source>
        <translation>
            <numerusform>Move %n talk to %1?</numerusform>
            <numerusform>Move %n talks to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n talk(s) to %1</source>
        <translation>
            <numerusform>Move %n talk to %1</numerusform>
            <numerusform>Move %n talks to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n talk(s) from %1</source>
        <translation>
            <numerusform>Import %n talk from %1</numerusform>
            <numerusform>Import %n talks from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NextUp</name>
    <message numerus="yes">
        <source>waiting for a first review for %n day(s)</source>
        <translation>
            <numerusform>waiting for a first review for %n day</numerusform>
            <numerusform>waiting for a first review for %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
