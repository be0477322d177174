"""The toolbar popup, opened as a page of the real extension: policy lookup, the draft check
(compared with the X composer panel), the status lines, and switches that survive a restart."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from pychecker import bridge, check
from pychecker.findings import SEVERITIES
from tests.browser import driver
from tests.browser.conftest import PANEL, launch, open_x_composer
from tests.browser.driver import Tab
from tests.browser.extension_pages import (
    BOOT_MS,
    check_draft,
    open_popup,
    popup_rules,
    reported_tab,
)

# Typical questions and the clause a person needs first (the same as the checker's own lookup tests).
QUESTIONS = [
    ("can I accept a friend request from a parent?", "PA-12", "Friend requests from people you know through work"),
    ("a journalist rang me about my post", "PA-6", "Media enquiries go to the marketing team"),
    ("can I post photos of children at the centre?", "OC-9", "Parent or guardian consent for images of children"),
    ("can I use a picture I found on google?", "copyright", "Copyright law"),
    ("I think a child is being harmed", "protection", "Protection and intervention"),
]


def _turn_off(popup: Page) -> None:
    popup.get_by_role("tab", name="Switches").click()
    popup.get_by_label("Check my posts on X").uncheck()
    popup.get_by_label("political", exact=True).uncheck()


def _assert_off(popup: Page) -> None:
    expect(popup.get_by_text("Turned off: checking on X is paused.")).to_be_visible()
    expect(popup.get_by_text(re.compile(r"^Turned off: the rule political \("))).to_be_visible()
    popup.get_by_role("tab", name="Switches").click()
    expect(popup.get_by_label("Check my posts on X")).not_to_be_checked()
    expect(popup.get_by_label("political", exact=True)).not_to_be_checked()
    expect(popup.get_by_label("missing-disclaimer", exact=True)).to_be_checked()


def test_switches_persist_across_a_browser_restart(extension_dir, mock_bundles, tmp_path):
    # First in this file: it launches its own browser twice, which it cannot do while the
    # module's shared `browser` (another Playwright) is running.
    profile = tmp_path / "profile"
    with launch(extension_dir, mock_bundles, profile) as (context, _):
        popup = open_popup(context)
        _turn_off(popup)
        _assert_off(popup)
    with launch(extension_dir, mock_bundles, profile) as (context, site):
        popup = open_popup(context)
        _assert_off(popup)
        # The draft check leaves out the rule that is off, and says so.
        check_draft(popup, "Proud of @NhxPartnership, vote Labour!", platform="X", account=PERSONAL)
        assert popup_rules(popup) == ["missing-disclaimer"]
        expect(popup.locator("#check-status")).to_contain_text("1 more from rules you turned off.")
        # The X composer is not watched while X is paused.
        site.handle = "jo_bloggs"
        x = context.new_page()
        open_x_composer(x, ready=False)
        x.keyboard.type("Proud of @NhxPartnership")
        expect(x.locator(PANEL)).to_have_count(0)
        # Turning them back on from the notices.
        popup.get_by_role("button", name="Turn back on: checking on X").click()
        popup.get_by_role("button", name="Turn back on: the rule political").click()
        expect(popup.get_by_text(re.compile("^Turned off"))).to_have_count(0)
        expect(x.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer", timeout=BOOT_MS)


@pytest.fixture
def popup(browser) -> Page:
    context, _ = browser
    page = open_popup(context)
    yield page
    assert page.script_errors == []
    page.close()


@pytest.fixture
def any_popup(tab: Tab) -> Iterator[Tab]:
    """The toolbar popup, in a tab of its own, in either browser."""
    popup = tab.open_popup()
    yield popup
    popup.close()


@pytest.mark.parametrize(("question", "clause", "heading"), QUESTIONS)
def test_lookup_answers_a_typical_question_with_the_right_clause_first(any_popup: Tab, question, clause, heading):
    popup = any_popup
    popup.click("#question")
    popup.type(question)
    popup.press("Enter")
    # What a screen reader announces.
    popup.wait_for(
        "t => document.querySelector('#lookup-status').textContent.includes(t)", f"Top: {clause}, {heading}."
    )
    first = """() => { const li = document.querySelector('#results > li');
                 return {heading: li.querySelector('h1, h2, h3, h4, [role=heading]').textContent,
                         text: li.querySelector('p').textContent,
                         marks: [...li.querySelectorAll('mark')].map((m) => m.textContent)}; }"""
    shown = popup.evaluate(first)
    assert shown["heading"].replace("\n", " ").split() == f"{clause} {heading}".split()
    # The clause's own words, with the words the lookup matched marked (marks count code points, as in Python).
    (top,) = json.loads(bridge.lookup_json(question, limit=1))["results"]
    assert shown["text"] == top["text"]
    assert shown["marks"] == [top["text"][start:end] for start, end in top["marks"]]
    assert top["marks"], "the top clause should share words with the question"


def test_lookup_and_browsing_work_with_the_keyboard_alone(popup):
    popup.locator("body").focus()
    for _ in range(8):  # Tab from the top of the popup to the search box: the tab list, then the search
        popup.keyboard.press("Tab")
        if popup.evaluate("document.activeElement.id") == "question":
            break
    expect(popup.get_by_label("Ask a question about the policy")).to_be_focused()
    popup.keyboard.type("can I use the logo on my blog?")
    popup.keyboard.press("Enter")
    show = popup.get_by_role("button", name="Show in the policy: PA-8")
    expect(show).to_be_visible()
    show.focus()
    popup.keyboard.press("Enter")
    clause = popup.get_by_role("article", name="PA-8 No use of logos or trademarks without approval")
    expect(clause).to_be_focused()
    expect(clause).to_be_in_viewport()
    expect(clause).to_have_class(re.compile(r"\bhighlight\b"))
    # Arrow keys move between the tabs; the selected tab shows its panel.
    popup.get_by_role("tab", name="Policy").focus()
    popup.keyboard.press("ArrowRight")
    expect(popup.get_by_role("tab", name="Check a draft")).to_be_focused()
    expect(popup.get_by_role("tab", name="Check a draft")).to_have_attribute("aria-selected", "true")
    expect(popup.get_by_label("Your draft post")).to_be_visible()


def test_the_index_browses_the_whole_policy_by_section(popup):
    index = popup.get_by_role("navigation", name="Browse the policy")
    sections = index.locator("summary")
    expect(sections).to_have_text(
        [
            re.compile(r"^About this policy \(5\)"),
            re.compile(r"^Using North Halifax Partnership's social media channels \(18\)"),
            re.compile(r"^Use of personal social media accounts \(12\)"),
            re.compile(r"^Further guidelines \(10\)"),
        ]
    )
    sections.nth(2).click()
    expect(index.get_by_role("article", name=re.compile(r"^PA-7 Political neutrality"))).to_be_visible()
    expect(index.get_by_role("article")).to_have_count(12)  # only the open section's clauses are shown


def test_a_panel_link_opens_the_popup_on_its_clause(tab: Tab):
    """A clause link in the composer's panel opens the popup at that clause; its look-up and its draft
    check work there as in the toolbar's popup, and find what the checker finds."""
    driver.open_x_composer(tab, "jo_bloggs")
    tab.type("Proud to work at NHP")
    tab.wait_attribute("data-rules", "missing-disclaimer")
    tab.click_in_panel("PA-1")
    popup = tab.extension_tab("popup/popup.html")
    popup.wait_for("() => document.body?.dataset.ready === 'true'", timeout=driver.BOOT_S)
    assert popup.evaluate("() => document.querySelector('#checker-status').textContent") == (
        "The policy checker is ready."
    )
    assert re.search(r"/popup/popup\.html\?tab=policy&for=\d+#PA-1$", popup.evaluate("() => location.href"))
    # The clause has the focus, on screen, marked, with its own words; the Policy tab is the one shown.
    clause = "() => document.activeElement?.closest('article')?.id === 'clause-PA-1'"
    popup.wait_for(clause, timeout=driver.BOOT_S / 2)
    assert popup.evaluate(
        """() => { const a = document.getElementById('clause-PA-1'); const r = a.getBoundingClientRect();
             return a.classList.contains('highlight') && r.top < innerHeight && r.bottom > 0
               && a.textContent.includes('Say the views are your own (disclaimer)')
               && a.textContent.includes('you must use a disclaimer'); }"""
    )
    assert popup.evaluate("() => document.getElementById('tab-policy').getAttribute('aria-selected')") == "true"

    # The look-up: a person's question, the right clause first.
    popup.click("#question")
    popup.type("can I accept a friend request from a parent?")
    popup.press("Enter")
    popup.wait_for("() => /Top: PA-12, /.test(document.querySelector('#lookup-status').textContent)")

    text = "Proud to work at @NhxPartnership! Vote Labour on Thursday 🎉"
    expected = [f.rule for f in reading_order(check(text, {"platform": "twitter", "account": "personal"}))]
    assert expected
    assert driver.check_draft(popup, text, platform="X", account=PERSONAL) == expected
    popup.close()


def reading_order(findings: list) -> list:
    """Findings as the panel and the popup list them: by severity, then by position (issue 11, item 6)."""
    return sorted(findings, key=lambda f: (SEVERITIES.index(f.severity), f.start, f.end))


PERSONAL = "My own account (personal)"
OFFICIAL = "@NhxPartnership (official channel)"
DRAFTS = [
    ("jo_bloggs", PERSONAL, "Proud to work at @NhxPartnership! Vote Labour on Thursday 🎉"),
    ("jo_bloggs", PERSONAL, "Ring me on 07700 900123 about the Kevin Pearce Children's Centre stay and play"),
    ("NhxPartnership", OFFICIAL, "I think this is the best sesion we have ever run, vote Labour"),
    ("NhxPartnership", OFFICIAL, "Stay and play at Kevin Pearce Children's Centre on Monday, sign up now!"),
]


@pytest.mark.parametrize(("handle", "account", "text"), DRAFTS)
def test_the_draft_check_shows_what_the_composer_panel_shows(tab: Tab, handle, account, text):
    official = account == OFFICIAL
    context_fields = {"platform": "twitter", "account": "official" if official else "personal", "channel": handle}
    expected = check(text, context_fields)
    rules = list(dict.fromkeys(f.rule for f in expected))
    assert rules, "each draft here should have findings"

    driver.open_x_composer(tab, handle)
    tab.type(text)
    tab.wait_attribute("data-rules", " ".join(rules))
    assert driver.plain_text(tab) == text  # nothing of it lost

    popup = tab.open_popup()
    # Errors first, then warnings, then info.
    assert driver.check_draft(popup, text, platform="X", account=account) == [f.rule for f in reading_order(expected)]
    for finding in expected:
        assert finding.message in popup.evaluate("() => document.querySelector('#findings').textContent")
        link = f"{finding.clauses[0]}: read this clause of the policy"
        assert popup.evaluate(
            """name => [...document.querySelectorAll('#findings button')]
                 .some((b) => b.getAttribute('aria-label') === name && b.checkVisibility())""",
            link,
        ), link
    popup.close()


def test_apply_fix_edits_the_draft_at_the_right_place_even_after_emoji(popup):
    text = "🎉🎉 Lovely stay and play at Kevin Pearce Children's Centre 👶 today"
    (finding,) = [f for f in check(text, {"platform": "twitter", "account": "personal"}) if f.fix]
    fix = finding.fix
    fixed = text[: fix.replace_start] + fix.text + text[fix.replace_end :]  # Python counts code points, as the checker

    check_draft(popup, text, platform="X", account=PERSONAL)
    expect(popup.get_by_role("list", name="Findings")).to_contain_text(f"Suggested: “{fix.text.strip()}”")
    popup.get_by_role("button", name=fix.label).click()
    expect(popup.get_by_label("Your draft post")).to_have_value(fixed)
    expect(popup.locator("#check-status")).to_have_text("No policy issues found.")
    expect(popup.get_by_label("Your draft post")).to_be_focused()


def test_status_says_the_checker_is_ready_and_whether_this_tab_is_checked(browser):
    context, site = browser
    site.handle = "jo_bloggs"
    x = context.new_page()
    x.goto("https://x.com/home")
    expect(x.locator(PANEL)).to_have_attribute("data-status", "ready", timeout=BOOT_MS)
    helper = open_popup(context)
    x_tab = reported_tab(helper, "twitter")
    popup = open_popup(context, f"?for={x_tab}")
    expect(popup.get_by_role("status").filter(has_text="checker")).to_have_text("The policy checker is ready.")
    expect(popup.get_by_text("Checking your posts on X.")).to_be_visible()
    # A page Policy Guard does not watch: the popup says so rather than pretending.
    own = open_popup(context, f"?for={helper.evaluate('(async () => (await chrome.tabs.getCurrent()).id)()')}")
    expect(own.get_by_text("Policy Guard does not check posts on this page.")).to_be_visible()
    for page in (x, helper, popup, own):
        page.close()


def test_popup_shows_a_tab_the_site_cannot_be_checked_on_with_the_reason(browser):
    context, _ = browser
    helper = open_popup(context)
    helper_tab = helper.evaluate("(async () => (await chrome.tabs.getCurrent()).id)()")
    # As the content script reports it when it cannot find the post box (service worker's session state).
    reason = "Policy Guard is not checking here: it cannot find this page's post box."
    helper.evaluate(
        "([id, reason]) => chrome.storage.session.set({[`tab:${id}`]: {site: 'facebook', state: 'not-found', reason}})",
        [helper_tab, reason],
    )
    popup = open_popup(context, f"?for={helper_tab}")
    expect(popup.get_by_text(f"Not checking on Facebook: {reason}")).to_be_visible()
    popup.close()
    helper.close()


def test_popup_has_no_network_requests(browser: tuple[BrowserContext, object]):
    _, site = browser
    assert site.requests == []
