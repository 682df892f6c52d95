"""Entity F1 against hand-counted cases, and the torchmetrics Metric against it (also under real DDP)."""

import os
import socket

import pytest
import torch
import torch.distributed as dist
import torch.multiprocessing as mp

from xlt.data.tags import LABEL2ID
from xlt.errors import ConfigError
from xlt.evaluation.metrics import EntityF1, entity_scores

GOLD = [["B-PER", "I-PER", "O", "B-LOC"], ["I-ORG", "O", "B-MISC"]]
PRED = [["B-PER", "I-PER", "O", "B-ORG"], ["I-ORG", "O", "O"]]


def test_conlleval_mode_counts_dangling_I_as_an_entity():
    s = entity_scores(GOLD, PRED)
    # gold: PER, LOC, ORG(I- opens it), MISC = 4; pred: PER, ORG, ORG = 3; correct: PER and ORG = 2
    assert (s["n_gold"], s["n_pred"]) == (4, 3)
    assert s["precision"] == pytest.approx(2 / 3)
    assert s["recall"] == pytest.approx(2 / 4)
    assert s["f1"] == pytest.approx(2 * (2 / 3) * (2 / 4) / (2 / 3 + 2 / 4))
    assert s["per_type"]["PER"]["f1"] == 1.0
    assert s["per_type"]["LOC"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert s["per_type"]["ORG"]["precision"] == pytest.approx(0.5)  # one of two predicted ORGs is right


def test_strict_mode_ignores_ill_formed_chunks():
    s = entity_scores(GOLD, PRED, mode="strict")
    # the I-ORG-initial chunk is not an IOB2 entity: gold PER, LOC, MISC = 3; pred PER, ORG = 2; correct 1
    assert (s["n_gold"], s["n_pred"]) == (3, 2)
    assert s["precision"] == pytest.approx(1 / 2)
    assert s["recall"] == pytest.approx(1 / 3)


def test_boundary_errors_count_as_both_a_false_positive_and_a_false_negative():
    s = entity_scores([["B-ORG", "I-ORG", "I-ORG"]], [["B-ORG", "I-ORG", "O"]])
    assert (s["precision"], s["recall"], s["f1"]) == (0.0, 0.0, 0.0)


def test_unknown_mode_is_rejected():
    with pytest.raises(ConfigError, match="valid: conlleval, strict"):
        entity_scores(GOLD, GOLD, mode="lenient")


def _padded(sentences, width=7):
    """Label ids as a model batch would hold them: a special at 0, words at odd positions, -100 elsewhere."""
    t = torch.full((len(sentences), width), -100)
    for i, tags in enumerate(sentences):
        for j, tag in enumerate(tags):
            t[i, 1 + j] = LABEL2ID[tag]
    return t


def test_metric_matches_entity_scores_across_batches():
    m = EntityF1()
    m.update(_padded(PRED[:1]), _padded(GOLD[:1]))
    m.update(_padded(PRED[1:]), _padded(GOLD[1:]))
    got, want = m.compute(), entity_scores(GOLD, PRED)
    assert got == want


def test_metric_accepts_logits():
    logits = torch.nn.functional.one_hot(_padded(PRED).clamp(min=0), 9).float()
    m = EntityF1()
    m.update(logits, _padded(GOLD))
    assert m.compute()["f1"] == pytest.approx(entity_scores(GOLD, PRED)["f1"])


def _ddp_worker(rank: int, world: int, port: int, queue) -> None:
    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    dist.init_process_group("gloo", rank=rank, world_size=world)
    m = EntityF1()
    # rank 0 holds one sentence, rank 1 the other: lengths differ, as they do in real batches
    m.update(_padded(PRED[rank : rank + 1]), _padded(GOLD[rank : rank + 1]))
    queue.put((rank, m.compute()))
    dist.destroy_process_group()


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_metric_gathers_sentences_of_all_ranks_under_ddp():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_ddp_worker, args=(r, 2, port, queue)) for r in range(2)]
    for p in procs:
        p.start()
    results = dict(queue.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(timeout=60)
    want = entity_scores(GOLD, PRED)
    assert results[0]["f1"] == pytest.approx(want["f1"]) and results[1]["f1"] == pytest.approx(want["f1"])
    assert results[0]["n_gold"] == want["n_gold"] == 4
