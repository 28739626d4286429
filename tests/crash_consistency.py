#!/usr/bin/env python3
"""Crash consistency: lectern-cli writers killed with SIGKILL at random points.

Each iteration starts one writer (an import of 2,000 proposals, the sample series into a new
file, a merge of two speakers, a first Phabricator sync of 1,500 tasks from the local fake
server, an iCalendar export over an older file) and kills it after a random delay within the
time the writer takes when left alone. Then:
  * the database passes PRAGMA integrity_check and foreign_key_check;
  * the change is all there or not at all (the proposal count moved by 0 or 2,000, the talks
    of a new file are 0 or 16, both speakers or one with both emails, 0 or 1,500 tasks);
  * a change that had been reported done before the kill is still there (nothing committed
    is lost);
  * an interrupted export leaves the old file whole, or the new one whole.

Usage: crash_consistency.py BIN_DIR --iterations N --work DIR [--seed S]
Prints one line per scenario (iterations, kills that landed before the end, findings) and
exits 1 on any finding.
"""
import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("bin")
    parser.add_argument("--iterations", type=int, default=500)
    parser.add_argument("--work", required=True)
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args()


ARGS = parse_args()
CLI = os.path.join(ARGS.bin, "lectern-cli")
FAKE = os.path.join(ARGS.bin, "lectern-fake-phabricator")
WORK = os.path.abspath(ARGS.work)
ENV = dict(os.environ, LC_ALL="C.UTF-8")
findings = []


def cli(database, *arguments, check=True):
    result = subprocess.run([CLI, "--database", database, *arguments], env=ENV, capture_output=True, text=True)
    if check and result.returncode != 0:
        raise RuntimeError(f"{' '.join(arguments)}: exit {result.returncode}: {result.stderr}")
    return result


def remove_database(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def scalar(database, query):
    with sqlite3.connect(database) as db:
        return db.execute(query).fetchone()[0]


def consistent(database, scenario, iteration):
    if not os.path.exists(database):
        return True
    try:
        with sqlite3.connect(database) as db:
            integrity = db.execute("PRAGMA integrity_check").fetchall()
            foreign = db.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:
        findings.append(f"{scenario} #{iteration}: the database cannot be read: {error}")
        return False
    if integrity != [("ok",)] or foreign:
        findings.append(f"{scenario} #{iteration}: integrity {integrity[:3]}, foreign keys {foreign[:3]}")
        return False
    return True


def run_and_kill(command, delay):
    """Starts a writer, kills it after `delay` seconds; True if it had ended (with 0) before."""
    process = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=delay)
        return process.returncode == 0
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return False


def timed(command):
    started = time.monotonic()
    subprocess.run(command, env=ENV, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - started


class Scenario:
    def __init__(self, name):
        self.name = name
        self.iterations = 0
        self.interrupted = 0
        self.duration = 1.0


def write_csv(path, tag, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write("title,text,proposer\n")
        for i in range(rows):
            f.write(f"Crash test {tag} talk {i},Text of talk {i},Proposer {i % 97}\n")


def main():
    rng = random.Random(ARGS.seed)
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    base = os.path.join(WORK, "base.sqlite")
    cli(base, "init", "--demo")

    server = subprocess.Popen([FAKE, "--tasks", "1500"], env=ENV, stdout=subprocess.PIPE, text=True)
    info = dict(server.stdout.readline().split(" ", 1) for _ in range(3))
    url, project, token = info["url"].strip(), info["project"].strip(), info["token"].strip()
    token_file = os.path.join(WORK, "token")
    with open(token_file, "w") as f:
        f.write(token)
    os.chmod(token_file, 0o600)

    scenarios = {name: Scenario(name) for name in ("import", "demo", "merge", "sync", "export")}

    # How long each writer takes when left alone: the kills land within that time.
    db = os.path.join(WORK, "calibrate.sqlite")
    shutil.copy(base, db)
    csv = os.path.join(WORK, "calibrate.csv")
    write_csv(csv, "calibrate", 2000)
    scenarios["import"].duration = timed([CLI, "--database", db, "proposals", "import", csv])
    scenarios["demo"].duration = timed([CLI, "--database", os.path.join(WORK, "calibrate-demo.sqlite"), "init", "--demo"])
    scenarios["merge"].duration = timed([CLI, "--database", db, "speakers", "list"]) * 1.5
    scenarios["sync"].duration = timed([CLI, "--database", db, "sync", "phabricator", "--url", url, "--project", project, "--token-file", token_file])
    scenarios["export"].duration = timed([CLI, "--database", db, "export", "ics", "-o", os.path.join(WORK, "calibrate.ics")])

    db = os.path.join(WORK, "crash.sqlite")
    shutil.copy(base, db)
    export = os.path.join(WORK, "talks.ics")
    cli(db, "export", "ics", "-o", export)

    for iteration in range(ARGS.iterations):
        scenario = scenarios[rng.choice(list(scenarios))]
        scenario.iterations += 1
        delay = rng.uniform(0, scenario.duration * 1.2)
        name = scenario.name
        if name == "import":
            csv = os.path.join(WORK, "rows.csv")
            write_csv(csv, f"i{iteration}", 2000)
            before = scalar(db, "SELECT count(*) FROM proposals")
            done = run_and_kill([CLI, "--database", db, "proposals", "import", csv], delay)
            if consistent(db, name, iteration):
                after = scalar(db, "SELECT count(*) FROM proposals")
                if after - before not in (0, 2000) or (done and after - before != 2000):
                    findings.append(f"import #{iteration}: {after - before} of 2000 proposals (done: {done})")
        elif name == "demo":
            fresh = os.path.join(WORK, "fresh.sqlite")
            remove_database(fresh)
            done = run_and_kill([CLI, "--database", fresh, "init", "--demo"], delay)
            if consistent(fresh, name, iteration) and os.path.exists(fresh):
                # The file is usable afterwards: init --demo again finishes the job, or says
                # the sample is already there; either way there are 16 talks, never 32.
                again = cli(fresh, "init", "--demo", check=False)
                talks = scalar(fresh, "SELECT count(*) FROM talks")
                if talks != 16 or again.returncode not in (0, 2) or (done and again.returncode != 2):
                    findings.append(f"demo #{iteration}: {talks} talks after a second init (exit {again.returncode}, done: {done})")
        elif name == "merge":
            keep = int(cli(db, "speakers", "add", "--name", f"Keep {iteration}", "--email", f"keep{iteration}@example.org").stdout.strip())
            other = int(cli(db, "speakers", "add", "--name", f"Other {iteration}", "--email", f"other{iteration}@example.org").stdout.strip())
            done = run_and_kill([CLI, "--database", db, "speakers", "merge", str(keep), str(other)], delay)
            if consistent(db, name, iteration):
                left = scalar(db, f"SELECT count(*) FROM speakers WHERE id IN ({keep}, {other})")
                emails = scalar(db, f"SELECT count(*) FROM speaker_emails WHERE speaker_id = {keep}")
                if not ((left == 2 and emails == 1 and not done) or (left == 1 and emails == 2)):
                    findings.append(f"merge #{iteration}: {left} speakers, {emails} emails on the kept one (done: {done})")
        elif name == "sync":
            fresh = os.path.join(WORK, "sync.sqlite")
            remove_database(fresh)
            cli(fresh, "init")
            done = run_and_kill([CLI, "--database", fresh, "sync", "phabricator", "--url", url, "--project", project, "--token-file", token_file], delay)
            if consistent(fresh, name, iteration):
                tasks = scalar(fresh, "SELECT count(*) FROM proposals")
                states = scalar(fresh, "SELECT count(*) FROM sync_state")
                if (tasks, states) not in ((0, 0), (1500, 1)) or (done and tasks != 1500):
                    findings.append(f"sync #{iteration}: {tasks} of 1500 tasks, {states} sync states (done: {done})")
        elif name == "export":
            with open(export, "rb") as f:
                old = f.read()
            cli(db, "talks", "add", "--title", f"Export {iteration}", "--date", "2030-01-09", "--time", "18:00", "--force")
            done = run_and_kill([CLI, "--database", db, "export", "ics", "-o", export], delay)
            with open(export, "rb") as f:
                now = f.read()
            complete = now.rstrip().endswith(b"END:VCALENDAR")
            if not complete or (now != old and f"Export {iteration}".encode() not in now) or (done and now == old):
                findings.append(f"export #{iteration}: the file is {'whole' if complete else 'cut short'} (done: {done})")
            consistent(db, name, iteration)
        if not done:
            scenario.interrupted += 1

    server.terminate()
    server.wait()
    print("| writer | iterations | killed before its end | typical run (ms) |")
    print("|---|---|---|---|")
    for s in scenarios.values():
        print(f"| {s.name} | {s.iterations} | {s.interrupted} | {s.duration * 1000:.0f} |")
    print(f"{ARGS.iterations} iterations, {len(findings)} findings")
    for finding in findings:
        print("FINDING:", finding)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
