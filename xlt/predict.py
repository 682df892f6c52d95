"""`python -m xlt.predict`: the command line lives in xlt.cli.predict (console script `xlt-predict`)."""

from xlt.cli.predict import cli

if __name__ == "__main__":
    cli()
