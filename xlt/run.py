"""`python -m xlt.run`: the command line lives in xlt.cli.run (console script `xlt-run`)."""

from xlt.cli.run import main

if __name__ == "__main__":
    main()
