// Reading a zip the person chose, in the browser, without loading it: the directory at its end is
// read from a slice of the file, and only the entries asked for are inflated, as a stream
// (DecompressionStream "deflate-raw"), so an export of gigabytes of photos costs only its text.
// A zip cut short has no directory: its entries are then found by walking the headers each one
// starts with, as far as the file goes.

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * @typedef {object} ZipEntry
 * @property {string} path
 * @property {number} size            uncompressed bytes (-1: unknown)
 * @property {number} compressedSize  (-1: unknown, the entry runs to the end of the file)
 * @property {number} method          0 stored, 8 deflated
 * @property {boolean} encrypted
 * @property {number} offset          where its local header starts
 */

/** A problem with one entry or the whole zip, in words for the person. */
export class ZipError extends Error {}

/** @param {Blob} file @param {number} start @param {number} end */
async function bytes(file, start, end) {
  return new DataView(await file.slice(start, end).arrayBuffer());
}

/** @param {DataView} view @param {number} at */
function u64(view, at) {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

const utf8 = new TextDecoder("utf-8");

/**
 * The zip's entries, from its directory; or, when the directory is missing (a download cut short),
 * from walking the local headers, with `cutShort` set.
 * @param {Blob} file
 * @returns {Promise<{entries: ZipEntry[], cutShort: boolean}>}
 */
export async function listEntries(file) {
  if (file.size < 4) throw new ZipError("it is not a zip file");
  const head = await bytes(file, 0, 4);
  const signature = head.getUint32(0, true);
  if (signature !== LOCAL && signature !== END) throw new ZipError("it is not a zip file");
  const tailStart = Math.max(0, file.size - 65557);
  const tail = await bytes(file, tailStart, file.size);
  for (let at = tail.byteLength - 22; at >= 0; at--) {
    if (tail.getUint32(at, true) !== END) continue;
    return { entries: await readDirectory(file, tail, at, tailStart), cutShort: false };
  }
  const entries = await walkLocalHeaders(file);
  if (!entries.length) throw new ZipError("it is a zip file cut short before its first file: download it again");
  return { entries, cutShort: true };
}

/** @param {Blob} file @param {DataView} tail @param {number} at @param {number} tailStart */
async function readDirectory(file, tail, at, tailStart) {
  let count = tail.getUint16(at + 10, true);
  let size = tail.getUint32(at + 12, true);
  let offset = tail.getUint32(at + 16, true);
  const locator = at - 20;
  if (locator >= 0 && tail.getUint32(locator, true) === END64_LOCATOR) {
    const recordAt = u64(tail, locator + 8);
    const record = await bytes(file, recordAt, recordAt + 56);
    if (record.getUint32(0, true) === END64) {
      count = u64(record, 32);
      size = u64(record, 40);
      offset = u64(record, 48);
    }
  }
  if (offset + size > tailStart + at) throw new ZipError("its directory points past its end: it is damaged");
  const directory = await bytes(file, offset, offset + size);
  /** @type {ZipEntry[]} */
  const entries = [];
  let p = 0;
  for (let n = 0; n < count && p + 46 <= directory.byteLength; n++) {
    if (directory.getUint32(p, true) !== CENTRAL) throw new ZipError("its directory is damaged");
    const flags = directory.getUint16(p + 8, true);
    const method = directory.getUint16(p + 10, true);
    let compressedSize = directory.getUint32(p + 20, true);
    let size = directory.getUint32(p + 24, true);
    const nameLength = directory.getUint16(p + 28, true);
    const extraLength = directory.getUint16(p + 30, true);
    const commentLength = directory.getUint16(p + 32, true);
    let local = directory.getUint32(p + 42, true);
    const name = utf8.decode(new Uint8Array(directory.buffer, directory.byteOffset + p + 46, nameLength));
    // Zip64: the sizes and offset that did not fit are in the extra field, in this order.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const tag = directory.getUint16(e, true);
      const length = directory.getUint16(e + 2, true);
      if (tag === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) { size = u64(directory, q); q += 8; }
        if (compressedSize === 0xffffffff) { compressedSize = u64(directory, q); q += 8; }
        if (local === 0xffffffff) local = u64(directory, q);
      }
      e += 4 + length;
    }
    if (!name.endsWith("/")) {
      entries.push({ path: name, size, compressedSize, method, encrypted: Boolean(flags & 1), offset: local });
    }
    p = extraEnd + commentLength;
  }
  return entries;
}

/** @param {Blob} file */
async function walkLocalHeaders(file) {
  /** @type {ZipEntry[]} */
  const entries = [];
  let at = 0;
  while (at + 30 <= file.size) {
    const header = await bytes(file, at, Math.min(file.size, at + 30 + 1024));
    if (header.getUint32(0, true) !== LOCAL) break;
    const flags = header.getUint16(6, true);
    const method = header.getUint16(8, true);
    let compressedSize = header.getUint32(18, true);
    let size = header.getUint32(22, true);
    const nameLength = header.getUint16(26, true);
    const extraLength = header.getUint16(28, true);
    const name = utf8.decode(new Uint8Array(header.buffer, 30, Math.min(nameLength, header.byteLength - 30)));
    let e = 30 + nameLength;
    while (e + 4 <= Math.min(30 + nameLength + extraLength, header.byteLength)) {
      const tag = header.getUint16(e, true);
      const length = header.getUint16(e + 2, true);
      if (tag === 0x0001 && length >= 16 && e + 20 <= header.byteLength) {
        size = u64(header, e + 4);
        compressedSize = u64(header, e + 12);
      }
      e += 4 + length;
    }
    const unknown = Boolean(flags & 0x08) && compressedSize === 0; // sizes follow the data
    if (!name.endsWith("/")) {
      entries.push({
        path: name,
        size: unknown ? -1 : size,
        compressedSize: unknown ? -1 : compressedSize,
        method,
        encrypted: Boolean(flags & 1),
        offset: at,
      });
    }
    if (unknown) break; // where it ends cannot be known without inflating it: the walk stops here
    at += 30 + nameLength + extraLength + compressedSize;
  }
  return entries;
}

/**
 * An entry's bytes, inflated, as a stream. Errors (encrypted, unknown compression, cut short,
 * damaged) are ZipErrors saying so.
 * @param {Blob} file
 * @param {ZipEntry} entry
 * @returns {Promise<ReadableStream<Uint8Array>>}
 */
export async function openEntry(file, entry) {
  if (entry.encrypted) {
    throw new ZipError("it is encrypted (the zip is password-protected): unzip it with its password, then audit the folder");
  }
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw new ZipError(`it is compressed in a way that cannot be read (method ${entry.method})`);
  }
  const header = await bytes(file, entry.offset, entry.offset + 30);
  if (header.byteLength < 30 || header.getUint32(0, true) !== LOCAL) throw new ZipError("it is damaged (no header where the directory says)");
  const start = entry.offset + 30 + header.getUint16(26, true) + header.getUint16(28, true);
  const end = entry.compressedSize < 0 ? file.size : start + entry.compressedSize;
  const raw = file.slice(start, Math.min(end, file.size)).stream();
  const cutShort = end > file.size;
  const data = entry.method === DEFLATED ? raw.pipeThrough(new DecompressionStream("deflate-raw")) : raw;
  if (!cutShort || entry.method === DEFLATED) return data;
  // A stored entry the file stops inside: give what there is, then say so.
  return data.pipeThrough(
    new TransformStream({
      flush() {
        throw new ZipError("it is cut short (the zip ends inside it)");
      },
    }),
  );
}
