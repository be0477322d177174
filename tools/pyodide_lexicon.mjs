// Compile a policy pack's word lists for the Python inside Pyodide, at build time (build.py --pack),
// with each clause's words as the policy look-up indexes them.
// Usage: node tools/pyodide_lexicon.mjs RUNTIME_DIR PACK_DIR OUT_DIR
// RUNTIME_DIR: the built extension's pyodide/ folder; the checker that ships compiles the lists, so
// the saved lexicon is what it would have made (marshal's format is Python's own). Writes
// OUT_DIR/<pychecker.pack.SAVED_LEXICON>, to go into the pack beside its lists.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { bootUnderNode } from "./boot_node.mjs";

const [runtime, packDir, outDir] = process.argv.slice(2).map((p) => resolve(p));
try {
  const { pyodide } = await bootUnderNode(runtime);
  pyodide.FS.mkdirTree("/tmp/pack/lists");
  for (const name of readdirSync(join(packDir, "lists")).filter((n) => n.endsWith(".toml"))) {
    pyodide.FS.writeFile(`/tmp/pack/lists/${name}`, readFileSync(join(packDir, "lists", name)));
  }
  // The clauses too: the look-up's words of each clause are saved beside the lists (Pack.lookup_clause_words).
  pyodide.FS.writeFile("/tmp/pack/clauses.toml", readFileSync(join(packDir, "clauses.toml")));
  const saved = pyodide.runPython(`
from pathlib import Path
from pychecker.pack import SAVED_LEXICON, saved_lexicon
Path("/tmp/saved").write_bytes(saved_lexicon(Path("/tmp/pack")))
"/".join(SAVED_LEXICON)`);
  const target = join(outDir, saved);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, pyodide.FS.readFile("/tmp/saved"));
} catch (error) {
  process.stderr.write(`${error.message}\n`); // not Pyodide's whole minified line
  process.exit(1);
}
