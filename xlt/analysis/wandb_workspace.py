"""A saved W&B workspace for the comparison matrix: the student runs of a project side by side.

Every key a panel reads is one xlt logs: the student run's summary (xlt.experiment.record.summary_metrics:
`zero_shot/f1`, `student/f1`, `gain_over_zero_shot`, `student/per_type/<type>/f1`), its `per_type` table
(xlt.experiment.record.per_type_table) and its config's plain headline values (xlt.experiment.identity.wandb_config:
`model`, `lang`, `distill`, `student_init`; `src` and `seed` are plain fields). Headline values, not the dotted
fields (`model.name`): W&B stores a dotted config key flat (`{"model.name": {"value": ...}}`), which the workspace
library cannot address from a panel.

Runs are grouped by cell (xlt.experiment.identity.CELL_KEYS: model, src, lang, distill), so each bar is a cell's
mean over its seeds with the standard error; the gain chart groups by loss alone, the parallel coordinates and the
scatter show single runs.
"""

from __future__ import annotations

import re
from typing import Any

import wandb_workspaces.reports.v2 as wr
import wandb_workspaces.workspaces as ws

from xlt.data.tags import ENTITY_TYPES
from xlt.errors import ConfigError
from xlt.experiment.identity import CELL_KEYS
from xlt.experiment.record import PER_TYPE_TABLE

STUDENT_JOB = "student"  # the job type of a cell's student run (xlt.experiment.cell runs the stage "student")
CELL = tuple(CELL_KEYS)  # a cell of the matrix; its seeds are the runs of one group
ZERO_SHOT, STUDENT, GAIN = "zero_shot/f1", "student/f1", "gain_over_zero_shot"
SETTINGS = (*CELL, "seed", "student_init")  # the parallel coordinates' axes before the scores

_ENTITY = re.compile(r"[A-Za-z0-9_-]{1,64}")
_PROJECT_FORBIDDEN = set("/\\#?%:")


def check_names(entity: str, project: str) -> None:
    """A W&B entity (user or team) and project name, or a ConfigError naming the flag and the fix."""
    if not _ENTITY.fullmatch(entity):
        raise ConfigError(f"--entity {entity!r} is not a W&B entity: the user or team that owns the project, in "
                          "letters, digits, - and _ (e.g. --entity my-team)")
    bad = sorted(_PROJECT_FORBIDDEN & set(project))
    if not project.strip() or len(project) > 128 or bad or project != project.strip():
        raise ConfigError(f"--project {project!r} is not a W&B project name: 1-128 characters without spaces "
                          f"around it nor any of / \\ # ? % : (the `logger.wandb.project` of the runs, default xlt)")


def _cell_bars(title: str, metrics: list[str]) -> wr.BarPlot:
    """Bars of summary `metrics` per cell (the runset's grouping): mean over seeds, standard error."""
    return wr.BarPlot(title=title, metrics=[wr.SummaryMetric(m) for m in metrics], orientation="v",
                      groupby_aggfunc="mean", groupby_rangefunc="stderr")


def build_workspace(entity: str, project: str, name: str = "xlt comparison matrix",
                    group: str | None = None) -> ws.Workspace:
    """The workspace of `entity/project`'s student runs (of one W&B group, a sweep, with `group`)."""
    check_names(entity, project)
    filters = [ws.Metric("JobType") == STUDENT_JOB] + ([ws.Metric("Group") == group] if group else [])
    matrix = ws.Section(name="Comparison matrix", is_open=True,
                        layout_settings=ws.SectionLayoutSettings(columns=2, rows=2), panels=[
        _cell_bars(f"Zero-shot and student F1 per cell ({' / '.join(CELL)}), mean over seeds", [ZERO_SHOT, STUDENT]),
        wr.BarPlot(title="Gain over zero-shot per distillation loss, mean over cells and seeds",
                   metrics=[wr.SummaryMetric(GAIN)], orientation="v", groupby=wr.Config("distill"),
                   groupby_aggfunc="mean", groupby_rangefunc="stderr"),
        wr.ParallelCoordinatesPlot(title="Settings -> zero-shot F1, student F1, gain (one line per run)", columns=[
            *(wr.ParallelCoordinatesPlotColumn(metric=wr.Config(key), display_name=key) for key in SETTINGS),
            *(wr.ParallelCoordinatesPlotColumn(metric=wr.SummaryMetric(key), display_name=key)
              for key in (ZERO_SHOT, STUDENT, GAIN))]),
        wr.ScatterPlot(title="Student F1 against zero-shot F1 (above the diagonal: the student gains)",
                       x=wr.SummaryMetric(ZERO_SHOT), y=wr.SummaryMetric(STUDENT)),
    ])
    per_type = ws.Section(name="Per entity type", is_open=True,
                          layout_settings=ws.SectionLayoutSettings(columns=1, rows=2), panels=[
        _cell_bars("Student F1 per entity type and cell, mean over seeds",
                   [f"student/per_type/{etype}/f1" for etype in ENTITY_TYPES]),
        wr.WeavePanelSummaryTable(table_name=PER_TYPE_TABLE),  # P/R/F1 and support per test set, stage, type
    ])
    return ws.Workspace(
        entity=entity, project=project, name=name, sections=[matrix, per_type],
        runset_settings=ws.RunsetSettings(filters=filters, groupby=[ws.Config(key) for key in CELL],
                                          pinned_columns=[f"summary:{key}" for key in (ZERO_SHOT, STUDENT, GAIN)]),
    )


def workspace_spec(workspace: ws.Workspace) -> dict[str, Any]:
    """The workspace as W&B stores it (the library's own model, as JSON types)."""
    return workspace._to_model().model_dump(mode="json", by_alias=True, exclude_none=True)
