"""The program's version: one source for `--version`, the About box, the exchange package and the installer."""

__version__ = "0.9.2"
