"""The ``newsmon`` command line: thin commands over the packages."""

import json
import sys
import time
from collections.abc import Callable

import click
from pydantic import ValidationError

from newsmon import logs
from newsmon.errors import ConfigError, NewsmonError
from newsmon.settings import Settings
from schemas import Alert

FEED_HELP = "Feed URL, RSS/Atom/RDF file or .jsonl replay; repeatable. Default: the bundled offline sample feed."


def _settings(ctx: click.Context) -> Settings:
    return ctx.ensure_object(Settings)


def _require_broker(settings: Settings) -> Settings:
    if not settings.bootstrap_servers:
        raise ConfigError("set KAFKA_BOOTSTRAP_SERVERS (or use `newsmon run`, which starts an embedded broker)")
    return settings


def _feeds(settings: Settings, feeds: tuple[str, ...]) -> list[str]:
    from ingest import SAMPLE_FEED

    return list(feeds) or settings.feeds or [str(SAMPLE_FEED)]


def _printer(as_json: bool) -> Callable[[Alert], None]:
    from newsmon.render import describe

    def emit(alert: Alert) -> None:
        click.echo(alert.model_dump_json() if as_json else describe(alert))
        sys.stdout.flush()

    return emit


class _Group(click.Group):
    """Turns NewsmonError into a clean one-line error and exit status 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except NewsmonError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Group)
@click.option("--log-level", default=None, help="DEBUG, INFO, WARNING... (env NEWSMON_LOG_LEVEL).")
@click.option("--log-json", is_flag=True, default=None, help="Logs as JSON lines on stderr (env NEWSMON_LOG_JSON).")
@click.pass_context
def cli(ctx: click.Context, log_level: str | None, log_json: bool | None) -> None:
    """newsmon: per-actor ceasefire and sanctions alerts from news feeds, over Kafka."""
    try:
        settings = Settings()
    except ValidationError as exc:
        raise click.ClickException(f"invalid configuration: {exc}") from exc
    # Flags outrank the environment; child processes (workers) inherit the result through theirs.
    settings.log_level = log_level or settings.log_level
    settings.log_json = bool(log_json or settings.log_json)
    logs.configure(settings.log_level, settings.log_json)
    ctx.obj = settings


@cli.command()
@click.option("--feed", "feeds", multiple=True, help=FEED_HELP)
@click.option("--once", is_flag=True, help="Ingest every feed once, wait for all alerts, print them as JSON lines, exit.")
@click.option("--json", "as_json", is_flag=True, help="Print alerts as JSON lines (the default with --once).")
@click.option("--timeout", default=120.0, show_default=True, help="With --once: longest wait for the processors.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1),
              help="Processors worker processes (one per core helps, up to NEWSMON_PARTITIONS).")
@click.pass_context
def run(ctx: click.Context, feeds: tuple[str, ...], once: bool, as_json: bool, timeout: float, workers: int) -> None:
    """Broker (embedded unless KAFKA_BOOTSTRAP_SERVERS is set), processors, ingester; print alerts."""
    from newsmon.runner import kafka, run_forever, run_once

    started = time.monotonic()
    with kafka(_settings(ctx)) as settings:
        if once:
            count = run_once(settings, _feeds(settings, feeds), _printer(True), timeout, workers)
            click.echo(f"{count} alerts in {time.monotonic() - started:.1f}s", err=True)
        else:
            run_forever(settings, _feeds(settings, feeds), _printer(as_json), workers=workers)


@cli.command()
@click.option("--feed", "feeds", multiple=True, help=FEED_HELP)
@click.option("--once", is_flag=True, help="Read every feed once and exit (default: poll forever).")
@click.pass_context
def ingest(ctx: click.Context, feeds: tuple[str, ...], once: bool) -> None:
    """Read feeds and publish articles to news.articles (needs KAFKA_BOOTSTRAP_SERVERS)."""
    import signal
    import threading

    from ingest import Publisher, ingest_once, poll_forever
    from newsmon import metrics

    settings = _require_broker(_settings(ctx))
    metrics.serve(settings.metrics_port)
    with Publisher(settings) as publisher:
        if once:
            click.echo(str(ingest_once(_feeds(settings, feeds), publisher, settings)), err=True)
            return
        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        poll_forever(_feeds(settings, feeds), publisher, settings, stop)


@cli.command()
@click.pass_context
def process(ctx: click.Context) -> None:
    """Run a processors worker (faust): news.articles -> news.mentions -> news.alerts."""
    from processors.app import run_worker

    settings = _require_broker(_settings(ctx))
    run_worker(settings)


@cli.command()
@click.option("--follow", "-f", is_flag=True, help="Keep waiting for new alerts.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines (default when stdout is not a terminal).")
@click.option("--new", is_flag=True, help="Only alerts that arrive from now on (default: from the beginning).")
@click.option("--group", help="Consume as this consumer group: resume where the group left off, share partitions.")
@click.pass_context
def alerts(ctx: click.Context, follow: bool, as_json: bool, new: bool, group: str | None) -> None:
    """Print alerts from news.alerts once each (repeats dropped by alert_id); needs KAFKA_BOOTSTRAP_SERVERS."""
    from ingest import SeenSet
    from newsmon.watch import TopicReader
    from schemas import topics

    settings = _require_broker(_settings(ctx))
    emit = _printer(as_json or not sys.stdout.isatty())
    reader = TopicReader(settings, topics.ALERTS, from_beginning=not new, group=group)
    seen = SeenSet()
    try:
        for record in reader.follow() if follow else reader.drain():
            alert = Alert.model_validate_json(record.value)
            if seen.add(alert.alert_id):
                emit(alert)
    except KeyboardInterrupt:
        pass
    finally:
        reader.close()


@cli.command()
@click.argument("source", type=click.File("rb"), default="-")
@click.option("-o", "--output", type=click.File("w"), default="-", help="Where to write JSON lines (default stdout).")
@click.pass_context
def detect(ctx: click.Context, source: click.utils.LazyFile, output: click.utils.LazyFile) -> None:
    """Detect ceasefire/sanctions mentions per actor in JSON-lines articles (id, title, text); no Kafka."""
    from newsmon.offline import LineError, detect_lines

    rejected = 0
    for item in detect_lines(source, _settings(ctx).max_article_bytes):
        if isinstance(item, LineError):
            rejected += 1
            click.echo(f"{getattr(source, 'name', '-')}: {item}", err=True)
        else:
            output.write(json.dumps(item) + "\n")
    output.flush()
    if rejected:
        ctx.exit(1)


@cli.command(name="eval")
@click.argument("labels", type=click.Path(exists=True, dir_okay=False))
@click.argument("articles", type=click.Path(exists=True, dir_okay=False))
@click.pass_context
def evaluate(ctx: click.Context, labels: str, articles: str) -> None:
    """Score detection on labelled articles: per-topic P/R/F1, role accuracy, misses and false positives."""
    from newsmon.offline import LineError, detect_lines
    from processors.detect.evaluate import evaluate as score, format_report

    with open(articles, "rb") as f:
        predictions = [p for p in detect_lines(f, _settings(ctx).max_article_bytes) if not isinstance(p, LineError)]
    with open(labels, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    click.echo(format_report(score(gold, predictions)))


@cli.command()
@click.option("--port", type=int, default=9092, show_default=True, help="Port to listen on (127.0.0.1).")
@click.pass_context
def broker(ctx: click.Context, port: int) -> None:
    """Run the embedded, memory-only Kafka-protocol broker (Tansu) with newsmon's topics until Ctrl-C."""
    from newsmon.broker import EmbeddedBroker, create_topics

    settings = _settings(ctx)
    with EmbeddedBroker(port) as embedded:
        create_topics({"bootstrap_servers": embedded.bootstrap_servers}, settings.partitions)
        click.echo(f"KAFKA_BOOTSTRAP_SERVERS={embedded.bootstrap_servers}")
        try:
            embedded.wait()
        except KeyboardInterrupt:
            pass


@cli.command()
@click.pass_context
def topics(ctx: click.Context) -> None:
    """Create newsmon's topics on KAFKA_BOOTSTRAP_SERVERS if they do not exist."""
    from newsmon.broker import create_topics

    settings = _require_broker(_settings(ctx))
    create_topics(settings.kafka_python_config(), settings.partitions, settings.replication_factor)


@cli.command()
@click.option("--articles", "-n", default=5000, show_default=True, help="Articles for the throughput runs.")
@click.option("--rate", default=100.0, show_default=True, help="Offered articles/s for the latency run.")
@click.option("--duration", default=30.0, show_default=True, help="Seconds of the latency run.")
@click.option("--workers", default=1, show_default=True, help="Processors worker processes.")
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False), help="JSONL/feed of articles to multiply "
              "(default ../shared/devset/articles.jsonl, else the sample feed).")
@click.option("--quick", is_flag=True, help="A run under a minute: 1000 articles, 10 s of latency.")
@click.pass_context
def bench(ctx: click.Context, articles: int, rate: float, duration: float, workers: int, corpus: str | None,
          quick: bool) -> None:
    """Measure detector speed, raw broker passthrough, pipeline throughput, latency and peak RSS."""
    from newsmon.bench import print_result, run_bench
    from newsmon.runner import kafka

    if quick:
        articles, duration = 1000, 10.0
    with kafka(_settings(ctx)) as settings:
        print_result(run_bench(settings, articles, rate, duration, workers, corpus))


@cli.command()
@click.option("-o", "--output", "directory", type=click.Path(file_okay=False), default="schemas-out", show_default=True)
def schemas(directory: str) -> None:
    """Write JSON Schemas (draft 2020-12) of Article, Mention, Alert and an AsyncAPI 3 document of the topics."""
    from pathlib import Path

    from schemas.export import write_all

    for path in write_all(Path(directory)):
        click.echo(str(path))


@cli.command()
@click.pass_context
def config(ctx: click.Context) -> None:
    """Print the effective configuration as JSON (secrets masked)."""
    click.echo(_settings(ctx).model_dump_json(indent=2))


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="newsmon")
