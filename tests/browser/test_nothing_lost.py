"""Nothing lost (issue 7, item 1): in every kind of composer, a long draft typed and pasted with
the extension watching is held by the editor exactly as written, and undo is still the editor's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import PANEL, X_EDITOR, clear_settings, paste_into
from tests.browser.instagram_pages import caption_with, jpeg

FIRST = "Morning all 👋🏽 from the team at Kevin Pearce Children's Centre!"
BLOCK = "\n".join(
    f"{i}. Stay and play 🧸 is back on Tuesdays, 10am till noon — bring a snack; we'll bring the paint."
    for i in range(24)
)
LAST = " 🎉 See you there!"


@dataclass(frozen=True)
class Composer:
    name: str
    url: str
    editor: str  # selector of the box to type in
    hook_id: str | None  # the mock's id for it (None: the page's default)
    open: Callable[[Page], None] = lambda page: None
    enter_sends: bool = False  # comments and messages: Shift+Enter makes the line break


COMPOSERS = [
    Composer("x timeline", "https://x.com/home", X_EDITOR, None),
    Composer("x mobile", "https://mobile.x.com/compose/post", f"textarea{X_EDITOR}", "compose"),
    Composer(
        "x chat",
        "https://x.com/i/chat/123-456",
        '[data-testid="xchatEmbedRoute"] textarea[data-testid="dm-composer-textarea"]',
        "chat",
        enter_sends=True,
    ),
    Composer(
        "facebook post",
        "https://www.facebook.com/",
        '[role="dialog"] [data-lexical-editor="true"]',
        "composer",
        lambda page: page.get_by_role("button", name="What's on your mind, Jo Bloggs?", exact=True).click(),
    ),
    Composer(
        "facebook comment",
        "https://www.facebook.com/",
        '[aria-label="Write a comment…"] >> nth=0',
        "comment-p1",
        enter_sends=True,
    ),
    Composer(
        "facebook messenger",
        "https://www.facebook.com/messages/t/123",
        '[aria-label="Message"]',
        "message",
        enter_sends=True,
    ),
    Composer(
        "instagram caption",
        "https://www.instagram.com/explore/",
        'div[aria-label="Write a caption..."]',
        "caption",
        lambda page: caption_with(page, [jpeg("walk.jpg")]),
    ),
    Composer(
        "instagram message",
        "https://www.instagram.com/direct/t/123/",
        'div[aria-label="Message"]',
        "message",
        enter_sends=True,
    ),
]


@pytest.mark.parametrize("composer", COMPOSERS, ids=[c.name for c in COMPOSERS])
def test_a_long_draft_is_kept_exactly_and_undo_still_works(browser, composer):
    context, site = browser
    clear_settings(context)
    site.handle, site.name = "jo_bloggs", "Jo Bloggs"
    page = context.new_page()
    try:
        page.goto(composer.url)
        composer.open(page)
        box = page.locator(composer.editor)
        box.click()
        expect(page.locator(PANEL)).to_have_count(1, timeout=30_000)
        text = lambda: page.evaluate("id => window.__mock.getPlainText(id ?? undefined)", composer.hook_id)  # noqa: E731
        page.keyboard.type(FIRST)
        page.keyboard.press("Shift+Enter" if composer.enter_sends else "Enter")
        paste_into(page, BLOCK)
        page.keyboard.type(LAST)
        expected = FIRST + "\n" + BLOCK + LAST
        assert len(expected) > 2000
        expect(page.locator(PANEL)).to_have_attribute("data-status", "ready", timeout=30_000)
        page.wait_for_timeout(300)  # let any check land: it must not touch the text
        assert text() == expected
        # Undo is the editor's own and still works: back to the first line.
        for _ in range(40):
            if text() == FIRST + "\n":
                break
            page.keyboard.press("Control+Z")
            page.wait_for_timeout(30)
        assert text() == FIRST + "\n"
    finally:
        page.close()
