"""Where this process runs: its place in a distributed job, its inference device, its CPU threads, whether it has a
terminal.

One answer for the whole package (the batch sampler, the artifact store, the run record, the loggers, the
command lines and the analysis), so that no module of one role imports another role for it.
"""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Mapping
from typing import Any

import torch

from xlt.errors import ConfigError


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
    """The torch device a device setting or a Lightning accelerator names: `auto`: cuda if available, else cpu;
    `gpu`: cuda; any other name as given (cpu, cuda, cuda:1, ...)."""
    if name == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return "cuda" if name == "gpu" else name


# precision (trainer.precision: auto) ------------------------------------------------------------------------------

PRECISIONS = ("auto", "32-true", "bf16-mixed", "16-mixed", "64-true", "bf16-true", "16-true")
# CPU flags of native bf16 arithmetic (a dot product in bf16, not a conversion): AVX512-BF16 (Cooper Lake, Zen 4
# and later) and AMX-BF16 (Sapphire Rapids and later); without them bf16 autocast is emulated and slower than fp32
_CPU_BF16_FLAGS = ("avx512_bf16", "amx_bf16")


def cpu_flags(cpuinfo: str = "/proc/cpuinfo") -> set[str]:
    """The CPU's feature flags as the kernel reports them (Linux); empty elsewhere."""
    try:
        with open(cpuinfo, encoding="utf-8") as f:
            for line in f:
                if line.startswith("flags"):
                    return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


def cpu_model(cpuinfo: str = "/proc/cpuinfo") -> str:
    """The CPU's model name as the kernel reports it (Linux), else what `platform` knows."""
    try:
        with open(cpuinfo, encoding="utf-8") as f:
            return next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        return platform.processor() or platform.machine()


def machine() -> dict[str, Any]:
    """What computed a result: the CPU model, its cores and bf16 flags, the GPU, torch and Python. Another CPU
    model computes other last bits (other SIMD kernels), so a cell's numbers come back bit for bit only on the same
    one: metrics.json records it (xlt.experiment.record), so a sweep finished on several machines says which ran
    which cell. The GPU is the one this process computes on, named once CUDA is in use (asking earlier would start
    CUDA here, which a forking DDP launch forbids): the run record asks again after every stage."""
    gpu = torch.cuda.get_device_name(torch.cuda.current_device()) if torch.cuda.is_initialized() else None
    return {"cpu": cpu_model(), "cores": cpu_cores(), "bf16_flags": sorted(cpu_flags() & set(_CPU_BF16_FLAGS)),
            "cpu_kernels": torch.backends.cpu.get_cpu_capability(),  # the SIMD level torch dispatches (AVX2, AVX512)
            "gpu": gpu, "torch": torch.__version__, "python": platform.python_version()}


def native_bf16(device_type: str, flags: set[str] | None = None) -> bool:
    """True where the device multiplies bf16 natively: a CUDA GPU with bf16 support (Ampere and later, without
    emulation), a CPU with AVX512-BF16 or AMX-BF16 (read from /proc/cpuinfo, not guessed)."""
    if device_type == "cuda":
        return torch.cuda.is_available() and torch.cuda.is_bf16_supported(including_emulation=False)
    if device_type == "cpu":
        return bool((cpu_flags() if flags is None else flags) & set(_CPU_BF16_FLAGS))
    return False


def resolve_precision(setting: str, device_type: str) -> str:
    """`auto`: bf16-mixed where `device_type` multiplies bf16 natively, else 32-true; any other setting as given."""
    if setting not in PRECISIONS:
        raise ConfigError(f"precision {setting!r} is unknown; valid: {', '.join(PRECISIONS)}")
    if setting != "auto":
        return setting
    return "bf16-mixed" if native_bf16(device_type) else "32-true"


def stderr_is_tty() -> bool:
    """True on an interactive terminal (progress bars), False in logs, CI and workers (plain progress lines)."""
    return bool(getattr(sys.stderr, "isatty", lambda: False)())


def denormals_flushed() -> float:
    """The share of this process's intra-op threads that flush subnormal floats to zero now (1.0: all, 0.0: none;
    threads keep the setting they started with): a product that is subnormal (1e-20 x 1e-20) in a tensor split
    among the threads, the share of it that comes out 0."""
    return float(((torch.full((1 << 20,), 1e-20) * 1e-20) == 0).float().mean())


# intra-op threads (perf.threads) ---------------------------------------------------------------------------------


def cpu_cores() -> int:
    """The CPUs this process may run on (the affinity mask SLURM, a cgroup or taskset set), else all of them."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def auto_threads(launcher: Mapping[str, Any] | None, sweeper: Mapping[str, Any] | None, cores: int) -> int:
    """`perf.threads=auto` for a job of a multirun: the CPUs divided among the jobs that run beside it.

    joblib runs `n_jobs` at once (-1: one per CPU, -2: all but one...); submitit_local starts every job of a
    sweeper batch at once, each with `tasks_per_node` processes, so a job gets `cpus_per_task` when set, else the
    CPUs over `tasks_per_node` x `max_batch_size` (unknown without a batch size: 1 thread, never oversubscribed);
    any other launcher (basic: one job at a time; SLURM: its own allocation, in the affinity mask) gets them all.
    """
    launcher, sweeper = dict(launcher or {}), dict(sweeper or {})
    target = str(launcher.get("_target_", ""))
    if "joblib" in target.lower():
        n_jobs = int(launcher.get("n_jobs") or 1)
        jobs = n_jobs if n_jobs > 0 else cores + 1 + n_jobs
        return max(cores // max(jobs, 1), 1)
    if target.endswith("submitit_launcher.LocalLauncher"):
        if launcher.get("cpus_per_task"):
            return int(launcher["cpus_per_task"])
        batch = sweeper.get("max_batch_size")
        if not batch:
            return 1
        return max(cores // (int(launcher.get("tasks_per_node") or 1) * int(batch)), 1)
    return cores


def intra_op_threads(setting: Any) -> int:
    """The thread count `perf.threads` asks for in this process: an int as given; `auto` from the Hydra launcher
    (every CPU outside a multirun); null: torch's own default (OMP_NUM_THREADS, or what its runtime picks)."""
    if setting is None:
        return torch.get_num_threads()
    if setting != "auto":
        return int(setting)
    from hydra.core.hydra_config import HydraConfig
    from hydra.types import RunMode

    if not HydraConfig.initialized() or HydraConfig.get().mode != RunMode.MULTIRUN:
        return cpu_cores()
    hc = HydraConfig.get()
    return auto_threads(hc.launcher, hc.sweeper, cpu_cores())
