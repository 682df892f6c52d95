"""`python -m xlt.wandb_workspace`: the command line lives in xlt.cli.wandb_workspace (console script
`xlt-wandb-workspace`)."""

import sys

from xlt.cli.wandb_workspace import main

if __name__ == "__main__":
    sys.exit(main())
