"""Nothing lost (issue 7, item 1): in every kind of composer, a long draft typed and pasted with
the extension watching is held by the editor exactly as written, and undo is still the editor's.
In both browsers (tests/browser/driver.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.browser.conftest import PANEL, X_EDITOR
from tests.browser.driver import BOOT_S, Tab, plain_text, wait_until
from tests.browser.instagram_pages import caption_on, jpeg

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
    open: Callable[[Tab, Path], None] = lambda tab, folder: None
    enter_sends: bool = False  # comments and messages: Shift+Enter makes the line break


COMPOSERS = [
    Composer("x timeline", "https://x.com/home", X_EDITOR, None),
    Composer("x mobile", "https://mobile.x.com/compose/post", f"textarea{X_EDITOR}", "compose"),
    Composer(
        "x chat",
        "https://x.com/i/chat/123-456",
        'textarea[data-testid="dm-composer-textarea"]',  # in the chat's shadow root
        "chat",
        enter_sends=True,
    ),
    Composer(
        "facebook post",
        "https://www.facebook.com/",
        '[role="dialog"] [data-lexical-editor="true"]',
        "composer",
        lambda tab, folder: tab.click(".composer-trigger", "What's on your mind, Jo Bloggs?"),
    ),
    Composer(
        "facebook comment",
        "https://www.facebook.com/",
        '[aria-label="Write a comment…"]',
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
        lambda tab, folder: caption_on(tab, photo(folder / "walk.jpg")),
    ),
    Composer(
        "instagram message",
        "https://www.instagram.com/direct/t/123/",
        'div[aria-label="Message"]',
        "message",
        enter_sends=True,
    ),
]


def photo(path: Path) -> Path:
    path.write_bytes(jpeg(path.name)["buffer"])
    return path


@pytest.mark.parametrize("composer", COMPOSERS, ids=[c.name for c in COMPOSERS])
def test_a_long_draft_is_kept_exactly_and_undo_still_works(tab: Tab, composer, tmp_path: Path):
    tab.goto(composer.url)
    composer.open(tab, tmp_path)
    tab.click(composer.editor)
    wait_until(lambda: tab.count(PANEL), 1, within_s=BOOT_S)
    tab.type(FIRST)
    tab.press("Shift+Enter" if composer.enter_sends else "Enter")
    tab.paste(BLOCK)
    tab.type(LAST)
    expected = FIRST + "\n" + BLOCK + LAST
    assert len(expected) > 2000
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)
    tab.pause(0.3)  # let any check land: it must not touch the text
    assert plain_text(tab, composer.hook_id) == expected
    # Undo is the editor's own and still works: back to the first line.
    for _ in range(40):
        if plain_text(tab, composer.hook_id) == FIRST + "\n":
            break
        tab.press("Control+z")
        tab.pause(0.03)
    assert plain_text(tab, composer.hook_id) == FIRST + "\n"
