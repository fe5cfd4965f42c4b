"""`python -m pipeline run ...` is the same as `claims run ...`."""
from .cli import main

main()
