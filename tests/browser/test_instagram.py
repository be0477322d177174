"""Policy Guard on Instagram, in real Chromium (and, the tests on `tab`, real Firefox: driver.py) with
the built extension and a mock of www.instagram.com on the real Lexical editor (caption, direct
messages) and a React textarea (comments). Everything is asserted as a person would see it: the panel's words and its
`data-rules`, the underlines, the banners, and the page's own state (`window.__mock`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import (
    PANEL,
    Site,
    choose_files,
    clear_settings,
    click_in_panel,
    drop_files_as_a_person,
    panel_text,
    wait_drawn,
)
from tests.browser.driver import (
    BOOT_S,
    DRAWN,
    Tab,
    box,
    no_trace_in,
    plain_text,
    set_settings,
    texts,
    toolbar,
    type_at_the_start,
    wait_count,
    wait_until,
)
from tests.browser.instagram_pages import (
    AT_STEP,
    CAPTION,
    CREATE,
    NAV,
    caption_on,
    caption_with,
    choose_to_caption,
    div_button,
    jpeg,
    open_create,
    png,
    to_caption,
)

HOME = "https://www.instagram.com/"
BANNER = "policy-guard-banner"
MESSAGE = 'div[aria-label="Message"][contenteditable="true"][role="textbox"]'
COMMENT = 'textarea[aria-label="Add a comment…"]'
OFFICIAL = "staying_well_team"  # an official Instagram channel in the policy's list
PERSONAL = "jo_bloggs"
DISCLAIMER_END = (
    "are my own and don't necessarily represent North Halifax Partnership's positions, policies or opinions."
)
CONSENT = "I have parent/guardian consent for everyone identifiable"


@pytest.fixture
def ig(browser) -> Iterator[tuple[Page, Site]]:
    """A fresh tab (not yet navigated) with the person's settings cleared."""
    context, site = browser
    clear_settings(context)
    page = context.new_page()
    yield page, site
    page.close()
    clear_settings(context)


EXPLORE = "/explore/"  # a page with the navigation's Create button and no composer of its own


def goto(page: Page, site: Site, path: str = "/", handle: str = PERSONAL) -> None:
    site.handle = handle
    page.goto(HOME.rstrip("/") + path)


def panel(page: Page) -> Locator:
    """The one panel on a page with one composer."""
    expect(page.locator(PANEL)).to_have_count(1)
    return page.locator(PANEL)


def panel_of(page: Page, editor: Locator) -> Locator:
    """The panel drawn beside `editor` (right, left, below or above it), on a page with several composers."""
    box = editor.bounding_box()
    assert box, "the composer is not on screen"
    panels = page.locator(PANEL)
    best, index = None, -1
    for i in range(panels.count()):
        other = panels.nth(i).bounding_box()
        if not other:
            continue
        dx = max(0, other["x"] - (box["x"] + box["width"]), box["x"] - (other["x"] + other["width"]))
        dy = max(0, other["y"] - (box["y"] + box["height"]), box["y"] - (other["y"] + other["height"]))
        if best is None or dx + dy < best:
            best, index = dx + dy, i
    assert best is not None and best <= 24, f"no panel beside the composer (the nearest is {best}px away)"
    return panels.nth(index)


def expect_rules(locator: Locator, *wanted: str) -> None:
    """`data-rules` is exactly these rules, in any order."""
    if not wanted:
        expect(locator).to_have_attribute("data-rules", "")
        return
    pattern = "".join(f"(?=.*\\b{re.escape(r)}\\b)" for r in wanted)
    expect(locator).to_have_attribute("data-rules", re.compile(f"^{pattern}\\S+( \\S+){{{len(wanted) - 1}}}$"))


def mock(page: Page, call: str, *args):
    return page.evaluate(f"args => window.__mock.{call}(...args)", list(args))


def share_enabled(page: Page) -> Locator:
    return page.locator(CREATE).locator('a[role="link"]:text-is("Share")')  # a link now, as on Instagram


def wait_rules(tab: Tab, *wanted: str) -> None:
    """The one panel's `data-rules` is exactly these rules, in any order."""
    tab.wait_for(
        "(s, want) => { const p = document.querySelectorAll(s); return p.length === 1"
        " && JSON.stringify((p[0].dataset.rules ?? '').split(' ').filter(Boolean).sort()) === JSON.stringify(want); }",
        PANEL,
        sorted(wanted),
    )


def test_caption_names_the_logo_file_and_who_is_posting(tab: Tab, tmp_path: Path):
    """The caption step of Create new post: the attachment's file name reaches the checker (a logo
    file from a personal account is `logo-use`), and the panel says who it thinks is posting."""
    tab.goto(HOME.rstrip("/") + EXPLORE)
    logo = tmp_path / "creations-cc-logo.png"
    logo.write_bytes(png(logo.name)["buffer"])
    caption_on(tab, logo)
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)
    typed = "Had a great day with NHP at the centre"
    tab.type(typed)
    wait_rules(tab, "logo-use", "missing-disclaimer")
    text = tab.panel_text()
    assert "creations-cc-logo.png" in text and "PA-8" in text
    assert "Checking as @jo_bloggs (personal account)" in text
    assert plain_text(tab, "caption") == typed
    share = "s => [...document.querySelectorAll(s)].find((a) => a.textContent === 'Share').ariaDisabled"
    assert tab.evaluate(share, f'{CREATE} a[role="link"]') != "true"
    assert tab.evaluate("s => document.querySelector(s).checkVisibility()", f"{CREATE} {CAPTION}")


@pytest.mark.only_in("chromium", "drops files as the desktop does (CDP Input.dispatchDragEvent): BiDi has no file drag")
def test_dropped_file_is_seen_and_an_ordinary_file_name_is_not_a_logo(ig, tmp_path):
    """Drag-and-drop on the Create dialog brings the file in (its name reaches the checker);
    the same caption with a photo that is not a logo has no `logo-use`."""
    page, site = ig
    goto(page, site, EXPLORE)
    dialog = open_create(page)
    drop_files_as_a_person(page, CREATE, [("creations-cc-logo.png", b"\x89PNG\r\n\x1a\nfakepng")], tmp_path)
    to_caption(page, dialog)
    p = panel(page)
    page.keyboard.type("Had a great day with NHP at the centre")
    expect_rules(p, "logo-use", "missing-disclaimer")

    page.goto(HOME + "explore/")
    caption_with(page, [jpeg("beach.jpg")])
    page.keyboard.type("Had a great day with NHP at the centre")
    expect_rules(panel(page), "missing-disclaimer")


def test_official_channel_from_the_profile_link(tab: Tab):
    """The acting handle comes from the page: staying_well_team is an official channel, jo_bloggs
    is a person. An opinion in the first person matters only on the official channel."""
    tab.site.handle = OFFICIAL
    tab.goto(HOME + "p/ABC123/")
    tab.click(COMMENT)
    tab.type("I think the new timetable is much better")
    wait_rules(tab, "personal-opinion")
    assert "Checking as @staying_well_team (official channel)" in tab.panel_text()

    tab.site.handle = PERSONAL
    tab.goto(HOME + "p/ABC123/")
    tab.click(COMMENT)
    tab.wait_attribute("data-status", "ready")
    tab.type("I think the new timetable is much better")
    tab.pause(0.3)  # give a wrong warning time to appear
    wait_rules(tab)
    assert "Checking as @jo_bloggs (personal account)" in tab.panel_text()


def test_when_the_page_does_not_say_who_is_posting_the_panel_assumes_and_can_switch(tab: Tab):
    tab.goto(HOME + "p/ABC123/")
    # The page stops naming the account (Instagram changes its markup): nothing says who posts.
    tab.evaluate(
        """() => { for (const img of document.querySelectorAll('[role=navigation] img[alt$="profile picture"]'))
                     img.removeAttribute('alt'); }"""
    )
    tab.click(COMMENT)
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)
    tab.type("I think the new timetable is much better")
    tab.pause(0.3)
    wait_rules(tab)
    assert "Assuming a personal account" in tab.panel_text()
    tab.click_in_panel("Switch to official channel")
    wait_rules(tab, "personal-opinion")
    assert "Assuming an official channel" in tab.panel_text()
    tab.click_in_panel("Switch to personal account")
    wait_rules(tab)
    assert "Assuming a personal account" in tab.panel_text()


def test_child_consent_clears_when_confirmed_and_returns_for_a_new_draft(tab: Tab, tmp_path: Path):
    """Confirming consent clears `child-consent`; sharing, or discarding the draft, forgets it."""
    tab.site.handle = OFFICIAL
    tab.goto(HOME.rstrip("/") + EXPLORE)
    photos = []
    for name in ("messy-play.jpg", "messy-play-2.jpg", "messy-play-3.jpg"):
        (tmp_path / name).write_bytes(jpeg(name)["buffer"])
        photos.append(tmp_path / name)
    words = "Messy play fun with the little ones this morning!"
    gone = "s => !document.querySelector(s)"
    caption_on(tab, photos[0])
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)
    tab.type(words)
    tab.wait_attribute("data-rules", "child-consent")
    assert "parent/guardian consent" in tab.panel_text()
    tab.click_in_panel(CONSENT)
    tab.wait_attribute("data-rules", "")
    assert "No policy issues found." in tab.panel_text()
    tab.click(f'{CREATE} a[role="link"]', "Share")  # a link now, as on Instagram
    tab.wait_for(gone, CREATE)
    tab.wait_for(gone, PANEL)  # the caption's panel went with it
    assert tab.evaluate("() => window.__mock.posted()")[-1] == {
        "where": "caption",
        "text": words,
        "media": ["messy-play.jpg"],
    }

    # A new draft: asked again.
    caption_on(tab, photos[1])
    tab.type(words)
    tab.wait_attribute("data-rules", "child-consent")
    tab.click_in_panel(CONSENT)
    tab.wait_attribute("data-rules", "")
    # Closed with media: "Discard post?" → Discard. The draft and its confirmation are gone.
    tab.click('[aria-label="Close"]')
    tab.click('div[role="dialog"][aria-label="Discard post?"] button', "Discard")
    tab.wait_for(gone, CREATE)
    tab.wait_for(gone, PANEL)
    caption_on(tab, photos[2])
    tab.type(words)
    tab.wait_attribute("data-rules", "child-consent")
    # The shared post is in the feed.
    tab.evaluate("() => window.__mock.navigate('/')")
    tab.wait_for("t => document.querySelector('article')?.textContent.includes(t)", words)


def photo_file(folder: Path, name: str) -> Path:
    """A photo on disk, to choose: a JPEG, or a PNG by its name."""
    (folder / name).write_bytes((png if name.endswith(".png") else jpeg)(name)["buffer"])
    return folder / name


def test_cancelling_discard_keeps_the_draft_and_its_consent(tab: Tab, tmp_path: Path):
    tab.site.handle = OFFICIAL
    tab.goto(HOME.rstrip("/") + EXPLORE)
    caption_on(tab, photo_file(tmp_path, "messy-play.jpg"))
    tab.type("Messy play with the babies")
    wait_rules(tab, "child-consent")
    tab.click_in_panel(CONSENT)
    wait_rules(tab)
    tab.click('[aria-label="Close"]')
    tab.click('div[role="dialog"][aria-label="Discard post?"] button', "Cancel")
    tab.click(CAPTION)
    tab.type(" and toddlers")
    tab.pause(0.3)
    wait_rules(tab)
    assert plain_text(tab, "caption") == "Messy play with the babies and toddlers"


def test_media_removed_back_to_select_then_new_file_is_the_only_one(tab: Tab, tmp_path: Path):
    """Discard from the crop step goes back to "Select from computer": the first file is gone,
    and only the file chosen next is on the draft."""
    tab.goto(HOME.rstrip("/") + EXPLORE)
    tab.click(f'{NAV} a[href="#"]:has(svg[aria-label="New post"])')
    tab.choose_files(f'{CREATE} input[type="file"]', [photo_file(tmp_path, "creations-cc-logo.png")])
    tab.wait_for(AT_STEP, CREATE, "Crop")
    tab.click(f'{CREATE} div[role="button"]:has(svg[aria-label="Back"])')
    tab.click('div[role="dialog"][aria-label="Discard post?"] button', "Discard")
    select = "d => [...document.querySelectorAll(d + ' button')].some((b) => b.textContent === 'Select from computer')"
    tab.wait_for(select, CREATE)
    tab.pause(0.3)
    choose_to_caption(tab, photo_file(tmp_path, "beach.jpg"))
    tab.type("Had a great day with NHP at the centre")
    wait_rules(tab, "missing-disclaimer")


def test_every_photo_of_a_carousel_counts(tab: Tab, tmp_path: Path):
    """Two photos, the second a logo: the caption step shows one photo at a time (a carousel),
    yet both are on the draft."""
    tab.goto(HOME.rstrip("/") + EXPLORE)
    caption_on(tab, photo_file(tmp_path, "beach.jpg"), photo_file(tmp_path, "creations-cc-logo.png"))
    tab.type("Had a great day with NHP at the centre")
    tab.wait_for("s => /\\bmissing-disclaimer\\b/.test(document.querySelector(s)?.dataset.rules)", PANEL)
    tab.pause(2)  # past the core's settling time for new previews
    tab.type("!")
    tab.pause(0.3)
    wait_rules(tab, "logo-use", "missing-disclaimer")


def test_a_photo_deleted_in_the_crop_gallery_leaves_the_draft(ig):
    """Two photos chosen, the logo deleted in the crop step's gallery: only the other one is left."""
    page, site = ig
    goto(page, site, EXPLORE)
    dialog = open_create(page)
    choose_files(dialog.locator('input[type="file"]'), [png("creations-cc-logo.png"), jpeg("beach.jpg")])
    dialog.locator('div[role="button"]:has(svg[aria-label="Open media gallery"])').click()
    logo = dialog.locator('.ig-gallery-item:has(img[alt="creations-cc-logo.png"])')
    logo.locator('div[role="button"][aria-label="Delete"]').click()
    expect(dialog.locator(".ig-gallery-item")).to_have_count(1)
    to_caption(page, dialog)
    page.keyboard.type("Had a great day with NHP at the centre")
    p = panel(page)
    expect(p).to_have_attribute("data-rules", re.compile(r"\bmissing-disclaimer\b"))
    page.wait_for_timeout(2000)
    page.keyboard.type("!")
    page.wait_for_timeout(300)
    expect_rules(p, "missing-disclaimer")


def test_caption_fix_goes_through_lexical_keeps_the_text_caret_and_undo(tab: Tab, tmp_path: Path):
    """A spelling fix in the middle of the caption: the words before and after are intact in
    Lexical's own state, the caret is after the new word, Ctrl+Z takes it back, Share stays on."""
    tab.site.handle = OFFICIAL
    tab.goto(HOME.rstrip("/") + EXPLORE)
    caption_on(tab, photo_file(tmp_path, "walk.jpg"))
    before, after = "Walking group 🚶 on Tuesday, we ", " lots of new faces"
    typed = before + "recieve" + after
    tab.type(typed)
    has_spelling = "s => /\\bspelling\\b/.test(document.querySelector(s)?.dataset.rules)"
    tab.wait_for(has_spelling, PANEL)
    tab.click_in_panel("Change to “receive”")
    tab.wait_for(f"s => !({has_spelling})(s)", PANEL)
    fixed = before + "receive" + after
    assert plain_text(tab, "caption") == fixed
    caret = len((before + "receive").encode("utf-16-le")) // 2  # Lexical offsets are UTF-16
    selection = tab.evaluate("() => window.__mock.getSelection('caption')")
    assert (selection["start"], selection["end"], selection["hasFocus"]) == (caret, caret, True), selection
    assert tab.evaluate("() => window.__mock.postEnabled('caption')") is True
    share = "s => [...document.querySelectorAll(s)].find((a) => a.textContent === 'Share').ariaDisabled"
    assert tab.evaluate(share, f'{CREATE} a[role="link"]') != "true"
    # Typing goes on at the caret.
    tab.type(" many")
    assert plain_text(tab, "caption") == before + "receive many" + after
    for _ in range(6):
        if plain_text(tab, "caption") == typed:
            break
        tab.press("Control+z")
    assert plain_text(tab, "caption") == typed
    tab.wait_for(has_spelling, PANEL)


def test_comment_fix_goes_through_exec_command_and_react_state_agrees(ig):
    """A comment is a reply; the disclaimer fix goes into the textarea through execCommand:
    React's state, the Post button and the textarea agree; the caret is after it; undo takes it back."""
    page, site = ig
    goto(page, site, "/")
    post = page.locator('article:has(a[href="/p/ABC123/"])')
    comment = post.locator(COMMENT)
    comment.click()
    p = panel_of(page, comment)
    expect(p).to_have_attribute("data-status", "ready", timeout=30_000)
    typed = "Proud of the work NHP does 🎉"
    page.keyboard.type(typed)
    expect_rules(p, "missing-disclaimer")
    expect(page.locator(f'{PANEL}[data-rules~="missing-disclaimer"]')).to_have_count(1)  # only this box's
    click_in_panel(page, "Add disclaimer")
    expect_rules(p)
    fixed = mock(page, "getPlainText", "comment-ABC123")
    assert fixed.startswith(typed + "\n") and fixed.endswith(DISCLAIMER_END), fixed
    expect(comment).to_have_value(fixed)
    selection = mock(page, "getSelection", "comment-ABC123")
    end = len(fixed.encode("utf-16-le")) // 2
    assert (selection["start"], selection["end"], selection["hasFocus"]) == (end, end, True), selection
    assert mock(page, "postEnabled", "comment-ABC123") is True
    expect(div_button(post, "Post")).not_to_have_attribute("aria-disabled", "true")
    page.keyboard.press("Control+Z")
    expect(comment).to_have_value(typed)
    assert mock(page, "getPlainText", "comment-ABC123") == typed
    expect_rules(p, "missing-disclaimer")
    page.keyboard.press("Control+Shift+Z")
    expect(comment).to_have_value(fixed)
    assert mock(page, "getPlainText", "comment-ABC123") == fixed
    expect_rules(p)
    # Enter posts it: what was posted is the fixed text.
    page.keyboard.press("Enter")
    expect(comment).to_have_value("")
    assert mock(page, "posted")[-1] == {"where": "comment-ABC123", "text": fixed, "media": []}
    expect(post).to_contain_text("The views expressed here are my own")
    expect_rules(p)
    expect(div_button(post, "Post")).to_have_attribute("aria-disabled", "true")


def test_official_reply_to_a_complaint_but_not_the_same_words_as_a_post(tab: Tab, tmp_path: Path):
    """Surfaces: a comment is a reply (`complaint-response`); the same words as a caption are not."""
    tab.site.handle = OFFICIAL
    tab.goto(HOME + "p/ABC123/")
    words = "We're so sorry to hear about your experience. Please DM us so we can put it right."
    tab.click(COMMENT)
    tab.type(words)
    wait_rules(tab, "complaint-response")
    assert "OC-17" in tab.panel_text()

    tab.goto(HOME + "explore/")
    caption_on(tab, photo_file(tmp_path, "centre.jpg"))
    tab.type(words)
    tab.wait_attribute("data-status", "ready")
    tab.pause(0.3)
    assert plain_text(tab, "caption") == words
    assert "complaint-response" not in tab.attribute("data-rules")


def test_add_me_on_whatsapp_in_a_comment_and_a_direct_message(tab: Tab):
    """From a personal account, inviting a parent to WhatsApp is `private-contact`, in a comment
    and in a direct message; the message is underlined in place and Enter still sends it."""
    tab.goto(HOME + "p/DEF456/")
    tab.click(COMMENT)
    tab.type("Lovely to meet your little one today, add me on WhatsApp")
    wait_rules(tab, "private-contact")

    tab.goto(HOME + "direct/t/123/")
    tab.click(MESSAGE)
    tab.wait_attribute("data-status", "ready")
    tab.type("Hi, it was lovely to meet you and your son at group")
    tab.press("Shift+Enter")
    tab.type("add me on WhatsApp 📱")
    wait_rules(tab, "private-contact")
    tab.wait_for(DRAWN, "policy-guard-warning", ["add me on WhatsApp"])
    message = "Hi, it was lovely to meet you and your son at group\nadd me on WhatsApp 📱"
    assert plain_text(tab, "message") == message
    send = "() => [...document.querySelectorAll('div[role=button]')].find((b) => b.textContent === 'Send').ariaDisabled"
    assert tab.evaluate(send) != "true"
    tab.press("Enter")
    assert tab.evaluate("() => window.__mock.posted()")[-1] == {"where": "message", "text": message, "media": []}
    assert "add me on WhatsApp" in texts(tab, '[role="grid"] [role="row"]')[-1]
    wait_rules(tab)
    tab.wait_for(DRAWN, "policy-guard-warning", [])


def test_photo_attached_to_a_direct_message_is_the_drafts_until_sent(tab: Tab, tmp_path: Path):
    tab.site.handle = OFFICIAL
    tab.goto(HOME + "direct/t/123/")
    tab.click(MESSAGE)
    tab.type("Photos from messy play with the little ones")
    tab.wait_attribute("data-status", "ready")
    tab.pause(0.3)
    wait_rules(tab)
    tab.choose_files('.ig-thread-composer input[type="file"]', [photo_file(tmp_path, "messy-play.jpg")])
    wait_rules(tab, "child-consent")
    tab.click_in_panel(CONSENT)
    wait_rules(tab)
    tab.click(MESSAGE)
    tab.press("Enter")
    assert tab.evaluate("() => window.__mock.posted()")[-1]["media"] == ["messy-play.jpg"]
    wait_count(tab, '[role="grid"] img[src^="blob:"]', 1)
    wait_rules(tab)
    # Sent: the photo now in the conversation is not on the new draft, nor is the consent.
    tab.click(MESSAGE)
    tab.type("More messy play with the little ones")
    tab.pause(0.3)
    wait_rules(tab)
    tab.choose_files('.ig-thread-composer input[type="file"]', [photo_file(tmp_path, "messy-play-2.jpg")])
    wait_rules(tab, "child-consent")


def test_flagged_words_are_underlined_after_an_emoji_and_a_line_break(tab: Tab, tmp_path: Path):
    tab.site.handle = OFFICIAL
    tab.goto(HOME.rstrip("/") + EXPLORE)
    caption_on(tab, photo_file(tmp_path, "hello.jpg"))
    tab.type("👋🏽 Hi all!")
    tab.press("Enter")  # the caption takes line breaks (a <br> inside Lexical's <p>)
    tab.type("Vote Labour on Thursday")
    tab.wait_for("s => /\\bpolitical\\b/.test(document.querySelector(s)?.dataset.rules)", PANEL)
    tab.wait_for(DRAWN, "policy-guard-error", ["Vote Labour"])
    assert plain_text(tab, "caption") == "👋🏽 Hi all!\nVote Labour on Thursday"
    # An edit before the flagged words: the underline follows them.
    type_at_the_start(tab, "Control+Home", "🌍🌍 ", "caption")
    tab.wait_for(DRAWN, "policy-guard-error", ["Vote Labour"])
    tab.press("Control+End")
    tab.press("Enter")
    tab.type("We recieve lots of visitors")
    tab.wait_for(DRAWN, "policy-guard-info", ["recieve"])
    tab.wait_for(DRAWN, "policy-guard-error", ["Vote Labour"])
    # The editor's DOM holds no trace of the extension.
    assert no_trace_in(tab, CAPTION)


def test_remounted_composers_are_picked_up_again_with_one_panel(ig):
    page, site = ig
    goto(page, site, handle=OFFICIAL)
    caption_with(page, [jpeg("hello.jpg")])
    page.keyboard.type("Vote Labour on Thursday")
    expect(page.locator(PANEL).last).to_have_attribute("data-rules", re.compile(r"\bpolitical\b"))
    expect(page.locator(PANEL)).to_have_count(4)  # three comment boxes in the feed, and the caption
    old = page.locator(CAPTION).element_handle()
    mock(page, "remount", "caption")
    page.wait_for_function("old => !old.isConnected", arg=old)
    expect(page.locator(PANEL)).to_have_count(4)
    expect(page.locator(f'{PANEL}[data-rules~="political"]')).to_have_count(1)
    wait_drawn(page, "error", ["Vote Labour"])
    assert mock(page, "getPlainText", "caption") == "Vote Labour on Thursday"
    page.locator(CAPTION).click()
    page.keyboard.press("Control+End")
    page.keyboard.type(". I think so")
    expect(page.locator(f'{PANEL}[data-rules~="personal-opinion"]')).to_have_count(1)
    expect(page.locator(PANEL)).to_have_count(4)

    # The comment textarea, remounted by React (a new element with a new key), too.
    page.goto(HOME + "p/ABC123/")
    page.locator(COMMENT).click()
    p = panel(page)
    expect(p).to_have_attribute("data-status", "ready")
    old = page.locator(COMMENT).element_handle()
    mock(page, "remount", "comment-ABC123")
    page.wait_for_function("old => !old.isConnected", arg=old)
    page.locator(COMMENT).click()
    page.keyboard.type("I think so")
    expect_rules(panel(page), "personal-opinion")


def test_spa_navigation_moves_panels_and_banners_with_the_page(ig):
    """Client-side navigation: panels for composers that went are removed, new ones appear,
    banners come and go with the page; nothing reaches the network."""
    page, site = ig
    goto(page, site)
    expect(page.locator(PANEL)).to_have_count(3)  # a comment box under each post in the feed
    expect(page.locator(BANNER)).to_have_count(0)

    page.locator(f'{NAV} a[href="/direct/inbox/"]').click()
    expect(page.locator(PANEL)).to_have_count(0)
    page.locator('a[href="/direct/t/123/"]').click()
    expect(page).to_have_url(HOME + "direct/t/123/")
    p = panel(page)
    page.locator(MESSAGE).click()
    page.keyboard.type("add me on WhatsApp")
    expect(p).to_have_attribute("data-status", "ready")

    page.locator(f'{NAV} a[href="/accounts/activity/"]').click()
    expect(page.locator(PANEL)).to_have_count(0)
    expect(page.locator(BANNER)).to_have_count(0)  # notifications: not a request view
    page.locator('a[href="/accounts/activity/?followRequests=1"]').click()
    expect(page.locator('h1:text-is("Follow requests")')).to_be_visible()
    expect(page.locator(f'{BANNER}[data-rules="friend-request"]')).to_have_count(1)
    assert "Friend and follow requests from people you know through work" in panel_text(page)

    mock(page, "navigate", "/jane.doe/")  # an ordinary profile with a Follow button
    expect(page.get_by_role("button", name="Follow", exact=True)).to_be_visible()
    expect(page.locator(BANNER)).to_have_count(0)
    page.go_back()
    expect(page.locator(f'{BANNER}[data-rules="friend-request"]')).to_have_count(1)

    mock(page, "navigate", "/accounts/emailsignup/")
    expect(page.locator(f'{BANNER}[data-rules="unofficial-channel"]')).to_have_count(1)
    expect(page.locator(f'{BANNER}[data-rules="friend-request"]')).to_have_count(0)
    expect(page.locator(PANEL)).to_have_count(0)  # the sign-up form's fields are not composers

    mock(page, "navigate", "/")
    expect(page.locator(PANEL)).to_have_count(3)
    expect(page.locator(BANNER)).to_have_count(0)
    assert site.requests == []


def test_banners_say_the_clause_in_plain_words_and_can_be_dismissed(tab: Tab):
    tab.goto(HOME + "accounts/emailsignup/")
    wait_count(tab, f'{BANNER}[data-rules="unofficial-channel"]', 1, within_s=BOOT_S)
    text = tab.panel_text()
    assert "Please don't set up pages, groups or accounts for NHP" in text
    assert "Only the marketing team sets up North Halifax Partnership's social media channels." in text
    assert "OC-15" in text
    tab.click_in_panel("Dismiss")
    wait_count(tab, BANNER, 0)
    # Dismissed for this tab: it does not come back when the page comes round again.
    tab.evaluate("() => window.__mock.navigate('/')")
    tab.evaluate("() => window.__mock.navigate('/accounts/emailsignup/')")
    tab.wait_for("() => document.querySelector('input[aria-label=\"Username\"]')?.checkVisibility()")
    tab.pause(0.5)
    assert tab.count(BANNER) == 0

    tab.goto(HOME + "accounts/activity/?followRequests=1")
    wait_count(tab, f'{BANNER}[data-rules="friend-request"]', 1)
    text = tab.panel_text()
    assert "please don't accept or send a friend or follow request" in text and "PA-12" in text
    tab.click_in_panel("Dismiss")
    wait_count(tab, BANNER, 0)


def test_a_turned_off_page_rule_shows_no_banner(tab: Tab):
    tab.goto(HOME + "accounts/activity/?followRequests=1")
    wait_count(tab, f'{BANNER}[data-rules="friend-request"]', 1, within_s=BOOT_S)
    set_settings(tab, {"disabled_rules": ["friend-request"]})
    wait_count(tab, BANNER, 0)
    set_settings(tab, {"disabled_rules": []})
    wait_count(tab, f'{BANNER}[data-rules="friend-request"]', 1)


def test_the_panel_is_on_screen_beside_composers_at_the_bottom_of_the_window(tab: Tab):
    """The message box sits at the bottom of the window, and so does a post's comment box: the
    panel must still be where the person can read it and click its buttons. (It failed while the core
    put the panel under a composer that had no room on its right, below the window.)"""
    tab.set_viewport(1280, 720)
    for path, editor in (("direct/t/123/", MESSAGE), ("p/ABC123/", COMMENT)):
        tab.goto(HOME + path)
        tab.click(editor)
        tab.type("Lovely to meet your little one today, add me on WhatsApp")
        wait_rules(tab, "private-contact")
        at = box(tab, PANEL)
        assert at["y"] >= 0 and at["y"] + at["height"] <= 720, f"{path}: the panel is drawn at {at}"


def test_when_the_caption_box_cannot_be_found_the_toolbar_says_not_checking_here(tab: Tab, tmp_path: Path):
    """The caption step is showing but its box is not where the adapter looks (Instagram changed
    its markup): no panel, and the toolbar button says Policy Guard is not checking here."""
    tab.goto(HOME.rstrip("/") + EXPLORE)
    caption_on(tab, photo_file(tmp_path, "beach.jpg"))
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)
    # Its words can change freely (found by structure); its role gone, it is not found.
    tab.evaluate(f"() => document.querySelector('{CAPTION}').setAttribute('aria-label', 'Say something...')")
    tab.pause(0.3)
    assert tab.count(PANEL) == 1
    tab.evaluate("() => document.querySelector('[aria-label=\"Say something...\"]').removeAttribute('role')")
    wait_count(tab, PANEL, 0)
    # The adapter allows the page 4 s to show its composer.
    states = "async () => Object.values(await chrome.storage.session.get(null)).map((s) => s.state)"
    wait_until(lambda: "not-found" in tab.in_extension(states), True, within_s=15)
    assert "!" in [badge for badge, _ in toolbar(tab)]


def test_no_network_requests_were_made(tab: Tab):
    assert tab.site.requests == []
