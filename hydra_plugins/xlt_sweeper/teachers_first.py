"""`hydra/sweeper=teachers_first` (xlt's default): Hydra's basic grid sweeper, with the job of each distinct teacher
first (xlt.experiment.identity.teachers_first), so parallel workers never idle on a teacher another one trains."""

from __future__ import annotations

from hydra._internal.core_plugins.basic_sweeper import BasicSweeper
from hydra.core.override_parser.types import Override


class TeachersFirstSweeper(BasicSweeper):
    """The basic sweeper's grid, reordered before it is cut into batches of `max_batch_size`."""

    @staticmethod
    def split_arguments(overrides: list[Override], max_batch_size: int | None) -> list[list[list[str]]]:
        from xlt.experiment.identity import teachers_first

        (jobs,) = BasicSweeper.split_arguments(overrides, None)
        return [list(chunk) for chunk in BasicSweeper.split_overrides_to_chunks(teachers_first(jobs), max_batch_size)]
