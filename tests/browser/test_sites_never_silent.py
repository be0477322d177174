"""Never silent, in any language. Each site's mock with its composer's structure changed (the test ids,
roles and editor marks the adapters know renamed, as a site redesign would): within 4 s the toolbar
says Policy Guard cannot find the post box (`!`), and once the person types, the box is checked
anyway, as an unrecognised box (`?`), with the person's default account as a post. And with the
interfaces in Welsh or Polish, every composer is still found and checked for what it is."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import PANEL, choose_files, extension_worker, panel_text
from tests.browser.instagram_pages import NAV, caption_with, jpeg

DISCLAIMER_NEEDED = "Proud of the team at NHP today"  # personal account, about the organisation: missing-disclaimer
APOLOGY = "So sorry to hear about your experience at the centre, we'll look into this."
JPEG = {"name": "centre.jpg", "mimeType": "image/jpeg", "buffer": b"\xff\xd8\xff\xe0fakejpeg"}


def newest_tab_state(page: Page, want: str, within_s: float = 8) -> None:
    """Wait until the newest tab (this test's) reports the toolbar state `want`."""
    read = """async () => { const tabs = await chrome.tabs.query({}); const id = Math.max(...tabs.map(t => t.id));
        return (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`]?.state ?? null; }"""
    worker = extension_worker(page.context)
    state = None
    for _ in range(int(within_s * 4)):
        state = worker.evaluate(read)
        if state == want:
            return
        page.wait_for_timeout(250)
    raise AssertionError(f"this tab's toolbar state is {state!r}, not {want!r}")


def unmark(page: Page, selector: str, *attributes: str) -> None:
    """What a redesign does to the marks an adapter knows: the attributes renamed (kept as data-old-*)."""
    page.locator(selector).first.evaluate(
        """(node, names) => { for (const name of names) {
            node.setAttribute('data-old-' + name, node.getAttribute(name) ?? ''); node.removeAttribute(name); } }""",
        list(attributes),
    )


def expect_checked_as_unrecognised(page: Page, box: str) -> None:
    page.locator(box).first.click()
    page.keyboard.type(DISCLAIMER_NEEDED)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer", timeout=30_000)
    newest_tab_state(page, "unrecognised")
    assert "personal account" in panel_text(page)


@pytest.fixture
def fresh(browser):
    context, site = browser
    page = context.new_page()
    site.handle, site.name = "jo_bloggs", "Jo Bloggs"
    yield page, site
    page.close()
    site.handle, site.name, site.lang = "jo_bloggs", "Jo Bloggs", "en"


def test_x_home_composer_renamed(fresh):
    page, _ = fresh
    page.goto("https://x.com/home")
    expect(page.locator(PANEL)).to_have_count(1)
    unmark(page, '[data-testid="tweetTextarea_0"]', "data-testid")
    expect(page.locator(PANEL)).to_have_count(0)
    newest_tab_state(page, "not-found")
    expect_checked_as_unrecognised(page, '[data-old-data-testid="tweetTextarea_0"]')


def test_facebook_create_post_editor_unmarked(fresh):
    page, _ = fresh
    page.goto("https://www.facebook.com/")
    page.get_by_role("button", name="What's on your mind, Jo Bloggs?", exact=True).click()
    editor = '[role="dialog"] [data-lexical-editor="true"]'
    expect(page.locator(editor)).to_be_focused()
    unmark(page, editor, "data-lexical-editor")
    newest_tab_state(page, "not-found")
    expect_checked_as_unrecognised(page, '[role="dialog"] [data-old-data-lexical-editor]')


def test_instagram_caption_box_without_its_role(fresh):
    page, _ = fresh
    page.goto("https://www.instagram.com/explore/")
    caption_with(page, [jpeg("centre.jpg")])
    unmark(page, '[role="dialog"] [contenteditable="true"][role="textbox"]', "role")
    newest_tab_state(page, "not-found")
    expect_checked_as_unrecognised(page, '[role="dialog"] [contenteditable="true"][data-old-role]')


def test_business_suite_composer_without_its_role(fresh):
    page, site = fresh
    site.handle, site.name = "jo_bloggs_page", "Jo's Page"
    page.goto("https://business.facebook.com/latest/composer")
    unmark(page, '[contenteditable="true"][role="combobox"]', "role")
    newest_tab_state(page, "not-found")


def test_search_and_log_in_boxes_are_left_alone(fresh):
    page, _ = fresh
    page.goto("https://www.facebook.com/")
    page.locator('input[type="search"]').click()
    page.keyboard.type("Proud of the team at NHP")
    page.wait_for_timeout(1500)
    expect(page.locator(PANEL)).to_have_count(0)


# In other languages: every composer found, each for what it is.


@pytest.mark.parametrize("lang", ["cy", "pl"])
def test_facebook_in_another_language(fresh, lang):
    page, site = fresh
    site.lang, site.handle, site.name = lang, "NorthHalifaxPartnership", "North Halifax Partnership"
    page.goto("https://www.facebook.com/")
    # A comment under a post (the first post's box): a reply, from the Page: complaint-response.
    page.locator('[role="article"] [data-lexical-editor="true"]').first.click()
    page.keyboard.type(APOLOGY)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "complaint-response", timeout=30_000)
    assert "Checking as @NorthHalifaxPartnership (official channel)" in panel_text(page)
    page.keyboard.press("Enter")  # sent, as Facebook sends comments
    page.wait_for_function("() => window.__mock.posted().length === 1")
    # The Create post dialog (opened from the feed's prompt, whatever it says): a post.
    page.locator(".composer-trigger").click()  # the feed's prompt, whatever it says
    page.locator('[role="dialog"] [data-lexical-editor="true"]').click()
    page.keyboard.type("Vote Labour on Thursday!")
    expect(page.locator(f"{PANEL}[data-rules='political']")).to_have_count(1, timeout=30_000)
    newest_tab_state(page, "checking")


@pytest.mark.parametrize("lang", ["pl", "en-GB"])
def test_instagram_caption_and_comment_in_another_language_or_ellipsis(fresh, lang):
    page, site = fresh
    site.lang, site.handle = lang, "staying_well_team"
    page.goto("https://www.instagram.com/explore/")
    new_post = "Nowy post" if lang == "pl" else "New post"  # Instagram's own words (the mock's source)
    page.locator(f'{NAV} a[href="#"]:has(svg[aria-label="{new_post}"])').click()
    choose_files(page.locator('[role="dialog"] input[type="file"]'), [JPEG])
    for _ in range(2):  # crop, edit: the header's last control goes on, whatever it says
        page.locator('[role="dialog"] [role="button"].ig-create-hside').click()
    caption = page.locator('[role="dialog"] [contenteditable="true"][role="textbox"]')
    if lang == "en-GB":
        expect(caption).to_have_attribute("aria-label", "Write a caption\u2026")
    caption.click()
    page.keyboard.type("Vote Labour on Thursday!")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political", timeout=30_000)
    assert "Checking as @staying_well_team (official channel)" in panel_text(page)
    newest_tab_state(page, "checking")


# X Pro (pro.x.com), the column deck: its compose dialog with its marks renamed.

XPRO_DECK = "https://pro.x.com/i/decks/1"
XPRO_EDITOR = '[role="dialog"] [data-testid="tweetTextarea_0"]'


def open_x_pro_composer(page: Page) -> None:
    page.goto(XPRO_DECK)
    page.locator('[data-testid="SideNav_NewTweet_Button"]').click()
    expect(page.locator(XPRO_EDITOR)).to_be_visible()


def test_x_pro_composer_renamed(fresh):
    """The editor's test id and the toolbar's renamed: no composer the adapter knows, `!`; the box typed in
    is checked."""
    page, _ = fresh
    open_x_pro_composer(page)
    expect(page.locator(PANEL)).to_have_count(1)
    unmark(page, '[role="dialog"] [data-testid="toolBar"]', "data-testid")
    unmark(page, XPRO_EDITOR, "data-testid")
    expect(page.locator(PANEL)).to_have_count(0)
    newest_tab_state(page, "not-found")
    expect_checked_as_unrecognised(page, '[role="dialog"] [data-old-data-testid="tweetTextarea_0"]')


@pytest.mark.parametrize("lang", ["cy", "pl"])
def test_x_pro_composer_relabelled_without_its_toolbar_or_post_button_marks(fresh, lang):
    """In Welsh or Polish, the editor and its controls wrapped in two more boxes, the toolbar's and the Post
    button's test ids renamed and the editor's label changed: the editor is still found by its own test id,
    and checked as the account the composer shows."""
    page, site = fresh
    site.lang, site.handle = lang, "NhxPartnership"
    open_x_pro_composer(page)
    page.locator('[role="dialog"] .composer-main').evaluate(
        """main => { for (let i = 0; i < 2; i++) { const box = document.createElement('div');
            main.parentNode.insertBefore(box, main); box.append(main); } }"""
    )
    unmark(page, '[role="dialog"] [data-testid="toolBar"]', "data-testid")
    unmark(page, '[role="dialog"] [data-testid="tweetButton"]', "data-testid", "aria-label")
    page.locator(XPRO_EDITOR).evaluate("node => node.setAttribute('aria-label', 'Composer (renamed)')")
    page.locator(XPRO_EDITOR).click()
    page.keyboard.type("Vote Labour on Thursday!")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "political", timeout=30_000)
    assert "Checking as @NhxPartnership (official channel)" in panel_text(page)
    newest_tab_state(page, "checking")
