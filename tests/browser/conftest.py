"""Real Chromium (Debian's) with the built extension, and the sites' mock pages served under
their real addresses by routing. Every other request is refused: the tests run offline, and
anything the extension tried to fetch from the network would fail loudly."""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import BrowserContext, CDPSession, Frame, Locator, Page, Route, expect, sync_playwright
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
    "pro.x.com": "xpro",
    "business.facebook.com": "business",
}
# The real sites serve strict CSPs: Pyodide could not run in a content script under them (docs/platform-facts.md).
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
    lang: str = "en"  # the interface language, for the mocks that speak more than English
    requests: list[str] = field(default_factory=list)


def mock_response(address: str, site: Site, bundles: Path) -> tuple[int, dict[str, str], bytes]:
    """What a mock site answers for `address` (one of SITES' hosts): (status, headers, body), for
    either browser's driver."""
    url = urlsplit(address)
    if url.path.startswith("/__mock__/"):
        file = bundles / url.path.removeprefix("/__mock__/")
        if file.is_file():
            return 200, {"content-type": TYPES[file.suffix]}, file.read_bytes()
        return 404, {"content-type": "text/plain"}, b"not found"
    # Single-page apps: one shell for every path; the app renders the page for location.pathname.
    html = (MOCKS / SITES[url.hostname] / "index.html").read_text()
    html = html.replace("{{HANDLE}}", site.handle).replace("{{NAME}}", site.name).replace("{{LANG}}", site.lang)
    return 200, {"content-type": "text/html; charset=utf-8", "content-security-policy": CSP}, html.encode()


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
            status, headers, body = mock_response(route.request.url, site, bundles)
            route.fulfill(status=status, headers=headers, body=body)

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


@pytest.fixture
def x(x_home) -> Iterator[tuple[Page, Site]]:
    """x_home on the person's default settings (cleared before and after)."""
    page, site = x_home
    clear_settings(page.context)
    yield page, site
    clear_settings(page.context)


def open_x_composer(page: Page, *, ready: bool = True) -> None:
    """Open https://x.com/home in `page` and click into the timeline composer; with `ready`, wait
    until its panel says the checker is ready (Pyodide booted). Set `site.handle` first to change account."""
    page.goto("https://x.com/home")
    page.locator(X_EDITOR).click()
    if ready:
        expect(page.locator(PANEL)).to_have_attribute("data-status", "ready", timeout=30_000)


X_POSTS = 'article[data-testid="tweet"]'  # the timeline's posts


def hold_back_a_post(page: Page, site: Site) -> int:
    """An official account's party-political post, its Post clicked in "confirm" mode: nothing is sent,
    nothing is lost, and the panel asks "Post anyway?". Returns how many posts the timeline had."""
    set_settings(page.context, {"error_mode": "confirm"})
    site.handle = "NhxPartnership"
    open_x_composer(page)
    page.keyboard.type("Vote Labour on Thursday!")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political")
    posts_before = page.locator(X_POSTS).count()
    page.locator('[data-testid="tweetButtonInline"]').click()
    page.wait_for_timeout(200)
    assert page.locator(X_POSTS).count() == posts_before  # held back
    assert page.evaluate("window.__mock.getPlainText()") == "Vote Labour on Thursday!"  # and nothing lost
    assert "Post anyway?" in panel_text(page)
    return posts_before


# The focused element, inside open shadow roots too (X Chat's textarea is in one).
_FOCUSED = (
    "(() => { let e = document.activeElement;"
    " while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement; return e; })()"
)


def paste_into(page: Page, text: str) -> None:
    """A person's paste: a paste event for an editor; a textarea takes it as inserted text."""
    is_textarea = page.evaluate(f"{_FOCUSED} instanceof HTMLTextAreaElement")
    if is_textarea:
        page.keyboard.insert_text(text)
        return
    page.evaluate(
        """text => { const dt = new DataTransfer(); dt.setData('text/plain', text);
        const init = {clipboardData: dt, bubbles: true, cancelable: true};
        FOCUSED.dispatchEvent(new ClipboardEvent('paste', init)); }""".replace("FOCUSED", _FOCUSED),
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


# The pages Policy Guard draws in the sites' pages, each in an extension frame (in a closed shadow root).
FRAME_PAGES = ("/panel/panel.html", "/panel/banner.html")
# In a frame's element: which host element holds it, and what it says (`data-rules`, `data-status`);
# a closed panel is hidden at once and leaves the page a moment later (frame-host.js `destroy`).
_HOST_SAYS = """frame => { const host = frame.getRootNode().host?.parentElement;
    if (!host || !host.isConnected || host.style.display === 'none') return null;  // gone, or going
    return [host.getAttribute('data-rules') ?? '', host.getAttribute('data-status') ?? '']; }"""


def policy_guard_frames(page: Page) -> list[Frame]:
    """The panel's and banners' frames in `page`, in the order they were made."""
    return [f for f in page.frames if f.url.startswith("chrome-extension://") and urlsplit(f.url).path in FRAME_PAGES]


def _settle(page: Page, timeout_ms: float = 15_000) -> list[Frame]:
    """Wait until every panel and banner in the page has its frame, and each frame draws what its host
    element says now (the content script sets the page's attributes at once, and sends the frame its
    view a moment later); return the frames."""
    waited = 0.0
    while True:
        hosts = page.locator(f"{PANEL}, policy-guard-banner").count()
        frames, behind = [], []
        for frame in policy_guard_frames(page):
            try:
                says = frame.frame_element().evaluate(_HOST_SAYS)
            except PlaywrightError:
                continue  # the frame went meanwhile
            if says is None:
                continue  # its host is gone
            frames.append(frame)
            try:  # read with a time limit: a frame still loading (or going) has nothing to say yet
                body = frame.locator("body")
                drew = [body.get_attribute(f"data-{name}", timeout=1000) for name in ("rules", "status")]
            except PlaywrightError:
                drew = [None, None]
            if drew[0] != says[0] or (says[1] and drew[1] != says[1]):
                behind.append((frame.url, says, drew))
        if not behind and len(frames) == hosts:
            return frames
        if waited > timeout_ms:
            raise AssertionError(f"Policy Guard's frames do not show what their elements say: {hosts} hosts, {behind}")
        page.wait_for_timeout(50)
        waited += 50


def _ax_nodes(frame: Frame) -> tuple[list[dict], CDPSession]:
    cdp = frame.page.context.new_cdp_session(frame)
    return cdp.send("Accessibility.getFullAXTree")["nodes"], cdp


def _detach(cdp: CDPSession) -> None:
    with contextlib.suppress(PlaywrightError):  # the frame went (a dismissed banner): so did its session
        cdp.detach()


def panel_text(page: Page) -> str:
    """What a person reads (or a screen reader says) in Policy Guard's panels and banners.

    Each is drawn in an extension frame, out of reach of page scripts (and of Playwright's selectors
    in the page); the frame's accessibility tree has it, as assistive technology would.
    """
    texts: list[str] = []
    for frame in _settle(page):
        try:
            nodes, cdp = _ax_nodes(frame)
        except PlaywrightError:
            if frame.is_detached():
                continue  # closed since it was settled
            raise
        _detach(cdp)
        texts.extend(_ax(n, "name") for n in nodes if _ax(n, "role") == "StaticText")
    return " ".join(texts)


def click_in_panel(page: Page, name: str) -> None:
    """Click the button called `name` (or, failing that, whose name contains it, as Playwright's
    get_by_role does) in Policy Guard's panel or banner as a person would: with the mouse, at the
    place it is drawn in the page. Found through the frame's accessibility tree; looked for again
    if the panel redraws meanwhile."""
    for attempt in range(5):
        try:
            return _click_in_panel(page, name)
        except PlaywrightError as error:  # the panel redrew between finding the button and clicking it
            if "box model" not in str(error) or attempt == 4:
                raise
            page.wait_for_timeout(100)
    return None


def _click_in_panel(page: Page, name: str) -> None:
    for exact in (True, False):
        for frame in _settle(page):
            nodes, cdp = _ax_nodes(frame)
            try:
                for node in nodes:
                    label = _ax(node, "name")
                    if _ax(node, "role") == "button" and (label == name if exact else name in label):
                        button = {"backendNodeId": node["backendDOMNodeId"]}
                        cdp.send("DOM.scrollIntoViewIfNeeded", button)  # as a person scrolls a long panel
                        at = _resting_box(page, frame)  # the frame's place in the page, once it has stopped moving
                        box = cdp.send("DOM.getBoxModel", button)["model"]["content"]
                        x, y = (box[0] + box[4]) / 2, (box[1] + box[5]) / 2
                        page.mouse.click(at["x"] + x, at["y"] + y)
                        return
            finally:
                _detach(cdp)
    raise AssertionError(f"no button {name!r} in Policy Guard's panel: {panel_text(page)!r}")


def _resting_box(page: Page, frame: Frame) -> dict:
    """The frame's box in the page once it is the same twice 100 ms apart, as a person waits for a
    panel or banner to stop moving before clicking in it (it is sized to what it draws, and a banner
    stands on the window's foot: it grows upwards)."""
    element = frame.frame_element()
    before = element.bounding_box()
    for _ in range(50):
        page.wait_for_timeout(100)
        now = element.bounding_box()
        if now == before:
            break
        before = now
    return before


def _ax(node: dict, key: str) -> str:
    return node.get(key, {}).get("value", "")


def extension_worker(context: BrowserContext):
    """The extension's service worker, for reading and writing its settings as the options page would."""
    worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
    return worker


def checker_status(context: BrowserContext) -> dict:
    """The checker's status as its offscreen document reports it (e.g. `startedAt`, `timings`, `checks`)."""
    return extension_worker(context).evaluate("chrome.runtime.sendMessage({target: 'offscreen', type: 'status'})")


def offscreen_evaluate(page, expression: str) -> object:
    """Evaluate `expression` in the checker's offscreen document, as DevTools can (nothing else reaches it)."""
    cdp = page.context.new_cdp_session(page)
    try:
        (target,) = [
            t for t in cdp.send("Target.getTargets")["targetInfos"] if t["url"].endswith("/offscreen/offscreen.html")
        ]
        session = cdp.send("Target.attachToTarget", {"targetId": target["targetId"], "flatten": False})["sessionId"]
        answers: list[dict] = []
        cdp.on("Target.receivedMessageFromTarget", lambda event: answers.append(json.loads(event["message"])))
        call = {"id": 1, "method": "Runtime.evaluate", "params": {"expression": expression, "returnByValue": True}}
        cdp.send("Target.sendMessageToTarget", {"sessionId": session, "message": json.dumps(call)})
        for _ in range(100):
            if any(a.get("id") == 1 for a in answers):
                break
            page.wait_for_timeout(50)
        (answer,) = [a for a in answers if a.get("id") == 1]
        return answer["result"]["result"].get("value")
    finally:
        cdp.detach()


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


def drop_files_as_a_person(page: Page, selector: str, files: list[tuple[str, bytes]], folder: Path) -> None:
    """Drag files from the desktop onto `selector` as a person does: the browser's own drag events
    (trusted, as a page's script cannot make them), with the files read from `folder`."""
    paths = []
    for name, data in files:
        (folder / name).write_bytes(data)
        paths.append(str(folder / name))
    box = page.locator(selector).first.bounding_box()
    at = {"x": box["x"] + box["width"] / 2, "y": box["y"] + min(box["height"] / 2, 40)}
    cdp = page.context.new_cdp_session(page)
    try:
        drag = {"items": [], "files": paths, "dragOperationsMask": 1}
        for kind in ("dragEnter", "dragOver", "drop"):
            cdp.send("Input.dispatchDragEvent", {"type": kind, **at, "data": drag})
    finally:
        cdp.detach()


_CHOSEN = Path(tempfile.mkdtemp(prefix="policy-guard-files-"))


def choose_files(file_input: Locator, files: list[dict]) -> None:
    """Choose files (`{"name", "buffer"}`) in a site's file input as a person does: from disk,
    through the browser's own file-chooser path, whose events are trusted (a page's script cannot
    make them; Playwright's in-memory files arrive by script, untrusted, which the extension ignores)."""
    paths = []
    for file in files:
        folder = Path(tempfile.mkdtemp(dir=_CHOSEN))
        (folder / file["name"]).write_bytes(file["buffer"])
        paths.append(folder / file["name"])
    file_input.set_input_files(paths)


def overlaps(a: dict, b: dict) -> bool:
    """Whether two boxes on the page (Playwright's bounding boxes) overlap."""
    across = min(a["x"] + a["width"], b["x"] + b["width"]) > max(a["x"], b["x"])
    down = min(a["y"] + a["height"], b["y"] + b["height"]) > max(a["y"], b["y"])
    return across and down
