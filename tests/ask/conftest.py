"""Shared fixtures of the answer-layer tests: one real index of unseen sheets, built once."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def k_service(tmp_path_factory):
    from assistant.config import load_settings
    from assistant.service import Kaizen

    unseen = ROOT / "eval" / "datasets" / "unseen"
    pdfs = sorted((unseen / "sheets_K").glob("*.pdf")) + sorted((unseen / "sheets_L").glob("*.pdf")) + [
        next((unseen / "sheets").glob("03-04-02_*.pdf")),  # 被害者 and 相談 together, no DV
        next((unseen / "sheets").glob("05-06-02_*.pdf")),  # 女性の自殺者数 without a number
        next((ROOT.parent / "shared" / "second-renderer").glob("13-01-01_*.pdf")),  # サポカー only once
        next((unseen / "sheets_J").glob("03-05-02_*.pdf")),  # 防災ヘリ: 操縦士, its money
        next((unseen / "sheets_J").glob("11-02-03_*.pdf")),  # 橋梁
    ]
    pdfs += sorted((unseen / "sheets_M").glob("*.pdf")) + [next((unseen / "sheets").glob("06-01-04_*.pdf"))]  # 水道
    assert len(pdfs) == 18
    svc = Kaizen(load_settings(tmp_path_factory.mktemp("k-home")))
    assert all(r.ok for r in svc.ingest(pdfs))
    return svc


def _index(tmp_path_factory, name: str, pdfs):
    from assistant.config import load_settings
    from assistant.service import Kaizen

    svc = Kaizen(load_settings(tmp_path_factory.mktemp(f"{name}-home")))
    assert all(r.ok for r in svc.ingest(pdfs))
    return svc


def _folders_and_sheets(tmp_path_factory, name: str, folders, singles=()):
    """An index of every sheet of ``folders`` and the single sheets ``singles`` ((folder, 事業番号 prefix), …)."""
    unseen = ROOT / "eval" / "datasets" / "unseen"
    pdfs = [p for f in folders for p in sorted((unseen / f).glob("*.pdf"))]
    pdfs += [next((unseen / f).glob(f"{no}_*.pdf")) for f, no in singles]
    assert len(pdfs) == 4 * len(folders) + len(singles)
    return _index(tmp_path_factory, name, pdfs)


def _four_sheets(tmp_path_factory, *folders: str):
    return _folders_and_sheets(tmp_path_factory, "-".join(folders), folders)


@pytest.fixture(scope="session")
def o_service(tmp_path_factory):
    """The four sheets of dev set O alone (歯科口腔保健, 食品ロス, 山岳遭難, 空き家)."""
    return _four_sheets(tmp_path_factory, "sheets_O")


@pytest.fixture(scope="session")
def p_service(tmp_path_factory):
    """The four sheets of dev set P alone (献血, プラスチック資源循環, スマート農業, 冬期道路除雪)."""
    return _four_sheets(tmp_path_factory, "sheets_P")


@pytest.fixture(scope="session")
def v_service(tmp_path_factory):
    """The four sheets of dev set V alone (住宅耐震化, 県立高校探究, ひとり親家庭, サイバー犯罪)."""
    return _four_sheets(tmp_path_factory, "sheets_V")


@pytest.fixture(scope="session")
def w_service(tmp_path_factory):
    """The four sheets of dev set W alone (ひきこもり支援, 自転車交通安全, 若年層投票, 県職員採用)."""
    return _four_sheets(tmp_path_factory, "sheets_W")


@pytest.fixture(scope="session")
def xop_service(tmp_path_factory):
    """Dev set X's four sheets (小水力発電, 林道, スノーリゾート, 労働紛争) with O's and P's: words of those
    sheets (佐久市, 除雪, 風力…) are indexed, but not on X's."""
    return _four_sheets(tmp_path_factory, "sheets_X", "sheets_O", "sheets_P")


@pytest.fixture(scope="session")
def r_service(tmp_path_factory):
    """Dev set R's four sheets (フレイル予防, サイクルツーリズム, 県産農産物輸出拡大, 夜間中学) and a sheet
    whose 細事業 輸出促進事業 shares the export sheet's words (オリジナル品種ブランド力強化)."""
    unseen = ROOT / "eval" / "datasets" / "unseen"
    pdfs = sorted((unseen / "sheets_R").glob("*.pdf")) + [next((unseen / "sheets_M").glob("09-05-03_*.pdf"))]
    assert len(pdfs) == 5
    return _index(tmp_path_factory, "r", pdfs)


@pytest.fixture(scope="session")
def lv_service(tmp_path_factory):
    """Dev sets L's and V's sheets: two volunteer indicators, one whose R6 fell 60 short of its target
    (湖畔清掃) and one whose target is 60 (大学生サイバー防犯ボランティア)."""
    return _four_sheets(tmp_path_factory, "sheets_L", "sheets_V")


@pytest.fixture(scope="session")
def yj_service(tmp_path_factory):
    """Dev set Y's four sheets (防災士, 不法投棄, 里親, 犯罪被害者支援) with 消防防災航空 (sheets_J), whose
    派遣隊員数 reports 9人: the shortfall of the 防災士 indicator (341 of 350)."""
    unseen = ROOT / "eval" / "datasets" / "unseen"
    pdfs = sorted((unseen / "sheets_Y").glob("*.pdf")) + [next((unseen / "sheets_J").glob("03-05-02_*.pdf"))]
    assert len(pdfs) == 5
    return _index(tmp_path_factory, "yj", pdfs)


@pytest.fixture(scope="session")
def ys_service(tmp_path_factory):
    """Blind set Y's four sheets (防災リーダー, 不法投棄, 里親, 犯罪被害者支援) with dev set S's (地籍調査 states
    its progress against 全国平均; 薬物乱用防止, 松くい虫, 子ども読書 do not)."""
    return _four_sheets(tmp_path_factory, "sheets_Y", "sheets_S")


@pytest.fixture(scope="session")
def q_service(tmp_path_factory):
    """The four sheets of dev set Q alone (行政手続オンライン化, 消防団員確保, 外国人材, 児童館)."""
    return _four_sheets(tmp_path_factory, "sheets_Q")


@pytest.fixture(scope="session")
def z_service(tmp_path_factory):
    """The four sheets of dev set Z alone (熱中症予防, 自然公園, 運転免許手続, 公金キャッシュレス): 熱中症 is in the
    熱中症 sheet's name and in all of its 細事業' names."""
    return _four_sheets(tmp_path_factory, "sheets_Z")


@pytest.fixture(scope="session")
def aam_service(tmp_path_factory):
    """Dev set AA's four sheets (公文書管理, 受動喫煙防止, 森林空間利活用, 県議会情報発信) with M's: オリジナル品種's
    細事業 has a 取組 called 情報発信, and 自殺対策's 4 has nothing of 全国 either."""
    return _four_sheets(tmp_path_factory, "sheets_AA", "sheets_M")


@pytest.fixture(scope="session")
def ac_service(tmp_path_factory):
    """Dev set AC's four sheets (私立高校就学支援, 知的財産, 伝統野菜, 会計事務) with dev set V's."""
    return _four_sheets(tmp_path_factory, "sheets_AC", "sheets_V")


@pytest.fixture(scope="session")
def aev_service(tmp_path_factory):
    """Blind set AE's four sheets (ファシリティマネジメント, アレルギー, 農福連携, 遺失物) with dev set V's."""
    return _four_sheets(tmp_path_factory, "sheets_AE", "sheets_V")


@pytest.fixture(scope="session")
def ao_service(tmp_path_factory):
    """Dev set AO's four sheets (ヘルプマーク, 星空保全, 農村女性起業, 特別支援学校スクールバス) with those of AI
    (救急安心電話相談: 看護師 too) and AK (高校生キャリア教育: 参加人数 once), and five that share their words
    (観察会 of 県営都市公園 and ストーカー・DV, 看護師 of ひとり親 and 難病, バス of スノーリゾート)."""
    return _folders_and_sheets(tmp_path_factory, "ao", ("sheets_AO", "sheets_AI", "sheets_AK"),
                               (("sheets_U", "11-09-02"), ("sheets_V", "13-06-02"), ("sheets_AM", "15-98-02"),
                                ("sheets_T", "05-14-03"), ("sheets_X", "08-07-03")))


@pytest.fixture(scope="session")
def ap_service(tmp_path_factory):
    """Dev set AP's four sheets (人権啓発, 生活困窮者自立支援, 環境教育, 企業立地) with Z's and AK's, and K's 食品衛生
    (去年度 cut as 去る, in five of its passages)."""
    return _folders_and_sheets(tmp_path_factory, "ap", ("sheets_AP", "sheets_Z", "sheets_AK"), (("sheets_K", "05-08-02"),))


@pytest.fixture(scope="session")
def aq_service(tmp_path_factory):
    """Dev set AQ's four sheets (ジュニアアスリート, 農地集積, 盛土, 少年非行防止) with M's (スポーツ合宿・大会誘致)."""
    return _four_sheets(tmp_path_factory, "sheets_AQ", "sheets_M")


@pytest.fixture(scope="session")
def ar_service(tmp_path_factory):
    """Dev set AR's four sheets (統計データ, 再犯防止, PCB廃棄物, 土地改良区) with AQ's, and four whose words they share
    (農作業安全: 方向 in one passage; 森林境界, 浄化槽, 屋外広告物: 督促)."""
    return _folders_and_sheets(tmp_path_factory, "ar", ("sheets_AR", "sheets_AQ"),
                               (("sheets_AD", "09-74-02"), ("sheets_AI", "10-59-03"), ("sheets_AM", "06-84-02"),
                                ("sheets_AD", "11-76-04")))


@pytest.fixture(scope="session")
def as_service(tmp_path_factory):
    """Dev set AS's four sheets (医薬品適正使用, 航空機・宇宙産業, 子どもの体力向上, 暴力団排除) with AQ's and AR's."""
    return _four_sheets(tmp_path_factory, "sheets_AS", "sheets_AQ", "sheets_AR")


@pytest.fixture(scope="session")
def at_service(tmp_path_factory):
    """Dev set AT's four sheets (信州まつもと空港, 花き, 花粉発生源対策, 交番機能強化) with AS's."""
    return _four_sheets(tmp_path_factory, "sheets_AT", "sheets_AS")


@pytest.fixture(scope="session")
def au_service(tmp_path_factory):
    """Dev set AU's four sheets (リニア, 糖尿病性腎症, ロケーション誘致, 街路樹) with AT's."""
    return _four_sheets(tmp_path_factory, "sheets_AU", "sheets_AT")


@pytest.fixture(scope="session")
def av_service(tmp_path_factory):
    """Dev set AV's four sheets (旅券窓口, HIV・性感染症検査, 信州シルク, 林野火災予防) with AU's and J's."""
    return _four_sheets(tmp_path_factory, "sheets_AV", "sheets_AU", "sheets_J")


@pytest.fixture(scope="session")
def awx_service(tmp_path_factory):
    """Dev sets AW's and AX's eight sheets (美術館, 臓器移植, ICT施工, 寄宿舎; ドローン物流, AED, 信州米, 入試デジタル化) with
    the sheets whose words they share: 建設産業担い手 (労働災害), いじめ防止, 骨髄バンクドナー, 教員確保."""
    return _folders_and_sheets(tmp_path_factory, "AW-AX", ("sheets_AW", "sheets_AX"),
                               (("sheets_AH", "11-71-02"), ("sheets_AJ", "12-29-02"), ("sheets_AD", "05-72-03"),
                                ("sheets_U", "12-10-02")))


@pytest.fixture(scope="session")
def ay_service(tmp_path_factory):
    """Dev set AY's four sheets (信州減塩, 高年齢者就業, 信州景観育成, 教員の働き方改革) with AX's and 高校生キャリア教育
    (「しごと未来トーク」を実施した県立高校の数) and ドクターヘリ (太陽光パネル, written whole)."""
    return _folders_and_sheets(tmp_path_factory, "AY-AX", ("sheets_AY", "sheets_AX"),
                               (("sheets_AK", "12-33-02"), ("sheets_AJ", "05-28-02")))


@pytest.fixture(scope="session")
def az_service(tmp_path_factory):
    """Dev set AZ's four sheets (青少年インターネット, 骨粗しょう症検診, 中小企業ＢＣＰ, 放置竹林) with AX's and AED's (the one
    sheet that writes メールアドレス in its text)."""
    return _folders_and_sheets(tmp_path_factory, "AZ-AX", ("sheets_AZ", "sheets_AX"))


@pytest.fixture(scope="session")
def ba_service(tmp_path_factory):
    """Dev set BA's four sheets (気候変動適応, 工業技術総合センター, 国民スポーツ大会開催準備, 信州型コミュニティスクール) with
    多様な働き方推進 (県内企業の男性育児休業取得率) and three sheets of sport (障がい者スポーツ, 合宿・大会誘致, ジュニアアスリート)."""
    return _folders_and_sheets(tmp_path_factory, "BA", ("sheets_BA",), (("sheets_T", "07-11-02"), ("sheets_AB", "08-55-03"),
                                                                         ("sheets_M", "08-04-02"), ("sheets_AQ", "08-95-02")))


@pytest.fixture(scope="session")
def bb_service(tmp_path_factory):
    """Dev set BB's four sheets (子どもの居場所づくり, 登山道維持管理, 道路損傷通報, 110番通報適正利用) with AZ's and 行方不明者早期発見
    (another sheet that writes 110番)."""
    return _folders_and_sheets(tmp_path_factory, "BB", ("sheets_BB", "sheets_AZ"), (("sheets_AI", "15-61-02"),))


@pytest.fixture(scope="session")
def bc_service(tmp_path_factory):
    """Dev set BC's four sheets (県立歴史館収蔵資料, 離職者等再就職訓練, 学校図書館活用, 高齢ドライバー) with the sheets that
    share their subjects: 子ども読書活動 (不読率 too), 手話通訳者養成 (通訳), 高校生海外留学 (高校生), 県立美術館来館促進
    (来館者数), 県立図書館デジタルアーカイブ (アーカイブの閲覧数) and ひとり親家庭自立支援 (職業訓練, 就職率)."""
    return _folders_and_sheets(tmp_path_factory, "BC", ("sheets_BC",), (
        ("sheets_S", "12-08-02"), ("sheets_AN17", "05-23-02"), ("sheets_AI", "12-60-02"), ("sheets_AW", "02-73-05"),
        ("sheets_AD", "12-78-02"), ("sheets_V", "13-06-02")))


@pytest.fixture(scope="session")
def bd_service(tmp_path_factory):
    """Dev set BD's four sheets (ユニバーサルツーリズム, 道路照明LED化, 信州理数教育, 警察通訳体制) with 手話通訳者養成 (通訳 too)."""
    return _folders_and_sheets(tmp_path_factory, "BD", ("sheets_BD",), (("sheets_AN17", "05-23-02"),))


@pytest.fixture(scope="session")
def be_service(tmp_path_factory):
    """Dev set BE's four sheets (不妊・不育症相談, 果樹園地継承, 中山間地県立高校魅力化, 警察官採用確保) with 人事委員会's
    県職員採用試験受験者確保 (受験者数 too) and 高年齢者就業促進 (就職後６か月以内の離職率)."""
    return _folders_and_sheets(tmp_path_factory, "BE", ("sheets_BE",), (("sheets_W", "19-02-01"), ("sheets_AY", "07-56-06")))


@pytest.fixture(scope="session")
def bf_service(tmp_path_factory):
    """Dev set BF's four sheets (介護職員喀痰吸引等研修, 信州日本酒販路拡大, 交通渋滞対策, 子ども・女性の安全確保) alone."""
    return _four_sheets(tmp_path_factory, "sheets_BF")


@pytest.fixture(scope="session")
def bg_service(tmp_path_factory):
    """Dev set BG's four sheets (フロン類排出抑制, 土壌診断施肥適正化, スクールソーシャルワーカー活用, 横断歩道歩行者優先) alone."""
    return _four_sheets(tmp_path_factory, "sheets_BG")


@pytest.fixture(scope="session")
def bh_service(tmp_path_factory):
    """Dev set BH's four sheets (災害派遣精神医療チーム, 信州ジビエ利活用, 家庭教育支援, 物品調達電子化) alone."""
    return _four_sheets(tmp_path_factory, "sheets_BH")


@pytest.fixture(scope="session")
def bi_service(tmp_path_factory):
    """Dev set BI's four sheets (農業用ハウス雪害対策, 森林J-クレジット, 学校水泳授業, 地域安全ボランティア) with 価格転嫁円滑化
    (a 全国平均 with its figure) and スマート農業 (ドローン, written on another sheet)."""
    return _folders_and_sheets(tmp_path_factory, "BI", ("sheets_BI",), (("sheets_AJ", "07-30-02"), ("sheets_P", "09-06-04")))


@pytest.fixture(scope="session")
def bj_service(tmp_path_factory):
    """Dev set BJ's four sheets (県職員ワーク・ライフ・バランス, 中小企業融資制度, 外国語教育, 違法駐車対策) with 家庭教育支援
    (教育 shared), 多様な働き方 (its 男性育児休業取得促進事業) and 地域安全ボランティア (another 警察本部 sheet)."""
    return _folders_and_sheets(tmp_path_factory, "BJ", ("sheets_BJ",),
                               (("sheets_BH", "12-17-09"), ("sheets_T", "07-11-02"), ("sheets_BI", "15-77-07")))


@pytest.fixture(scope="session")
def bk_service(tmp_path_factory):
    """Dev set BK's four sheets (視覚障がい者情報アクセス, 麦・大豆生産拡大, 公民館活動活性化, 防犯カメラ設置促進) with BG's, BH's
    and BF's (土壌診断・堆肥, ジビエ, DPAT, and 子ども・女性の安全確保 with its own 映像提供の協定)."""
    return _folders_and_sheets(tmp_path_factory, "BK", ("sheets_BK", "sheets_BG", "sheets_BH", "sheets_BF"))


@pytest.fixture(scope="session")
def bl_service(tmp_path_factory):
    """Dev set BL's four sheets (ダニ媒介感染症, 山小屋トイレ, 養蜂振興, 科学捜査体制) with BG's and 肝炎対策 (its 医療費助成)."""
    return _folders_and_sheets(tmp_path_factory, "BL", ("sheets_BL", "sheets_BG"), (("sheets_U", "05-13-02"),))


@pytest.fixture(scope="session")
def bn_service(tmp_path_factory):
    """Dev set BN's four sheets (発達障がい者支援体制, 健康経営, 教育旅行誘致, 県立高校遠距離通学費補助) alone."""
    return _four_sheets(tmp_path_factory, "sheets_BN")


@pytest.fixture(scope="session")
def bmo_service(tmp_path_factory):
    """Dev sets BM's and BO's eight sheets (個人住民税徴収, 民生委員, 医療機器参入, 応急危険度判定; AI・RPA, 孤独・孤立,
    ライチョウ, 物流・ドライバー) with 県職員ワーク・ライフ・バランス (another 時間外勤務), 湖沼水質 (its 「頭打ち」) and
    野生鳥獣捕獲 (another 免許 and シカ) and
    災害廃棄物処理体制 (another sheet that writes 能登)."""
    unseen = ROOT / "eval" / "datasets" / "unseen"
    pdfs = sorted((unseen / "sheets_BM").glob("*.pdf")) + sorted((unseen / "sheets_BO").glob("*.pdf")) + [
        next((unseen / "sheets_BJ").glob("01-86-05_*.pdf")), next((unseen / "sheets_L").glob("06-05-02_*.pdf")),
        next((ROOT.parent / "shared" / "second-renderer").glob("10-01-02_*.pdf")),
        next((unseen / "sheets").glob("06-03-01_*.pdf"))]  # 災害廃棄物: its own 能登 passages
    assert len(pdfs) == 12
    return _index(tmp_path_factory, "BMO", pdfs)


@pytest.fixture(scope="session")
def bpq_service(tmp_path_factory):
    """Dev sets BP's and BQ's eight sheets (個別避難計画, 有機農業, 定時制・通信制, 特別支援学校の就労; 充電インフラ,
    リゾートテレワーク, 木育, 災害警備) with スマート農業 (its ドローン), 県立高校寄宿舎 and 行方不明者早期発見 (another
    警察本部 sheet with ドローン)."""
    return _folders_and_sheets(tmp_path_factory, "BPQ", ("sheets_BP", "sheets_BQ"),
                               (("sheets_P", "09-06-04"), ("sheets_AW", "12-85-05"), ("sheets_AI", "15-61-02")))


@pytest.fixture(scope="session")
def brs_service(tmp_path_factory):
    """Dev sets BR's and BS's eight sheets (地域発元気づくり支援金, 訪問看護提供体制強化, 多文化共生相談体制, 信州やまほいく;
    県民防災アプリ, 地下水保全・湧水, 信州そば, 通学路交通安全) with 児童虐待防止 (another 弁護士), 旅券発給窓口 (another
    市町村の窓口), 保育人材確保 (another 保育士の研修), サイバー犯罪 (another セキュリティ) and 野生鳥獣捕獲 (its クマ)."""
    unseen = ROOT / "eval" / "datasets" / "unseen"
    pdfs = sorted((unseen / "sheets_BR").glob("*.pdf")) + sorted((unseen / "sheets_BS").glob("*.pdf")) + [
        next((unseen / f).glob(f"{no}_*.pdf")) for f, no in
        (("sheets", "13-02-04"), ("sheets_AV", "02-67-07"), ("sheets_M", "13-03-02"), ("sheets_V", "15-04-02"))] + [
        next((ROOT.parent / "shared" / "second-renderer").glob("10-01-02_*.pdf"))]
    assert len(pdfs) == 13
    return _index(tmp_path_factory, "BRS", pdfs)


@pytest.fixture(scope="session")
def btu_service(tmp_path_factory):
    """Dev sets BT's and BU's eight sheets (事業所省エネルギー, 中小企業海外展開, 病児・病後児保育, 電子契約システム; 新生児聴覚検査,
    観光二次交通, 狭あい道路, 放課後児童クラブ支援員) with 物品調達電子化 (another 電子契約), 信州そば (a target of 1,000),
    橋梁長寿命化 (another 町村 and 手当て) and 信州シルク (another 引き継ぐ)."""
    return _folders_and_sheets(tmp_path_factory, "BTU", ("sheets_BT", "sheets_BU"),
                               (("sheets_BH", "17-15-05"), ("sheets_BS", "09-86-01"), ("sheets_J", "11-02-03"),
                                ("sheets_AV", "09-57-07")))


@pytest.fixture(scope="session")
def bvw_service(tmp_path_factory):
    """Dev sets BV's and BW's eight sheets (買物弱者対策, 火山防災, プロフェッショナル人材, 学校給食県産農産物; 木質バイオマス熱利用,
    外来生物対策, 土砂災害警戒避難, 産後ケア) with ものづくり人材育成 and リゾートテレワーク (other 人材 and 研修) and
    生物多様性保全 (another 外来生物 駆除)."""
    return _folders_and_sheets(tmp_path_factory, "BVW", ("sheets_BV", "sheets_BW"),
                               (("sheets", "07-03-02"), ("sheets_BQ", "08-49-02"), ("sheets_N", "06-04-03")))


@pytest.fixture(scope="session")
def bxy_service(tmp_path_factory):
    """Dev sets BX's and BY's eight sheets (住宅用火災警報器, 信州発酵食品, 道の駅防災拠点化, 二輪車交通事故防止; 草原保全,
    観光ボランティアガイド, 援農ボランティア, ファミリー・サポート・センター) with ものづくり人材育成 (another 人材育成 and
    修了) and 高齢者交通安全 (another 講習 and 交通事故死者)."""
    unseen = ROOT / "eval" / "datasets" / "unseen"
    pdfs = sorted((unseen / "sheets_BX").glob("*.pdf")) + sorted((unseen / "sheets_BY").glob("*.pdf")) + [
        next((unseen / "sheets").glob("07-03-02_*.pdf")), next((ROOT.parent / "shared" / "second-renderer").glob("13-01-01_*.pdf"))]
    assert len(pdfs) == 10
    return _index(tmp_path_factory, "BXY", pdfs)


@pytest.fixture(scope="session")
def bzcc_service(tmp_path_factory):
    """Dev sets BZ's, CA's, CB's and CC's sixteen sheets (地域運営組織, 市町村脱炭素, 一般廃棄物広域化, コンパクトなまちづくり;
    結核, スマート林業, 社会的養護自立支援, 外国人運転者交通安全; 介護ICT・ロボット, 道路河川アダプト, 学校登山安全, 県有物品
    リユース; 水素, 女性デジタル人材, ナイトタイム観光, 県立学校特別教室空調) with 子どもの居場所づくり (another ネットワーク
    会議), ＰＣＢ廃棄物適正処理 (a target of 100％) and 離職者等再就職訓練 (another ドライバー)."""
    return _folders_and_sheets(tmp_path_factory, "BZCC", ("sheets_BZ", "sheets_CA", "sheets_CB", "sheets_CC"),
                               (("sheets_BB", "02-86-06"), ("sheets_AR", "06-23-05"), ("sheets_BC", "07-98-09")))


@pytest.fixture(scope="session")
def cdce_service(tmp_path_factory):
    """Dev sets CD's and CE's eight sheets (携帯電話不感地域解消, 森林経営管理制度, 県立文化会館利活用, 支払事務集約化;
    未利用県有財産利活用, 自主防災組織活性化, 宿泊事業者生産性向上, 子育てにやさしい職場づくり) with 県有施設ファシリティ
    マネジメント (another 未利用県有地) and 介護現場ICT・ロボット導入支援 (another 生産性)."""
    return _folders_and_sheets(tmp_path_factory, "CDCE", ("sheets_CD", "sheets_CE"),
                               (("sheets_AE", "01-83-02"), ("sheets_CB", "05-42-06")))


@pytest.fixture(scope="session")
def cfcg_service(tmp_path_factory):
    """Dev sets CF's and CG's eight sheets (県職員健康管理, 看護職員確保, 高原野菜産地強化, 伝統芸能継承; 児童生徒の目の健康,
    県立学校長寿命化改修, 多胎児家庭支援, 基金資金運用) with 信州そば and 麦・大豆 (another 作付面積 and 出荷) and
    高年齢者就業促進 (an indicator of 500人)."""
    return _folders_and_sheets(tmp_path_factory, "CFCG", ("sheets_CF", "sheets_CG"),
                               (("sheets_BS", "09-86-01"), ("sheets_BK", "09-92-06"), ("sheets_AY", "07-56-06")))


@pytest.fixture(scope="session")
def chci_service(tmp_path_factory):
    """Dev sets CH's and CI's eight sheets (地域鉄道・バス, 障がい者雇用, 県民スポーツ, 請求書電子受領; へき地医療, 地域日本語教育,
    警察安全相談, こども意見反映) with 障がい者就労支援 (another sheet of 障がい者 and 雇用) and 難病患者地域生活支援."""
    return _folders_and_sheets(tmp_path_factory, "CHCI", ("sheets_CH", "sheets_CI"), (("sheets_J", "05-05-03"), ("sheets_T", "05-14-03")))


@pytest.fixture(scope="session")
def cjck_service(tmp_path_factory):
    """Dev sets CJ's and CK's eight sheets (関係人口創出, ＨＰＶワクチン接種促進, 河川堆積土砂撤去, 学校防災教育; ＰＦＡＳ対策,
    観光地域づくり法人支援, 生活道路安全対策, こども家庭センター設置促進)."""
    return _folders_and_sheets(tmp_path_factory, "CJCK", ("sheets_CJ", "sheets_CK"))


@pytest.fixture(scope="session")
def clcm_service(tmp_path_factory):
    """Dev sets CL's and CM's eight sheets (マイナンバーカード利活用, 熟練技能継承, プロスポーツ連携, 財務会計システム再構築;
    がん患者アピアランスケア・就労支援, 性の多様性理解促進, 冬道スリップ事故防止, 子育て家庭優待パスポート)."""
    return _folders_and_sheets(tmp_path_factory, "CLCM", ("sheets_CL", "sheets_CM"))


@pytest.fixture(scope="session")
def cnco_service(tmp_path_factory):
    """Dev sets CN's and CO's eight sheets (ごみ減量, 林業用苗木, 部活動地域展開, 物品県内調達; 災害時受援体制, 県営ダム長寿命化,
    結婚支援, 山岳遭難) with 県立学校施設長寿命化 (another 長寿命化 program) and がん検診 (a gap of 7 to a target)."""
    return _folders_and_sheets(tmp_path_factory, "CNCO", ("sheets_CN", "sheets_CO"), (("sheets_CG", "14-38-02"), ("sheets", "05-04-03")))


@pytest.fixture(scope="session")
def cpcq_service(tmp_path_factory):
    """Dev sets CP's and CQ's eight sheets (在宅医療・人生会議, 道路のり面・落石防災, こども芸術体験, 電動キックボード等交通安全;
    歴史街道観光, 野生鳥獣農作物被害防止, 不登校の学びの場, 公会計財務書類) with 野生鳥獣捕獲対策 (another sheet of シカ)."""
    unseen = ROOT / "eval" / "datasets" / "unseen"
    pdfs = [p for f in ("sheets_CP", "sheets_CQ") for p in sorted((unseen / f).glob("*.pdf"))]
    pdfs.append(next((ROOT.parent / "shared" / "second-renderer").glob("10-01-02_*.pdf")))
    assert len(pdfs) == 9
    return _index(tmp_path_factory, "CPCQ", pdfs)


@pytest.fixture(scope="session")
def crcs_service(tmp_path_factory):
    """Dev sets CR's and CS's eight sheets (デジタルデバイド対策, 災害時備蓄物資, きこえの健康づくり, 夜間歩行者交通事故防止;
    幼保小の架け橋プログラム, 高等学校等奨学金貸与, 死因究明体制強化, こども・若者ＳＮＳ相談)."""
    return _four_sheets(tmp_path_factory, "sheets_CR", "sheets_CS")


@pytest.fixture(scope="session")
def ctcu_service(tmp_path_factory):
    """Dev sets CT's and CU's eight sheets (ツキノワグマ人身被害防止, 信州ＭＩＣＥ誘致, 治山施設長寿命化, 子育て短期支援;
    障がい者グループホーム整備, 次世代自動車普及, 観光ＤＸ, りんご新わい化栽培) with 地籍調査 (another 実施市町村数, 目標44)
    and 学校部活動地域移行 (the 事業名 that holds 地域移行)."""
    return _folders_and_sheets(tmp_path_factory, "CTCU", ("sheets_CT", "sheets_CU"), (("sheets_S", "11-08-02"), ("sheets", "14-02-02")))


@pytest.fixture(scope="session")
def cvcw_service(tmp_path_factory):
    """Dev sets CV's and CW's eight sheets (高等教育振興, 応急手当普及, 生活環境保全, 里山整備推進; 県職員能力開発研修,
    県政広報・情報発信, 高山植物等保護, みんなで支える里山整備) with 手話言語普及 (whose 細事業 names hold 手話 and 入門) and
    森林づくり担い手確保 (新規林業就業者の３年後定着率)."""
    return _folders_and_sheets(tmp_path_factory, "CVCW", ("sheets_CV", "sheets_CW"), (("sheets_AM", "05-93-03"), ("sheets", "04-02-03")))


@pytest.fixture(scope="session")
def cxcy_service(tmp_path_factory):
    """Dev sets CX's and CY's eight sheets (傷病野生鳥獣救護, ソーシャルビジネス創業支援, 信州アウトドアアクティビティ,
    地域学校協働活動; 土壌汚染対策, ナラ枯れ被害対策, 住宅確保要配慮者居住支援, 農作物等盗難防止)."""
    return _folders_and_sheets(tmp_path_factory, "CXCY", ("sheets_CX", "sheets_CY"))


@pytest.fixture(scope="session")
def czda_service(tmp_path_factory):
    """Dev sets CZ's and DA's eight sheets (孤立予想集落対策, 情報セキュリティ対策強化, 速度違反取締り高度化, 若年妊産婦等包括
    支援; 障がい者芸術文化活動支援, 県営住宅管理運営, 県立少年自然の家体験活動, ふるさとワーキングホリデー) with two neighbours:
    CR's 災害時備蓄物資整備推進 (備蓄, the short form of its name) and CC's 観光地ナイトタイム魅力創出支援 (a 満足度 whose
    target is 85％)."""
    return _folders_and_sheets(tmp_path_factory, "CZDA", ("sheets_CZ", "sheets_DA"), (("sheets_CR", "03-26-02"), ("sheets_CC", "08-88-03")))


@pytest.fixture(scope="session")
def dbdc_service(tmp_path_factory):
    """Dev sets DB's and DC's eight sheets (市町村職員確保・共同採用支援, デマンド交通・公共ライドシェア導入支援, 地域と共生する
    太陽光発電, 多子世帯保育料軽減; 災害ボランティアセンター運営体制強化, 高齢者等ごみ出し支援, 地域計画策定・実行支援, 子育て
    世帯訪問支援) with two neighbours: AD's 屋外広告物適正化推進 (it writes 「業者向けの講習会」 whole) and BN's 県立高校遠距離
    通学費補助 (通学費 and 自己負担, close in meaning to 医療費)."""
    return _folders_and_sheets(tmp_path_factory, "DBDC", ("sheets_DB", "sheets_DC"), (("sheets_AD", "11-76-04"), ("sheets_BN", "12-56-01")))


@pytest.fixture(scope="session")
def ddde_service(tmp_path_factory):
    """Dev sets DD's and DE's eight sheets (公用車次世代自動車導入, 危険物施設保安対策, 闇バイト等犯罪加担防止, プレーパーク
    等こどもの外遊び; 信州ウェルネスツーリズム, 学校医療的ケア看護職員配置支援, 地域アートプロジェクト, こどもの学習・生活支援)."""
    return _four_sheets(tmp_path_factory, "sheets_DD", "sheets_DE")


@pytest.fixture(scope="session")
def dfdg_service(tmp_path_factory):
    """Dev sets DF's and DG's eight sheets (防災情報伝達体制強化支援, 農業水利施設小水力発電導入推進, 公共施設木造・木質化支援,
    危険ブロック塀等除却支援; 県職員障がい者活躍推進, マイ・タイムライン普及推進, 温泉資源保護対策推進, 外国人患者受入れ医療体制
    整備), with the sheets their traps came from: 県立高校遠距離通学費補助 (a 補助事業 by name), 森林境界明確化推進 (森林所有者の
    割合), 災害時備蓄物資整備推進 (高齢者世帯向け), 土壌汚染対策推進 (a 細事業 named 立入検査)."""
    return _folders_and_sheets(tmp_path_factory, "dfdg", ("sheets_DF", "sheets_DG"),
                               singles=(("sheets_BN", "12-56-01"), ("sheets_AI", "10-59-03"), ("sheets_CR", "03-26-02"),
                                        ("sheets_CY", "06-69-01")))


@pytest.fixture(scope="session")
def dhdi_service(tmp_path_factory):
    """Dev sets DH's and DI's eight sheets (高齢者見守りネットワーク推進, 中小企業脱炭素経営支援, 企業参加型森林づくり推進,
    既存住宅断熱リフォーム促進; 消防学校教育訓練充実強化, 使用済太陽光パネルリサイクル推進, 信州カラマツ材販路開拓推進,
    保育所等障がい児受入れ推進), with the sheets their traps came from: 信州日本酒販路拡大支援 (販路拡大 in its name),
    学校水泳授業民間施設活用推進 (民間), 民生委員・児童委員活動支援 (高齢者の見守り, word for word), 消防団員確保対策 and
    信州ワインバレー推進 (indicators sharing the words, targets missed), ながの子育て家庭優待パスポート推進 (R5's system),
    県立少年自然の家体験活動推進 (森のがっこう), 一般廃棄物処理広域化推進 (方針, written in its text)."""
    return _folders_and_sheets(tmp_path_factory, "dhdi", ("sheets_DH", "sheets_DI"),
                               singles=(("sheets_BF", "07-59-06"), ("sheets_BI", "12-73-07"), ("sheets_BM", "05-97-01"),
                                        ("sheets_Q", "03-06-01"), ("sheets_AM", "07-85-02"), ("sheets_CM", "16-78-05"),
                                        ("sheets_DA", "12-42-09"), ("sheets_BZ", "06-81-01")))


@pytest.fixture(scope="session")
def djdk_service(tmp_path_factory):
    """Dev sets DJ's and DK's eight sheets (生活支援コーディネーター活動推進, 特定地域づくり事業協同組合支援, 多面的機能支払推進,
    山村留学受入れ支援; 奨学金返還支援制度推進, オーバーツーリズム対策推進, 建設発生土有効利用推進, 果樹凍霜害対策推進), with
    the sheets their traps came from: 県職員能力開発研修推進 (課長), 高齢者等ごみ出し支援推進 (地域支え合いごみ出し支援事業),
    花粉発生源対策推進 (発生), デマンド交通・公共ライドシェア導入支援 (ライドシェア, 利用者数), 土壌汚染対策推進 and リニア中央新幹線
    活用推進 (発生土 in their 細事業)."""
    return _folders_and_sheets(tmp_path_factory, "djdk", ("sheets_DJ", "sheets_DK"),
                               singles=(("sheets_CW", "01-88-12"), ("sheets_DC", "04-84-09"), ("sheets_AT", "10-27-09"),
                                        ("sheets_DB", "02-21-08"), ("sheets_CY", "06-69-01"), ("sheets_AU", "02-45-05")))



@pytest.fixture(scope="session")
def dldm_service(tmp_path_factory):
    """Dev sets DL's and DM's eight sheets (地域交通キャッシュレス化推進, 家具転倒防止対策推進, 水辺の生きもの調査推進, 生命の安全教育
    推進; 雪下ろし事故防止・除雪共助推進, 産業廃棄物適正処理推進, 薬用作物産地育成推進, 信州広葉樹材活用推進), with the sheets
    their traps came from: set CV's four (応急手当普及推進, whose 救命講習 question the 生活環境保全対策 sheet took by shared
    words), こども芸術体験推進 (two indicators missed their targets) and 中小企業脱炭素経営支援 (no 表彰 on it)."""
    return _folders_and_sheets(tmp_path_factory, "dldm", ("sheets_DL", "sheets_DM", "sheets_CV"),
                               singles=(("sheets_CP", "13-73-08"), ("sheets_DH", "07-50-14")))


@pytest.fixture(scope="session")
def dndo_service(tmp_path_factory):
    """Dev sets DN's and DO's eight sheets (小さな拠点形成推進, 感震ブレーカー普及推進, 家族介護者支援推進, 国際観光地安全安心推進;
    信州ロングトレイル活用推進, 専門高校産業教育設備充実, 自動車盗難防止対策推進, こどもの不慮の事故予防推進)."""
    return _folders_and_sheets(tmp_path_factory, "dndo", ("sheets_DN", "sheets_DO"))


@pytest.fixture(scope="session")
def dpdq_service(tmp_path_factory):
    """Dev sets DP's and DQ's eight sheets (県職員ハラスメント防止対策推進, 災害時ドローン活用体制整備, 万引き防止対策推進,
    こども誰でも通園制度推進; 老人クラブ活動活性化支援, シニアスポーツ推進, 市田柿生産振興, 金属盗難防止対策推進) and BM's
    four (医療機器産業参入支援 writes ニーズ)."""
    return _folders_and_sheets(tmp_path_factory, "dpdq", ("sheets_DP", "sheets_DQ", "sheets_BM"))


@pytest.fixture(scope="session")
def drds_service(tmp_path_factory):
    """Dev sets DR's and DS's eight sheets (福祉避難所確保・運営支援, カスタマーハラスメント防止対策推進, 山地災害危険地区監視強化,
    ICT施工普及推進; 中山間地域買い物支援推進, アーバンスポーツ推進, アンダーパス冠水対策推進, プレコンセプションケア推進) and
    the sheets that share their figures and words: 星空保全 and 草原保全 (目標4,000人), 個別避難計画作成促進 (個別避難計画),
    社会的養護自立支援 (アフターケア), 一般廃棄物処理広域化推進 (一般), ストーカー・ＤＶ事案対策推進 (加害者), 外国人運転者交通安全
    対策推進 (罰則)."""
    return _folders_and_sheets(tmp_path_factory, "drds", ("sheets_DR", "sheets_DS"),
                               (("sheets_AO", "06-99-02"), ("sheets_BY", "06-58-02"), ("sheets_BP", "03-58-02"),
                                ("sheets_CA", "13-49-06"), ("sheets_BZ", "06-81-01"), ("sheets_AM", "15-98-02"),
                                ("sheets_CA", "15-29-02")))


@pytest.fixture(scope="session")
def many_tables_service(tmp_path_factory):
    """DR's four sheets among 105 others (every CA–CZ sheet and 一般廃棄物処理広域化推進): enough cost tables that the
    words a cost question asks with rank another sheet's table first."""
    unseen = ROOT / "eval" / "datasets" / "unseen"
    return _folders_and_sheets(tmp_path_factory, "many-tables",
                               ("sheets_DR", *sorted(p.name for p in unseen.glob("sheets_C?"))), (("sheets_BZ", "06-81-01"),))


@pytest.fixture(scope="session")
def dtdu_service(tmp_path_factory):
    """Dev sets DT's and DU's eight sheets (県職員地域貢献活動推進, 信州の湿原保全推進, 信州eスポーツ推進, 学校金融経済教育推進;
    県有施設ネーミングライツ推進, 信州ジオパーク推進, 信州わさび産地強化, 水辺空間にぎわい創出推進), DS's four (アーバンスポーツ
    推進 aims at 4,000人) and the sheets aiming at 4,000人 too: 星空保全, 草原保全."""
    return _folders_and_sheets(tmp_path_factory, "dtdu", ("sheets_DT", "sheets_DU", "sheets_DS"),
                               (("sheets_AO", "06-99-02"), ("sheets_BY", "06-58-02")))


@pytest.fixture(scope="session")
def dvec_service(tmp_path_factory):
    """Sheets of dev sets DV–EC (原木安定供給体制強化, 公共インフラ官民連携推進, 使用済み紙おむつリサイクル推進, 道路標識・
    標示適正管理推進, 被災者生活再建支援体制強化, 産業動物獣医師確保対策, あおり運転等危険運転対策推進, 医師の働き方改革推進,
    事業所安全運転管理推進) with 麦・大豆生産拡大推進 (安曇野市と佐久市 named, no company), and the sheets that count alike:
    横断歩道歩行者優先推進 (横断歩道 in its name, its 摩耗 count fell in R5 too) and 若者県内就職促進 (インターンシップに参加
    した学生数, up in R6)."""
    return _folders_and_sheets(tmp_path_factory, "dvec", (),
                               (("sheets_DV", "10-66-10"), ("sheets_DW", "11-43-03"), ("sheets_DX", "06-54-03"),
                                ("sheets_DY", "15-45-03"), ("sheets_EB", "03-33-06"), ("sheets_EC", "09-36-05"),
                                ("sheets_EC", "15-52-04"), ("sheets_EC", "05-71-04"),
                                ("sheets_DW", "15-65-07"), ("sheets_BK", "09-92-06"),
                                ("sheets_BG", "15-66-08"), ("sheets_K", "07-06-03")))


@pytest.fixture(scope="session")
def edee_service(tmp_path_factory):
    """Dev sets ED's and EE's eight sheets (所有者不明土地対策推進, 国民保護対策推進, 小規模事業者経営改善支援, 農泊推進;
    脳卒中・心臓病等循環器病対策推進, 森林作業道整備推進, 踏切道安全対策推進, 小中学校学力向上推進) and the sheets that share their
    words: 信州の歴史街道観光活用推進 (個人向け, 上限, 補助), ヘルプマーク普及推進 (出前講座), がん患者アピアランスケア・就労支援
    (病院, 共有), 道路のり面・落石防災対策 (ドローン, 測量) and ため池防災・減災対策 (何市町村で作成)."""
    return _folders_and_sheets(tmp_path_factory, "edee", ("sheets_ED", "sheets_EE"),
                               (("sheets_CQ", "08-90-05"), ("sheets_AO", "05-41-03"), ("sheets_CM", "05-66-11"),
                                ("sheets_CP", "11-13-09"), ("sheets_T", "09-08-02")))


@pytest.fixture(scope="session")
def efeg_service(tmp_path_factory):
    """Dev sets EF's and EG's eight sheets (身寄りのない高齢者等生活支援推進, 信州デザイン経営推進, 森林認証取得推進, 県立学校
    施設バリアフリー化推進; 高次脳機能障がい者支援推進, 農泊推進, 緑化推進・みどりの少年団育成, 戦争体験継承・平和学習推進) and
    the sheet that shares the 農泊 sheet's words: 教育旅行誘致推進 (農家民泊, 受入れ家庭)."""
    return _folders_and_sheets(tmp_path_factory, "efeg", ("sheets_EF", "sheets_EG"), (("sheets_BN", "08-52-05"),))


@pytest.fixture(scope="session")
def ehei_service(tmp_path_factory):
    """Dev sets EH's and EI's eight sheets (鉄道駅バリアフリー化推進, 介護支援専門員確保・資質向上, 衣類・繊維製品資源循環推進,
    道路舗装長寿命化修繕; 次世代自動車部品産業転換支援, 耕畜連携・堆肥利用推進, 再造林・下刈り省力化推進, 児童生徒心の健康観察・
    ＳＯＳ教育推進) and the sheets that share their words: 熟練技能継承・技能振興 (試験の合格者数), 使用済小型家電リサイクル推進
    (回収ボックス) and 学校水泳授業民間施設活用推進 (学校, 授業)."""
    return _folders_and_sheets(tmp_path_factory, "ehei", ("sheets_EH", "sheets_EI"),
                               (("sheets_CL", "07-81-02"), ("sheets_AN20", "06-51-07"), ("sheets_BI", "12-73-07")))


@pytest.fixture(scope="session")
def ejek_service(tmp_path_factory):
    """Dev sets EJ's and EK's eight sheets (信州首都圏総合活動拠点運営, 障がい者虐待防止対策推進, エコ通勤推進, 路面下空洞対策推進;
    信州ITバレー推進, 農作物高温障害対策推進, ライフライン保全危険木対策, 県立高校遠隔授業配信推進) and the sheets their questions
    were once answered from: 再犯防止推進 and 道路のり面・落石防災対策 (危険木), シートベルト・チャイルドシート着用推進 (シート),
    就職氷河期世代活躍支援 (仕事探し)."""
    return _folders_and_sheets(tmp_path_factory, "ejek", ("sheets_EJ", "sheets_EK"),
                               (("sheets_AR", "05-31-06"), ("sheets_CP", "11-13-09"), ("sheets_EA", "15-23-05"),
                                ("sheets_EB", "07-39-05")))


@pytest.fixture(scope="session")
def elem_service(tmp_path_factory):
    """Dev sets EL's and EM's eight sheets (社会福祉施設防災・減災対策推進, 廃食用油回収・資源化推進, 地すべり対策, 旅費事務効率化推進;
    中小企業サイバーセキュリティ対策支援, 保安林適正管理推進, スクールロイヤー活用推進, 警察犬運用体制強化) and the sheets their
    questions were once answered from: 農業水利施設小水力発電導入推進 (発電機), 高等学校等奨学金貸与事業 (廃油の単価),
    少年非行防止・立ち直り支援 (弁護士の出前授業), カスタマーハラスメント防止対策推進 (キャンペーン)."""
    return _folders_and_sheets(tmp_path_factory, "elem", ("sheets_EL", "sheets_EM"),
                               (("sheets_DF", "09-94-13"), ("sheets_CS", "14-29-12"), ("sheets_AQ", "15-00-02"),
                                ("sheets_DR", "07-86-07")))


@pytest.fixture(scope="session")
def eneo_service(tmp_path_factory):
    """Dev sets EN's and EO's eight sheets (無人駅等駅舎活用推進, 公衆浴場等レジオネラ症対策推進, 河川水質事故防止対策, 雪崩対策;
    中小企業賃上げ・生産性向上支援, 県産材ＪＡＳ製材品供給体制強化, 児童生徒情報モラル教育推進, 住宅侵入盗被害防止対策推進) and the
    sheets their questions were once answered from or ranked first: 治山施設長寿命化推進 (予算現額5,620万円), 小規模事業者経営改善支援
    (自主衛生管理支援の354万円), 県産材利用促進 (県産材の輸出量), 鉄道駅バリアフリー化推進 (無人駅の Suica), 家畜伝染病防疫体制強化
    (旅館の風呂の衛生管理), 道路・河川アダプト活動推進 (川の油)."""
    return _folders_and_sheets(tmp_path_factory, "eneo", ("sheets_EN", "sheets_EO"),
                               (("sheets_CT", "10-28-07"), ("sheets_ED", "07-22-01"), ("sheets", "09-03-05"),
                                ("sheets_EH", "02-18-04"), ("sheets_AL", "09-52-03"), ("sheets_CB", "11-15-01")))


@pytest.fixture(scope="session")
def epqs_service(tmp_path_factory):
    """Dev sets EP's, EQ's and ES's twelve sheets (地域リハビリテーション活動支援推進, 自然保護レンジャー活動推進, 危機管理型水位計・
    河川監視カメラ整備推進, 若年者消費者教育推進; 古民家等活用観光拠点整備支援, 遊休農地再生・活用推進, 木の駅・薪活用推進, 放課後子ども
    教室推進; 計量適正化推進, 主要農作物種子安定供給推進, 病気療養児教育支援, 猟銃等適正管理推進) and the sheets their questions were
    once answered from: 児童生徒心の健康観察・ＳＯＳ教育推進 (健康観察システムの市町村), 外国籍児童生徒等日本語指導充実 (学習支援員)."""
    return _folders_and_sheets(tmp_path_factory, "epqs", ("sheets_EP", "sheets_EQ", "sheets_ES"),
                               (("sheets_EI", "12-49-03"), ("sheets_AH", "12-70-02")))


@pytest.fixture(scope="session")
def evew_service(tmp_path_factory):
    """Dev sets EV's and EW's eight sheets (医療安全推進, 水銀使用製品適正回収推進, まちなかウォーカブル推進, 私立学校教育環境整備
    支援; 中小企業ネット販売力強化支援, 基幹的農業水利施設ストックマネジメント推進, 県立高校再編推進, テロ対策推進)."""
    return _folders_and_sheets(tmp_path_factory, "evew", ("sheets_EV", "sheets_EW"))


@pytest.fixture(scope="session")
def exey_service(tmp_path_factory):
    """Dev sets EX's and EY's eight sheets (光ファイバ網整備促進, 信州健康ポイント推進, 県管理道路除草対策推進, 認可外保育施設指導
    監督推進; 信州ものづくり産業観光推進, 果樹受粉用花粉安定確保推進, 中学校30人規模学級推進, 繁華街・歓楽街環境浄化対策推進) and
    the sheet that took 「30人学級」 for its target of 30人: 夜間中学等学び直し支援."""
    return _folders_and_sheets(tmp_path_factory, "exey", ("sheets_EX", "sheets_EY"), (("sheets_R", "12-07-02"),))


@pytest.fixture(scope="session")
def fafb_service(tmp_path_factory):
    """Dev sets FA's and FB's eight sheets (ＬＰガス・高圧ガス保安対策推進, 公共牧場機能強化推進, がん教育推進, ながら運転防止対策推進;
    精神科救急医療体制整備, 使用済自動車適正処理推進, 宅地建物取引業適正化推進, 困難な問題を抱える女性支援推進)."""
    return _folders_and_sheets(tmp_path_factory, "fafb", ("sheets_FA", "sheets_FB"))


@pytest.fixture(scope="session")
def fdfe_service(tmp_path_factory):
    """Dev sets FD's and FE's eight sheets (県民参加型予算推進, 旅館業・住宅宿泊事業適正化推進, 中山間地域道路待避所等整備推進,
    サービス付き高齢者向け住宅適正運営推進; 震度情報ネットワーク更新整備, 農薬適正使用・飛散防止推進, 教員研修体系改革推進,
    子ども交通安全教育推進)."""
    return _folders_and_sheets(tmp_path_factory, "fdfe", ("sheets_FD", "sheets_FE"))


@pytest.fixture(scope="session")
def fcfg_service(tmp_path_factory):
    """Dev sets FC's and FG's eight sheets (ものづくり中小企業受注開拓支援, 農業経営法人化推進, 無断伐採防止・伐採届出適正化推進,
    先端技術等流出防止対策推進; 煙火・火薬類保安対策推進, 信州観光ＰＲキャラクター活用推進, 高校生全国大会等派遣支援,
    自転車盗難防止対策推進), with BZ's four beside them (地域運営組織形成支援 among them, whose 人材・雇用 「１人雇う」 once named)."""
    return _folders_and_sheets(tmp_path_factory, "fcfg", ("sheets_FC", "sheets_FG", "sheets_BZ"))


@pytest.fixture(scope="session")
def eu_service(tmp_path_factory):
    """Dev set EU's four sheets (観光危機管理体制強化, 農業経営収入保険加入促進, 学校環境衛生管理推進, 自動車運転代行業適正化推進)."""
    return _folders_and_sheets(tmp_path_factory, "eu", ("sheets_EU",))


@pytest.fixture(scope="session")
def fhfi_service(tmp_path_factory):
    """Dev sets FH's and FI's eight sheets (北陸新幹線利用促進・沿線連携, 介護給付適正化推進, 信州リサイクル製品認定・利用拡大,
    応急仮設住宅供給体制整備; 地方卸売市場機能強化支援, 森林組合経営基盤強化支援, 高校生中途退学防止・進路継続支援,
    雑踏事故防止対策推進)."""
    return _folders_and_sheets(tmp_path_factory, "fhfi", ("sheets_FH", "sheets_FI"))


@pytest.fixture(scope="session")
def fjfl_service(tmp_path_factory):
    """Dev sets FJ's and FL's eight sheets (路線バス運転士確保支援, シニア大学運営支援, ラウンドアバウト導入推進, 国際音楽祭開催支援;
    地域づくり人材育成推進, 新興感染症医療体制整備, 県有施設ゼロカーボン化推進, インフラツーリズム推進)."""
    return _folders_and_sheets(tmp_path_factory, "fjfl", ("sheets_FJ", "sheets_FL"))


@pytest.fixture(scope="session")
def fnfo_service(tmp_path_factory):
    """Dev sets FN's and FO's eight sheets (地域コミュニティデジタル化支援, リチウムイオン電池等適正排出推進, 暴走行為・騒音運転対策推進,
    県立高校制服等保護者負担軽減; 市町村法務支援, 中山間地域観光資源磨き上げ支援, 搬出間伐推進, 複式学級・小規模校教育充実), and AT's
    交番機能強化 (whose sheet writes 町内会の回覧)."""
    return _folders_and_sheets(tmp_path_factory, "fnfo", ("sheets_FN", "sheets_FO"), singles=(("sheets_AT", "15-37-09"),))


@pytest.fixture(scope="session")
def fpfq_service(tmp_path_factory):
    """Dev sets FP's and FQ's eight sheets (若者公共交通利用促進, 小児・ＡＹＡ世代がん患者支援, ３Ｄ都市モデル整備・活用推進,
    県営水道お客さまサービスデジタル化推進; 国際規格認証取得支援, 業務用野菜契約取引拡大, 学校スキー・スケート授業支援,
    こども体験機会応援), and EE's 小中学校学力向上推進 (whose 細事業 授業改善支援事業 shares 授業支援 with 「スキー授業支援」)."""
    return _folders_and_sheets(tmp_path_factory, "fpfq", ("sheets_FP", "sheets_FQ"), singles=(("sheets_EE", "12-39-04"),))


@pytest.fixture(scope="session")
def frft_service(tmp_path_factory):
    """Dev sets FF's, FR's and FT's twelve sheets (信州ＳＤＧｓ推進企業登録・活動促進, 身体障害者補助犬普及推進, 建設工事入札・契約
    制度適正化推進, スマートインターチェンジ整備促進; 重層的支援体制整備促進, 騒音・振動・悪臭対策推進, 市町村インフラ維持管理技術支援,
    地域警察デジタル化推進; デジタル地域通貨導入支援, 地域書店連携読書推進, 短時間就労マッチング推進, まちなか居住推進), and the
    sheets their words are shared with: CV's 生活環境保全対策 (騒音監視事業; 「悪臭の苦情」 as typed), FN's 暴走行為・騒音運転対策推進,
    CA's スマート林業推進 and P's スマート農業技術普及推進 (スマート)."""
    return _folders_and_sheets(tmp_path_factory, "frft", ("sheets_FF", "sheets_FR", "sheets_FT"),
                               singles=(("sheets_CV", "06-20-05"), ("sheets_FN", "13-31-02"), ("sheets_CA", "10-81-02"),
                                        ("sheets_P", "09-06-04")))


@pytest.fixture(scope="session")
def fmfsfw_service(tmp_path_factory):
    """Dev sets FM's, FS's and FW's twelve sheets (気象防災アドバイザー活用推進, 産学官連携共同研究推進, 観光地トイレ快適化支援,
    水田高収益作物導入推進; 市町村窓口サービス改善支援, 家内労働対策推進, 畦畔管理省力化推進, 巨樹・名木保全支援; 公立文化施設活性化
    支援, 中小企業若手人材定着支援, スポーツ指導者育成・資質向上, 緊急輸送道路啓開体制強化), and the sheets their words are shared
    with: DO's 信州ロングトレイル活用推進 (休憩施設・トイレ改修補助), DP's 県職員ハラスメント防止対策推進 (外部相談窓口) and
    災害時ドローン活用体制整備 (災害時の課題), CJ's ＨＰＶワクチン接種促進 (ワクチン), CQ's 野生鳥獣農作物被害防止対策 (鳥獣被害)
    and K's 若者県内就職促進 (インターンシップ)."""
    return _folders_and_sheets(tmp_path_factory, "fmfsfw", ("sheets_FM", "sheets_FS", "sheets_FW"),
                               singles=(("sheets_DO", "08-27-07"), ("sheets_DP", "01-64-08"), ("sheets_DP", "03-21-09"),
                                        ("sheets_CJ", "05-88-03"), ("sheets_CQ", "09-23-06"), ("sheets_K", "07-06-03")))


@pytest.fixture(scope="session")
def fvfkfx_service(tmp_path_factory):
    """Dev sets FV's, FK's and FX's twelve sheets (県民の声広聴推進, グリーン購入推進, バイオ炭農地施用推進, 高校生主権者教育推進;
    病害虫発生予察・防除指導, スクールカウンセラー活用, 技術専門校入校促進・訓練充実, 総合防災訓練推進; 災害時外国人支援体制整備,
    県庁オフィス改革推進, 防犯情報発信強化, 県営水力発電電力地産地消推進), and the sheets their figures and words are shared with:
    CV's 生活環境保全対策 and BP's 定時制・通信制教育充実 (80.2%), BV's 買物弱者対策推進 and BH's 災害派遣精神医療チーム (221),
    EB's 就職氷河期世代活躍支援 (待遇), BJ's 違法駐車対策推進 (花火大会) and the bundled ものづくり人材育成 (技術専門校)."""
    return _folders_and_sheets(tmp_path_factory, "fvfkfx", ("sheets_FV", "sheets_FK", "sheets_FX"),
                               singles=(("sheets_CV", "06-20-05"), ("sheets_BP", "12-79-03"), ("sheets_BV", "02-26-09"),
                                        ("sheets_BH", "05-18-09"), ("sheets_EB", "07-39-05"), ("sheets_BJ", "15-84-08"),
                                        ("sheets", "07-03-02")))


@pytest.fixture(scope="session")
def fy_service(tmp_path_factory):
    """Dev set FY's four sheets (屋外焼却防止・剪定枝資源化推進, 林地開発許可適正化推進, 鉛製給水管解消推進, 警察音楽隊安全安心
    広報推進), and the sheets their words are shared with: CV's 生活環境保全対策 (野焼き, glossed 「野外焼却（野焼き）」 and the
    細事業 野外焼却防止啓発事業), AF's 交通信号機老朽化対策 (老朽化), L's 湖沼水質保全対策 (水質), and AQ's 少年非行防止・立ち直り
    支援 and AJ's 温泉地再生・魅力向上支援, which write コロナ禍 (開催回数 too, on the first)."""
    return _folders_and_sheets(tmp_path_factory, "fy", ("sheets_FY",),
                               singles=(("sheets_CV", "06-20-05"), ("sheets_AF", "15-97-02"), ("sheets_L", "06-05-02"),
                                        ("sheets_AQ", "15-00-02"), ("sheets_AJ", "08-22-03")))


@pytest.fixture(scope="session")
def fz_service(tmp_path_factory):
    """Dev set FZ's four sheets (信州博物館ネットワーク推進, オリンピック・パラリンピックレガシー継承推進, 水道漏水防止対策推進,
    運転適性相談推進), and the sheets their words are shared with: AW's 県立美術館来館促進 (企画展), EG's 戦争体験継承・平和学習
    推進 (語り部) and Z's 運転免許手続利便性向上 (免許)."""
    return _folders_and_sheets(tmp_path_factory, "fz", ("sheets_FZ",),
                               singles=(("sheets_AW", "02-73-05"), ("sheets_EG", "13-99-05"), ("sheets_Z", "15-16-02"),
                                        ("sheets_DQ", "15-67-01")))


@pytest.fixture(scope="session")
def gbgc_service(tmp_path_factory):
    """Dev sets GB's and GC's eight sheets (地域活性化起業人活用推進, 介護助手導入促進, 信州くるみ産地再生推進, 水道技術継承・
    人材育成推進; エコツーリズム推進, 勤労者生活資金融資, 木製ガードレール普及推進, 道路情報提供高度化推進), and the sheets their
    words are shared with: AO's 農村女性起業支援 (起業), DI's 使用済太陽光パネルリサイクル推進 (事業者向け説明会), M's オリジナル
    品種ブランド力強化, AT's 花き生産振興 and AX's 信州米需要拡大推進 (each a 細事業 首都圏フェア) and BJ's 中小企業融資制度運営
    (融資)."""
    return _folders_and_sheets(tmp_path_factory, "gbgc", ("sheets_GB", "sheets_GC"),
                               singles=(("sheets_AO", "09-73-02"), ("sheets_DI", "04-72-12"), ("sheets_M", "09-05-03"),
                                        ("sheets_AT", "09-46-09"), ("sheets_AX", "09-31-08"), ("sheets_BJ", "07-81-08")))


@pytest.fixture(scope="session")
def gdge_service(tmp_path_factory):
    """Dev sets GD's and GE's eight sheets (インターネット上の誹謗中傷等対策推進, アスパラガス産地再生支援, 特別支援学校教室不足解消推進,
    盗撮等被害防止対策推進; 集落支援員活用推進, 機能性表示食品開発支援, 風雪被害森林再生, 高校生アントレプレナーシップ教育推進), and the
    sheets whose figures they share: CG's 基金等資金運用推進 (受講者 18人 in R4), AQ's ジュニアアスリート発掘・育成 and BD's 道路照明
    LED化推進 (162基)."""
    return _folders_and_sheets(tmp_path_factory, "gdge", ("sheets_GD", "sheets_GE"),
                               singles=(("sheets_CG", "17-60-04"), ("sheets_AQ", "08-95-02"), ("sheets_BD", "11-28-03")))


@pytest.fixture(scope="session")
def gg_service(tmp_path_factory):
    """Dev set GG's four sheets (１１９番通報多様化対応推進, 統計調査員確保・育成, 不用品回収適正化推進, 水道水源林保全推進) and AJ's
    ドクターヘリ運航体制確保 (an indicator named 119番の要請から…)."""
    return _folders_and_sheets(tmp_path_factory, "gg", ("sheets_GG",), singles=(("sheets_AJ", "05-28-02"),))


@pytest.fixture(scope="session")
def gfgh_service(tmp_path_factory):
    """Dev sets GF's and GH's eight sheets (社会福祉法人経営力強化支援, 林業新規参入支援, 県立図書館ビジネス支援サービス推進, 企業局
    施設技術実証フィールド提供; 県出資等外郭団体経営改革推進, 産業人材住まい確保支援, 野菜価格安定対策, 信州鉄道旅誘客推進)."""
    return _folders_and_sheets(tmp_path_factory, "gfgh", ("sheets_GF", "sheets_GH"))


@pytest.fixture(scope="session")
def gijl_service(tmp_path_factory):
    """Dev sets GI's, GJ's and GL's twelve sheets (悪質商法・不当表示対策, 地域包括支援センター機能強化, 夏秋いちご産地強化, 横断
    歩道橋集約・撤去; 県境地域連携, 観光人材確保・育成, 都市計画道路見直し, 子育て家庭おでかけ環境整備; 地震被害想定・地域減災対策,
    防災拠点自立分散型エネルギー導入支援, 信州まつたけ山づくり, 特異な才能のある児童生徒の学び支援)."""
    return _folders_and_sheets(tmp_path_factory, "gijl", ("sheets_GI", "sheets_GJ", "sheets_GL"))


@pytest.fixture(scope="session")
def gmno_service(tmp_path_factory):
    """Dev sets GM's, GN's and GO's twelve sheets (ラジオ難聴地域解消, 地域商社育成支援, 高速道路交通安全対策, こども医療費助成;
    租税教育, 子育て用品等リユース, 市民農園・農業体験, 子ども会・地域青少年活動支援; 小児初期救急医療体制確保, 総合型地域スポーツ
    クラブ育成支援, 克雪住宅普及促進, 県立中高一貫教育推進)."""
    return _folders_and_sheets(tmp_path_factory, "gmno", ("sheets_GM", "sheets_GN", "sheets_GO"))


@pytest.fixture(scope="session")
def gqru_service(tmp_path_factory):
    """Dev sets GQ's, GR's and GU's twelve sheets (地熱資源活用推進, 中小企業経営革新計画推進, うるし林育成推進, 企業メセナ・文化
    芸術支援促進; 中小事業所労働災害防止推進, 生活福祉資金借受人生活再建支援, やさしい日本語普及推進, 信州ＥＳＤ推進; 環境放射能
    監視体制整備, 針広混交林化推進, 県営水力発電所大規模改修, 不法就労防止対策推進)."""
    return _folders_and_sheets(tmp_path_factory, "gqru", ("sheets_GQ", "sheets_GR", "sheets_GU"))


@pytest.fixture(scope="session")
def gvw_service(tmp_path_factory):
    """Dev sets GV's and GW's eight sheets (防火対象物安全対策推進, 非正規雇用労働者正社員化促進, 多自然川づくり推進, 児童養護施設等
    職員確保・定着支援; 土地取引適正化・地価調査, 薬剤耐性（ＡＭＲ）対策推進, 農業水路等転落事故防止対策, 校庭芝生化推進)."""
    return _folders_and_sheets(tmp_path_factory, "gvw", ("sheets_GV", "sheets_GW"))


@pytest.fixture(scope="session")
def gzhc_service(tmp_path_factory):
    """Dev sets GZ's and HC's eight sheets (地震保険等加入促進, 仕事と介護の両立支援, 山菜資源保全・活用推進, 障がい者の生涯学習推進;
    女性消防吏員活躍推進, クラウドファンディング活用販路開拓支援, 公共土木施設災害復旧推進, 警察署庁舎等整備)."""
    return _folders_and_sheets(tmp_path_factory, "gzhc", ("sheets_GZ", "sheets_HC"))
