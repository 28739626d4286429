#!/usr/bin/env python3
"""Publishing to a CalDAV server, measured: the sample series from scratch, 1,000 talks from
scratch, and a re-publish of 1 changed talk out of 1,000 published — requests and time.
The server is Debian's Radicale on 127.0.0.1 with a temporary storage folder, as in the tests.

Usage: bench/caldav_bench.py LECTERN_CLI WORKDIR [--runs N]
"""
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time

cli, work = sys.argv[1], sys.argv[2]
runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
with open(os.path.join(work, "users"), "w") as f:
    f.write("ana:s3cret\n")
with open(os.path.join(work, "config"), "w") as f:
    f.write(f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\nhtpasswd_filename = {work}/users\nhtpasswd_encryption = plain\n"
            f"[storage]\nfilesystem_folder = {work}/collections\n[rights]\ntype = owner_only\n[logging]\nlevel = warning\n")
password = os.path.join(work, "password")
with open(password, "w") as f:
    f.write("s3cret\n")
os.chmod(password, 0o600)
server = subprocess.Popen([sys.executable, "-m", "radicale", "--config", os.path.join(work, "config")],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for _ in range(100):
    try:
        socket.create_connection(("127.0.0.1", port), 0.2).close()
        break
    except OSError:
        time.sleep(0.1)


def cli_run(db, *args):
    proc = subprocess.run([cli, "--database", db, *args], capture_output=True, check=False)
    if proc.returncode not in (0, 3):
        sys.exit(f"{args}: {proc.stderr.decode()}")
    return proc


def publish(db, calendar):
    start = time.perf_counter()
    proc = cli_run(db, "publish", "caldav", "--url", f"http://127.0.0.1:{port}/ana/{calendar}/", "--user", "ana",
                   "--password-file", password, "--json")
    return time.perf_counter() - start, json.loads(proc.stdout)


rows = []
try:
    for label, make in (("the sample series (15 talks with a time)", ["init", "--demo"]),
                        ("1,000 talks", ["generate", "--talks", "1000", "--proposals", "10", "--speakers", "50", "--seed", "1"])):
        scratch, repub = [], []
        for run in range(runs):
            db = os.path.join(work, f"bench-{len(rows)}-{run}.sqlite")
            if make[0] == "generate":
                cli_run(db, "init")
            cli_run(db, *make)
            calendar = f"c{len(rows)}r{run}"
            seconds, report = publish(db, calendar)
            scratch.append((seconds, report["requests"], report["created"]))
            talks = json.loads(cli_run(db, "talks", "list", "--json").stdout)
            moving = next(t for t in talks if t.get("time_utc"))
            cli_run(db, "talks", "move", str(moving["id"]), "--to", "2032-02-04T18:00", "--force")
            seconds, report = publish(db, calendar)
            repub.append((seconds, report["requests"], report["updated"]))
        rows.append((label, scratch, repub))
finally:
    server.terminate()
    server.wait(10)

print("| publish | dataset | median time | requests | events |")
print("|---|---|---|---|---|")
for label, scratch, repub in rows:
    print(f"| from scratch | {label} | {statistics.median(s for s, _, _ in scratch) * 1000:.0f} ms | {scratch[0][1]} | {scratch[0][2]} created |")
    print(f"| 1 talk moved, again | {label} | {statistics.median(s for s, _, _ in repub) * 1000:.0f} ms | {repub[0][1]} | {repub[0][2]} updated |")
