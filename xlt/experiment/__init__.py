"""One transfer cell end to end: the cell, its record (metrics.json), what determines a result (its identity and
the store keys), the shared artifact store and the artifacts it holds (teacher, zero-shot scores, soft labels)."""
