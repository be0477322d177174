"""The fixtures that run a test written on the driver interface (tests/browser/driver.py) in each
browser: `each_browser`, parametrised [chromium]/[firefox] (one browser of each per test module), and
`tab`, a fresh tab in it per test. A plugin of tests/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import BrowserContext

from tests.browser.conftest import Site
from tests.browser.driver import BROWSERS, PERSON, Tab, clear_settings
from tests.browser.driver_chromium import ChromiumTab
from tests.browser.driver_firefox import FirefoxBrowser, FirefoxTab


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "only_in(browser, reason): runs in that browser only, for that reason (a test on `tab`: run there)"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test on `each_browser` (so `tab`) runs in each browser, or in the one its `only_in` marker names."""
    if "each_browser" not in metafunc.fixturenames:
        return
    only = metafunc.definition.get_closest_marker("only_in")
    browsers = [only.args[0]] if only else list(BROWSERS)
    metafunc.parametrize("each_browser", browsers, indirect=True, scope="module")


@pytest.fixture(scope="module")
def each_browser(request: pytest.FixtureRequest) -> Iterator[tuple[BrowserContext, Site] | FirefoxBrowser]:
    """The module's browser of the kind the test is parametrised with: its Chromium (conftest's `browser`,
    shared with the module's Chromium-only tests) or its Firefox (`firefox`)."""
    if request.param == "chromium":
        yield request.getfixturevalue("browser")
    else:
        yield FirefoxBrowser(request.getfixturevalue("firefox"))


def new_tab(browser: tuple[BrowserContext, Site] | FirefoxBrowser) -> Tab:
    if isinstance(browser, FirefoxBrowser):
        return FirefoxTab(browser)
    return ChromiumTab(*browser)


@pytest.fixture
def tab(each_browser) -> Iterator[Tab]:
    """A fresh tab, on the person's default settings (cleared before and after), logged in as Jo Bloggs."""
    page = new_tab(each_browser)
    page.site.handle, page.site.name = PERSON
    clear_settings(page)
    yield page
    clear_settings(page)
    page.close()
    page.site.handle, page.site.name = PERSON
    page.site.lang = "en"
