"""A hostile page (issue 18), in real Firefox (Debian's firefox-esr, the built dist/firefox installed as a
temporary add-on, driven over WebDriver BiDi: tests/browser/bidi.py): the same attacks as the Chromium
tests (test_hostile_page.py, test_hostile_account.py, test_hostile_checker.py) and every keyboard and
form path of "post anyway?" (test_sites_send_guard.py), each written as the page's own script would
write it, each asserting what the person sees. Where Chromium's tests read the service worker, these
read the same state from one of the extension's own pages in the tab (a panel's or banner's frame)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from tests.browser.bidi import (
    Firefox,
    Tab,
    add_page_script,
    clear_settings,
    frame_element,
    in_extension,
    paste_into,
    remove_page_script,
    set_settings,
    stored_settings,
    toolbar,
)
from tests.browser.conftest import PANEL, X_EDITOR

BOOT_S = 60.0  # Pyodide's first boot in a fresh profile, on a busy machine

# What the person types in most tests: a personal account's post about work, with no disclaimer.
DRAFT = "Proud to work at NHP"
FINDING = "missing-disclaimer"
POLITICAL = "Vote Labour on Thursday!"  # from an official account: the political rule's error
FB_PAGE = ("NorthHalifaxPartnership", "North Halifax Partnership")  # the organisation's Facebook Page
IG_OFFICIAL = "staying_well_team"
PROFILE_LINK = 'a[data-testid="AppTabBar_Profile_Link"]'
PANEL_PAGE, BANNER_PAGE = "/panel/panel.html", "/panel/banner.html"


def start_on_x(tab: Tab, settings: dict | None = None) -> None:
    """X's home, where the composer's panel gives the tests an extension page to work from: the person's
    settings cleared (then `settings` saved)."""
    tab.firefox.site.handle, tab.firefox.site.name = "jo_bloggs", "Jo Bloggs"
    tab.goto("https://x.com/home")
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)
    clear_settings(tab)
    if settings:
        set_settings(tab, settings)


@pytest.fixture
def x(firefox: Firefox) -> Iterator[Tab]:
    """A fresh tab, on the person's default settings."""
    tab = firefox.new_tab()
    start_on_x(tab)
    yield tab
    tab.close()


def open_x_composer(tab: Tab, handle: str = "jo_bloggs") -> None:
    tab.firefox.site.handle = handle
    tab.goto("https://x.com/home")
    tab.click(X_EDITOR)
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)


def wait_until(read: Callable[[], object], want: object, within_s: float = 10.0) -> None:
    """Wait until `read()` gives `want` (polled: the page's state has no event to wait for)."""
    deadline = time.monotonic() + within_s
    got = read()
    while got != want and time.monotonic() < deadline:
        time.sleep(0.25)
        got = read()
    assert got == want


# ---- What the person sees ---------------------------------------------------------------------------

# Whether the person can see Policy Guard's frame: drawn, of a readable size, inside the window, and on
# top where it is drawn (asked of the page's own hit test; a shadow tree's element is retargeted).
_SEEN = """frame => {
  const box = frame.getBoundingClientRect();
  const inside = box.width >= 100 && box.height >= 40 && box.left >= 0 && box.top >= 0
    && box.right <= innerWidth && box.bottom <= innerHeight;
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return {drawn: frame.checkVisibility({opacityProperty: true, visibilityProperty: true}), inside,
          onTop: !!hit && !!hit.closest('policy-guard-panel, policy-guard-banner')};
}"""
EVERYTHING_SEEN = {"drawn": True, "inside": True, "onTop": True}


def seen(tab: Tab, page: str = PANEL_PAGE) -> dict:
    """Whether the person can see the panel's (or a banner's) frame."""
    return tab.evaluate(_SEEN, frame_element(tab, page))  # type: ignore[return-value]


def type_draft(tab: Tab) -> None:
    open_x_composer(tab)
    tab.type(DRAFT)
    tab.wait_attribute("data-rules", FINDING)


def assert_the_person_sees_the_finding(tab: Tab) -> None:
    wait_until(lambda: seen(tab), EVERYTHING_SEEN, within_s=5)
    said = tab.panel_text()
    assert "Checking as @jo_bloggs (personal account)" in said and "PA-1" in said


def blocked(tab: Tab) -> bool:
    return any(badge == "!" and "blocked on this page" in title for badge, title in toolbar(tab))


def in_panel(tab: Tab, function: str, *args: object) -> object:
    """`function` run in the composer panel's frame (what the person reads there)."""
    tab.settle()
    (frame,) = [context for context, page in tab.frames() if page == PANEL_PAGE]
    return tab.evaluate(function, *args, context=frame)


@contextmanager
def page_script(tab: Tab, script: str) -> Iterator[None]:
    """`script` runs in every page the tab loads, before the page's own (as the page's own first script)."""
    added = add_page_script(tab, f"() => {{ {script} }}")
    try:
        yield
    finally:
        remove_page_script(tab, added)


# ---- The page defines our element itself ------------------------------------------------------------

STEAL_INTERNALS = """
window.__stolen = [];
customElements.define('policy-guard-panel', class extends HTMLElement {
  constructor() { super(); window.__stolen.push(this.attachInternals()); }
});
"""


def test_a_page_defined_element_cannot_open_the_panel(x: Tab):
    with page_script(x, STEAL_INTERNALS):
        type_draft(x)
        assert x.evaluate("() => !!customElements.get('policy-guard-panel')")  # the page's definition is there
        # The page's element never held our panel: whatever internals it got, none opens a root of ours.
        roots = x.evaluate("() => window.__stolen.map(internals => internals.shadowRoot)")
        assert all(root is None for root in roots)  # type: ignore[union-attr]
        assert x.evaluate(f"() => document.querySelector('{PANEL}').shadowRoot") is None
        assert_the_person_sees_the_finding(x)


@pytest.mark.parametrize(
    "definition",
    [
        "class extends HTMLElement { static disabledFeatures = ['shadow']; }",
        # A root of its own first, with a fake "all clear" in it.
        """class extends HTMLElement { constructor() { super(); const root = this.attachShadow({mode: 'open'});
             root.textContent = 'Policy Guard: No policy issues found.'; } }""",
    ],
    ids=["disabled-shadow", "pre-attached-root"],
)
def test_a_page_defined_element_cannot_switch_the_panel_off(x: Tab, definition):
    with page_script(x, f"customElements.define('policy-guard-panel', {definition});"):
        type_draft(x)
        assert x.evaluate("() => !!customElements.get('policy-guard-panel')")  # the page's definition is there
        assert_the_person_sees_the_finding(x)
        assert not blocked(x)


def test_a_root_attached_by_the_page_cannot_hide_the_panel(x: Tab):
    type_draft(x)
    attached = x.evaluate(
        f"""() => {{ try {{ document.querySelector('{PANEL}').attachShadow({{mode: 'open'}}).textContent = 'All clear';
                     return true; }} catch {{ return false; }} }}"""
    )
    assert attached is False
    x.evaluate(
        f"() => document.querySelector('{PANEL}')"
        ".append(Object.assign(document.createElement('b'), {textContent: 'All clear'}))"
    )
    assert_the_person_sees_the_finding(x)
    # Nothing of the page's is drawn in it.
    assert x.evaluate(f"() => document.querySelector('{PANEL} b').checkVisibility()") is False


# ---- The page hides, shrinks, fades or moves it ------------------------------------------------------


@pytest.mark.parametrize(
    "css",
    [
        "display: none !important",
        "visibility: hidden !important",
        "opacity: 0 !important",
        "position: fixed !important; left: -10000px !important; top: -10000px !important",
        "transform: translateX(-100vw) !important",
        "height: 0 !important; overflow: hidden !important",
        "scale: 0 !important",
        "clip-path: inset(50%) !important",
    ],
    ids=["display", "visibility", "opacity", "off-screen", "translated", "collapsed", "scaled", "clipped"],
)
def test_page_styles_cannot_hide_the_panel(x: Tab, css):
    type_draft(x)
    x.evaluate(
        """css => { const style = document.createElement('style');
             style.textContent = `policy-guard-panel, policy-guard-panel > * { ${css} }`;
             document.head.append(style); }""",
        css,
    )
    assert_the_person_sees_the_finding(x)


def test_page_scripts_cannot_hide_the_panel_with_its_own_attributes(x: Tab):
    type_draft(x)
    x.evaluate(
        f"""() => {{ const host = document.querySelector('{PANEL}');
             host.style.setProperty('display', 'none', 'important'); host.hidden = true; host.inert = true;
             host.firstElementChild.style.setProperty('visibility', 'hidden', 'important'); }}"""
    )
    assert_the_person_sees_the_finding(x)
    assert x.evaluate(f"() => [document.querySelector('{PANEL}').hidden, document.querySelector('{PANEL}').inert]") == [
        False,
        False,
    ]


def test_page_styles_cannot_hide_a_banner_and_covering_it_is_said(x: Tab):
    x.goto("https://x.com/i/flow/signup")
    x.wait_for("() => document.querySelector('policy-guard-banner[data-rules=\"unofficial-channel\"]')", timeout=BOOT_S)
    assert "marketing team" in x.panel_text()
    x.evaluate(
        """() => { const style = document.createElement('style');
             style.textContent = 'policy-guard-banner, policy-guard-banner > * '
               + '{ display: none !important; opacity: 0 !important }';
             document.head.append(style); }"""
    )
    wait_until(lambda: seen(x, BANNER_PAGE), EVERYTHING_SEEN, within_s=5)
    assert not blocked(x)
    x.evaluate(
        """() => { const cover = document.createElement('div');
             cover.style.cssText = 'position: fixed; inset: 0; z-index: 2147483647; background: white';
             document.body.append(cover); }"""
    )
    wait_until(lambda: blocked(x), True)


@pytest.mark.parametrize(
    "cover",
    ["", "pointer-events: none"],  # the second lets clicks through and escapes hit tests, not the browser's own eye
    ids=["cover", "click-through-cover"],
)
def test_a_page_that_covers_the_panel_is_said_to_block_checking(x: Tab, cover):
    type_draft(x)
    assert not blocked(x)
    # The panel is a popover in the top layer: the page's highest z-index stays under it.
    x.evaluate(
        """cover => { const div = document.createElement('div');
             div.style.cssText = 'position: fixed; inset: 0; z-index: 2147483647; background: white; ' + cover;
             document.body.append(div); window.__under = div; }""",
        cover,
    )
    assert_the_person_sees_the_finding(x)
    time.sleep(2.5)  # longer than a hidden panel may go unsaid (BLOCKED_AFTER_MS) and a scan
    assert not blocked(x)
    x.evaluate("() => window.__under.remove()")
    # Only the top layer covers it: the page's own popover, shown after ours.
    x.evaluate(
        """cover => { const div = document.createElement('div'); div.popover = 'manual';
             div.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; margin: 0; border: 0; '
               + 'background: white; ' + cover;
             document.body.append(div); div.showPopover(); window.__cover = div; }""",
        cover,
    )
    wait_until(lambda: blocked(x), True)
    # Once the page stops, so does the warning.
    x.evaluate("() => window.__cover.remove()")
    wait_until(lambda: blocked(x), False)
    assert_the_person_sees_the_finding(x)


def test_a_page_cannot_close_the_panels_popover(x: Tab):
    type_draft(x)
    x.evaluate(
        f"""() => {{ const host = document.querySelector('{PANEL}');
             host.hidePopover(); host.removeAttribute('popover'); }}"""
    )
    assert_the_person_sees_the_finding(x)
    is_open = f"() => document.querySelector('{PANEL}').matches(':popover-open')"
    wait_until(lambda: x.evaluate(is_open), True)
    x.evaluate(f"() => document.querySelector('{PANEL}').hidePopover()")
    wait_until(lambda: x.evaluate(is_open), True)
    assert_the_person_sees_the_finding(x)


# ---- The page reads: search and selection ------------------------------------------------------------


def test_the_page_cannot_search_or_select_the_panels_words(x: Tab):
    type_draft(x)
    # Guess a phrase the panel says, find it (which selects it), then extend the selection onwards.
    selected = x.evaluate(
        f"""() => {{ const s = getSelection(); const read = [];
             for (const guess of ['Checking as', 'personal account', 'PA-1', 'disclaimer']) {{
               s.removeAllRanges();
               if (window.find(guess, false, false, true)) {{
                 for (let i = 0; i < 40; i++) s.modify('extend', 'forward', 'line');
                 read.push(s.toString());
               }}
             }}
             s.selectAllChildren(document.documentElement); read.push(s.toString());
             s.selectAllChildren(document.querySelector('{PANEL}')); read.push(s.toString());
             s.collapse(document.querySelector('{PANEL}'), 0);
             for (let i = 0; i < 40; i++) s.modify('extend', 'forward', 'line');
             read.push(s.toString());
             return read; }}"""
    )
    assert selected  # the page did read something: its own text, at least
    for text in selected:  # type: ignore[union-attr]
        assert "Checking as" not in text and "PA-1" not in text and "disclaimer" not in text


# ---- Who is posting (test_hostile_account.py) --------------------------------------------------------

ALERT = "() => document.querySelector('[role=\"alert\"]')?.textContent.replace(/\\s+/g, ' ').trim() ?? null"


def test_an_account_switched_by_the_page_mid_draft_is_said_aloud(x: Tab):
    open_x_composer(x, "NhxPartnership")
    x.type(POLITICAL)
    x.wait_attribute("data-rules", "political")
    # The page makes the official account look like a personal one.
    x.evaluate(f"() => document.querySelector('{PROFILE_LINK}').setAttribute('href', '/jo_bloggs')")
    said = (
        "Who is posting changed while you wrote this: it was @NhxPartnership (official channel), it is now "
        "@jo_bloggs (personal account). Make sure this is the account you mean to post from."
    )
    wait_until(lambda: in_panel(x, ALERT), said)
    assert "Checking as @jo_bloggs (personal account)" in x.panel_text()
    # A new draft starts afresh with whoever is posting now.
    x.press("Control+a")
    x.press("Delete")
    x.wait_attribute("data-rules", "")
    wait_until(lambda: in_panel(x, ALERT), None)


def test_official_rules_still_warn_when_the_page_shows_a_personal_account_against_the_settings(x: Tab):
    # The person said they post on X as an official channel; the page shows a personal account.
    set_settings(x, {"default_account": {"twitter": "official"}})
    open_x_composer(x, "jo_bloggs")
    x.type(POLITICAL)
    x.wait_attribute("data-rules", "political")
    said = x.panel_text()
    assert "This page says you are posting as @jo_bloggs (personal account)" in said
    assert "your settings say you post here as an official channel" in said


def test_nothing_a_page_does_writes_the_persons_settings(x: Tab):
    open_x_composer(x, "jo_bloggs")
    x.type(DRAFT)
    x.wait_attribute("data-rules", FINDING)
    # The page hides who is posting: the panel offers the person "Switch to official channel".
    x.evaluate(
        f"""() => {{ document.querySelector('{PROFILE_LINK}').remove();
             document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')?.remove();
             document.querySelectorAll('[data-testid^="UserAvatar-Container-"]').forEach((a) => a.remove()); }}"""
    )
    button = """() => [...document.querySelectorAll('button')].some((b) => b.checkVisibility()
                  && b.textContent.replace(/\\s+/g, ' ').trim() === 'Switch to official channel')"""
    wait_until(lambda: in_panel(x, button), True)
    # Everything the page's script can do at the panel's place: click what its hit test finds there,
    # click the host, press keys, post messages to every window.
    x.evaluate(
        f"""() => {{ const host = document.querySelector('{PANEL}'); const box = host.getBoundingClientRect();
             for (let x = box.left + 4; x < box.right; x += 12) for (let y = box.top + 4; y < box.bottom; y += 8) {{
               const at = document.elementFromPoint(x, y); if (!at) continue;
               for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
                 at.dispatchEvent(new MouseEvent(type, {{bubbles: true, composed: true, clientX: x, clientY: y}}));
               at.click?.();
             }}
             host.focus(); host.click();
             for (const key of ['Tab', 'Enter', ' '])
               host.dispatchEvent(new KeyboardEvent('keydown', {{key, bubbles: true}}));
             for (let i = 0; i < window.frames.length; i++)
               window.frames[i].postMessage({{type: 'action', action: 'switch-account'}}, '*');
             window.postMessage({{type: 'action', action: 'switch-account'}}, '*'); }}"""
    )
    time.sleep(0.5)  # give a write that got through time to land
    assert stored_settings(x) == {}
    assert "Assuming a personal account" in x.panel_text()


# ---- The checker is walled in (test_hostile_checker.py) ----------------------------------------------


def test_the_checker_answers_no_one_but_the_extensions_background(x: Tab):
    open_x_composer(x)
    # Another of the extension's own pages (the panel's frame) asks for the checker directly, by the
    # target Chrome's checker answers (Firefox's checker is a worker of the event page's: nothing else's).
    answer = in_extension(
        x,
        """() => chrome.runtime.sendMessage({target: 'offscreen', type: 'check', text: 'Vote Labour on Thursday!',
                                             context: {account: 'official'}})
             .then((reply) => reply ?? 'no answer', (error) => 'refused')""",
    )
    assert answer in ("no answer", "refused")


def test_a_pack_name_that_is_a_path_is_refused(x: Tab):
    open_x_composer(x)
    ask = "pack => chrome.runtime.sendMessage({target: 'background', type: 'hello', pack})"
    for pack in ("../pyodide/pychecker.whl#", "nhp/../../offscreen", "NHP", "a" * 41):
        assert in_extension(x, ask, pack) == {"error": "Unknown request."}, pack
    # A name is still a name, but not the asker's to choose: the checker answers with the pack in use.
    built_in = in_extension(x, "() => chrome.runtime.sendMessage({target: 'background', type: 'hello'})")
    answer = in_extension(x, ask, "acme")
    assert answer["status"] == "ready" and answer == built_in  # type: ignore[index]


def test_thousands_of_findings_come_back_capped_with_how_many_more(x: Tab):
    open_x_composer(x)
    paste_into(x, "Call me on 07700 900123. " * 400)
    x.wait_attribute("data-rules", "personal-data", timeout=30)
    said = x.panel_text()
    assert "…and 380 more like these (personal-data), not listed." in said
    assert said.count("personal-data") < 30  # twenty findings shown, not four hundred


def test_the_extensions_pages_may_load_nothing_but_its_own_files(x: Tab):
    """The extension's CSP (manifest.json): connect-src 'self' (Pyodide fetches its own files), no
    plugins, no base URL; the checker booted under it (open_x_composer waits until it is ready)."""
    open_x_composer(x)
    refused = in_extension(
        x,
        """() => new Promise((resolve) => {
             const seen = new Set();
             document.addEventListener('securitypolicyviolation', (event) => {
               seen.add(event.effectiveDirective);
               if (seen.size === 3) resolve([...seen].sort());
             });
             fetch('https://example.com/').catch(() => {});
             document.body.append(Object.assign(document.createElement('object'), {data: 'https://example.com/x.swf'}));
             document.head.append(Object.assign(document.createElement('base'), {href: 'https://example.com/'}));
             setTimeout(() => resolve([...seen].sort()), 3000);
           })""",
    )
    assert refused == ["base-uri", "connect-src", "object-src"]


# ---- "Post anyway?", however a draft is sent (test_sites_send_guard.py) ------------------------------


def posted(tab: Tab) -> list[dict]:
    return tab.evaluate("() => window.__mock.posted()")  # type: ignore[return-value]


def expect_held_back(tab: Tab, editor: str | None, text: str, posts_before: int) -> None:
    """Nothing was sent, the draft is as written, and the panel asks."""
    time.sleep(0.3)  # give a send that got through time to land
    assert len(posted(tab)) == posts_before
    assert tab.evaluate("id => window.__mock.getPlainText(id ?? undefined)", editor) == text
    wait_until(lambda: "Post anyway?" in tab.panel_text(), True)  # drawn by the frame a moment later
    assert len(posted(tab)) == posts_before


def wait_for_post(tab: Tab, text: str) -> None:
    tab.wait_for(
        "t => document.querySelector('article[data-testid=\"tweet\"]')?.textContent.includes(t)", text, timeout=15
    )


def test_ctrl_enter_on_x_is_held_back_and_post_anyway_sends(x: Tab):
    set_settings(x, {"error_mode": "confirm"})
    open_x_composer(x, "NhxPartnership")
    x.type(POLITICAL)
    x.wait_attribute("data-rules", "political")
    x.press("Control+Enter")
    expect_held_back(x, None, POLITICAL, 0)
    # The question has the keyboard now (on "Keep editing"): back to the composer, and Cmd+Enter from there.
    x.click_in_panel("Keep editing")
    wait_until(lambda: x.evaluate(f"() => !!document.activeElement?.closest('{X_EDITOR}')"), True)
    wait_until(lambda: "Post anyway?" in x.panel_text(), False)
    x.press("Meta+Enter")  # Cmd+Enter, as on a Mac
    expect_held_back(x, None, POLITICAL, 0)
    x.click_in_panel("Post anyway")
    wait_for_post(x, POLITICAL)
    assert posted(x)[-1]["text"] == POLITICAL


def test_without_errors_or_outside_confirm_mode_keys_send_at_once(x: Tab):
    open_x_composer(x, "NhxPartnership")
    x.type(POLITICAL)  # an error, but "confirm" is off: warn only
    x.wait_attribute("data-rules", "political")
    x.press("Control+Enter")
    wait_for_post(x, POLITICAL)
    set_settings(x, {"error_mode": "confirm"})
    open_x_composer(x, "NhxPartnership")
    x.type("Lovely morning at the centre.")  # no error: nothing to ask
    x.wait_attribute("data-rules", "")
    x.press("Control+Enter")
    wait_for_post(x, "Lovely morning at the centre.")


@pytest.fixture
def fb_page(firefox: Firefox) -> Iterator[Tab]:
    """A fresh tab on Facebook as the organisation's Page, in "confirm" mode."""
    tab = firefox.new_tab()
    start_on_x(tab, {"error_mode": "confirm"})
    tab.firefox.site.handle, tab.firefox.site.name = FB_PAGE
    tab.goto("https://www.facebook.com/")
    yield tab
    tab.close()
    tab.firefox.site.handle, tab.firefox.site.name = "jo_bloggs", "Jo Bloggs"


@pytest.fixture
def ig_official(firefox: Firefox) -> Iterator[Tab]:
    """A fresh tab on an Instagram post as an official account, in "confirm" mode."""
    tab = firefox.new_tab()
    start_on_x(tab, {"error_mode": "confirm"})
    tab.firefox.site.handle = IG_OFFICIAL
    tab.goto("https://www.instagram.com/p/ABC123/")
    yield tab
    tab.close()
    tab.firefox.site.handle = "jo_bloggs"


def test_enter_in_a_facebook_comment_is_held_back_and_the_next_enter_after_post_anyway_sends(fb_page: Tab):
    tab = fb_page
    tab.click('[aria-label="Write a comment…"]')
    tab.type(POLITICAL)
    tab.wait_attribute("data-rules", "political", timeout=30)
    before = len(posted(tab))
    tab.press("Enter")
    expect_held_back(tab, "comment-p1", POLITICAL, before)
    tab.click_in_panel("Post anyway")  # the comment box's own Comment button sends it
    tab.wait_for(
        '() => document.querySelectorAll(\'[role="article"][aria-label^="Comment by North Halifax Partnership"]\')'
        ".length === 1"
    )
    assert posted(tab)[-1]["text"] == POLITICAL


def test_enter_in_messenger_is_held_back(fb_page: Tab):
    tab = fb_page
    tab.click('[role="button"][aria-label="Messenger"]')
    tab.click('[role="dialog"][aria-label^="Chat with"] [aria-label="Message"]')
    tab.type(POLITICAL)
    tab.wait_attribute("data-rules", "political", timeout=30)
    before = len(posted(tab))
    tab.press("Enter")
    expect_held_back(tab, "message", POLITICAL, before)
    tab.click_in_panel("Post anyway")
    tab.wait_for("n => window.__mock.posted().length > n", before)
    assert posted(tab)[-1]["text"] == POLITICAL


def test_instagram_comment_enter_and_form_submit_are_held_back(ig_official: Tab):
    tab = ig_official
    comment = 'textarea[aria-label="Add a comment…"]'
    tab.click(comment)
    tab.type(POLITICAL)
    tab.wait_attribute("data-rules", "political", timeout=30)
    tab.press("Enter")
    expect_held_back(tab, "comment-ABC123", POLITICAL, 0)
    tab.evaluate("() => document.querySelector('form.ig-comment-form').requestSubmit()")  # the form's own submit
    expect_held_back(tab, "comment-ABC123", POLITICAL, 0)
    assert tab.evaluate("s => document.querySelector(s).value", comment) == POLITICAL
    tab.click_in_panel("Post anyway")
    tab.wait_for("() => window.__mock.posted().length === 1")
    assert posted(tab)[-1]["text"] == POLITICAL
    tab.wait_for("s => document.querySelector(s).value === ''", comment)


def test_a_pages_composer_is_held_back_at_its_next_step(fb_page: Tab):
    """A Page's composer goes Next -> Post settings -> Post, and the box is gone after Next: Next is
    where the draft leaves it, so Next is what "post anyway?" holds back."""
    tab = fb_page
    tab.goto(f"https://www.facebook.com/{FB_PAGE[0]}")
    tab.click(".composer-trigger")  # the profile's "What's on your mind?"
    editor = '[role="dialog"] [data-lexical-editor="true"]'
    tab.wait_for("s => document.activeElement === document.querySelector(s)", editor)
    tab.type(POLITICAL)
    tab.wait_attribute("data-rules", "political", timeout=30)
    tab.click('[role="dialog"] [role="button"][aria-label="Next"]')
    expect_held_back(tab, "composer", POLITICAL, 0)
    assert tab.evaluate("s => document.querySelector(s)?.checkVisibility() ?? false", editor)  # still at the first step
    tab.click_in_panel("Post anyway")
    tab.wait_for("() => document.querySelector('[role=\"dialog\"] h2')?.textContent === 'Post settings'")
    tab.click('[role="dialog"] [role="button"][aria-label="Post"]')
    tab.wait_for("() => window.__mock.posted().length === 1")
    assert posted(tab)[0]["text"] == POLITICAL
