"""Stream processors: the pure detector (``processors.detect``), alerting logic and the faust app."""
