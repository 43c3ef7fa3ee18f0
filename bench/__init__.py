"""Benchmarks: speed targets measured against a baseline taken in the same run (`python -m bench.run`)."""
