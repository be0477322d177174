#!/usr/bin/env python3
"""How long the extension's "Audit an export" page takes on a big export, and how much memory it needs.

    python3 tools/bench_audit_extension.py [--posts 50000] [--media-mb 1024] [--platform twitter|facebook|instagram]

Builds the export as tools/bench_audit.py does (POSTS posts in the platform's real shape, MEDIA-MB
of photos and videos stored beside them), opens the built extension's audit page in headless
Chromium, chooses the zip, and times it from the click to the report, sampling the memory (PSS) of
Chromium's extension processes (the page and its checker worker live there) every half second.
Prints the time, the peak memory and Pyodide's heap beside the budgets (50,000 posts in ≤ 90 s,
≤ 400 MB), and the command line's time on the same zip for comparison. Nothing fails on the
figures: timings on a shared machine vary.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import extension_worker, launch  # noqa: E402
from tools.bench import extension_pss_mb  # noqa: E402
from tools.bench_audit import build  # noqa: E402

BUDGET_SECONDS = 90.0
BUDGET_MB = 400


class Sampler(threading.Thread):
    """The extension processes' PSS, every half second, until stopped: the peak is kept."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0.0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.5):
            self.peak = max(self.peak, extension_pss_mb())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--media-mb", type=int, default=1024)
    parser.add_argument("--platform", choices=("twitter", "facebook", "instagram"), default="twitter")
    args = parser.parse_args()
    subprocess.run([sys.executable, str(ROOT / "build.py")], check=True, cwd=ROOT, capture_output=True)
    extension = ROOT / "dist" / "chrome"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        export = build(args.platform, args.posts, args.media_mb, folder)
        size = export.stat().st_size / 2**20
        with launch(extension, folder, folder / "profile") as (context, _):
            extension_id = extension_worker(context).url.split("/")[2]
            page = context.new_page()
            page.goto(f"chrome-extension://{extension_id}/audit/audit.html")
            page.set_input_files("#export", str(export))
            before = extension_pss_mb()
            sampler = Sampler()
            sampler.start()
            started = time.perf_counter()
            page.click("#start")
            page.wait_for_selector('main[data-status="done"], main[data-status="error"]', timeout=600_000)
            seconds = time.perf_counter() - started
            sampler.stopped.set()
            sampler.join()
            line = page.inner_text("#status")
            heap = int(page.get_attribute("main", "data-memory") or 0) / 2**20
        cli_start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pychecker", "audit", str(export), "-o", str(folder / "a.html")],
                       cwd=ROOT, capture_output=True)
        cli = time.perf_counter() - cli_start
    scale = args.posts / 50_000
    time_ok = "met" if seconds <= BUDGET_SECONDS * scale else "NOT met"
    memory_ok = "met" if sampler.peak <= BUDGET_MB else "NOT met"
    print(f"{args.platform} export: {args.posts:,} posts, {size:,.0f} MB zip")
    print(f"  audit page, click to report: {seconds:.1f} s (budget {BUDGET_SECONDS * scale:.0f} s: {time_ok})")
    print(f"  extension processes' memory (PSS): {before:.0f} MB before, peak {sampler.peak:.0f} MB during "
          f"(budget {BUDGET_MB} MB: {memory_ok}); Pyodide's heap at the end {heap:.0f} MB")
    print(f"  command line on the same zip: {cli:.1f} s")
    print(f"  {line}")


if __name__ == "__main__":
    main()
