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
from tests.browser.conftest import (
    PANEL,
    click_in_panel,
    extension_worker,
    launch,
    open_x_composer,
    panel_text,
    set_settings,
)
from tests.browser.extension_pages import extension_id_for, managed_policy, open_popup
from tests.conftest import ROOT


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


HARBOURSIDE = ROOT / "tests" / "fixtures" / "packs" / "harbourside"


def test_a_very_different_pack_speaks_its_own_words_in_the_panel_the_banners_and_the_popup(
    extension_dir, mock_bundles, tmp_path
):
    """Another organisation (a youth theatre: its own names, roles, clause ids and channels): every word
    and clause id the person reads comes from its pack, none from NHP's or from the extension's code."""
    extension = tmp_path / "policy-guard"
    shutil.copytree(extension_dir, extension)
    build.bundle_pack(HARBOURSIDE, extension)
    with (
        managed_policy(extension_id_for(extension), {"policy_pack": "harbourside"}),
        launch(extension, mock_bundles, tmp_path / "profile") as (context, site),
    ):
        site.handle = "jo_bloggs"
        page = context.new_page()
        open_x_composer(page, ready=False)
        page.keyboard.type("Proud to work at Harbourside Youth Theatre")
        panel = page.locator(PANEL)
        expect(panel).to_have_attribute("data-rules", "missing-disclaimer", timeout=60_000)
        said = panel_text(page)
        assert "You're posting about HYT from a personal account" in said and "HYT-B1" in said, said
        assert "Suggested: “Opinions here are mine, not Harbourside Youth Theatre's.”" in said
        assert "NHP" not in said and "PA-1" not in said
        click_in_panel(page, "Add disclaimer")  # the pack's own disclaimer, through the editor
        disclaimer = "Opinions here are mine, not Harbourside Youth Theatre's."
        page.wait_for_function("words => window.__mock.getPlainText().endsWith(words)", arg=disclaimer)
        # Its own official channel, and its own clause for party politics.
        site.handle = "HarboursideYT"
        page.close()
        page = context.new_page()
        panel = page.locator(PANEL)
        open_x_composer(page, ready=False)
        page.keyboard.type("Vote Sinn Fein on Thursday!")
        expect(panel).to_have_attribute("data-rules", "political", timeout=30_000)
        said = panel_text(page)
        assert "Checking as @HarboursideYT (official channel)" in said and "HYT-A5" in said, said
        # Its banner, in its words.
        page.evaluate("() => window.__mock.navigate('/i/flow/signup')")
        expect(page.locator("policy-guard-banner[data-rules='unofficial-channel']")).to_have_count(1)
        said = panel_text(page)
        assert "Pages and accounts for the theatre are made by the Communications Office" in said and "HYT-A11" in said
        # The popup's reminder for senior roles cites the pack's clause, in the pack's words.
        set_settings(context, {"role": "trustee"})
        popup = open_popup(context)
        reminder = popup.get_by_text(re.compile(r"^Take particular care \(HYT-B2\)\. Directors, tutors"))
        expect(reminder).to_be_visible()
        popup.get_by_role("button", name="Read HYT-B2").click()
        clause = popup.get_by_role("article", name=re.compile(r"^HYT-B2 Directors and well-known members"))
        expect(clause).to_be_focused()
        assert site.requests == []


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
