#!/usr/bin/env python3
"""Fails when a QString::arg() call is chained onto another: `tr("%1 %2").arg(a).arg(b)`.

Chained arg() substitutes one placeholder at a time, so a %N inside the first value (a
speaker named "Evil %2", a path with %2 in it) is replaced by the next value. Lectern uses
the multi-argument form, `.arg(a, b)`, everywhere (numbers through QString::number).

Usage: check_arg_chains.py SOURCE_DIR...
"""
import os
import sys


def closing_paren(src, start):
    """Index just past the parenthesis that closes the one opened before `start`."""
    depth, i, n = 1, start, len(src)
    while i < n and depth:
        c = src[i]
        if c == '"':
            # a string literal (raw strings are not used in Lectern's sources)
            i += 1
            while i < n and src[i] != '"':
                i += 2 if src[i] == "\\" else 1
        elif c == "'":
            i += 1
            while i < n and src[i] != "'":
                i += 2 if src[i] == "\\" else 1
        elif c == "/" and src.startswith("//", i):
            i = src.find("\n", i)
            if i < 0:
                return n
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        i += 1
    return i


def chains(src):
    found, i = [], 0
    while True:
        j = src.find(".arg(", i)
        if j < 0:
            return found
        end = closing_paren(src, j + len(".arg("))
        if src[end:end + 200].lstrip().startswith(".arg("):
            found.append(src.count("\n", 0, j) + 1)
        i = j + len(".arg(")


def main(roots):
    problems = []
    for root in roots:
        for folder, _, files in os.walk(root):
            for name in sorted(files):
                if name.endswith((".cpp", ".h")):
                    path = os.path.join(folder, name)
                    with open(path, encoding="utf-8") as f:
                        for line in chains(f.read()):
                            problems.append(f"{path}:{line}: arg() chained onto arg(); use the multi-argument form")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} chained arg() calls", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
