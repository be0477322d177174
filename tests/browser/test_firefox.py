"""The same extension in real Firefox (Debian's firefox-esr), built as dist/firefox/ and installed as a
temporary add-on, driven over WebDriver BiDi (tests/browser/bidi.py) on the same mock sites, served
under their real addresses: the checker boots in the event page's worker, the panel is drawn in its
frame over the cross-browser channel, a fix goes in through the editor's own input path, the popup
checks a draft, and the organisation's settings arrive from a managed-storage file."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from pychecker import check
from tests.browser.bidi import GECKO_ID, Firefox, Tab

X_EDITOR = '[data-testid="tweetTextarea_0"]'
BOOT_S = 60.0  # Pyodide's first boot in a fresh profile, on a busy machine
DISCLAIMER = "The views expressed here are my own"


@pytest.fixture
def tab(firefox: Firefox) -> Iterator[Tab]:
    page = firefox.new_tab()
    yield page
    page.close()


def test_the_firefox_build_is_the_chrome_build_but_for_where_the_checker_runs(extension_dir, firefox_extension):
    manifest = json.loads((firefox_extension / "manifest.json").read_text())
    assert manifest["background"] == {"scripts": ["background/event-page.js"], "type": "module"}
    gecko = manifest["browser_specific_settings"]["gecko"]
    assert gecko["id"] == GECKO_ID and gecko["data_collection_permissions"] == {"required": ["none"]}
    assert manifest["permissions"] == ["storage"]  # no offscreen document: the event page hosts the checker
    assert not (firefox_extension / "offscreen").exists()
    chrome = json.loads((extension_dir / "manifest.json").read_text())
    assert manifest["content_scripts"] == chrome["content_scripts"]
    assert manifest["content_security_policy"] == chrome["content_security_policy"]
    # The same checker, byte for byte: Pyodide, the wheel with its bytecode, the build record.
    for file in sorted((extension_dir / "pyodide").iterdir()):
        assert (firefox_extension / "pyodide" / file.name).read_bytes() == file.read_bytes(), file.name
    assert sorted(p.name for p in (firefox_extension / "pyodide").iterdir()) == sorted(
        p.name for p in (extension_dir / "pyodide").iterdir()
    )


def open_x_composer(tab: Tab, handle: str) -> None:
    tab.firefox.site.handle = handle
    tab.goto("https://x.com/home")
    tab.click(X_EDITOR)
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)


def test_a_personal_post_warns_and_its_fix_goes_in_through_the_editor(tab: Tab):
    open_x_composer(tab, "jo_bloggs")
    assert tab.attribute("data-rules") == ""
    typed = "Proud to work at NHP"
    tab.type(typed)
    tab.wait_attribute("data-rules", "missing-disclaimer")
    said = tab.panel_text()
    assert "Checking as @jo_bloggs (personal account)" in said and "PA-1" in said

    tab.click_in_panel("Add disclaimer")
    tab.wait_attribute("data-rules", "")
    # Draft.js's own state holds the fix (the site would post it), after exactly what was typed, in a
    # paragraph of its own; the caret is after it, so the person types on where they were.
    fixed = tab.plain_text()
    assert fixed.startswith(typed + "\n\n" + DISCLAIMER)
    assert "No policy issues found." in tab.panel_text()
    tab.type(" Thanks!")
    tab.wait_for("want => window.__mock.getPlainText() === want", fixed + " Thanks!")
    # The editor's own undo takes back the typing, then the fix; the warning returns.
    for _ in range(10):
        tab.press("Control+z")
        if tab.plain_text() == typed:
            break
    assert tab.plain_text() == typed
    tab.wait_attribute("data-rules", "missing-disclaimer")


def test_an_official_party_political_post_is_an_error(tab: Tab):
    open_x_composer(tab, "NhxPartnership")
    tab.type("Vote Labour on Thursday!")
    tab.wait_attribute("data-rules", "political")
    said = tab.panel_text()
    assert "Checking as @NhxPartnership (official channel)" in said
    assert "error" in said.lower() and "OC-16" in said
    assert tab.plain_text() == "Vote Labour on Thursday!"


def test_a_clause_link_opens_the_popup_which_checks_a_draft_as_the_checker_does(tab: Tab):
    open_x_composer(tab, "jo_bloggs")
    tab.type("Proud to work at NHP")
    tab.wait_attribute("data-rules", "missing-disclaimer")
    tab.click_in_panel("PA-1")
    popup = tab.firefox.extension_tab("popup/popup.html")
    popup.wait_for("() => document.body?.dataset.ready === 'true'", timeout=BOOT_S)
    assert (
        popup.evaluate("() => document.querySelector('#checker-status').textContent") == "The policy checker is ready."
    )
    assert popup.evaluate("() => location.hash") == "#PA-1"

    # The look-up: a person's question, the right clause first.
    popup.click("#question")
    popup.type("can I accept a friend request from a parent?")
    popup.press("Enter")
    popup.wait_for("() => /Top: PA-12, /.test(document.querySelector('#lookup-status').textContent)")
    first = popup.evaluate(
        "() => document.querySelector('#results li h3, #results li [role=heading], #results li')?.textContent"
    )
    assert "PA-12" in first  # type: ignore[operator]

    text = "Proud to work at @NhxPartnership! Vote Labour on Thursday 🎉"
    expected = [f.rule for f in check(text, {"platform": "twitter", "account": "personal"})]
    assert expected
    popup.click("#tab-check")
    popup.evaluate(
        """() => { for (const [id, label] of [['platform', 'X'], ['account', 'Personal account']]) {
             const select = document.getElementById(id);
             const option = [...select.options].find((o) => o.textContent.startsWith(label)) ?? select.options[0];
             select.value = option.value; select.dispatchEvent(new Event('change', {bubbles: true})); } }"""
    )
    popup.click("#draft")
    popup.type(text)
    popup.click('#check-form button[type="submit"]')
    popup.wait_for("() => /^(Found|No policy issues found)/.test(document.querySelector('#check-status').textContent)")
    shown = popup.evaluate("() => [...document.querySelectorAll('#findings > li')].map((li) => li.dataset.rule)")
    assert sorted(shown) == sorted(expected)  # type: ignore[arg-type]
    popup.close()


# The drafts the Chromium popup test checks (tests/browser/test_popup.py), in X's composer here: both
# browsers' panels must show what the checker finds in CPython, so they show the same as each other.
SAME_DRAFTS = [
    ("jo_bloggs", "personal", "Proud to work at @NhxPartnership! Vote Labour on Thursday 🎉"),
    ("jo_bloggs", "personal", "Ring me on 07700 900123 about the Kevin Pearce Children's Centre stay and play"),
    ("NhxPartnership", "official", "I think this is the best sesion we have ever run, vote Labour"),
    ("NhxPartnership", "official", "Stay and play at Kevin Pearce Children's Centre on Monday, sign up now!"),
]


def test_nothing_is_lost_in_a_long_typed_draft(tab: Tab):
    draft = "Morning all from the team at Kevin Pearce Children's Centre! 🧸\n" + "\n".join(
        f"{i}. Stay and play is back on Tuesdays, 10am till noon — bring a snack; we'll bring the paint."
        for i in range(8)
    )
    open_x_composer(tab, "jo_bloggs")
    tab.type(draft + " 🎉 See you there!")
    tab.wait_attribute("data-rules", "missing-disclaimer")
    # Draft.js's own state holds exactly what was typed, with the extension watching every keystroke.
    assert tab.plain_text() == draft + " 🎉 See you there!"


def test_the_composer_panel_finds_what_the_checker_finds(tab: Tab):
    for handle, account, text in SAME_DRAFTS:
        expected = check(text, {"platform": "twitter", "account": account, "channel": handle})
        rules = " ".join(dict.fromkeys(f.rule for f in expected))
        assert rules
        open_x_composer(tab, handle)
        tab.type(text)
        tab.wait_attribute("data-rules", rules)
        assert tab.plain_text() == text


FB_EDITOR = '[role="dialog"][aria-label="Create post"] div[role="textbox"][data-lexical-editor="true"]'


def test_a_facebook_post_warns_and_its_fix_goes_in_through_lexical(tab: Tab):
    tab.firefox.site.handle, tab.firefox.site.name = "jo_bloggs", "Jo Bloggs"
    tab.goto("https://www.facebook.com/")
    tab.click(".composer-card .composer-trigger")  # "What's on your mind, Jo Bloggs?"
    tab.wait_for("s => document.activeElement === document.querySelector(s)", FB_EDITOR)
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)
    typed = "Lovely stay and play at Kevin Pearce Children's Centre today"
    tab.type(typed)
    tab.wait_attribute("data-rules", "missing-disclaimer")
    assert "Checking as @jo_bloggs (personal account)" in tab.panel_text()
    tab.click_in_panel("Add disclaimer")
    tab.wait_attribute("data-rules", "")
    fixed = tab.evaluate("() => window.__mock.getPlainText('composer')")
    assert fixed.startswith(typed) and DISCLAIMER in fixed  # type: ignore[union-attr]
    assert tab.evaluate("() => window.__mock.postEnabled('composer')")  # Lexical knows the text
    for _ in range(10):  # Lexical's own undo takes the fix back
        tab.press("Control+z")
        if tab.evaluate("() => window.__mock.getPlainText('composer')") == typed:
            break
    assert tab.evaluate("() => window.__mock.getPlainText('composer')") == typed
    tab.wait_attribute("data-rules", "missing-disclaimer")


IG_CREATE = 'div[role="dialog"][aria-label="Create new post"]'
IG_CAPTION = f'{IG_CREATE} div[aria-label="Write a caption..."][contenteditable="true"][role="textbox"]'
CONSENT = "I have parent/guardian consent for everyone identifiable"


def test_an_instagram_photo_asks_for_consent_and_the_button_clears_it(tab: Tab, tmp_path):
    tab.firefox.site.handle = "staying_well_team"  # an official Instagram channel
    tab.goto("https://www.instagram.com/explore/")
    tab.click('div[role="navigation"][aria-label="Primary"] a[href="#"]:has(svg[aria-label="New post"])')
    photo = tmp_path / "messy-play.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0fakejpeg")
    tab.choose_files(f'{IG_CREATE} input[type="file"]', [photo])
    for step in ("Crop", "Edit"):  # Next, Next: to the caption
        tab.wait_for(
            "(d, h) => [...document.querySelectorAll(d + ' h1')].some((e) => e.textContent === h)", IG_CREATE, step
        )
        next_button = tab.evaluate(
            "d => [...document.querySelectorAll(d + ' div[role=\"button\"]')].find((b) => b.textContent === 'Next')",
            IG_CREATE,
        )
        tab.click_element(next_button)  # type: ignore[arg-type]
    tab.click(IG_CAPTION)
    tab.wait_attribute("data-status", "ready", timeout=BOOT_S)
    tab.type("Messy play fun with the little ones this morning!")
    tab.wait_attribute("data-rules", "child-consent")
    assert "parent/guardian consent" in tab.panel_text()
    tab.click_in_panel(CONSENT)
    tab.wait_attribute("data-rules", "")
    assert "No policy issues found." in tab.panel_text()


def test_the_friend_request_banner_shows_on_someone_elses_profile_and_is_dismissed(tab: Tab):
    tab.goto("https://www.facebook.com/jane.doe")
    banner = "policy-guard-banner[data-rules='friend-request']"
    tab.wait_for("s => document.querySelector(s)", banner, timeout=BOOT_S)
    said = tab.panel_text()
    assert "Friend and follow requests from people you know through work" in said and "PA-12" in said
    tab.click_in_panel("Dismiss")
    tab.wait_for("s => !document.querySelector(s)", banner)
    time.sleep(1.2)  # the page is scanned again every second: it stays dismissed
    assert tab.evaluate("s => document.querySelector(s)", banner) is None


def test_after_the_checker_slept_the_first_check_boots_it_and_the_panel_says_so(
    firefox_extension, mock_bundles, tmp_path
):
    # Firefox unloads an idle event page after 30 s; here after 10 s (longer than a boot on a busy
    # machine: an event page is unloaded mid-boot too), with no composer in use (the content script
    # keeps it awake while one is).
    prefs = {"extensions.background.idle.timeout": 10_000}
    browser = Firefox(firefox_extension, mock_bundles, tmp_path / "profile", prefs=prefs)
    try:
        tab = browser.new_tab("https://x.com/home")
        tab.wait_attribute("data-status", "ready", timeout=BOOT_S)
        first = tab.checker_state()
        assert first["snapshot"] == "full"  # a fresh profile: booted in full, then made a snapshot
        for _ in range(int(BOOT_S * 4)):
            if tab.checker_state()["snapshotMade"]:
                break
            time.sleep(0.25)
        assert "kept" in tab.checker_state()["snapshotMade"]
        booted = first["startedAt"]
        time.sleep(14)
        tab.evaluate(
            """() => { const panel = document.querySelector('policy-guard-panel'); window.__statuses = [];
               new MutationObserver(() => __statuses.push(panel.dataset.status))
                 .observe(panel, {attributes: true, attributeFilter: ['data-status']}); }"""
        )
        tab.click(X_EDITOR)
        tab.type("Proud to work at NHP")
        tab.wait_attribute("data-rules", "missing-disclaimer", timeout=BOOT_S)
        assert "loading" in tab.evaluate("() => window.__statuses"), tab.evaluate(
            "() => window.__statuses"
        )  # "Starting the policy checker…" meanwhile
        woken = tab.checker_state()
        assert woken["startedAt"] != booted  # a fresh boot: the event page had been unloaded
        assert woken["snapshot"] == "restored"  # from the snapshot the first boot left
        assert tab.plain_text() == "Proud to work at NHP"
    finally:
        browser.close()


def test_the_extension_made_no_request(firefox: Firefox):
    assert firefox.site.requests == []


MANAGED = {"official_channels": [{"platform": "twitter", "handle": "jo_bloggs"}], "error_mode": "confirm"}
# Where Debian's Firefox reads machine policy (its SysConfD): the tests write it only while a browser starts.
POLICIES = Path("/etc/firefox/policies/policies.json")


@contextmanager
def firefox_policy(values: dict) -> Iterator[None]:
    """policies.json with the extension's settings under 3rdparty.Extensions.<id>, as an administrator
    writes it, for as long as the block runs (a browser reads it as it starts). Needs root, as the
    Chromium managed tests do; the file is always removed, and one already there is never touched."""
    if POLICIES.exists():
        pytest.fail(f"{POLICIES} exists already (another run, or this machine's own policy): not overwriting it")
    created = [d for d in (POLICIES.parent.parent, POLICIES.parent) if not d.exists()]
    try:
        POLICIES.parent.mkdir(parents=True, exist_ok=True)
    except PermissionError:
        pytest.fail(f"this test writes Firefox machine policy to {POLICIES} and needs to run as root")
    POLICIES.write_text(json.dumps({"policies": {"3rdparty": {"Extensions": {GECKO_ID: values}}}}))
    try:
        yield
    finally:
        POLICIES.unlink(missing_ok=True)
        for directory in reversed(created):
            if not any(directory.iterdir()):
                directory.rmdir()


def managed_storage_file(home: Path, values: dict) -> None:
    """~/.mozilla/managed-storage/<id>.json, the other way Firefox takes an extension's managed settings."""
    storage = home / ".mozilla" / "managed-storage"
    storage.mkdir(parents=True)
    manifest = {"name": GECKO_ID, "description": "NHP's settings", "type": "storage", "data": values}
    (storage / f"{GECKO_ID}.json").write_text(json.dumps(manifest))


@pytest.mark.parametrize("way", ["policies.json", "managed-storage file"])
def test_the_organisations_settings_reach_the_panel(way, firefox_extension, mock_bundles, tmp_path):
    home = tmp_path / "home"  # this browser's own HOME: no managed-storage file but the one written here
    home.mkdir()
    if way == "policies.json":
        with firefox_policy(MANAGED):
            browser = Firefox(firefox_extension, mock_bundles, tmp_path / "profile", home=home)
    else:
        managed_storage_file(home, MANAGED)
        browser = Firefox(firefox_extension, mock_bundles, tmp_path / "profile", home=home)
    try:
        tab = browser.new_tab()
        open_x_composer(tab, "jo_bloggs")  # an official channel only by the organisation's settings
        tab.type("Vote Labour on Thursday!")
        tab.wait_attribute("data-rules", "political")
        assert "Checking as @jo_bloggs (official channel)" in tab.panel_text()
        assert browser.site.requests == []
    finally:
        browser.close()
