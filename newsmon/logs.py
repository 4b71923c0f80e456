"""Logging to stderr for the command line and the faust worker: human lines by default, JSON on request."""

import json
import logging
import logging.config

HUMAN = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
NOISY = ("kafka", "aiokafka", "faust", "mode")


class JsonFormatter(logging.Formatter):
    """One JSON object per log record."""

    def format(self, record: logging.LogRecord) -> str:
        data = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            data["exc"] = self.formatException(record.exc_info)
        return json.dumps(data)


def dict_config(level: str = "INFO", json_lines: bool = False) -> dict:
    """A ``logging.config.dictConfig`` for stderr; the Kafka clients' chatter is kept at WARNING or above."""
    level = level.upper()
    quiet = max(logging.WARNING, logging.getLevelName(level))
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"default": {"()": JsonFormatter} if json_lines else {"format": HUMAN}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr", "formatter": "default"}},
        "root": {"level": level, "handlers": ["stderr"]},
        "loggers": {name: {"level": quiet} for name in NOISY},
    }


def configure(level: str = "INFO", json_lines: bool = False) -> None:
    """Send this process's logs to stderr."""
    logging.config.dictConfig(dict_config(level, json_lines))
