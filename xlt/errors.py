"""User-facing errors: each message names the offending input and how to fix it."""


class XltError(Exception):
    """An error the user can fix (bad path, malformed file, unknown name, no network)."""


class ConfigError(XltError):
    """An invalid or unknown configuration value."""


class DataError(XltError):
    """A data file or dataset that cannot be read as NER data."""


class HubUnavailableError(XltError):
    """A model or dataset that has to come from the HF hub could not be reached."""
