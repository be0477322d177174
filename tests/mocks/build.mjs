// Bundles every tests/mocks/<site>/app.jsx into tests/mocks/build/<site>.js
// (plus <site>.css when the app imports CSS). Run from the repo root:
//   node tests/mocks/build.mjs
import { build } from "esbuild";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const mocksDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(mocksDir, "..", "..");
const outDir = join(mocksDir, "build");

const sites = readdirSync(mocksDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== "build")
  .map((d) => d.name)
  .filter((site) => existsSync(join(mocksDir, site, "app.jsx")))
  .sort();

mkdirSync(outDir, { recursive: true });

let failed = false;
for (const site of sites) {
  const outfile = join(outDir, `${site}.js`);
  try {
    const result = await build({
      entryPoints: [join(mocksDir, site, "app.jsx")],
      outfile,
      bundle: true,
      format: "iife",
      platform: "browser",
      target: "chrome120",
      minify: false,
      sourcemap: false,
      // Production React/Draft builds, as the real sites ship.
      // Draft.js / fbjs reference Node's `global` (e.g. setImmediate polyfill).
      define: { "process.env.NODE_ENV": '"production"', global: "globalThis" },
      jsx: "transform",
      jsxFactory: "React.createElement",
      jsxFragment: "React.Fragment",
      // Resolve packages from the repo's node_modules regardless of cwd.
      nodePaths: [join(repoRoot, "node_modules")],
      absWorkingDir: repoRoot,
      logLevel: "silent",
      metafile: true,
    });
    const outputs = Object.entries(result.metafile.outputs)
      .map(([p, o]) => `${relative(repoRoot, resolve(repoRoot, p))} (${o.bytes} bytes)`)
      .join(", ");
    console.log(`[mocks] ${site}: ${outputs}`);
  } catch (err) {
    failed = true;
    const msgs = err.errors?.length
      ? err.errors.map((e) => `${e.location?.file ?? ""}:${e.location?.line ?? ""} ${e.text}`).join("\n  ")
      : String(err);
    console.error(`[mocks] ${site}: FAILED\n  ${msgs}`);
  }
}

if (!sites.length) console.log("[mocks] no tests/mocks/<site>/app.jsx found");
process.exit(failed ? 1 : 0);
