// The audit in the real Pyodide, booted as the extension boots it, fed as the audit page feeds it:
// each file's UTF-8 bytes decoded a piece at a time by TextDecoder, the text passed to
// bridge.audit_feed. Reads {paths, files: {path: base64}, options, piece} on standard input and
// writes {report (the JSONL report), rows (every flagged post, as audit_page gives them), summary, python} on
// standard output.
import { readFileSync } from "node:fs";
import { bootUnderNode } from "../../tools/boot_node.mjs";

const [pyodideDir] = process.argv.slice(2);
const input = JSON.parse(readFileSync(0, "utf8"));
const { pyodide, bridge } = await bootUnderNode(pyodideDir);
const call = (name, ...args) => {
  const answer = JSON.parse(bridge[name](...args));
  if (answer.error) throw new Error(`${name}: ${answer.error}`);
  return answer;
};

const { session, read } = call("audit_start", JSON.stringify({ paths: input.paths, options: input.options }));
for (const path of read) {
  const bytes = Buffer.from(input.files[path] ?? "", "base64");
  const decoder = new TextDecoder("utf-8");
  let done = false;
  for (let at = 0; !done && at < bytes.length; at += input.piece) {
    const last = at + input.piece >= bytes.length;
    const text = decoder.decode(bytes.subarray(at, at + input.piece), { stream: !last });
    done = call("audit_feed", session, path, text, last).done;
  }
  if (!bytes.length) call("audit_feed", session, path, "", true);
}
const { rows } = call("audit_page", session, JSON.stringify({ size: 1e9 }));
const { summary } = call("audit_summary", session);
const { content } = call("audit_report", session, "jsonl");
call("audit_end", session);
const python = pyodide.runPython("import sys; sys.version");
process.stdout.write(JSON.stringify({ report: content, rows, summary, python }));
