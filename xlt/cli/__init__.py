"""The command lines: `xlt-run` / `python -m xlt.run`, `xlt-evaluate`, `xlt-predict`, `xlt-analyze`, `xlt-report`."""
