"""Building: the build transaction, the full build, exports and the incremental update."""
