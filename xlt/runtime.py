"""Where this process runs: its place in a distributed job, its inference device, whether it has a terminal.

One answer for the whole package (the batch sampler, the artifact store, the run record, the loggers, the
command lines and the analysis), so that no module of one role imports another role for it.
"""

from __future__ import annotations

import os
import sys

import torch


def process_group() -> tuple[int, int]:
    """(rank, world size) of the initialised process group; (0, 1) outside distributed training. What the batch
    sampler shards by: only ranks that train together may split the batches (an exported WORLD_SIZE or a SLURM
    allocation without a process group still trains on all of them)."""
    if torch.distributed.is_available() and torch.distributed.is_initialized():
        return torch.distributed.get_rank(), torch.distributed.get_world_size()
    return 0, 1


def launched_rank() -> int:
    """Global rank of this process when a launcher (Lightning DDP, torchrun, SLURM) started several, known before
    the process group exists (the store and the record decide who writes); else 0."""
    return next((int(v) for var in ("RANK", "SLURM_PROCID", "LOCAL_RANK") if (v := os.environ.get(var))), 0)


def world_size() -> int:
    """How many processes the launcher started (WORLD_SIZE, set by Lightning DDP and torchrun); else 1."""
    return int(os.environ.get("WORLD_SIZE") or 1)


def resolve_device(name: str) -> str:
    """`auto`: cuda if available, else cpu; any other name as given."""
    return ("cuda" if torch.cuda.is_available() else "cpu") if name == "auto" else name


def stderr_is_tty() -> bool:
    """True on an interactive terminal (progress bars), False in logs, CI and workers (plain progress lines)."""
    return bool(getattr(sys.stderr, "isatty", lambda: False)())
