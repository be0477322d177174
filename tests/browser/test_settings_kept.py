"""Settings are never lost (issue 12, item 7). In a freshly started browser Chrome answers for the
organisation's settings (chrome.storage.managed) only seconds later; the options page shows the
person's own settings at once, merges the organisation's when they arrive, and writes a change the
moment it is made, so a page closed right after a change loses nothing.

Each test starts its own browsers (fresh, then restarted on the same profile), so none shares the
module-scoped one other files use."""

from __future__ import annotations

import time

from playwright.sync_api import expect

from tests.browser.conftest import extension_worker, launch
from tests.browser.extension_pages import open_page

DISCLAIMER_X = "My X profile says my views are my own"
ASK_FIRST = "Ask “post anyway?” before the site's Post button sends it"


def test_a_change_made_the_moment_the_page_opens_is_kept_when_it_closes(extension_dir, mock_bundles, tmp_path):
    profile = tmp_path / "profile"
    with launch(extension_dir, mock_bundles, profile) as (context, _):
        options = open_page(context, "options/options.html")
        options.get_by_label(ASK_FIRST).check()  # as soon as the page shows it
        organisation = options.locator("body").get_attribute("data-organisation")
        options.close()  # straight away: no "Saved." waited for
        wait_stored(context, "error_mode", "confirm", f"lost (the organisation's settings were {organisation})")
    # Started again: the page shows it (from the person's own settings, not waiting for the
    # organisation's), and the next change, made at once too, is kept as well.
    with launch(extension_dir, mock_bundles, profile) as (context, _):
        options = open_page(context, "options/options.html")
        expect(options.get_by_label(ASK_FIRST)).to_be_checked()
        options.get_by_label(DISCLAIMER_X).check()
        options.close()
        wait_stored(context, "disclaimer_in_profile", {"twitter": True}, "lost")
        options = open_page(context, "options/options.html")
        expect(options.locator("body")).to_have_attribute("data-organisation", "loaded", timeout=30_000)
        expect(options.get_by_label(ASK_FIRST)).to_be_checked()  # and still, the organisation's merged in
        expect(options.get_by_label(DISCLAIMER_X)).to_be_checked()
        options.close()


def wait_stored(context, key: str, value, why: str) -> None:
    """Wait (briefly: the page wrote it before it closed) until the person's settings hold `value` for `key`."""
    read = "key => chrome.storage.sync.get(key).then((all) => all[key] ?? null)"
    for _ in range(30):
        got = extension_worker(context).evaluate(read, key)
        if got == value or (isinstance(value, dict) and isinstance(got, dict) and value.items() <= got.items()):
            return
        time.sleep(0.1)
    raise AssertionError(f"{key} is {got!r}, not {value!r}: {why}")
