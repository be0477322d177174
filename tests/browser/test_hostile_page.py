"""A hostile page (issue 18): the page's own script works against Policy Guard. It cannot open the
panel (whatever it defines or attaches), cannot hide it (styles, attributes, a root of its own),
and what it cannot undo it cannot hide from the person either: the toolbar says checking is
blocked on this page. Each attack is written as the page would write it, in the page's script.
In both browsers (tests/browser/driver.py)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import PANEL
from tests.browser.driver import BANNER_PAGE, BOOT_S, PANEL_PAGE, Tab, open_x_composer, toolbar, wait_until

# What the person types in most tests: a personal account's post about work, with no disclaimer.
DRAFT = "Proud to work at NHP"
FINDING = "missing-disclaimer"

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
    return tab.on_frame_element(_SEEN, page)


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


# ---- The page defines our element itself ------------------------------------------------------------

STEAL_INTERNALS = """
window.__stolen = [];
customElements.define('policy-guard-panel', class extends HTMLElement {
  constructor() { super(); window.__stolen.push(this.attachInternals()); }
});
"""


def test_a_page_defined_element_cannot_open_the_panel(tab: Tab):
    tab.add_page_script(STEAL_INTERNALS)
    type_draft(tab)
    assert tab.evaluate("() => !!customElements.get('policy-guard-panel')")  # the page's definition is there
    # The page's element never held our panel: whatever internals it got, none opens a root of ours.
    roots = tab.evaluate("() => window.__stolen.map(internals => internals.shadowRoot)")
    assert all(root is None for root in roots)
    assert tab.evaluate(f"() => document.querySelector('{PANEL}').shadowRoot") is None
    assert_the_person_sees_the_finding(tab)


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
def test_a_page_defined_element_cannot_switch_the_panel_off(tab: Tab, definition):
    tab.add_page_script(f"customElements.define('policy-guard-panel', {definition});")
    type_draft(tab)
    assert tab.evaluate("() => !!customElements.get('policy-guard-panel')")  # the page's definition is there
    assert_the_person_sees_the_finding(tab)
    assert not blocked(tab)


def test_a_root_attached_by_the_page_cannot_hide_the_panel(tab: Tab):
    type_draft(tab)
    attached = tab.evaluate(
        f"""() => {{ try {{ document.querySelector('{PANEL}').attachShadow({{mode: 'open'}}).textContent = 'All clear';
                     return true; }} catch {{ return false; }} }}"""
    )
    assert attached is False
    tab.evaluate(
        f"() => document.querySelector('{PANEL}')"
        ".append(Object.assign(document.createElement('b'), {textContent: 'All clear'}))"
    )
    assert_the_person_sees_the_finding(tab)
    # Nothing of the page's is drawn in it.
    assert tab.evaluate(f"() => document.querySelector('{PANEL} b').checkVisibility()") is False


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
def test_page_styles_cannot_hide_the_panel(tab: Tab, css):
    type_draft(tab)
    tab.evaluate(
        """css => { const style = document.createElement('style');
             style.textContent = `policy-guard-panel, policy-guard-panel > * { ${css} }`;
             document.head.append(style); }""",
        css,
    )
    assert_the_person_sees_the_finding(tab)


def test_page_scripts_cannot_hide_the_panel_with_its_own_attributes(tab: Tab):
    type_draft(tab)
    tab.evaluate(
        f"""() => {{ const host = document.querySelector('{PANEL}');
             host.style.setProperty('display', 'none', 'important'); host.hidden = true; host.inert = true;
             host.firstElementChild.style.setProperty('visibility', 'hidden', 'important'); }}"""
    )
    assert_the_person_sees_the_finding(tab)
    assert tab.evaluate(
        f"() => [document.querySelector('{PANEL}').hidden, document.querySelector('{PANEL}').inert]"
    ) == [
        False,
        False,
    ]


def test_page_styles_cannot_hide_a_banner_and_covering_it_is_said(tab: Tab):
    tab.goto("https://x.com/i/flow/signup")
    tab.wait_for(
        "() => document.querySelector('policy-guard-banner[data-rules=\"unofficial-channel\"]')", timeout=BOOT_S
    )
    assert "marketing team" in tab.panel_text()
    tab.evaluate(
        """() => { const style = document.createElement('style');
             style.textContent = 'policy-guard-banner, policy-guard-banner > * '
               + '{ display: none !important; opacity: 0 !important }';
             document.head.append(style); }"""
    )
    wait_until(lambda: seen(tab, BANNER_PAGE), EVERYTHING_SEEN, within_s=5)
    assert not blocked(tab)
    tab.evaluate(
        """() => { const cover = document.createElement('div');
             cover.style.cssText = 'position: fixed; inset: 0; z-index: 2147483647; background: white';
             document.body.append(cover); }"""
    )
    wait_until(lambda: blocked(tab), True)


@pytest.mark.parametrize(
    "cover",
    ["", "pointer-events: none"],  # the second lets clicks through and escapes hit tests, not the browser's own eye
    ids=["cover", "click-through-cover"],
)
def test_a_page_that_covers_the_panel_is_said_to_block_checking(tab: Tab, cover):
    type_draft(tab)
    assert not blocked(tab)
    # The panel is a popover in the top layer: the page's highest z-index stays under it.
    tab.evaluate(
        """cover => { const div = document.createElement('div');
             div.style.cssText = 'position: fixed; inset: 0; z-index: 2147483647; background: white; ' + cover;
             document.body.append(div); window.__under = div; }""",
        cover,
    )
    assert_the_person_sees_the_finding(tab)
    tab.pause(2.5)  # longer than a hidden panel may go unsaid (BLOCKED_AFTER_MS) and a scan
    assert not blocked(tab)
    tab.evaluate("() => window.__under.remove()")
    # Only the top layer covers it: the page's own popover, shown after ours.
    tab.evaluate(
        """cover => { const div = document.createElement('div'); div.popover = 'manual';
             div.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; margin: 0; border: 0; '
               + 'background: white; ' + cover;
             document.body.append(div); div.showPopover(); window.__cover = div; }""",
        cover,
    )
    wait_until(lambda: blocked(tab), True)
    # Once the page stops, so does the warning.
    tab.evaluate("() => window.__cover.remove()")
    wait_until(lambda: blocked(tab), False)
    assert_the_person_sees_the_finding(tab)


def test_a_page_cannot_close_the_panels_popover(tab: Tab):
    type_draft(tab)
    tab.evaluate(
        f"""() => {{ const host = document.querySelector('{PANEL}');
             host.hidePopover(); host.removeAttribute('popover'); }}"""
    )
    assert_the_person_sees_the_finding(tab)
    is_open = f"() => document.querySelector('{PANEL}').matches(':popover-open')"
    wait_until(lambda: tab.evaluate(is_open), True)
    tab.evaluate(f"() => document.querySelector('{PANEL}').hidePopover()")
    wait_until(lambda: tab.evaluate(is_open), True)
    assert_the_person_sees_the_finding(tab)


# ---- The page reads: search and selection ------------------------------------------------------------


def test_the_page_cannot_search_or_select_the_panels_words(tab: Tab):
    type_draft(tab)
    # Guess a phrase the panel says, find it (which selects it), then extend the selection onwards.
    selected = tab.evaluate(
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
    for text in selected:
        assert "Checking as" not in text and "PA-1" not in text and "disclaimer" not in text
