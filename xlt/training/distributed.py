"""Which process of a distributed job this is: one answer for the store, the loggers and the batch sampler."""

from __future__ import annotations

import os

import torch


def rank_and_world() -> tuple[int, int]:
    """(global rank, world size): from the process group once it exists, else from the variables a launcher
    (Lightning DDP, torchrun, SLURM) sets before it does, else (0, 1)."""
    if torch.distributed.is_available() and torch.distributed.is_initialized():
        return torch.distributed.get_rank(), torch.distributed.get_world_size()
    rank = next((int(v) for var in ("RANK", "SLURM_PROCID", "LOCAL_RANK") if (v := os.environ.get(var))), 0)
    world = next((int(v) for var in ("WORLD_SIZE", "SLURM_NTASKS") if (v := os.environ.get(var))), 1)
    return rank, world


def launched_rank() -> int:
    """Global rank of this process when a launcher started several; else 0."""
    return rank_and_world()[0]


def world_size() -> int:
    return rank_and_world()[1]
