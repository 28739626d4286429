#!/usr/bin/env python3
"""Reads lectern-cli's iCalendar output with an independent parser (Debian's python3-icalendar).

Usage: check_ics.py LECTERN_CLI WORKDIR
Builds a database with the sample series and tricky titles, exports, moves and cancels
talks, and checks what a subscribed calendar would see.
"""
import json
import os
import subprocess
import sys

import icalendar

cli, work = sys.argv[1], sys.argv[2]
os.makedirs(work, exist_ok=True)
db = os.path.join(work, "ics.sqlite")
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(db + suffix):
        os.remove(db + suffix)


def run(*args, expect=0):
    proc = subprocess.run([cli, "--database", db, *args], capture_output=True, text=True)
    if proc.returncode != expect:
        sys.exit(f"lectern-cli {' '.join(args)} exited {proc.returncode}: {proc.stderr}")
    return proc


def events(path):
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    assert cal.get("PRODID").startswith("-//Lectern//"), cal.get("PRODID")
    return {str(e.get("UID")): e for e in cal.walk("VEVENT")}


run("init", "--demo")
tricky = "Commas, semicolons; a\nnewline, emoji 🎤 and ערבית / العربية"
run("talks", "add", "--title", tricky, "--date", "2020-01-15", "--time", "18:00", "--status", "held",
             "--speaker", "Zoë Ünal", "--topic", "RTL; bidi", "--force").stdout.strip()
talks = json.loads(run("talks", "list", "--json").stdout)
by_title = {t["title"]: t for t in talks}
modern = by_title["Modern Event Platform"]
tba = by_title["ResourceLoader tips and tricks"]

first = os.path.join(work, "first.ics")
proc = run("export", "ics", "-o", first)
assert "ResourceLoader tips and tricks" in proc.stderr and "TBA" in proc.stderr, proc.stderr
before = events(first)
assert len(before) == 16, len(before)  # 17 talks, the one with time TBA left out
assert tba["uid"] not in before
e = before[by_title[tricky]["uid"]]
assert str(e.get("SUMMARY")) == tricky, repr(str(e.get("SUMMARY")))
assert e.decoded("DTSTART").isoformat() == "2020-01-15T18:00:00+00:00", e.decoded("DTSTART")
assert e.decoded("DTEND").isoformat() == "2020-01-15T18:45:00+00:00"
assert [str(c) for c in e.get("CATEGORIES").cats] == ["RTL; bidi"], e.get("CATEGORIES").cats
assert "Zoë Ünal" in str(e.get("DESCRIPTION"))

# Moving a talk keeps its UID and raises SEQUENCE; cancelling keeps it in the file.
run("talks", "move", str(modern["id"]), "--to", "2020-07-01", "--force")
run("talks", "cancel", str(by_title["API portal and gateway project"]["id"]))
second = os.path.join(work, "second.ics")
run("export", "ics", "-o", second)
after = events(second)
assert set(after) == set(before)
m = after[modern["uid"]]
assert int(m.get("SEQUENCE", 0)) == int(before[modern["uid"]].get("SEQUENCE", 0)) + 1
assert m.decoded("DTSTART").isoformat() == "2020-07-01T17:00:00+00:00"
c = after[by_title["API portal and gateway project"]["uid"]]
assert str(c.get("STATUS")) == "CANCELLED", c.get("STATUS")

# The same data gives the same file, but for DTSTAMP.
third = os.path.join(work, "third.ics")
run("export", "ics", "-o", third)
strip = lambda p: [l for l in open(p, encoding="utf-8").read().splitlines() if not l.startswith("DTSTAMP")]
assert strip(second) == strip(third)

# The file reads back into Lectern: every UID is known and nothing differs, so nothing changes.
proc = run("import", "ics", second)
assert "0 created, 0 updated, 16 unchanged, 0 skipped." in proc.stdout, proc.stdout
print("check_ics: 1 passed, 0 failed")
