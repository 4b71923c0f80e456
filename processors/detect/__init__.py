"""Pure, Kafka-free detection of ceasefire and sanctions mentions per actor."""

from processors.detect.detector import detect, forget_sentences
from processors.detect.gazetteer import actor_name

__all__ = ["actor_name", "detect", "forget_sentences"]
