#!/usr/bin/env python3
"""How long the extension's "Audit an export" page takes on a big export, and how much memory it needs.

    python3 tools/bench_audit_extension.py [--posts 50000] [--media-mb 1024] [--platform twitter|facebook|instagram]
                                           [--extension DIR [--extension DIR2]] [--rounds N]

Builds the export as tools/bench_audit.py does (POSTS posts in the platform's real shape, MEDIA-MB
of photos and videos stored beside them), opens the built extension's audit page in headless
Chromium, chooses the zip, and times it from the click to the report (the checker's start in the
page's worker apart), sampling every half second the memory (PSS) of this browser's extension
process (the page and its worker live there; other browsers on the machine are not counted).
Then saves the CSV and the HTML report from the page, with the peak memory meanwhile.
Prints the figures beside the budgets (50,000 posts in ≤ 90 s, ≤ 400 MB), the CPU time the
browser used (the machine is shared: wall time depends on what else runs), and the command line's
time on the same zip. Nothing fails on the figures. Two builds given with --extension are measured
in turn on the same export (A B A B … for --rounds): a before-and-after under the same load.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Page  # noqa: E402

from tests.browser.conftest import launch  # noqa: E402
from tests.browser.extension_pages import open_page  # noqa: E402
from tools.bench import pss_kb  # noqa: E402
from tools.bench_audit import build  # noqa: E402

BUDGET_SECONDS = 90.0  # for 50,000 posts
BUDGET_MB = 400
TICK = os.sysconf("SC_CLK_TCK")
# When the page's status first says the export is being read (its worker's checker has started).
READING_CLOCK = """
new MutationObserver((_, observer) => {
  if (document.querySelector('main[data-status="reading"]')) {
    window.__readingAt = performance.now();
    observer.disconnect();
  }
}).observe(document.querySelector("main"), {attributes: true});
window.__clickedAt = performance.now();
"""


def browser_processes(profile: Path) -> list[int]:
    """The Chromium started on `profile` and every process under it."""
    parents: dict[int, int] = {}
    roots = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            parents[int(proc.name)] = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            if str(profile).encode() in (proc / "cmdline").read_bytes():
                roots.append(int(proc.name))
        except (OSError, ValueError):
            continue
    found = set(roots)
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in found and pid not in found:
                found.add(pid)
                grew = True
    return sorted(found)


def pss_mb(pids: list[int], extension_only: bool = True) -> float:
    total = 0
    for pid in pids:
        try:
            if extension_only and b"--extension-process" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                continue
            total += pss_kb(pid)
        except OSError:
            continue
    return total / 1024


def cpu_seconds(pids: list[int]) -> float:
    """User and system time of these processes (and of their children that have ended)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
        except (OSError, ValueError):
            continue
    return total / TICK


class Sampler(threading.Thread):
    """The browser's extension processes' PSS, every half second, until stopped: the peak is kept."""

    def __init__(self, profile: Path) -> None:
        super().__init__(daemon=True)
        self.profile = profile
        self.peak = 0.0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.5):
            self.peak = max(self.peak, pss_mb(browser_processes(self.profile)))


def audit_in_page(extension: Path, export: Path, folder: Path) -> dict[str, float | str]:
    """One audit of `export` in a fresh browser with `extension` loaded: its figures."""
    profile = folder / f"profile-{time.monotonic_ns()}"
    with launch(extension, folder, profile) as (context, _):
        page = open_page(context, "audit/audit.html")
        page.get_by_label("The export (a zip)").set_input_files(export)
        pids = browser_processes(profile)
        before, cpu_before = pss_mb(pids), cpu_seconds(pids)
        sampler = Sampler(profile)
        sampler.start()
        started = time.perf_counter()
        page.evaluate(READING_CLOCK)
        page.get_by_role("button", name="Audit this export").click()
        page.wait_for_selector('main[data-status="done"], main[data-status="error"]', timeout=1_800_000)
        seconds = time.perf_counter() - started
        sampler.stopped.set()
        sampler.join()
        cpu = cpu_seconds(browser_processes(profile)) - cpu_before
        boot = page.evaluate("(window.__readingAt - window.__clickedAt) / 1000")
        line = page.locator("#summary-line").inner_text() or page.locator("#status").inner_text()
        heap = int(page.locator("main").get_attribute("data-memory") or 0) / 2**20
        saving = save_reports(page, profile) if line.startswith("Checked ") else {}
    shutil.rmtree(profile, ignore_errors=True)
    return {
        **saving,
        "seconds": seconds,
        "boot": boot,
        "cpu": cpu,
        "before": before,
        "peak": sampler.peak,
        "heap": heap,
        "line": line,
    }


def save_reports(page: Page, profile: Path) -> dict[str, float]:
    """Each report (CSV, then HTML) downloaded from the page: the seconds it took, its size, and the
    peak memory meanwhile (the worker writes it a piece at a time into a Blob)."""
    figures: dict[str, float] = {}
    for form, button in (("csv", "Download CSV"), ("html", "Download the report (HTML)")):
        sampler = Sampler(profile)
        sampler.start()
        started = time.perf_counter()
        with page.expect_download(timeout=600_000) as download:
            page.get_by_role("button", name=button).click()
        size = Path(download.value.path()).stat().st_size
        figures[f"{form}_seconds"] = time.perf_counter() - started
        sampler.stopped.set()
        sampler.join()
        figures[f"{form}_peak"] = sampler.peak
        figures[f"{form}_mb"] = size / 2**20
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--media-mb", type=int, default=1024)
    parser.add_argument("--platform", choices=("twitter", "facebook", "instagram"), default="twitter")
    parser.add_argument(
        "--extension",
        action="append",
        type=Path,
        metavar="DIR",
        help="a built extension to measure (default: build this tree's); given twice, the two are measured in turn",
    )
    parser.add_argument("--rounds", type=int, default=1, help="measure each extension this many times, in turn")
    args = parser.parse_args()
    extensions = args.extension
    if not extensions:
        subprocess.run([sys.executable, str(ROOT / "build.py")], check=True, cwd=ROOT, capture_output=True)
        extensions = [ROOT / "dist" / "chrome"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        export = build(args.platform, args.posts, args.media_mb, folder)
        size = export.stat().st_size / 2**20
        print(f"{args.platform} export: {args.posts:,} posts, {size:,.0f} MB zip; load {os.getloadavg()[0]:.1f}")
        for _ in range(args.rounds):
            for extension in extensions:
                report(extension, audit_in_page(extension, export, folder), args.posts)
        cli_start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "pychecker", "audit", str(export), "-o", str(folder / "a.html")],
            cwd=ROOT,
            capture_output=True,
        )
        cli = time.perf_counter() - cli_start
    print(f"  command line on the same zip: {cli:.1f} s; load {os.getloadavg()[0]:.1f}")


def report(extension: Path, run: dict, posts: int) -> None:
    seconds, boot, peak = float(run["seconds"]), float(run["boot"]), float(run["peak"])
    rate = posts / max(0.001, seconds - boot)
    time_ok = "met" if seconds * 50_000 / posts <= BUDGET_SECONDS else "NOT met"
    memory_ok = "met" if peak <= BUDGET_MB else "NOT met"
    print(f"  {extension} (load {os.getloadavg()[0]:.1f}):")
    print(f"  audit page, click to report: {seconds:.1f} s, of which the checker's start in its worker {boot:.1f} s")
    print(f"    {rate:,.0f} posts/s once started; 50,000 posts at this pace: {boot + 50_000 / rate:.0f} s")
    print(f"    (budget {BUDGET_SECONDS:.0f} s for 50,000: {time_ok}); CPU time of the browser {run['cpu']:.1f} s")
    print(
        f"  this browser's extension process (PSS): {run['before']:.0f} MB before, peak {peak:.0f} MB during "
        f"(budget {BUDGET_MB} MB: {memory_ok}); Pyodide's heap at the end {run['heap']:.0f} MB"
    )
    for form in ("csv", "html"):
        if f"{form}_peak" in run:
            print(
                f"  the {form.upper()} report ({run[f'{form}_mb']:.0f} MB) saved in {run[f'{form}_seconds']:.1f} s, "
                f"peak {run[f'{form}_peak']:.0f} MB meanwhile"
            )
    print(f"  {run['line']}")


if __name__ == "__main__":
    main()
