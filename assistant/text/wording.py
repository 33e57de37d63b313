"""How people word questions: which words say *how* something is asked, not *what about*.

A question's topic decides whether the sheets can answer it; its everyday words
(最近, ここ, 一番, 数字, 背景, 去年, なかなか…) never do.  A word is everyday when

- its part of speech says so (Sudachi: adverbs, pronouns, numerals, counters,
  nouns usable as adverbs such as 最近・今年・一番 (副詞可能), suffixes), or
- it is very common in general Japanese (``wordfreq``'s frequency list, shipped
  with the package and read offline: Zipf ≥ ``EVERYDAY_ZIPF``: こと, 感じ, 状況, 実際), or
- it is one of the few question-frame nouns below, common but under that
  threshold (数字 4.5, 背景 4.7, ベース 4.8): they name the shape of the answer
  (a figure, a background), not a subject.

Topic nouns are what remains: イノシシ (3.4), 欧州 (4.3), 自転車 (4.7) stay topics.
:func:`noun_phrases` joins adjacent topic nouns so an absent subject can be
named as the user wrote it (「スマート農業」, not 「スマート」).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from .frequencies import frequencies
from .tokens import Morpheme, morphemes, tokenize

EVERYDAY_ZIPF = 5.0

# Parts of speech (any level) that never carry a question's topic.
EVERYDAY_POS = frozenset({"副詞", "副詞可能", "代名詞", "数詞", "助数詞", "助数詞可能", "接尾辞", "連体詞",
                          "接続詞", "感動詞", "助詞", "助動詞", "助動詞語幹", "補助記号", "空白", "記号"})

# Question-frame nouns under EVERYDAY_ZIPF: the form of the answer, not its subject.
FRAME_NOUNS = frozenset("""
数字 数値 背景 ベース クリア 様子 事情 具合 調子 辺り 感じ 全体 具体 具体的 詳細 概要 ポイント 中身 経緯
実態 傾向 規模 レベル ペース ライン 見込み 見通し 動き 伸び 増減 変化 推移 現状 状況 結果 理由 原因 要因
話 件 ぶっちゃけ ざっくり 大体 大まか 目安 トータル 合計 内訳 順位 ランキング 最大 最小 最高 最低 一位 トップ
前年 前年度 昨年度 今年度 本年度 来年度 次年度 年々 近年 年間 当初 直近 一旦 まとめ 比較 違い 差 増加 減少
年度末 年度当初 年度初め 年末 期末 時点 段階 現時点 上半期 下半期
やり方 仕方 進め方 方法 手法 手段 中身 形 声 感想
簡潔 箇条書き 箇条 書き まとめ 要約 一言 表 リスト 要点 説明 不足 低下 向上 対応
報告 資料 報告書 会議 答弁 説明資料 メモ 全部 ちなみ やっぱり 超え 越え 件数 人数 回数 割合 総数 数量 新任 担当
経由 通じ 通して ネック 悩み 悩みどころ どころ スケジュール 日程 段取り 指標 成果指標 空欄 欄 空白
根っこ 根本 大元 核心 本質 手立て 打ち手 一手 上下 浮き沈み 考え方 捉え方 見方 前の年 次の年 翌年 前年比 関係
高め 低め 多め 少なめ 大きめ 小さめ 早め 遅め 長め 短め 強め 弱め メイン 主流 落着 一件落着
メールアドレス アドレス
相場 伸び率 増加率 減少率 増減率 微妙 問題視 代替策 代替案 歩留まり 増分 任せ 丸投げ 矢印 向き 本当 ほんと マジ やつ 奴 両方 決め方 立て方 出し方 マシ 増し 件 話 一気 ネタ 柱 絡み がらみ
右肩 右肩上がり 右肩下がり 上がり 下がり 気味 明け コロナ明け 戻り具合
おかげ お陰 御陰 せい まわり 周り 回り きっかけ 切っ掛け 頂戴 ちょうだい 前任 前任者 後任 後任者
根拠 見立て 見立 見解 未達 到達 母数 条件 対象条件 要件 方針
乖離 差異 相違 差額 矛盾 一見 食い違い 項目 尺度 両面 側面 問題点 課題点 特集 報道
マイナス あて 当て 目処 めど 見当
算段 方々 閑古鳥 深刻 深刻さ 深刻度 不便 便利
定義 出典 出どころ ビフォー アフター ビフォーアフター 理屈 続き 前後 文脈
観点 視点 論点 因果 因果関係 前々年度 前々年 ケース
親戚 親類 叔父 叔母 伯父 伯母 いとこ 義母 義父 夫 妻 主人 旦那 息子 娘 両親 祖父 祖母
当然 本人
当会 当方 補足 追記 追伸 目標比 ロジック エビデンス 規模感 ステークホルダー ボトルネック そもそも論 そもそも 後退 前進 認識 受け止め いっとき 一頃 ひところ
自体 自身 そのもの
計算 勘定 換算 試算 割り算 掛け算 言い方 呼び方 言い換え 噂 うわさ
文言 記載 記述 原文 出典 結論 正確 レファレンス
算定 積算 算出 いかが 如何 方向性 照会 教示 標記 下記 スキーム 移り変わり 動向 欄 有無 当該 現行 限界 疑問
執行部 当局 県当局 理事者 所管 所管課 担当課
ファクト ファクトベース ボトル インプット アウトカム yoy ロードマップ フォーマット スケール フルカバー リソース 課題感
計画対比 対比 ショート ベンチマーク ステークホルダー バジェット
大幅 微増 微減 激増 激減 急増 急減 倍増 半減 増 減
アップダウン アップ ダウン ペイン ネクスト ボトルネック コスパ コストパフォーマンス ネクストアクション アクション ペインポイント イシュー トレンド オペレーション
切り分け 時系列 定量 定量的 定性 定性的 西暦 和暦 由来 起因 余所
クライアント 顧客 顧問 顧問先 先方
ギャップ テコ入れ てこ入れ インパクト エビデンス プライオリティ PDCA pdca ＰＤＣＡ KPI kpi ＫＰＩ KGI kgi ROI roi ＲＯＩ
""".split())


# Whom a program is for, common words though they are (子ども医療費 is no 肝炎 医療費助成, 女性の起業 no 起業支援).
GROUP_NOUNS = frozenset({"子供", "女性", "男性"})

# Places every sheet is in: the prefecture and the country say nothing of which subject.
HOME_PLACES = frozenset({"日本", "長野", "長野県", "信州", "国内", "県内"})
# Places in the prefecture that Sudachi reads as a surname or a common noun (飯田, 上田, 塩尻) or as no place (東信,
# 千曲): a part of the prefecture all the same, that narrows the subject as 佐久 or 木曽 do.
LOCAL_PLACES = frozenset("飯田 上田 千曲 塩尻 東信 中信 飯伊 上小 北ア".split())
# The other prefectures (and the metropolitan areas said for them): a place the sheets never report on, named by a user
# comparing where they come from (「大阪の方がよっぽど満足度高かったで。」).
OTHER_PREFECTURES = frozenset("""
北海道 青森 岩手 宮城 秋田 山形 福島 茨城 栃木 群馬 埼玉 千葉 東京 神奈川 新潟 富山 石川 福井 山梨 岐阜 静岡 愛知 三重 滋賀
京都 大阪 兵庫 奈良 和歌山 鳥取 島根 岡山 広島 山口 徳島 香川 愛媛 高知 福岡 佐賀 長崎 熊本 大分 宮崎 鹿児島 沖縄
関西 関東 東北 九州 四国 中国地方 北陸 東海 近畿 首都圏 名古屋 横浜 神戸 札幌 仙台
""".split())
# Common nouns that narrow a subject to a region outside the prefecture as a place name does (県外から引っ越して
# きた人, 海外からの来訪者): the figures of a sheet that never names the region are not that region's.
# The sheets' other words for each (海外向けPR is インバウンド誘客).
REGION_NOUNS: dict[str, tuple[str, ...]] = {
    "県外": ("他県", "首都圏", "都市圏", "移住"), "他県": ("県外",), "首都圏": ("東京", "県外"), "都市圏": ("都市部", "県外"),
    "東京": ("首都圏",), "都内": ("首都圏", "東京"),  # (「東京からでも受けやすくなった」: the sheet's 首都圏在住者)
    "海外": ("インバウンド", "訪日", "外国", "国外", "国内外", "輸出"), "国外": ("海外", "外国", "国内外", "インバウンド", "訪日", "輸出"),
    "外国": ("海外", "国外", "インバウンド", "訪日")}

_COUNTED = re.compile(r"^[一二三四五六七八九十百0-9０-９]+[回度つ件個人年月日]?$")


def zipf(word: str) -> float:
    """Zipf frequency of ``word`` in general Japanese (0 when unknown; the list is read word by
    word from a per-machine copy, ``assistant.text.frequencies``)."""
    f = frequencies().get(word)
    return math.log10(f) + 9 if f > 0 else 0.0


def is_frame(m: Morpheme) -> bool:
    """A noun that only shapes the question (最近, ここ, 一番, 数字, 背景): never a topic."""
    if m.pos and m.pos[0] in ("名詞", "形状詞", "接頭辞") and EVERYDAY_POS.intersection(m.pos):
        return True
    if m.surface[:1] in ("何", "幾") or m.norm[:1] in ("何", "幾"):  # 何人, 何回, 幾つ: the asked-for figure
        return True
    if _COUNTED.match(m.surface):  # 一回, 二度, 3つ: a count, not a subject
        return True
    if m.pos[:1] == ("形状詞",) and m.surface.endswith("的"):  # 最終的に, 具体的に: adverbial
        return True
    return m.pos[:1] in (("副詞",), ("代名詞",), ("連体詞",), ("接続詞",), ("感動詞",)) or m.norm in FRAME_NOUNS or m.surface in FRAME_NOUNS


_ENGLISH_WORD = re.compile(r"[a-z][a-z']+")


def is_everyday(m: Morpheme) -> bool:
    """Not a topic noun: a frame word, a non-noun, or a very common word (こと, 状況, 地域)."""
    if not m.pos or m.pos[0] not in ("名詞", "形状詞", "接頭辞"):
        return True  # verbs, adjectives, particles… are not topic nouns
    if _ENGLISH_WORD.fullmatch(m.surface) and not m.norm.isascii():
        # an English word left in a Japanese question, which Sudachi reads as a loanword (they: ゼイ, keep: キープ; see
        # text.english); not an acronym, whatever its case (pfas, led: read as written)
        return True
    if is_frame(m):
        return True
    if m.norm in HOME_PLACES and m.norm != "信州":
        return True  # 「長野県民」「長野県内の」: every sheet is the prefecture's (信州 is a word of names: 信州ごみ減量…)
    if m.norm in place_forms(m.surface) or m.norm in GROUP_NOUNS:
        return False  # アメリカ, 東京: a place names what is asked about, however common the word; so does whom it is for
    return max(zipf(m.surface), zipf(m.norm)) >= EVERYDAY_ZIPF


# The answer stages ask these of the same question several times (linking, coverage, absent
# terms, absent phrases); they are pure functions of the text, so each question is analysed once.
_PER_QUESTION = functools.lru_cache(maxsize=1024)


@_PER_QUESTION
def place_forms(text: str) -> frozenset[str]:
    """Normalised forms of the place names in ``text`` (欧州, アメリカ, 東京), bar the prefecture's own:
    a place narrows the subject, it never only frames the question."""
    return frozenset(m.norm for m in morphemes(text)
                     if (m.pos[1:3] == ("固有名詞", "地名") or m.norm in REGION_NOUNS or m.surface in LOCAL_PLACES)
                     and m.norm not in HOME_PLACES)


@_PER_QUESTION
def frame_forms(text: str) -> frozenset[str]:
    """Normalised forms (as ``tokenize`` gives them) of the question-frame words in ``text``."""
    ms = morphemes(text)
    frames = {m.norm for m in ms if is_frame(m)}
    frames |= {sub for m in ms if is_frame(m) for sub in tokenize(m.surface)}  # 箇条書き -> 箇条, 書き
    return frozenset(frames - {m.norm for m in ms if not is_frame(m)})


@_PER_QUESTION
def verbal_forms(text: str) -> frozenset[str]:
    """Normalised forms of the nouns ``text`` uses as verbs (整理されて, 就職する: サ変 noun + する)."""
    ms = morphemes(text)
    return frozenset(m.norm for prev, m, nxt in zip([None] + ms, ms, ms[1:])
                     if "サ変可能" in m.pos and nxt.pos[:1] == ("動詞",)
                     and (nxt.norm in ("為る", "出来る") or _asked_politely(prev, nxt)))


@_PER_QUESTION
def verb_forms(text: str) -> frozenset[str]:
    """Normalised forms of the verbs ``text`` says (見張る of 「常時見張るような仕掛け」): how a thing is done, which
    another sheet may happen to write of its own subject (見張り of the metal-theft patrols), never which program."""
    return frozenset(m.norm for m in morphemes(text) if m.pos[:1] == ("動詞",))


# What follows a noun said of the subject's state (「頭打ちっぽい」「減少気味」「人手不足みたい」).  (Not 傾向 nor
# 「…になった」: 「肥満傾向の子の割合」「免許取消になった件数」 name the subject.)
_SAID_OF = re.compile(r"(?:っぽ|ぽい|みたい|気味|ぎみ)")


@_PER_QUESTION
def predicate_forms(text: str) -> frozenset[str]:
    """Normalised forms of the nouns ``text`` says of its subject (頭打ち of 「頭打ちっぽいけど」): how the subject is
    doing, never which program it is (another sheet's 「水質の改善が頭打ち」 is no answer to 「シカの捕獲、頭打ち」)."""
    out, pos = set(), 0
    for m in morphemes(text):
        at = text.find(m.surface, pos)
        if at < 0:
            continue
        pos = at + len(m.surface)
        said = _SAID_OF.match(text, pos)
        if m.pos[:1] == ("名詞",) and said:
            out.add(m.norm)
            out.update(w for w in ("気味", "ぎみ") if said.group(0) == w)  # the suffix says no subject either
    return frozenset(out)


# A manner noun, a verb's 連用形 with 方 (しまい方, 読み方, 使い方, 決め方): how a thing is done, asked of the word before it.
_MANNER = re.compile(r"[一-龥]?[ぁ-ん]{0,2}[いきしちにひみりぎじびえけせてねへめれげぜでべ]方")


@_PER_QUESTION
def manner_forms(text: str) -> frozenset[str]:
    """Normalised forms of the manner nouns in ``text`` (仕舞い of 「銃のしまい方」, 読み方): the way a thing is done, never
    a subject of its own (the sheet says 保管状況 where the user says しまい方; 銃 is what is judged)."""
    ms = morphemes(text)
    out = {m.norm for m in ms if _MANNER.fullmatch(m.surface)}
    out |= {m.norm for m, nxt in zip(ms, ms[1:]) if nxt.surface == "方" and re.fullmatch(r"[一-龥]?[ぁ-ん]{1,3}", m.surface)
            and _MANNER.fullmatch(m.surface + "方")}
    return frozenset(out)


_VERB_LEMMA = re.compile(r"([一-龥]+)[ぁ-ん]*[うくぐすつぬぶむる]")


def verb_stems(tokens) -> frozenset[str]:
    """The kanji stems of the verbs among ``tokens`` (休む -> 休, 配る -> 配): staff say with a verb what the sheets
    say with a 漢語 of the same kanji (休んだりやめたり for 休止・廃止, 配られて for 配布)."""
    return frozenset(m.group(1) for t in tokens if (m := _VERB_LEMMA.fullmatch(t)))


def said_as_verb(text: str, stems) -> bool:
    """Whether ``text`` has a 漢語 that starts with one of the verb ``stems`` (休止 for 休)."""
    return any(re.search(re.escape(s) + r"[一-龥]", text) for s in stems)


# 「ご教示ください」「ご説明いただけますか」「ご案内願います」: an honorific noun before a verb of asking
# is how the request is put, never its subject.
_ASKING_VERBS = frozenset({"下さる", "頂く", "頂ける", "願う", "賜る", "貰う", "貰える"})


def _asked_politely(prev, nxt) -> bool:
    return prev is not None and prev.norm == "御" and prev.pos[:1] == ("接頭辞",) and nxt.norm in _ASKING_VERBS


@_PER_QUESTION
def everyday_forms(text: str) -> frozenset[str]:
    """Normalised forms of the words in ``text`` that are not topic nouns.

    A noun used as a verb (就職する人, 把握していく: サ変 noun + する) describes, it is
    no subject, so it counts here too.
    """
    ms = morphemes(text)
    verbal = verbal_forms(text) | counted_forms(text)
    topic = {m.norm for m in ms if not is_everyday(m)} - verbal
    return frozenset(({m.norm for m in ms if is_everyday(m)} | verbal) - topic)


def counted_forms(text: str) -> frozenset[str]:
    """The counters of 「何か国語」「何ヶ所」 (国語, 所) that Sudachi cuts off from their 何か: a count, never a subject."""
    ms = morphemes(text)
    return frozenset(m.norm for a, b, m in zip(ms, ms[1:], ms[2:]) if a.surface + b.surface in _HOW_MANY_KA)


@dataclass(frozen=True)
class Phrase:
    text: str  # as the user wrote it
    forms: tuple[str, ...]  # normalised forms of its topic nouns


def noun_phrases(text: str) -> list[Phrase]:
    """Runs of adjacent topic nouns (スマート農業, 受講者数 -> 受講者), in order."""
    return [p for p, _ in _phrases(text)]


def no_pairs(text: str) -> list[Phrase]:
    """Two noun phrases joined by one の (外国人の看護師): a subject whose parts must be
    spoken of together.  Only pairs: a longer chain (AのBのC) is rarely one subject."""
    found = _phrases(text)
    return [Phrase(f"{a.text}の{b.text}", a.forms + b.forms)
            for (a, _), (b, joined) in zip(found, found[1:]) if joined]


@_PER_QUESTION
def _phrases(text: str) -> tuple[tuple[Phrase, bool], ...]:
    """Noun phrases, each with whether exactly 「の」 joins it to the previous one."""
    out: list[tuple[Phrase, bool]] = []
    run: list[Morpheme] = []
    gap: list[str] = []

    def flush() -> None:
        while run and run[-1].pos[:1] == ("接頭辞",):  # 「両方おねがい」: お of a verb, not of a noun
            run.pop()
        core = [m for i, m in enumerate(run) if not is_everyday(m) or _compound_head(m, run[i + 1:])] or _facility(run)
        if core:
            out.append((Phrase("".join(m.surface for m in run).strip("・"), tuple(m.norm for m in core)),
                        bool(out) and gap == ["の"]))
        gap[:] = [] if core else ["|"]  # 「がん検診の事業の新任」: a phrase of no subject breaks the chain
        run.clear()

    said: list[str] = []
    for m in morphemes(text):
        noun_like = m.pos and m.pos[0] in ("名詞", "形状詞", "接頭辞") and not {"代名詞", "副詞可能"} & set(m.pos)
        counted = "".join(said[-2:]) in _HOW_MANY_KA  # 国語 of 「何か国語かのチラシ」: a count of languages, no subject
        said.append(m.surface)
        if counted:
            if run:
                flush()
            gap.append(m.surface)
        elif noun_like or (run and (m.surface == "・" or m.pos[:1] == ("接尾辞",))):  # 医療的ケア児, 受講者数
            run.append(m)
        else:
            if run:
                flush()
            gap.append(m.surface)
    flush()
    return tuple(out)


_KATAKANA = re.compile(r"[ァ-ヶー]+")
# 「何か国」「数カ所」: a count whose counter Sudachi cuts off from the number (何, か, 国語)
_HOW_MANY_KA = frozenset(a + b for a in ("何", "数", "幾") for b in ("か", "ヶ", "カ", "ケ", "ヵ", "箇"))


def _compound_head(m: Morpheme, after: list[Morpheme]) -> bool:
    """A katakana frame word that begins a compound with a topic noun (ポイント還元, ポイント制度) is part of
    that subject, not the 「ポイント」 of a question's frame."""
    return bool(_KATAKANA.fullmatch(m.surface)) and m.norm in FRAME_NOUNS \
        and any(x.pos[:1] == ("名詞",) and not is_everyday(x) for x in after[:1])


# Suffixes that make an everyday noun the name of a place (歴史 + 館: 歴史館, a facility of one program).
_FACILITY_SUFFIXES = frozenset({"館", "署", "院", "園", "庫"})


def names_a_place(text: str) -> bool:
    """Whether ``text`` ends in a suffix that names a place (歴史館, 警察署)."""
    return len(text) >= 3 and text[-1] in _FACILITY_SUFFIXES


def _facility(run: list[Morpheme]) -> list[Morpheme]:
    """An everyday noun named as a place by its suffix (歴史館, 「歴史館の入館者数」): the whole run is a subject."""
    pairs = zip(run, run[1:])
    return list(run) if any(a.pos[:1] == ("名詞",) and not is_frame(a) and b.pos[:1] == ("接尾辞",)
                            and b.surface in _FACILITY_SUFFIXES for a, b in pairs) else []  # (何園: the count asked)


def clause_start(text: str, end: int) -> int:
    """Where the clause that ends at ``end`` begins: after the last verb's て/で and a comma
    (「距離をやって、何か所直した」: 何か所 belongs to 直した, not to 距離), or after a sentence's end.  A quoting って
    (「殺処分って、何頭」) does not end a clause.  0 when no such break precedes ``end``."""
    start = pos = 0
    ms = morphemes(text)
    for m, nxt in zip(ms, ms[1:]):
        at = text.find(m.surface, pos)
        if at < 0:
            continue
        pos = at + len(m.surface)
        if pos >= end:
            break
        if m.pos[:2] == ("助詞", "接続助詞") and m.surface in ("て", "で") and nxt.surface in ("、", ","):
            start = pos + 1
        if m.surface in ("。", "？", "?", "！", "!"):  # (「…と思っています。去年度はどこで何回」: a new sentence)
            start = pos
    return start


# The demonstrative prefixes of written Japanese (本研修事業, 同補助事業): "this", not a word of the name.
_DEMONSTRATIVE_PREFIXES = frozenset({"本", "当", "同", "該"})
_PROGRAM_WORDS = frozenset({"事業", "事業費", "細事業", "取組", "取り組み"})
# (a prefix character before a program word, 取 of 取組・取り組み, no space or mark between: what drop_demonstrative needs)
_PREFIX_BEFORE_PROGRAM = re.compile(r"[本当同該][^\s、。,?？!！]+?(?:事業|取|とりくみ)")


def drop_demonstrative(text: str) -> str:
    """``text`` without a demonstrative prefix before a program's name (「本研修事業の問題点」 asks of 研修事業): Sudachi
    tags 本 a prefix there (not in 本格 or 日本), and the nouns after it must end in 事業 (本事業 itself stays)."""
    if not _PREFIX_BEFORE_PROGRAM.search(text):
        return text  # (most questions: no morphemes needed)
    ms = morphemes(text)
    out, start, cur = [], 0, 0
    for i, m in enumerate(ms):
        at = text.find(m.surface, cur)
        if at < 0:
            continue
        cur = at + len(m.surface)
        if m.pos[:1] == ("接頭辞",) and m.surface in _DEMONSTRATIVE_PREFIXES and _names_program(ms[i + 1:i + 7]):
            out.append(text[start:at])
            start = cur
    out.append(text[start:])
    return "".join(out)


def _names_program(after: list[Morpheme]) -> bool:
    """Whether the nouns after a prefix are a name that ends in 事業 (at least one word before it)."""
    for k, m in enumerate(after):
        if m.pos[:1] != ("名詞",):
            return False
        if m.norm in _PROGRAM_WORDS:
            return k > 0
    return False


# Where the user heard of it (「ケーブルテレビで…やってた」「ニュースで言ってた」「回覧で回ってきた」): the channel, never
# the subject asked of the sheet.
# (one list for both: ``text.asker`` drops the medium before the question is read, ``heard_through`` keeps it from refusing)
MEDIUM = (r"(?:テレビ|ニュース|新聞|地元紙|ラジオ|SNS|ネット|回覧板?|町内会報|番組|記事|会見|チラシ|ポスター|広報誌|広報紙|県の広報|"
          r"ホームページ|投稿|動画|掲示板|ブログ|口コミ|"
          # (「広報うえだに『…』って載ってた」「学校だよりに『…』って載ってた」: a town's or a school's newsletter)
          r"広報[ぁ-ん]{2,6}|(?:学校|園|学級)(?:だより|便り|通信)|おたより|お便り|LINE|インスタ|"
          # (「県民だよりで…のことを読みました」「市報で見ました」: the prefecture's or a town's newsletter)
          r"(?:県民|県|市民|町民|村民|議会)(?:だより|便り)|(?:市|町|村)報)")
# ... said with whose it was (「町内会の回覧」「県の広報」)
WHOSE_MEDIUM = r"(?:[一-龥ァ-ヶー]{1,6}の)?" + MEDIUM
# What carries a claim the asker quotes (「『…』って投稿」「『…』という噂」): ``text.asker`` finds the claim by it
CLAIM_CARRIERS = r"(?:話|投稿|噂|うわさ|書き込み|声|説|情報|記事|ツイート|ポスト)"
# ... or the people who told of it (「ラフティングのガイド仲間もぼやいてたけど」)
_PEOPLE = r"(?:仲間|友達|友人|知り合い|知人|同僚|先輩|後輩|上司|近所の人|ママ友|家族|親戚)"
# (「町内会の回覧で『…』って書いてあった」: whose medium, and a claim quoted between it and the verb)
_HEARD_THROUGH = re.compile(f"({WHOSE_MEDIUM})(?:で|でも|に)(?:「[^」]{{0,80}}」)?[^、。？?]{{0,14}}?"
                            f"(?:やって|見|観|聞|聴|言って|流れ|紹介|取り上げ|特集|報道|話題|回って|読ん|書いて|載って|出て)"
                            f"|({_PEOPLE})(?:も|が|から)[^、。？?]{{0,8}}?(?:ぼやいて|言って|話して|聞い|こぼして|嘆いて)"
                            # (「『…平均15万円超え』って投稿がバズってた」: what carried the claim quoted before it)
                            f"|」(?:と|って)(?:いう|いった)?({CLAIM_CARRIERS})")


def heard_through(phrase: str, text: str) -> bool:
    """Whether ``phrase`` names, in ``text``, the medium the user heard the news through or the people who told it."""
    return any(text[:m.end(m.lastindex)].endswith(phrase) for m in _HEARD_THROUGH.finditer(text))


# A word said and corrected at once (「どじょう汚染 あ 土壌汚染で」「競技会 じゃなくて協議会か」「置き場 えー搬出先か」):
# what follows the marker replaces it, as voice input and quick typing leave it.
_CORRECTED = re.compile(r"\s*(?:(?:あっ?|いや|ちがう|違う)[\s、,]+|(?:じゃなくて|えー+|えっと)[\s、,]*)[^\s、,。?？]")


def corrected(phrase: str, text: str) -> bool:
    """Whether ``phrase`` is, in ``text``, a word the user took back and said again."""
    at = text.find(phrase)
    while at >= 0:
        if _CORRECTED.match(text, at + len(phrase)):
            return True
        at = text.find(phrase, at + 1)
    return False


# Units said in words that the sheets print as symbols (㎥ and ㎡ read as m3 and m2 once normalised): 「目標16万立米」 is the
# 160,000㎥ printed, and 立米 no subject the sheets never write.
_UNIT_WORDS = {"立方メートル": "m3", "立米": "m3", "平方メートル": "m2", "平米": "m2", "ヘクタール": "ha"}
_UNIT_WORDS_RE = re.compile(r"(?<=[0-9万千])(?:" + "|".join(_UNIT_WORDS) + ")")


def units_as_printed(q: str) -> str:
    """The question with a unit said after a figure in words written as the sheets print it (16万立米 -> 16万m3)."""
    return _UNIT_WORDS_RE.sub(lambda m: _UNIT_WORDS[m.group(0)], q)


# 「シートベースで」「ファクトベースで」「台数ベースで」: what the answer is to rest on or be counted by, said in a report's
# words; how it is asked, never a subject (シート + ベース read as a phrase no sheet writes).  (Not 「決算ベースで」: 決算 is the
# cost table's column asked for.)
_BASIS_RE = re.compile(r"(?:シート|ファクト|エビデンス|データ|事実|数字|数値|台数|件数|人数)ベース(?:で|の)?")


def without_basis(q: str) -> str:
    """``q`` without 「…ベースで」 said of what the answer rests on (see ``_BASIS_RE``)."""
    return _BASIS_RE.sub("", q).strip() or q


# 「単位は千円でいいんですよね？」「単位って何？」: the asker checks how the table prints its figures; the unit is the form's
# (the cost table is in 千円), never a subject (単位 of 単位制 is a word of one education sheet).  Only a check: 「単位が％の
# 指標で」 keeps the indicators of that unit (an analytics filter).
_UNIT_CHECKED = re.compile(r"単位(?:は|って)(?:(?:千円|百万円|万円|億円|円|人|件|[%％]|トン|t|ha)"
                           r"(?:で(?:いい|良い|よい|合って|あって|OK)|なの|です(?:か|よね)|[?？])|(?:何|なに|なん))")


def without_unit_check(q: str) -> str:
    """``q`` without the check of the unit its figures are printed in (see ``_UNIT_CHECKED``)."""
    return _UNIT_CHECKED.sub("", q).strip() or q


_KANJI_TTE_RE = re.compile(r"([\u4e00-\u9fff]{2,})って")
_NAME_END_TTE_RE = re.compile(r"(?<=[ぁ-んァ-ヶー]{2})(?<![にとでがをはもへ])(会|館|祭|展|塾|園)って")


def nouns_before_tte(q: str) -> str:
    """「踏切って全部で何か所」: Sudachi reads a kanji noun written without okurigana before って as a verb's
    te-form (踏切っ+て = 踏み切る); when the kanji alone is a noun written so, って marks it as the topic (は)."""
    def topic(m: re.Match) -> str:
        ms = morphemes(m.group(0))
        if ms and ms[0].pos[0] == "動詞" and ms[0].surface == m.group(1) + "っ":
            alone = morphemes(m.group(1))  # (a noun as written, not okurigana dropped: 手伝 is 手伝い, 手伝って a verb)
            if len(alone) == 1 and alone[0].pos[0] == "名詞" and alone[0].norm == m.group(1):
                return m.group(1) + "は"
        return m.group(0)
    if "って" not in q:
        return q
    # 「おさがり会って」: a name's last kanji after kana (お + さがり + 会っ + て to Sudachi), not 「みんなに会って」
    q = _NAME_END_TTE_RE.sub(lambda m: m.group(1) + "は", q)
    return _KANJI_TTE_RE.sub(topic, q)
