"""newsmon: glue for the command line, configuration, logging and the embedded broker."""

__version__ = "0.1.0"
