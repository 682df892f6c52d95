"""perf.threads: each job of a sweep computes with its share of the CPUs, and the count is part of every key."""

from __future__ import annotations

import subprocess
import sys

import pytest
import torch
from omegaconf import open_dict

from xlt.experiment.cell import use_threads
from xlt.experiment.identity import cell_identity, fields
from xlt.runtime import auto_threads, cpu_cores

JOBLIB = "hydra_plugins.hydra_joblib_launcher.joblib_launcher.JoblibLauncher"
SUBMITIT_LOCAL = "hydra_plugins.hydra_submitit_launcher.submitit_launcher.LocalLauncher"
SUBMITIT_SLURM = "hydra_plugins.hydra_submitit_launcher.submitit_launcher.SlurmLauncher"
BASIC = "hydra._internal.core_plugins.basic_launcher.BasicLauncher"


@pytest.mark.parametrize(
    ("launcher", "sweeper", "cores", "threads"),
    [
        ({"_target_": JOBLIB, "n_jobs": 2}, {}, 2, 1),          # two cells side by side on two cores
        ({"_target_": JOBLIB, "n_jobs": 4}, {}, 16, 4),
        ({"_target_": JOBLIB, "n_jobs": 3}, {}, 2, 1),          # more jobs than cores: never 0
        ({"_target_": JOBLIB, "n_jobs": -1}, {}, 8, 1),         # joblib's -1: one job per CPU
        ({"_target_": JOBLIB, "n_jobs": -2}, {}, 8, 1),         # all CPUs but one: 7 jobs
        ({"_target_": BASIC}, {}, 8, 8),                        # one job at a time
        ({"_target_": SUBMITIT_SLURM, "tasks_per_node": 4}, {}, 8, 8),  # its own allocation (the affinity mask)
        ({"_target_": SUBMITIT_LOCAL, "cpus_per_task": 3}, {}, 16, 3),
        ({"_target_": SUBMITIT_LOCAL, "tasks_per_node": 2}, {"max_batch_size": 2}, 16, 4),
        ({"_target_": SUBMITIT_LOCAL, "tasks_per_node": 1}, {"max_batch_size": None}, 16, 1),  # how many: unknown
    ],
)
def test_auto_shares_the_cpus_among_the_jobs_running_at_once(launcher, sweeper, cores, threads):
    assert auto_threads(launcher, sweeper, cores) == threads


def test_the_thread_count_changes_cpu_results_in_their_last_bits():
    """Why perf.threads is a `teacher` field: CPU kernels split sums by thread (here LayerNorm's weight gradient),
    so the same batch gives another gradient on 1 and on 2 threads (a tiny cell's teacher: 4 of 39 tensors)."""
    before = torch.get_num_threads()
    grads = []
    try:
        for threads in (1, 2):
            torch.set_num_threads(threads)
            torch.manual_seed(0)
            x, norm = torch.randn(40, 32), torch.nn.LayerNorm(32)
            norm(x).pow(2).sum().backward()
            grads.append(norm.weight.grad.clone())
    finally:
        torch.set_num_threads(before)
    assert torch.allclose(grads[0], grads[1]) and not torch.equal(grads[0], grads[1])


def test_threads_are_resolved_at_the_jobs_start_and_part_of_its_keys(make_cfg):
    before = torch.get_num_threads()
    try:
        cfg = make_cfg(["model=tiny"])
        assert cfg.perf.threads == "auto"
        assert use_threads(cfg) == cpu_cores() == cfg.perf.threads == torch.get_num_threads()  # not a multirun
        one, two = make_cfg(["model=tiny", "perf.threads=1"]), make_cfg(["model=tiny", "perf.threads=2"])
        assert fields(one, ("teacher",))["perf.threads"] == 1
        assert cell_identity(one) != cell_identity(two)
        default = make_cfg(["model=tiny", "perf.threads=null"])
        use_threads(default)
        assert default.perf.threads == torch.get_num_threads()  # null: torch's default, recorded as its count
    finally:
        torch.set_num_threads(before)


def test_flush_denormal_false_is_left_out_of_every_key_and_true_keys_its_own(make_cfg):
    """perf.flush_denormal came after stores were filled: false (xlt's arithmetic before the field) is in no key, so
    every stored artifact stays valid; true can change subnormal values, so it keys artifacts of its own."""
    off, on, older = (make_cfg(["model=tiny", *extra]) for extra in ([], ["perf.flush_denormal=true"], []))
    with open_dict(older):
        del older.perf["flush_denormal"]  # a config of xlt before the field
    assert off.perf.flush_denormal is False and "perf.flush_denormal" not in fields(off, ("teacher",))
    assert cell_identity(off) == cell_identity(older)
    assert fields(on, ("teacher",))["perf.flush_denormal"] is True and cell_identity(on) != cell_identity(off)


FLUSH = """
import torch
from omegaconf import OmegaConf
from xlt.errors import ConfigError
from xlt.experiment.cell import use_flush_denormal
from xlt.runtime import denormals_flushed

torch.set_num_threads(2)
if {started}:
    print(denormals_flushed())  # the intra-op threads start, keeping subnormals
try:
    use_flush_denormal(OmegaConf.create({{"perf": {{"flush_denormal": True}}}}))
    print(denormals_flushed(), float(torch.tensor([1e-20]) * 1e-20))
except ConfigError as error:
    print("ConfigError:", error)
"""


@pytest.mark.parametrize("started", [False, True])
def test_flush_denormal_reaches_every_thread_or_says_why_not(started):
    """1e-20 x 1e-20 = 1e-40 is subnormal in fp32 (under 1.18e-38): kept by default, 0 once flushed, on every
    intra-op thread. Threads keep the setting they started under, so a process whose threads started unflushed is
    refused (a sweep's cells in one process), never half flushed under the flushed cell's key."""
    out = subprocess.run([sys.executable, "-c", FLUSH.format(started=started)], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    if not started:
        assert out == ["1.0 0.0"]
    else:
        assert out[0] == "0.0"
        assert out[1].startswith("ConfigError: perf.flush_denormal=true: this process's intra-op threads started "
                                 "under the other setting") and "separate processes" in out[1]
