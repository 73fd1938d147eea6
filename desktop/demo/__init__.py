"""The fictional demo programme (`duo demo`, the welcome screen, the benchmark)."""
