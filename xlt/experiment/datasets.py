"""The data a cell reads, all before any training (a bad file fails at once): the source splits, the target test
set and every further labeled set it scores, the unlabeled target text; and the checks that keep them apart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from omegaconf import DictConfig, OmegaConf

from xlt.config import to_dict
from xlt.data.sentence import Sentence
from xlt.data.sources import load_split
from xlt.errors import ConfigError


@dataclass
class CellData:
    """Everything a cell reads. `sets`: every labeled target set it scores (`test` first, then the further sets of
    `benchmark.also_test`, then the declared target dev split `dev`; until=student_dev: `dev` alone); `text_gold`:
    the unlabeled text with its gold tags where the source has them (diagnostics only, never training)."""

    src_train: list[Sentence]
    src_dev: list[Sentence]
    src_sets: dict[str, list[Sentence]]
    test: list[Sentence]
    dev: list[Sentence] | None
    sets: dict[str, list[Sentence]]
    text: list[Sentence]
    text_gold: list[Sentence] | None

    def sizes(self) -> dict[str, int]:
        return {"source_train": len(self.src_train), "source_dev": len(self.src_dev), "target_test": len(self.test),
                "target_unlabeled": len(self.text), "target_dev": len(self.dev) if self.dev else 0,
                **{f"target_{name}": len(s) for name, s in self.sets.items() if name not in ("test", "dev")}}


def load_cell_data(cfg: DictConfig, cache_dir: Path) -> CellData:
    """Read every split a cell uses (source, target test, further sets, dev, unlabeled text); with
    `data.max_sentences` (debug) each keeps only its first N sentences. `check_required` has passed."""
    cap = cfg.data.max_sentences

    def load(spec: Any, what: str) -> list[Sentence]:
        if not isinstance(spec, (DictConfig, dict)):  # `benchmark.test=/data/x.conll` replaced the whole spec
            raise ConfigError(f"{what}={spec!r} is not a data spec: {what} is a mapping (kind, path, ...); to read "
                              f"a file set {what}.path={spec} (see conf/benchmark/files.yaml)")
        spec = to_dict(spec)
        if cap is not None:  # a split's own, smaller max_sentences stays
            spec["max_sentences"] = min(cap, spec.get("max_sentences") or cap)
        return load_split(spec, cache_dir, what)

    src_train = load(cfg.source.train, "source.train")
    src_dev = load(cfg.source.dev, "source.dev")
    test = load(cfg.benchmark.test, "benchmark.test")
    labeled_text = load({**to_dict(cfg.benchmark.unlabeled), "labels": True}, "benchmark.unlabeled")
    text, text_gold = split_unlabeled(labeled_text)
    dev = load(cfg.benchmark.dev, "benchmark.dev") if cfg.benchmark.dev else None
    # a study's trial that chooses on dev scores no other set (validate: dev exists); its test is still read, for
    # the dev/test overlap check below
    sets: dict[str, list[Sentence]] = {"dev": dev} if cfg.until == "student_dev" else {"test": test}
    for name, spec in (cfg.benchmark.also_test or {}).items() if "test" in sets else ():
        check_set_name(str(name), "benchmark.also_test")
        sets[str(name)] = load(spec, f"benchmark.also_test.{name}")
    if dev is not None:
        sets["dev"] = dev
    if cfg.student.select == "target_dev":
        check_dev_is_not_test(dev, test, "student.select=target_dev", "a checkpoint chosen on it",
                              "use student.select=last")
    if cfg.objective == "target_dev":
        check_dev_is_not_test(dev, test, "objective=target_dev", "a recipe a study chooses on it",
                              "use objective=source_dev")
    src_sets = {}  # the source side's further dev sets (natural English sentences): the teacher is scored on them
    for name, spec in (cfg.source.also_dev or {}).items():
        check_set_name(str(name), "source.also_dev")
        src_sets[str(name)] = load(spec, f"source.also_dev.{name}")
    return CellData(src_train, src_dev, src_sets, test, dev, sets, text, text_gold)


_DATA_SECTIONS = ("source", "benchmark")


def check_required(cfg: DictConfig) -> None:
    """Name every `???` the chosen source and benchmark leave to the user (the paths of benchmark=files,
    source=conll_files) at once, with a command line that sets them, before any data is read or generated."""
    missing = [key for section in _DATA_SECTIONS for key in sorted(OmegaConf.missing_keys(cfg[section]))]
    if not missing:
        return
    groups = " ".join(f"{section}={cfg[section].name}" for section in _DATA_SECTIONS
                      if any(key.startswith(f"{section}.") for key in missing))
    example = " ".join(f"{key}={_example_value(cfg, key)}" for key in missing)
    raise ConfigError(f"{groups}: {len(missing)} setting(s) left to you are not set (??? in the YAML): "
                      f"{', '.join(missing)} — give them on the command line, e.g. "
                      f"python -m xlt.run {groups} {example}")


def _example_value(cfg: DictConfig, key: str) -> str:
    """A value to show for a missing key: a file named by its language and split for a path, `...` otherwise."""
    *parents, leaf = key.split(".")
    if leaf != "path":
        return "..."
    return f"/data/{cfg.src if parents[0] == 'source' else cfg.lang.code}.{parents[-1]}.conll"


def split_unlabeled(labeled: list[Sentence]) -> tuple[list[Sentence], list[Sentence] | None]:
    """The student's unlabeled text (read with `labels: true`), and the same sentences with their gold tags where
    the source has them (generated data, a CoNLL file read without its labels): only for diagnostics, never for
    training."""
    text = [Sentence(s.tokens, None) for s in labeled]
    return text, (labeled if all(s.tags is not None for s in labeled) else None)


# keys of a scores dict: a further test set's scores sit beside them (nest), so its name must not be one; nor a part
# of the test's splits, whose report column (`student_initial_f1`) a set of that name would shadow (`student_<name>_f1`)
RESERVED_SET_NAMES = ("test", "dev", "precision", "recall", "f1", "n_gold", "n_pred", "n_sentences", "per_type",
                      "mode", "predictions", "seen_unseen", "position", "calibration",
                      "initial", "inside", "seen_text", "unseen_text", "seen_source", "unseen_source")


def check_set_name(name: str, where: str) -> None:
    if name in RESERVED_SET_NAMES or not name.isidentifier():
        raise ConfigError(f"{where}.{name}: a further test set needs a plain name that is not one of "
                          f"{', '.join(RESERVED_SET_NAMES)}; rename it (e.g. {where}.natural)")


def check_dev_is_not_test(dev: Sequence[Sentence] | None, test: Sequence[Sentence], what: str, chosen: str,
                          otherwise: str) -> None:
    """`what` chooses something on the dev split (student.select=target_dev a checkpoint, objective=target_dev a
    study's recipe): refuse one that shares a sentence with the test split (zero-resource: nothing is ever chosen on
    test data)."""
    shared = {s.tokens for s in dev or ()} & {s.tokens for s in test}
    if shared:
        example = " ".join(next(iter(shared)))[:80]
        raise ConfigError(f"{what}: benchmark.dev shares {len(shared)} sentence(s) with benchmark.test (e.g. "
                          f"{example!r}); {chosen} would be chosen on test data. Point benchmark.dev at a split "
                          f"disjoint from the test, or {otherwise}")


def nest(scores: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """{"test": a, "natural": b} -> a with b under "natural": metrics.json keeps `zero_shot.f1` for the test (a cell
    that scored dev only, until=student_dev, has no top-level scores: {"dev": ...})."""
    out = dict(scores.get("test", {}))
    out.update({name: sc for name, sc in scores.items() if name != "test"})
    return out


