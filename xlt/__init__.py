"""xlt: zero-shot cross-lingual NER transfer by teacher-student distillation."""

__version__ = "0.1.0"
