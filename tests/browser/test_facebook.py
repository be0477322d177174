"""Facebook, in real Chromium (and, the tests on `tab`, in real Firefox too: tests/browser/driver.py) with
the built extension and a mock of www.facebook.com whose every text box is the real Lexical editor: the
Create post dialog (home, own profile, group, acting as a Page), comment and reply boxes, Messenger, the
page banners, fixes, highlights, media and consent, re-rendered editors and client-side navigation. Each
test asserts what a person sees (the panel's words, the page contract's `data-rules`) and what the
editor itself holds (`window.__mock`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import (
    PANEL,
    clear_settings,
    click_in_panel,
    drop_files_as_a_person,
    panel_text,
    set_settings,
    wait_drawn,
    wait_for_site_state,
)
from tests.browser.driver import BOOT_S, DRAWN, Tab, box, no_trace_in, plain_text, type_at_the_start, wait_count

FB = "https://www.facebook.com"
BANNER = "policy-guard-banner"
DIALOG = '[role="dialog"][aria-label="Create post"]'
EDITOR = 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]'
POST = f'{DIALOG} [role="button"][aria-label="Post"]'
PAGE_HANDLE, PAGE_NAME = "NorthHalifaxPartnership", "North Halifax Partnership"
APOLOGY = "So sorry to hear about your experience at the centre, we'll look into this."
CONSENT = "I have parent/guardian consent for everyone identifiable"
WHATSAPP = "Parents from stay and play, add me on WhatsApp x"
JPEG = b"\xff\xd8\xff\xe0fakejpeg"
# A real 1x1 PNG: the clipboard decodes what is written to it.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082"
)


@pytest.fixture
def fb(browser):
    """A fresh tab (not yet on Facebook), the person's own settings cleared before and after."""
    context, site = browser
    clear_settings(context)
    page = context.new_page()
    site.handle, site.name = "jo_bloggs", "Jo Bloggs"
    yield page, site
    page.close()
    clear_settings(context)
    site.handle, site.name = "jo_bloggs", "Jo Bloggs"


def go(page: Page, site, path: str = "/", handle: str = "jo_bloggs", name: str = "Jo Bloggs") -> None:
    site.handle, site.name = handle, name
    page.goto(FB + path)


def open_composer(page: Page, trigger: str) -> None:
    """Click the feed's "What's on your mind…" (or the group's "Write something...") prompt."""
    page.get_by_role("button", name=trigger, exact=True).click()
    expect(page.locator(f"{DIALOG} {EDITOR}")).to_be_focused()
    expect(page.locator(PANEL)).to_have_attribute("data-status", "ready", timeout=30_000)  # Pyodide booted


def text_of(page: Page, editor_id: str) -> str:
    """What the Lexical editor's own state holds (paragraphs joined with one "\\n")."""
    return page.evaluate("id => window.__mock.getPlainText(id)", editor_id)


# ---------------------------------------------------------------------------------------------
# The Create post dialog: home feed, own profile, group; a person or a Page.


def compose(tab: Tab, trigger: str, path: str = "/", handle: str = "jo_bloggs", name: str = "Jo Bloggs") -> None:
    """On Facebook at `path` as `handle`, click the "What's on your mind…" (or the group's "Write
    something...") prompt; once the dialog's editor has the focus, wait for the checker."""
    tab.site.handle, tab.site.name = handle, name
    tab.goto(FB + path)
    tab.click(".composer-trigger", trigger)
    tab.wait_for("s => document.activeElement === document.querySelector(s)", f"{DIALOG} {EDITOR}")
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)  # Pyodide booted


def test_home_create_post_as_a_person_warns_until_the_disclaimer_is_there(tab: Tab):
    compose(tab, "What's on your mind, Jo Bloggs?")
    assert tab.count(PANEL) == 1  # the comment boxes under the feed's posts are idle: no panels
    assert tab.evaluate("s => document.querySelector(s).checkVisibility()", PANEL)
    assert "Checking as @jo_bloggs (personal account)" in tab.panel_text()
    typed = "Such a lovely stay and play at Kevin Pearce Children's Centre today 🎉"
    tab.type(typed)
    tab.wait_attribute("data-rules", "missing-disclaimer")
    said = tab.panel_text()
    assert "PA-1" in said and "warning" in said.lower() and "personal account" in said
    tab.type(" Views my own.")
    tab.wait_attribute("data-rules", "")
    assert "No policy issues found." in tab.panel_text()
    # The extension only read the editor: Lexical's state holds exactly what was typed.
    assert plain_text(tab, "composer") == typed + " Views my own."
    assert tab.evaluate("s => document.querySelector(s).getAttribute('aria-disabled')", POST) != "true"
    # Beside the dialog, not over it.
    panel, dialog = box(tab, PANEL), box(tab, DIALOG)
    assert panel["x"] >= dialog["x"] + dialog["width"] or panel["y"] >= dialog["y"] + dialog["height"]


def test_acting_as_the_organisations_page_is_the_official_channel(tab: Tab):
    compose(tab, f"What's on your mind, {PAGE_NAME}?", handle=PAGE_HANDLE, name=PAGE_NAME)
    assert f"Checking as @{PAGE_HANDLE} (official channel)" in tab.panel_text()
    tab.type("Vote Labour on Thursday!")
    tab.wait_attribute("data-rules", "political")
    said = tab.panel_text()
    assert "error" in said.lower() and "OC-16" in said


def test_own_profile_composer_is_watched_and_has_no_friend_request_banner(tab: Tab):
    compose(tab, "What's on your mind?", "/jo_bloggs")
    tab.type("Proud to work at NHP")
    tab.wait_attribute("data-rules", "missing-disclaimer")
    assert "Checking as @jo_bloggs (personal account)" in tab.panel_text()
    tab.pause(0.3)  # give a wrong banner time to appear
    assert tab.count(BANNER) == 0


def test_group_composer_is_watched(tab: Tab):
    compose(tab, "Write something...", "/groups/stayandplay")
    assert tab.evaluate(
        "s => document.activeElement === document.querySelector(s)",
        f'{DIALOG} {EDITOR}[aria-label="Create a public post…"]',
    )
    tab.type("Does anyone know if NHP are recruiting? Vote Conservative btw")
    tab.wait_for("s => !!document.querySelector(s)?.dataset.rules", PANEL)
    assert "missing-disclaimer" in tab.attribute("data-rules").split()
    assert "Checking as @jo_bloggs (personal account)" in tab.panel_text()


# ---------------------------------------------------------------------------------------------
# Fixes, highlights, media and consent in the dialog.


def test_disclaimer_fix_goes_through_lexical_keeps_the_text_and_the_caret_and_undoes(tab: Tab):
    tab.goto(FB + "/")
    tab.click(".composer-trigger", "What's on your mind, Jo Bloggs?")
    tab.wait_for("s => document.activeElement === document.querySelector(s)", f"{DIALOG} {EDITOR}")
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)  # Pyodide booted
    typed = "🎉 Lovely stay and play at Kevin Pearce Children's Centre today"
    tab.type(typed)
    tab.wait_attribute("data-rules", "missing-disclaimer")
    assert "Checking as @jo_bloggs (personal account)" in tab.panel_text()
    tab.click_in_panel("Add disclaimer")
    tab.wait_attribute("data-rules", "")
    fixed = plain_text(tab, "composer")
    assert fixed.startswith(typed)  # what was written is intact, the disclaimer after it
    assert fixed.endswith("don't necessarily represent North Halifax Partnership's positions, policies or opinions.")
    # Lexical knows the text: its Post button is live right away.
    assert tab.evaluate("s => document.querySelector(s).getAttribute('aria-disabled')", POST) != "true"
    assert tab.evaluate("() => window.__mock.postEnabled('composer')")
    # The caret is after the inserted text, in Lexical's own selection and for the keyboard.
    selection = tab.evaluate("() => window.__mock.getSelection('composer')")
    assert selection["isCollapsed"] and selection["start"] == tab.evaluate("t => t.length", fixed)
    tab.type(" Thanks!")
    tab.wait_attribute("data-rules", "")
    tab.wait_for("want => window.__mock.getPlainText('composer') === want", fixed + " Thanks!")
    # Undo is Lexical's own: it takes back the typing, then the fix, leaving the original.
    for _ in range(10):
        if plain_text(tab, "composer") == typed:
            break
        tab.press("Control+z")
    assert plain_text(tab, "composer") == typed
    tab.wait_attribute("data-rules", "missing-disclaimer")


def test_fix_in_the_middle_of_a_draft_keeps_text_on_both_sides(tab: Tab):
    compose(tab, f"What's on your mind, {PAGE_NAME}?", handle=PAGE_HANDLE, name=PAGE_NAME)
    tab.type("👋🏽 Our stay and play was such fun with teh new toys.")
    tab.press("Enter")
    tab.type("Thanks all for coming!")
    tab.wait_attribute("data-rules", "spelling")
    said = tab.panel_text()
    assert "Suggested: “the”" in said and "OC-6" in said, said
    tab.click_in_panel("Change to “the”")
    tab.wait_attribute("data-rules", "")
    assert (
        plain_text(tab, "composer") == "👋🏽 Our stay and play was such fun with the new toys.\nThanks all for coming!"
    )
    selection = tab.evaluate("() => window.__mock.getSelection('composer')")
    assert selection["isCollapsed"]
    assert selection["start"] == tab.evaluate("t => t.length", "👋🏽 Our stay and play was such fun with the")
    assert tab.evaluate("s => document.querySelector(s).getAttribute('aria-disabled')", POST) != "true"
    tab.press("Control+z")
    tab.wait_attribute("data-rules", "spelling")
    assert (
        plain_text(tab, "composer") == "👋🏽 Our stay and play was such fun with teh new toys.\nThanks all for coming!"
    )


def test_flagged_words_are_underlined_after_an_emoji_and_line_breaks(tab: Tab):
    compose(tab, f"What's on your mind, {PAGE_NAME}?", handle=PAGE_HANDLE, name=PAGE_NAME)
    tab.type("👋🏽 Hi all! Vote Labour on Thursday")
    tab.wait_attribute("data-rules", "political")
    tab.wait_for(DRAWN, "policy-guard-error", ["Vote Labour"])
    # A new paragraph (Enter) and a line break inside it (Shift+Enter) before more flagged words.
    tab.press("Enter")
    tab.type("Lovely day 🌞")
    tab.press("Shift+Enter")
    tab.type("Her home address is 12 Acacia Avenue")
    assert (
        plain_text(tab, "composer")
        == "👋🏽 Hi all! Vote Labour on Thursday\nLovely day 🌞\nHer home address is 12 Acacia Avenue"
    )
    tab.wait_attribute("data-rules", "political personal-data")
    tab.wait_for(DRAWN, "policy-guard-error", ["Vote Labour"])
    tab.wait_for(DRAWN, "policy-guard-warning", ["Her home address"])
    # An edit before the flagged words: the underlines follow them.
    type_at_the_start(tab, "Control+Home", "🌍🌍 ", "composer")
    tab.wait_attribute("data-rules", "political personal-data")
    tab.wait_for(DRAWN, "policy-guard-error", ["Vote Labour"])
    tab.wait_for(DRAWN, "policy-guard-warning", ["Her home address"])
    # The editor's DOM holds no trace of the extension.
    assert no_trace_in(tab, EDITOR)


def attach_photos(tab: Tab, folder: Path, *names: str) -> None:
    """Photos chosen with the Create post dialog's file picker."""
    for name in names:
        (folder / name).write_bytes(JPEG)
    tab.choose_files(f'{DIALOG} input[type="file"]', [folder / name for name in names])


def test_photo_of_children_needs_consent_until_confirmed_and_again_for_a_new_draft(tab: Tab, tmp_path: Path):
    trigger = f"What's on your mind, {PAGE_NAME}?"
    compose(tab, trigger, handle=PAGE_HANDLE, name=PAGE_NAME)
    photos = f'{DIALOG} img[src^="blob:"]'
    tab.type("Messy play fun with the little ones this morning!")
    tab.pause(0.3)  # no photo yet: no consent needed
    tab.wait_attribute("data-rules", "")
    attach_photos(tab, tmp_path, "messy-play.jpg")
    wait_count(tab, photos, 1)
    tab.wait_attribute("data-rules", "child-consent")
    assert "parent/guardian consent" in tab.panel_text()
    # Removing the photo clears it; adding one brings it back.
    tab.click(f'{DIALOG} [role="button"][aria-label="Remove"]')
    wait_count(tab, photos, 0)
    tab.wait_attribute("data-rules", "")
    attach_photos(tab, tmp_path, "messy-play-2.jpg", "messy-play-3.jpg")
    tab.wait_attribute("data-rules", "child-consent")
    tab.click_in_panel(CONSENT)
    tab.wait_attribute("data-rules", "")
    # Posted: the draft is gone, and its confirmation with it.
    tab.click(POST)
    wait_count(tab, DIALOG, 0)
    assert tab.evaluate("() => window.__mock.posted()")[-1]["media"] == ["messy-play-2.jpg", "messy-play-3.jpg"]
    compose(tab, trigger, handle=PAGE_HANDLE, name=PAGE_NAME)
    tab.type("More messy play with the kids!")
    attach_photos(tab, tmp_path, "kids2.jpg")
    tab.wait_attribute("data-rules", "child-consent")
    tab.click_in_panel(CONSENT)
    tab.wait_attribute("data-rules", "")
    # Discarded (Close): the next draft asks again.
    tab.click(f'{DIALOG} [role="button"][aria-label="Close"]')
    wait_count(tab, DIALOG, 0)
    wait_count(tab, PANEL, 0)
    tab.click(".composer-trigger", trigger)
    tab.type("Messy play with the kids again!")
    attach_photos(tab, tmp_path, "kids3.jpg")
    tab.wait_attribute("data-rules", "child-consent")


@pytest.mark.only_in("chromium", "drops files as the desktop does (CDP Input.dispatchDragEvent): BiDi has no file drag")
def test_photos_dropped_or_pasted_on_the_editor_count_as_attachments(fb, tmp_path):
    page, site = fb
    go(page, site, handle=PAGE_HANDLE, name=PAGE_NAME)
    open_composer(page, f"What's on your mind, {PAGE_NAME}?")
    panel = page.locator(PANEL)
    page.keyboard.type("Look at the kids enjoying messy play this morning!")
    expect(panel).to_have_attribute("data-status", "ready")
    page.wait_for_timeout(300)
    expect(panel).to_have_attribute("data-rules", "")
    drop_files_as_a_person(page, f"{DIALOG} {EDITOR}", [("dropped.jpg", JPEG)], tmp_path)
    expect(page.locator(f'{DIALOG} img[src^="blob:"]')).to_have_count(1)
    expect(panel).to_have_attribute("data-rules", "child-consent")
    page.locator(f'{DIALOG} [role="button"][aria-label="Remove"]').click()
    expect(panel).to_have_attribute("data-rules", "")
    # A paste the page's own script makes up is not the person's: its file is not the draft's.
    page.locator(f"{DIALOG} {EDITOR}").evaluate(
        """(editor, bytes) => {
            const data = new DataTransfer();
            data.items.add(new File([new Uint8Array(bytes)], "kids_party.jpg", {type: "image/jpeg"}));
            editor.dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true}));
        }""",
        list(JPEG),
    )
    expect(page.locator(f'{DIALOG} img[src^="blob:"]')).to_have_count(1)  # the mock took it, as a site would
    page.wait_for_timeout(1800)  # past the time a new file's preview may take
    expect(panel).to_have_attribute("data-rules", "")
    page.locator(f'{DIALOG} [role="button"][aria-label="Remove"]').click()
    # The person's own paste (Ctrl+V of an image on the clipboard) is.
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=FB)
    page.evaluate(
        """async (bytes) => { const blob = new Blob([new Uint8Array(bytes)], {type: "image/png"});
            await navigator.clipboard.write([new ClipboardItem({"image/png": blob})]); }""",
        list(PNG),
    )
    page.locator(f"{DIALOG} {EDITOR}").click()
    page.keyboard.press("Control+V")
    expect(page.locator(f'{DIALOG} img[src^="blob:"]')).to_have_count(1)
    expect(panel).to_have_attribute("data-rules", "child-consent")
    # The editor's text is untouched by the files.
    assert text_of(page, "composer") == "Look at the kids enjoying messy play this morning!"
    assert len(page.evaluate("() => window.__mock.media('composer')")) == 1


def test_a_re_rendered_editor_is_picked_up_again_with_one_panel(fb):
    page, site = fb
    go(page, site)
    open_composer(page, "What's on your mind, Jo Bloggs?")
    page.keyboard.type("Proud to work at NHP")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    old = page.evaluate_handle("() => window.__mock.getElement('composer')")
    assert page.evaluate("() => window.__mock.remount('composer')")
    assert old.evaluate("e => e.isConnected") is False
    expect(page.locator(PANEL)).to_have_count(1)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    page.locator(f"{DIALOG} {EDITOR}").click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" Views my own.")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "")
    expect(page.locator(PANEL)).to_have_count(1)
    # A comment box re-rendered while in use: still one panel for it, none left over.
    page.get_by_role("button", name="Close", exact=True).click()
    expect(page.locator(PANEL)).to_have_count(0)
    page.locator('[aria-label="Write a comment…"]').first.click()
    page.keyboard.type("Proud of NHP")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    page.evaluate("() => window.__mock.remount('comment-p1')")
    expect(page.locator(PANEL)).to_have_count(1)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")


# ---------------------------------------------------------------------------------------------
# Comments, replies, Messenger: their surface and who is posting.


def test_official_apology_in_a_comment_or_reply_is_a_complaint_response_but_not_as_a_post(fb):
    page, site = fb
    go(page, site, handle=PAGE_HANDLE, name=PAGE_NAME)
    panel = page.locator(PANEL)
    comment = page.locator('[aria-label="Write a comment…"]').first
    comment.click()
    expect(panel).to_have_count(1)  # the box being written in gets a panel, the others none
    page.keyboard.type(APOLOGY)
    expect(panel).to_have_attribute("data-rules", "complaint-response", timeout=30_000)
    said = panel_text(page)
    assert f"Checking as @{PAGE_HANDLE} (official channel)" in said and "OC-17" in said
    # Enter sends the comment, as on Facebook; the box is empty and its findings go.
    page.keyboard.press("Enter")
    expect(page.locator('[role="article"][aria-label^="Comment by North Halifax Partnership"]')).to_have_count(1)
    expect(panel).to_have_attribute("data-rules", "")
    assert page.evaluate("() => window.__mock.posted()")[-1]["text"] == APOLOGY
    # A reply to a comment: the same.
    page.get_by_role("button", name="Reply", exact=True).first.click()
    reply = page.locator('[aria-label="Write a reply…"]')
    expect(reply).to_be_focused()
    page.keyboard.type(APOLOGY)
    expect(page.locator(f"{PANEL}[data-rules='complaint-response']")).to_have_count(1)
    # The same words as a new post are not a reply to a complaint.
    page.get_by_role("button", name=f"What's on your mind, {PAGE_NAME}?", exact=True).click()
    expect(page.locator(f"{DIALOG} {EDITOR}")).to_be_focused()
    page.keyboard.type(APOLOGY)
    expect(page.locator(PANEL)).to_have_count(2)  # the reply box still holds its draft
    expect(page.locator(f"{PANEL}[data-rules='complaint-response']")).to_have_count(1)
    page.wait_for_function("t => window.__mock.getPlainText('composer') === t", arg=APOLOGY)
    page.wait_for_timeout(300)  # give a wrong finding time to appear
    expect(page.locator(f"{PANEL}[data-rules='complaint-response']")).to_have_count(1)
    expect(page.locator(f"{PANEL}[data-rules='']")).to_have_count(1)


def test_add_me_on_whatsapp_to_parents_in_a_comment_is_private_contact(fb):
    page, site = fb
    go(page, site)
    page.locator('[aria-label="Write a comment…"]').nth(1).click()
    page.keyboard.type(WHATSAPP)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "private-contact", timeout=30_000)
    said = panel_text(page)
    assert "Checking as @jo_bloggs (personal account)" in said and "PA-12" in said
    wait_drawn(page, "warning", ["add me on WhatsApp"])
    # The Comment button is Facebook's, and live.
    expect(page.locator('[role="button"][aria-label="Comment"]:not([aria-disabled="true"])')).to_have_count(1)


def test_disclaimer_fix_in_a_comment_then_enter_sends_the_whole_comment(fb):
    page, site = fb
    go(page, site)
    page.locator('[aria-label="Write a comment…"]').first.click()
    typed = "Proud of the NHP team for this 👏"
    page.keyboard.type(typed)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer", timeout=30_000)
    click_in_panel(page, "Add disclaimer")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "")
    fixed = text_of(page, "comment-p1")
    assert fixed.startswith(typed) and fixed.endswith("positions, policies or opinions.")
    selection = page.evaluate("() => window.__mock.getSelection('comment-p1')")
    assert selection["isCollapsed"] and selection["start"] == page.evaluate("t => t.length", fixed)
    # Facebook's Comment button knows the text, and Enter (the box keeps focus) sends all of it.
    expect(page.locator('[role="button"][aria-label="Comment"]:not([aria-disabled="true"])')).to_have_count(1)
    expect(page.locator('[aria-label="Write a comment…"]').first).to_be_focused()
    page.keyboard.press("Enter")
    assert page.evaluate("() => window.__mock.posted()")[-1]["text"] == fixed
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "")


def test_messenger_chat_box_is_a_message_and_private_contact_is_flagged(fb):
    page, site = fb
    go(page, site)
    page.get_by_role("button", name="Messenger", exact=True).click()
    chat = page.locator('[role="dialog"][aria-label="Chat with Sam Smith"]')
    box = chat.locator(f'{EDITOR}[aria-label="Message"]')
    box.click()
    page.keyboard.type(WHATSAPP)
    panel = page.locator(PANEL)
    expect(panel).to_have_attribute("data-rules", "private-contact", timeout=30_000)
    assert "Checking as @jo_bloggs (personal account)" in panel_text(page)
    assert text_of(page, "message") == WHATSAPP
    expect(chat.get_by_role("button", name="Press Enter to send")).to_be_visible()


def test_messenger_chat_panel_is_on_screen_and_not_over_the_chat(fb):
    page, site = fb
    go(page, site)
    page.get_by_role("button", name="Messenger", exact=True).click()
    chat = page.locator('[role="dialog"][aria-label="Chat with Sam Smith"]')
    chat.locator(EDITOR).click()
    page.keyboard.type(WHATSAPP)
    panel = page.locator(PANEL)
    expect(panel).to_have_attribute("data-rules", "private-contact", timeout=30_000)
    view = page.viewport_size
    p, c = panel.bounding_box(), chat.bounding_box()
    assert p["y"] >= 0 and p["y"] + p["height"] <= view["height"] and p["x"] + p["width"] <= view["width"], (
        f"the panel is drawn off screen: panel {p}, viewport {view}"
    )
    overlap = not (
        p["x"] >= c["x"] + c["width"]
        or p["x"] + p["width"] <= c["x"]
        or p["y"] >= c["y"] + c["height"]
        or p["y"] + p["height"] <= c["y"]
    )
    assert not overlap, f"the panel covers the chat: panel {p}, chat {c}"


def test_messenger_page_is_watched_and_says_it_assumes_the_account(fb):
    page, site = fb
    go(page, site, "/messages/t/123")
    panel = page.locator(PANEL)
    page.locator(f'{EDITOR}[aria-label="Message"]').click()
    expect(panel).to_have_attribute("data-status", "ready", timeout=30_000)
    said = panel_text(page)
    assert "Assuming a personal account" in said and "Switch to official channel" in said
    page.keyboard.type(WHATSAPP)
    expect(panel).to_have_attribute("data-rules", "private-contact")
    page.keyboard.press("Enter")  # sent: the box is empty again
    expect(panel).to_have_attribute("data-rules", "")
    assert page.evaluate("() => window.__mock.posted()")[-1]["where"] == "message"


def test_where_the_page_cannot_tell_the_switch_button_flips_the_account(fb):
    page, site = fb
    go(page, site, "/jane.doe")  # someone else's profile: nothing on it says who is commenting
    page.locator('[aria-label="Write a comment…"]').first.click()
    panel = page.locator(PANEL)
    expect(panel).to_have_attribute("data-status", "ready", timeout=30_000)
    page.keyboard.type(APOLOGY)
    page.wait_for_function("t => window.__mock.getPlainText('comment-pp-janedoe') === t", arg=APOLOGY)
    page.wait_for_timeout(300)
    expect(panel).to_have_attribute("data-rules", "")  # a person's apology is their own business
    assert "Assuming a personal account" in panel_text(page)
    click_in_panel(page, "Switch to official channel")
    expect(panel).to_have_attribute("data-rules", "complaint-response")
    said = panel_text(page)
    assert "official channel" in said and "Switch to personal account" in said
    click_in_panel(page, "Switch to personal account")
    expect(panel).to_have_attribute("data-rules", "")


# ---------------------------------------------------------------------------------------------
# Page banners and client-side navigation.


@pytest.mark.parametrize("profile", ["jane.doe", "sam.smith", "alex.lee"])
def test_friend_request_banner_on_other_peoples_profiles_and_dismissible(tab: Tab, profile):
    tab.goto(f"{FB}/{profile}")
    banner = f"{BANNER}[data-rules='friend-request']"
    tab.wait_for("s => document.querySelectorAll(s).length === 1", banner, timeout=BOOT_S)
    said = tab.panel_text()  # the banner is a region named Policy Guard too
    assert "Friend and follow requests from people you know through work" in said
    assert "please don't accept or send a friend or follow request" in said and "PA-12" in said
    tab.click_in_panel("Dismiss")
    tab.wait_for("s => !document.querySelector(s)", banner)
    tab.pause(1.2)  # the page is scanned again every second: it stays dismissed
    assert tab.evaluate("s => document.querySelector(s)", banner) is None


@pytest.mark.parametrize("path", ["/pages/create", "/groups/create"])
def test_unofficial_channel_banner_on_page_and_group_creation(fb, path):
    page, site = fb
    go(page, site, path)
    banner = page.locator(f"{BANNER}[data-rules='unofficial-channel']")
    expect(banner).to_have_count(1, timeout=30_000)
    said = panel_text(page)
    assert "Please don't set up pages, groups or accounts for NHP" in said and "OC-15" in said
    page.get_by_role("link", name="Facebook", exact=True).click()  # client-side, to the feed
    expect(banner).to_have_count(0)


def test_a_turned_off_page_rule_shows_no_banner(fb):
    page, site = fb
    set_settings(page.context, {"disabled_rules": ["unofficial-channel"]})
    go(page, site, "/sam.smith")  # the other page rule still shows: the checker is ready
    expect(page.locator(f"{BANNER}[data-rules='friend-request']")).to_have_count(1, timeout=30_000)
    page.evaluate("() => window.__mock.navigate('/pages/create')")
    expect(page.locator(f"{BANNER}[data-rules='friend-request']")).to_have_count(0)
    page.wait_for_timeout(300)  # give a wrong banner time to appear
    expect(page.locator(BANNER)).to_have_count(0)


def test_client_side_navigation_brings_panels_and_banners_with_the_page(fb):
    page, site = fb
    go(page, site)
    panel = page.locator(PANEL)
    # Home: a comment in progress has a panel.
    page.locator('[aria-label="Write a comment…"]').first.click()
    page.keyboard.type("Proud of NHP")
    expect(panel).to_have_attribute("data-rules", "missing-disclaimer", timeout=30_000)
    # To someone's profile (a link in a post): the feed and its comment box go, and their panel.
    page.locator('a[role="link"][href="/sam.smith"]').first.click()
    expect(page).to_have_url(FB + "/sam.smith")
    expect(panel).to_have_count(0)
    expect(page.locator(f"{BANNER}[data-rules='friend-request']")).to_have_count(1)
    # To the group (by the hook's router): the banner goes; its composer gets a panel.
    page.evaluate("() => window.__mock.navigate('/groups/stayandplay')")
    expect(page.locator(BANNER)).to_have_count(0)
    open_composer(page, "Write something...")
    expect(panel).to_have_count(1)
    page.keyboard.type("Proud of NHP")
    expect(panel).to_have_attribute("data-rules", "missing-disclaimer")
    page.locator(f'{DIALOG} [role="button"][aria-label="Close"]').click()
    expect(panel).to_have_count(0)
    # Back (popstate) to the profile, its banner again; back home, none, and no panel until writing.
    page.go_back()
    expect(page).to_have_url(FB + "/sam.smith")
    expect(page.locator(f"{BANNER}[data-rules='friend-request']")).to_have_count(1)
    page.go_back()
    expect(page).to_have_url(FB + "/")
    expect(page.locator(BANNER)).to_have_count(0)
    expect(panel).to_have_count(0)
    open_composer(page, "What's on your mind, Jo Bloggs?")
    expect(panel).to_have_count(1)
    # Own profile, from the left navigation: no banner.
    page.locator(f'{DIALOG} [role="button"][aria-label="Close"]').click()
    page.locator('[role="navigation"][aria-label="Shortcuts"] a[href="/jo_bloggs"]').click()
    expect(page).to_have_url(FB + "/jo_bloggs")
    expect(page.get_by_role("button", name="Edit profile")).to_be_visible()
    page.wait_for_timeout(300)
    expect(page.locator(BANNER)).to_have_count(0)
    expect(panel).to_have_count(0)


# ---------------------------------------------------------------------------------------------
# Settings and the toolbar state on Facebook.


def test_facebook_settings_reach_the_checker(fb):
    page, site = fb
    go(page, site)
    open_composer(page, "What's on your mind, Jo Bloggs?")
    page.keyboard.type("Proud to work at NHP")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    set_settings(page.context, {"disclaimer_in_profile": {"facebook": True}})
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "")
    set_settings(page.context, {"disclaimer_in_profile": {"twitter": True}})  # another site's: not this one
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    set_settings(page.context, {"official_channels": [{"platform": "facebook", "handle": "jo_bloggs"}]})
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "")
    assert "Checking as @jo_bloggs (official channel)" in panel_text(page)


def test_paused_facebook_shows_no_panel_and_no_banner(fb):
    page, site = fb
    go(page, site, "/sam.smith")
    expect(page.locator(f"{BANNER}[data-rules='friend-request']")).to_have_count(1, timeout=30_000)
    page.locator('[aria-label="Write a comment…"]').first.click()
    expect(page.locator(PANEL)).to_have_count(1)
    set_settings(page.context, {"paused_sites": ["facebook"]})
    expect(page.locator(PANEL)).to_have_count(0)
    wait_for_site_state(page, "paused")
    expect(page.locator(BANNER)).to_have_count(0)


def test_a_create_post_dialog_without_a_known_editor_shows_not_checking_here(fb):
    page, site = fb
    go(page, site)
    open_composer(page, "What's on your mind, Jo Bloggs?")
    # Facebook changes its markup: the box we look for is gone, the dialog is still there.
    page.locator(f"{DIALOG} {EDITOR}").evaluate("e => e.removeAttribute('data-lexical-editor')")
    expect(page.locator(PANEL)).to_have_count(0)
    wait_for_site_state(page, "not-found")  # after 4 s without a composer


def test_no_network_requests_were_made(tab: Tab):
    assert tab.site.requests == []
