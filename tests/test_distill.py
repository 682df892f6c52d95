"""Each distillation loss against a computation done by hand."""

import math

import pytest
import torch

from xlt.distill import hard_loss, kl_loss, make_distill_loss, mse_loss
from xlt.errors import ConfigError

LN3, LN9 = math.log(3.0), math.log(9.0)


def test_mse_is_mean_over_positions_and_classes_of_squared_softmax_difference():
    student = torch.tensor([[0.0, 0.0], [0.0, LN3]])  # softmax: [.5, .5], [.25, .75]
    teacher = torch.tensor([[LN3, 0.0], [0.0, LN3]])  # softmax: [.75, .25], [.25, .75]
    # position 1: (.5-.75)^2 + (.5-.25)^2 = 0.125; position 2: 0; mean over 2x2 elements
    assert mse_loss(student, teacher).item() == pytest.approx(0.125 / 4, abs=1e-7)


def test_kl_at_temperature_one():
    student = torch.tensor([[0.0, 0.0]])
    teacher = torch.tensor([[LN3, 0.0]])  # p = [.75, .25], q = [.5, .5]
    expected = 0.75 * math.log(0.75 / 0.5) + 0.25 * math.log(0.25 / 0.5)
    assert kl_loss(student, teacher, 1.0).item() == pytest.approx(expected, abs=1e-6)


def test_kl_temperature_softens_and_scales_by_t_squared():
    student = torch.tensor([[0.0, 0.0]])
    teacher = torch.tensor([[LN3, 0.0]])
    s3 = math.sqrt(3.0)  # at T=2 the teacher's logits are [ln(3)/2, 0]: p = [s3, 1] / (s3 + 1)
    p = [s3 / (s3 + 1), 1 / (s3 + 1)]
    expected = 4.0 * (p[0] * math.log(p[0] / 0.5) + p[1] * math.log(p[1] / 0.5))
    assert kl_loss(student, teacher, 2.0).item() == pytest.approx(expected, abs=1e-6)


def test_kl_of_identical_distributions_is_zero():
    x = torch.randn(5, 9)
    assert kl_loss(x, x.clone(), 3.0).item() == pytest.approx(0.0, abs=1e-6)


def test_hard_loss_uses_teacher_argmax_and_threshold():
    student = torch.tensor([[0.0, 0.0], [0.0, LN3]])
    teacher = torch.tensor([[LN3, 0.0], [0.0, LN9]])  # argmax 0 (conf .75), argmax 1 (conf .9)
    ce1, ce2 = math.log(2.0), -math.log(0.75)
    assert hard_loss(student, teacher, 0.0).item() == pytest.approx((ce1 + ce2) / 2, abs=1e-6)
    assert hard_loss(student, teacher, 0.8).item() == pytest.approx(ce2, abs=1e-6)


def test_hard_loss_with_nothing_confident_is_zero_but_differentiable():
    student = torch.zeros(2, 3, requires_grad=True)
    loss = hard_loss(student, torch.zeros(2, 3), 0.99)
    assert loss.item() == 0.0
    loss.backward()
    assert student.grad is not None and torch.all(student.grad == 0)


def test_losses_have_gradients_towards_the_teacher():
    student = torch.zeros(1, 2, requires_grad=True)
    teacher = torch.tensor([[2.0, 0.0]])
    for name in ("mse", "kl", "hard"):
        student.grad = None
        make_distill_loss(name, temperature=2.0)(student, teacher).backward()
        assert student.grad[0, 0] < 0 < student.grad[0, 1], name  # gradient descent raises class 0


@pytest.mark.parametrize(
    "kwargs, match",
    [({"name": "kl", "temperature": 0.0}, "temperature"), ({"name": "hard", "threshold": 1.5}, "threshold"),
     ({"name": "l1"}, "valid: hard, kl, mse")],
)
def test_bad_loss_configs_are_rejected(kwargs, match):
    with pytest.raises(ConfigError, match=match):
        make_distill_loss(**kwargs)
