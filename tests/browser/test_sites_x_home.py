"""X's home composer reads only its own cell: a video playing in the timeline below (a `blob:` URL in
the same primary column) is not an attachment, a photo added and removed is gone, and the panel
stands clear of the composer's own controls (the toolbar, remove media, Post). In both browsers
(tests/browser/driver.py)."""

from __future__ import annotations

from pathlib import Path

from tests.browser.conftest import PANEL, overlaps
from tests.browser.driver import Tab, open_x_composer, plain_text

KIDS = "Messy play fun with the little ones this morning!"
# The boxes of the elements `selector` matches, as {x, y, width, height}.
BOXES = """s => [...document.querySelectorAll(s)].map((e) => {
  const r = e.getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height}; })"""


def clear_of(tab: Tab, selector: str) -> None:
    (panel,) = tab.evaluate(BOXES, PANEL)
    for control in tab.evaluate(BOXES, selector):
        assert not overlaps(panel, control), selector


def test_a_timeline_video_is_not_the_drafts_and_a_removed_photo_is_gone(tab: Tab, tmp_path: Path):
    open_x_composer(tab, "NhxPartnership")
    tab.wait_for(
        "s => document.querySelectorAll(s).length === 1", '[data-testid="primaryColumn"] article video[src^="blob:"]'
    )
    tab.type(KIDS)
    tab.wait_attribute("data-status", "ready")
    tab.pause(1.8)  # past the time a new file's preview may take: the video would count by now
    assert "child-consent" not in tab.attribute("data-rules")
    photo = tmp_path / "messy-play.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0fakejpeg")
    tab.choose_files('input[data-testid="fileInput"]', [photo])
    tab.wait_attribute("data-rules", "child-consent")
    assert "parent/guardian consent" in tab.panel_text()
    clear_of(tab, '[data-testid="toolBar"], [data-testid="tweetButtonInline"], [aria-label="Remove media"]')
    tab.click('[data-testid="attachments"] [aria-label="Remove media"]')
    tab.wait_attribute("data-rules", "", timeout=10)
    assert plain_text(tab) == KIDS


def test_files_a_page_script_makes_up_are_not_the_persons(tab: Tab):
    """Only the person's own actions bring attachments: a page's script that fills the site's file
    input and fires its change, or drops or pastes a made-up file, adds nothing to the draft."""
    open_x_composer(tab, "NhxPartnership")
    tab.type(KIDS)
    tab.wait_attribute("data-status", "ready")
    tab.evaluate(
        """() => { const data = new DataTransfer();
        data.items.add(new File(["x"], "kids_party.jpg", {type: "image/jpeg"}));
        const input = document.querySelector('input[data-testid="fileInput"]');
        input.files = data.files; input.dispatchEvent(new Event("change", {bubbles: true}));
        const editor = document.querySelector('[data-testid="tweetTextarea_0"]');
        editor.dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true}));
        editor.dispatchEvent(new DragEvent("drop", {dataTransfer: data, bubbles: true, cancelable: true})); }"""
    )
    tab.wait_for(
        '() => document.querySelector(\'[data-testid="attachments"] img[src^="blob:"]\')'
    )  # X's mock took them
    tab.pause(1.8)  # past the time a new file's preview may take
    assert "child-consent" not in tab.attribute("data-rules")
