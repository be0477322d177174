"""The development set of real posts (issue 11): sources, labels and the cache built from snapshots."""
