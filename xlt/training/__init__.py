"""How a stage trains: `run_stage` (seeding, loggers, timing, checkpoints and resume), the Lightning fit, its
callbacks and the experiment loggers."""
