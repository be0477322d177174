"""The checker is walled in (issue 18 item 6): it answers only the extension's own background (Chrome's
service worker, Firefox's event page), and checks again what it is asked (a policy pack's name is a
name, never a path); a draft with thousands of findings comes back capped, with how many more there were.
In both browsers (tests/browser/driver.py)."""

from __future__ import annotations

import json

import pytest

from tests.browser.conftest import extension_worker
from tests.browser.driver import Tab, open_x_composer


def test_the_checker_answers_no_one_but_the_extensions_background(tab: Tab):
    open_x_composer(tab)
    # Another of the extension's own pages (the panel's frame) asks for the checker directly, by the
    # target Chrome's checker answers (Firefox's checker is a worker of the event page's: nothing else's).
    answer = tab.in_frame(
        """() => chrome.runtime.sendMessage({target: 'offscreen', type: 'check', text: 'Vote Labour on Thursday!',
                                             context: {account: 'official'}})
             .then((reply) => reply ?? 'no answer', (error) => 'refused')"""
    )
    assert answer in ("no answer", "refused")


# From an extension page: open a port by `name` and send a check on it; what came back, or "closed".
PORT_CHECK = """(name) => new Promise((resolve) => {
    const port = chrome.runtime.connect({name});
    port.onDisconnect.addListener(() => resolve('closed'));
    port.onMessage.addListener((message) => resolve(message));
    port.postMessage({id: 1, type: 'check', target: 'offscreen', text: 'Vote Labour on Thursday!',
                      context: {account: 'official'}});
    setTimeout(() => resolve('no answer'), 5000);
})"""


def test_a_port_to_the_checker_opens_only_by_a_name_the_background_gave_a_content_script(tab: Tab):
    """Chrome's composers check by a port straight to the checker (shared/checker-port.js): the service
    worker names each port for a content script, and the checker refuses any other."""
    open_x_composer(tab)
    asked = tab.in_frame("() => chrome.runtime.sendMessage({target: 'background', type: 'checker-port'})")
    assert asked == {"error": "Checks go through the background here."}  # a frame is not a content script
    assert tab.in_frame(PORT_CHECK, "a-guessed-name") in ("closed", "no answer")
    refused = tab.in_frame("() => chrome.runtime.sendMessage({target: 'background', type: 'admit', port: 'mine'})")
    assert refused == {"error": "Unknown request."}  # the background's own request to the checker
    tab.type("Proud of NHP")
    tab.wait_attribute("data-rules", "missing-disclaimer")  # the composer's own checks still come back


@pytest.mark.only_in("chromium", "the offscreen document, which admits the ports, is Chrome's")
def test_a_port_name_the_background_gave_opens_once(tab: Tab):
    open_x_composer(tab)
    worker = extension_worker(tab.context)  # type: ignore[attr-defined]
    admitted = worker.evaluate("chrome.runtime.sendMessage({target: 'offscreen', type: 'admit', port: 'given'})")
    assert admitted == {"port": "given"}
    answer = tab.in_frame(PORT_CHECK, "given")
    assert answer["id"] == 1
    assert [finding["rule"] for finding in json.loads(answer["answer"]["packed"])["findings"]] == ["political"]
    assert tab.in_frame(PORT_CHECK, "given") in ("closed", "no answer")  # once only


def test_a_pack_name_that_is_a_path_is_refused(tab: Tab):
    open_x_composer(tab)
    ask = "pack => chrome.runtime.sendMessage({target: 'background', type: 'hello', pack})"
    for pack in ("../pyodide/pychecker.whl#", "nhp/../../offscreen", "NHP", "a" * 41):
        assert tab.in_frame(ask, pack) == {"error": "Unknown request."}, pack
    # A name is still a name, but not the asker's to choose: the checker answers with the pack in use.
    built_in = tab.in_frame("() => chrome.runtime.sendMessage({target: 'background', type: 'hello'})")
    answer = tab.in_frame(ask, "acme")
    assert answer["status"] == "ready" and answer == built_in


@pytest.mark.only_in("chromium", "the offscreen document, which checks a pack's name again, is Chrome's")
def test_the_offscreen_checker_refuses_a_pack_name_that_is_a_path(tab: Tab):
    open_x_composer(tab)
    worker = extension_worker(tab.context)  # type: ignore[attr-defined]
    for pack in ("../pyodide/pychecker.whl#", "nhp/../../offscreen", "NHP", "a" * 41):
        answer = worker.evaluate("pack => chrome.runtime.sendMessage({target: 'offscreen', type: 'hello', pack})", pack)
        assert answer == {"error": "Unknown request."}, pack
    # A name is still a name: the checker says it has no such pack.
    answer = worker.evaluate("chrome.runtime.sendMessage({target: 'offscreen', type: 'hello', pack: 'acme'})")
    assert "not in this copy of Policy Guard" in answer["error"]


def test_thousands_of_findings_come_back_capped_with_how_many_more(tab: Tab):
    open_x_composer(tab)
    tab.paste("Call me on 07700 900123. " * 400)
    tab.wait_attribute("data-rules", "personal-data", timeout=30)
    said = tab.panel_text()
    assert "…and 380 more like these (personal-data), not listed." in said
    assert said.count("personal-data") < 30  # twenty findings shown, not four hundred


def test_the_extensions_pages_may_load_nothing_but_its_own_files(tab: Tab):
    """The extension's CSP (manifest.json): connect-src 'self' (Pyodide fetches its own files), no
    plugins, no base URL; the checker booted under it (open_x_composer waits until it is ready)."""
    open_x_composer(tab)
    refused = tab.in_frame(
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
           })""",
    )
    assert refused == ["base-uri", "connect-src", "object-src"]
