"""Real Chromium (Debian's) with the built extension, and the sites' mock pages served under
their real addresses by routing. Every other request is refused: the tests run offline, and
anything the extension tried to fetch from the network would fail loudly."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import BrowserContext, Page, Route, expect, sync_playwright
from playwright.sync_api import Error as PlaywrightError

from tests.conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
# Two cores run the browser, Pyodide and the page's editor: give assertions room, not sleeps.
expect.set_options(timeout=15_000)
MOCKS = ROOT / "tests" / "mocks"
# The sites' mock pages, by the hosts they are served under (tests/mocks/<site>/).
SITES = {
    "x.com": "x",
    "twitter.com": "x",
    "mobile.x.com": "x",
    "www.facebook.com": "facebook",
    "www.instagram.com": "instagram",
}
# The real sites serve strict CSPs: Pyodide could not run in a content script under them (platform facts).
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; "
    "media-src 'self' blob:; "
    "object-src 'none'"
)
TYPES = {".js": "text/javascript", ".css": "text/css", ".html": "text/html"}
PANEL = "policy-guard-panel"  # the composer panel's element, on every site
X_EDITOR = '[data-testid="tweetTextarea_0"]'  # X's timeline composer (and, as a textarea, mobile's)


@pytest.fixture(scope="session")
def mock_bundles() -> Path:
    subprocess.run(["node", str(MOCKS / "build.mjs")], check=True, cwd=ROOT)
    return MOCKS / "build"


@dataclass
class Site:
    """What the mock sites show: which account is logged in."""

    handle: str = "jo_bloggs"
    name: str = "Jo Bloggs"
    requests: list[str] = field(default_factory=list)


@contextmanager
def launch(
    extension: Path, bundles: Path, profile: Path, extra_args: tuple[str, ...] = ()
) -> Iterator[tuple[BrowserContext, Site]]:
    """Chromium with `extension` loaded, the mock sites routed, every other request refused."""
    site = Site()
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                f"--disable-extensions-except={extension}",
                f"--load-extension={extension}",
                *extra_args,
            ],
        )

        def refuse(route: Route) -> None:
            site.requests.append(route.request.url)
            route.abort()

        def serve(route: Route) -> None:
            url = urlsplit(route.request.url)
            mock = SITES[url.hostname]
            if url.path.startswith("/__mock__/"):
                file = bundles / url.path.removeprefix("/__mock__/")
                if file.is_file():
                    return route.fulfill(status=200, body=file.read_bytes(), content_type=TYPES[file.suffix])
                return route.fulfill(status=404, body="not found")
            # Single-page apps: one shell for every path; the app renders the page for location.pathname.
            html = (MOCKS / mock / "index.html").read_text()
            html = html.replace("{{HANDLE}}", site.handle).replace("{{NAME}}", site.name)
            return route.fulfill(
                status=200, body=html, content_type="text/html", headers={"content-security-policy": CSP}
            )

        context.route(re.compile(r"^(https?|wss?)://"), refuse)  # the extension's own files load as usual
        for host in SITES:
            context.route(f"https://{host}/**", serve)
        yield context, site
        context.close()


@pytest.fixture(scope="module")
def browser(extension_dir: Path, mock_bundles: Path, tmp_path_factory) -> Iterator[tuple[BrowserContext, Site]]:
    with launch(extension_dir, mock_bundles, tmp_path_factory.mktemp("profile")) as launched:
        yield launched


@pytest.fixture
def x_home(browser) -> Iterator[tuple[Page, Site]]:
    """A fresh tab on https://x.com/home; set `site.handle` before `page.goto` to change account."""
    context, site = browser
    page = context.new_page()
    yield page, site
    page.close()


def open_x_composer(page: Page, *, ready: bool = True) -> None:
    """Open https://x.com/home in `page` and click into the timeline composer; with `ready`, wait
    until its panel says the checker is ready (Pyodide booted). Set `site.handle` first to change account."""
    page.goto("https://x.com/home")
    page.locator(X_EDITOR).click()
    if ready:
        expect(page.locator(PANEL)).to_have_attribute("data-status", "ready", timeout=30_000)


def paste_into(page: Page, text: str) -> None:
    """A person's paste: a paste event for an editor; a textarea takes it as inserted text."""
    is_textarea = page.evaluate("document.activeElement instanceof HTMLTextAreaElement")
    if is_textarea:
        page.keyboard.insert_text(text)
        return
    page.evaluate(
        """text => { const dt = new DataTransfer(); dt.setData('text/plain', text);
        const init = {clipboardData: dt, bubbles: true, cancelable: true};
        document.activeElement.dispatchEvent(new ClipboardEvent('paste', init)); }""",
        text,
    )


def drawn(page: Page, severity: str) -> list[str]:
    """The text the page underlines for a severity (the highlight registry is the document's)."""
    return page.evaluate(
        "name => { const h = CSS.highlights.get(name); return h ? [...h].map(r => r.toString()) : []; }",
        f"policy-guard-{severity}",
    )


def wait_drawn(page: Page, severity: str, words: list[str]) -> None:
    """Wait until the page underlines exactly `words`, in order, for a severity."""
    page.wait_for_function(
        "([name, want]) => { const h = CSS.highlights.get(name);"
        " return JSON.stringify(h ? [...h].map(r => r.toString()) : []) === JSON.stringify(want); }",
        arg=[f"policy-guard-{severity}", words],
    )


def panel_text(page: Page) -> str:
    """What a person reads (or a screen reader says) in the Policy Guard panel.

    The panel's content is in a closed shadow root, out of reach of page scripts and of
    Playwright's selectors; the browser's accessibility tree still has it, as assistive
    technology would.
    """
    cdp = page.context.new_cdp_session(page)
    try:
        nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        cdp.detach()
    by_id = {n["nodeId"]: n for n in nodes}
    texts: list[str] = []
    for node in nodes:
        if node.get("role", {}).get("value") == "region" and node.get("name", {}).get("value") == "Policy Guard":
            stack = list(reversed(node.get("childIds", [])))
            while stack:
                child = by_id.get(stack.pop())
                if not child:
                    continue
                if child.get("role", {}).get("value") == "StaticText":
                    texts.append(child.get("name", {}).get("value", ""))
                stack.extend(reversed(child.get("childIds", [])))
    return " ".join(texts)


def click_in_panel(page: Page, name: str, region: str = "Policy Guard") -> None:
    """Click the button called `name` in Policy Guard's panel (or banner) as a person would: with the
    mouse, at the place it is drawn. Found through the accessibility tree (its closed shadow root is
    out of reach of selectors); looked for again if the panel redraws meanwhile."""
    for attempt in range(5):
        try:
            return _click_in_panel(page, name, region)
        except PlaywrightError as error:  # the panel redrew between finding the button and clicking it
            if "box model" not in str(error) or attempt == 4:
                raise
            page.wait_for_timeout(100)
    return None


def _click_in_panel(page: Page, name: str, region: str) -> None:
    cdp = page.context.new_cdp_session(page)
    try:
        nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
        by_id = {n["nodeId"]: n for n in nodes}
        regions = [n for n in nodes if _ax(n, "role") == "region" and _ax(n, "name") == region]
        for top in regions:
            stack = list(top.get("childIds", []))
            while stack:
                node = by_id.get(stack.pop())
                if not node:
                    continue
                if _ax(node, "role") == "button" and _ax(node, "name") == name:
                    quad = cdp.send("DOM.getBoxModel", {"backendNodeId": node["backendDOMNodeId"]})["model"]["content"]
                    x, y = (quad[0] + quad[4]) / 2, (quad[1] + quad[5]) / 2
                    page.mouse.click(x, y)
                    return
                stack.extend(node.get("childIds", []))
    finally:
        cdp.detach()
    raise AssertionError(f"no button {name!r} in the {region} panel: {panel_text(page)!r}")


def _ax(node: dict, key: str) -> str:
    return node.get(key, {}).get("value", "")


def extension_worker(context: BrowserContext):
    """The extension's service worker, for reading and writing its settings as the options page would."""
    worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
    return worker


def checker_status(context: BrowserContext) -> dict:
    """The checker's status as its offscreen document reports it (e.g. `startedAt`, `timings`, `checks`)."""
    return extension_worker(context).evaluate("chrome.runtime.sendMessage({target: 'offscreen', type: 'status'})")


def offscreen_documents(context: BrowserContext) -> int:
    """How many offscreen documents (checkers) the extension has open."""
    return extension_worker(context).evaluate(
        "chrome.runtime.getContexts({contextTypes: ['OFFSCREEN_DOCUMENT']}).then((found) => found.length)"
    )


def set_settings(context: BrowserContext, values: dict) -> None:
    extension_worker(context).evaluate("values => chrome.storage.sync.set(values)", values)


def clear_settings(context: BrowserContext) -> None:
    extension_worker(context).evaluate("() => chrome.storage.sync.clear()")


def wait_for_site_state(page: Page, state: str, within_s: float = 15) -> None:
    """Wait until a tab reports this toolbar state (the service worker keeps it per tab)."""
    worker = extension_worker(page.context)
    read = "async () => Object.values(await chrome.storage.session.get(null)).map(s => s.state)"
    states: list[str] = []
    for _ in range(int(within_s * 4)):  # poll: there is no event to wait for
        states = worker.evaluate(read)
        if state in states:
            return
        page.wait_for_timeout(250)
    raise AssertionError(f"no tab reported {state!r}: {states}")


def toolbar_badges(context: BrowserContext) -> list[str]:
    """The text on the toolbar button, for every tab."""
    return extension_worker(context).evaluate(
        "async () => Promise.all((await chrome.tabs.query({})).map(t => chrome.action.getBadgeText({tabId: t.id})))"
    )
