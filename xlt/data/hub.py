"""HF `datasets` sources (hub ids, packaged builders such as "json", save_to_disk folders) as Sentences.

Offline policy: `datasets.load_dataset` on a hub id retries for ~25 s when the network is down
(huggingface_hub backs off 1+2+4+8+8 s). To fail fast we never let it try the network when we already know
it is unreachable: HF_HUB_OFFLINE / HF_DATASETS_OFFLINE / TRANSFORMERS_OFFLINE are honoured, and otherwise
one HEAD request to the hub endpoint (through any configured proxy) with a 3 s budget is made once per
process. When either says "offline", the load runs in datasets' offline mode, which still serves a
dataset already in the local cache and otherwise fails at once; that failure becomes one
HubUnavailableError naming the dataset, the reason and the offline alternative.
"""

from __future__ import annotations

import contextlib
import logging
import re
import socket
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from xlt.data.sentence import Sentence
from xlt.data.tags import TagError, canonical_scheme, map_types, to_iob2, unknown_types, unknown_types_error
from xlt.errors import ConfigError, DataError, HubUnavailableError
from xlt.models.hub import hub_unreachable_reason, offline_requested

__all__ = ["DEFAULT_ALTERNATIVE", "hub_unreachable_reason", "load_hub_sentences", "offline_requested"]

log = logging.getLogger(__name__)

DEFAULT_ALTERNATIVE = (
    "use the embedded generated data (benchmark=synth / source=synth) or local CoNLL files "
    "(benchmark=files or source=conll_files with their paths)"
)
# Exception class names (httpx, requests, huggingface_hub) that mean "the network failed", matched by name so
# this module does not import those libraries just to classify an error.
_NETWORK_ERROR_NAMES = {
    "ConnectError", "ConnectTimeout", "ReadTimeout", "TimeoutException", "TransportError", "NetworkError",
    "ProxyError", "LocalEntryNotFoundError", "OfflineModeIsEnabled",
}


@contextlib.contextmanager
def _datasets_offline() -> Iterator[None]:
    """Run datasets/huggingface_hub in offline mode (cache only, no retries) for the duration of the block."""
    import datasets.config
    import huggingface_hub.constants

    saved = datasets.config.HF_HUB_OFFLINE, huggingface_hub.constants.HF_HUB_OFFLINE
    datasets.config.HF_HUB_OFFLINE = huggingface_hub.constants.HF_HUB_OFFLINE = True
    try:
        yield
    finally:
        datasets.config.HF_HUB_OFFLINE, huggingface_hub.constants.HF_HUB_OFFLINE = saved


def _describe(path: str, name: str | None, split: str) -> str:
    """'eriktks/conll2003' (config 'x', split 'train') for messages."""
    config = f"config {name!r}, " if name else ""
    return f"dataset {path!r} ({config}split {split!r})"


def _is_local(path: str) -> bool:
    """True for an existing folder/file or a packaged builder ("json", "parquet", ...): no hub involved."""
    from datasets.packaged_modules import _PACKAGED_DATASETS_MODULES

    return path in _PACKAGED_DATASETS_MODULES or Path(path).exists()


def _looks_like_path(path: str) -> bool:
    """Absolute, ./relative, ~ or multi-level paths cannot be hub ids (those are at most namespace/name)."""
    return path.startswith(("/", ".", "~")) or path.count("/") > 1 or "\\" in path


def _network_error(err: BaseException) -> bool:
    """Whether err, or anything in its cause chain, is a network/offline failure."""
    seen: set[int] = set()
    cur: BaseException | None = err
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, ConnectionError | TimeoutError | socket.gaierror):
            return True
        if any(c.__name__ in _NETWORK_ERROR_NAMES for c in type(cur).__mro__):
            return True
        cur = cur.__cause__ or cur.__context__
    return False


def _options_error(err: ValueError, desc: str) -> ConfigError | DataError:
    """Turn datasets' 'unknown config/split' ValueErrors into ConfigErrors that list the valid options."""
    msg = str(err)
    if m := re.search(r"BuilderConfig '(.*?)' not found\. Available: \[(.*?)\]", msg, re.S):
        return ConfigError(f"{desc}: no config {m[1]!r}; available configs: {_names(m[2])}")
    if m := re.search(r"Config name is missing.*?available configs: \[(.*?)\]", msg, re.S):
        return ConfigError(f"{desc}: the dataset needs a config name; available configs: {_names(m[1])}")
    if m := re.search(r'Unknown split "(.*?)"\. Should be one of \[(.*?)\]', msg, re.S):
        return ConfigError(f"{desc}: no split {m[1]!r}; available splits: {_names(m[2])}")
    return DataError(f"cannot load {desc}: {_short(err)}")


def _names(listed: str) -> str:
    """"'en', 'de'" -> "en, de"."""
    return ", ".join(n.strip().strip("'\"") for n in listed.split(",") if n.strip())


def _load_from_disk(path: str, split: str, desc: str) -> Any:
    """A save_to_disk folder: a Dataset (split ignored) or a DatasetDict indexed by split."""
    import datasets

    loaded = datasets.load_from_disk(path)
    if isinstance(loaded, datasets.DatasetDict):
        if split not in loaded:
            raise ConfigError(f"{desc}: no split {split!r}; available splits: {', '.join(loaded)}")
        return loaded[split]
    return loaded


def _load_split(path: str, name: str | None, split: str, *, revision: str | None, data_files: Any,
                trust_remote_code: bool, alternative: str) -> Any:
    """Load one split as a datasets.Dataset, translating every failure into an XltError."""
    import datasets

    desc = _describe(path, name, split)
    if (Path(path) / "state.json").exists() or (Path(path) / "dataset_dict.json").exists():
        return _load_from_disk(path, split, desc)
    kwargs: dict[str, Any] = {"split": split, "revision": revision, "data_files": data_files}
    if trust_remote_code:  # datasets>=4 dropped loading scripts and only logs an error for this flag
        kwargs["trust_remote_code"] = True
    local = _is_local(path)
    if not local and _looks_like_path(path):
        raise DataError(f"{desc}: no such local dataset folder or file: {Path(path).expanduser().absolute()}")
    reason = None if local else hub_unreachable_reason()
    try:
        with _datasets_offline() if reason else contextlib.nullcontext():
            ds = datasets.load_dataset(path, name, **kwargs)
    except datasets.exceptions.DatasetNotFoundError as err:
        if local:
            raise DataError(f"cannot load {desc}: {_short(err)}") from err
        why = reason or ("not found on the hub (a typo in the id, or a gated/private dataset that needs "
                         "`hf auth login`)")
        raise _unavailable(desc, why, alternative) from err
    except FileNotFoundError as err:
        if not local and (reason or _network_error(err)):
            raise _unavailable(desc, reason or _short(err), alternative) from err
        raise DataError(f"cannot load {desc}: {_short(err)} — check the path / data_files") from err
    except ValueError as err:
        if type(err).__name__ == "HFValidationError":
            raise ConfigError(f"{desc}: {path!r} is neither a local path nor a valid hub dataset id "
                              "(namespace/name)") from err
        raise _options_error(err, desc) from err
    except Exception as err:
        if not local and _network_error(err):
            raise _unavailable(desc, reason or _short(err), alternative) from err
        raise DataError(f"cannot load {desc}: {type(err).__name__}: {_short(err)}") from err
    if reason:
        log.info("%s: loaded from the local cache because %s", desc, reason)
    return ds


def _short(err: BaseException) -> str:
    """First line of an exception message."""
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def _unavailable(desc: str, reason: str, alternative: str) -> HubUnavailableError:
    """The single offline error: what was asked for, why it failed, and what to use instead."""
    cached = "" if "not found on the hub" in reason else " and it is not in the local HF cache"
    return HubUnavailableError(
        f"cannot load {desc} from the HF hub: {reason}{cached}. Offline, {alternative}."
    )


def _tag_names(ds: Any, tags_field: str) -> list[str] | None:
    """ClassLabel names of a Sequence/List-of-ClassLabel tag column, or None (e.g. string tags)."""
    feature = ds.features[tags_field]
    inner = getattr(feature, "feature", None)
    names = getattr(inner, "names", None)
    return list(names) if names is not None else None


def _rows(ds: Any, desc: str, tokens_field: str, tags_field: str) -> tuple[list[list[str]], list[list[str]]]:
    """Token and string-tag lists of every row, with ids mapped through ClassLabel names."""
    missing = [f for f in (tokens_field, tags_field) if f not in ds.column_names]
    if missing:
        which = " and ".join(f"{f!r}" for f in missing)
        raise ConfigError(f"{desc} has no column {which}; columns: {', '.join(ds.column_names)} — set "
                          "tokens_field / tags_field in the source config")
    names = _tag_names(ds, tags_field)
    columns = ds.select_columns([tokens_field, tags_field]).to_dict()  # whole columns: 50x faster than rows
    tokens, tags = columns[tokens_field], columns[tags_field]
    out_tags: list[list[str]] = []
    for row, (toks, tgs) in enumerate(zip(tokens, tags, strict=True)):
        if not isinstance(toks, list) or not isinstance(tgs, list) or len(toks) != len(tgs):
            raise DataError(f"{desc}, row {row}: expected equal-length lists of tokens and tags, got "
                            f"{_clipped(toks)} and {_clipped(tgs)}")
        out_tags.append([_tag_str(t, names, desc, row) for t in tgs])
    return [[str(t) for t in toks] for toks in tokens], out_tags


def _clipped(value: Any) -> str:
    """Short repr for messages."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _tag_str(tag: Any, names: Sequence[str] | None, desc: str, row: int) -> str:
    """One tag as a string: ClassLabel id -> name, strings unchanged."""
    if isinstance(tag, str):
        return tag
    if isinstance(tag, int) and names is not None and 0 <= tag < len(names):
        return names[tag]
    if isinstance(tag, int) and names is None:
        raise DataError(f"{desc}, row {row}: integer tags but the tag column is not a ClassLabel, so their "
                        "names are unknown — use a dataset whose tag feature lists names, or string tags")
    raise DataError(f"{desc}, row {row}: tag {tag!r} is not one of the {len(names or ())} tag names")


def _normalize(desc: str, tokens: list[list[str]], tags: list[list[str]], scheme: str,
               type_map: Mapping[str, str] | None, to_o: Collection[str]) -> list[Sentence]:
    """Normalise every row's tags, reporting the row and token of the first problem."""
    def located(row: int, err: TagError) -> DataError:
        i = err.index or 0
        token = tokens[row][i] if i < len(tokens[row]) else ""
        return DataError(f"{desc}, row {row}, token {i} ({token!r}): {err}")

    iob2: list[list[str]] = []
    for row, tgs in enumerate(tags):
        try:
            iob2.append(to_iob2(tgs, scheme))
        except TagError as err:
            raise located(row, err) from None
    bad = unknown_types({t[2:] for tgs in iob2 for t in tgs if t != "O"}, type_map, to_o)
    if bad:
        raise DataError(f"{desc}: {unknown_types_error(bad)}")
    pairs = zip(tokens, iob2, strict=True)
    return [Sentence(tuple(toks), tuple(map_types(t, type_map, to_o))) for toks, t in pairs]


def load_hub_sentences(
    path: str,
    name: str | None = None,
    split: str = "train",
    *,
    type_map: Mapping[str, str] | None = None,
    to_o: Collection[str] = (),
    tokens_field: str = "tokens",
    tags_field: str = "ner_tags",
    revision: str | None = None,
    trust_remote_code: bool = False,
    data_files: str | Sequence[str] | Mapping[str, Any] | None = None,
    scheme: str = "iob2",
    alternative: str = DEFAULT_ALTERNATIVE,
) -> list[Sentence]:
    """Load one split of an HF dataset (hub id, packaged builder with data_files, or save_to_disk folder).

    Integer tags are named through the ClassLabel feature, string tags are used as they are; tags are then
    normalised to IOB2 over PER/ORG/LOC/MISC. Raises HubUnavailableError (fast) when the hub is needed but
    unreachable; `alternative` is the "what to do instead" clause of that message.
    """
    try:
        canonical_scheme(scheme)
    except TagError as err:
        raise ConfigError(f"{_describe(path, name, split)}: {err}") from None
    ds = _load_split(path, name, split, revision=revision, data_files=data_files,
                     trust_remote_code=trust_remote_code, alternative=alternative)
    desc = _describe(path, name, split)
    tokens, tags = _rows(ds, desc, tokens_field, tags_field)
    if not tokens:
        raise DataError(f"{desc} is empty")
    return _normalize(desc, tokens, tags, scheme, type_map, to_o)
