#!/usr/bin/env python3
"""Build Policy Guard: `python3 build.py` installs the npm parts, builds the checker's wheel and
assembles the extension for each browser from the same sources: dist/chrome/ and
dist/policy-guard-chrome.zip, dist/firefox/ and dist/policy-guard-firefox.zip. Every script is
bundled by esbuild (content scripts as one IIFE per site, pages, background and the checker's
worker as ES modules); the manifest's per-site parts and the managed schema's site keys are written
from extension/sites.json. The browsers differ only in their background's entry (Chrome: a service
worker with an offscreen document that hosts the checker; Firefox: an event page that hosts it) and
in the manifest, written here from extension/manifest.json.

`python3 build.py test` then installs what the tests need (Debian's chromium when it is missing,
the Python test packages in .venv/, pinned with hashes in requirements/test.txt), checks the
JavaScript (tsc on its JSDoc types, eslint) and the Python (ruff), and runs every test, the
browser tests included.

`python3 build.py --pack DIR` also bundles an organisation's own policy pack (enterprise policy
`policy_pack` selects it). Pyodide's files are checked against the committed `pyodide.sha256`
before they are bundled. Pyodide's own Python, under Node, then compiles what the checker's boot
imports to bytecode (tools/pyodide_bytecode.mjs): the standard library's modules and the wheel's.

Nothing here downloads from anywhere but the package registries (npm, PyPI, Debian).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
BROWSERS = ("chrome", "firefox")
OUT = DIST / "chrome"
VENV = ROOT / ".venv"
PYODIDE = ROOT / "node_modules" / "pyodide"
# Pyodide's core: the runtime, the standard library and the lock file it reads at boot.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
# Those that ship with bytecode added (the rest ship exactly as pinned), and the wheel likewise.
COMPILED = ("python_stdlib.zip", "pychecker.whl")
# The sha256 of each of those files in the pinned release (`sha256sum` format, committed): what
# npm put in node_modules is checked against it before anything is bundled.
PYODIDE_SUMS = ROOT / "pyodide.sha256"
# The test packages, every transitive dependency pinned with its hashes (see requirements/test.in).
TEST_REQUIREMENTS = ROOT / "requirements" / "test.txt"
EXTENSION = ROOT / "extension"
# The sites, declared once: the manifest's matches and the managed schema's site keys come from here.
SITES = EXTENSION / "sites.json"
# Each page's, the background's and the checker's workers' script, bundled as an ES module (with what it
# imports, JSON too); and each browser's own: where the checker runs.
MODULES = (
    "checker/worker.js",
    "checker/snapshot-worker.js",
    "popup/popup.js",
    "options/options.js",
    "panel/panel.js",
    "panel/banner.js",
    "audit/audit.js",
    "audit/worker.js",
)
BROWSER_MODULES = {
    "chrome": ("background/service-worker.js", "offscreen/offscreen.js"),
    "firefox": ("background/event-page.js",),
}
# What the sources hold for one browser only.
NOT_FOR = {"chrome": (), "firefox": ("offscreen",)}
# Firefox: the add-on's id (managed settings are keyed by it in policies.json), the first release it
# supports (data_collection_permissions came in Firefox 140, the current ESR line), and esbuild's targets.
GECKO_ID = "policy-guard@extension"
GECKO_MIN_VERSION = "140.0"
GECKO_ANDROID_MIN_VERSION = "142.0"
TARGETS = {"chrome": "chrome116", "firefox": "firefox140"}
# The frames the content scripts put in pages (the panel and the banners): web-accessible to the sites only.
FRAME_PAGES = ("panel/panel.html", "panel/banner.html")
# Source that ships only as bundled (or written) here.
SOURCE_ONLY = ("*.js", "*.mjs", "*.md", "sites.json", "content")
CHROMIUM = "/usr/bin/chromium"
FIREFOX = "/usr/bin/firefox-esr"
# Mozilla's web-ext, pinned by its own lock: only `build.py test` needs it (for `web-ext lint`).
WEB_EXT = ROOT / "tools" / "web-ext"


class BuildError(Exception):
    pass


def run(*command: str | Path, cwd: Path = ROOT) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    if subprocess.call([str(c) for c in command], cwd=cwd) != 0:
        raise BuildError(f"{Path(str(command[0])).name} failed (command above)")


def need(tool: str, hint: str) -> str:
    path = shutil.which(tool)
    if not path:
        raise BuildError(f"{tool} is not installed: {hint}")
    return path


def node() -> str:
    return need("node", "install Node.js 20 (Debian: apt-get install nodejs npm)")


def npm_install(folder: Path = ROOT, *options: str) -> None:
    """`npm ci` from `folder`'s lock file, skipped when its node_modules already matches it. No
    package's install scripts run (`--ignore-scripts`): none is needed (esbuild finds its platform
    binary without its postinstall), and none gets to run code on the building machine."""
    node()
    npm = need("npm", "install npm (Debian: apt-get install npm)")
    stamp = folder / "node_modules" / ".policy-guard-lock.sha256"
    digest = hashlib.sha256((folder / "package-lock.json").read_bytes()).hexdigest()
    if stamp.is_file() and stamp.read_text() == digest:
        return
    run(npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", *options, cwd=folder)
    stamp.write_text(digest)


def read_sums(path: Path) -> dict[str, str]:
    """`sha256  name` lines (as `sha256sum` writes them) -> {name: sha256}."""
    sums: dict[str, str] = {}
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        digest, _, name = line.partition("  ")
        if len(digest) != 64 or not name or any(c not in "0123456789abcdef" for c in digest):
            raise BuildError(f"{path.name}:{number}: expected `<sha256>  <file name>`, got {line!r}")
        sums[name.lstrip("*")] = digest
    return sums


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_pyodide(directory: Path = PYODIDE, sums_file: Path = PYODIDE_SUMS) -> dict[str, str]:
    """Check Pyodide's core files in `directory` against the committed sums; return the sums.
    A missing, changed or unlisted file stops the build: nothing unverified is bundled."""
    expected = read_sums(sums_file)
    for name in PYODIDE_FILES:
        if name not in expected:
            raise BuildError(f"{sums_file.name} has no sha256 for {name}: add it from the pinned Pyodide release")
        path = directory / name
        if not path.is_file():
            raise BuildError(f"{path} is missing: run `npm ci` (python3 build.py does)")
        actual = sha256(path)
        if actual != expected[name]:
            raise BuildError(
                f"{path} does not match {sums_file.name}: sha256 {actual}, expected {expected[name]}. "
                f"This is not the pinned Pyodide release's file, so it will not be bundled. Delete node_modules "
                f"and run build.py again; if Pyodide was upgraded on purpose, update {sums_file.name} too."
            )
    return {name: expected[name] for name in PYODIDE_FILES}


def build_wheel() -> Path:
    """The checker as a pure-Python wheel, which Pyodide loads as it is."""
    out = ROOT / "build" / "wheel"
    shutil.rmtree(out, ignore_errors=True)
    # setuptools copies the package into build/lib and reuses it: a file deleted from the source would ship on.
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", out, ROOT)
    wheels = list(out.glob("pychecker-*-py3-none-any.whl"))
    if len(wheels) != 1:
        raise BuildError(f"expected one pychecker wheel in {out}, found {wheels}")
    return wheels[0]


PACK_NAME = re.compile(r"^[a-z0-9-]{1,40}$")


def bundle_pack(folder: Path, extension: Path) -> Path:
    """Add an organisation's policy pack to a built extension as packs/NAME.zip (NAME: the folder's
    name), after checking that the checker loads it, with its word lists compiled for the Pyodide in
    `extension`. Enterprise policy `policy_pack: NAME` selects it."""
    name = folder.name
    if not PACK_NAME.match(name):
        raise BuildError(f"a policy pack's folder name must be lower-case letters, digits and dashes, not {name!r}")
    sys.path.insert(0, str(ROOT))
    from pychecker.pack import pack_from_path  # the checker from this source tree

    try:
        pack_from_path(folder)
    except (OSError, KeyError, ValueError) as error:
        raise BuildError(f"the policy pack in {folder} does not load: {type(error).__name__}: {error}") from None
    target = extension / "packs" / f"{name}.zip"
    target.parent.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as compiled:
        # Its word lists compiled by the checker that ships, as the built-in pack's are (loads 4× faster).
        run(node(), ROOT / "tools" / "pyodide_lexicon.mjs", extension / "pyodide", folder, compiled)
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.rglob("*")):
                if path.is_file() and not {"__pycache__", "__cache__"} & set(path.relative_to(folder).parts):
                    archive.write(path, path.relative_to(folder))
            for path in sorted(Path(compiled).rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(compiled))
    return target


def compile_for_pyodide(wheel: Path, runtime: Path) -> None:
    """Pyodide boots three times faster when it need not compile what it imports: write the standard
    library and the wheel into `runtime` with bytecode from Pyodide's own Python (and each policy pack
    in the wheel with its word lists compiled)."""
    stdlib, out = runtime / "python_stdlib.zip", runtime / "pychecker.whl"
    run(node(), ROOT / "tools" / "pyodide_bytecode.mjs", PYODIDE, wheel, stdlib, out)


def read_sites() -> list[dict]:
    """The site registry: [{id, name, adapter, matches, apps?}], checked enough that a mistake stops the build."""
    sites = json.loads(SITES.read_text())["sites"]
    for site in sites:
        if not re.fullmatch(r"[a-z]+", site.get("id", "")) or not site.get("matches"):
            raise BuildError(f"{SITES.name}: each site needs an id (lower-case letters) and matches: {site}")
        for entry in (site, *site.get("apps", [])):
            if not entry.get("matches") or not (EXTENSION / "content" / "sites" / entry["adapter"]).is_file():
                adapter = f"content/sites/{entry['adapter']}"
                raise BuildError(f"{SITES.name}: {site['id']}'s adapter {adapter} needs matches and a file")
    return sites


def entry_points(sites: list[dict]) -> list[dict]:
    """Each content script: a site's adapter and those of its other apps (X Pro, Business Suite), with their matches."""
    return [entry for site in sites for entry in (site, *site.get("apps", []))]


def write_manifest(out: Path, sites: list[dict], browser: str = "chrome") -> None:
    """The manifest, with each site's content script and the frames the sites may show; for Firefox,
    its own background (an event page hosting the checker: no offscreen document) and its settings."""
    manifest = json.loads((EXTENSION / "manifest.json").read_text())
    manifest["content_scripts"] = [
        {"matches": entry["matches"], "js": [f"content/{entry['adapter']}"], "run_at": "document_idle"}
        for entry in entry_points(sites)
    ]
    everywhere = [pattern for entry in entry_points(sites) for pattern in entry["matches"]]
    frames = {"resources": list(FRAME_PAGES), "matches": everywhere, "use_dynamic_url": True}
    if browser == "firefox":
        del frames["use_dynamic_url"]  # Chrome's: Firefox's extension origin is already a per-install random id
        del manifest["minimum_chrome_version"], manifest["storage"]  # Firefox reads policies.json without a schema
        manifest["permissions"].remove("offscreen")
        manifest["background"] = {"scripts": ["background/event-page.js"], "type": "module"}
        manifest["browser_specific_settings"] = {
            "gecko": {
                "id": GECKO_ID,
                "strict_min_version": GECKO_MIN_VERSION,
                "data_collection_permissions": {"required": ["none"]},
            },
            "gecko_android": {"strict_min_version": GECKO_ANDROID_MIN_VERSION},  # data_collection_permissions: 142
        }
    manifest["web_accessible_resources"] = [frames]
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")


def write_managed_schema(out: Path, sites: list[dict]) -> None:
    """The managed schema, with a key for each site in the per-site settings and the sites named in its words."""
    schema = json.loads((EXTENSION / "managed_schema.json").read_text())
    names = ", ".join(site["id"] for site in sites)
    for setting in schema["properties"].values():
        setting["description"] = setting["description"].replace("{sites}", names)
        per_site = setting.pop("additionalProperties", None)
        if per_site is not None:
            setting["properties"] = {site["id"]: per_site for site in sites}
    (out / "managed_schema.json").write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")


def bundle_scripts(out: Path, sites: list[dict], browser: str = "chrome") -> None:
    """Every script bundled by esbuild: a content script can't be a module, so each site's adapter is one
    IIFE with all it imports; the pages, the background and the checker's worker are ES modules. Pyodide
    stays its own file."""
    esbuild = ROOT / "node_modules" / ".bin" / "esbuild"
    common = ("--bundle", f"--target={TARGETS[browser]}", "--log-level=warning", "--charset=utf8")
    adapters = [EXTENSION / "content" / "sites" / entry["adapter"] for entry in entry_points(sites)]
    run(esbuild, *adapters, *common, "--format=iife", f"--outdir={out / 'content'}")
    modules = [EXTENSION / module for module in (*MODULES, *BROWSER_MODULES[browser])]
    pyodide = "--external:*/pyodide.mjs"  # the pinned file, shipped as it is
    run(esbuild, *modules, *common, "--format=esm", pyodide, f"--outbase={EXTENSION}", f"--outdir={out}")


def assemble(wheel: Path, packs: list[Path]) -> None:
    """dist/chrome/ in full, then dist/firefox/ from the same sources with Chrome's Pyodide and packs."""
    sites = read_sites()
    copy_sources(OUT, sites, "chrome")
    runtime = OUT / "pyodide"
    runtime.mkdir()
    verify_pyodide(PYODIDE)
    for name in PYODIDE_FILES:
        shutil.copy2(PYODIDE / name, runtime / name)
    pinned = verify_pyodide(runtime)  # the copies too: what ships is what was pinned
    sources = {"python_stdlib.zip": pinned["python_stdlib.zip"], "pychecker.whl": sha256(wheel)}
    compile_for_pyodide(wheel, runtime)
    sums = {name: sha256(runtime / name) for name in (*PYODIDE_FILES, "pychecker.whl")}
    version = json.loads((PYODIDE / "package.json").read_text())["version"]
    record = {"pyodide": version, "wheel": wheel.name, "sha256": sums, "bytecode_added_to": sources}
    for folder in packs:
        print(f"bundled the policy pack {bundle_pack(folder, OUT).name}")
    firefox = DIST / "firefox"
    copy_sources(firefox, sites, "firefox")
    shutil.copytree(runtime, firefox / "pyodide")
    if (OUT / "packs").is_dir():
        shutil.copytree(OUT / "packs", firefox / "packs")
    for browser in BROWSERS:
        # Written last: the tests rebuild when a source is newer than this file.
        (DIST / browser / "pyodide" / "BUILD.json").write_text(json.dumps(record, indent=1))
        write_zip(DIST / browser, DIST / f"policy-guard-{browser}.zip")


def copy_sources(out: Path, sites: list[dict], browser: str) -> None:
    """`out` afresh: the extension's files for `browser`, its manifest and managed schema, its scripts bundled."""
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(EXTENSION, out, ignore=shutil.ignore_patterns(*SOURCE_ONLY, *NOT_FOR[browser]))
    write_manifest(out, sites, browser)
    if browser == "chrome":
        write_managed_schema(out, sites)
    else:
        (out / "managed_schema.json").unlink()
    bundle_scripts(out, sites, browser)


def write_zip(folder: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder))
    print(f"built {folder.relative_to(ROOT)}/ and {target.relative_to(ROOT)} ({target.stat().st_size / 1e6:.1f} MB)")


def build(packs: list[Path] | None = None) -> None:
    npm_install()
    assemble(build_wheel(), packs or [])


def test_setup() -> Path:
    """Install what the tests need; return the Python that runs them."""
    browsers = {CHROMIUM: "chromium", FIREFOX: "firefox-esr"}
    missing = [package for path, package in browsers.items() if not Path(path).exists()]
    if missing:
        if shutil.which("apt-get") is None:
            raise BuildError(f"the browser tests need Debian's {' and '.join(missing)} (apt-get install them)")
        run("apt-get", "update", "-qq")
        run("apt-get", "install", "-y", "-qq", *missing)
    npm_install(WEB_EXT)
    python = VENV / "bin" / "python"
    if not python.exists():
        venv.create(VENV, with_pip=True)
    pip = (python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check")
    # Every package pinned and checked against its hash; then the checker itself, which needs nothing more
    # (its build backend is in the requirements, so no unhashed download happens for it either).
    run(*pip, "--require-hashes", "-r", TEST_REQUIREMENTS)
    run(*pip, "--no-build-isolation", "--no-deps", "-e", ROOT)
    return python


def check_javascript() -> None:
    """The JavaScript checked as the Python is: its JSDoc types by tsc (tsconfig.json), then eslint."""
    bin_dir = ROOT / "node_modules" / ".bin"
    run(bin_dir / "tsc", "-p", ROOT / "tsconfig.json")
    run(bin_dir / "eslint", "--max-warnings=0", ROOT)


def lint_firefox() -> None:
    """`web-ext lint` on dist/firefox/ (offline): any error stops the tests; the warnings that remain are
    Pyodide's own code, explained in README ("Firefox")."""
    lint = WEB_EXT / "node_modules" / ".bin" / "web-ext"
    command = [str(lint), "lint", "--source-dir", str(DIST / "firefox"), "--no-config-discovery", "--output", "json"]
    print("+", " ".join(command), flush=True)
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "NO_UPDATE_NOTIFIER": "1"})
    try:
        report = json.loads(done.stdout)
    except json.JSONDecodeError:
        raise BuildError(f"web-ext lint did not report: {done.stdout[-2000:]}{done.stderr[-2000:]}") from None
    for kind in ("errors", "warnings", "notices"):
        for item in report[kind]:
            print(f"  web-ext {kind[:-1]}: {item['code']} {item.get('file') or ''} {item['message']}")
    if report["errors"]:
        raise BuildError(f"web-ext lint: {len(report['errors'])} error(s) in dist/firefox/ (above)")


def test(pytest_args: list[str]) -> int:
    python = test_setup()
    build()
    check_javascript()
    lint_firefox()
    run(python, "-m", "ruff", "check", ROOT)
    return subprocess.call([str(python), "-m", "pytest", *pytest_args], cwd=ROOT)


def main(argv: list[str]) -> int:
    try:
        if argv[:1] == ["test"]:
            return test(argv[1:])
        parser = argparse.ArgumentParser(prog="build.py", description="Build Policy Guard (see `build.py test` too).")
        parser.add_argument(
            "--pack",
            action="append",
            type=Path,
            default=[],
            metavar="DIR",
            help="also bundle an organisation's policy pack (selected by enterprise policy)",
        )
        build(parser.parse_args(argv).pack)
        return 0
    except BuildError as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
