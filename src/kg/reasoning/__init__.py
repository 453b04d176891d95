"""Reasoning: the rules engine (semi-naive, delete-and-rederive), the rules, HermiT."""
