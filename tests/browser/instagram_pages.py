"""Helpers for the mock www.instagram.com in the browser tests: image files to choose, and the
Create new post dialog from the navigation's button to the caption step."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import choose_files
from tests.browser.driver import Tab

NAV = 'div[role="navigation"][aria-label="Primary"]'
CREATE = 'div[role="dialog"][aria-label="Create new post"]'
CAPTION = 'div[aria-label="Write a caption..."][contenteditable="true"][role="textbox"]'
# Whether the Create new post dialog is at a step (its heading: "Crop", "Edit").
AT_STEP = "(dialog, step) => [...document.querySelectorAll(dialog + ' h1')].some((h) => h.textContent === step)"


def jpeg(name: str) -> dict:
    return {"name": name, "mimeType": "image/jpeg", "buffer": b"\xff\xd8\xff\xe0fakejpeg"}


def png(name: str) -> dict:
    return {"name": name, "mimeType": "image/png", "buffer": b"\x89PNG\r\n\x1a\nfakepng"}


def div_button(scope: Locator | Page, name: str) -> Locator:
    return scope.locator(f'div[role="button"]:text-is("{name}")')


def open_create(page: Page) -> Locator:
    page.locator(f'{NAV} a[href="#"]:has(svg[aria-label="New post"])').click()
    dialog = page.locator(CREATE)
    expect(dialog).to_be_visible()
    return dialog


def to_caption(page: Page, dialog: Locator) -> Locator:
    """From the crop step (media chosen), Next → Edit, Next → the caption; click into the caption."""
    expect(dialog.locator('h1:text-is("Crop")')).to_be_visible()
    div_button(dialog, "Next").click()
    expect(dialog.locator('h1:text-is("Edit")')).to_be_visible()
    div_button(dialog, "Next").click()
    caption = dialog.locator(CAPTION)
    caption.click()
    return caption


def caption_with(page: Page, files: list[dict]) -> Locator:
    """Create new post, choose `files` with the file picker, go to the caption step."""
    dialog = open_create(page)
    choose_files(dialog.locator('input[type="file"]'), files)
    return to_caption(page, dialog)


def caption_on(tab: Tab, *photos: Path) -> None:
    """In either browser: Create new post, then `choose_to_caption`."""
    tab.click(f'{NAV} a[href="#"]:has(svg[aria-label="New post"])')
    choose_to_caption(tab, *photos)


def choose_to_caption(tab: Tab, *photos: Path) -> None:
    """In either browser, in Create new post: choose `photos` with the file picker, Next, Next, and
    click into the caption."""
    tab.choose_files(f'{CREATE} input[type="file"]', list(photos))
    for step in ("Crop", "Edit"):
        tab.wait_for(AT_STEP, CREATE, step)
        tab.click(f'{CREATE} div[role="button"]', "Next")
    tab.click(f"{CREATE} {CAPTION}")
