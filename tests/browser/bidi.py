"""Real Firefox (Debian's firefox-esr) with the built extension, driven over WebDriver BiDi, Firefox's
own remote protocol, from a websocket (Playwright cannot drive a stock Firefox, and no geckodriver
installs here). The extension is installed as a temporary add-on (`webExtension.install`), and the
sites' mock pages are served under their real addresses by intercepting each request
(`network.addIntercept` + `network.provideResponse`); every other request the browser makes is
recorded and failed, as the Chromium tests' routing does (tests/browser/conftest.py).

A small client, only what the tests use: `Firefox` (the browser), `Tab` (a top-level page: go,
evaluate, type, click, read Policy Guard's frames)."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import socket
import subprocess
import threading
import time
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from urllib.parse import urlsplit

from websockets.sync.client import connect

from tests.browser.conftest import FRAME_PAGES, PANEL, SITES, Site, mock_response
from tests.browser.driver import FIND, FIND_ALL

# The Firefox to drive: Debian's, unless POLICY_GUARD_FIREFOX names another (an older ESR, unpacked beside it).
FIREFOX = os.environ.get("POLICY_GUARD_FIREFOX", "/usr/bin/firefox-esr")
GECKO_ID = "policy-guard@extension"  # build.py's GECKO_ID
# The moz-extension:// host Firefox gives the add-on (fixed by a pref: the tests know its pages' addresses).
EXTENSION_UUID = "6f1c7c3e-2f4b-4d1e-9a55-0c0ffee0a11d"
PREFS = {
    "remote.active-protocols": 1,  # WebDriver BiDi only
    "extensions.webextensions.uuids": json.dumps({GECKO_ID: EXTENSION_UUID}),
    "datareporting.policy.dataSubmissionEnabled": False,
    "toolkit.telemetry.reportingpolicy.firstRun": False,
    "browser.shell.checkDefaultBrowser": False,
    "browser.startup.homepage_override.mstone": "ignore",
    "browser.aboutwelcome.enabled": False,
    "app.update.disabledForTesting": True,
    "extensions.update.enabled": False,
    "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False,
    "browser.safebrowsing.update.enabled": False,
    "browser.region.network.url": "",
    "ui.caretBlinkTime": -1,
}
# WebDriver's key codes for the keys the tests press.
KEYS = {
    "Enter": "\ue007",
    "Backspace": "\ue003",
    "Control": "\ue009",
    "Shift": "\ue008",
    "Tab": "\ue004",
    "Meta": "\ue03d",  # Cmd on a Mac, the Windows key elsewhere
    "Delete": "\ue017",
    "Escape": "\ue00c",
}
TIMEOUT_S = 30.0


class BiDiError(Exception):
    pass


class BiDi:
    """One WebDriver BiDi session over a websocket: commands answered by id, events to handlers
    (run on the reader thread: a handler may `send`, never `call`)."""

    def __init__(self, url: str) -> None:
        self.closing = contextlib.ExitStack()
        self.ws = self.closing.enter_context(connect(url, max_size=None, open_timeout=5))
        self.pending: dict[int, Future] = {}
        self.handlers: dict[str, Callable[[dict], None]] = {}
        self.lock = threading.Lock()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        with contextlib.suppress(Exception):  # the connection closed
            for raw in self.ws:
                message = json.loads(raw)
                if "id" in message:
                    future = self.pending.pop(message["id"], None)
                    if future:
                        future.set_result(message)
                elif message.get("type") == "event" and message["method"] in self.handlers:
                    self.handlers[message["method"]](message["params"])
        for future in list(self.pending.values()):
            future.set_result({"type": "error", "error": "closed", "message": "the browser went away"})

    def send(self, method: str, params: dict) -> Future:
        future: Future = Future()
        with self.lock:
            self.next_id += 1
            self.pending[self.next_id] = future
            self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        return future

    def call(self, method: str, params: dict | None = None, timeout: float = TIMEOUT_S) -> dict:
        answer = self.send(method, params or {}).result(timeout)
        if answer.get("type") == "error":
            raise BiDiError(f"{method}: {answer.get('error')}: {answer.get('message')}")
        return answer["result"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _local(value: object) -> dict:
    """A Python value as a BiDi LocalValue (a function's argument)."""
    if value is None:
        return {"type": "null"}
    if isinstance(value, bool):
        return {"type": "boolean", "value": value}
    if isinstance(value, int | float):
        return {"type": "number", "value": value}
    if isinstance(value, str):
        return {"type": "string", "value": value}
    if isinstance(value, list | tuple):
        return {"type": "array", "value": [_local(v) for v in value]}
    if isinstance(value, dict) and set(value) == {"sharedId"}:
        return value  # a node the page gave us
    if isinstance(value, dict):
        return {"type": "object", "value": [[k, _local(v)] for k, v in value.items()]}
    raise TypeError(f"cannot pass {value!r} to the page")


def _python(remote: dict) -> object:
    """A BiDi RemoteValue as a Python value (nodes and other references as their sharedId/handle)."""
    kind = remote["type"]
    if kind in ("undefined", "null"):
        return None
    if kind in ("string", "boolean"):
        return remote["value"]
    if kind == "number":
        value = remote["value"]
        return value if isinstance(value, int | float) else float(value.replace("Infinity", "inf"))
    if kind in ("array", "set"):
        return [_python(v) for v in remote.get("value", [])]
    if kind == "object":
        return {k if isinstance(k, str) else _python(k): _python(v) for k, v in remote.get("value", [])}
    if kind == "node":
        return {"sharedId": remote["sharedId"]}
    return remote


class Firefox:
    """firefox-esr, headless, in a fresh profile, with the extension at `extension` installed and the
    mock sites served. `home`: the HOME it runs with (where it looks for managed-storage files);
    `prefs`: preferences beyond the tests' own."""

    def __init__(
        self, extension: Path, bundles: Path, profile: Path, home: Path | None = None, prefs: dict | None = None
    ) -> None:
        self.site = Site()
        self.bundles = bundles
        profile.mkdir(parents=True, exist_ok=True)
        (profile / "user.js").write_text(
            "".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n" for k, v in {**PREFS, **(prefs or {})}.items())
        )
        port = _free_port()
        env = {**os.environ, "MOZ_CRASHREPORTER_DISABLE": "1"}
        if home:
            env["HOME"] = str(home)
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [FIREFOX, "--headless", "--no-remote", "--profile", str(profile), "--remote-debugging-port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            try:
                self.bidi = BiDi(f"ws://127.0.0.1:{port}/session")
                break
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.process.kill()
                    raise
                time.sleep(0.1)
        self.bidi.call("session.new", {"capabilities": {"alwaysMatch": {"acceptInsecureCerts": False}}})
        self.bidi.handlers["network.beforeRequestSent"] = self._serve
        self.bidi.call("session.subscribe", {"events": ["network.beforeRequestSent"]})
        self.bidi.call("network.addIntercept", {"phases": ["beforeRequestSent"]})
        self.bidi.call("webExtension.install", {"extensionData": {"type": "path", "path": str(extension)}})

    def _serve(self, event: dict) -> None:
        """Each request: a mock site's page or file, served; anything else on the network, recorded and failed."""
        if not event.get("isBlocked"):
            return
        request, url = event["request"]["request"], urlsplit(event["request"]["url"])
        if url.scheme not in ("http", "https", "ws", "wss"):
            self.bidi.send("network.continueRequest", {"request": request})
            return
        if url.scheme != "https" or url.hostname not in SITES:
            self.site.requests.append(event["request"]["url"])
            self.bidi.send("network.failRequest", {"request": request})
            return
        status, headers, body = mock_response(event["request"]["url"], self.site, self.bundles)
        self.bidi.send(
            "network.provideResponse",
            {
                "request": request,
                "statusCode": status,
                "reasonPhrase": "OK" if status == 200 else "Not Found",
                "headers": [{"name": k, "value": {"type": "string", "value": v}} for k, v in headers.items()],
                "body": {"type": "base64", "value": base64.b64encode(body).decode()},
            },
        )

    def add_preload_script(self, function: str) -> None:
        """Run `function` (JavaScript) in every page before the page's own scripts."""
        self.bidi.call("script.addPreloadScript", {"functionDeclaration": function})

    def new_tab(self, url: str | None = None) -> Tab:
        tab = Tab(self, self.bidi.call("browsingContext.create", {"type": "tab"})["context"])
        if url:
            tab.goto(url)
        return tab

    def extension_tab(self, path: str, timeout: float = 15.0) -> Tab:
        """The tab on one of the extension's own pages (`path`, e.g. "popup/popup.html") that the extension
        opened (WebDriver may not navigate a tab to an extension page itself)."""
        deadline = time.monotonic() + timeout
        while True:
            for context in self.bidi.call("browsingContext.getTree", {"maxDepth": 0})["contexts"]:
                url = urlsplit(context["url"])
                if url.scheme == "moz-extension" and url.path == f"/{path}":
                    return Tab(self, context["context"])
            if time.monotonic() > deadline:
                raise AssertionError(f"the extension opened no tab on {path}")
            time.sleep(0.1)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.bidi.call("session.end", timeout=5)
        with contextlib.suppress(Exception):
            self.bidi.closing.close()
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class Tab:
    """A top-level browsing context."""

    def __init__(self, firefox: Firefox, context: str) -> None:
        self.firefox = firefox
        self.bidi = firefox.bidi
        self.context = context

    def goto(self, url: str) -> None:
        self.bidi.call("browsingContext.navigate", {"context": self.context, "url": url, "wait": "complete"})

    def close(self) -> None:
        with contextlib.suppress(BiDiError):
            self.bidi.call("browsingContext.close", {"context": self.context})

    def evaluate(self, function: str, *args: object, context: str | None = None) -> object:
        """`function` (JavaScript: `(a, b) => …`, may return a promise) called with `args`; its value."""
        result = self.bidi.call(
            "script.callFunction",
            {
                "functionDeclaration": function,
                "arguments": [_local(a) for a in args],
                "awaitPromise": True,
                "target": {"context": context or self.context},
                "resultOwnership": "none",
            },
        )
        if result["type"] == "exception":
            details = result["exceptionDetails"]
            raise BiDiError(f"{details.get('text')} in {function[:80]!r}")
        return _python(result["result"])

    def wait_for(self, function: str, *args: object, timeout: float = 15.0, context: str | None = None) -> object:
        """Poll `function` until it returns something truthy; return that."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(function, *args, context=context)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"waited {timeout} s for {function!r}; last: {value!r}")
            time.sleep(0.05)

    # ---- a person's input ----------------------------------------------------------------------

    def _keys(self, actions: list[dict]) -> None:
        self.bidi.call(
            "input.performActions",
            {"context": self.context, "actions": [{"type": "key", "id": "keyboard", "actions": actions}]},
        )

    def type(self, text: str) -> None:
        """Type `text` key by key, as a person does."""
        for chunk in range(0, len(text), 40):
            actions: list[dict] = []
            for char in text[chunk : chunk + 40]:
                key = KEYS["Enter"] if char == "\n" else char
                actions += [{"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}]
            self._keys(actions)

    def press(self, combo: str) -> None:
        """A key or a chord: "Enter", "Backspace", "Control+a"."""
        keys = [KEYS.get(part, part) for part in combo.split("+")]
        self._keys(
            [{"type": "keyDown", "value": k} for k in keys] + [{"type": "keyUp", "value": k} for k in reversed(keys)]
        )

    def click_element(self, element: dict, context: str | None = None) -> None:
        """A person's click (pointer down and up) in the middle of `element` (a node from `evaluate`),
        once it has stopped moving (a dialog that widens as it steps on moves its buttons) and is in
        view (a page still laying out can push it out of view after it was scrolled to, as a person
        would then scroll to it again)."""
        box = """n => {
            let r = n.getBoundingClientRect();
            if (r.bottom > innerHeight || r.top < 0 || r.right > innerWidth || r.left < 0) {
                n.scrollIntoView({block: 'center'});
                r = n.getBoundingClientRect();
            }
            return [r.x, r.y, r.width, r.height];
        }"""
        before = self.evaluate(box, element, context=context)
        for _ in range(50):
            time.sleep(0.1)
            now = self.evaluate(box, element, context=context)
            if now == before:
                break
            before = now
        origin = {"type": "element", "element": element}
        pointer = [
            {"type": "pointerMove", "x": 0, "y": 0, "origin": origin},
            {"type": "pointerDown", "button": 0},
            {"type": "pointerUp", "button": 0},
        ]
        self.bidi.call(
            "input.performActions",
            {"context": context or self.context, "actions": [{"type": "pointer", "id": "mouse", "actions": pointer}]},
        )

    def choose_files(self, selector: str, paths: list[Path]) -> None:
        """Choose files from disk in a file input (in the page or an open shadow root), through the
        browser's own path (trusted events)."""
        node = self.wait_for(f"s => ({FIND})(s, null)", selector)
        files = {"context": self.context, "element": node, "files": [str(path) for path in paths]}
        self.bidi.call("input.setFiles", files)

    def click(self, selector: str) -> None:
        node = self.wait_for("s => document.querySelector(s)", selector)
        assert isinstance(node, dict)
        self.evaluate("node => node.scrollIntoView({block: 'center'})", node)
        self.click_element(node)

    # ---- what Policy Guard shows in the page -----------------------------------------------------

    def attribute(self, name: str, selector: str = PANEL) -> str | None:
        return self.evaluate("(s, n) => document.querySelector(s)?.getAttribute(n) ?? null", selector, name)  # type: ignore[return-value]

    def wait_attribute(self, name: str, value: str, selector: str = PANEL, timeout: float = 15.0) -> None:
        self.wait_for(
            "(s, n, v) => document.querySelector(s)?.getAttribute(n) === v", selector, name, value, timeout=timeout
        )

    def plain_text(self) -> str:
        """What the mock site's editor holds (its own state, not the DOM)."""
        return self.evaluate("() => window.__mock.getPlainText()")  # type: ignore[return-value]

    def frames(self) -> list[tuple[str, str]]:
        """Policy Guard's panel and banner frames in this page: (browsing context, page path)."""
        tree = self.bidi.call("browsingContext.getTree", {"root": self.context})["contexts"]
        found: list[tuple[str, str]] = []

        def walk(nodes: list[dict]) -> None:
            for node in nodes:
                url = urlsplit(node["url"])
                if url.scheme == "moz-extension" and url.path in FRAME_PAGES:
                    found.append((node["context"], url.path))
                walk(node.get("children") or [])

        walk(tree[0].get("children") or [])
        return found

    def settle(self, timeout: float = 15.0) -> list[str]:
        """Wait until every panel and banner has its frame and each frame draws what its host says."""
        deadline = time.monotonic() + timeout
        while True:
            hosts = self.evaluate(  # in the page and its open shadow roots (X Chat's composer is in one)
                f"() => ({FIND_ALL})('policy-guard-panel, policy-guard-banner', null)"
                ".filter(h => h.style.display !== 'none').map(h => h.getAttribute('data-rules') ?? '').sort()"
            )
            frames, drew = [context for context, _ in self.frames()], []
            for frame in frames:
                with contextlib.suppress(BiDiError):  # a frame still loading, or going
                    drew.append(self.evaluate("() => document.body.dataset.rules ?? null", context=frame))
            if sorted(d for d in drew if d is not None) == hosts:
                return frames
            if time.monotonic() > deadline:
                raise AssertionError(f"Policy Guard's frames do not show what their elements say: {hosts} vs {drew}")
            time.sleep(0.05)

    def panel_text(self) -> str:
        """What a person reads in Policy Guard's panels and banners (each frame's rendered text)."""
        return " ".join(
            self.evaluate("() => document.body.innerText.replace(/\\s+/g, ' ').trim()", context=frame)  # type: ignore[misc]
            for frame in self.settle()
        )

    def checker_state(self) -> dict:
        """The checker's state (status, startedAt, timings, checks, restarts), asked from a panel's frame
        (an extension page) as any page of the extension may."""
        frame = self.settle()[0]
        request = "() => chrome.runtime.sendMessage({target: 'background', type: 'status'})"
        return self.evaluate(request, context=frame)  # type: ignore[return-value]

    def click_in_panel(self, name: str) -> None:
        """Click the button called `name` (or whose name contains it) in a panel or banner as a person
        does: with the mouse, at the place it is drawn in the page (the frame fills its host element)."""
        self.settle()
        for exact in (True, False):
            for frame, path in self.frames():
                box = self.evaluate(
                    """(name, exact) => {
                        const button = [...document.querySelectorAll('button')].find((b) => {
                          const label = (b.getAttribute('aria-label') || b.textContent).replace(/\\s+/g, ' ').trim();
                          return exact ? label === name : label.includes(name); });
                        if (!button) return null;
                        button.scrollIntoView({block: 'nearest'});
                        const r = button.getBoundingClientRect();
                        return [r.x + r.width / 2, r.y + r.height / 2, document.body.dataset.rules ?? ''];
                    }""",
                    name,
                    exact,
                    context=frame,
                )
                if not box:
                    continue
                x, y, rules = box  # type: ignore[misc]
                tag = "policy-guard-banner" if path.endswith("banner.html") else PANEL
                at = self._resting_place(tag, rules)  # type: ignore[arg-type]
                self.click_at(at[0] + x, at[1] + y)  # type: ignore[index]
                return
        raise AssertionError(f"no button {name!r} in Policy Guard's panel: {self.panel_text()!r}")

    def _resting_place(self, tag: str, rules: str) -> list[float]:
        """Where the host of a frame drawing `rules` is in the viewport, once it has stopped moving
        (a panel follows its composer as a dialog opens or the page lays out again)."""
        where = f"""(tag, rules) => {{ const host = ({FIND_ALL})(tag, null).find(
                     (h) => h.style.display !== 'none' && (h.getAttribute('data-rules') ?? '') === rules);
                   const r = host.getBoundingClientRect(); return [r.x, r.y]; }}"""
        before = self.evaluate(where, tag, rules)
        for _ in range(50):
            time.sleep(0.1)
            now = self.evaluate(where, tag, rules)
            if now == before:
                break
            before = now
        return before  # type: ignore[return-value]

    def click_at(self, x: float, y: float) -> None:
        """A person's click (pointer down and up) at (x, y) in the page's viewport."""
        pointer = [
            {"type": "pointerMove", "x": round(x), "y": round(y), "origin": "viewport"},
            {"type": "pointerDown", "button": 0},
            {"type": "pointerUp", "button": 0},
        ]
        self.bidi.call(
            "input.performActions",
            {"context": self.context, "actions": [{"type": "pointer", "id": "mouse", "actions": pointer}]},
        )


# ---- for the accessibility tests (tests/browser/test_firefox_a11y.py) ------------------------------
# Added after the rest: nothing above depends on these.

# WebDriver's key codes for the keys a keyboard user presses beyond `KEYS`.
A11Y_KEYS = {
    **KEYS,
    "Escape": "\ue00c",
    "Alt": "\ue00a",
    "Home": "\ue011",
    "End": "\ue010",
    "ArrowLeft": "\ue012",
    "ArrowRight": "\ue014",
    "Space": " ",
}


def press_key(tab: Tab, combo: str) -> None:
    """A key or a chord a person presses ("Escape", "Shift+Tab", "Alt+Shift+G", "Space")."""
    keys = [A11Y_KEYS.get(part, part) for part in combo.split("+")]
    tab._keys([{"type": "keyDown", "value": k} for k in keys] + [{"type": "keyUp", "value": k} for k in reversed(keys)])


def accessible_nodes(tab: Tab, context: str, role: str | None = None, name: str | None = None) -> list[dict]:
    """The nodes in `context` that Firefox's accessibility service gives this role and/or accessible name
    (`browsingContext.locateNodes` with an accessibility locator): as a screen reader finds them."""
    value = {k: v for k, v in (("role", role), ("name", name)) if v is not None}
    found = tab.bidi.call(
        "browsingContext.locateNodes", {"context": context, "locator": {"type": "accessibility", "value": value}}
    )
    return [{"sharedId": node["sharedId"]} for node in found["nodes"]]


def has_focus(tab: Tab, context: str, role: str, name: str) -> bool:
    """Whether the element with the keyboard's focus in `context` is one the accessibility service calls
    `role` named `name`, and the frame has the focus."""
    nodes = accessible_nodes(tab, context, role, name)
    return bool(nodes) and bool(
        tab.evaluate(
            "(...nodes) => document.hasFocus() && nodes.includes(document.activeElement)", *nodes, context=context
        )
    )


def set_viewport(tab: Tab, width: int | None, height: int | None = None) -> None:
    """The page's viewport in CSS pixels (None: the window's own again)."""
    viewport = None if width is None else {"width": width, "height": height}
    tab.bidi.call("browsingContext.setViewport", {"context": tab.context, "viewport": viewport})


def run_script(tab: Tab, source: str, context: str | None = None) -> object:
    """Run `source` as a classic script in the page's global scope (a library's `var`s become globals)."""
    result = tab.bidi.call(
        "script.evaluate",
        {
            "expression": source,
            "target": {"context": context or tab.context},
            "awaitPromise": False,
            "resultOwnership": "none",
        },
    )
    if result["type"] == "exception":
        raise BiDiError(f"{result['exceptionDetails'].get('text')} in a script of {len(source)} characters")
    return _python(result["result"])


# ---- For the driver (driver_firefox.py) and the Firefox audit page tests -------------------------------


def in_extension(tab: Tab, function: str, *args: object) -> object:
    """`function` run in one of the extension's own pages in `tab` (its first panel or banner frame, an
    extension page with the extension's APIs), as the options page or the popup would run it."""
    return tab.evaluate(function, *args, context=tab.settle()[0])


_EXTENSION_TABS: weakref.WeakKeyDictionary[Firefox, Tab] = weakref.WeakKeyDictionary()


def extension_page(tab: Tab) -> Tab:
    """A tab on one of the extension's own pages, with every API the extension has (a frame in a web
    page has only a content script's: no `tabs`, no `action`): the popup's page, opened once per browser
    as a clause link opens it; `tab` is brought back to the front (a tab behind another draws nothing)."""
    page = _EXTENSION_TABS.get(tab.firefox)
    if page is None:
        opened = "() => chrome.runtime.sendMessage({target: 'background', type: 'open-clause', clause: 'PA-1'})"
        in_extension(tab, opened)
        page = _EXTENSION_TABS[tab.firefox] = tab.firefox.extension_tab("popup/popup.html")
        tab.bidi.call("browsingContext.activate", {"context": tab.context})
    return page


def frame_element(tab: Tab, path: str) -> dict:
    """The <iframe> element (a node for `evaluate`) of Policy Guard's frame on `path` ("/panel/panel.html"):
    found by the browser (BiDi's context locator), wherever it is (in closed shadow roots too)."""
    (frame,) = [context for context, at in tab.frames() if at == path]
    locator = {"type": "context", "value": {"context": frame}}
    found = tab.bidi.call("browsingContext.locateNodes", {"context": tab.context, "locator": locator})["nodes"]
    assert len(found) == 1, found
    return {"sharedId": found[0]["sharedId"]}


def add_page_script(tab: Tab, function: str) -> str:
    """Run `function` (JavaScript) in every page `tab` loads from now on, before the page's own scripts
    (as the page's own first script); returns its id for `remove_page_script`."""
    script = {"functionDeclaration": function, "contexts": [tab.context]}
    return tab.bidi.call("script.addPreloadScript", script)["script"]


def remove_page_script(tab: Tab, script: str) -> None:
    with contextlib.suppress(BiDiError):
        tab.bidi.call("script.removePreloadScript", {"script": script})


def paste_into(tab: Tab, text: str) -> None:
    """A person's paste into the focused editor (inside open shadow roots too): a textarea takes it as
    inserted text; an editor gets a paste event, which Firefox fills from its own `data`/`dataType`
    members (its `clipboardData` from a script is ignored), so it carries both."""
    tab.evaluate(
        """text => { let focused = document.activeElement;
             while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
             if (focused instanceof HTMLTextAreaElement) { document.execCommand('insertText', false, text); return; }
             const dt = new DataTransfer(); dt.setData('text/plain', text);
             const init = {clipboardData: dt, data: text, dataType: 'text/plain', bubbles: true, cancelable: true};
             focused.dispatchEvent(new ClipboardEvent('paste', init)); }""",
        text,
    )
