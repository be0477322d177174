#!/usr/bin/env python3
"""Build Policy Guard: `python3 build.py` installs the npm parts, builds the checker's wheel and
assembles the extension in dist/chrome/ and dist/policy-guard-chrome.zip.

`python3 build.py test` then installs what the tests need (Debian's chromium when it is missing,
the Python test packages in .venv/) and runs every test, the browser tests included.

Nothing here downloads from anywhere but the package registries (npm, PyPI, Debian).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
OUT = DIST / "chrome"
ZIP = DIST / "policy-guard-chrome.zip"
VENV = ROOT / ".venv"
PYODIDE = ROOT / "node_modules" / "pyodide"
# Pyodide's core: the runtime, the standard library and the lock file it reads at boot.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
CONTENT_SCRIPTS = sorted((ROOT / "extension" / "content" / "sites").glob("*.js"))
CHROMIUM = "/usr/bin/chromium"


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


def npm_install() -> None:
    """`npm ci` from the lock file, skipped when node_modules already matches it."""
    need("node", "install Node.js 20 (Debian: apt-get install nodejs npm)")
    npm = need("npm", "install npm (Debian: apt-get install npm)")
    stamp = ROOT / "node_modules" / ".policy-guard-lock.sha256"
    digest = hashlib.sha256((ROOT / "package-lock.json").read_bytes()).hexdigest()
    if stamp.is_file() and stamp.read_text() == digest:
        return
    run(npm, "ci", "--no-audit", "--no-fund")
    stamp.write_text(digest)


def build_wheel() -> Path:
    """The checker as a pure-Python wheel, which Pyodide loads as it is."""
    out = ROOT / "build" / "wheel"
    shutil.rmtree(out, ignore_errors=True)
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", out, ROOT)
    wheels = list(out.glob("pychecker-*-py3-none-any.whl"))
    if len(wheels) != 1:
        raise BuildError(f"expected one pychecker wheel in {out}, found {wheels}")
    return wheels[0]


def assemble(wheel: Path) -> None:
    shutil.rmtree(OUT, ignore_errors=True)
    shutil.copytree(ROOT / "extension", OUT, ignore=shutil.ignore_patterns("content", "*.md"))
    # Content scripts can't be modules: each site's entry point is bundled into one file.
    esbuild = ROOT / "node_modules" / ".bin" / "esbuild"
    run(esbuild, *CONTENT_SCRIPTS, "--bundle", "--format=iife", "--target=chrome120", f"--outdir={OUT / 'content'}")
    runtime = OUT / "pyodide"
    runtime.mkdir()
    sums = {}
    for name in PYODIDE_FILES:
        shutil.copy2(PYODIDE / name, runtime / name)
        sums[name] = hashlib.sha256((runtime / name).read_bytes()).hexdigest()
    shutil.copy2(wheel, runtime / "pychecker.whl")
    sums["pychecker.whl"] = hashlib.sha256(wheel.read_bytes()).hexdigest()
    version = json.loads((PYODIDE / "package.json").read_text())["version"]
    (runtime / "BUILD.json").write_text(json.dumps({"pyodide": version, "wheel": wheel.name, "sha256": sums}, indent=1))
    ZIP.unlink(missing_ok=True)
    with zipfile.ZipFile(ZIP, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(OUT.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(OUT))
    print(f"built {OUT.relative_to(ROOT)}/ and {ZIP.relative_to(ROOT)} ({ZIP.stat().st_size / 1e6:.1f} MB)")


def build() -> None:
    npm_install()
    assemble(build_wheel())


def test_setup() -> Path:
    """Install what the tests need; return the Python that runs them."""
    if not Path(CHROMIUM).exists():
        if shutil.which("apt-get") is None:
            raise BuildError(f"the browser tests need Debian's chromium at {CHROMIUM}")
        run("apt-get", "update", "-qq")
        run("apt-get", "install", "-y", "-qq", "chromium")
    python = VENV / "bin" / "python"
    if not python.exists():
        venv.create(VENV, with_pip=True)
    run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", f"{ROOT}[test]")
    return python


def test(pytest_args: list[str]) -> int:
    python = test_setup()
    build()
    run(python, "-m", "ruff", "check", ROOT)
    return subprocess.call([str(python), "-m", "pytest", *pytest_args], cwd=ROOT)


def main(argv: list[str]) -> int:
    try:
        if argv[:1] == ["test"]:
            return test(argv[1:])
        if argv:
            raise BuildError(f"unknown arguments {argv}: use `build.py` or `build.py test [pytest args]`")
        build()
        return 0
    except BuildError as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
