"""What learns: the backbone registry (encoder factory), tokenizers, the tag head, the teacher and student
LightningModules, the distillation losses and the embedded offline backbones."""
