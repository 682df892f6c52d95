"""How a tagger is scored: entity metrics (conlleval / strict), batched inference, scoring and prediction files,
and the diagnostics of a cell (seen/unseen mentions, agreement, calibration)."""
