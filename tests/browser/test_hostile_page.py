"""A hostile page (issue 18): the page's own script works against Policy Guard. It cannot open the
panel (whatever it defines or attaches), cannot hide it (styles, attributes, a root of its own),
and what it cannot undo it cannot hide from the person either: the toolbar says checking is
blocked on this page. Each attack is written as the page would write it, in the page's script."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import PANEL, extension_worker, open_x_composer, panel_text, policy_guard_frames

# What the person types in every test: a personal account's post about work, with no disclaimer.
DRAFT = "Proud to work at NHP"
FINDING = "missing-disclaimer"

# Whether the person can see Policy Guard's panel frame: drawn, of a readable size, inside the window,
# and on top where it is drawn (asked of the page's own hit test; a shadow tree's element is retargeted).
_SEEN = """frame => {
  const box = frame.getBoundingClientRect();
  const inside = box.width >= 100 && box.height >= 40 && box.left >= 0 && box.top >= 0
    && box.right <= innerWidth && box.bottom <= innerHeight;
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return {drawn: frame.checkVisibility({opacityProperty: true, visibilityProperty: true}), inside,
          onTop: !!hit && !!hit.closest('policy-guard-panel, policy-guard-banner')};
}"""


def seen(page: Page, drawn: str = "panel") -> dict:
    """Whether the person can see the panel's (or a banner's) frame."""
    (frame,) = [f for f in policy_guard_frames(page) if f.url.split("?")[0].endswith(f"/panel/{drawn}.html")]
    return frame.frame_element().evaluate(_SEEN)


def type_draft(page: Page) -> None:
    open_x_composer(page)
    page.keyboard.type(DRAFT)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", FINDING)


def wait_until(page: Page, read: Callable[[], object], want: object, within_ms: int = 10_000) -> None:
    """Wait until `read()` gives `want` (polled: the page's state has no event to wait for)."""
    got = read()
    for _ in range(within_ms // 250):
        if got == want:
            return
        page.wait_for_timeout(250)
        got = read()
    assert got == want


def assert_the_person_sees_the_finding(page: Page) -> None:
    wait_until(page, lambda: seen(page), {"drawn": True, "inside": True, "onTop": True}, within_ms=5000)
    said = panel_text(page)
    assert "Checking as @jo_bloggs (personal account)" in said and "PA-1" in said


def toolbar(page: Page) -> list[tuple[str, str]]:
    """The toolbar button's badge and title in every tab."""
    return extension_worker(page.context).evaluate(
        """async () => Promise.all((await chrome.tabs.query({})).map(async (t) =>
             [await chrome.action.getBadgeText({tabId: t.id}), await chrome.action.getTitle({tabId: t.id})]))"""
    )


def blocked(page: Page) -> bool:
    return any(badge == "!" and "blocked on this page" in title for badge, title in toolbar(page))


# ---- The page defines our element itself --------------------------------------------------------

STEAL_INTERNALS = """
window.__stolen = [];
customElements.define('policy-guard-panel', class extends HTMLElement {
  constructor() { super(); window.__stolen.push(this.attachInternals()); }
});
"""


def test_a_page_defined_element_cannot_open_the_panel(x):
    page, _ = x
    page.add_init_script(STEAL_INTERNALS)
    type_draft(page)
    # The page's element never held our panel: whatever internals it got, none opens a root of ours.
    roots = page.evaluate("window.__stolen.map(internals => internals.shadowRoot)")
    assert all(root is None for root in roots)
    assert page.evaluate(f"document.querySelector('{PANEL}').shadowRoot") is None
    assert_the_person_sees_the_finding(page)


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
def test_a_page_defined_element_cannot_switch_the_panel_off(x, definition):
    page, _ = x
    page.add_init_script(f"customElements.define('policy-guard-panel', {definition});")
    type_draft(page)
    assert_the_person_sees_the_finding(page)
    assert not blocked(page)


def test_a_root_attached_by_the_page_cannot_hide_the_panel(x):
    page, _ = x
    type_draft(page)
    attached = page.evaluate(
        f"""() => {{ try {{ document.querySelector('{PANEL}').attachShadow({{mode: 'open'}}).textContent = 'All clear';
                     return true; }} catch {{ return false; }} }}"""
    )
    assert attached is False
    page.evaluate(
        f"document.querySelector('{PANEL}')"
        ".append(Object.assign(document.createElement('b'), {textContent: 'All clear'}))"
    )
    assert_the_person_sees_the_finding(page)
    # Nothing of the page's is drawn in it.
    assert page.evaluate(f"document.querySelector('{PANEL} b').checkVisibility()") is False


# ---- The page hides, shrinks, fades or moves it -----------------------------------------------


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
def test_page_styles_cannot_hide_the_panel(x, css):
    page, _ = x
    type_draft(page)
    page.evaluate(
        """css => { const style = document.createElement('style');
             style.textContent = `policy-guard-panel, policy-guard-panel > * { ${css} }`;
             document.head.append(style); }""",
        css,
    )
    assert_the_person_sees_the_finding(page)


def test_page_scripts_cannot_hide_the_panel_with_its_own_attributes(x):
    page, _ = x
    type_draft(page)
    page.evaluate(
        f"""() => {{ const host = document.querySelector('{PANEL}');
             host.style.setProperty('display', 'none', 'important'); host.hidden = true; host.inert = true;
             host.firstElementChild.style.setProperty('visibility', 'hidden', 'important'); }}"""
    )
    assert_the_person_sees_the_finding(page)
    assert page.evaluate(f"[document.querySelector('{PANEL}').hidden, document.querySelector('{PANEL}').inert]") == [
        False,
        False,
    ]


def test_page_styles_cannot_hide_a_banner_and_covering_it_is_said(x):
    page, _ = x
    page.goto("https://x.com/i/flow/signup")
    expect(page.locator('policy-guard-banner[data-rules="unofficial-channel"]')).to_have_count(1, timeout=30_000)
    assert "marketing team" in panel_text(page)
    page.evaluate(
        """() => { const style = document.createElement('style');
             style.textContent = 'policy-guard-banner, policy-guard-banner > * '
               + '{ display: none !important; opacity: 0 !important }';
             document.head.append(style); }"""
    )
    everything_seen = {"drawn": True, "inside": True, "onTop": True}
    wait_until(page, lambda: seen(page, "banner"), everything_seen, within_ms=5000)
    page.evaluate(
        """() => { const cover = document.createElement('div');
             cover.style.cssText = 'position: fixed; inset: 0; z-index: 2147483647; background: white';
             document.body.append(cover); }"""
    )
    wait_until(page, lambda: blocked(page), True)


@pytest.mark.parametrize(
    "cover",
    ["", "pointer-events: none"],  # the second lets clicks through and escapes hit tests, not the browser's own eye
    ids=["cover", "click-through-cover"],
)
def test_a_page_that_covers_the_panel_is_said_to_block_checking(x, cover):
    page, _ = x
    type_draft(page)
    assert not blocked(page)
    # The panel is a popover in the top layer: the page's highest z-index stays under it.
    page.evaluate(
        """cover => { const div = document.createElement('div');
             div.style.cssText = 'position: fixed; inset: 0; z-index: 2147483647; background: white; ' + cover;
             document.body.append(div); window.__under = div; }""",
        cover,
    )
    assert_the_person_sees_the_finding(page)
    page.wait_for_timeout(2500)  # longer than a hidden panel may go unsaid (BLOCKED_AFTER_MS) and a scan
    assert not blocked(page)
    page.evaluate("window.__under.remove()")
    # Only the top layer covers it: the page's own popover, shown after ours.
    page.evaluate(
        """cover => { const div = document.createElement('div'); div.popover = 'manual';
             div.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; margin: 0; border: 0; '
               + 'background: white; ' + cover;
             document.body.append(div); div.showPopover(); window.__cover = div; }""",
        cover,
    )
    wait_until(page, lambda: blocked(page), True)
    # Once the page stops, so does the warning.
    page.evaluate("window.__cover.remove()")
    wait_until(page, lambda: blocked(page), False)
    assert_the_person_sees_the_finding(page)


def test_a_page_cannot_close_the_panels_popover(x):
    page, _ = x
    type_draft(page)
    page.evaluate(
        f"""() => {{ const host = document.querySelector('{PANEL}');
             host.hidePopover(); host.removeAttribute('popover'); }}"""
    )
    assert_the_person_sees_the_finding(page)
    wait_until(page, lambda: page.evaluate(f"document.querySelector('{PANEL}').matches(':popover-open')"), True)
    page.evaluate(f"document.querySelector('{PANEL}').hidePopover()")
    wait_until(page, lambda: page.evaluate(f"document.querySelector('{PANEL}').matches(':popover-open')"), True)
    assert_the_person_sees_the_finding(page)


# ---- The page reads: search and selection ---------------------------------------------------------


def test_the_page_cannot_search_or_select_the_panels_words(x):
    page, _ = x
    type_draft(page)
    # Guess a phrase the panel says, find it (which selects it), then extend the selection onwards.
    selected = page.evaluate(
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
    for text in selected:
        assert "Checking as" not in text and "PA-1" not in text and "disclaimer" not in text
