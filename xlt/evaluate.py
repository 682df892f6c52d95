"""`python -m xlt.evaluate`: the command line lives in xlt.cli.evaluate (console script `xlt-evaluate`)."""

from xlt.cli.evaluate import cli

if __name__ == "__main__":
    cli()
