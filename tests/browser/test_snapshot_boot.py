"""After its first boot the checker boots from a snapshot of a booted checker (issue 16): it says so,
answers exactly as the full boot did, and refuses a snapshot that is damaged, truncated or stale (booting in full)."""

from __future__ import annotations

import json

from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import PANEL, checker_status, extension_worker, launch, offscreen_evaluate, open_x_composer

DRAFTS = [
    ("Proud to work at NHP! Vote Labour.", {"account": "personal"}),
    ("Vote Labour on Thursday, says NHP", {"account": "official"}),
    ("Pic of the kids at the youth club", {"account": "official", "media": [{"kind": "image", "name": "kids.jpg"}]}),
]

ASK = """async (drafts) => {
  const answers = [];
  for (const [text, context] of drafts) {
    answers.push(await chrome.runtime.sendMessage({target: 'offscreen', type: 'check', text, context}));
  }
  return answers;
}"""

# The snapshot the checker keeps (checker/snapshot-store.js: the extension's private file system), changed as
# a broken disk, an unfinished write or an older build would leave it.
SPOIL = """async (how) => {
  const root = await navigator.storage.getDirectory();
  const file = await root.getFileHandle('checker-snapshot');
  const bytes = new Uint8Array(await (await file.getFile()).arrayBuffer());
  const sealEnds = 4 + new DataView(bytes.buffer).getUint32(0, true);
  if (how === 'damage') bytes[(sealEnds + bytes.length) >> 1] ^= 0xff;  // a byte of Python's heap
  if (how === 'stale') {  // the same seal from another build: its fingerprint's first digit changed
    const seal = new TextDecoder().decode(bytes.subarray(4, sealEnds));
    const at = 4 + seal.indexOf('"fingerprint":"') + 15;
    bytes[at] = bytes[at] === 48 ? 49 : 48;
  }
  const writable = await file.createWritable();
  await writable.write(how === 'truncate' ? bytes.subarray(0, bytes.length >> 1) : bytes);
  await writable.close();
  return how;
}"""
# What each spoiling leaves the checker saying about the snapshot it did not use.
REFUSED = {"damage": "damaged", "truncate": "damaged", "stale": "stale"}


def answers(context: BrowserContext) -> list[dict]:
    return extension_worker(context).evaluate(ASK, [list(d) for d in DRAFTS])


def wait_for(context: BrowserContext, page: Page, test, what: str) -> dict:
    state: dict = {}
    for _ in range(240):  # no event to wait for: poll (a boot on a busy machine takes seconds)
        state = checker_status(context)
        if test(state):
            return state
        page.wait_for_timeout(250)
    raise AssertionError(f"{what}: {json.dumps(state)[:500]}")


def restart_checker(context: BrowserContext, page: Page) -> dict:
    offscreen_evaluate(page, "policyGuardChecker.restart('test'); true")
    return wait_for(context, page, lambda s: s["status"] == "ready", "the checker did not boot again")


def test_snapshot_boot_answers_as_the_full_boot_and_a_damaged_or_stale_one_is_refused(
    extension_dir, mock_bundles, tmp_path
):
    with launch(extension_dir, mock_bundles, tmp_path / "profile") as (context, site):
        page = context.new_page()
        open_x_composer(page)
        first = checker_status(context)
        assert first["snapshot"] == "full"  # a fresh profile: nothing kept yet
        full = answers(context)
        assert {f["rule"] for a in full for f in a["findings"]} >= {"missing-disclaimer", "political"}
        made = wait_for(context, page, lambda s: s["snapshotMade"], "no snapshot was made")["snapshotMade"]
        assert "kept" in made, made

        restored = restart_checker(context, page)
        assert restored["snapshot"] == "restored"
        assert "restore" in restored["timings"] and "pyodide" not in restored["timings"]  # no full boot
        assert answers(context) == full
        # What the person sees, from the restored checker.
        page.keyboard.type("Proud to work at NHP")
        expect(page.locator(PANEL)).to_have_attribute("data-rules", "missing-disclaimer")

        for spoil, why in REFUSED.items():
            extension_worker(context).evaluate(SPOIL, spoil)
            refused = restart_checker(context, page)
            assert refused["snapshot"] == "full", (spoil, refused)
            assert refused["snapshotIgnored"].startswith(why), (spoil, refused)
            assert answers(context) == full
        assert site.requests == []  # nothing went anywhere
