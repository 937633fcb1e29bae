"""``python -m quoteattr``: the command line."""

import sys

from quoteattr.cli import main

sys.exit(main())
