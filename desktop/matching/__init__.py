"""Matching rules: scores that explain a match, suggestions, and the whole-pool proposal."""
