"""The tagger: any backbone from the encoder factory plus one shared linear tag head."""

from __future__ import annotations

import torch
from torch import nn

from xlt.models.backbones import Backbone


class TokenTagger(nn.Module):
    """Backbone hidden states -> dropout -> linear layer -> per-sub-token tag logits."""

    def __init__(self, backbone: Backbone, num_labels: int, dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = backbone.encoder
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(backbone.hidden_size, num_labels)
        nn.init.normal_(self.head.weight, std=0.02)
        nn.init.zeros_(self.head.bias)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        # the head runs in fp32 even under bf16 autocast of the encoder (autocast would run a Linear in bf16 whatever
        # its input), so the logits, their softmax and every loss on them are fp32
        with torch.autocast(hidden.device.type, enabled=False):
            return self.head(self.dropout(hidden).float())
