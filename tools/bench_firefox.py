#!/usr/bin/env python3
"""Policy Guard in real Firefox (Debian's firefox-esr, headless, driven over WebDriver BiDi as the tests
drive it): cold start to the panel's data-status=ready (from the browser's launch, and from the moment
the event page started the checker), keystroke to updated data-rules over 100+ edits, the extension
process's memory (PSS), and what an idle event page costs: the first check after 60 s idle with a
composer in use (the content script keeps the event page awake) and with none (Firefox unloads it
after 30 s: the first check waits for a fresh boot).

    .venv/bin/python tools/bench_firefox.py [--quick]

Run by tools/bench.py after Chromium's figures, with the same budgets. Not a test: it reports.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.bidi import Firefox, Tab  # noqa: E402
from tools.bench import BUDGETS, line, print_phases, pss_kb  # noqa: E402  (the same budgets as Chromium's)
from tools.bench_checker import p95  # noqa: E402

X_EDITOR = '[data-testid="tweetTextarea_0"]'
EXTENSION = ROOT / "dist" / "firefox"
BUNDLES = ROOT / "tests" / "mocks" / "build"
# In every page, before its scripts: when the panel first said "ready" (epoch ms).
READY_CLOCK = """() => {
  new MutationObserver((_, observer) => {
    if (document.querySelector('policy-guard-panel[data-status="ready"]')) {
      window.__readyAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }
  }).observe(document, {subtree: true, childList: true, attributes: true});
}"""
# In the page: each keydown and each change of the panel's data-rules (ms, the page's clock).
EDIT_CLOCK = """() => {
  window.__bench = {keys: [], changes: []};
  addEventListener('keydown', () => __bench.keys.push(performance.now()), true);
  new MutationObserver(() => __bench.changes.push(performance.now()))
    .observe(document.querySelector('policy-guard-panel'), {attributes: true, attributeFilter: ['data-rules']});
}"""


def extension_pss_mb(firefox: Firefox) -> float:
    """PSS of this Firefox's extension process ("WebExtensions": the event page, its checker worker, the
    panel frames), found among the browser's descendants (Firefox forks its processes from a fork server)."""
    parents: dict[int, int] = {}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                stat = (proc / "stat").read_text()
                parents[int(proc.name)] = int(stat[stat.rindex(")") + 2 :].split()[1])
            except (OSError, ValueError):
                continue

    def descends(pid: int) -> bool:
        while pid > 1:
            if pid == firefox.process.pid:
                return True
            pid = parents.get(pid, 1)
        return False

    total = 0
    for pid in parents:
        try:
            if (Path(f"/proc/{pid}/comm").read_text().strip() != "WebExtensions") or not descends(pid):
                continue
            total += pss_kb(pid)
        except OSError:
            continue
    return total / 1024


# A temporary add-on (as the tests install it) loses its storage and its id when Firefox closes; an
# installed one keeps both. Kept here, so that the second start of a profile restores the snapshot the
# first one made, as every later start of a person's Firefox does.
KEEP_STORAGE = {
    "extensions.webextensions.keepStorageOnUninstall": True,
    "extensions.webextensions.keepUuidOnUninstall": True,
}


def cold_start(profile: Path) -> dict:
    """Start Firefox on `profile` with the X home page; the ms to the panel's ready from the browser's launch,
    from the page's opening and from the event page's start of the checker; the checker's state; and, after a
    full boot, whether the snapshot worker kept its snapshot (waited for, so that the next start restores it)."""
    started = time.time() * 1000
    firefox = Firefox(EXTENSION, BUNDLES, profile, prefs=KEEP_STORAGE)
    try:
        firefox.add_preload_script(READY_CLOCK)
        tab = firefox.new_tab("https://x.com/home")
        tab.wait_attribute("data-status", "ready", timeout=60)
        ready_at: float = tab.evaluate("() => window.__readyAt")  # type: ignore[assignment]
        opened_at: float = tab.evaluate("() => performance.timeOrigin")  # type: ignore[assignment]
        state = tab.checker_state()
        for _ in range(240 if state["snapshot"] == "full" else 0):
            if tab.checker_state()["snapshotMade"]:
                break
            time.sleep(0.25)
    finally:
        firefox.close()
    return {
        "launch": ready_at - started,
        "page": ready_at - opened_at,
        "checker": ready_at - state["startedAt"],
        "snapshot": state["snapshot"],
        "phases": state["timings"],
    }


def bench_cold_start(rounds: int) -> None:
    """Fresh profiles (a full boot, which keeps a snapshot), then the same profiles started again (restored)."""
    runs: dict[str, list[dict]] = {"fresh profile": [], "browser started again": []}
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as profile:
            for runs_of in runs.values():
                runs_of.append(cold_start(Path(profile)))
    for name, each in runs.items():
        print(f"  cold start, {name}, median of {rounds}; the X page loading alongside:")
        median = {key: statistics.median(run[key] for run in each) for key in ("launch", "page", "checker")}
        line("browser launch to ready (Firefox's start too)", median["launch"], "ms", BUDGETS["cold_start_ms"])
        line("page opened to ready", median["page"], "ms", BUDGETS["page_to_ready_ms"])
        line("event page's checker start to ready", median["checker"], "ms")
        each_run = ", ".join(f"{run['checker']:.0f}" for run in each)
        print(f"    each run, checker start to ready: {each_run} ms")
        print(f"    the checker's boot: {', '.join(run['snapshot'] or '?' for run in each)}")
        print_phases([run["phases"] for run in each])


def edit_latencies(tab: Tab, rounds: int) -> list[float]:
    """Keystroke to data-rules, each key toggling the warning ("Proud to work at NH" + "P" / Backspace)."""
    tab.evaluate(EDIT_CLOCK)
    for i in range(rounds):
        key, want = ("P", "missing-disclaimer") if i % 2 == 0 else ("Backspace", "")
        tab.press(key)
        tab.wait_attribute("data-rules", want)
    marks = tab.evaluate("() => window.__bench")
    return [c - k for k, c in zip(marks["keys"], marks["changes"], strict=False)]  # type: ignore[index]


def bench_firefox(rounds: int, cold_rounds: int, idle_s: int = 60) -> None:
    subprocess.run(["node", str(ROOT / "tests" / "mocks" / "build.mjs")], check=True, cwd=ROOT, capture_output=True)
    print("In headless Firefox ESR with the built extension (dist/firefox/)")
    bench_cold_start(cold_rounds)
    with tempfile.TemporaryDirectory() as profile:
        firefox = Firefox(EXTENSION, BUNDLES, Path(profile))
        try:
            tab = firefox.new_tab("https://x.com/home")
            tab.click(X_EDITOR)
            tab.wait_attribute("data-status", "ready", timeout=60)
            time.sleep(3)
            line("extension process memory (PSS), boot + 3 s", extension_pss_mb(firefox), "MB")
            time.sleep(27)
            line(
                "extension process memory (PSS) after boot, 30 s idle",
                extension_pss_mb(firefox),
                "MB",
                BUDGETS["memory_mb"],
            )
            tab.type("Proud to work at NH")
            tab.wait_attribute("data-rules", "")
            latencies = edit_latencies(tab, rounds)
            print(
                f"  keystroke to data-rules over {len(latencies)} edits: median {statistics.median(latencies):.1f} ms"
            )
            line("keystroke to updated warning p95", p95(latencies), "ms", BUDGETS["keystroke_p95_ms"])
            line("extension process memory (PSS) after the edits", extension_pss_mb(firefox), "MB")

            # A composer in use (focus, a draft): the content script keeps the event page awake.
            boots = tab.checker_state()["startedAt"]
            time.sleep(idle_s)
            latency = edit_latencies(tab, 1)
            rebooted = tab.checker_state()["startedAt"] != boots
            line(f"first check after {idle_s} s idle, composer in use", latency[0], "ms")
            print(f"    the checker {'was booted again' if rebooted else 'stayed awake'}")

            # No composer in use: a page with its composer untouched; Firefox unloads the idle event page.
            tab.close()
            tab = firefox.new_tab("https://x.com/home")
            tab.wait_for("() => document.querySelector('policy-guard-panel')", timeout=30)
            boots = tab.checker_state()["startedAt"]
            time.sleep(idle_s)
            tab.evaluate("() => { window.__clicked = performance.now(); }")
            tab.click(X_EDITOR)
            tab.type("NHP")
            tab.wait_attribute("data-rules", "missing-disclaimer", timeout=60)
            waited = tab.evaluate("() => performance.now() - window.__clicked")
            woken = tab.checker_state()
            rebooted = woken["startedAt"] != boots
            line(f"first check after {idle_s} s idle, no composer (click to warning)", waited, "ms")  # type: ignore[arg-type]
            unloaded = f"was booted again (the event page had been unloaded): {woken['snapshot']}, {woken['timings']}"
            print(f"    the checker {unloaded if rebooted else 'stayed awake'}")
        finally:
            firefox.close()
    zip_mb = (ROOT / "dist" / "policy-guard-firefox.zip").stat().st_size / 1e6
    line("dist/policy-guard-firefox.zip", zip_mb, "MB", BUDGETS["zip_mb"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    args = parser.parse_args()
    if not (EXTENSION / "pyodide" / "BUILD.json").is_file():
        subprocess.run([sys.executable, str(ROOT / "build.py")], check=True, cwd=ROOT)
    bench_firefox(rounds=40 if args.quick else 120, cold_rounds=3 if args.quick else 7)


if __name__ == "__main__":
    main()
