#!/usr/bin/env python3
"""How long `pychecker audit` takes on a big export, and how much memory it needs.

    python3 tools/bench_audit.py [--posts 50000] [--media-mb 1024] [--platform twitter|facebook|instagram|all]

Builds an export of POSTS posts (sentences from the rule corpora, so findings fire as they would
on a real account; a fifth with a photo or video, replies and comments among them) in each
platform's real shape, with MEDIA-MB of photo and video files beside them in the zip (stored, as
the platforms store them), then runs the command line on it in a fresh process and prints its wall
time, its CPU time (what a busy shared machine changes least) and its peak memory (the process's
maximum resident set size) beside the budgets: 50,000 posts in ≤ 30 s, ≤ 300 MB. Nothing fails on
the figures: timings on a shared machine vary.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.audit.exports import Item, facebook_export, instagram_export, x_archive  # noqa: E402
from tests.corpus import load_cases  # noqa: E402

BUDGET_SECONDS = 30.0
BUDGET_MB = 300
BUILDERS = {"twitter": x_archive, "facebook": facebook_export, "instagram": instagram_export}


def items(count: int, seed: int = 15) -> list[Item]:
    """`count` posts over ten years, from the corpora's sentences, some with media, some replies."""
    rng = random.Random(seed)
    texts = [case.text for case in load_cases()]
    start = dt.datetime(2015, 1, 1, tzinfo=dt.UTC)
    out = []
    for n in range(count):
        text = texts[n % len(texts)]
        if n % 7 == 0:
            text = f"{text} {texts[(n * 31) % len(texts)]}"
        media = ((rng.choice(("image", "image", "video")), f"m{n}.{'jpg' if n % 3 else 'mp4'}"),) if n % 5 == 0 else ()
        kind = "reply" if n % 6 == 1 else "comment" if n % 6 == 2 else "post"
        when = start + dt.timedelta(minutes=n * 105 + rng.randrange(60))
        out.append(Item(text, when, kind=kind, media=media, reply_to="@annsmith"))
    return out


def build(platform: str, count: int, media_mb: int, folder: Path) -> Path:
    """The export as a zip: its text files deflated, `media_mb` of media stored."""
    posts = items(count)
    if platform != "facebook":  # X has no comments; Instagram's comments carry no media
        posts = [p if p.kind != "comment" or platform == "instagram" else Item(p.text, p.when) for p in posts]
    files = BUILDERS[platform](posts, media_files=False)
    path = folder / f"{platform}-{count}.zip"
    block = os.urandom(1 << 20)
    with zipfile.ZipFile(path, "w", allowZip64=True) as archive:
        for name, data in files.items():
            archive.writestr(name, data, zipfile.ZIP_DEFLATED)
        for n in range(media_mb // 8):  # 8 MB files: photos and videos the audit must never read
            archive.writestr(f"media/videos/{n}.mp4", block * 8, zipfile.ZIP_STORED)
    return path


# The command line, then its own peak resident memory (VmHWM: this process's, from its exec on; the
# children's ru_maxrss would count the pages a fork shares with this big benchmark process).
RUN = """
import sys
from pychecker.cli import main
code = main(sys.argv[1:])
status = open("/proc/self/status").read()
print("peak-kB", status.split("VmHWM:")[1].split()[0], file=sys.stderr)
sys.exit(code)
"""


def run(export: Path, out: Path) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds, peak MB, and the one-line summary of `pychecker audit EXPORT -o OUT`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", RUN, "audit", str(export), "-o", str(out)], capture_output=True, text=True, cwd=ROOT
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"pychecker audit failed ({proc.returncode}): {proc.stderr}")
    lines = proc.stderr.strip().splitlines()
    summary = next(line for line in lines if line.startswith("Checked "))
    return seconds, cpu, int(lines[-1].split()[1]) / 1024, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--media-mb", type=int, default=1024)
    parser.add_argument("--platform", choices=(*BUILDERS, "all"), default="all")
    args = parser.parse_args()
    platforms = list(BUILDERS) if args.platform == "all" else [args.platform]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"{'export':<10} {'posts':>7} {'zip MB':>7} {'seconds':>8} {'cpu s':>6} {'posts/s':>8} {'peak MB':>8}")
        for platform in platforms:
            export = build(platform, args.posts, args.media_mb, folder)
            seconds, cpu, peak, line = run(export, folder / f"{platform}.html")
            size = export.stat().st_size / 2**20
            scale = args.posts / 50_000
            time_ok = "met" if seconds <= BUDGET_SECONDS * scale else "NOT met"
            memory_ok = "met" if peak <= BUDGET_MB else "NOT met"
            rate = args.posts / seconds
            print(
                f"{platform:<10} {args.posts:>7,} {size:>7,.0f} {seconds:>8.1f} {cpu:>6.1f} {rate:>8,.0f} {peak:>8.0f}"
                f"   time budget {BUDGET_SECONDS * scale:.0f} s {time_ok}, memory budget {BUDGET_MB} MB {memory_ok}"
            )
            print(f"           {line}")
            export.unlink()


if __name__ == "__main__":
    main()
