"""The naive pipeline the assistant is measured against (``kaizen eval --baseline``).

Built from the same libraries as the assistant: the page text of each stored PDF
(pdfplumber), cut into fixed-size chunks with llama-index's ``SentenceSplitter``
(sizes in characters, Japanese sentence ends), the same embedder, our Sudachi BM25
(``LexicalIndex``), fused by reciprocal rank. The answer is the top chunks' text.

For scoring, a chunk's citation names its page and every sheet section its lines
overlap (from the record's ``locations`` bounding boxes), so hit@k is comparable
with the assistant's section citations.
"""

from __future__ import annotations

import re
import time

import numpy as np

from ingest.form import INDICATOR_SECTIONS
from ingest.pages import displayed

CHUNK_CHARS = 400
OVERLAP_CHARS = 50
RRF_K = 60

_SENT = re.compile(r"(?<=[。！？!?\n])")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENT.split(text) if s]


def make_splitter(chunk_chars: int = CHUNK_CHARS, overlap: int = OVERLAP_CHARS):
    from llama_index.core.node_parser import SentenceSplitter

    # tokenizer=list: one "token" per character, so sizes are in characters (Japanese has no spaces).
    return SentenceSplitter(chunk_size=chunk_chars, chunk_overlap=overlap, tokenizer=list,
                            paragraph_separator="\n\n", chunking_tokenizer_fn=_sentences)


def _loc_key(key: str) -> tuple[str, int | None]:
    if ":" in key:
        sec, sub = key.split(":", 1)
        if sec in INDICATOR_SECTIONS and sub.isdigit():
            return sec, int(sub)
        return sec, None
    return key, None


def _area(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def page_chunks(pdf_path, record: dict, splitter) -> list[dict]:
    """Fixed-size chunks of each page's text, with page, bbox and overlapped sections."""
    import pdfplumber

    sheet = record["sheet"]
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for pno, page in enumerate(pdf.pages, start=1):
            lines = displayed(page).extract_text_lines()  # the parse's coordinates (rotated, cropped)
            text, spans = "", []
            for ln in lines:
                start = len(text)
                text += ln["text"] + "\n"
                spans.append((start, len(text), (ln["x0"], ln["top"], ln["x1"], ln["bottom"])))
            cursor = 0
            for chunk in splitter.split_text(text):
                probe = chunk[:40]
                pos = text.find(probe, max(0, cursor - OVERLAP_CHARS * 2))
                if pos < 0:
                    pos = text.find(probe)
                if pos < 0:
                    pos = cursor
                end = pos + len(chunk)
                cursor = end
                boxes = [b for s, e, b in spans if s < end and e > pos]
                areas: dict[str, float] = {}
                for key, (lp, lb) in record.get("locations", {}).items():
                    if lp != pno:
                        continue
                    a = sum(_area(b, lb) for b in boxes)
                    if a > 0:
                        areas[key] = areas.get(key, 0.0) + a
                keys = sorted(areas, key=lambda k: -areas[k])
                sections = [list(_loc_key(k)) for k in keys]
                bbox = ""
                if boxes:
                    bbox = ",".join(f"{v:.1f}" for v in (min(b[0] for b in boxes), min(b[1] for b in boxes),
                                                          max(b[2] for b in boxes), max(b[3] for b in boxes)))
                main = sections[0] if sections else ["", None]
                out.append({
                    "jigyo_no": sheet["jigyo_no"], "jigyo_name": sheet["jigyo_name"],
                    "fiscal_year": record["fiscal_year"], "section": main[0], "section_title": "",
                    "indicator": main[1], "indicator_name": "", "page": pno, "bbox": bbox,
                    "file": record.get("file", ""), "quote": chunk, "sections": sections,
                })
    return out


class Baseline:
    """A naive page-chunk RAG over the same index's stored PDFs."""

    def __init__(self, svc, chunk_chars: int = CHUNK_CHARS, overlap: int = OVERLAP_CHARS) -> None:
        from assistant.index.lexical import LexicalIndex

        self.svc = svc
        splitter = make_splitter(chunk_chars, overlap)
        self.chunks: list[dict] = []
        for record in svc.snapshot().records.values():
            path = svc.pdf_path(record)
            if path is None:
                continue
            self.chunks += page_chunks(path, record, splitter)
        ids = [str(i) for i in range(len(self.chunks))]
        self.lexical = LexicalIndex()
        if self.chunks:
            self.lexical.build(ids, [c["quote"] for c in self.chunks])
            self.matrix = np.asarray(svc.embedder.embed_documents([c["quote"] for c in self.chunks]),
                                     dtype=np.float32)
        else:
            self.matrix = np.zeros((0, 1), dtype=np.float32)

    def retrieve(self, question: str, k: int) -> list[int]:
        if not self.chunks:
            return []
        depth = max(20, k * 4)
        qv = np.asarray(self.svc.embedder.embed_query(question), dtype=np.float32)
        sims = self.matrix @ qv
        dense = list(np.argsort(-sims)[:depth])
        sparse = [int(i) for i, _ in self.lexical.search(question, k=depth)]
        fused: dict[int, float] = {}
        for ranking in (dense, sparse):
            for r, i in enumerate(ranking):
                fused[int(i)] = fused.get(int(i), 0.0) + 1.0 / (RRF_K + r + 1)
        return sorted(fused, key=lambda i: -fused[i])[:k]

    def ask(self, question: str, k: int = 3) -> dict:
        t0 = time.perf_counter()
        top = self.retrieve(question, k)
        cits = []
        for n, i in enumerate(top, start=1):
            c = dict(self.chunks[i])
            c["n"] = n
            cits.append(c)
        answer = "\n".join(f"[{c['n']}] {c['quote']}" for c in cits)
        return {"question": question, "answer": answer, "refused": not cits, "intent": "baseline",
                "citations": cits, "latency_ms": round((time.perf_counter() - t0) * 1000.0, 1)}
