"""The analytics question set (eval/datasets/analytics): its answers are computed from the
sheets' source JSON in plain Python (tests/eval/analytics_set.py), so the files must match
what the generator computes today, and the assistant must reach the agreed bound over the
bundled sheets and over a generated 100-sheet corpus (≥ 0.95 full evidence).

``dev_blind1.jsonl`` … ``dev_blind28.jsonl`` were blind sets (30 questions each, written from the PDFs of
8 unseen sheets by someone who had not read the code; full evidence 0.52, 0.41, 0.74, 0.59, 0.78, 0.74, 0.63, 0.70, 0.85, 0.67,
0.59, 0.81, 0.79, 0.74, 0.89, 0.67, 0.85, 0.81, 0.81, 0.74, 0.89, 1.00, 0.96, 0.96, 0.96, 0.89, 0.93 and 0.93 when last scored unread), read and kept as dev sets: each is scored over an index of exactly its 8 sheets, with
bounds a little under today's score, so that losing one of the classes its failures taught fails here."""

from __future__ import annotations

import json

import pytest

from eval.dataset import load_questions

from .analytics_set import OUT, CORPUS_SIZE, ROOT, corpus_sheets, questions, sample_sheets

UNSEEN = ROOT / "eval" / "datasets" / "unseen"
# The 8 sheets each dev set was written over (folder, sheet number prefix).
BLIND_SHEETS = {
    "dev_blind1.jsonl": [("sheets", p) for p in ("02-03-04", "04-01-05", "05-04-03", "07-05-02", "08-03-01", "10-02-03",
                                                  "11-01-04", "13-02-04")],
    "dev_blind2.jsonl": [("sheets", p) for p in ("03-04-02", "04-02-03", "05-01-04", "06-03-01", "09-03-05", "11-04-01",
                                                  "12-06-01")] + [("sheets_J", "05-07-01")],
    "dev_blind3.jsonl": [("sheets_K", p) for p in ("05-08-02", "07-06-03", "09-04-02", "12-05-03")]
    + [("sheets_J", p) for p in ("03-05-02", "05-05-03", "11-02-03")] + [("sheets", "13-02-04")],
    "dev_blind4.jsonl": [("sheets_L", p) for p in ("05-02-05", "06-05-02", "07-08-01", "15-01-03")]
    + [("sheets_M", p) for p in ("08-04-02", "09-05-03", "12-03-02", "13-03-02")],
    "dev_blind5.jsonl": [("sheets_N", p) for p in ("02-07-02", "06-04-03", "07-04-03", "11-05-04")]
    + [("sheets", p) for p in ("02-03-04", "05-06-02", "07-05-02", "10-02-03")],
    "dev_blind6.jsonl": [("sheets_O", p) for p in ("05-09-04", "06-06-02", "08-05-04", "11-06-02")]
    + [("sheets_P", p) for p in ("05-10-02", "06-07-02", "09-06-04", "11-07-03")],
    "dev_blind7.jsonl": [("sheets_Q", p) for p in ("02-08-03", "03-06-01", "07-09-02", "13-05-02")]
    + [("sheets_R", p) for p in ("05-11-02", "08-06-03", "09-07-02", "12-07-02")],
    "dev_blind8.jsonl": [("sheets_S", p) for p in ("05-12-03", "10-03-04", "11-08-02", "12-08-02")]
    + [("sheets_T", p) for p in ("05-14-03", "07-11-02", "09-08-02", "16-02-01")],
    "dev_blind9.jsonl": [("sheets_U", p) for p in ("03-08-02", "05-13-02", "11-09-02", "12-10-02")]
    + [("sheets", p) for p in ("02-04-03", "07-03-02", "09-02-02", "14-02-02")],
    "dev_blind10.jsonl": [("sheets_V", p) for p in ("11-12-03", "12-11-03", "13-06-02", "15-04-02")]
    + [("sheets_W", p) for p in ("05-16-02", "15-07-02", "18-01-02", "19-02-01")],
    "dev_blind11.jsonl": [("sheets_Y", p) for p in ("03-09-02", "06-08-02", "13-04-03", "15-05-02")]
    + [("sheets", "06-01-04"), ("sheets", "08-02-06"), ("sheets_U", "03-08-02"), ("sheets_U", "05-13-02")],
    "dev_blind12.jsonl": [("sheets_AN12", p) for p in ("05-27-02", "07-25-03", "09-21-04", "11-24-02")]
    + [("sheets_V", "11-12-03"), ("sheets_V", "13-06-02"), ("sheets_W", "18-01-02"), ("sheets_X", "21-01-02")],
    "dev_blind13.jsonl": [("sheets_AN13", p) for p in ("05-42-03", "06-44-02", "09-43-01", "11-46-02")]
    + [("sheets_W", "05-16-02"), ("sheets_W", "15-07-02"), ("sheets_X", "08-07-03"), ("sheets_X", "10-04-02")],
    "dev_blind14.jsonl": [("sheets_AN14", p) for p in ("05-39-03", "06-38-02", "08-37-04", "11-40-02")]
    + [("sheets_AD", "05-72-03"), ("sheets_AD", "09-74-02"), ("sheets_AE", "01-83-02"), ("sheets_AE", "15-87-02")],
    "dev_blind15.jsonl": [("sheets_AN15", p) for p in ("05-88-02", "09-90-02", "11-89-03", "12-91-02")]
    + [("sheets_AG", "06-47-02"), ("sheets_AG", "09-49-02"), ("sheets_AF", "10-92-02"), ("sheets_AF", "15-97-02")],
    "dev_blind16.jsonl": [("sheets_AN16", p) for p in ("05-77-02", "07-80-03", "08-79-04", "11-75-02")]
    + [("sheets_AH", "05-69-03"), ("sheets_AH", "12-70-02"), ("sheets_AE", "05-86-03"), ("sheets_AE", "09-81-02")],
    "dev_blind17.jsonl": [("sheets_AN17", p) for p in ("03-66-02", "05-23-02", "09-26-03", "11-45-02")]
    + [("sheets_AI", "05-58-02"), ("sheets_AI", "15-61-02"), ("sheets_AJ", "07-30-02"), ("sheets_AK", "12-33-02")],
    "dev_blind18.jsonl": [("sheets_AN18", p) for p in ("05-62-08", "07-38-06", "10-33-09", "11-47-07")]
    + [("sheets_AO", "05-41-03"), ("sheets_AM", "06-84-02"), ("sheets_AL", "09-52-03"), ("sheets_AL", "12-54-02")],
    "dev_blind19.jsonl": [("sheets_AN19", p) for p in ("03-41-07", "05-47-08", "09-58-07", "11-33-09")]
    + [("sheets_AO", "06-99-02"), ("sheets_AO", "14-82-01"), ("sheets_AN17", "05-23-02"), ("sheets_AM", "07-85-02")],
    "dev_blind20.jsonl": [("sheets_AN20", p) for p in ("05-83-09", "06-51-07", "08-42-06", "10-36-06")]
    + [("sheets_AP", "07-20-04"), ("sheets_AQ", "11-95-02"), ("sheets_AR", "06-23-05"), ("sheets_AO", "09-73-02")],
    "dev_blind21.jsonl": [("sheets_AN21", p) for p in ("05-16-08", "06-13-05", "07-17-07", "11-19-08")]
    + [("sheets_AS", "05-15-07"), ("sheets_AT", "15-37-09"), ("sheets_AP", "02-15-02"), ("sheets_AQ", "09-00-03")],
    "dev_blind22.jsonl": [("sheets_AN22", p) for p in ("05-83-04", "06-85-03", "11-87-04", "12-82-03")]
    + [("sheets_AU", "02-45-05"), ("sheets_AV", "05-79-08"), ("sheets_AR", "09-38-06"), ("sheets_AN21", "07-17-07")],
    "dev_blind23.jsonl": [("sheets_AN23", p) for p in ("06-96-03", "07-94-03", "09-93-04", "12-97-04")]
    + [("sheets_AW", "02-73-05"), ("sheets_AX", "09-31-08"), ("sheets_AS", "05-15-07"), ("sheets_AN22", "11-87-04")],
    "dev_blind24.jsonl": [("sheets_AN24", p) for p in ("03-92-05", "06-94-07", "08-96-05", "09-97-07")]
    + [("sheets_AY", "05-53-09"), ("sheets_AY", "11-54-09"), ("sheets_AW", "12-85-05"), ("sheets_AN22", "06-85-03")],
    "dev_blind25.jsonl": [("sheets_AN25", p) for p in ("05-73-04", "06-75-03", "07-74-03", "11-71-04")]
    + [("sheets_AZ", "07-67-09"), ("sheets_AZ", "10-62-09"), ("sheets_AX", "12-44-07"), ("sheets_AN23", "09-93-04")],
    "dev_blind26.jsonl": [("sheets_AN26", p) for p in ("05-66-05", "06-67-05", "10-61-08", "12-68-08")]
    + [("sheets_BA", "06-74-09"), ("sheets_AY", "07-56-06"), ("sheets_BA", "08-76-09"), ("sheets_AN24", "09-97-07")],
    "dev_blind27.jsonl": [("sheets_AN27", p) for p in ("05-18-04", "07-15-04", "09-14-01", "11-13-01")]
    + [("sheets_BB", "02-86-06"), ("sheets_AN25", "06-75-03"), ("sheets_AZ", "07-67-09"), ("sheets_AX", "12-44-07")],
    "dev_blind28.jsonl": [("sheets_AN28", p) for p in ("02-42-07", "06-43-02", "09-45-07", "15-48-02")]
    + [("sheets_BC", "02-91-06"), ("sheets_AN26", "05-66-05"), ("sheets_BC", "07-98-09"), ("sheets_AN26", "10-61-08")],
}
# A little under today's score (1.000 full evidence and evidence on all twenty-eight after their classes were fixed, hit@3
# and refusal 1.000 but for set 16's 0.963 hit@3; 0.52, 0.41, 0.74, 0.59, 0.78, 0.74, 0.63, 0.70, 0.85, 0.67, 0.59, 0.81,
# 0.79, 0.74, 0.89, 0.67, 0.85, 0.81, 0.81, 0.74, 0.89, 1.00, 0.96, 0.96, 0.96, 0.89, 0.93 and 0.93 full evidence before): up to two of the 27 analytics
# questions and one refusal may move before this fails.
BLIND_BOUNDS = {"full_evidence": 0.92, "evidence": 0.95, "hit@k": 0.92, "refusal_accuracy": 0.96}
# A set retired with classes left keeps bounds of its own under its scores until those are fixed (none today: set 16,
# retired at 0.85 full evidence, is at 1.000 full, 1.000 evidence, 0.963 hit@3, 1.000 refusal over its 30 lines; sets 17,
# 18, 19, 20 and 21, retired at 0.85, 0.81, 0.81, 0.74 and 0.89, at 1.000 on all five).
BLIND_BOUNDS_BY_SET: dict[str, dict[str, float]] = {}


def _lines(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_the_samples_set_matches_the_source_json():
    assert _lines(OUT / "samples.jsonl") == questions("s", sample_sheets())
    got, errors = load_questions(OUT / "samples.jsonl")
    assert not errors and all(q.kind == "analytics" for q in got)


def _score(svc, path):
    from eval.runner import ask_one, evaluate

    qs, errors = load_questions(path)
    assert not errors
    return evaluate(lambda q: ask_one(svc, q, 3), qs, 3)["summary"]["overall"], len(qs)


@pytest.mark.eval_gate
def test_analytics_set_over_the_samples(service):
    o, n = _score(service, OUT / "samples.jsonl")
    print(f"\nanalytics samples ({n}): full={o['full_evidence']:.3f} hit@3={o['hit@k']:.3f} "
          f"cited={o['expected_cited']:.3f} refusal={o['refusal_accuracy']:.3f}")
    assert o["full_evidence"] >= 0.95 and o["refusal_accuracy"] == 1.0


@pytest.mark.eval_gate
def test_analytics_set_over_a_generated_corpus(tmp_path_factory):
    from samples.corpus import generate_corpus

    from assistant.config import load_settings
    from assistant.service import Kaizen

    folder = tmp_path_factory.mktemp("corpus100")
    pdfs = generate_corpus(CORPUS_SIZE, folder, seed=0)
    assert _lines(OUT / "corpus100.jsonl") == questions("c", corpus_sheets(folder))
    svc = Kaizen(load_settings(tmp_path_factory.mktemp("corpus-home")))
    bad = [r for r in svc.ingest(pdfs) if not r.ok]
    assert not bad, bad
    o, n = _score(svc, OUT / "corpus100.jsonl")
    print(f"\nanalytics corpus ({n}): full={o['full_evidence']:.3f} hit@3={o['hit@k']:.3f} "
          f"cited={o['expected_cited']:.3f} refusal={o['refusal_accuracy']:.3f}")
    assert o["full_evidence"] >= 0.95 and o["refusal_accuracy"] == 1.0


@pytest.mark.eval_gate
@pytest.mark.parametrize("name", sorted(BLIND_SHEETS))
def test_analytics_dev_set_over_its_eight_unseen_sheets(tmp_path_factory, name):
    from assistant.config import load_settings
    from assistant.service import Kaizen

    pdfs = [p for folder, prefix in BLIND_SHEETS[name] for p in sorted((UNSEEN / folder).glob(f"{prefix}_*.pdf"))]
    assert [p.name[:8] for p in pdfs] == [prefix for _, prefix in BLIND_SHEETS[name]], \
        "exactly the set's 8 sheets are indexed"
    svc = Kaizen(load_settings(tmp_path_factory.mktemp(name.split(".")[0] + "-home")))
    bad = [r for r in svc.ingest(pdfs) if not r.ok]
    assert not bad, bad
    o, n = _score(svc, OUT / name)
    print(f"\nanalytics {name} ({n}): full={o['full_evidence']:.3f} evidence={o['evidence']:.3f} "
          f"hit@3={o['hit@k']:.3f} cited={o['expected_cited']:.3f} refusal={o['refusal_accuracy']:.3f}")
    assert n == 30
    bounds = BLIND_BOUNDS_BY_SET.get(name, BLIND_BOUNDS)
    assert o["full_evidence"] >= bounds["full_evidence"] and o["evidence"] >= bounds["evidence"]
    assert o["hit@k"] >= bounds["hit@k"] and o["refusal_accuracy"] >= bounds["refusal_accuracy"]
