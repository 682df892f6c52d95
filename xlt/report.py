"""`python -m xlt.report`: the command line lives in xlt.cli.report (console script `xlt-report`)."""

import sys

from xlt.cli.report import main

if __name__ == "__main__":
    sys.exit(main())
