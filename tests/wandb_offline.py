"""Read an offline W&B run file (`offline-run-*/run-<id>.wandb`) back into wandb's own records.

The file is what `wandb sync` uploads: a header (`:W&B`, magic 0xBEE1, version 0) and then a LevelDB-style log of
32 KiB blocks whose chunks (7-byte header: checksum, length, type FULL/FIRST/MIDDLE/LAST) carry serialized
`wandb.proto.wandb_internal_pb2.Record` messages - wandb's own schema, so what a test reads is exactly what the
server would receive: the run record (id, name, tags, config), summary updates, history rows.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any

from wandb.proto import wandb_internal_pb2 as pb

BLOCK, CHUNK_HEADER = 32768, 7
FULL, FIRST, MIDDLE, LAST = 1, 2, 3, 4


def read_records(path: str | Path) -> list[pb.Record]:
    data = Path(path).read_bytes()
    assert data[:4] == b":W&B" and data[4:6] == b"\xe1\xbe", f"{path} is not a W&B run file"
    pos, payloads, pending = 7, [], b""
    while pos + CHUNK_HEADER <= len(data):
        left = BLOCK - pos % BLOCK
        if left < CHUNK_HEADER:  # a block's tail too short for a chunk header is padding
            pos += left
            continue
        _, length, kind = struct.unpack("<IHB", data[pos : pos + CHUNK_HEADER])
        if kind == 0 and length == 0:
            break
        chunk = data[pos + CHUNK_HEADER : pos + CHUNK_HEADER + length]
        pos += CHUNK_HEADER + length
        if kind == FULL:
            payloads.append(chunk)
        elif kind == FIRST:
            pending = chunk
        elif kind == MIDDLE:
            pending += chunk
        elif kind == LAST:
            payloads.append(pending + chunk)
    records = []
    for payload in payloads:
        record = pb.Record()
        record.ParseFromString(payload)
        records.append(record)
    return records


def run_view(path: str | Path) -> dict[str, Any]:
    """The run as the server would see it: id, display name, tags, job type, config {key: value} and the final
    summary {key: value} (summary updates applied in order)."""
    records = read_records(path)
    runs = [r.run for r in records if r.WhichOneof("record_type") == "run"]
    assert len(runs) == 1, f"{path}: {len(runs)} run records"
    run = runs[0]
    config = {u.key or "/".join(u.nested_key): json.loads(u.value_json) for u in run.config.update}
    for r in records:
        if r.WhichOneof("record_type") == "config":
            config.update({u.key or "/".join(u.nested_key): json.loads(u.value_json) for u in r.config.update})
    summary: dict[str, Any] = {}
    for r in records:
        if r.WhichOneof("record_type") == "summary":
            for u in r.summary.update:
                summary[u.key or "/".join(u.nested_key)] = json.loads(u.value_json)
    return {"id": run.run_id, "name": run.display_name, "tags": list(run.tags), "job_type": run.job_type,
            "group": run.run_group, "config": config, "summary": summary}
