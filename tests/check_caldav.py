#!/usr/bin/env python3
"""Publishing to a real CalDAV server: Debian's Radicale on 127.0.0.1 with an htpasswd user
and a temporary storage folder. What the server holds is read back with a plain HTTP client
and Python's icalendar: the events, their UIDs and times, SEQUENCE after a move,
STATUS:CANCELLED after a cancel, deletion after a delete; a publish with nothing changed
sends one request; an event edited on the server is reported, not overwritten, until
--force; a wrong password; a server that is down; a collection that does not exist yet;
a publish through the outbox that waits for the server and catches up.

Usage: check_caldav.py LECTERN_CLI WORKDIR
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from xml.etree import ElementTree

import icalendar

cli, work = sys.argv[1], sys.argv[2]
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
db = os.path.join(work, "caldav.sqlite")
env = dict(os.environ, HOME=os.path.join(work, "home"), XDG_CONFIG_HOME=os.path.join(work, "home", "config"))
checked = 0


def run(*args, expect=0):
    proc = subprocess.run([cli, "--database", db, *args], capture_output=True, env=env, timeout=120)
    if proc.returncode != expect:
        sys.exit(f"lectern-cli {' '.join(args)} exited {proc.returncode}, not {expect}: {proc.stderr.decode()}")
    return proc


probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
with open(os.path.join(work, "users"), "w") as f:
    f.write("ana:s3cret\n")
with open(os.path.join(work, "config"), "w") as f:
    f.write(f"""[server]
hosts = 127.0.0.1:{port}
[auth]
type = htpasswd
htpasswd_filename = {work}/users
htpasswd_encryption = plain
[storage]
filesystem_folder = {work}/collections
[rights]
type = owner_only
[logging]
level = warning
""")
server = None


def start_server():
    global server
    server = subprocess.Popen([sys.executable, "-m", "radicale", "--config", os.path.join(work, "config")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    sys.exit("radicale did not start")


def stop_server():
    server.terminate()
    server.wait(10)


password = os.path.join(work, "password")
with open(password, "w") as f:
    f.write("s3cret\n")
os.chmod(password, 0o600)
wrong = os.path.join(work, "wrong")
with open(wrong, "w") as f:
    f.write("guess\n")
os.chmod(wrong, 0o600)
collection = f"http://127.0.0.1:{port}/ana/tech-talks/"


def publish(*extra, expect=0, secret=password):
    proc = run("publish", "caldav", "--url", collection, "--user", "ana", "--password-file", secret, "--json", *extra, expect=expect)
    return json.loads(proc.stdout) if proc.stdout.strip() else {}


def http(method, url, body=None, headers=None):
    request = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
    request.add_header("Authorization", "Basic " + base64.b64encode(b"ana:s3cret").decode())
    with urllib.request.urlopen(request) as answer:
        return answer.status, answer.headers, answer.read()


def events():
    """uid → the event, read from the server resource by resource."""
    body = b'<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>'
    _, _, listing = http("PROPFIND", collection, body, {"Depth": "1", "Content-Type": "application/xml"})
    found = {}
    for element in ElementTree.fromstring(listing).iter("{DAV:}href"):
        href = element.text.strip()
        if not href.endswith(".ics"):
            continue
        _, _, ics = http("GET", f"http://127.0.0.1:{port}{href}")
        for event in icalendar.Calendar.from_ical(ics).walk("VEVENT"):
            found[str(event["UID"])] = event
    return found


start_server()
run("init", "--demo")
talks = {t["title"]: t for t in json.loads(run("talks", "list", "--json").stdout)}
timed = [t for t in talks.values() if t.get("time_utc")]

# 1. A collection that does not exist yet is made (MKCALENDAR); every talk with a time is
# there, each with its UID and time.
report = publish()
assert report["created"] == len(timed) and report["conflicts"] == [], report
held = events()
assert len(held) == len(timed), (len(held), len(timed))
pipeline = talks["A Deployment Pipeline Overview"]
uid = pipeline["uid"]
assert str(held[uid]["SUMMARY"]) == pipeline["title"], held[uid]
assert held[uid]["DTSTART"].dt.strftime("%Y-%m-%d %H:%M") == f"{pipeline['date']} {pipeline['time_utc']}", held[uid]["DTSTART"].dt
checked += 1

# 2. Nothing changed: one request (the PROPFIND), nothing sent.
report = publish()
assert report["requests"] == 1 and report["unchanged"] == len(timed) and report["created"] + report["updated"] == 0, report
checked += 1

# 3. A move: the same UID, a higher SEQUENCE, the new time; two requests.
before = int(held[uid].get("SEQUENCE", 0))
run("talks", "move", str(pipeline["id"]), "--to", "2031-03-05T17:00", "--force")
report = publish()
assert report["updated"] == 1 and report["requests"] <= 3, report
moved = events()[uid]
assert int(moved["SEQUENCE"]) > before and moved["DTSTART"].dt.strftime("%Y-%m-%d %H:%M") == "2031-03-05 17:00", moved
checked += 1

# 4. A cancel: STATUS:CANCELLED kept on the server.
run("talks", "cancel", str(pipeline["id"]))
publish()
assert str(events()[uid]["STATUS"]) == "CANCELLED"
checked += 1

# 5. Edited on the server: reported, not overwritten; --force overwrites it.
other = talks["Documenting Wikimedia technical projects"]
other_uid = other["uid"]
name = other_uid + ".ics"
_, _, ics = http("GET", collection + name)
edited = ics.replace(b"SUMMARY:Documenting Wikimedia technical projects", b"SUMMARY:Renamed on the server")
http("PUT", collection + name, edited, {"Content-Type": "text/calendar"})
run("talks", "edit", str(other["id"]), "--title", "Documenting Wikimedia technical projects (updated)", "--force")
proc = run("publish", "caldav", "--url", collection, "--user", "ana", "--password-file", password, expect=3)
assert b"changed on the server" in proc.stderr and b"Renamed on the server" in proc.stderr, proc.stderr
assert str(events()[other_uid]["SUMMARY"]) == "Renamed on the server"
# The conflict is kept, with what differs, for the window and `publish status`.
status = json.loads(run("publish", "status", "--url", collection, "--json").stdout)
[kept] = status["conflicts"]
assert kept["talk"] == other["id"] and not kept["overwrite"], kept
assert "Renamed on the server" in kept["differs"] and "(updated)" in kept["differs"], kept
assert status["lastPublish"]["error"] == "" and status["waiting"] == {"created": 0, "updated": 0, "withdrawn": 0}, status
report = publish("--force")
assert report["updated"] == 1 and str(events()[other_uid]["SUMMARY"]) == "Documenting Wikimedia technical projects (updated)", report
assert json.loads(run("publish", "status", "--url", collection, "--json").stdout)["conflicts"] == []
checked += 1

# 5b. Answering one conflict: "keep the server's copy" leaves it (no conflict, nothing sent)
# until the talk changes here; "overwrite" replaces it on the next publish, without --force.
_, _, ics = http("GET", collection + name)
http("PUT", collection + name, ics.replace(b"(updated)", b"(server)"), {"Content-Type": "text/calendar"})
publish(expect=3)
run("publish", "resolve", "--url", collection, "--talk", str(other["id"]), "--keep-server")
report = publish()
assert report["conflicts"] == [] and report["updated"] == 0 and report["requests"] == 1, report
assert str(events()[other_uid]["SUMMARY"]).endswith("(server)")
run("talks", "edit", str(other["id"]), "--title", "Documenting Wikimedia technical projects", "--force")
assert json.loads(run("publish", "status", "--url", collection, "--json").stdout)["waiting"]["updated"] == 1
report = publish()
assert report["updated"] == 1 and str(events()[other_uid]["SUMMARY"]) == "Documenting Wikimedia technical projects", report
_, _, ics = http("GET", collection + name)
http("PUT", collection + name, ics.replace(b"SUMMARY:Documenting", b"SUMMARY:Edited"), {"Content-Type": "text/calendar"})
publish(expect=3)
proc = run("publish", "resolve", "--url", collection, "--talk", str(pipeline["id"]), "--overwrite", expect=2)
assert b"no conflict" in proc.stderr, proc.stderr
run("publish", "resolve", "--url", collection, "--talk", str(other["id"]), "--overwrite")
assert json.loads(run("publish", "status", "--url", collection, "--json").stdout)["conflicts"][0]["overwrite"]
report = publish()
assert report["updated"] == 1 and report["conflicts"] == [], report
assert str(events()[other_uid]["SUMMARY"]) == "Documenting Wikimedia technical projects"
checked += 1

# 6. A delete removes the event; a time back to "to be announced" withdraws it.
run("talks", "delete", str(pipeline["id"]))
report = publish()
assert report["deleted"] == 1 and uid not in events(), report
checked += 1

# 7. A wrong password: refused, nothing changed.
proc = run("publish", "caldav", "--url", collection, "--user", "ana", "--password-file", wrong, expect=4)
assert b"refused the user name or password" in proc.stderr, proc.stderr
checked += 1

# 8. The server down: a clear failure; up again, the change waiting goes out.
stop_server()
run("talks", "move", str(other["id"]), "--to", "2031-04-02T18:00", "--force")
proc = run("publish", "caldav", "--url", collection, "--user", "ana", "--password-file", password, expect=4)
assert b"could not be reached" in proc.stderr, proc.stderr
start_server()
report = publish()
assert report["updated"] == 1 and events()[other_uid]["DTSTART"].dt.strftime("%Y-%m-%d") == "2031-04-02", report
checked += 1

# 9. Through the outbox: queued while the server is down (one waiting publish for any number
# of changes), tried and kept for later; the server back, it catches up.
stop_server()
run("talks", "move", str(other["id"]), "--to", "2031-05-07T18:00", "--force")
entry = int(run("publish", "caldav", "--url", collection, "--queue").stdout)
again = run("publish", "caldav", "--url", collection, "--queue")
assert b"already waits" in again.stderr and not again.stdout.strip(), again
sender = ["outbox", "send", "--calendar-user", "ana", "--calendar-password-file", password, "--timeout", "5"]
run(*sender, expect=4)
waiting = {e["id"]: e for e in json.loads(run("outbox", "list", "--json").stdout)}[entry]
assert waiting["state"] == "failed" and waiting.get("nextTryAt") and "could not be reached" in waiting["lastError"], waiting
start_server()
run(*sender, "--id", str(entry))
done = {e["id"]: e for e in json.loads(run("outbox", "list", "--json").stdout)}[entry]
assert done["state"] == "sent", done
assert events()[other_uid]["DTSTART"].dt.strftime("%Y-%m-%d") == "2031-05-07"
checked += 1

stop_server()
print(f"check_caldav: {checked} passed, 0 failed")
