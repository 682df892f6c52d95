"""After the runs: the comparison report and its statistics, language-model statistics and language features,
and their correlation with transfer."""
