"""The options page: what the person sets there is what the checker is told, in the composer
panel on x.com and in the popup's draft check."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import PANEL, open_x_composer, panel_text
from tests.browser.extension_pages import BOOT_MS, check_draft, open_options, open_popup, popup_rules


@pytest.fixture
def options(browser) -> Iterator[Page]:
    """The options page on fresh settings; the person's settings are cleared again afterwards."""
    context, _ = browser
    page = open_options(context)
    yield page
    assert page.script_errors == []
    page.evaluate("chrome.storage.sync.clear()")
    page.close()


def x_composer(browser, handle: str, text: str) -> Page:
    context, site = browser
    site.handle = handle
    page = context.new_page()
    open_x_composer(page, ready=False)
    page.keyboard.type(text)
    return page


def test_disclaimer_in_profile_for_x_clears_missing_disclaimer(browser, options):
    text = "Proud to work at @NhxPartnership"
    x = x_composer(browser, "jo_bloggs", text)
    panel = x.locator(PANEL)
    expect(panel).to_have_attribute("data-rules", "missing-disclaimer", timeout=BOOT_MS)

    options.get_by_label("My X profile says my views are my own").check()
    expect(options.get_by_role("status").filter(has_text="Saved.")).to_be_visible()
    # The panel is told at once, without reloading the page.
    expect(panel).to_have_attribute("data-rules", "")
    # Facebook's is a separate setting, still off.
    expect(options.get_by_label("My Facebook profile says my views are my own")).not_to_be_checked()

    popup = open_popup(browser[0])
    check_draft(popup, text, platform="X")
    assert popup_rules(popup) == []
    check_draft(popup, text, platform="Facebook")
    assert popup_rules(popup) == ["missing-disclaimer"]
    popup.close()

    options.reload()
    expect(options.get_by_label("My X profile says my views are my own")).to_be_checked()
    x.close()


def test_a_senior_role_gets_the_pa3_reminder_on_the_options_page_and_in_the_popup(browser, options):
    reminder = re.compile(r"^Take particular care .*PA-3.*senior management")
    expect(options.get_by_text(reminder)).to_have_count(0)
    options.get_by_label("I post as").select_option(label="Senior manager or well-known specialist")
    expect(options.get_by_text(reminder)).to_be_visible()
    popup = open_popup(browser[0])
    expect(popup.get_by_text(re.compile(r"^Take particular care \(PA-3\).*senior management"))).to_be_visible()
    popup.get_by_role("button", name="Read PA-3").click()
    expect(popup.get_by_role("article", name=re.compile(r"^PA-3 Senior"))).to_be_focused()
    popup.close()
    options.get_by_label("I post as").select_option(label="Volunteer")
    expect(options.get_by_text(reminder)).to_have_count(0)


def test_own_official_channel_and_regulated_period_change_what_the_checker_is_told(browser, options):
    text = "Sign our petition to change the law on child poverty and write to your MP today"
    x = x_composer(browser, "jo_bloggs", text)
    panel = x.locator(PANEL)
    expect(panel).to_have_attribute("data-status", "ready", timeout=BOOT_MS)
    expect(panel).to_have_attribute("data-rules", "")

    options.get_by_label("Platform of the channel").select_option(label="X")
    options.get_by_label("Handle or page name").fill("@jo_bloggs")
    options.get_by_role("button", name="Add channel").click()
    expect(options.get_by_role("list", name="Your official channels")).to_contain_text("X: jo_bloggs")
    expect(panel).to_have_attribute("data-rules", "")  # official now, but no regulated period yet

    today = dt.date.today()
    options.get_by_label("From", exact=True).fill((today - dt.timedelta(days=3)).isoformat())
    options.get_by_label("to", exact=True).fill(today.isoformat())  # the last day counts
    options.get_by_role("button", name="Add period").click()
    expect(options.get_by_role("list", name="Regulated periods")).to_contain_text(f"to {today.isoformat()}")
    expect(panel).to_have_attribute("data-rules", "regulated-period")  # only official channels campaign
    assert "@jo_bloggs (official channel)" in panel_text(x)

    popup = open_popup(browser[0])
    check_draft(popup, text, platform="X", account="@jo_bloggs (official channel)")
    assert popup_rules(popup) == ["regulated-period"]
    check_draft(popup, text, platform="X", account="My own account (personal)")
    assert popup_rules(popup) == []
    popup.close()

    options.get_by_role("button", name=f"Remove the period {(today - dt.timedelta(days=3)).isoformat()}").click()
    expect(panel).to_have_attribute("data-rules", "")
    x.close()


def test_invalid_entries_are_refused_with_a_reason(options):
    options.get_by_label("Handle or page name").fill("not a handle!")
    options.get_by_role("button", name="Add channel").click()
    expect(options.get_by_role("status").filter(has_text="A handle or page name is")).to_be_visible()
    expect(options.get_by_role("list", name="Your official channels")).to_have_text("None: only the policy's own list.")
    options.get_by_label("From", exact=True).fill("2026-05-10")
    options.get_by_label("to", exact=True).fill("2026-05-01")
    options.get_by_role("button", name="Add period").click()
    expect(options.get_by_role("status").filter(has_text="the last not before the first")).to_be_visible()
    expect(options.get_by_role("list", name="Regulated periods")).to_have_text("None.")


def test_error_mode_and_default_account_are_saved(browser, options):
    ask = options.get_by_label("Ask “post anyway?” before the site's Post button sends it")
    expect(options.get_by_label("Warn only")).to_be_checked()
    ask.check()
    expect(options.get_by_role("status").filter(has_text="Saved.")).to_be_visible()
    default = options.get_by_label("On Instagram, when the page can't tell, assume I post from")
    default.select_option(label="an official channel")
    options.reload()
    expect(options.get_by_label("Ask “post anyway?” before the site's Post button sends it")).to_be_checked()
    expect(options.get_by_label("On Instagram, when the page can't tell, assume I post from")).to_have_value("official")
    # The popup's draft check starts from the same assumption for Instagram.
    popup = open_popup(browser[0])
    popup.get_by_role("tab", name="Check a draft").click()
    popup.get_by_label("Platform").select_option(label="Instagram")
    expect(popup.get_by_label("Posting as")).to_have_value(re.compile(r"^official:"))
    popup.close()
