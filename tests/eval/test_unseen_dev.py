"""Regression gate on wording and sheets never tuned on when they were written.

The dev sets in ``eval/datasets/unseen/`` were blind sets (questions written from the PDFs by
people who had not read the code) before their failures were read.  These bounds sit a little
under today's scores (2,664 questions with sets Y to AM: hit@3 0.908, evidence 0.893, precision 0.599, refusal 0.943,
unanswerable refused 0.910; the hit@3 and evidence bounds moved from 0.925 and 0.90 to 0.91 and 0.89 as the harder
sets AB–AE, 0.64–0.83 hit@3 each after their fixes, came in, and hit@3, refusal, precision and evidence to 0.90,
0.935, 0.59 and 0.885 with AF–AM, 0.76–0.95 hit@3 each after theirs; with AO–AR, 2,952 questions: hit@3 0.910, evidence 0.894,
precision 0.592 (0.589 over this test's indexes, the new sets citing 0.47–0.59), refusal 0.947, so precision to 0.58; with AS and AT, 3,096 questions: hit@3 0.903, evidence 0.887 (AT, the hardest,
0.71 / 0.69 after its fixes), so hit@3 to 0.895 and evidence to 0.88; with AU, 3,168: hit@3 0.900, evidence 0.884,
so 0.89 and 0.875;
with AV, 3,240: hit@3 0.896, evidence 0.879, precision 0.582, so 0.885, 0.87 and 0.57; with AW and AX, 3,384: hit@3
0.897, evidence 0.880, precision 0.579, bounds kept; with AY, 3,456: 0.899, 0.880, 0.578; with AZ,
3,528: 0.899, 0.880, 0.578; with BA, 3,600: 0.899, 0.879, 0.576; with BB,
3,672: 0.897, 0.878, 0.574; with BM and BO, 4,608: 0.889, 0.873, 0.555; with BP and BQ, 4,752: 0.891, 0.875, 0.555; with BR and BS, 4,896: 0.894, 0.878, 0.555; with BT and BU, 5,040: 0.894, 0.880, 0.554, unanswerable refused 0.891; with BV, BW, BX and BY, 5,328: 0.888, 0.875, 0.550, refused 0.884; with BZ, CA, CB and CC, 5,616: 0.884, 0.872, 0.546,
refused 0.885, so hit@3, evidence and precision to 0.88, 0.865 and 0.54; with CD and CE, 5,760: 0.879,
0.867, 0.543, refused 0.884, so 0.875, 0.86 and 0.535; with CF and CG, 5,904: 0.875, 0.864, 0.541, refused 0.882, so
hit@3 and evidence to 0.87 and 0.855; with CH and CI, 6,048: 0.874, 0.862, 0.539, refused 0.881, bounds kept; with CJ and
CK, 6,192: 0.872, 0.861, 0.537, refusal 0.930, so hit@3, precision and refusal to 0.865, 0.53 and 0.925; with CL and CM,
6,336: 0.869, 0.858, 0.534, refusal 0.929, unanswerable refused 0.876, so evidence and unanswerable refused to 0.85 and
0.87), with room for the small run-to-run differences of a parallel ingest:
a change that loses a class of answers fails here even when the bundled set does not notice.  The paraphrase set asks every bundled question in three other wordings:
the top citation and the refusal decision must not change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.dataset import BUNDLED, load_questions

ROOT = Path(__file__).resolve().parents[2]
UNSEEN = ROOT / "eval" / "datasets" / "unseen"
SECOND_RENDERER = ROOT.parent / "shared" / "second-renderer"


def _grown_and_asked(home: str, before: list[str], letters: list[str], first: list) -> list[dict]:
    """Index the bundled, second-renderer and unseen sheets and the sheets of the sets in
    ``before`` (one ingest), ask ``first``, then grow the index set by set through ``letters``,
    asking each set right after its own sheets are added.  Returns the scores, in asking order.

    Each set is asked over the index its writer saw: set J's sheets include a 危機管理部 sheet
    that the older sets call not indexed, and each later set was written with the earlier sets'
    sheets indexed (J, then K, L, M … AM, AO, AP …).  So the sets are asked in that order over a
    growing index, each right after its own sheets are added.  (One copy of the index per set,
    kept for the whole module, grew quadratically: ~90 copies of up to ~400 sheets came to about
    17 GB and filled a CI machine's disk.)  Runs in a process of its own (see the test)."""
    from assistant.config import load_settings
    from assistant.service import Kaizen
    from eval.runner import ask_one, run

    pdfs = sorted((ROOT / "samples").glob("*.pdf")) + sorted(SECOND_RENDERER.glob("*.pdf")) \
        + sorted((UNSEEN / "sheets").glob("*.pdf"))
    assert len(pdfs) == 9 + 4 + 22, "bundled, second-renderer and unseen sheets are all required"
    svc = Kaizen(load_settings(Path(home)))

    def add(paths: list[Path]) -> None:
        bad = [r for r in svc.ingest(paths) if not r.ok]
        assert not bad, bad

    add(pdfs + [pdf for letter in before for pdf in _set_sheets(letter)])
    scores = run(lambda q: ask_one(svc, q, 3), first, 3).scores
    for letter in letters:
        add(_set_sheets(letter))
        scores += run(lambda q: ask_one(svc, q, 3), _set_questions(letter), 3).scores
    return scores


def _set_sheets(letter: str) -> list[Path]:
    pdfs = sorted((UNSEEN / f"sheets_{letter}").glob("*.pdf"))
    assert len(pdfs) == 4, letter
    return pdfs


def _set_questions(letter: str) -> list:
    (path,) = UNSEEN.glob(f"dev_{letter}_*.jsonl")
    got, errors = load_questions(path)
    assert not errors, (path, errors)
    return got


# The sets written over growing indexes, in the order their sheets were added.
EXTENDED_SETS = [*"JKLMNOPQRSTUVWXYZ", "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ", "AK", "AL", "AM", "AO", "AP", "AQ", "AR", "AS", "AT", "AU", "AV", "AW", "AX", "AY", "AZ", "BA", "BB", "BC", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BK", "BL", "BM", "BN", "BO", "BP", "BQ", "BR", "BS", "BT", "BU", "BV", "BW", "BX", "BY", "BZ", "CA", "CB", "CC", "CD", "CE", "CF", "CG", "CH", "CI", "CJ", "CK", "CL", "CM", "CN", "CO", "CP", "CQ", "CR", "CS", "CT", "CU", "CV", "CW", "CX", "CY", "CZ", "DA", "DB", "DC", "DD", "DE", "DF", "DG", "DH", "DI", "DJ", "DK", "DL", "DM", "DN", "DO", "DP", "DQ", "DR", "DS", "DT", "DU", "DV", "DW", "DX", "DY", "DZ", "EA", "EB", "EC", "ED", "EE", "EF", "EG", "EH", "EI", "EJ", "EK", "EL", "EM", "EN", "EO", "EP", "EQ", "ES", "EV", "EW", "EX", "EY", "FA", "FB", "FD", "FE", "FC", "FG", "EU", "FH", "FI", "FJ", "FL", "FN", "FO", "FP", "FQ", "FF", "FR", "FT", "FM", "FS", "FW", "FV", "FK", "FX", "FY", "FZ", "GB", "GC", "GD", "GE", "GG", "GF", "GH", "GI", "GJ", "GL", "GM", "GN", "GO", "GQ", "GR", "GU", "GV", "GW", "GZ", "HC"]
# Where the two processes of the test below meet: the later sets cost more each (a larger index
# to grow and to ask), so the second process, which first indexes the earlier sets' sheets in
# one ingest, takes about the last two fifths and both finish at about the same time.
SPLIT = len(EXTENDED_SETS) * 3 // 5


@pytest.mark.eval_gate
@pytest.mark.timeout(3600)  # ~190 ingests of 4 sheets, 14,040 questions: ~45 min in one process, ~25 min in two
def test_unseen_dev_sets_hold_their_bounds(tmp_path):
    """Every dev set over the index its writer saw, asked by two processes at once (the machine's
    two cores): the first grows the index through the first three fifths of the sets, the second
    indexes those sets' sheets at once and grows it through the rest."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from eval.metrics import summarize

    names = {p.stem.split("_")[1] for p in UNSEEN.glob("dev_*.jsonl")}
    assert not set(EXTENDED_SETS) - names, "every set whose sheets are added has its questions"
    first = [q for name in sorted(names - set(EXTENDED_SETS)) for q in _set_questions(name)]
    early, late = EXTENDED_SETS[:SPLIT], EXTENDED_SETS[SPLIT:]
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        a = pool.submit(_grown_and_asked, str(tmp_path / "early"), [], early, first)
        b = pool.submit(_grown_and_asked, str(tmp_path / "late"), early, late, [])
        scores = a.result() + b.result()
    qs = first + [q for letter in EXTENDED_SETS for q in _set_questions(letter)]
    assert len(scores) == len(qs)
    assert len(qs) >= 14040
    o = summarize(scores)["overall"]
    print(f"\nunseen dev sets ({len(qs)}): hit@3={o['hit@k']:.3f} evidence={o['evidence']:.3f} "
          f"full={o['full_evidence']:.3f} precision={o['citation_precision']:.3f} "
          f"refusal={o['refusal_accuracy']:.3f} unanswerable refused={o['unanswerable_refused']:.3f}")
    # (0.88 since BZ–CC joined at 0.71–0.86 after their round: 5,616 questions 0.884, A–BY 0.888 -> 0.889; 0.875 since CD
    # and CE joined at 0.69 each: 5,760 questions 0.879, A–CC unchanged; 0.87 since CF and CG joined at 0.86 and 0.60 after
    # their round: 5,904 questions 0.875, A–CE 0.879 -> 0.879; kept when CH and CI joined at 0.79 and 0.81 after their
    # round: 6,048 questions 0.874, A–CG 0.875 -> 0.875; 0.865 since CJ and CK joined at 0.83 and 0.79 after their round:
    # 6,192 questions 0.872, A–CI 0.874 unchanged; 0.86 since CN and CO joined at 0.69 each after their round: 6,480
    # questions 0.864, A–CM 0.869 -> 0.868, 40 rows up and 2 down; kept when CP and CQ joined at 0.90 and 0.76 after
    # their round: 6,624 questions 0.864, A–CO 0.864 -> 0.865; 0.855 since CR and CS joined at 0.50 and 0.83 after their
    # round: 6,768 questions 0.8601, A–CQ 0.8640 -> 0.8643; kept when CT and CU joined at 0.88 and 0.64 after their
    # round: 6,912 questions 0.8583, A–CS 0.8601 -> 0.8604; 0.845 since CV and CW joined at 0.45 and 0.55 after their
    # round: 7,056 questions 0.8511, A–CU 0.8583 unchanged; 0.84 since CX and CY joined at 0.69 and 0.55 after their
    # round: 7,200 questions 0.8468, A–CW 0.8511 -> 0.8513; 0.835 since CZ and DA joined at 0.57 and 0.69 after their
    # round: 7,344 questions 0.8433, A–CY 0.8468 -> 0.8475; kept when DB and DC joined at 0.48 and 0.71 after their
    # round: 7,488 questions 0.8392, A–DA 0.8433 -> 0.8440; 0.83 since DD and DE joined at 0.62 and 0.71 after their
    # round: 7,632 questions 0.8360, A–DC 0.8392 unchanged; kept when DF and DG joined at 0.69 and 0.71 after their
    # round: 7,776 questions 0.8349, A–DE 0.8360 -> 0.8373; kept when DH and DI joined at 0.62 and 0.83 after their
    # round: 7,920 questions 0.8344, A–DG 0.8349 -> 0.8364; 0.825 since DJ and DK joined at 0.41 and 0.78 after their
    # round (DJ, a farmer dictating in dialect and hiragana): 8,064 questions 0.8302, A–DI 0.8344 -> 0.8346; kept when DL
    # and DM joined at 0.75 and 0.70 after their round: 8,208 questions 0.8283, A–DK 0.8302 unchanged; 0.82 since DN and
    # DO joined at 0.60 and 0.50 after their round: 8,352 questions 0.8236, A–DM 0.8283 -> 0.8285; 0.815 since DP and DQ
    # joined at 0.61 and 0.37 after their round (DQ, a 76-year-old typing hiragana on a tablet): 8,496 questions 0.8176,
    # A–DO 0.8236 -> 0.8234; kept when DR and DS joined at 0.70 and 0.74 after their round: 8,640 questions 0.8164,
    # A–DQ 0.8176 -> 0.8182; 0.81 since DT and DU joined at 0.67 and 0.60 after their round: 8,784 questions 0.8138,
    # A–DS 0.8164 -> 0.8168; 0.795 since DV–EC joined at 0.44–0.79 after their round (DV 0.60, DW 0.58, DX 0.71, DY 0.48,
    # DZ 0.62, EA 0.44, EB 0.60, EC 0.79): 9,360 questions 0.8016, A–DU 0.8138 -> 0.8146; kept when ED and EE joined at
    # 0.74 and 0.91 after their round: 9,504 questions 0.8030, A–EC 0.8016 -> 0.8027; kept when EF and EG joined at
    # 0.67 and 0.43 after their round: 9,648 questions 0.7996, A–EE 0.8030 -> 0.8033, 4 rows up and none down; kept when EH
    # and EI joined at 0.74 and 0.48 after their round: 9,792 questions 0.7970, A–EG 0.7996 -> 0.7998, 1 row up, 1 down; kept
    # when EJ and EK joined at 0.76 and 0.81 after their round: 9,936 questions 0.7970, A–EI 0.7970 -> 0.7971, 1 up, 1 down;
    # kept when EL and EM joined at 0.76 and 0.79 after their round: 10,080 questions 0.7966, A–EK 0.7970 -> 0.7970, 1 up;
    # kept when EN and EO joined at 0.81 and 0.71 after their round: 10,224 questions 0.7972, A–EM 0.7966 -> 0.7977, 8 up, 2 down;
    # 0.79 since EP, EQ and ES joined at 0.81, 0.62 and 0.62 after their round: 10,440 questions 0.7963, A–EO 0.7972 ->
    # 0.7986, 12 up, 1 down; kept when EV and EW joined at 0.55 and 0.71 after their round: 10,584 questions 0.7942, A–ES
    # 0.7963 -> 0.7964, 2 up, none down; kept when EX and EY joined at 0.55 and 0.71 after their round: 10,728 questions
    # 0.7922, A–EW 0.7942 -> 0.7944, 2 up, 1 down; 0.785 since FA and FB joined at 0.43 and 0.62 after their round (FA, a
    # farmer typing 信州弁 in hiragana; FB, a regional office relaying): 10,872 questions 0.7887, A–EY 0.7922 unchanged, 1 up, 1 down;
    # kept when FD and FE joined at 0.52 and 0.67 after their round: 11,016 questions 0.7862, A–FB 0.7887 unchanged, 3 up;
    # 0.78 since FC and FG joined at 0.64 and 0.76 after their round: 11,160 questions 0.7852, A–FE 0.7862 unchanged, 5 up;
    # kept when EU joined at 0.95 after its round: 11,232 questions 0.7862, A–FG 0.7852 unchanged; kept when FH and FI
    # joined at 0.81 and 0.60 after their round: 11,376 questions 0.7852, A–EU 0.7862 unchanged, 1 up; kept when FJ and FL
    # joined at 0.74 and 0.50 after their round (FL, a think-tank researcher: FY2024, シートベース): 11,520 questions 0.7833,
    # A–FI 0.7852 -> 0.7853; kept when FN and FO joined at 0.67 and 0.62 after their round (FN, a fact-checker quoting
    # claims heard; FO, a village mayor's plain speech): 11,664 questions 0.7818, A–FL 0.7833 -> 0.7836; kept when FP and FQ
    # joined at 0.71 and 0.79 after their round (FP, a young person's casual smartphone Japanese; FQ, a retired engineer's
    # precise questions): 11,808 questions 0.7842, A–FO 0.7818 -> 0.7846, 37 up, 13 down; kept when FF, FR and FT joined at
    # 0.74, 0.67 and 0.50 after their round (FF, a newly assigned officer; FR, a student preparing for the prefecture's
    # interview; FT, a shopkeeper's plain words): 12,024 questions 0.7821, A–FQ 0.7842 -> 0.7848, 6 up, 1 down; kept when
    # FM, FS and FW joined at 0.88, 0.79 and 0.62 after their round (FM, an exam setter's set phrasing; FS, a daughter
    # typing for her parents; FW, a father on leave telling his own story first): 12,240 questions 0.7823, A–FT 0.7821 ->
    # 0.7827, 31 up, 2 down; kept when FV, FK and FX joined at 0.83, 0.81 and 0.60 after their round (FV, a booklet
    # designer naming indicators by their figures; FK, a staff member's shorthand and guesses; FX, a briefing's Q&A list
    # headed by who asked): 12,456 questions 0.7818, A–FW 0.7822 -> 0.7824, 23 up, 4 down; kept when FY and FZ joined at
    # 0.79 and 0.62 after their round (FY, a section officer rehearsing an external 事業レビュー; FZ, a retired official
    # writing like a letter, kanji numbers and old forms): 12,600 questions 0.7811, A–FX 0.7818 -> 0.7820, 4 up, 1 down;
    # kept when GB and GC joined at 0.86 and 0.86 after their round (GB, a 国際交流員 mixing English words; GC, an assembly
    # committee's minutes): 12,744 questions 0.7825, A–FZ 0.7811 -> 0.7816, 6 up, 0 down; kept when GD, GE and GG joined
    # at 0.88, 0.83 and 0.55 after their round (GD, PDF fragments pasted; GE, a debater; GG, a phone operator's call
    # memos): 12,960 questions 0.7830, A–GC 0.7825 -> 0.7835, 10 up, 3 down; kept when GF and GH joined at 0.74 and 0.69
    # after their round (GF, a consultant's jargon and a firm's years; GH, a public comment's views stated before the
    # question): 13,104 questions 0.7825, A–GG 0.7830 -> 0.7832, 1 up, 1 down; 0.775 since GI, GJ and GL joined at 0.81,
    # 0.69 and 0.50 after their round (GI, an office chat's marks and short forms; GJ, Q&A-site posts saying where the
    # asker lives and what others say; GL, an association's petition, much of it asked without naming the program):
    # 13,320 questions 0.7807, A–GH 0.7825 -> 0.7826, 2 up, 0 down; kept when GM, GN and GO joined at 0.71, 0.79 and
    # 0.62 after their round (GM, an intern's evaluation jargon and the report the answer goes into; GN, a PTA parents'
    # LINE group naming programs after describing them; GO, a Tokyo family weighing a move, comparing with Tokyo):
    # 13,536 questions 0.7802, A–GL 0.7807 -> 0.7814, 9 up, 1 down; kept when GQ, GR and GU joined at 0.67, 0.55 and
    # 0.83 after their round (GQ, a tax accountant telling a client's story; GR, an NPO worker writing Japanese as a second
    # language, the form's words in hiragana and English glosses; GU, a machine translation's loanwords): 13,752 questions
    # 0.7789, A–GO 0.7802 -> 0.7804, 4 up, 1 down; kept when GV and GW joined at 0.74 and 0.64 after their round (GV, a
    # Chinese student's simplified characters and Chinese words; GW, a 財政課's requests as a filled-in form): 13,896
    # questions 0.7785, A–GU 0.7789 -> 0.7794, 4 up, 0 down; 0.77 since GZ and HC joined at 0.45 and 0.55 after their
    # round (GZ, a retired teacher writing a letter: 拝啓, the season's greeting, さて, 敬具, honorific forms; HC, a 市町村
    # staffer pasting the e-mail that raised the question: header, quoted mail, signature, a loanword clipped): 14,040
    # questions 0.7758, A–GW 0.7785 -> 0.7786, 2 up, 0 down)
    assert o["hit@k"] >= 0.77
    # (0.87 before BZ–CC: 5,616 questions 0.872; 0.865 before CD–CE: 5,760 questions 0.867; 0.86 before CF–CG: 5,904
    # questions 0.864; 0.85 since CL and CM joined at 0.64 and 0.83 after their round: 6,336 questions 0.858, A–CK 0.861
    # unchanged; 0.845 since CR and CS joined at 0.52 and 0.82 after their round: 6,768 questions 0.8509, A–CQ 0.8545 ->
    # 0.8548; kept when CT and CU joined at 0.94 and 0.60: 6,912 questions 0.8495, A–CS 0.8509 -> 0.8511; 0.835 since CV
    # and CW joined at 0.48 and 0.55: 7,056 questions 0.8427, A–CU 0.8495 unchanged; kept when CX and CY joined at 0.70
    # and 0.55: 7,200 questions 0.8387, A–CW 0.8427 -> 0.8430; 0.83 since CZ and DA joined at 0.59 and 0.70: 7,344
    # questions 0.8356, A–CY 0.8387 -> 0.8393; 0.825 since DB and DC joined at 0.53 and 0.71: 7,488 questions 0.8319,
    # A–DA 0.8356 -> 0.8360; 0.82 since DD and DE joined at 0.60 and 0.74: 7,632 questions 0.8289, A–DC 0.8319
    # unchanged; kept when DF and DG joined at 0.69 and 0.72: 7,776 questions 0.8281, A–DE 0.8289 -> 0.8304; kept when
    # DH and DI joined at 0.63 and 0.81: 7,920 questions 0.8277, A–DG 0.8281 -> 0.8297; kept when DJ and DK joined at
    # 0.42 and 0.78: 8,064 questions 0.8237, A–DI 0.8277 -> 0.8279; kept when DL and DM joined at 0.76 and 0.71: 8,208
    # questions 0.8221, A–DK 0.8237 unchanged; 0.815 since DN and DO joined at 0.62 and 0.51: 8,352 questions 0.8178,
    # A–DM 0.8221 -> 0.8223; 0.81 since DP and DQ joined at 0.61 and 0.31: 8,496 questions 0.8114, A–DO 0.8178 -> 0.8176;
    # kept when DR and DS joined at 0.70 and 0.78: 8,640 questions 0.8109, A–DQ 0.8114 -> 0.8121; 0.805 since DT and DU
    # joined at 0.65 and 0.62: 8,784 questions 0.8086, A–DS 0.8109 -> 0.8114; 0.79 since DV–EC joined at 0.43–0.79: 9,360
    # questions 0.7966, A–DU 0.8086 -> 0.8094; kept when ED and EE joined at 0.73 and 0.91: 9,504 questions 0.7980, A–EC
    # 0.7966 -> 0.7977; kept when EF and EG joined at 0.69 and 0.41: 9,648 questions 0.7947, A–EE 0.7980 -> 0.7984;
    # kept when EH and EI joined at 0.75 and 0.49: 9,792 questions 0.7923; kept when EJ and EK joined at 0.78 and 0.81:
    # 9,936 questions 0.7923; kept when EL and EM joined at 0.76 and 0.77: 10,080 questions 0.7920; kept when EN and EO joined at
    # 0.80 and 0.73: 10,224 questions 0.7927; 0.785 since EP, EQ and ES joined at 0.79, 0.58 and 0.63: 10,440 questions 0.7918;
    # kept when EV and EW joined at 0.57 and 0.68: 10,584 questions 0.7898; kept when EX and EY joined at 0.54 and 0.67:
    # 10,728 questions 0.7874; 0.78 since FA and FB joined at 0.43 and 0.62: 10,872 questions 0.7840, A–EY 0.7874 unchanged;
    # kept when FD and FE joined at 0.41 and 0.68: 11,016 questions 0.7809, A–FB 0.7840 unchanged; 0.775 since FC and FG
    # joined at 0.63 and 0.75: 11,160 questions 0.7798, A–FE 0.7809 unchanged; kept when EU joined at 0.94: 11,232 questions
    # 0.7808; kept when FH and FI joined at 0.81 and 0.57: 11,376 questions 0.7797, A–EU 0.7808 unchanged; kept when FJ and
    # FL joined at 0.72 and 0.50: 11,520 questions 0.7776, A–FI 0.7797 unchanged, 1 up; kept when FN and FO joined at 0.65
    # and 0.58: 11,664 questions 0.7758, A–FL 0.7776 -> 0.7779; kept when FP and FQ joined at 0.71 and 0.73: 11,808
    # questions 0.7781, A–FO 0.7758 -> 0.7787; kept when FF, FR and FT joined at 0.74, 0.67 and 0.50: 12,024 questions
    # 0.7763, A–FQ 0.7781 -> 0.7788; kept when FM, FS and FW joined at 0.86, 0.75 and 0.60: 12,240 questions 0.7762,
    # A–FT 0.7763 -> 0.7769; kept when FV, FK and FX joined at 0.83, 0.80 and 0.61: 12,456 questions 0.7758, A–FW
    # 0.7761 -> 0.7763; 0.77 since FY and FZ joined at 0.74 and 0.58: 12,600 questions 0.7748, A–FX 0.7758 -> 0.7761;
    # kept when GB and GC joined at 0.91 and 0.84: 12,744 questions 0.7767, A–FZ 0.7748 -> 0.7755; kept when GD, GE and
    # GG joined at 0.81, 0.83 and 0.55: 12,960 questions 0.7768, A–GC 0.7767 -> 0.7775; kept when GF and GH joined at 0.71
    # and 0.68: 13,104 questions 0.7760, A–GG 0.7768 -> 0.7769; kept when GI, GJ and GL joined at 0.78, 0.70 and 0.46:
    # 13,320 questions 0.7740, A–GH 0.7760 -> 0.7761; kept when GM, GN and GO joined at 0.71, 0.79 and 0.61: 13,536
    # questions 0.7735, A–GL 0.7740 -> 0.7746; kept when GQ, GR and GU joined at 0.76, 0.58 and 0.83: 13,752 questions
    # 0.7731, A–GO 0.7735 -> 0.7739; kept when GV and GW joined at 0.80 and 0.64: 13,896 questions 0.7729, A–GU 0.7731
    # -> 0.7735; 0.765 since GZ and HC joined at 0.48 and 0.58: 14,040 questions 0.7706, A–GW 0.7729 -> 0.7731)
    assert o["evidence"] >= 0.765
    # (0.56 since BC and BD joined: their precision is 0.41 and 0.51; on A–BB it rose, 0.574 -> 0.576; 0.555 since BJ
    # joined at 0.48: 4,248 questions 0.5595 here, A–BI unchanged by its round; 0.55 since BM and BO joined at 0.54 and
    # 0.46: 4,608 questions 0.5549 here;
    # 0.545 since BV–BY joined, BW's and BY's 0.39 and 0.43 after their round: 5,328 questions 0.5497, A–BU 0.5539 unchanged;
    # 0.54 since BZ–CC joined at 0.42–0.50: 5,616 questions 0.5461, A–BY 0.5497 -> 0.5501; 0.535 since CD and CE joined
    # at 0.42 and 0.40: 5,760 questions 0.5429, A–CC unchanged; 0.53 since CJ and CK joined at 0.45 and 0.50: 6,192
    # questions 0.5371, A–CI 0.5385 unchanged; 0.525 since CR and CS joined at 0.31 and 0.47: 6,768 questions 0.5289,
    # A–CQ 0.5313 -> 0.5316; kept when CT and CU joined at 0.51 and 0.43: 6,912 questions 0.5280, A–CS 0.5289 -> 0.5290;
    # 0.52 since CV and CW joined at 0.25 and 0.45: 7,056 questions 0.5246, A–CU 0.5280 unchanged; 0.515 since CX and CY
    # joined at 0.40 and 0.38: 7,200 questions 0.5222, A–CW 0.5246 -> 0.5247; kept when CZ and DA joined at 0.35 and
    # 0.42: 7,344 questions 0.5200, A–CY 0.5222 -> 0.5226; 0.51 since DB and DC joined at 0.27 and 0.42: 7,488
    # questions 0.5171, A–DA 0.5200 -> 0.5203; kept when DD and DE joined at 0.35 and 0.43: 7,632 questions 0.5150,
    # A–DC 0.5171 -> 0.5173; kept when DF and DG joined at 0.41 and 0.42: 7,776 questions 0.5135, A–DE 0.5150 -> 0.5153;
    # kept when DH and DI joined at 0.38 and 0.50: 7,920 questions 0.5125, A–DG 0.5135 -> 0.5138; kept when DJ and DK
    # joined at 0.29 and 0.48: 8,064 questions 0.5107, A–DI 0.5125 -> 0.5126; 0.505 since DL and DM joined at 0.44 and
    # 0.46: 8,208 questions 0.5095, A–DK 0.5106 unchanged; kept when DN and DO joined at 0.40 and 0.47: 8,352 questions
    # 0.5083, A–DM 0.5095 unchanged; 0.50 since DP and DQ joined at 0.40 and 0.31: 8,496 questions 0.5062, A–DO 0.5084 ->
    # 0.5083; kept when DR and DS joined at 0.48 and 0.46: 8,640 questions 0.5057, A–DQ 0.5062 -> 0.5063; kept when DT
    # and DU joined at 0.45 and 0.44: 8,784 questions 0.5049, A–DS 0.5057 -> 0.5058; 0.495 since DV–EC joined at 0.32–0.48:
    # 9,360 questions 0.5007, A–DU 0.5049 -> 0.5052; kept when ED and EE joined at 0.46 and 0.52: 9,504 questions 0.5011,
    # A–EC 0.5007 -> 0.5012; kept when EF and EG joined at 0.43 and 0.36: 9,648 questions 0.4998, A–EE 0.5010 -> 0.5011;
    # kept when EH and EI joined at 0.48 and 0.34: 9,792 questions 0.4986; kept when EJ and EK joined at 0.51 and 0.58:
    # 9,936 questions 0.4993; kept when EL and EM joined at 0.50 and 0.53: 10,080 questions 0.4994; kept when EN and EO joined at 0.56 and 0.42:
    # 10,224 questions 0.4994; kept when EP, EQ and ES joined at 0.60, 0.55 and 0.50: 10,440 questions 0.5013; kept when EV
    # and EW joined at 0.43 and 0.51: 10,584 questions 0.5009; kept when EX and EY joined at 0.41 and 0.54: 10,728
    # questions 0.5005; kept when FA and FB joined at 0.33 and 0.61: 10,872 questions 0.5003; kept when FD and FE joined
    # at 0.33 and 0.70: 11,016 questions 0.5004; kept when FC and FG joined at 0.46 and 0.64: 11,160 questions 0.5010;
    # kept when EU joined at 0.67: 11,232 questions 0.5022; kept when FH and FI joined at 0.65 and 0.60: 11,376 questions 0.5035;
    # kept when FJ and FL joined at 0.60 and 0.53: 11,520 questions 0.5043; kept when FN and FO joined at 0.46 and 0.42:
    # 11,664 questions 0.5039; kept when FP and FQ joined at 0.51 and 0.51: 11,808 questions 0.5053; kept when FF, FR and
    # FT joined at 0.51, 0.44 and 0.37: 12,024 questions 0.5041; kept when FM, FS and FW joined at 0.64, 0.48 and 0.53:
    # 12,240 questions 0.5049, A–FT 0.5041 unchanged; kept when FV, FK and FX joined at 0.55, 0.70 and 0.40: 12,456
    # questions 0.5056, A–FW 0.5048 -> 0.5049; kept when FY and FZ joined at 0.52 and 0.54: 12,600 questions 0.5059, A–FX
    # 0.5056 unchanged; kept when GB and GC joined at 0.53 and 0.50: 12,744 questions 0.5060, A–FZ 0.5059 unchanged; kept
    # when GD, GE and GG joined at 0.52, 0.53 and 0.40: 12,960 questions 0.5062, A–GC 0.5060 -> 0.5065; kept when GF and
    # GH joined at 0.45 and 0.54: 13,104 questions 0.5059, A–GG 0.5060 -> 0.5061; kept when GI, GJ and GL joined at 0.66,
    # 0.42 and 0.33: 13,320 questions 0.5055, A–GH 0.5059 -> 0.5060; kept when GM, GN and GO joined at 0.42, 0.50 and
    # 0.36: 13,536 questions 0.5044, A–GL 0.5055 -> 0.5057; kept when GQ, GR and GU joined at 0.43, 0.31 and 0.49: 13,752
    # questions 0.5031, A–GO 0.5044 -> 0.5045; kept when GV and GW joined at 0.43 and 0.44: 13,896 questions 0.5027, A–GU
    # 0.5031 -> 0.5033; kept when GZ and HC joined at 0.30 and 0.43: 14,040 questions 0.5014, A–GW 0.5027 -> 0.5026)
    assert o["citation_precision"] >= 0.495
    # (0.885 since BT and BU joined refusing 18/30 each: 5,040 questions 0.891, A–BS 0.900; 0.875 since BV–BY joined refusing
    # 91/120 after their round: 5,328 questions 0.884, A–BU 0.891 unchanged; 0.87 since CL and CM joined refusing 24 and
    # 20 of 30: 6,336 questions 0.876, A–CK 0.880 unchanged; kept when CT and CU joined refusing 25 and 27 of 30: 6,912
    # questions 0.883, A–CS 0.882 -> 0.883; kept when CV and CW joined refusing 19 and 27 of 30: 7,056 questions 0.880,
    # A–CU 0.883 -> 0.883, one row of CP now answered that its label calls unanswerable though its sheet states it; kept
    # when CX and CY joined refusing 20 and 24 of 30: 7,200 questions 0.877, A–CW 0.880 unchanged; kept when CZ and DA
    # joined refusing 24 and 29 of 30: 7,344 questions 0.877, A–CY 0.877 unchanged; kept when DB and DC joined refusing
    # 24 and 26 of 30: 7,488 questions 0.877, A–DA 0.877 -> 0.878; kept when DD and DE joined refusing 21 and 18 of 30:
    # 7,632 questions 0.874, A–DC 0.877 -> 0.878; 0.865 since DF and DG joined refusing 27 and 13 of 30 (DG, a foreign
    # resident's plain Japanese, asks about daily life the sheets never cover): 7,776 questions 0.8697, A–DE 0.8736 unchanged;
    # kept when DH and DI joined refusing 26 and 25 of 30: 7,920 questions 0.8693, A–DG 0.8697 unchanged, one row of CD
    # now answered from the sheet that reports the 指摘件数 its label calls unstated; kept when DJ and DK joined refusing
    # 19 of 28 and 22 of 26 (six rows their writers, who knew only their four sheets, called not indexed are about
    # indexed programs and were relabelled answerable): 8,064 questions 0.8678, A–DI 0.8693 -> 0.8696; 0.86 since DL and
    # DM joined refusing 18 of 28 and 22 of 29 (five rows their writers called not indexed are about indexed programs:
    # three relabelled answerable, two unstated): 8,208 questions 0.8650, A–DK 0.8678 unchanged; kept when DN and DO
    # joined refusing 18 of 27 and 21 of 30 (three of DN's not-indexed rows are about indexed programs, relabelled
    # answerable): 8,352 questions 0.8620, A–DM 0.8650 unchanged; 0.855 since DP and DQ joined refusing 19 of 26 and 17 of 29
    # (four of DP's not-indexed rows and one of DQ's absent ones are about indexed programs, relabelled answerable): 8,496
    # questions 0.8584, A–DO 0.8620 -> 0.8617; kept when DR and DS joined refusing 20 of 28 and 20 of 22 (two of DR's
    # and eight of DS's not-indexed or absent rows are about indexed programs, relabelled answerable): 8,640 questions
    # 0.8576, A–DQ 0.8584 unchanged; 0.85 since DT and DU joined refusing 20 and 24 of 30: 8,784 questions 0.8555, A–DS
    # 0.8576 unchanged; kept when DV–EC joined refusing 22/29, 26/29, 26/30, 21/30, 29/30, 25/29, 27/30 and 22/29 (one
    # not-indexed row each of DV, DW, EA and EC is about an indexed program, relabelled answerable): 9,360 questions
    # 0.8558, A–DU 0.8555 -> 0.8569; kept when ED and EE joined refusing 28/30 and 25/29 (one of EE's not-indexed rows is
    # about an indexed program, relabelled answerable): 9,504 questions 0.8564, A–EC 0.8558 unchanged; kept when EF and EG
    # joined refusing 27/30 and 28/30: 9,648 questions 0.8574, A–EE 0.8564 unchanged; kept when EH and EI joined refusing
    # 28/30 and 21/30: 9,792 questions 0.8568; kept when EJ and EK joined refusing 26/30 each: 9,936 questions 0.8569; kept when EL and EM joined refusing 24/30
    # and 26/30: 10,080 questions 0.8566; kept when EN and EO joined refusing 29/30 and 26/30: 10,224 questions 0.8574; kept
    # when EP, EQ and ES joined refusing 24/30, 25/30 and 23/30 (EP's one not-indexed row about 公衆浴場のレジオネラ対策, a
    # program EN added later, relabelled not stated): 10,440 questions 0.8567; kept when EV and EW joined refusing 23/30 and
    # 25/30: 10,584 questions 0.8561; kept when EX and EY joined refusing 21/30 and 24/30: 10,728 questions 0.8547; kept
    # when FA and FB joined refusing 24/30 and 29/30: 10,872 questions 0.8551; kept when FD and FE joined refusing 20/30
    # and 23/29 (FE's one not-indexed row about 建設業の週休２日, an indicator of an indexed program, relabelled
    # answerable): 11,016 questions 0.8541, A–FB 0.8551 -> 0.8557; kept when FC and FG joined refusing 25/30 and 22/30:
    # 11,160 questions 0.8542, A–FE 0.8541 -> 0.8552; kept when EU joined refusing 27/30: 11,232 questions 0.8545; kept
    # when FH and FI joined refusing 26/30 and 28/30: 11,376 questions 0.8553, A–EU 0.8545 -> 0.8547; kept when FJ and FL
    # joined refusing 22/30 and 28/30: 11,520 questions 0.8551, A–FI 0.8553 unchanged; kept when FN and FO joined refusing
    # 24/30 and 26/30: 11,664 questions 0.8548, A–FL unchanged; kept when FP and FQ joined refusing 22/30 and 28/30: 11,808
    # questions 0.8547, A–FO 0.8548 -> 0.8550; kept when FF, FR and FT joined refusing 23/30, 25/30 and 17/30: 12,024
    # questions 0.8523, A–FQ 0.8547 unchanged; kept when FM, FS and FW joined refusing 27/30, 22/30 and 24/30: 12,240
    # questions 0.8516, A–FT 0.8523 unchanged; kept when FV, FK and FX joined refusing 22/30, 26/30 and 22/30 (FX's
    # 25/30 before included three refused only for the asker's village named in the heading): 12,456 questions 0.8503,
    # A–FW 0.8516 unchanged; kept when FY and FZ joined refusing 28/30 and 26/30: 12,600 questions 0.8512, A–FX 0.8503
    # -> 0.8507; kept when GB and GC joined refusing 24/30 and 22/29 (GC's one question about snow clearing is answered
    # by another indexed sheet, so it was made answerable): 12,744 questions 0.8504, A–FZ 0.8512 unchanged; 0.845 since
    # GD, GE and GG joined refusing 26/30, 25/30 and 21/30 (GG's call memos had 28/30 refused before their round only
    # because the caller's header, 「【架電者】70代男性・飯田市」, was read as the subject): 12,960 questions 0.8496, A–GC
    # 0.8504 unchanged; kept when GF and GH joined refusing 22/29 and 27/30 (GF's 1 question on 県産材の輸出, which the
    # writer took for unindexed, is answered by an indexed sheet's indicator, so it was made answerable): 13,104 questions
    # 0.8492, A–GG 0.8496 -> 0.8494; kept when GI, GJ and GL joined refusing 22/30, 24/30 and 22/30: 13,320 questions
    # 0.8476, A–GH 0.8492 unchanged; kept when GM, GN and GO joined refusing 27/30, 27/30 and 24/30: 13,536 questions
    # 0.8485, A–GL 0.8476 -> 0.8481; kept when GQ, GR and GU joined refusing 26/30, 24/30 and 27/30: 13,752 questions
    # 0.8486, A–GO 0.8485 unchanged; kept when GV and GW joined refusing 22/30 and 28/30: 13,896 questions 0.8486, A–GU
    # 0.8486 -> 0.8487; kept when GZ and HC joined refusing 20/30 and 27/30: 14,040 questions 0.8481, A–GW 0.8486 ->
    # 0.8488)
    assert o["unanswerable_refused"] >= 0.845
    # (0.935 before BV–BY: 5,328 questions 0.9356, A–BU 0.9407; 0.93 before CJ and CK, which joined at 0.875 and 0.861:
    # 6,192 questions 0.9304, A–CI 0.9314 -> 0.9319; 0.92 since CV and CW joined at 0.82 and 0.81: 7,056 questions
    # 0.9266, A–CU 0.9291 -> 0.9290; kept when CX and CY joined at 0.82 and 0.83: 7,200 questions 0.9247, A–CW 0.9266 ->
    # 0.9267; kept when CZ and DA joined at 0.88 and 0.92: 7,344 questions 0.9243, A–CY 0.9247 -> 0.9249; kept when DB
    # and DC joined at 0.86 and 0.90: 7,488 questions 0.9239, A–DA 0.9243 -> 0.9247; 0.915 since DD and DE joined at
    # 0.85 and 0.75: 7,632 questions 0.9216, A–DC 0.9239 -> 0.9240; kept when DF and DG joined at 0.88 and 0.72: 7,776
    # questions 0.9198, A–DE 0.9216 -> 0.9220; kept when DH and DI joined at 0.88 and 0.90: 7,920 questions 0.9199, A–DG
    # 0.9198 -> 0.9205; kept when DJ and DK joined at 0.71 and 0.90: 8,064 questions 0.9180, A–DI 0.9199 -> 0.9201; kept
    # when DL and DM joined at 0.83 and 0.78: 8,208 questions 0.9161, A–DK 0.9180 unchanged; 0.91 since DN and DO joined
    # at 0.79 and 0.69: 8,352 questions 0.9132, A–DM 0.9161 -> 0.9162; 0.905 since DP and DQ joined at 0.82 and 0.62: 8,496
    # questions 0.9098, A–DO 0.9132 -> 0.9131; kept when DR and DS joined at 0.83 and 0.94: 8,640 questions 0.9098, A–DQ
    # 0.9098 -> 0.9102; kept when DT and DU joined at 0.82 and 0.81: 8,784 questions 0.9084, A–DS 0.9098 -> 0.9100; 0.90
    # since DV–EC joined at 0.76–0.90: 9,360 questions 0.9048, A–DU 0.9084 -> 0.9090; kept when ED and EE joined at 0.93
    # and 0.92: 9,504 questions 0.9053, A–EC 0.9048 -> 0.9050; kept when EF and EG joined at 0.90 and 0.81: 9,648
    # questions 0.9050, A–EE 0.9054 -> 0.9057; kept when EH and EI joined at 0.93 and 0.78: 9,792 questions 0.9043;
    # kept when EN and EO joined at 0.94 and 0.92: 10,224 questions 0.9050; kept when EP, EQ and ES joined at 0.92, 0.86 and
    # 0.78: 10,440 questions 0.9042; kept when EV and EW joined at 0.86 and 0.83: 10,584 questions 0.9036; kept when EX and EY
    # joined at 0.79 and 0.88: 10,728 questions 0.9028; kept when FA and FB joined at 0.82 and 0.86: 10,872 questions 0.9018;
    # 0.895 since FD and FE joined at 0.79 and 0.76: 11,016 questions 0.9003, A–FB 0.9018 -> 0.9019; kept when FC and FG
    # joined at 0.85 and 0.82: 11,160 questions 0.8999, A–FE 0.9003 -> 0.9008; kept when EU joined at 0.94: 11,232 questions
    # 0.9002; kept when FH and FI joined at 0.93 and 0.79: 11,376 questions 0.8998, A–EU 0.9002 -> 0.9003; kept when FJ and
    # FL joined at 0.85 and 0.78: 11,520 questions 0.8988, A–FI 0.8998 -> 0.8999; kept when FN and FO joined at 0.88 and
    # 0.86: 11,664 questions 0.8985, A–FL 0.8988 -> 0.8989; kept when FP and FQ joined at 0.88 and 0.94: 11,808 questions
    # 0.8996, A–FO 0.8985 -> 0.8995; kept when FF, FR and FT joined at 0.83, 0.88 and 0.74: 12,024 questions 0.8985,
    # A–FQ 0.8996 -> 0.9001; kept when FM, FS and FW joined at 0.94, 0.88 and 0.79: 12,240 questions 0.8984, A–FT
    # 0.8985 -> 0.8990; kept when FV, FK and FX joined at 0.86, 0.86 and 0.86: 12,456 questions 0.8978, A–FW 0.8984
    # unchanged; kept when FY and FZ joined at 0.96 and 0.82: 12,600 questions 0.8979, A–FX 0.8978 -> 0.8980; kept when
    # GB and GC joined at 0.92 and 0.89: 12,744 questions 0.8983, A–FZ 0.8979 -> 0.8983; kept when GD, GE and GG joined
    # at 0.94, 0.92 and 0.76: 12,960 questions 0.8979, A–GC 0.8983 unchanged; kept when GF and GH joined at 0.88 each:
    # 13,104 questions 0.8977, A–GG 0.8979 unchanged; kept when GI, GJ and GL joined at 0.86, 0.86 and 0.82: 13,320
    # questions 0.8968, A–GH 0.8977 unchanged; kept when GM, GN and GO joined at 0.90, 0.90 and 0.86: 13,536 questions
    # 0.8972, A–GL 0.8968 -> 0.8974; kept when GQ, GR and GU joined at 0.88, 0.85 and 0.89: 13,752 questions 0.8969,
    # A–GO 0.8972 -> 0.8973; kept when GV and GW joined at 0.82 and 0.88: 13,896 questions 0.8964, A–GU 0.8969 -> 0.8970;
    # 0.89 since GZ and HC joined at 0.74 and 0.82: 14,040 questions 0.8954, A–GW 0.8964 -> 0.8967)
    assert o["refusal_accuracy"] >= 0.89


@pytest.mark.eval_gate
def test_paraphrases_keep_the_top_citation_and_the_refusal(service):
    from eval.metrics import paraphrase_consistency
    from eval.runner import ask_one

    originals, errors = load_questions(BUNDLED)
    assert not errors
    paraphrases, errors = load_questions(BUNDLED.parent / "paraphrase.jsonl")
    assert not errors and len(paraphrases) == 3 * len(originals)
    rows = {q.id: ask_one(service, q, 3) for q in originals}
    kinds = {q.id: q.kind for q in originals}
    result = paraphrase_consistency((p.id, kinds[p.paraphrase_of], ask_one(service, p, 3), rows[p.paraphrase_of])
                                    for p in paraphrases)
    print(f"\nparaphrase consistency {result['value']:.3f} (n={result['n']}), "
          f"inconsistent: {result['inconsistent'][:20]}")
    assert result["value"] >= 0.95
