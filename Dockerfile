FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY newsmon newsmon
COPY schemas schemas
COPY ingest ingest
COPY processors processors
RUN pip install --no-cache-dir . && useradd --create-home newsmon
USER newsmon
ENV NEWSMON_DATA_DIR=/home/newsmon/data
ENTRYPOINT []
CMD ["newsmon", "--help"]
