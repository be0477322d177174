"""An organisation brings its own policy pack: `build.py --pack DIR` bundles it, enterprise policy
(`policy_pack: NAME`) selects it, and the composer panel checks against it; a pack the extension
does not have is reported, not silently replaced. Chrome answers the policy seconds after it starts,
so here the panels usually start on the built-in pack and switch when it arrives."""

from __future__ import annotations

import marshal
import re
import shutil
import zipfile
from importlib import resources
from pathlib import Path

from playwright.sync_api import expect

import build
from pychecker import pack
from tests.browser.conftest import PANEL, extension_worker, launch, open_x_composer, panel_text
from tests.browser.extension_pages import extension_id_for, managed_policy


def acme_pack(folder: Path) -> Path:
    """Another organisation's pack: NHP's policy, with the Acme Family Trust's names and channels."""
    pack = folder / "acme"
    shutil.copytree(resources.files("pychecker") / "packs" / "nhp", pack)
    meta = (pack / "pack.toml").read_text().replace('short_name = "NHP"', 'short_name = "ACME"')
    meta = meta.replace('name = "North Halifax Partnership"', 'name = "Acme Family Trust"')
    (pack / "pack.toml").write_text(meta)
    org = (pack / "lists" / "org.toml").read_text()
    (pack / "lists" / "org.toml").write_text(org.replace("phrases = [", 'phrases = [\n  "acme family trust",', 1))
    return pack


def test_the_organisations_pack_is_the_one_the_panel_checks_against(extension_dir, mock_bundles, tmp_path):
    extension = tmp_path / "policy-guard"
    shutil.copytree(extension_dir, extension)
    bundled = build.bundle_pack(acme_pack(tmp_path), extension)
    assert bundled == extension / "packs" / "acme.zip"
    with zipfile.ZipFile(bundled) as archive:  # its word lists compiled for the Pyodide that ships, and current
        saved = marshal.loads(archive.read("lists/__cache__/lexicon.cpython-314.marshal"))
        names = sorted(n for n in archive.namelist() if re.fullmatch(r"lists/[^/]+\.toml", n))
        assert saved["digest"] == pack._digest([(n.removeprefix("lists/"), archive.read(n)) for n in names])
    with (
        managed_policy(extension_id_for(extension), {"policy_pack": "acme"}),
        launch(extension, mock_bundles, tmp_path / "profile") as (context, site),
    ):
        page = context.new_page()
        open_x_composer(page, ready=False)
        page.keyboard.type("Proud to work at Acme Family Trust")
        expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer", timeout=60_000)
        assert "You're posting about ACME" in panel_text(page)
        assert site.requests == []
        # Remembered, so that at the next start panels use it before Chrome gets round to the policy.
        remembered = extension_worker(context).evaluate("chrome.storage.local.get('policy_pack')")
        assert remembered == {"policy_pack": "acme"}


def test_a_pack_the_extension_does_not_have_is_reported(extension_dir, mock_bundles, tmp_path):
    extension = tmp_path / "policy-guard"
    shutil.copytree(extension_dir, extension)
    with (
        managed_policy(extension_id_for(extension), {"policy_pack": "nowhere"}),
        launch(extension, mock_bundles, tmp_path / "profile") as (context, _),
    ):
        page = context.new_page()
        page.goto("https://x.com/home")
        expect(page.locator(PANEL)).to_have_attribute("data-status", "error", timeout=60_000)
        assert "policy pack “nowhere” is not in this copy of Policy Guard" in panel_text(page)


def test_build_refuses_a_pack_that_does_not_load(tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "pack.toml").write_text("[organisation]\nname = 'x'\n")  # no clauses, channels, lists
    try:
        build.bundle_pack(broken, tmp_path)
    except build.BuildError as error:
        assert "does not load" in str(error)
    else:
        raise AssertionError("a broken pack was bundled")
