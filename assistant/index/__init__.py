"""The index: embeddings, the Chroma store, BM25, the read-side snapshot and ingest orchestration."""
