"""Row 1: the SDK's per-call overhead against raw httpx, sync and async, interleaved.

Run with the project's venv and the generated SDK on sys.path (bench/run.py does both).
Prints one JSON line: median microseconds per call and the spread for each side.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time

import httpx

from friendli import AsyncFriendli, SyncFriendli

PROMPT = "An orange Lamborghini driving down a hill road at night with a beautiful ocean view in the background."
CAT = "https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/diffusers/cat.png"
ARGS = dict(
    prompt=PROMPT,
    model="(adapter-route)",
    num_inference_steps=10,
    guidance_scale=3.5,
    control_images=[{"image": CAT}],
)
BODY = {
    "prompt": PROMPT,
    "model": "(adapter-route)",
    "num_inference_steps": 10,
    "guidance_scale": 3.5,
    "control_images": [{"image": CAT}],
}


def sync_rounds(url: str, n: int, rounds: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"sdk": [], "raw": []}
    headers = {"Authorization": "Bearer x", "Accept": "application/json"}
    with SyncFriendli(token="x", server_url=url) as sdk, httpx.Client() as raw:
        sdk.container.image.generate(**ARGS)  # warm up: connection, model build
        raw.post(url + "/v1/images/generations", json=BODY, headers=headers).json()
        for _ in range(rounds):
            started = time.perf_counter()
            for _ in range(n):
                sdk.container.image.generate(**ARGS)
            times["sdk"].append((time.perf_counter() - started) / n * 1e6)
            started = time.perf_counter()
            for _ in range(n):
                raw.post(url + "/v1/images/generations", json=BODY, headers=headers).json()
            times["raw"].append((time.perf_counter() - started) / n * 1e6)
    return times


async def async_rounds(url: str, n: int, rounds: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"sdk": [], "raw": []}
    headers = {"Authorization": "Bearer x", "Accept": "application/json"}
    async with AsyncFriendli(token="x", server_url=url) as sdk, httpx.AsyncClient() as raw:
        await sdk.container.image.generate(**ARGS)
        (await raw.post(url + "/v1/images/generations", json=BODY, headers=headers)).json()
        for _ in range(rounds):
            started = time.perf_counter()
            for _ in range(n):
                await sdk.container.image.generate(**ARGS)
            times["sdk"].append((time.perf_counter() - started) / n * 1e6)
            started = time.perf_counter()
            for _ in range(n):
                (await raw.post(url + "/v1/images/generations", json=BODY, headers=headers)).json()
            times["raw"].append((time.perf_counter() - started) / n * 1e6)
    return times


def summary(times: dict[str, list[float]]) -> dict[str, object]:
    sdk, raw = statistics.median(times["sdk"]), statistics.median(times["raw"])
    return {
        "sdk_us": round(sdk, 1),
        "raw_us": round(raw, 1),
        "ratio": round(sdk / raw, 2),
        "sdk_spread": [round(min(times["sdk"]), 1), round(max(times["sdk"]), 1)],
        "raw_spread": [round(min(times["raw"]), 1), round(max(times["raw"]), 1)],
    }


if __name__ == "__main__":
    url, n, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    result = {
        "sync": summary(sync_rounds(url, n, rounds)),
        "async": summary(asyncio.run(async_rounds(url, n, rounds))),
    }
    print(json.dumps(result))
