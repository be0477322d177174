"""The checker is walled in (issue 18 item 6): its document answers only the extension's own service
worker, and checks again what it is asked (a policy pack's name is a name, never a path); a draft
with thousands of findings comes back capped, with how many more there were."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.conftest import PANEL, extension_worker, open_x_composer, panel_text, paste_into, policy_guard_frames


def test_the_checker_answers_no_one_but_the_extensions_worker(x):
    page, _ = x
    open_x_composer(page)
    # Another of the extension's own pages (the panel's frame) asks the checker directly.
    (frame,) = policy_guard_frames(page)
    answer = frame.evaluate(
        """() => chrome.runtime.sendMessage({target: 'offscreen', type: 'check', text: 'Vote Labour on Thursday!',
                                             context: {account: 'official'}})
             .then((reply) => reply ?? 'no answer', (error) => 'refused')"""
    )
    assert answer in ("no answer", "refused")


def test_a_pack_name_that_is_a_path_is_refused(x):
    page, _ = x
    open_x_composer(page)
    worker = extension_worker(page.context)
    for pack in ("../pyodide/pychecker.whl#", "nhp/../../offscreen", "NHP", "a" * 41):
        answer = worker.evaluate("pack => chrome.runtime.sendMessage({target: 'offscreen', type: 'hello', pack})", pack)
        assert answer == {"error": "Unknown request."}, pack
    # A name is still a name: the checker says it has no such pack.
    answer = worker.evaluate("chrome.runtime.sendMessage({target: 'offscreen', type: 'hello', pack: 'acme'})")
    assert "not in this copy of Policy Guard" in answer["error"]


def test_thousands_of_findings_come_back_capped_with_how_many_more(x):
    page, site = x
    site.handle = "jo_bloggs"
    open_x_composer(page)
    paste_into(page, "Call me on 07700 900123. " * 400)
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "personal-data")
    said = panel_text(page)
    assert "…and 380 more like these (personal-data), not listed." in said
    assert said.count("personal-data") < 30  # twenty findings shown, not four hundred


def test_the_extensions_pages_may_load_nothing_but_its_own_files(x):
    """The extension's CSP (manifest.json): connect-src 'self' (Pyodide fetches its own files), no
    plugins, no base URL; the checker booted under it (open_x_composer waits until it is ready)."""
    page, _ = x
    open_x_composer(page)
    (frame,) = policy_guard_frames(page)
    refused = frame.evaluate(
        """() => new Promise((resolve) => {
             const seen = new Set();
             document.addEventListener('securitypolicyviolation', (event) => {
               seen.add(event.effectiveDirective);
               if (seen.size === 3) resolve([...seen].sort());
             });
             fetch('https://example.com/').catch(() => {});
             document.body.append(Object.assign(document.createElement('object'), {data: 'https://example.com/x.swf'}));
             document.head.append(Object.assign(document.createElement('base'), {href: 'https://example.com/'}));
             setTimeout(() => resolve([...seen].sort()), 3000);
           })"""
    )
    assert refused == ["base-uri", "connect-src", "object-src"]
