#!/usr/bin/env python3
"""Policy Guard's benchmark: speed, memory and size, with each budget printed as met or not.

    .venv/bin/python tools/bench.py            # everything (builds first if needed)
    .venv/bin/python tools/bench.py --quick    # fewer browser rounds
    .venv/bin/python tools/bench.py --cold     # only the cold starts (Chromium, then Firefox), with the boot's phases
    .venv/bin/python tools/bench.py --memory --typing 120 --extension /tmp/other-build   # Chromium's memory only

Measures, on this machine: check() on CPython and in the real Pyodide (Node) at 280 / 2,000 /
10,000 / 100,000 characters; Pyodide boot to first answer; in headless Chromium with the built
extension, cold start to the panel's data-status=ready (from the browser's launch, and from the
moment Chromium starts the extension: its service worker's first instruction), keystroke to
updated data-rules (debounce included) over 100+ edits, the extension's memory (PSS) after boot,
after three minutes of posts typed at 8 keys a second (`--typing`), and after 1,000, 2,000 and 3,000
checks sent back to back (each after 30 s idle, once V8 has let the garbage go); and the size of
dist/policy-guard-chrome.zip; then the same in Firefox (tools/bench_firefox.py), with the first
check after 60 s idle. Not a test: nothing here fails, it reports.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import BrowserContext, Page  # noqa: E402

from pychecker.limits import MAX_CHARS  # noqa: E402
from tests.browser.conftest import X_EDITOR, checker_status, extension_worker, launch  # noqa: E402
from tools.bench_checker import p95, realistic_post, runs_for, timed  # noqa: E402
from tools.devtools import heap_sizes  # noqa: E402

SIZES = (280, 2_000, 10_000, MAX_CHARS)  # up to the longest draft the checker takes
BUDGETS = {
    "pyodide_check_2000_p95_ms": 5.0,
    "keystroke_p95_ms": 100.0,
    "cold_start_ms": 1500.0,  # from the browser's start
    "page_to_ready_ms": 1000.0,  # from opening a composer page
    "panel_shown_ms": 100.0,  # from focusing a composer to the panel saying "Starting…"
    "first_findings_ms": 150.0,  # from ready to the findings of what was typed meanwhile
    "memory_mb": 120.0,
    "zip_mb": 10.0,
}


def line(name: str, value: float, unit: str, budget: float | None = None) -> None:
    verdict = "" if budget is None else f"  budget ≤ {budget:g} {unit}: {'met' if value <= budget else 'NOT met'}"
    print(f"  {name:<46} {value:>9.2f} {unit}{verdict}")


def bench_cpython() -> dict[str, float]:
    print("check() on CPython (median / p95, ms)")
    medians = {}
    for size in SIZES:
        text = realistic_post(size)
        for account in ("personal", "official"):
            samples = timed(text, {"account": account, "platform": "twitter"}, runs_for(size))
            medians[f"{size}/{account}"] = statistics.median(samples)
            print(f"  {size:>7} chars {account:<9} {statistics.median(samples):8.3f} {p95(samples):8.3f}")
    for account in ("personal", "official"):
        growth = medians[f"{MAX_CHARS}/{account}"] / medians[f"10000/{account}"]
        print(f"  growth 100k/10k ({account}): {growth:.1f} (linear ≈ 10)")
    return medians


def bench_pyodide(cpython: dict[str, float]) -> None:
    runtime = ROOT / "dist" / "chrome" / "pyodide"
    sizes = {str(size): realistic_post(size) for size in SIZES}
    out = subprocess.run(
        ["node", str(ROOT / "tools" / "bench_pyodide.mjs"), str(runtime)],
        input=json.dumps({"sizes": sizes}),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    data = json.loads(out.stdout)
    print("check() in Pyodide under Node (median / p95, ms; ratio to CPython's median)")
    for key, samples in data["results"].items():
        size, account = key.split("/")
        ratio = statistics.median(samples) / cpython[key]
        print(f"  {size:>7} chars {account:<9} {statistics.median(samples):8.3f} {p95(samples):8.3f}   ×{ratio:.1f}")
    worst = max(p95(data["results"][f"2000/{a}"]) for a in ("personal", "official"))
    line("Pyodide check p95 at 2,000 chars", worst, "ms", BUDGETS["pyodide_check_2000_p95_ms"])
    line("Pyodide boot to first answer (Node)", data["bootMs"], "ms")
    line("first official check (reads the word data)", data["firstOfficialMs"], "ms")
    print(
        f"  Pyodide's heap (wasm memory): {data['heapAfterBootMb']:.1f} MB after boot, "
        f"{data['heapAfterFirstOfficialMb']:.1f} MB after the first official check, "
        f"{data['heapAfterChecksMb']:.1f} MB after {data['checks']:,} checks of up to {max(SIZES):,} characters "
        "(it keeps the high-water mark of the longest)"
    )


def pss_kb(pid: int, field: str = "Pss") -> int:
    """A process's proportional set size in KiB (OSError if it has gone); `field` "Pss_Anon" for its
    anonymous memory only (the shared files' share moves with every other Chromium on the machine)."""
    rows = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    return sum(int(row.split()[1]) for row in rows if row.startswith(f"{field}:"))


def descendants(pid: int) -> set[int]:
    """`pid` and every process under it."""
    children: dict[int, list[int]] = {}
    for proc in Path("/proc").iterdir():
        try:
            parent = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1]) if proc.name.isdigit() else None
        except OSError:
            continue
        if parent is not None:
            children.setdefault(parent, []).append(int(proc.name))
    found, todo = set(), [pid]
    while todo:
        found.add(todo[-1])
        todo.extend(children.get(todo.pop(), []))
    return found


def extension_pss_mb(profile: Path, field: str = "Pss") -> float:
    """PSS of the extension processes (the offscreen document and service worker live there) of the
    Chromium running on `profile`: only this browser's, as other Chromiums may run on the machine."""
    total = 0
    flag = f"--user-data-dir={profile}".encode()
    on_profile = {}
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and flag in (proc / "cmdline").read_bytes():
                on_profile[int(proc.name)] = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except OSError:
            continue
    if not on_profile:
        raise RuntimeError(f"no Chromium runs on {profile}")
    # From the browser, not one of its children that names the profile too (the lowest id is not the
    # browser's once ids wrap round): every process on the profile whose parent is not.
    tree = set().union(*(descendants(pid) for pid, parent in on_profile.items() if parent not in on_profile))
    for pid in tree:
        try:
            if b"--extension-process" in Path(f"/proc/{pid}/cmdline").read_bytes():
                total += pss_kb(pid, field)
        except OSError:
            continue
    return total / 1024


READY = 'policy-guard-panel[data-status="ready"]'
# Recorded in the page (Date.now(), comparable with the worker's clock): when the person focused the
# composer, when the panel first showed (saying "Starting…" while the checker boots), when it first
# said "ready", when the last key was typed, and when it first showed a finding.
READY_CLOCK = """
window.__clock = {};
const mark = (name) => { window.__clock[name] ??= Date.now(); };
addEventListener('focusin', (event) => { if (event.target.closest?.('EDITOR')) mark('focus'); }, true);
addEventListener('input', () => { window.__clock.typed = Date.now(); }, true);
new MutationObserver((_, observer) => {
  const panel = document.querySelector('policy-guard-panel');
  if (panel) mark('panel');
  if (panel?.dataset.status === 'ready') mark('ready');
  if (panel?.dataset.rules) { mark('findings'); observer.disconnect(); }
}).observe(document, {subtree: true, childList: true, attributes: true});
""".replace("EDITOR", X_EDITOR)
DRAFT = "Proud to work at NHP"  # typed before the checker is ready, as a person would


IDLE_S = 30
TYPING_S = 180  # typing-paced memory: seconds of typing (bench_typing)
KEYS_PER_S = 8


def idle_pss_mb(profile: Path) -> float:
    """The extension's PSS after IDLE_S seconds with nothing to do: V8 frees the boot's garbage (the
    fetched runtime, baseline-compiled wasm once optimised code replaces it) only some seconds after
    the work ends, so a figure taken at once counts memory the extension no longer holds."""
    time.sleep(IDLE_S)
    return extension_pss_mb(profile)


def cold_start(extension: Path, bundles: Path, profile: Path) -> dict:
    """Launch Chromium on `profile`, open the X home page at once and type into its composer, as a person
    would (the boot shares the machine with the page loading); the ms to the panel's ready from the
    browser's launch, from the page's opening (its navigation start) and from the extension's start;
    from focus to the panel showing, from ready to the first finding; and the checker's state."""
    started = time.time()
    with launch(extension, bundles, profile) as (context, _):
        context.add_init_script(READY_CLOCK)
        page = context.new_page()
        page.goto("https://x.com/home")
        page.locator(X_EDITOR).click()
        page.keyboard.type(DRAFT)
        page.wait_for_selector('policy-guard-panel[data-rules="missing-disclaimer"]', timeout=60_000)
        clock = {name: at / 1000 for name, at in page.evaluate("window.__clock").items()}
        opened_at = page.evaluate("performance.timeOrigin") / 1000
        worker_started = extension_worker(context).evaluate("Date.now() - performance.now()") / 1000
        state = checker_status(context)
        made = wait_for_snapshot(context, page) if state.get("snapshot") != "restored" else None
        kept = page.evaluate("window.__mock.getPlainText()") == DRAFT
    return {
        "launch": (clock["ready"] - started) * 1000,
        "page": (clock["ready"] - opened_at) * 1000,
        "extension": (clock["ready"] - worker_started) * 1000,
        "panel": max(0.0, clock["panel"] - clock["focus"]) * 1000,  # 0: it showed before the focus
        # From ready, or from the last key when the checker was ready before the typing ended (a restored
        # checker is ready before the page's composer is): a finding cannot show before its words are typed.
        "findings": (clock["findings"] - max(clock["ready"], clock["typed"])) * 1000,
        "typed after ready": clock["typed"] > clock["ready"],
        "kept": kept,
        "phases": {**state.get("timings", {}), **first_check(state), **shown(clock, state.get("startedAt", 0) / 1000)},
        "snapshot": state.get("snapshot", ""),
        "made": made,
    }


def first_check(state: dict) -> dict[str, int]:
    """When the first check came to the checker's worker and when it was answered (ms from the worker's start)."""
    first = state.get("firstCheck") or {}
    return {"first check came": first["came"], "first check answered": first["came"] + first["took"]} if first else {}


def shown(clock: dict[str, float], worker_started: float) -> dict[str, int]:
    """When the page showed "ready", had its last key typed and showed the first finding, on the worker's clock
    (ms from its start)."""
    names = {"ready": "page shows ready", "typed": "last key typed in the page", "findings": "page shows a finding"}
    return {label: round((clock[name] - worker_started) * 1000) for name, label in names.items()}


def wait_for_snapshot(context: BrowserContext, page: Page) -> dict:
    """The snapshot worker's phases, once it has kept its snapshot (a checker that booted in full starts it)."""
    for _ in range(120):
        made = checker_status(context).get("snapshotMade")
        if made:
            return made
        page.wait_for_timeout(500)
    return {"failed": "not made within a minute"}


def print_phases(runs: list[dict[str, int]]) -> None:
    """The boot's phases in the checker's worker, ms from its start, in the order they happened (median and
    range over the runs): `fetched:FILE` when each of Pyodide's files had arrived, `wasm-compiled`,
    `instantiated` (the wasm instance made), `pyodide` (Python started), `import`, `pack`, `ready`; a
    restore's `snapshot-*` and `restore`; when the first check came and was answered; and, on the same clock,
    when the page showed ready, had its last key typed and showed a finding (Chromium's cold start)."""
    seen = dict.fromkeys(name for run in runs for name in run)  # in the order marked: it breaks ties
    names = sorted(seen, key=lambda name: statistics.median(run[name] for run in runs if name in run))
    print("    boot phases in the checker's worker (ms from its start: median, range):")
    for name in names:
        values = [run[name] for run in runs if name in run]
        print(f"      {name:<34} {statistics.median(values):6.0f}   {min(values)}–{max(values)}")


FIGURES = ("launch", "page", "extension", "panel", "findings")


def bench_cold_start(extension: Path, bundles: Path, rounds: int) -> None:
    """Fresh profiles (the first boot after installing: a full boot, which keeps a snapshot), then the
    same profiles started again (as every later browser start: the checker restored from it)."""
    runs: dict[str, list[dict]] = {"fresh profile": [], "browser started again": []}
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as profile:
            for runs_of in runs.values():
                runs_of.append(cold_start(extension, bundles, Path(profile)))
    for name, each in runs.items():
        print(f"  cold start, {name}, median of {rounds}; the X page loading alongside:")
        median = {key: statistics.median(run[key] for run in each) for key in FIGURES}
        line("browser launch to ready (Chromium's start too)", median["launch"], "ms", BUDGETS["cold_start_ms"])
        line("page opened to ready", median["page"], "ms", BUDGETS["page_to_ready_ms"])
        line("extension start to ready", median["extension"], "ms")
        line("composer focused to panel shown (Starting…)", median["panel"], "ms", BUDGETS["panel_shown_ms"])
        line("ready (or last key, if later) to first finding", median["findings"], "ms", BUDGETS["first_findings_ms"])
        late = sum(run["typed after ready"] for run in each)
        print(f"    the typing ended after ready in {late} of {len(each)} runs (then timed from the last key)")
        if not all(run["kept"] for run in each):
            print("    WHAT WAS TYPED BEFORE READY WAS NOT KEPT")
        print(f"    each run, page opened to ready: {', '.join(str(round(run['page'])) for run in each)} ms")
        print(f"    the checker's boot: {', '.join(run['snapshot'] or '?' for run in each)}")
        print_phases([run["phases"] for run in each])
        made = [run["made"] for run in each if run["made"]]
        if made:
            print(f"    the snapshot worker's phases, after the boot (ms from its start): {made}")


def bench_browser(
    rounds: int,
    cold_rounds: int,
    extension: Path = ROOT / "dist" / "chrome",
    typing_s: float = TYPING_S,
    burst: bool = True,
) -> None:
    bundles = ROOT / "tests" / "mocks" / "build"
    subprocess.run(["node", str(ROOT / "tests" / "mocks" / "build.mjs")], check=True, cwd=ROOT, capture_output=True)
    print("In headless Chromium with the built extension")
    if cold_rounds:
        bench_cold_start(extension, bundles, cold_rounds)
    debugging = ("--remote-debugging-port=0",)  # for a garbage collection at the end (tools/devtools.py)
    with tempfile.TemporaryDirectory() as profile, launch(extension, bundles, Path(profile), debugging) as (context, _):
        page = context.new_page()
        page.goto("https://x.com/home")
        page.locator('[data-testid="tweetTextarea_0"]').click()
        page.wait_for_selector(READY, timeout=60_000)
        page.wait_for_timeout(3000)
        line("extension memory (PSS), boot + 3 s", extension_pss_mb(Path(profile)), "MB")
        idle = idle_pss_mb(Path(profile))
        line(f"extension memory (PSS) after boot, {IDLE_S} s idle", idle, "MB", BUDGETS["memory_mb"])
        print(f"    of which anonymous {extension_pss_mb(Path(profile), 'Pss_Anon'):.1f} MB")
        page.keyboard.type("Proud to work at NH")
        page.wait_for_selector('policy-guard-panel[data-rules=""]')
        # Keystroke to attribute change, timed in the page: each key toggles the warning.
        page.evaluate("""() => {
            window.__bench = {keys: [], changes: []};
            window.addEventListener('keydown', () => __bench.keys.push(performance.now()), true);
            const panel = document.querySelector('policy-guard-panel');
            new MutationObserver(() => __bench.changes.push(performance.now()))
              .observe(panel, {attributes: true, attributeFilter: ['data-rules']});
        }""")
        for i in range(rounds):
            key, want = ("P", "missing-disclaimer") if i % 2 == 0 else ("Backspace", "")
            page.keyboard.press(key)
            page.wait_for_selector(f'policy-guard-panel[data-rules="{want}"]')
        marks = page.evaluate("window.__bench")
        latencies = [c - k for k, c in zip(marks["keys"], marks["changes"], strict=False)]
        print(f"  keystroke to data-rules over {len(latencies)} edits: median {statistics.median(latencies):.1f} ms")
        line("keystroke to updated warning p95", p95(latencies), "ms", BUDGETS["keystroke_p95_ms"])
        # Three times 1,000 checks: the first thousand may grow the heap to what a long draft needs once
        # (Python's caches, the wasm heap's high-water mark); a leak grows it again with each thousand,
        # garbage not yet collected does not keep growing. Sent by the page's content script, as a
        # composer's are, along the whole path (service worker, offscreen document, the checker's
        # worker): the sender's own garbage is in the page's process, which is not counted.
        if typing_s:
            bench_typing(context, page, Path(profile), typing_s)
        if not burst:
            return
        content_script = isolated_world(context, page)
        after: list[float] = []
        anonymous: list[float] = []
        heaps: list[dict[str, float]] = [heap_sizes(Path(profile))]
        for _ in range(3):
            content_script(CHECKS)
            after.append(idle_pss_mb(Path(profile)))
            anonymous.append(extension_pss_mb(Path(profile), "Pss_Anon"))
            heaps.append(heap_sizes(Path(profile)))
        for thousands, (pss, anon) in enumerate(zip(after, anonymous, strict=True), 1):
            name = f"extension memory (PSS) after {thousands},000 checks, {IDLE_S} s idle"
            line(name, pss, "MB", BUDGETS["memory_mb"])
            print(f"    of which anonymous {anon:.1f} MB (the rest: Chromium's files, shared with other Chromiums)")
        # A few MB either way is pages of the heap Pyodide already holds being touched, and V8's GC and
        # JIT timing; a leak grows with every thousand (and shows in Pyodide's heap, printed above).
        for thousand in (2, 3):
            growth = after[thousand - 1] - after[thousand - 2]
            flat = "flat" if abs(growth) < 5 else "NOT flat"
            which = "second" if thousand == 2 else "third"
            print(f"    growth over the {which} 1,000 checks: {growth:+.1f} MB ({flat})")
        # Python's heap stays flat over these checks (tools/bench_memory.py); what grows is the garbage of
        # the messages in the JavaScript heaps, until V8 collects it: a collection forced now shows how much.
        heaps.append(heap_sizes(Path(profile), collect=True))
        time.sleep(10)
        collected = extension_pss_mb(Path(profile))
        line("extension memory (PSS) after a forced JS garbage collection", collected, "MB", BUDGETS["memory_mb"])
        print("    JS heaps (MB held by V8) after boot, after 1,000 / 2,000 / 3,000 checks, after a forced collection:")
        for name in heaps[-1]:
            print(f"      {name:<20} {' / '.join(f'{sizes.get(name, 0):.1f}' for sizes in heaps)}")


def bench_typing(context: BrowserContext, page: Page, profile: Path, seconds: float) -> None:
    """The extension's memory as a person uses it: posts typed into the composer at KEYS_PER_S for
    `seconds`, each key through the real path (the panel's debounce, the content script's request, the
    checker and back), a post cleared and the next begun after each. The burst of checks below is far
    faster than anyone types: V8 enlarges its young generation for it and keeps it; typing lets it
    collect as it goes. Printed at once when the typing ends and again after IDLE_S seconds idle."""
    sentences = realistic_post(20_000).split("\n")
    editor = page.locator('[data-testid="tweetTextarea_0"]')
    editor.press("Control+a")
    editor.press("Backspace")
    checks_before = checker_status(context)["checks"]
    heaps = [heap_sizes(profile)]
    keys, started, post = 0, time.monotonic(), 0
    while time.monotonic() - started < seconds:
        text = " ".join(sentences[post % len(sentences) : post % len(sentences) + 3])[:270].strip()
        post += 1
        for key in text:
            due = started + keys / KEYS_PER_S
            time.sleep(max(0.0, due - time.monotonic()))
            page.keyboard.type(key)
            keys += 1
            if time.monotonic() - started >= seconds:
                break
        page.keyboard.press("Control+a")
        page.keyboard.press("Backspace")
    took = time.monotonic() - started
    page.wait_for_timeout(1000)
    checks = checker_status(context)["checks"] - checks_before
    print(f"  typing: {keys:,} keys in {took:.0f} s ({keys / took:.1f} keys/s, {post} posts), {checks:,} checks")
    line("extension memory (PSS) at the end of the typing", extension_pss_mb(profile), "MB", BUDGETS["memory_mb"])
    heaps.append(heap_sizes(profile))
    line(f"extension memory (PSS) after the typing, {IDLE_S} s idle", idle_pss_mb(profile), "MB", BUDGETS["memory_mb"])
    print(f"    of which anonymous {extension_pss_mb(profile, 'Pss_Anon'):.1f} MB")
    heaps.append(heap_sizes(profile))
    print("    JS heaps (MB held by V8) before the typing, at its end, after the idle:")
    for name in sorted(set().union(*heaps)):
        print(f"      {name:<20} {' / '.join(f'{sizes.get(name, 0):.1f}' for sizes in heaps)}")


# 1,000 checks of a 1,750-character draft, each different, sent one after another as a content script does:
# by the port the service worker names, where it names one (shared/checker-port.js), else through it.
CHECKS = """(async () => {
    const text = 'Proud to work at NHP! Vote Labour. '.repeat(50);
    const {port: name} = await chrome.runtime.sendMessage({target: 'background', type: 'checker-port'});
    const port = name && chrome.runtime.connect({name});
    const answers = new Map();
    port?.onMessage.addListener(({id, answer}) => { answers.get(id)(answer); answers.delete(id); });
    for (let i = 0; i < 1000; i++) {
      const message = {target: 'background', type: 'check', text: text + i, context: {account: 'personal'}};
      const reply = await (port
        ? new Promise((resolve) => {
            answers.set(i, resolve);
            port.postMessage({...message, id: i, target: 'offscreen'});
          })
        : chrome.runtime.sendMessage(message));
      const answer = typeof reply?.packed === 'string' ? JSON.parse(reply.packed) : reply; // shared/protocol.js unpack
      if (!Array.isArray(answer?.findings)) throw new Error(JSON.stringify(answer));
    }
    port?.disconnect();
})()"""


def isolated_world(context: BrowserContext, page: Page) -> Callable[[str], None]:
    """Run an expression in `page`'s content script (the extension's isolated world, which Playwright's
    evaluate does not reach), through the DevTools protocol; a promise it gives is waited for."""
    cdp = context.new_cdp_session(page)
    worlds: list[dict] = []
    cdp.on("Runtime.executionContextCreated", lambda event: worlds.append(event["context"]))
    cdp.send("Runtime.enable")
    extension = [w for w in worlds if w["origin"].startswith("chrome-extension://")]
    (world,) = [w for w in extension if w["auxData"].get("type") == "isolated"]

    def evaluate(expression: str) -> None:
        params = {"expression": expression, "contextId": world["id"], "awaitPromise": True}
        result = cdp.send("Runtime.evaluate", params)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])

    return evaluate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer browser rounds")
    parser.add_argument("--cold", action="store_true", help="only the cold starts, with the boot's phases")
    parser.add_argument("--memory", action="store_true", help="Chromium's keystroke latency and memory only")
    parser.add_argument("--extension", type=Path, default=ROOT / "dist" / "chrome", help="with --memory: another build")
    parser.add_argument("--typing", type=float, default=TYPING_S, help="with --memory: seconds of typing (0: none)")
    parser.add_argument("--no-burst", action="store_true", help="with --memory: not the 3,000 checks back to back")
    args = parser.parse_args()
    if not (ROOT / "dist" / "chrome" / "pyodide" / "BUILD.json").is_file():
        subprocess.run([sys.executable, str(ROOT / "build.py")], check=True, cwd=ROOT)
    cold_rounds = 3 if args.quick else 7
    if args.memory:
        bench_browser(40, 0, args.extension.resolve(), typing_s=args.typing, burst=not args.no_burst)
        return
    if args.cold:
        from tools.bench_firefox import bench_cold_start as bench_firefox_cold_start

        subprocess.run(["node", str(ROOT / "tests" / "mocks" / "build.mjs")], check=True, cwd=ROOT, capture_output=True)
        print("In headless Chromium with the built extension")
        bench_cold_start(ROOT / "dist" / "chrome", ROOT / "tests" / "mocks" / "build", cold_rounds)
        print("In headless Firefox ESR with the built extension (dist/firefox/)")
        bench_firefox_cold_start(cold_rounds)
        return
    cpython = bench_cpython()
    bench_pyodide(cpython)
    bench_browser(rounds=40 if args.quick else 120, cold_rounds=3 if args.quick else 7)
    zip_mb = (ROOT / "dist" / "policy-guard-chrome.zip").stat().st_size / 1e6
    line("dist/policy-guard-chrome.zip", zip_mb, "MB", BUDGETS["zip_mb"])
    from tools.bench_firefox import bench_firefox  # it reads this module's budgets

    bench_firefox(rounds=40 if args.quick else 120, cold_rounds=3 if args.quick else 7)


if __name__ == "__main__":
    main()
