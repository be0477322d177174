#!/usr/bin/env python3
"""The checker's memory as people type, in the real Pyodide under Node (tools/bench_memory.mjs).

    python3 tools/bench_memory.py                  # 3,000 checks of drafts typed, no draft forgotten
    python3 tools/bench_memory.py --forget         # the extension's forget_drafts after each draft
    python3 tools/bench_memory.py --paste 2000     # each check a new draft: the caches' worst case
    python3 tools/bench_memory.py --checks 6000 --every 500 --collect

Drafts are the real-world posts (tools/realworld/cache/, when built: tools/realworld/README.md) and the
rule corpora's texts (tests/fixtures/rules/), one to six joined into a draft, typed a few characters
between checks (the panel checks 25 ms after a keystroke) with slips put right a check later.
Prints the wasm memory, what malloc holds, each cache's entries and kB, and the checks' times.
Not a test: it reports.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
KEYS = "abcdefghijklmnopqrstuvwxyz"


def texts() -> list[tuple[str, dict[str, Any]]]:
    """Every text with its context: the real-world sets' and the rule corpora's."""
    found: list[tuple[str, dict[str, Any]]] = []
    for path in sorted((ROOT / "tools" / "realworld" / "cache").glob("*.jsonl")):
        for row in map(json.loads, path.read_text().splitlines()):
            if row.get("text"):
                found.append((row["text"], row.get("context", {})))
    for path in sorted((ROOT / "tests" / "fixtures" / "rules").glob("*.toml")):
        corpus = tomllib.loads(path.read_text())
        account = corpus.get("defaults", {}).get("account", "personal")
        for items in corpus.values():
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and isinstance(item.get("text"), str):
                    found.append((item["text"], {"account": item.get("account", account)}))
    return found


def typed(draft: str, rng: random.Random) -> Iterator[str]:
    """The draft as the checker sees it while it is typed: a few characters more each check, now and
    then a slip (a wrong letter) that the next check sees put right."""
    at = 0
    while at < len(draft):
        at = min(len(draft), at + rng.randint(1, 4))
        if rng.random() < 0.05:
            yield draft[:at] + rng.choice(KEYS)
        yield draft[:at]


def slipped(text: str, rng: random.Random) -> str:
    """`text` with one word in ten given a wrong letter: words no check has seen before."""
    words = text.split(" ")
    for index, word in enumerate(words):
        if len(word) > 3 and rng.random() < 0.1:
            at = rng.randrange(len(word))
            words[index] = word[:at] + rng.choice(KEYS) + word[at + 1 :]
    return " ".join(words)


def requests(pool: list[tuple[str, dict[str, Any]]], args: argparse.Namespace) -> list[str | None]:
    """`args.checks` check requests: drafts typed one after another, or (`args.paste`) each a new draft
    pasted whole; None where a draft went (with --forget)."""
    rng = random.Random(args.seed)
    out: list[str | None] = []
    while len(out) < args.checks:
        if args.paste:
            parts, draft = [], ""
            while len(draft) < args.paste:
                parts.append(rng.choice(pool))
                draft += parts[-1][0] + "\n\n"
            shown: Iterator[str] = iter([slipped(draft[: args.paste], rng)])
        else:
            parts = rng.sample(pool, rng.randint(1, 6))
            shown = typed("\n\n".join(text for text, _ in parts)[:2_000], rng)
        context = parts[0][1]
        for text in shown:
            out.append(json.dumps({"text": text, "context": context}))
        if args.forget:
            out.append(None)
    counted = 0
    for index, request in enumerate(out):
        counted += request is not None
        if counted == args.checks:
            return out[: index + 1]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks", type=int, default=3_000)
    parser.add_argument("--every", type=int, default=500, help="report after every N checks")
    parser.add_argument("--forget", action="store_true", help="forget_drafts after each draft, as the extension does")
    parser.add_argument("--paste", type=int, default=0, help="each check a new draft of this many characters")
    parser.add_argument("--collect", action="store_true", help="end with a gc.collect(), timed")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--runtime", type=Path, default=ROOT / "dist" / "chrome" / "pyodide")
    args = parser.parse_args()
    pool = texts()
    checks = requests(pool, args)
    how = f"each a new draft of {args.paste:,} characters, one word in ten slipped" if args.paste else "of drafts typed"
    print(f"{len(pool):,} texts; {args.checks:,} checks {how}; forget_drafts: {args.forget}")
    payload = json.dumps({"checks": checks, "every": args.every, "collect": args.collect})
    run = subprocess.Popen(
        ["node", str(ROOT / "tools" / "bench_memory.mjs"), str(args.runtime)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert run.stdin is not None and run.stdout is not None
    run.stdin.write(payload)
    run.stdin.close()
    for line in run.stdout:
        row = json.loads(line)
        caches = row["caches"]
        held = sum(size for _, size in caches.values()) / 1e3
        print(
            f"after {row['at']:>5}: wasm {row['wasmMb']:6.1f} MB, malloc in use {row['mallocMb']:6.1f} MB, "
            f"caches {held:7.0f} kB; check median {row['medianMs']:.2f} ms, p95 {row['p95Ms']:.2f} ms"
        )
        biggest = sorted(caches.items(), key=lambda item: -item[1][1])
        print("    " + ", ".join(f"{name} {entries:,}/{size / 1e3:.0f} kB" for name, (entries, size) in biggest))
    sys.exit(run.wait())


if __name__ == "__main__":
    main()
