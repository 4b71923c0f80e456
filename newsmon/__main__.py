"""``python -m newsmon``."""

from newsmon.cli import main

main()
