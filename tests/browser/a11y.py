"""What a keyboard or screen-reader user gets from Policy Guard, read as assistive technology reads
it: the accessibility tree through the DevTools protocol (it reaches into the extension frames in
their closed shadow roots), the focus, the live regions, and axe-core (npm) run in the page."""

from __future__ import annotations

from playwright.sync_api import Frame, Page

from tests.browser.conftest import _detach, _settle, policy_guard_frames
from tests.browser.driver import PAGE_FOCUS
from tests.conftest import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def frame_of(page: Page, path: str = "/panel/panel.html") -> Frame:
    """The (one) panel or banner frame in `page`, once it draws what its element says."""
    _settle(page)
    (frame,) = [f for f in policy_guard_frames(page) if f.url.split("?")[0].endswith(path)]
    return frame


def ax_tree(frame: Frame) -> list[dict]:
    """The frame's accessibility tree, as flat nodes {role, name, properties{...}, ignored}."""
    cdp = frame.page.context.new_cdp_session(frame)
    try:
        nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        _detach(cdp)
    flat = []
    for node in nodes:
        props = {p["name"]: p.get("value", {}).get("value") for p in node.get("properties", [])}
        flat.append(
            {
                "role": node.get("role", {}).get("value", ""),
                "name": node.get("name", {}).get("value", ""),
                "properties": props,
                "ignored": node.get("ignored", False),
                "id": node.get("nodeId"),
                "parent": node.get("parentId"),
            }
        )
    return flat


def focused(frame: Frame) -> tuple[str, str] | None:
    """(role, name) of the node that has the keyboard's focus in the frame, as the tree says it; None if none."""
    nodes = ax_tree(frame)
    hits = [(n["role"], n["name"]) for n in nodes if n["properties"].get("focused") and n["role"] != "RootWebArea"]
    return hits[-1] if hits else None


def page_focus(page: Page) -> str:
    """Where the focus is in the site's page: 'panel', 'banner', 'body', or the focused element's test id/label/tag."""
    return page.evaluate(PAGE_FOCUS)


def axe(frame: Frame | Page, context: str = "document") -> list[dict]:
    """axe-core's serious and critical violations in a page or frame (WCAG 2.x A/AA and best practice)."""
    frame.evaluate(AXE.read_text())
    found = frame.evaluate(
        """async ([ctx, tags]) => {
            const r = await axe.run(ctx === 'document' ? document : ctx, {runOnly: {type: 'tag', values: tags}});
            return r.violations.map(v => ({id: v.id, impact: v.impact,
              nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3)})); }""",
        [context, AXE_TAGS],
    )
    return [v for v in found if v["impact"] in ("serious", "critical")]


def expect_focus(frame: Frame, want: tuple[str, str], timeout_ms: int = 15_000) -> None:
    """Wait until the frame's focused node is `want` (role, name)."""
    waited = 0
    while (now := focused(frame)) != want:
        if waited > timeout_ms:
            raise AssertionError(f"focus is on {now}, not {want}")
        frame.page.wait_for_timeout(100)
        waited += 100
