// The audit page's zip reader (extension/audit/zip.js) under Node, on a zip on disk: prints
// {cutShort, entries, texts: {path: text | {error}}} for the entries named on the command line.
import { openAsBlob } from "node:fs";
import { listEntries, openEntry } from "../../extension/audit/zip.js";

const [zipPath, ...wanted] = process.argv.slice(2);
const file = await openAsBlob(zipPath);
try {
  const { entries, cutShort } = await listEntries(file);
  const texts = {};
  for (const entry of entries.filter((e) => wanted.includes(e.path))) {
    try {
      const stream = (await openEntry(file, entry)).pipeThrough(new TextDecoderStream());
      let text = "";
      for await (const piece of stream) text += piece;
      texts[entry.path] = text;
    } catch (error) {
      texts[entry.path] = { error: String(error.message || error) };
    }
  }
  process.stdout.write(JSON.stringify({ cutShort, entries, texts }));
} catch (error) {
  process.stdout.write(JSON.stringify({ error: String(error.message || error) }));
}
