#!/usr/bin/env python3
"""The outbox against a real mail server: Debian's aiosmtpd on 127.0.0.1 with STARTTLS (a
certificate made here, trusted only through --ca-file) and AUTH. What arrives is read with
Python's email package and icalendar. Every failure leaves the entry failed or unknown with
its reason, and nothing arrives twice.

Usage: check_outbox.py LECTERN_CLI WORKDIR
"""
import email
import email.policy
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import icalendar

cli, work = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
db = os.path.join(work, "outbox.sqlite")
env = dict(os.environ, HOME=os.path.join(work, "home"), XDG_CONFIG_HOME=os.path.join(work, "home", "config"))
checked = 0


def run(*args, expect=0):
    proc = subprocess.run([cli, "--database", db, *args], capture_output=True, env=env, timeout=60)
    if proc.returncode != expect:
        sys.exit(f"lectern-cli {' '.join(args)} exited {proc.returncode}, not {expect}: {proc.stderr.decode()}")
    return proc


def openssl(*args):
    subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=work)


# A CA of the test's own and the server's certificate for 127.0.0.1; a second, unrelated CA.
openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Lectern test CA")
openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1")
with open(os.path.join(work, "ext.cnf"), "w") as f:
    f.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n")
openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "ext.cnf")
openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other.key", "-out", "other.pem", "-days", "2", "-subj", "/CN=Someone else")

inbox = os.path.join(work, "arrived")
server = None
port = None


def start_server():
    global server, port
    server = subprocess.Popen([sys.executable, os.path.join(here, "smtp_server.py"), os.path.join(work, "server.pem"),
                               os.path.join(work, "server.key"), inbox, "ana", "s3cret"], stdout=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    assert line.startswith("ready "), line
    port = int(line.split()[1])


def stop_server():
    server.terminate()
    server.wait(10)


def arrived():
    return sorted(n for n in os.listdir(inbox) if n.endswith(".eml")) if os.path.isdir(inbox) else []


def entries():
    return {e["id"]: e for e in json.loads(run("outbox", "list", "--json").stdout)}


def write_private(name, text):
    path = os.path.join(work, name)
    with open(path, "w") as f:
        f.write(text + "\n")
    os.chmod(path, 0o600)
    return path


good = write_private("password", "s3cret")
wrong = write_private("wrong", "guess")


def send(*extra, expect=0, ca="ca.pem", password=good):
    return run("outbox", "send", "--smtp", f"smtp://ana@127.0.0.1:{port}?security=starttls", "--password-file", password,
               "--ca-file", os.path.join(work, ca), "--timeout", "10", *extra, expect=expect)


start_server()
run("init", "--demo")
talks = {t["title"]: t for t in json.loads(run("talks", "list", "--json").stdout)}
title = "Ünïcödé, emoji 🎤 and עברית: a talk about “quotes”"
tid = run("talks", "add", "--title", title, "--date", "2031-01-15", "--time", "18:00", "--status", "confirmed",
          "--speaker", "Zoë Ünal", "--force").stdout.decode().strip()

# 1. An announcement with the talk attached arrives whole, once.
first = int(run("announce", "--talk", tid, "--attach-ics").stdout)
rendered = json.loads(run("export", "email", "--talk", tid, "--json").stdout)
assert entries()[first]["state"] == "queued"
out = send()
assert b"1 sent" in out.stdout, out.stdout
assert arrived() == ["0001.eml"], arrived()
with open(os.path.join(inbox, "0001.eml"), "rb") as f:
    raw = f.read()
msg = email.message_from_bytes(raw, policy=email.policy.default)
assert str(msg["Subject"]) == rendered["subject"], (str(msg["Subject"]), rendered["subject"])
assert msg["To"].addresses[0].addr_spec == "wikitech-l@lists.wikimedia.org"
assert msg["From"].addresses[0].addr_spec == "techtalks@example.org"
assert msg["X-Unsent"] is None, "a sent message is no draft"
body = msg.get_body(preferencelist=("plain",))
assert body.get_content_charset() == "utf-8"
assert body.get_content().replace("\r\n", "\n").rstrip("\n") == rendered["body"].rstrip("\n")
parts = list(msg.iter_attachments())
assert len(parts) == 1 and parts[0].get_content_type() == "text/calendar", parts
calendar = icalendar.Calendar.from_ical(parts[0].get_payload(decode=True))
events = [c for c in calendar.walk("VEVENT")]
assert len(events) == 1 and str(events[0]["SUMMARY"]) == title, events
assert entries()[first]["state"] == "sent" and entries()[first]["sentAt"]
con = sqlite3.connect(db)
assert con.execute("SELECT channel, template FROM announcements WHERE talk_id = ?", (int(tid),)).fetchall() == [("smtp", "announcement")]
con.close()
send()
assert arrived() == ["0001.eml"], "nothing due: nothing sent again"
checked += 1

# 2. The same template again for the same talk asks first.
proc = run("announce", "--talk", tid, expect=3)
assert b"was sent for this talk" in proc.stderr, proc.stderr
checked += 1

# A password file others can read is refused before anything is sent.
loose = write_private("loose", "s3cret")
os.chmod(loose, 0o644)
proc = send(password=loose, expect=2)
assert b"can be read by other users" in proc.stderr, proc.stderr

# 3. A wrong password: refused, nothing sent, the reason kept; with the right one it goes.
again = int(run("announce", "--talk", tid, "--force").stdout)
proc = send(password=wrong, expect=4)
entry = entries()[again]
assert entry["state"] == "failed" and "refused the login" in entry["lastError"] and "nextTryAt" not in entry, entry
assert arrived() == ["0001.eml"]
run("outbox", "retry", str(again))
send()
assert entries()[again]["state"] == "sent" and len(arrived()) == 2
checked += 1

# 4. A certificate nobody vouched for: not trusted, nothing sent.
other = int(run("announce", "--talk", str(talks["Data and Decision Science at Wikimedia"]["id"])).stdout)
proc = send(ca="other.pem", expect=4)
entry = entries()[other]
assert entry["state"] == "failed" and "not trusted" in entry["lastError"], entry
assert len(arrived()) == 2
run("outbox", "retry", str(other))
send()
assert entries()[other]["state"] == "sent" and len(arrived()) == 3
checked += 1

# 5. A refused recipient: the server's answer is the reason; nothing sent.
run("series", "edit", "--mailing-list", "refuse@example.org")
refused = int(run("announce", "--talk", str(talks["How to compare text across multiple languages"]["id"])).stdout)
proc = send(expect=4)
entry = entries()[refused]
assert entry["state"] == "failed" and "Recipient address rejected" in entry["lastError"], entry
assert len(arrived()) == 3
run("outbox", "cancel", str(refused))
checked += 1

# 6. The server gone: a failure that may pass, retried later; back up, it goes once.
run("series", "edit", "--mailing-list", "wikitech-l@lists.wikimedia.org")
gone = int(run("announce", "--talk", str(talks["Documenting Wikimedia technical projects"]["id"])).stdout)
stop_server()
proc = send(expect=4)
entry = entries()[gone]
assert entry["state"] == "failed" and "could not be reached" in entry["lastError"] and entry["nextTryAt"], entry
start_server()
send()  # not due yet: the retry waits for its time
assert entries()[gone]["state"] == "failed" and len(arrived()) == 3
send("--id", str(gone))
assert entries()[gone]["state"] == "sent" and len(arrived()) == 4
checked += 1

# 7. The connection dropped after the message was handed over: outcome unknown, never resent
# unasked.
run("series", "edit", "--mailing-list", "drop@example.org")
dropped = int(run("announce", "--talk", str(talks["A Deployment Pipeline Overview"]["id"])).stdout)
proc = send(expect=4)
entry = entries()[dropped]
assert entry["state"] == "unknown" and "may have been sent" in entry["lastError"], entry
send()
assert entries()[dropped]["state"] == "unknown"
checked += 1

# 8. The sender killed while the server holds the message: the outbox stays consistent and the
# entry's outcome is unknown (it is not sent again by the next run).
run("series", "edit", "--mailing-list", "stall@example.org")
stalled = int(run("announce", "--talk", str(talks["Modern Event Platform"]["id"])).stdout)
sender = subprocess.Popen([cli, "--database", db, "outbox", "send", "--smtp", f"smtp://ana@127.0.0.1:{port}?security=starttls",
                           "--password-file", good, "--ca-file", os.path.join(work, "ca.pem")], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
while True:  # the server says when the data begins
    line = server.stdout.readline()
    if line.startswith("data-begin") and "stall@" in line:
        break
os.kill(sender.pid, signal.SIGKILL)
sender.wait()
assert entries()[stalled]["state"] == "sending"
con = sqlite3.connect(db)
assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
con.close()
proc = send(expect=4)
assert b"left half-sent" in proc.stderr, proc.stderr
entry = entries()[stalled]
assert entry["state"] == "unknown" and "sender stopped" in entry["lastError"], entry
checked += 1

stop_server()
print(f"check_outbox: {checked} passed, 0 failed")
