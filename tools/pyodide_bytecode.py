"""Run inside Pyodide by pyodide_bytecode.mjs, with the checker's wheel booted on the path at `WHEEL`
(a global set by it): write /tmp/out/python_stdlib.zip and /tmp/out/pychecker.whl.

- The standard library: each module the boot and the checker import (found by importing the checker
  and running it once) is replaced by its bytecode. The rest stay sources, compiled if ever imported:
  compiling all of them would add 2 MB to the extension for modules it never loads.
- The wheel: each module gains its bytecode beside it (`checker.pyc` by `checker.py`, where Python
  looks when it imports from a zip), and each policy pack in it its compiled word lists
  (`pychecker.pack.SAVED_LEXICON`), all listed in its RECORD.

Bytecode is "unchecked hash-based" (PEP 552): Python uses it without comparing it with its source.
"""

import base64
import hashlib
import importlib.util
import json
import sys
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc
from pathlib import Path

from pychecker import bridge
from pychecker.pack import SAVED_LEXICON, saved_lexicon

WHEEL: str = globals()["WHEEL"]  # where the checker's wheel is on the path (set by pyodide_bytecode.mjs)
STDLIB = next(p for p in sys.path if p.endswith(".zip") and p != WHEEL)
OUT = Path("/tmp/out")


def bytecode(source: bytes, filename: str) -> bytes:
    code = compile(source, filename, "exec", dont_inherit=True)
    return _code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False)


def put(archive: zipfile.ZipFile, name: str, data: bytes | str) -> None:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # the same bytes on every build
    archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)


def exercise_checker() -> set[str]:
    """Use every entry point of the checker; return the stdlib files the boot and it imported."""
    request = {"text": "Proud to work at NHP! Vote Labour. Pic of the kids at the youth club 😀", "context": {}}
    for account in ("personal", "official"):
        media = [{"kind": "image", "name": "kids.jpg"}]
        request["context"] = {"account": account, "platform": "twitter", "media": media}
        answer = json.loads(bridge.check_json(json.dumps(request)))
        assert answer.get("findings"), answer
    bridge.lookup_json("can I accept a friend request from a young person", 5, "")
    bridge.policy_json("")
    prefix = STDLIB + "/"
    files = {getattr(module, "__file__", None) or "" for module in list(sys.modules.values())}
    return {f.removeprefix(prefix) for f in files if f.startswith(prefix) and f.endswith(".py")}


def compile_stdlib(used: set[str]) -> None:
    with zipfile.ZipFile("/tmp/python_stdlib.zip") as source, zipfile.ZipFile(OUT / "python_stdlib.zip", "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename in used:
                put(out, info.filename + "c", bytecode(data, f"{STDLIB}/{info.filename}"))
            else:
                put(out, info.filename, data)


def record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}\n"


def compiled(name: str, data: bytes) -> dict[str, bytes]:
    """What the build adds to the wheel for one of its files."""
    path = Path(name)
    if path.suffix == ".py":
        return {f"{name}c": bytecode(data, f"{WHEEL}/{name}")}
    if path.name == "pack.toml":
        folder = zipfile.Path(WHEEL, at=f"{path.parent}/")
        return {str(path.parent.joinpath(*SAVED_LEXICON)): saved_lexicon(folder)}
    return {}


def compile_wheel() -> None:
    with zipfile.ZipFile(WHEEL) as source, zipfile.ZipFile(OUT / "pychecker.whl", "w") as out:
        record = next(n for n in source.namelist() if n.endswith(".dist-info/RECORD"))
        added = ""
        for info in source.infolist():
            if info.filename == record:
                continue
            data = source.read(info)
            put(out, info.filename, data)
            for name, made in compiled(info.filename, data).items():
                put(out, name, made)
                added += record_line(name, made)
        put(out, record, source.read(record).decode() + added)


OUT.mkdir(exist_ok=True)
compile_stdlib(exercise_checker())
compile_wheel()
