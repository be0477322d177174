// The checker's home: boots Pyodide once, loads the bundled pychecker wheel, answers requests.
// Everything is loaded from the extension's own files; nothing is fetched from the network.
import { loadPyodide } from "../pyodide/pyodide.mjs";

const state = { status: "loading", reason: "", bridge: null, timings: {} }; // timings: boot phases, ms

// Registered before any await: a listener added later misses the first message.
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || message?.target !== "offscreen") return false;
  if (message.type === "status") {
    sendResponse({ status: state.status, reason: state.reason, timings: state.timings }); // now, even while booting
    return false;
  }
  booted.then(() => sendResponse(answer(message)));
  return true;
});

function answer(message) {
  if (state.status !== "ready") return { status: "error", error: state.reason };
  try {
    if (message.type === "hello") return { status: "ready", ...JSON.parse(state.bridge.info()) };
    if (message.type === "check") {
      const request = { text: message.text, context: message.context ?? {}, rules: message.rules };
      return JSON.parse(state.bridge.check_json(JSON.stringify(request)));
    }
    if (message.type === "lookup") return JSON.parse(state.bridge.lookup_json(message.question));
    if (message.type === "policy") return JSON.parse(state.bridge.policy_json());
  } catch (error) {
    return { error: `The checker failed: ${error.message}` };
  }
  return { error: "Unknown request." };
}

async function boot() {
  const started = performance.now();
  const mark = (phase) => { state.timings[phase] = Math.round(performance.now() - started); };
  const pyodide = await loadPyodide({ indexURL: chrome.runtime.getURL("pyodide/") });
  mark("pyodide");
  const wheel = await fetch(chrome.runtime.getURL("pyodide/pychecker.whl"));
  if (!wheel.ok) throw new Error(`the checker package is missing from the extension (${wheel.status})`);
  const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
  pyodide.unpackArchive(await wheel.arrayBuffer(), "wheel", { extractDir: sitePackages });
  state.bridge = pyodide.pyimport("pychecker.bridge");
  mark("import");
  state.bridge.info(); // load the policy pack now, not on the first keystroke
  mark("ready");
  state.status = "ready";
}

const booted = boot().catch((error) => {
  state.status = "error";
  state.reason = `The checker failed to start: ${error?.message || error}`;
  console.error(state.reason);
});
