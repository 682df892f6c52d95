"""hydra/sweeper=teachers_first: the grid of the basic sweeper, with each distinct teacher's first job first."""

from __future__ import annotations

import itertools

from hydra.core.override_parser.overrides_parser import OverridesParser

from hydra_plugins.xlt_sweeper.teachers_first import TeachersFirstSweeper
from xlt.experiment.identity import teacher_overrides, teachers_first


def test_teacher_overrides_are_those_that_can_change_the_teacher():
    job = ["lang=de", "distill=kl", "seed=2", "model=tiny", "src=de", "teacher.lr=1e-4", "student.lr=1e-4",
           "trainer.precision=bf16-mixed", "data.max_len=64", "perf.threads=1", "logger=none",
           "hydra.launcher.n_jobs=2", "debug=default"]
    assert teacher_overrides(job) == ("data.max_len=64", "debug=default", "model=tiny", "perf.threads=1",
                                      "seed=2", "src=de", "teacher.lr=1e-4", "trainer.precision=bf16-mixed")


def test_the_first_job_of_each_distinct_teacher_comes_first_then_the_rest_in_order():
    # the basic sweeper's order when seed is given first: 4 jobs of seed 1 before any of seed 2
    jobs = [[f"seed={s}", f"lang={lang}", f"distill={d}"]
            for s, lang, d in itertools.product((1, 2), ("de", "sw"), ("mse", "kl"))]
    ordered = teachers_first(jobs)
    assert ordered[:2] == [["seed=1", "lang=de", "distill=mse"], ["seed=2", "lang=de", "distill=mse"]]
    assert ordered[2:] == [job for job in jobs if job not in ordered[:2]]
    assert sorted(map(tuple, ordered)) == sorted(map(tuple, jobs))  # the same grid


def test_one_teacher_keeps_the_grid_order():
    jobs = [["lang=de", "distill=mse"], ["lang=de", "distill=kl"], ["lang=sw", "distill=mse"]]
    assert teachers_first(jobs) == jobs


def test_the_sweeper_reorders_the_whole_grid_before_cutting_it_into_batches():
    overrides = OverridesParser.create().parse_overrides(["seed=1,2,3", "lang=de,sw", "logger=none"])
    batches = TeachersFirstSweeper.split_arguments(overrides, 2)
    assert [len(b) for b in batches] == [2, 2, 2]
    assert [job[0] for job in batches[0] + batches[1]][:3] == ["seed=1", "seed=2", "seed=3"]
    assert all(job[-1] == "logger=none" for batch in batches for job in batch)
