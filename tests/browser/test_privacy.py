"""Nothing leaked (issue 7, item 2): in a whole session on all three sites the extension's pages and
workers request nothing from the network, and what ships has no remote code, eval or HTML built from
text, and no more permissions than the features use."""

from __future__ import annotations

import json
import re

from playwright.sync_api import expect

from tests.browser.conftest import PANEL, SITES, extension_worker, launch, open_x_composer
from tests.browser.extension_pages import extension_id, open_page

ALLOWED_HOSTS = set(SITES)


def test_a_whole_session_makes_no_request_beyond_the_pages_themselves(extension_dir, mock_bundles, tmp_path):
    """Two watchers: the test's router sees requests from pages and from the extension's service worker
    (and records any that is not for a mock site); Chromium's network log sees the rest, with their
    initiator."""
    netlog = tmp_path / "net.json"
    canary = "https://canary.invalid/policy-guard-test"
    with launch(extension_dir, mock_bundles, tmp_path / "profile", (f"--log-net-log={netlog}",)) as (context, site):
        page = context.new_page()
        open_x_composer(page, ready=False)
        page.keyboard.type("Proud to work at NHP! Vote Labour")
        expect(page.locator(PANEL)).to_have_attribute("data-status", "ready", timeout=30_000)
        expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer political")
        for url in ("https://www.facebook.com/", "https://www.instagram.com/direct/t/123/"):
            page.goto(url)
            page.wait_for_load_state("networkidle")
        worker = extension_worker(context)
        ext_id = extension_id(context)
        popup = open_page(context, "popup/popup.html")
        popup.wait_for_load_state("networkidle")
        assert site.requests == []  # nothing but the mock sites' own pages
        # The extension's CSP (connect-src 'self') refuses a fetch from it before any request is made ...
        assert worker.evaluate("url => fetch(url).then(() => 'fetched', () => 'refused')", canary) == "refused"
        popup.wait_for_timeout(500)
        assert site.requests == []
        # ... and the watcher does see the extension: the test sends its popup to one address on purpose.
        popup.evaluate("url => { location.href = url; }", canary)
        for _ in range(50):
            if site.requests:
                break
            page.wait_for_timeout(100)
        assert site.requests == [canary]
    events = json.loads(netlog.read_text())["events"]
    requests = {(e["params"]["url"], e["params"].get("initiator", "")) for e in events if "url" in e.get("params", {})}
    extension_origin = f"chrome-extension://{ext_id}"
    from_the_extension = {url for url, initiator in requests if initiator == extension_origin and url != canary}
    assert from_the_extension == set()
    from_pages = {url for url, initiator in requests if initiator.startswith("https://")}
    assert {re.match(r"[a-z]+://([^/:]+)", u).group(1) for u in from_pages} <= ALLOWED_HOSTS


def test_shipped_code_has_no_remote_code_eval_or_html_from_text(extension_dir):
    ours = [p for p in extension_dir.rglob("*.js") if "pyodide" not in p.parts]
    assert ours
    for path in ours:
        code = path.read_text()
        assert not re.search(
            r"\beval\s*\(|new Function\s*\(|\.innerHTML\s*=|insertAdjacentHTML|document\.write", code
        ), path
        assert not re.search(r"""(?:fetch|import)\s*\(\s*["'`]https?:""", code), path
    html = " ".join(p.read_text() for p in extension_dir.rglob("*.html"))
    assert not re.search(r"<script[^>]+src=[\"']https?:", html)


def test_permissions_are_no_wider_than_the_features_use(extension_dir):
    manifest = json.loads((extension_dir / "manifest.json").read_text())
    assert set(manifest["permissions"]) <= {"offscreen", "storage"}
    assert "host_permissions" not in manifest and "optional_host_permissions" not in manifest
    assert "externally_connectable" not in manifest
    # Only the panel's and the banners' frames, only to the sites' pages, under an id that changes every session.
    (exposed,) = manifest["web_accessible_resources"]
    assert sorted(exposed["resources"]) == ["panel/banner.html", "panel/panel.html"]
    assert exposed["use_dynamic_url"] is True
    assert set(exposed["matches"]) == {m for cs in manifest["content_scripts"] for m in cs["matches"]}
    hosts = {re.match(r"https://([^/]+)/", m).group(1) for cs in manifest["content_scripts"] for m in cs["matches"]}
    sites = {"x.com", "twitter.com", "facebook.com", "instagram.com"}
    assert all(h in sites or h.split(".", 1)[1] in sites for h in hosts), hosts
    csp = manifest["content_security_policy"]["extension_pages"]
    assert "'unsafe-eval'" not in csp and "http" not in csp
