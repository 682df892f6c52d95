"""`python -m xlt.store`: the command line lives in xlt.cli.store (console script `xlt-store`)."""

import sys

from xlt.cli.store import main

if __name__ == "__main__":
    sys.exit(main())
