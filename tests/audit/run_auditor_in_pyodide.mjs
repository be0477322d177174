// The audit page's own steps (extension/audit/auditor.js: zip.js reading the zip, the bridge fed
// a piece at a time) in the real Pyodide under Node, on a zip on disk. Prints {report (JSONL),
// rows (every flagged post, as the page asks for them), problems, summary, line, empty} or {error}.
import { openAsBlob } from "node:fs";
import { basename } from "node:path";
import { auditExport } from "../../extension/audit/auditor.js";
import { bootUnderNode } from "../../tools/boot_node.mjs";

const [pyodideDir, zipPath, optionsJson = "{}"] = process.argv.slice(2);
const { bridge } = await bootUnderNode(pyodideDir);
const blob = await openAsBlob(zipPath);
const file = Object.assign(blob, { name: basename(zipPath) });
const problems = [];
try {
  const result = await auditExport(bridge, file, JSON.parse(optionsJson), "", {
    progress: () => {},
    problems: (found) => problems.push(...found),
  });
  const { content } = JSON.parse(bridge.audit_report(result.session, "jsonl"));
  const { rows } = JSON.parse(bridge.audit_page(result.session, JSON.stringify({ size: 1e9 })));
  process.stdout.write(JSON.stringify({ report: content, rows, problems, ...result }));
} catch (error) {
  process.stdout.write(JSON.stringify({ error: String(error.message || error) }));
}
