"""`python -m xlt.sweep`: the command line lives in xlt.cli.sweep (console script `xlt-sweep`)."""

import sys

from xlt.cli.sweep import main

if __name__ == "__main__":
    sys.exit(main())
