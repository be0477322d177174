"""What a keyboard or screen-reader user gets from Policy Guard in real Firefox (Debian's firefox-esr,
driven over WebDriver BiDi: tests/browser/bidi.py), the same behaviours the Chromium accessibility
tests check (test_a11y_*.py, issue 17 item 7). Roles and names are read as assistive technology reads
them: Firefox's own accessibility service answers `browsingContext.locateNodes` with an accessibility
locator ({role, name}), inside the extension frames (each frame is a browsing context of its own, so
the closed shadow roots around them are no obstacle); the live regions' text is recorded in the frame
as the person types; keys are real key events (`input.performActions`); axe-core (npm) runs in the
popup, the options page and the panel's frame, light and dark.

The shortcut (Alt+Shift+G, `commands`) is checked as far as Firefox lets a test reach it: that Firefox
gives the command those keys. Pressing it is not tested: the key events WebDriver sends are dispatched
in the page's process, and Firefox's add-on shortcuts are handled by the browser window's own key
set, which those events do not reach (see test_the_shortcut_is_given_its_keys)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.bidi import (
    Firefox,
    Tab,
    accessible_nodes,
    has_focus,
    press_key,
    run_script,
    set_viewport,
)
from tests.conftest import ROOT

X_EDITOR = '[data-testid="tweetTextarea_0"]'
X_POST = '[data-testid="tweetButtonInline"]'
FB_DIALOG = '[role="dialog"][aria-label="Create post"]'
FB_EDITOR = f'{FB_DIALOG} div[role="textbox"][data-lexical-editor="true"]'
FB_COMMENT = '[aria-label="Write a comment…"]'
BANNER = "policy-guard-banner[data-rules='friend-request']"
APOLOGY = "So sorry to hear about your experience at the centre, we'll look into this."
CONSENT = "I have parent/guardian consent for everyone identifiable"
OC16 = "OC-16: read this clause of the policy"
BOOT_S = 90.0  # Pyodide's first boot in a fresh profile, on a busy machine
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# Firefox's own switches for the colour scheme pages see (the system's, and the content's override: 0 = dark).
DARK = {"ui.systemUsesDarkTheme": 1, "layout.css.prefers-color-scheme.content-override": 0}


@pytest.fixture
def tab(firefox: Firefox) -> Iterator[Tab]:
    firefox.site.handle, firefox.site.name = "jo_bloggs", "Jo Bloggs"
    page = firefox.new_tab()
    yield page
    page.close()


# ---- reading the page and the frames as a person's tools do ------------------------------------------


def panel_frame(tab: Tab, path: str = "/panel/panel.html") -> str:
    """The (one) panel or banner frame in the page, once it draws what its element says."""
    tab.settle()
    (frame,) = [context for context, page in tab.frames() if page == path]
    return frame


def page_focus(tab: Tab) -> str:
    """Where the focus is in the site's page: 'panel', 'banner', 'body', or the focused element's test id/label/tag."""
    return tab.evaluate(  # type: ignore[return-value]
        """() => { const a = document.activeElement;
            if (!a || a === document.body) return 'body';
            if (a.closest('policy-guard-panel')) return 'panel';
            if (a.closest('policy-guard-banner')) return 'banner';
            return a.getAttribute('data-testid') || a.getAttribute('aria-label') || a.tagName.toLowerCase(); }"""
    )


def wait_focus(tab: Tab, frame: str, role: str, name: str, timeout: float = 15.0) -> None:
    """Wait until the control a screen reader calls `role` `name` has the keyboard's focus in `frame`."""
    deadline = time.monotonic() + timeout
    while not has_focus(tab, frame, role, name):
        if time.monotonic() > deadline:
            now = tab.evaluate(
                "() => [document.hasFocus(), document.activeElement?.outerHTML.slice(0, 120)]", context=frame
            )
            raise AssertionError(f"the focus is not on the {role} {name!r}: {now}")
        time.sleep(0.1)


def wait_page_focus(tab: Tab, selector: str) -> None:
    tab.wait_for("s => document.activeElement === document.querySelector(s)", selector)


def record_announcements(tab: Tab, frame: str, selector: str = "#announce") -> None:
    """From now on, keep every text the frame's live region is given (window.__said)."""
    tab.evaluate(
        """sel => { const region = document.querySelector(sel); window.__said = [];
            new MutationObserver(() => window.__said.push(region.textContent))
              .observe(region, {childList: true, characterData: true, subtree: true}); }""",
        selector,
        context=frame,
    )


def announcements(tab: Tab, frame: str) -> list[str]:
    return tab.evaluate("() => window.__said", context=frame)  # type: ignore[return-value]


def tab_to(tab: Tab, frame: str, role: str, name: str, most: int = 20) -> list[str]:
    """Press Tab, as a person does, until the control called `name` has the focus; the stops on the way."""
    stops = []
    for _ in range(most):
        press_key(tab, "Tab")
        stops.append(page_focus(tab))
        if stops[-1] in ("panel", "banner") and has_focus(tab, frame, role, name):
            return stops
    raise AssertionError(f"Tab never reached the {role} {name!r}: {stops}")


def open_x_composer(tab: Tab, handle: str) -> None:
    tab.firefox.site.handle = handle
    tab.goto("https://x.com/home")
    tab.click(X_EDITOR)
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)


def set_settings(tab: Tab, values: dict | None) -> None:
    """Write (None: clear) the person's settings from the panel's frame, an extension page, as the options page does."""
    code = "v => v ? chrome.storage.sync.set(v) : chrome.storage.sync.clear()"
    tab.evaluate(code, values, context=panel_frame(tab))


def axe(tab: Tab, context: str | None = None) -> list[dict]:
    """axe-core's serious and critical violations in a page or frame (WCAG 2.x A/AA and best practice)."""
    run_script(tab, AXE.read_text(), context=context)
    found = tab.evaluate(
        """async (tags) => {
            const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
            return r.violations.map(v => ({id: v.id, impact: v.impact,
              nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3)})); }""",
        AXE_TAGS,
        context=context,
    )
    return [v for v in found if v["impact"] in ("serious", "critical")]  # type: ignore[union-attr]


def dark(tab: Tab, selector: str, context: str | None = None) -> bool:
    """Whether `selector`'s background is dark (the sum of its red, green and blue under 200)."""
    css = tab.evaluate("s => getComputedStyle(document.querySelector(s)).backgroundColor", selector, context=context)
    return sum(int(float(v)) for v in re.findall(r"[\d.]+", css)[:3]) < 200  # type: ignore[arg-type]


def _overlap(a: list[float], b: list[float]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def box(tab: Tab, selector: str) -> list[float]:
    return tab.evaluate(  # type: ignore[return-value]
        "s => { const r = document.querySelector(s).getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; }",
        selector,
    )


# ---- the composer panel ------------------------------------------------------------------------------


def test_the_live_region_says_one_line_when_the_findings_change_not_on_every_keystroke(tab: Tab):
    open_x_composer(tab, "jo_bloggs")
    frame = panel_frame(tab)
    record_announcements(tab, frame)
    tab.type("Such a lovely stay and play at Kevin Pearce Children's Centre")
    tab.wait_attribute("data-rules", "missing-disclaimer")
    panel_frame(tab)
    said = announcements(tab, frame)
    assert said[-1] == "1 issue: warning, missing disclaimer."
    # Every keystroke now moves the finding's end (and its fix's place): nothing new is said, up to
    # the disclaimer, which changes the set of findings (and is said, once).
    before, checks = len(said), tab.checker_state()["checks"]
    tab.type(" today, and again on Friday")
    deadline = time.monotonic() + 15
    while tab.checker_state()["checks"] == checks:  # the moved finding was checked (and sent to the panel)
        assert time.monotonic() < deadline, "the checker checked none of the words typed"
        time.sleep(0.1)
    tab.type(" Views my own.")
    tab.wait_attribute("data-rules", "")
    panel_frame(tab)
    assert announcements(tab, frame)[before:] == ["No policy issues now."]
    # As the accessibility service has it: one status region (polite), with that line; the findings
    # list and its items are no live region.
    (status,) = accessible_nodes(tab, frame, role="status")
    region = tab.evaluate("n => [n.id, n.textContent, n.getAttribute('aria-live')]", status, context=frame)
    assert region == ["announce", "No policy issues now.", None]  # a status is polite unless told otherwise
    live = tab.evaluate(
        "() => [...document.querySelectorAll('[aria-live], [role=alert], [role=log]')].map((n) => n.outerHTML)",
        context=frame,
    )
    assert live == []


def test_the_panel_quotes_the_flagged_words_and_names_its_state_and_clauses(tab: Tab):
    open_x_composer(tab, "NhxPartnership")
    tab.type("Vote Labour on Thursday!")
    tab.wait_attribute("data-rules", "political")
    assert "Flagged: “Vote Labour”" in tab.panel_text()
    frame = panel_frame(tab)
    assert len(accessible_nodes(tab, frame, role="heading")) == 1
    assert accessible_nodes(tab, frame, role="heading", name="Policy Guard · 1 issue")  # the dot's colour, in words
    # A clause button says which clause and what it does, starting with what it shows (WCAG 2.5.3).
    for name in (OC16, "PA-7: read this clause of the policy"):
        assert len(accessible_nodes(tab, frame, role="button", name=name)) == 1, name


def test_tab_from_the_composer_reaches_the_panel_and_escape_returns_with_the_selection_in_place(tab: Tab):
    open_x_composer(tab, "NhxPartnership")
    tab.type("Vote Labour on Thursday!")
    tab.wait_attribute("data-rules", "political")
    for _ in " on Thursday!":
        press_key(tab, "ArrowLeft")  # the caret after "Labour"
    for _ in "Labour":
        press_key(tab, "Shift+ArrowLeft")  # and "Labour" selected
    frame = panel_frame(tab)
    # Tab: the composer's own controls, its Post button, then the panel: never the rest of the page first.
    stops = tab_to(tab, frame, "button", OC16)
    assert stops[-2:] == ["tweetButtonInline", "panel"], stops  # the panel's first control, the next stop
    press_key(tab, "Escape")
    wait_page_focus(tab, X_EDITOR)
    tab.type("Green")  # the selection is as it was: typing replaces it
    tab.wait_for("() => window.__mock.getPlainText() === 'Vote Green on Thursday!'")


def test_a_fix_by_keyboard_returns_to_the_composer_with_the_caret_after_it(tab: Tab):
    open_x_composer(tab, "jo_bloggs")
    typed = "Proud to work at NHP"
    tab.type(typed)
    tab.wait_attribute("data-rules", "missing-disclaimer")
    frame = panel_frame(tab)
    tab_to(tab, frame, "button", "Add disclaimer")
    press_key(tab, "Enter")
    tab.wait_attribute("data-rules", "")
    wait_page_focus(tab, X_EDITOR)  # not <body>, not left in the panel
    fixed = tab.plain_text()
    tab.type(" Thanks!")  # the next keys go in, after what the fix put in
    tab.wait_for("want => window.__mock.getPlainText() === want", fixed + " Thanks!")


def test_post_anyway_is_a_named_alert_dialog_that_takes_and_keeps_the_focus(tab: Tab):
    open_x_composer(tab, "NhxPartnership")
    set_settings(tab, {"error_mode": "confirm"})
    try:
        # The page loaded again: the content script reads the setting as it starts.
        open_x_composer(tab, "NhxPartnership")
        tab.type("Vote Labour on Thursday!")
        tab.wait_attribute("data-rules", "political")
        posts = "() => document.querySelectorAll('article[data-testid=\"tweet\"]').length"
        before = tab.evaluate(posts)
        tab.click(X_POST)
        frame = panel_frame(tab)
        wait_focus(tab, frame, "button", "Keep editing")  # the safe answer has the focus
        assert tab.evaluate(posts) == before and tab.plain_text() == "Vote Labour on Thursday!"  # held back
        assert len(accessible_nodes(tab, frame, role="alertdialog", name="Post anyway?")) == 1
        assert "This post still has 1 error." in tab.panel_text()
        assert page_focus(tab) == "panel"
        press_key(tab, "Tab")
        wait_focus(tab, frame, "button", "Post anyway")
        press_key(tab, "Tab")  # kept inside the dialog while it is open
        wait_focus(tab, frame, "button", "Keep editing")
        press_key(tab, "Shift+Tab")
        wait_focus(tab, frame, "button", "Post anyway")
        press_key(tab, "Escape")  # the same as "Keep editing": back to the composer
        wait_page_focus(tab, X_EDITOR)
        assert "Post anyway?" not in tab.panel_text()
        tab.type(" x")  # the caret is at the end, where the person left it
        tab.wait_for("() => window.__mock.getPlainText() === 'Vote Labour on Thursday! x'")
    finally:
        set_settings(tab, None)


def test_the_shortcut_is_given_its_keys(firefox: Firefox):
    """Firefox gives the command Alt+Shift+G (the manifest's suggestion; a person changes it in
    about:addons, Manage Extension Shortcuts), as the popup (an extension page) reads it. Pressing it
    is not tested: `input.performActions` dispatches its key events in the page's process, where the
    page sees Alt+Shift+G as an ordinary key and Firefox's add-on shortcuts (the browser window's own
    key set) never hear it; and WebDriver BiDi cannot reach the event page to send the notice it sends
    on the command, as the Chromium test does from the service worker."""
    popup, page = open_popup(firefox)
    try:
        commands = popup.evaluate("() => browser.commands.getAll()")
        assert [(c["name"], c["shortcut"]) for c in commands] == [("focus-panel", "Alt+Shift+G")]  # type: ignore[union-attr]
    finally:
        popup.close()
        page.close()


def test_switch_account_by_keyboard_keeps_the_focus_and_says_so(tab: Tab):
    tab.goto("https://www.facebook.com/jane.doe")  # nothing on someone else's profile says who is commenting
    tab.click(FB_COMMENT)
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)
    tab.type(APOLOGY)
    frame = panel_frame(tab)
    tab_to(tab, frame, "button", "Switch to official channel")
    record_announcements(tab, frame)
    press_key(tab, "Enter")
    tab.wait_attribute("data-rules", "complaint-response")
    panel_frame(tab)
    wait_focus(tab, frame, "button", "Switch to personal account")  # the same control, now the other way
    said = announcements(tab, frame)
    assert any(line.startswith("Now assuming an official channel.") for line in said), said
    assert said[-1].endswith("1 issue: warning, complaint response."), said
    press_key(tab, "Escape")  # back in Lexical's comment box, the caret where it was (the end)
    tab.type(" Thanks")
    tab.wait_for("t => window.__mock.getPlainText('comment-pp-janedoe') === t", APOLOGY + " Thanks")


def test_the_consent_button_by_keyboard_leaves_the_focus_in_the_panel(tab: Tab, tmp_path: Path):
    tab.firefox.site.handle, tab.firefox.site.name = "NorthHalifaxPartnership", "North Halifax Partnership"
    tab.goto("https://www.facebook.com/")
    tab.click(".composer-card .composer-trigger")
    wait_page_focus(tab, FB_EDITOR)
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)
    tab.type("Messy play fun with the little ones this morning!")
    photo = tmp_path / "messy-play.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0fakejpeg")
    tab.choose_files(f'{FB_DIALOG} input[type="file"]', [photo])
    tab.wait_attribute("data-rules", "child-consent")
    tab.click(FB_EDITOR)  # back in the composer (choosing the photo took the focus)
    frame = panel_frame(tab)
    tab_to(tab, frame, "button", CONSENT)
    record_announcements(tab, frame)
    press_key(tab, "Space")
    tab.wait_attribute("data-rules", "")
    panel_frame(tab)
    wait_focus(tab, frame, "heading", "Policy Guard · no issues")  # the button went: the header, not <body>
    assert page_focus(tab) == "panel"
    assert announcements(tab, frame)[-1] == "No policy issues now."


def test_a_banner_is_announced_and_escape_dismisses_it_handing_the_focus_back(tab: Tab):
    tab.goto("https://www.facebook.com/jane.doe")
    tab.wait_for("s => document.querySelector(s)", BANNER, timeout=BOOT_S)
    frame = panel_frame(tab, "/panel/banner.html")
    (status,) = accessible_nodes(tab, frame, role="status")
    said = tab.evaluate("n => n.textContent", status, context=frame)
    assert said.startswith("Policy Guard: Friend and follow requests")  # type: ignore[union-attr]
    tab.click(FB_COMMENT)
    wait_page_focus(tab, FB_COMMENT)
    tab_to(tab, frame, "button", "Dismiss")
    assert page_focus(tab) == "banner"
    press_key(tab, "Escape")
    tab.wait_for("s => !document.querySelector(s)", BANNER)
    wait_page_focus(tab, FB_COMMENT)  # back where the person was, not <body>


# ---- narrow windows ------------------------------------------------------------------------------------


def test_at_320_css_pixels_the_panel_folds_to_a_button_that_opens_it(tab: Tab):
    set_viewport(tab, 320, 640)
    open_x_composer(tab, "NhxPartnership")
    tab.type("Vote Labour on Thursday!")
    tab.wait_attribute("data-rules", "political")
    frame = panel_frame(tab)
    (pill,) = accessible_nodes(tab, frame, role="button")  # the only control: the folded panel's button
    assert accessible_nodes(tab, frame, role="button", name="Policy Guard: 1 issue") == [pill]
    assert tab.evaluate("n => n.getAttribute('aria-expanded')", pill, context=frame) == "false"
    panel = box(tab, "policy-guard-panel")
    assert not _overlap(panel, box(tab, X_EDITOR)), (panel, box(tab, X_EDITOR))
    assert not _overlap(panel, box(tab, X_POST)), (panel, box(tab, X_POST))
    # The person opens it from the keyboard, reads it; back in the composer, it folds again.
    tab_to(tab, frame, "button", "Policy Guard: 1 issue")
    press_key(tab, "Enter")
    wait_focus(tab, frame, "heading", "Policy Guard · 1 issue")
    assert "Flagged: “Vote Labour”" in tab.panel_text()
    press_key(tab, "Escape")
    wait_page_focus(tab, X_EDITOR)
    tab.wait_for("() => document.querySelector('policy-guard-panel').getBoundingClientRect().width < 200")


# ---- colours and axe-core: light and dark ----------------------------------------------------------------


@pytest.fixture(scope="module", params=["light", "dark"])
def themed(request, firefox_extension: Path, mock_bundles: Path, tmp_path_factory) -> Iterator[tuple[Firefox, str]]:
    """Firefox with the system's light setting (the module's browser), or a second one set dark."""
    if request.param == "light":
        yield request.getfixturevalue("firefox"), "light"
        return
    browser = Firefox(firefox_extension, mock_bundles, tmp_path_factory.mktemp("firefox-dark"), prefs=DARK)
    yield browser, "dark"
    browser.close()


def open_popup(firefox: Firefox) -> tuple[Tab, Tab]:
    """The popup as the panel opens it (a clause link), and the site's tab it was opened from."""
    page = firefox.new_tab()
    open_x_composer(page, "NhxPartnership")
    page.type("Vote Labour on Thursday!")
    page.wait_attribute("data-rules", "political")
    page.click_in_panel("OC-16")
    popup = firefox.extension_tab("popup/popup.html")
    popup.wait_for("() => document.body?.dataset.ready === 'true'", timeout=BOOT_S)
    return popup, page


def no_sideways_scroll(page: Tab) -> None:
    """At 320 CSS px (400% zoom of a 1280 px window) nothing needs a horizontal scroll (WCAG 1.4.10)."""
    set_viewport(page, 320, 640)
    page.wait_for("() => window.innerWidth === 320")
    assert page.evaluate("() => document.scrollingElement.scrollWidth") <= 320  # type: ignore[operator]
    set_viewport(page, None)


def test_the_panel_frame_has_no_serious_axe_violations_light_or_dark(themed):
    firefox, scheme = themed
    page = firefox.new_tab()
    try:
        open_x_composer(page, "NhxPartnership")
        page.type("Vote Labour on Thursday! Proud to work here")
        page.wait_for("() => /political/.test(document.querySelector('policy-guard-panel').dataset.rules)")
        frame = panel_frame(page)
        assert dark(page, "#card", context=frame) is (scheme == "dark")  # it follows the system's setting
        assert axe(page, frame) == []
    finally:
        page.close()


def test_the_popup_in_each_state_and_the_options_page_have_no_serious_axe_violations_and_reflow(themed):
    firefox, scheme = themed
    popup, page = open_popup(firefox)
    try:
        assert dark(popup, "body") is (scheme == "dark")
        assert axe(popup) == []  # the clause the panel linked to
        popup.click("#question")
        popup.type("can I accept a friend request from a parent?")
        press_key(popup, "Enter")
        popup.wait_for("() => /Top: PA-12, /.test(document.querySelector('#lookup-status').textContent)")
        assert axe(popup) == []  # search results
        popup.click("#tab-check")
        popup.click("#draft")
        popup.type("Proud to work at North Halifax Partnership. Vote Labour!")
        popup.click('#check-form button[type="submit"]')
        popup.wait_for("() => /^Found/.test(document.querySelector('#check-status').textContent)")
        assert popup.evaluate("() => document.querySelectorAll('#findings > li').length")
        assert axe(popup) == []  # findings, with their clause links and fixes
        no_sideways_scroll(popup)
        popup.click("#tab-switches")
        popup.click("#site-switches input[type=checkbox]")  # a site paused: its notice, with "Turn back on"
        turn_back = (
            "() => [...document.querySelectorAll('button')]"
            ".find((b) => /^Turn back on: checking on /.test(b.getAttribute('aria-label')))"
        )
        label = popup.evaluate("b => b.getAttribute('aria-label')", popup.wait_for(turn_back))
        assert accessible_nodes(popup, popup.context, role="button", name=label)  # type: ignore[arg-type]
        assert axe(popup) == []
        no_sideways_scroll(popup)
        popup.click_element(popup.evaluate(turn_back))  # type: ignore[arg-type]
        popup.click("#open-options")
        options = firefox.extension_tab("options/options.html")
        try:
            options.wait_for("() => document.body?.dataset.loaded === 'true'", timeout=BOOT_S)
            assert dark(options, "body") is (scheme == "dark")
            assert axe(options) == []
            no_sideways_scroll(options)
        finally:
            options.close()
    finally:
        popup.close()
        page.close()


def test_forced_colours_keep_the_panel_s_edges_and_state(firefox_extension: Path, mock_bundles: Path, tmp_path: Path):
    # Firefox's "Override the colours specified by the page: Always" (Settings, Colours), which makes
    # pages see `forced-colors: active`, as Windows' contrast themes do.
    prefs = {"browser.display.document_color_use": 2}
    browser = Firefox(firefox_extension, mock_bundles, tmp_path / "profile", prefs=prefs)
    try:
        page = browser.new_tab()
        open_x_composer(page, "NhxPartnership")
        page.type("Vote Labour on Thursday!")
        page.wait_attribute("data-rules", "political")
        frame = panel_frame(page)
        assert page.evaluate("() => matchMedia('(forced-colors: active)').matches", context=frame)
        border = page.evaluate(
            "() => { const s = getComputedStyle(document.querySelector('#card'));"
            " return s.borderTopStyle + ' ' + s.borderTopWidth; }",
            context=frame,
        )
        assert border == "solid 1px"
        assert page.evaluate("() => document.querySelector('#state').textContent", context=frame) == "1 issue"
        assert accessible_nodes(page, frame, role="heading", name="Policy Guard · 1 issue")  # the state in words
        assert axe(page, frame) == []
    finally:
        browser.close()


def _luminance(rgb: tuple[int, ...]) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def rgb(css: str) -> tuple[int, ...]:
    if css.startswith("#"):
        return tuple(int(css[i : i + 2], 16) for i in (1, 3, 5))
    return tuple(int(float(v)) for v in re.findall(r"[\d.]+", css)[:3])


def test_underlines_differ_by_style_and_stand_out_from_the_composer(tab: Tab):
    open_x_composer(tab, "NhxPartnership")
    tab.type("Vote Labour on Thursday!")
    tab.wait_attribute("data-rules", "political")
    # Firefox draws them too: the error's words are in the document's highlight.
    tab.wait_for("() => [...(CSS.highlights.get('policy-guard-error') ?? [])].map(String).includes('Vote Labour')")
    css = tab.evaluate("() => document.getElementById('policy-guard-highlights').textContent")
    found = re.findall(r"::highlight\(policy-guard-(\w+)\) \{ text-decoration: underline (\w+) (#[0-9a-f]{6})", css)  # type: ignore[call-overload]
    assert {severity: style for severity, style, _ in found} == {"error": "solid", "warning": "wavy", "info": "dotted"}
    behind = rgb(
        tab.evaluate(  # type: ignore[arg-type]
            """s => { for (let e = document.querySelector(s); e; e = e.parentElement) {
                const c = getComputedStyle(e).backgroundColor;
                if (c !== 'transparent' && !c.endsWith(', 0)')) return c; } return 'rgb(255, 255, 255)'; }""",
            X_EDITOR,
        )
    )
    for severity, _, colour in found:
        assert contrast(rgb(colour), behind) >= 3, (severity, colour, behind)  # WCAG 1.4.11
