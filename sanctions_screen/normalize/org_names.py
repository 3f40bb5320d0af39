"""Organisation names written in Korean or Chinese, read as the lists write them.

The lists name DPRK firms and bodies in English words around a romanised proper name:
조선련봉총회사 is ``Korea Ryonbong General Corporation``, 외국무역은행 ``Foreign Trade
Bank``, 丹东鸿祥实业发展有限公司 ``Dandong Hongxiang Industrial Development Co., Ltd``.
Reading such a name syllable by syllable (``jo son ryon bong chong hoe sa``) meets none
of them. :func:`read_korean_org_name` and :func:`read_han_org_name` cut a name into the
business words of :data:`KOREAN_ORG_WORDS` and :data:`CHINESE_ORG_WORDS` and the proper
name between them (the cut that leaves the fewest characters outside business words),
give each business word in English and write the proper name as one romanised word:
McCune-Reischauer in the DPRK style (``ryonbong``, ``kwangson``), Revised Romanisation as
a second form, and Mandarin pinyin by two characters for a Chinese firm (``dandong
hongxiang``).

In Han characters a piece whose Sino-Korean reading is a word of the Korean table is that
word (軍需工業部 is 군수공업부, munitions industry department), so a DPRK body written by a
Chinese or Japanese counterparty reads as its Korean name does; katakana among kanji
(タンチョン商業銀行) is read as a Korean proper name. A body named with the body it belongs
to (조선로동당 군수공업부) also gets a form without it.

A name is read so only when it has a word that says what kind of body it is
(:data:`KIND_WORDS`: company, bank, trading, bureau, ...), stands beside a legal form, or
has some business word and more characters than a personal name has: a personal name is
left to the name readers. No translation library covers these words; the tables are
hand-written from the DPRK entries of the UN, EU and OFAC lists and the words Chinese and
Korean company names are made of. Brand names translated or sound-spelt in English
(保利 Poly, 思凯沃克 Skywalker) are beyond them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache, partial

from sanctions_screen.normalize.han import pinyin_syllables, sino_korean_reading
from sanctions_screen.normalize.korean import is_hangul_syllable, romanize_hangul_word
from sanctions_screen.normalize.korean_kana import read_korean_katakana_word
from sanctions_screen.normalize.other_scripts import romanize_kana

__all__ = [
    "CHINESE_ORG_WORDS",
    "KIND_WORDS",
    "KOREAN_ORG_WORDS",
    "MIN_ORG_LENGTH",
    "SHORTEST_NAME_SHAPE",
    "read_han_org_name",
    "read_korean_org_name",
]

#: Korean business words (DPRK spelling first, then the South's where it differs) and
#: the English the lists use for them.
KOREAN_ORG_WORDS: dict[str, str] = {
    "조선": "korea",
    "외국": "foreign",
    "대외": "external|foreign",
    "국제": "international",
    "중앙": "central",
    "국가": "state|national",
    "인민": "peoples",
    "인민군": "peoples army",
    "로동당": "workers party",
    "노동당": "workers party",
    "무역": "trading",
    "무역은행": "trade bank",
    "상사": "trading company",
    "회사": "company",
    "총회사": "general corporation",
    "공사": "corporation",
    "총공사": "general corporation",
    "합영": "joint venture",
    "합작": "joint venture",
    "은행": "bank",
    "신용": "credit",
    "보험": "insurance",
    "투자": "investment",
    "상업": "commercial",
    "개발": "development",
    "발전": "development",
    "광업": "mining",
    "광산": "mine",
    "공업": "industry",
    "군수": "munitions",
    "해운": "shipping|maritime",
    "해사": "maritime",
    "원양": "ocean",
    "관리": "management",
    "선박": "ship",
    "기술": "technology",
    "과학": "science",
    "과학원": "academy of sciences",
    "기계": "machinery",
    "설비": "equipment",
    "전자": "electronics",
    "화학": "chemical",
    "석유": "oil",
    "에네르기": "energy",
    "에너지": "energy",
    "건설": "construction",
    "수출입": "export import",
    "원자력": "atomic energy|nuclear",
    "로케트": "rocket",
    "로켓": "rocket",
    "전람": "exhibition",
    "조선민주주의인민공화국": "dprk",
    "연구소": "research centre",
    "연구원": "research institute",
    "대학": "university",
    "위원회": "committee|commission",
    "경제": "economic",
    "총국": "general bureau",
    "정찰": "reconnaissance",
    "국방": "defence",
    "그룹": "group",
    "항공": "air|aviation",
    "우주": "aerospace",
    "개발국": "development administration",
    "감독": "supervision",
    "감독국": "supervision bureau",
    # Ministries (성) and departments (부) as the DPRK names them; 성 and 부 alone are
    # too common as syllables to be words.
    "공업성": "industry ministry",
    "공업부": "industry department",
    "보위성": "security ministry",
    "보위부": "security department",
    "안전보위성": "security ministry",
    "안전보위부": "security department",
    "안전": "security",
    "외무성": "foreign ministry",
    "국방성": "defence ministry",
    "선전": "propaganda",
    "선동부": "agitation department",
    "군사": "military",
    "호실": "office",
    "창작사": "art studio",
    "민족": "national",
    "종합": "complex|general",
    "수입": "import",
    "수출": "export",
    "전략군": "strategic force",
    "전략": "strategic",
    "통일": "unification",
    "해외": "overseas",
}

#: Chinese business words, simplified and traditional, and their English.
CHINESE_ORG_WORDS: dict[str, str] = {
    "朝鲜": "korea",
    "朝鮮": "korea",
    "中国": "china",
    "中國": "china",
    "香港": "hong kong",
    "国际": "international",
    "國際": "international",
    "贸易": "trading",
    "貿易": "trading",
    "商贸": "trading",
    "商貿": "trading",
    "实业": "industrial",
    "實業": "industrial",
    "发展": "development",
    "發展": "development",
    "开发": "development",
    "開發": "development",
    "矿业": "mining",
    "礦業": "mining",
    "技术": "technology",
    "技術": "technology",
    "科技": "technology",
    "集团": "group",
    "集團": "group",
    "公司": "company",
    "总公司": "general corporation",
    "總公司": "general corporation",
    "会社": "company",
    "會社": "company",
    "银行": "bank",
    "銀行": "bank",
    "海运": "shipping",
    "海運": "shipping",
    "航运": "shipping",
    "航運": "shipping",
    "船务": "shipping",
    "船務": "shipping",
    "物流": "logistics",
    "进出口": "import export",
    "進出口": "import export",
    "电子": "electronics",
    "電子": "electronics",
    "机械": "machinery",
    "機械": "machinery",
    "工业": "industry",
    "工業": "industry",
    "能源": "energy",
    "化工": "chemical",
    "金属": "metal",
    "金屬": "metal",
    "材料": "materials",
    "投资": "investment",
    "投資": "investment",
    "航空": "aviation|air",
    # Japanese forms (shinjitai) of the same words, and bodies' words all three write.
    "鉱業": "mining",
    "開発": "development",
    "総公司": "general corporation",
    "総合": "general",
    "商业": "commercial",
    "商業": "commercial",
    "信用": "credit",
    "外国": "foreign",
    "外國": "foreign",
    "对外": "external|foreign",
    "對外": "external|foreign",
    "対外": "external|foreign",
    "中央": "central",
    "国家": "state|national",  # 国家航天局: China National Space Administration
    "國家": "state|national",
    "保险": "insurance",
    "保險": "insurance",
    "保険": "insurance",
    "矿山": "mine",
    "礦山": "mine",
    "鉱山": "mine",
    "建设": "construction",
    "建設": "construction",
    "合弁": "joint venture",
    "原子力": "atomic energy|nuclear",
    "原子能": "atomic energy|nuclear",
    "总局": "general bureau",
    "總局": "general bureau",
    "総局": "general bureau",
    "委员会": "committee",
    "委員會": "committee",
    "委員会": "committee",
    "研究所": "research institute",
    "研究院": "research institute",
    "人民军": "peoples army",
    "人民軍": "peoples army",
    "劳动党": "workers party",
    "勞動黨": "workers party",
    "労働党": "workers party",
    "航天": "aerospace",
    "宇航": "aerospace",
    "发动机": "engine",
    "發動機": "engine",
    "石油": "oil",
    "石化": "petrochemical",
    "机床": "machine tool",
    "機床": "machine tool",
    "通用": "general",
    "激光": "laser",
    "科贸": "technology trading",
    "科貿": "technology trading",
    "船舶": "ship",
    "化学": "chemical",
    "化學": "chemical",
    "钢铁": "steel",
    "鋼鐵": "steel",
    "重工": "heavy industry",
    "光电": "optoelectronics",
    "光電": "optoelectronics",
    "半导体": "semiconductor",
    "半導體": "semiconductor",
    "微电子": "microelectronics",
    "微電子": "microelectronics",
    "仪器": "instruments",
    "儀器": "instruments",
    "设备": "equipment",
    "設備": "equipment",
    "精密": "precision",
    "制造": "manufacturing",
    "製造": "manufacturing",
    "工程": "engineering",
    "控股": "holdings",
    "环球": "global",
    "環球": "global",
    "合营": "joint venture",
    "合營": "joint venture",
    # Words whose Korean reading is another word of the Korean table (see _HanWords).
    "造船": "shipbuilding",  # 조선, Korea
    "发电": "power",  # 발전, development
    "發電": "power",
    "信贷": "credit",
    "信貸": "credit",
    "外贸": "foreign trade",
    "外貿": "foreign trade",
    "对外贸易": "foreign trade",
    "對外貿易": "foreign trade",
    "対外貿易": "foreign trade",
    "火箭": "rocket",
    "导弹": "missile",
    "導彈": "missile",
    "战略": "strategic",
    "戰略": "strategic",
    "戦略": "strategic",
    "火箭军": "rocket force",
    "火箭軍": "rocket force",
    "第一": "first",
    "第二": "second",
    "第三": "third",
}

#: English words that say what kind of body a name names: a name with one of them is read
#: as an organisation's (see :func:`_read_words` for the others).
KIND_WORDS: frozenset[str] = frozenset(
    {
        "company",
        "corporation",
        "general corporation",
        "trading",
        "trading company",
        "trade bank",
        "bank",
        "joint venture",
        "group",
        "general bureau",
        "committee",
        "industry department",
        "research centre",
        "research institute",
        "academy of sciences",
        "university",
        "peoples army",
        "workers party",
        "shipping",
        "insurance",
        "logistics",
        "holdings",
        "air",
        "aviation",
        "industry ministry",
        "security ministry",
        "security department",
        "foreign ministry",
        "defence ministry",
        "agitation department",
        "office",
        "art studio",
        "strategic force",
        "rocket force",
    }
)

#: Personal names in Hangul or Han have at most four syllables (two-syllable surnames
#: included, bar a few); a name this long with a business word is an organisation's.
MIN_ORG_LENGTH = 5
#: A name this short is a surname and a given name first (강상사, Kang Sang Sa): read as
#: an organisation's only with two business words (조선은행) or beside a legal form.
SHORTEST_NAME_SHAPE = 3

_KOREAN_LONGEST = max(map(len, KOREAN_ORG_WORDS))
_CHINESE_LONGEST = max(map(len, CHINESE_ORG_WORDS))
_HAN_LONGEST = max(_KOREAN_LONGEST, _CHINESE_LONGEST)
# Korean bodies named in Han characters (Korea, company, Koryo): their proper names take
# Korean readings.
_KOREAN_IN_HAN = ("朝鲜", "朝鮮", "会社", "會社", "高丽", "高麗")
# (会社 is also Japanese: a Japanese firm's proper name then gets a Korean reading, which
# the other forms of the name, pinyin and the Japanese reading, stand beside.)


@lru_cache(maxsize=16384)
def _korean_word(piece: str) -> str | None:
    """The word of :data:`KOREAN_ORG_WORDS` that ``piece`` (two Han characters or more)
    reads as in Sino-Korean, if any."""
    if len(piece) < 2:
        return None
    reading = sino_korean_reading(piece)
    return reading if reading in KOREAN_ORG_WORDS and reading != piece else None


def _han_word(piece: str) -> str | None:
    """The English of a business word in Han characters: the Chinese table's, else the
    Korean table's through its Sino-Korean reading (軍需工業部 reads 군수공업부, munitions
    industry department; 偵察總局 정찰총국): a DPRK body written in Han characters uses the
    words its Korean name is made of."""
    found = CHINESE_ORG_WORDS.get(piece)
    if found is None and (reading := _korean_word(piece)) is not None:
        found = KOREAN_ORG_WORDS[reading]
    return found


def _segment(
    word: str, words: Callable[[str], str | None], longest: int
) -> list[tuple[str, str | None]]:
    """``word`` cut into business words and runs of other characters: the cut that
    leaves the fewest characters outside business words, then the fewest such runs, then
    the fewest pieces (陽光電子 is 陽光 + 電子, not 陽 + 光電 + 子). Each piece comes with
    its English if it is a business word (``words`` gives it), else None."""
    # best[i]: the best cut of word[:i] as (cost, pieces); cost = (outside, runs, pieces).
    best: list[tuple[tuple[int, int, int], list[tuple[str, str | None]]] | None] = [None] * (
        len(word) + 1
    )
    best[0] = ((0, 0, 0), [])
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - longest), end):
            done = best[start]
            piece = word[start:end]
            if done is None or (english := words(piece)) is None:
                continue
            (outside, runs, count), pieces = done
            cost = (outside, runs, count + 1)
            current = best[end]
            if current is None or cost < current[0]:
                best[end] = (cost, [*pieces, (piece, english)])
        # Or one more character outside the business words, extending a run.
        done = best[end - 1]
        assert done is not None  # best[0] is set, and every end extends end - 1
        (outside, runs, count), pieces = done
        if pieces and pieces[-1][1] is None:
            cost = (outside + 1, runs, count)
            extended = [*pieces[:-1], (pieces[-1][0] + word[end - 1], None)]
        else:
            cost = (outside + 1, runs + 1, count + 1)
            extended = [*pieces, (word[end - 1], None)]
        current = best[end]
        if current is None or cost < current[0]:
            best[end] = (cost, extended)
    final = best[len(word)]
    assert final is not None
    return final[1]


def _read_words(
    text: str,
    words: Callable[[str], str | None],
    longest: int,
    renders: Sequence[Callable[[str], str]],
    *,
    known_org: bool = False,
) -> list[str]:
    """``text`` with each business word in English (see :func:`_segment`) and each run of
    other characters rendered by each of ``renders`` in turn: a form per render, then one
    where a word has a second English rendering (``atomic energy|nuclear``), with the
    first render. Empty unless the text names an organisation: it has a kind word, or
    ``known_org`` (a legal form stood beside it), or some business word and more
    characters than a personal name (:data:`MIN_ORG_LENGTH`); and, if it is no longer
    than a personal name's usual shape (:data:`SHORTEST_NAME_SHAPE`), two business words
    or ``known_org``."""
    pieces: list[tuple[str, list[str] | None]] = []  # a run, or a word's renderings
    kind = False
    business = 0
    for word in text.split():
        for piece, english in _segment(word, words, longest):
            if english is None:
                pieces.append((piece, None))
                continue
            options = english.split("|")
            pieces.append((piece, options))
            business += 1
            kind = kind or not KIND_WORDS.isdisjoint(options)
    length = sum(map(len, text.split()))
    if not (kind or (business and (known_org or length >= MIN_ORG_LENGTH))):
        return []
    if length <= SHORTEST_NAME_SHAPE and business < 2 and not known_org:
        return []  # 강상사 is Kang Sang Sa before it is Kang Trading Company

    def form(render: Callable[[str], str], rank: int, start: int = 0) -> str:
        return " ".join(
            render(piece) if options is None else options[min(rank, len(options) - 1)]
            for piece, options in pieces[start:]
        )

    forms = [form(render, 0) for render in renders]
    if any(options is not None and len(options) > 1 for _, options in pieces):
        forms.append(form(renders[0], 1))
    own = _own_name_start(pieces)
    if own:
        forms.append(form(renders[0], 0, own))
    return list(dict.fromkeys(forms))


#: The bodies a DPRK body's name may begin with, as the body it belongs to (조선로동당
#: 군수공업부 is the Party's Munitions Industry Department, 조선인민군 정찰총국 the Army's
#: Reconnaissance General Bureau, 중앙위원회 39호실 the Central Committee's Office 39):
#: the lists leave them out.
PARENT_WORDS = frozenset({"korea", "dprk", "workers party", "peoples army"})


def _own_name_start(pieces: Sequence[tuple[str, list[str] | None]]) -> int:
    """Where a body's own name begins after the bodies it belongs to (0 when it names
    none, or nothing distinctive follows: a proper name or a word not saying what kind of
    body it is)."""
    firsts = [options[0] if options else None for _, options in pieces]
    start = 0
    parent = False
    while start < len(firsts):
        if firsts[start] in PARENT_WORDS:
            parent = parent or firsts[start] in ("workers party", "peoples army")
            start += 1
        elif firsts[start : start + 2] == ["central", "committee"]:
            parent = True
            start += 2
        else:
            break
    rest = pieces[start:]
    distinctive = any(
        options is None or (KIND_WORDS.isdisjoint(options) and options[0] not in PARENT_WORDS)
        for _, options in rest
    )
    return start if parent and rest and distinctive else 0


def _hangul_word(run: str, *, rr: bool = False) -> str:
    """A run of Hangul romanised as one word, MR/DPRK style (``ryonbong``) or in Revised
    Romanisation (``ryeonbong``); other characters kept as they are."""
    return romanize_hangul_word(run, rr=rr) if all(map(is_hangul_syllable, run)) else run


def _by_two(run: str) -> str:
    """A run of Han characters in pinyin, two characters to a word (place, then brand:
    丹东鸿祥 -> 'dandong hongxiang'); an odd last character joins the word before it."""
    syllables = pinyin_syllables(run)
    if len(syllables) != len(run):  # not one syllable per character: keep it whole
        return "".join(syllables) or run
    cuts = list(range(0, len(syllables), 2))
    if len(syllables) % 2 and len(cuts) > 1:
        cuts.pop()
    ends = [*cuts[1:], len(syllables)]
    return " ".join("".join(syllables[a:b]) for a, b in zip(cuts, ends, strict=True))


def _sino_korean_word(run: str) -> str:
    """A run of Han characters in its Sino-Korean reading, MR, as one word (光鲜 ->
    'kwangson'); in pinyin by two characters when a character has no Korean reading."""
    reading = sino_korean_reading(run, surname=False)
    return _by_two(run) if reading is None else _hangul_word(reading)


@lru_cache(maxsize=4096)
def read_korean_org_name(text: str, *, known_org: bool = False) -> tuple[str, ...]:
    """An organisation's name in Hangul as the lists write it in English: the DPRK (MR)
    form, then one with its proper name in Revised Romanisation; empty when the name does
    not read as an organisation's (see :func:`_read_words`).

    Args:
        text: Folded text in Hangul.
        known_org: the text stood beside a legal form: it is an organisation's name
            if it has any business word.

    Example:
        >>> read_korean_org_name("조선련봉총회사")
        ('korea ryonbong general corporation', 'korea ryeonbong general corporation')
        >>> read_korean_org_name("외국무역은행")[0]
        'foreign trade bank'
        >>> read_korean_org_name("김정은")
        ()
    """
    renders = (_hangul_word, partial(_hangul_word, rr=True))
    return tuple(
        _read_words(text, KOREAN_ORG_WORDS.get, _KOREAN_LONGEST, renders, known_org=known_org)
    )


_KATAKANA_RUNS = re.compile("[\u30a1-\u30ff]+|[^\u30a1-\u30ff]+")


def _korean_kana_word(run: str) -> str:
    """A katakana run (a Korean proper name in a Japanese name: 朝鮮リョンボン総会社) as
    one Korean word, else in Japanese (Hepburn)."""
    return read_korean_katakana_word(run) or romanize_kana(run)


def _or_kana(render: Callable[[str], str], kana: Callable[[str], str]) -> Callable[[str], str]:
    """``render`` for runs of Han characters, ``kana`` for runs of katakana in them."""

    def read(run: str) -> str:
        if run.isascii():
            return run
        return " ".join(
            kana(part) if "\u30a1" <= part[0] <= "\u30ff" else render(part)
            for part in _KATAKANA_RUNS.findall(run)
        )

    return read


_KOREAN_RENDERS = (_or_kana(_sino_korean_word, _korean_kana_word),)
_CHINESE_RENDERS = (
    _or_kana(_by_two, romanize_kana),
    _or_kana(_sino_korean_word, _korean_kana_word),
)


@lru_cache(maxsize=4096)
def read_han_org_name(text: str, *, known_org: bool = False) -> tuple[str, ...]:
    """An organisation's name in Han characters as the lists write it in English; empty
    when the name does not read as an organisation's (see :func:`_read_words`).

    Business words are given in English. The proper name between them is read in Korean
    (Sino-Korean, MR, as one word) when the body is Korean (its name has 朝鲜, 高丽 or
    会社); else in pinyin by two characters, as a Chinese firm's, then in Korean.

    Args:
        text: Folded text in Han characters.
        known_org: as for :func:`read_korean_org_name`.

    Example:
        >>> read_han_org_name("丹东鸿祥实业发展")[0]
        'dandong hongxiang industrial development'
        >>> read_han_org_name("朝鲜光鲜银行")
        ('korea kwangson bank',)
        >>> read_han_org_name("金正恩")
        ()
    """
    korean = any(marker in text for marker in _KOREAN_IN_HAN)
    # A Chinese firm's name may be a DPRK firm's written in Han (檀君贸易 is Tangun
    # Trading): its Korean reading comes second. Katakana in a Japanese name is read as
    # a Korean proper name the same way, else in Japanese.
    renders = _KOREAN_RENDERS if korean else _CHINESE_RENDERS
    return tuple(_read_words(text, _han_word, _HAN_LONGEST, renders, known_org=known_org))
