"""The panel is drawn in an extension frame (in a closed shadow root), which the page cannot find,
read, search or click: its words and controls are the person's alone. Only the frame Policy
Guard made may talk to the content script, and its controls act only on a person's clicks."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.conftest import (
    PANEL,
    X_POSTS,
    click_in_panel,
    extension_worker,
    hold_back_a_post,
    open_x_composer,
    panel_text,
    policy_guard_frames,
)


def test_the_page_cannot_read_or_search_the_panel(x):
    page, site = x
    site.handle = "jo_bloggs"
    open_x_composer(page)
    page.keyboard.type("Proud to work at NHP")
    expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")
    said = panel_text(page)
    assert "Checking as @jo_bloggs (personal account)" in said and "PA-1" in said
    # What a page script can try: find the frame (to read or navigate it), or open the shadow root it sits in.
    assert page.evaluate(
        """(tag) => { const host = document.querySelector(tag);
             return [window.frames.length, document.querySelectorAll('iframe').length, host.shadowRoot,
                     host.firstElementChild.shadowRoot, host.querySelectorAll('*').length]; }""",
        PANEL,
    ) == [0, 0, None, None, 1]
    # Or search the page's text for the panel's words (window.find reaches into shadow roots, not frames).
    for words in ("Checking as @jo_bloggs", "personal account", "missing-disclaimer", "Starting the policy checker"):
        assert page.evaluate("words => window.find(words, false, false, true)", words) is False, words


def test_a_port_from_anything_but_the_panel_frame_is_refused(x):
    page, site = x
    posts = hold_back_a_post(page, site)
    # The service worker (and any other page of the extension) can reach the tab's content script:
    # a port named as the frame's, carrying every action a frame may send, is turned away.
    (frame,) = policy_guard_frames(page)
    refused = extension_worker(page.context).evaluate(
        """async (frameUrl) => {
            const states = await chrome.storage.session.get(null);
            const [tabId] = Object.entries(states).filter(([, s]) => s?.site === 'twitter')
              .map(([key]) => Number(key.slice(4)));
            const port = chrome.tabs.connect(tabId, {frameId: 0, name: 'policy-guard-frame'});
            const closed = new Promise((resolve) => port.onDisconnect.addListener(() => resolve(true)));
            for (const action of ['post-anyway', 'consent', 'switch-account', 'keep-editing']) {
              try { port.postMessage({type: 'action', action, url: frameUrl}); } catch { /* closed */ }
            }
            return Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve(false), 3000))]);
        }""",
        frame.url,
    )
    assert refused is True
    page.wait_for_timeout(300)
    assert page.locator(X_POSTS).count() == posts  # nothing was posted
    assert "Post anyway?" in panel_text(page)  # and the panel still asks


def test_a_channel_offered_by_the_page_is_refused(x):
    page, site = x
    posts = hold_back_a_post(page, site)
    # A page that found the frame (the test reaches into the closed shadow root for it) offers it a
    # channel of its own, as the content script does: with a guessed token, then with the frame's
    # own (after the content script's). The frame takes neither: it neither talks to the page nor
    # draws what the page sends.
    (frame,) = policy_guard_frames(page)
    heard = frame.frame_element().evaluate(
        """async (frame) => {
            const token = new URL(frame.src).searchParams.get('id');
            const heard = [];
            for (const guess of ['0123', token]) {
              const channel = new MessageChannel();
              channel.port1.onmessage = ({data}) => heard.push(data);
              frame.contentWindow.postMessage({type: 'policy-guard-channel', token: guess}, '*', [channel.port2]);
              channel.port1.postMessage({type: 'view', view: {status: 'ready', rules: '', findings: []}});
            }
            await new Promise((resolve) => setTimeout(resolve, 1000));
            return heard;
        }"""
    )
    assert heard == []
    assert "Post anyway?" in panel_text(page)  # still what the content script drew
    click_in_panel(page, "Post anyway")  # and the person's click still reaches the content script
    expect(page.locator(X_POSTS)).to_have_count(posts + 1)


def test_a_control_acts_only_on_a_persons_click(x):
    page, site = x
    posts = hold_back_a_post(page, site)
    (frame,) = policy_guard_frames(page)
    # A script's click (not a person's) on the frame's own button does nothing.
    frame.get_by_role("button", name="Post anyway").evaluate("button => button.click()")
    page.wait_for_timeout(300)
    assert page.locator(X_POSTS).count() == posts
    click_in_panel(page, "Post anyway")
    expect(page.locator(X_POSTS)).to_have_count(posts + 1)
