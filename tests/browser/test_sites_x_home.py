"""X's home composer reads only its own cell: a video playing in the timeline below (a `blob:` URL in
the same primary column) is not an attachment, a photo added and removed is gone, and the panel
stands clear of the composer's own controls (the toolbar, remove media, Post)."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.conftest import PANEL, choose_files, open_x_composer, overlaps, panel_text

JPEG = {"name": "messy-play.jpg", "mimeType": "image/jpeg", "buffer": b"\xff\xd8\xff\xe0fakejpeg"}
KIDS = "Messy play fun with the little ones this morning!"


def clear_of(page: Page, selector: str) -> None:
    panel = page.locator(PANEL).bounding_box()
    for control in page.locator(selector).all():
        assert not overlaps(panel, control.bounding_box()), selector


def test_a_timeline_video_is_not_the_drafts_and_a_removed_photo_is_gone(x):
    page, site = x
    site.handle = "NhxPartnership"
    open_x_composer(page)
    expect(page.locator('[data-testid="primaryColumn"] article video[src^="blob:"]')).to_have_count(1)
    page.keyboard.type(KIDS)
    expect(page.locator(PANEL)).to_have_attribute("data-status", "ready")
    page.wait_for_timeout(1800)  # past the time a new file's preview may take: the video would count by now
    assert "child-consent" not in page.locator(PANEL).get_attribute("data-rules")
    choose_files(page.locator('input[data-testid="fileInput"]').first, [JPEG])
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "child-consent")
    assert "parent/guardian consent" in panel_text(page)
    clear_of(page, '[data-testid="toolBar"], [data-testid="tweetButtonInline"], [aria-label="Remove media"]')
    page.locator('[data-testid="attachments"] [aria-label="Remove media"]').click()
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "", timeout=10_000)
    assert page.evaluate("window.__mock.getPlainText()") == KIDS


def test_files_a_page_script_makes_up_are_not_the_persons(x):
    """Only the person's own actions bring attachments: a page's script that fills the site's file
    input and fires its change, or drops or pastes a made-up file, adds nothing to the draft."""
    page, site = x
    site.handle = "NhxPartnership"
    open_x_composer(page)
    page.keyboard.type(KIDS)
    expect(page.locator(PANEL)).to_have_attribute("data-status", "ready")
    page.evaluate(
        """() => { const data = new DataTransfer();
        data.items.add(new File(["x"], "kids_party.jpg", {type: "image/jpeg"}));
        const input = document.querySelector('input[data-testid="fileInput"]');
        input.files = data.files; input.dispatchEvent(new Event("change", {bubbles: true}));
        const editor = document.querySelector('[data-testid="tweetTextarea_0"]');
        editor.dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true}));
        editor.dispatchEvent(new DragEvent("drop", {dataTransfer: data, bubbles: true, cancelable: true})); }"""
    )
    expect(page.locator('[data-testid="attachments"] img[src^="blob:"]').first).to_be_attached()  # X's mock took them
    page.wait_for_timeout(1800)  # past the time a new file's preview may take
    assert "child-consent" not in page.locator(PANEL).get_attribute("data-rules")
