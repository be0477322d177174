"""An export on disk, for the command line: a zip (or its unpacked folder) whose text files are
streamed a megabyte at a time; photos and videos are listed, never read.

A zip cut short (a download that did not finish) has lost its directory, which sits at its end:
its files are then found by walking the headers each one starts with, and those before the cut are
read. Password-protected entries and unknown compression are named, file by file.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20
_LOCAL = b"PK\x03\x04"
_EMPTY = b"PK\x05\x06"


class SourceError(Exception):
    """The export cannot be opened at all."""


class ReadError(Exception):
    """One file of the export cannot be read (further)."""


@dataclass(frozen=True)
class Entry:
    path: str
    size: int  # uncompressed bytes, as the zip or the file system says


class Source:
    """What every kind of export offers: its files, and one file's bytes a piece at a time."""

    name: str
    entries: dict[str, Entry]
    notes: list[str]  # about the export as a whole (a zip cut short)

    def chunks(self, path: str) -> Iterator[bytes]:
        raise NotImplementedError

    def close(self) -> None:
        pass


def open_export(path: Path) -> Source:
    if path.is_dir():
        return FolderSource(path)
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    with path.open("rb") as probe:
        start = probe.read(4)
    if start not in (_LOCAL, _EMPTY):
        raise SourceError(
            f"{path.name} is not a zip file (nor a folder): give the zip the platform sent you, "
            "or the folder it unpacks to"
        )
    try:
        return ZipSource(path)
    except zipfile.BadZipFile:
        return LocalHeaderSource(path)


class FolderSource(Source):
    def __init__(self, folder: Path) -> None:
        self.name = folder.name
        self.folder = folder
        self.notes = []
        self.entries = {
            p.relative_to(folder).as_posix(): Entry(p.relative_to(folder).as_posix(), p.stat().st_size)
            for p in sorted(folder.rglob("*"))
            if p.is_file()
        }

    def chunks(self, path: str) -> Iterator[bytes]:
        try:
            with (self.folder / path).open("rb") as file:
                while chunk := file.read(CHUNK):
                    yield chunk
        except OSError as error:
            raise ReadError(f"it cannot be read ({error.strerror or error})") from None


class ZipSource(Source):
    def __init__(self, path: Path) -> None:
        self.name = path.name
        self.notes = []
        self.zip = zipfile.ZipFile(path)
        self.infos = {info.filename: info for info in self.zip.infolist() if not info.is_dir()}
        self.entries = {name: Entry(name, info.file_size) for name, info in self.infos.items()}

    def chunks(self, path: str) -> Iterator[bytes]:
        info = self.infos[path]
        if info.flag_bits & 0x1:
            raise ReadError(_ENCRYPTED)
        try:
            with self.zip.open(info) as file:
                while chunk := file.read(CHUNK):
                    yield chunk
        except NotImplementedError as error:
            raise ReadError(f"it is compressed in a way that cannot be read ({error})") from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
            raise ReadError(f"it is damaged or cut short ({error})") from None

    def close(self) -> None:
        self.zip.close()


_ENCRYPTED = "it is encrypted (the zip is password-protected): unzip it with its password, then audit the folder"


@dataclass(frozen=True)
class _Local:
    name: str
    data_at: int
    method: int
    flags: int
    compressed: int  # -1: unknown (the entry runs to where its deflate stream ends)


class LocalHeaderSource(Source):
    """A zip without its directory: the entries found by walking their local headers from the start."""

    def __init__(self, path: Path) -> None:
        self.name = path.name
        self.path = path
        self.file = path.open("rb")
        self.size = path.stat().st_size
        self.locals = {entry.name: entry for entry in self._walk()}
        if not self.locals:
            self.file.close()
            raise SourceError(f"{path.name} is a zip file cut short before its first file: download it again")
        self.entries = {name: Entry(name, -1) for name in self.locals}
        self.notes = [
            f"{path.name} is cut short: the directory a zip keeps at its end is missing (the download may not "
            f"have finished). The {len(self.locals):,} files found before the cut are read; download it again "
            "for a complete audit."
        ]

    def _walk(self) -> Iterator[_Local]:
        at = 0
        while at + 30 <= self.size:
            self.file.seek(at)
            header = self.file.read(30)
            if header[:4] != _LOCAL:
                return
            _, flags, method, _, _, _, compressed, _, name_length, extra_length = struct.unpack(
                "<HHHHHIIIHH", header[4:]
            )
            raw_name = self.file.read(name_length)
            extra = self.file.read(extra_length)
            name = raw_name.decode("utf-8" if flags & 0x800 else "cp437", errors="replace")
            data_at = at + 30 + name_length + extra_length
            compressed = _zip64_size(extra, compressed)
            if flags & 0x08 and compressed == 0:  # sizes follow the data: find where it ends
                if method != zipfile.ZIP_DEFLATED:
                    return
                end = _deflate_end(self.file, data_at, self.size)
                if end < 0:
                    yield _Local(name, data_at, method, flags, -1)
                    return
                yield _Local(name, data_at, method, flags, end - data_at)
                at = end + _descriptor_length(self.file, end)
                continue
            if not name.endswith("/"):
                yield _Local(name, data_at, method, flags, compressed)
            at = data_at + compressed

    def chunks(self, path: str) -> Iterator[bytes]:
        entry = self.locals[path]
        if entry.flags & 0x1:
            raise ReadError(_ENCRYPTED)
        if entry.method not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ReadError(f"it is compressed in a way that cannot be read (method {entry.method})")
        remaining = entry.compressed if entry.compressed >= 0 else self.size - entry.data_at
        inflate = zlib.decompressobj(-15) if entry.method == zipfile.ZIP_DEFLATED else None
        self.file.seek(entry.data_at)
        position = entry.data_at
        while remaining > 0:
            self.file.seek(position)
            raw = self.file.read(min(CHUNK, remaining))
            if not raw:
                raise ReadError("it is cut short (the zip ends inside it)")
            position += len(raw)
            remaining -= len(raw)
            if inflate is None:
                yield raw
                continue
            try:
                yield inflate.decompress(raw)
            except zlib.error as error:
                raise ReadError(f"it is damaged ({error})") from None
            if inflate.eof:
                return
        if inflate is not None and not inflate.eof:
            raise ReadError("it is cut short (the zip ends inside it)")
        if entry.compressed > 0 and entry.data_at + entry.compressed > self.size:
            raise ReadError("it is cut short (the zip ends inside it)")

    def close(self) -> None:
        self.file.close()


def _zip64_size(extra: bytes, compressed: int) -> int:
    """The compressed size from a Zip64 extra field, when the header's own says 0xFFFFFFFF."""
    at = 0
    while at + 4 <= len(extra):
        tag, length = struct.unpack("<HH", extra[at : at + 4])
        if tag == 0x0001 and compressed == 0xFFFFFFFF and length >= 16:
            return struct.unpack("<Q", extra[at + 12 : at + 20])[0]
        at += 4 + length
    return compressed


def _deflate_end(file: BinaryIO, start: int, size: int) -> int:
    """Where the deflate stream starting at `start` ends, or -1 when the file ends first."""
    inflate = zlib.decompressobj(-15)
    position = start
    while position < size:
        file.seek(position)
        raw = file.read(CHUNK)
        try:
            inflate.decompress(raw)
        except zlib.error:
            return -1
        if inflate.eof:
            return position + len(raw) - len(inflate.unused_data)
        position += len(raw)
    return -1


def _descriptor_length(file: BinaryIO, at: int) -> int:
    """The data descriptor after an entry: crc and two sizes, 4 or 8 bytes each, maybe signed."""
    file.seek(at)
    head = file.read(4)
    signed = 4 if head == b"PK\x07\x08" else 0
    file.seek(at + signed + 12)
    after = file.read(4)
    return signed + (12 if after in (_LOCAL, b"PK\x01\x02", b"") else 20)
