"""`python -m xlt.analyze`: the command line lives in xlt.cli.analyze (console script `xlt-analyze`)."""

from xlt.cli.analyze import main

if __name__ == "__main__":
    main()
