"""Settings an IT administrator pushes with Chrome enterprise policy reach the extension in the
real browser: Chromium on Linux reads machine policy from /etc/chromium/policies/managed/*.json,
and an extension's own policy sits under {"3rdparty": {"extensions": {"<id>": {...}}}}, checked
against the extension's `storage.managed_schema`. Managed values win over the person's and show as
"set by your organisation"; values Policy Guard cannot use are ignored with a visible notice.

The tests write the policy file (they run as root here and in CI) and always remove it. The
policy names a copy of the extension at its own path, so its id (derived from the path) differs
from dist/chrome's and no other browser test running at the same time is affected."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import PANEL, Site, launch, open_x_composer
from tests.browser.extension_pages import (
    BOOT_MS,
    check_draft,
    extension_id,
    extension_id_for,
    managed_policy,
    open_options,
    open_popup,
    popup_rules,
)

TODAY = dt.date.today()
PERIOD = {"start": (TODAY - dt.timedelta(days=1)).isoformat(), "end": (TODAY + dt.timedelta(days=1)).isoformat()}
ORGANISATION = {
    "official_channels": [{"platform": "twitter", "handle": "jo_bloggs"}],
    "regulated_periods": [PERIOD],
    "error_mode": "confirm",
    "forced_rules": ["political"],
    "role": "chief-executive",  # not one of the roles: ignored, with a notice
}
CAMPAIGN = "Sign our petition to change the law on child poverty and write to your MP today"


@pytest.fixture(scope="module")
def managed(extension_dir, mock_bundles, tmp_path_factory) -> Iterator[tuple[BrowserContext, Site, str]]:
    copy = tmp_path_factory.mktemp("managed") / "policy-guard"
    shutil.copytree(extension_dir, copy)
    expected_id = extension_id_for(copy)
    with (
        managed_policy(expected_id, ORGANISATION),
        launch(copy, mock_bundles, tmp_path_factory.mktemp("managed-profile")) as (context, site),
    ):
        yield context, site, expected_id


@pytest.fixture
def options(managed) -> Iterator[Page]:
    page = open_options(managed[0])
    yield page
    assert page.script_errors == []
    page.evaluate("chrome.storage.sync.clear()")
    page.close()


def test_the_unpacked_extension_id_is_the_one_the_policy_names(managed):
    context, _, expected_id = managed
    assert extension_id(context) == expected_id


def test_the_options_page_shows_the_organisations_settings_locked(options):
    mode = options.get_by_role("group", name="When a post still has errors")
    expect(mode.get_by_label("Ask “post anyway?” before the site's Post button sends it")).to_be_checked()
    expect(mode.get_by_label("Ask “post anyway?” before the site's Post button sends it")).to_be_disabled()
    expect(mode.get_by_label("Warn only")).to_be_disabled()
    expect(mode.get_by_text("Set by your organisation.")).to_be_visible()

    channels = options.get_by_role("group", name="Official channels you post for")
    expect(channels.get_by_role("list", name="Your official channels")).to_have_text("X: jo_bloggs")
    expect(channels.get_by_role("button", name=re.compile("^Remove"))).to_have_count(0)
    expect(channels.get_by_label("Handle or page name")).to_be_disabled()
    expect(channels.get_by_text("Set by your organisation.")).to_be_visible()

    periods = options.get_by_role("group", name="Election regulated periods")
    expect(periods.get_by_role("list")).to_have_text(f"{PERIOD['start']} to {PERIOD['end']}")
    expect(periods.get_by_label("From", exact=True)).to_be_disabled()

    expect(options.get_by_role("group", name="Rules your organisation keeps on")).to_contain_text(
        "political (set by your organisation)"
    )
    # The invalid role is ignored, visibly; the person's own role stays theirs to choose.
    expect(
        options.get_by_text(re.compile(r"“role” has a value that is not valid \(\"chief-executive\"\)"))
    ).to_be_visible()
    expect(options.get_by_label("I post as")).to_be_enabled()
    expect(options.get_by_label("I post as")).to_have_value("staff")


def test_the_organisations_values_win_over_the_persons(managed, options):
    context, _, _ = managed
    # What a person might have saved before the policy arrived (or by hand).
    options.evaluate(
        "chrome.storage.sync.set({error_mode: 'warn', official_channels: [],"
        " disabled_rules: ['political', 'spelling']})"
    )
    options.reload()
    expect(options.locator("body")).to_have_attribute("data-loaded", "true", timeout=BOOT_MS)
    expect(options.get_by_label("Ask “post anyway?” before the site's Post button sends it")).to_be_checked()
    expect(options.get_by_role("list", name="Your official channels")).to_have_text("X: jo_bloggs")

    popup = open_popup(context)
    expect(popup.get_by_text(re.compile(r"^Turned off: the rule spelling"))).to_be_visible()
    expect(popup.get_by_text(re.compile(r"^Turned off: the rule political"))).to_have_count(0)
    popup.get_by_role("tab", name="Switches").click()
    political = popup.get_by_label("political", exact=True)
    expect(political).to_be_checked()
    expect(political).to_be_disabled()
    expect(
        popup.get_by_text(re.compile(r"^Party-political content.*Always on \(set by your organisation\)\."))
    ).to_be_visible()
    # The draft check knows the organisation's channel and regulated period, and keeps political on.
    check_draft(popup, "Vote Labour on Thursday! " + CAMPAIGN, platform="X", account="@jo_bloggs (official channel)")
    assert set(popup_rules(popup)) == {"political", "regulated-period"}
    popup.close()


def test_the_composer_panel_is_told_the_organisations_settings(managed):
    context, site, _ = managed
    site.handle = "jo_bloggs"  # an official channel only by the organisation's policy
    page = context.new_page()
    open_x_composer(page, ready=False)
    page.keyboard.type(CAMPAIGN)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "regulated-period", timeout=BOOT_MS)
    page.close()
