"""A full garbage collection in the extension's JavaScript heaps, over Chromium's DevTools protocol.

The benchmark (tools/bench.py) launches Chromium with `--remote-debugging-port=0` (Chromium writes the
port it chose into the profile's DevToolsActivePort). Playwright's own CDP sessions reach pages only;
a browser-level connection with flat sessions also reaches the checker's dedicated worker, through the
offscreen document's auto-attach. Used to tell garbage V8 has not collected yet from memory still held.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import websockets

# The offscreen document's heap is its process's main V8 heap, which the extension's frames in the pages
# (the panel's, the banners') share: they run in that process, and the figure is theirs too.
KINDS = {"service_worker": "service worker", "background_page": "offscreen document", "worker": "checker worker"}


async def _heaps(profile: Path, collect: bool) -> dict[str, float]:
    port, path = (profile / "DevToolsActivePort").read_text().split()[:2]
    ids = itertools.count(1)
    events: list[dict[str, Any]] = []
    async with websockets.connect(f"ws://127.0.0.1:{port}{path}", max_size=None) as socket:

        async def call(method: str, params: dict[str, Any] | None = None, session: str | None = None) -> Any:
            sent = {"id": next(ids), "method": method, "params": params or {}}
            if session:
                sent["sessionId"] = session
            await socket.send(json.dumps(sent))
            while (got := json.loads(await socket.recv())).get("id") != sent["id"]:
                events.append(got)
            return got.get("result", {})

        sessions: dict[str, str] = {}
        for target in (await call("Target.getTargets"))["targetInfos"]:
            if target["type"] in ("service_worker", "background_page"):
                attached = await call("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True})
                sessions[KINDS[target["type"]]] = attached["sessionId"]
        attach = {"autoAttach": True, "waitForDebuggerOnStart": False, "flatten": True}
        await call("Target.setAutoAttach", attach, sessions[KINDS["background_page"]])
        for event in events:
            if event.get("method") == "Target.attachedToTarget" and event["params"]["targetInfo"]["type"] == "worker":
                sessions[KINDS["worker"]] = event["params"]["sessionId"]
        used = {}
        for name, session in sessions.items():
            if collect:
                await asyncio.wait_for(call("HeapProfiler.collectGarbage", session=session), 30)
            heap = await asyncio.wait_for(call("Runtime.getHeapUsage", session=session), 30)
            used[name] = heap["totalSize"] / 1e6
        return used


def heap_sizes(profile: Path, collect: bool = False) -> dict[str, float]:
    """The size (MB) of each of the extension's JavaScript heaps in the Chromium on `profile` (V8's
    total: what it holds from the system, garbage included); `collect`: after a full garbage collection."""
    with ThreadPoolExecutor(1) as pool:  # Playwright's sync API holds this thread's event loop
        return pool.submit(asyncio.run, _heaps(profile, collect)).result()
