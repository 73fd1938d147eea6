"""`python -m desktop` is the same entry point as the `duo` command."""

import sys

from desktop.cli import main

sys.exit(main())
