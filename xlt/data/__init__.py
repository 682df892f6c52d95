"""Data: readers, tag normalisation, tokenisation with label alignment, and batching."""
