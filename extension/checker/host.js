// Where the checker runs, for the page that hosts it (Chrome's offscreen document, Firefox's event
// page): it starts checker/worker.js, passes it requests, and holds each to a time limit. A request
// not answered in time ends the worker and starts a new one (a fresh boot, about a second), and is
// answered with CHECKER_RESTARTED, which the panel shows; the next keystroke is checked by the new one.
// A checker that booted in full has a snapshot of a booted checker made for the next boot (a few
// hundred milliseconds instead of a second and a half: checker/snapshot-worker.js).

/** A check takes milliseconds (even at the size limit, well under a second): this is a runaway. */
export const CHECK_TIME_LIMIT_MS = 5_000;
/** Pyodide's boot, on a busy machine. */
const BOOT_TIME_LIMIT_MS = 60_000;
/** A checker that booted in full makes its snapshot this long after, out of the way of the page's loading. */
const MAKE_SNAPSHOT_AFTER_MS = 3_000;
export const CHECKER_RESTARTED = "Checking this draft took too long, so checking was restarted. Keep typing to check again.";

/**
 * `snapshot`: how the checker booted: "restored" (from a snapshot: checker/snapshot-worker.js made it) or
 * "full"; `snapshotIgnored`: why a snapshot kept was not used (stale, damaged); `snapshotMade`: the
 * snapshot worker's phases once it kept one (or why it could not: `{failed}`); `firstCheck`: when the first
 * check came to the worker and how long it took there (ms from its start), once there was one.
 * @typedef {{status: string, reason: string, timings: Record<string, number>, checks: number, restarts: number, startedAt: number,
 *   snapshot: string, snapshotIgnored: string, snapshotMade: Record<string, any> | null, firstCheck: {came: number, took: number} | null}} CheckerState
 */

export class CheckerHost {
  constructor(/** @type {string} */ workerUrl) {
    this.workerUrl = workerUrl;
    this.snapshotWorkerUrl = new URL("snapshot-worker.js", workerUrl).href;
    /** @type {Record<string, any> | null} */
    this.snapshotMade = null;
    this.timeLimitMs = CHECK_TIME_LIMIT_MS;
    this.restarts = 0;
    this.checks = 0;
    this.next = 0;
    /** @type {Map<number, (answer: any) => void>} */
    this.pending = new Map();
    /** @type {ReturnType<typeof setTimeout> | undefined} the time limit's timer (arm) */
    this.timer = undefined;
    this.due = 0;
    this.lastProgress = 0;
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    this.makingSnapshot = undefined;
    this.start();
  }

  start() {
    this.status = "loading";
    this.reason = "";
    /** @type {Record<string, number>} */
    this.timings = {};
    this.snapshot = "";
    this.snapshotIgnored = "";
    /** @type {{came: number, took: number} | null} */
    this.firstCheck = null;
    this.startedAt = performance.timeOrigin + performance.now();
    const worker = new Worker(this.workerUrl, { type: "module" });
    worker.addEventListener("message", ({ data }) => {
      if (worker !== this.worker) return; // one we ended
      if (data.boot) this.booted(data.boot);
      else if (data.firstCheck) this.firstCheck = data.firstCheck;
      else this.settle(data.id, data.answer);
    });
    worker.addEventListener("error", (event) => {
      if (worker !== this.worker || this.status !== "loading") return;
      this.status = "error";
      this.reason = `The checker failed to start: ${event.message || "its worker did not load"}`;
      for (const id of [...this.pending.keys()]) this.settle(id, { status: "error", error: this.reason });
    });
    this.worker = worker;
  }

  booted(/** @type {Record<string, any>} */ boot) {
    Object.assign(this, boot);
    if (this.status === "ready" && this.snapshot !== "restored" && this.makingSnapshot === undefined) {
      this.makingSnapshot = setTimeout(() => this.makeSnapshot(), MAKE_SNAPSHOT_AFTER_MS);
    }
  }

  /** Make a snapshot for the next boot, once in this host's life, in a worker that ends when it is done. */
  makeSnapshot() {
    const maker = new Worker(this.snapshotWorkerUrl, { type: "module" });
    const done = (/** @type {Record<string, any>} */ outcome) => {
      maker.terminate();
      this.snapshotMade = outcome;
    };
    maker.addEventListener("message", ({ data }) => done(data.kept ? data.timings : { failed: data.reason }));
    maker.addEventListener("error", (event) => done({ failed: event.message || "its worker did not load" }));
  }

  /** End the worker (answering what it still owed with `reason`) and start another. */
  restart(/** @type {string} */ reason = CHECKER_RESTARTED) {
    this.worker.terminate();
    for (const id of [...this.pending.keys()]) this.settle(id, { error: reason, restarted: true });
    clearTimeout(this.timer);
    this.timer = undefined;
    this.restarts += 1;
    this.start();
  }

  /** What the checker is doing: "loading" | "ready" | "error", and its figures (for the tests and the benchmark). */
  /** @returns {CheckerState} */
  state() {
    const { status, reason, timings, checks, restarts, startedAt, snapshot, snapshotIgnored, snapshotMade, firstCheck } = this;
    return { status, reason, timings, checks, restarts, startedAt, snapshot, snapshotIgnored, snapshotMade, firstCheck };
  }

  /**
   * The checker's answer to `request` (one of protocol.js's CHECKER_REQUESTS, checked by the caller).
   * @param {Record<string, unknown>} request
   * @returns {Promise<any>}
   */
  ask(request) {
    if (request.type === "status") return Promise.resolve(this.state()); // now, even while booting
    if (this.status === "error") return Promise.resolve({ status: "error", error: this.reason });
    if (request.type === "check") this.checks += 1;
    const id = ++this.next;
    const answered = new Promise((resolve) => this.pending.set(id, resolve));
    this.worker.postMessage({ id, request });
    this.arm();
    return answered;
  }

  /**
   * A time limit for the oldest request still unanswered (the worker answers in order), counted from the
   * last request or answer. One timer, looked at when it fires, rather than one set and cleared per
   * request: each is an object for the garbage collector, a few every keystroke.
   */
  arm() {
    this.lastProgress = performance.now();
    if (this.pending.size) this.schedule(this.lastProgress + this.limitMs());
  }

  limitMs() {
    return this.timeLimitMs + (this.status === "loading" ? BOOT_TIME_LIMIT_MS : 0);
  }

  /** The timer to fire at `due` (ms, performance.now()'s clock), unless it fires sooner already. */
  schedule(/** @type {number} */ due) {
    if (this.timer !== undefined && this.due <= due) return; // it looks again when it fires
    clearTimeout(this.timer);
    this.due = due;
    this.timer = setTimeout(() => this.expire(), Math.max(0, due - performance.now()));
  }

  /** The timer fired: restart a worker that has owed an answer for too long, else look again when one would. */
  expire() {
    this.timer = undefined;
    if (!this.pending.size) return;
    const due = this.lastProgress + this.limitMs();
    if (performance.now() >= due) this.restart();
    else this.schedule(due);
  }

  settle(/** @type {number} */ id, /** @type {any} */ answer) {
    const resolve = this.pending.get(id);
    if (!resolve) return;
    this.pending.delete(id);
    resolve(answer);
    this.arm();
  }
}
