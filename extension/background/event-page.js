// Firefox's background: an event page (Firefox has no offscreen documents), which runs the checker in
// a worker of its own (checker/host.js) from the moment it starts. Firefox unloads an event page 30 s
// after its last message, checker and all: while a composer is in use, its content script's messages
// keep it awake (content/core/keep-awake.js), and after a sleep the first message boots it again.

import { CheckerHost } from "../checker/host.js";
import { startBackground } from "./background.js";

const checker = new CheckerHost(chrome.runtime.getURL("checker/worker.js"));
// Firefox loads an event page with the browser only for an onStartup listener: this one is there for
// that, so the checker boots as the browser starts, not when the first composer asks.
chrome.runtime.onStartup.addListener(() => {});

startBackground({
  ask: (request) => checker.ask(request),
  restart: async () => checker.restart(),
});
