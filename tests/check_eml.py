#!/usr/bin/env python3
"""Reads lectern-cli's .eml files with Python's email package (policy=default).

Usage: check_eml.py LECTERN_CLI WORKDIR
"""
import email
import email.policy
import json
import os
import sqlite3
import subprocess
import sys

cli, work = sys.argv[1], sys.argv[2]
os.makedirs(work, exist_ok=True)
db = os.path.join(work, "eml.sqlite")
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(db + suffix):
        os.remove(db + suffix)


def run(*args, expect=0):
    proc = subprocess.run([cli, "--database", db, *args], capture_output=True)
    if proc.returncode != expect:
        sys.exit(f"lectern-cli {' '.join(args)} exited {proc.returncode}: {proc.stderr.decode()}")
    return proc


def parse(path):
    with open(path, "rb") as f:
        raw = f.read()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), "every line ends in CRLF"
    return email.message_from_bytes(raw, policy=email.policy.default)


checked = 0
run("init", "--demo")
talks = {t["title"]: t for t in json.loads(run("talks", "list", "--json").stdout)}

# A title in several scripts, with emoji, and a speaker name with diacritics.
title = "Ünïcödé, emoji 🎤 and עברית: a talk about “quotes”"
tid = run("talks", "add", "--title", title, "--date", "2020-01-15", "--time", "18:00", "--status", "held",
          "--speaker", "Zoë Ünal", "--force").stdout.decode().strip()
for tid_, attach in ((tid, False), (str(talks["Data and Decision Science at Wikimedia"]["id"]), True)):
    path = os.path.join(work, f"talk{tid_}.eml")
    extra = ["--attach-ics"] if attach else []
    run("export", "email", "--talk", tid_, "-o", path, *extra)
    rendered = json.loads(run("export", "email", "--talk", tid_, "--json").stdout)
    msg = parse(path)
    for header in ("Date", "Message-ID", "From", "To", "Subject", "MIME-Version"):
        assert msg[header], f"missing {header}"
    assert str(msg["Subject"]) == rendered["subject"], (str(msg["Subject"]), rendered["subject"])
    assert msg["To"].addresses[0].addr_spec == "wikitech-l@lists.wikimedia.org"
    assert msg["From"].addresses[0].addr_spec == "techtalks@example.org"
    body = msg.get_body(preferencelist=("plain",))
    assert body.get_content_charset() == "utf-8"
    assert body["Content-Transfer-Encoding"] == "quoted-printable"
    assert body.get_content().replace("\r\n", "\n").rstrip("\n") == rendered["body"].rstrip("\n"), "body decodes to the rendered template"
    if attach:
        parts = [p for p in msg.iter_attachments()]
        assert len(parts) == 1 and parts[0].get_content_type() == "text/calendar", parts
        content = parts[0].get_content()
        content = content.encode() if isinstance(content, str) else content
        assert b"BEGIN:VEVENT" in content, content[:200]
    checked += 1

assert title in str(parse(os.path.join(work, f"talk{tid}.eml"))["Subject"])

# A title carrying a line break and a header of its own adds no header.
evil = "Harmless\r\nBcc: victim@example.org\r\nX-Injected: yes"
eid = run("talks", "add", "--title", evil, "--date", "2020-01-22", "--time", "18:00", "--status", "held",
          "--force").stdout.decode().strip()
path = os.path.join(work, "evil.eml")
run("export", "email", "--talk", eid, "-o", path)
msg = parse(path)
assert msg["Bcc"] is None and msg["X-Injected"] is None, list(msg.keys())
assert "Harmless Bcc: victim@example.org X-Injected: yes" in str(msg["Subject"]), str(msg["Subject"])
checked += 1

# An unknown placeholder is an error and writes nothing (the template is edited in SQL here,
# as the export panel would save it).
con = sqlite3.connect(db)
con.execute("UPDATE email_templates SET body = body || '{tittle}' WHERE name = 'reminder'")
con.commit()
con.close()
bad = os.path.join(work, "bad.eml")
proc = run("export", "email", "--talk", tid, "--template", "reminder", "-o", bad, expect=2)
assert b"{tittle}" in proc.stderr and b"line" in proc.stderr, proc.stderr
assert not os.path.exists(bad)
checked += 1
print(f"check_eml: {checked} passed, 0 failed")
