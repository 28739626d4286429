#!/usr/bin/python3
"""Every command `lectern-cli --help` lists is in the manual page, and groff reads the page
without a warning."""
import re
import subprocess
import sys

cli, manpage = sys.argv[1], sys.argv[2]
help_text = subprocess.run([cli, "--help"], capture_output=True, text=True, check=True).stdout
commands = set()
for line in help_text.splitlines():
    match = re.match(r"^  ([a-z]+)(?: ([a-z][a-z-]+))?\b", line)
    if match:
        commands.add(" ".join(g for g in match.groups() if g))
page = open(manpage, encoding="utf-8").read()
text = re.sub(r"\\f[BIRP]", "", page).replace("\\-", "-")
missing = sorted(c for c in commands if c not in text)
lint = subprocess.run(["groff", "-man", "-ww", "-z", manpage], capture_output=True, text=True)
problems = []
if len(commands) < 20:
    problems.append(f"only {len(commands)} commands found in --help: {sorted(commands)}")
if missing:
    problems.append("not in the manual page: " + ", ".join(missing))
if lint.returncode != 0 or lint.stderr.strip():
    problems.append("groff: " + lint.stderr.strip())
if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"{len(commands)} commands, all in {manpage}")
