"""Foreign names written in Hangul, read back into Latin letters.

Korean-language sources, the DPRK's own media first, write the Russian officials of the
DPRK–Russia cooperation in Hangul by the Korean rules for foreign words: 세르게이 쇼이구
(Sergei Shoigu), 안드레이 벨로우소프 (Andrei Belousov), 세르게이 라브로프 (Sergei
Lavrov). Read as Korean syllables (``se reu ge i syo i gu``) such a name meets nothing.
:func:`read_foreign_hangul` reads it the other way: each syllable's consonants and vowel
as the transcription rules write a foreign sound, a syllable with the silent vowel ㅡ as its
consonant alone (르 r, 브 v, 드 d, 프 f), a final 프 as the v of -ov, ㄹ before ㄹ as one
l (블라 vla). The result is a Latin spelling near the English one (``sergei shoigu``,
``andrei belousov``, ``sergei lavrov``), and the matcher's romanisation keys and edit
budget take it the rest of the way.

Only names that do not read as Korean get this reading (:func:`looks_foreign`): a word of a
syllable with the silent ㅡ and no final (Korean names have none), or a name whose first
word is not led by a Korean surname.
"""

from __future__ import annotations

from functools import lru_cache

from sanctions_screen.normalize.korean import hangul_jamo, is_hangul_syllable

__all__ = ["looks_foreign", "read_foreign_hangul"]

# Initial consonants in Unicode order, as foreign sounds: ㄱ g, ㄲ k, ㄴ n, ㄷ d, ㄸ t,
# ㄹ r (l at a word's start and after a final ㄹ), ㅁ m, ㅂ b, ㅃ p, ㅅ s, ㅆ s, ㅇ none,
# ㅈ z (з and ж), ㅉ ts, ㅊ ch, ㅋ k, ㅌ t, ㅍ p, ㅎ kh (х).
_INITIAL = "g k n d t r m b p s s - z ts ch k t p kh".split()  # noqa: SIM905
# Vowels in Unicode order: ㅏ a, ㅐ e, ㅑ ya, ㅒ ye, ㅓ o, ㅔ e, ㅕ ye, ㅖ ye, ㅗ o, ㅘ va,
# ㅙ ve, ㅚ ve, ㅛ yo, ㅜ u, ㅝ vo, ㅞ ve, ㅟ vi, ㅠ yu, ㅡ (silent), ㅢ i, ㅣ i.
_MEDIAL = "a e ya ye o e ye ye o va ve ve yo u vo ve vi yu - i i".split()  # noqa: SIM905
# Finals in Unicode order (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ
# ㅊ ㅋ ㅌ ㅍ ㅎ).
_FINAL = "- k k ks n n n t l l l l l l l l m p ps t t ng t t k t p t".split()  # noqa: SIM905
_SILENT = 18  # ㅡ
_RIEUL = 5  # ㄹ as an initial
_RIEUL_FINAL = 8
_SIEUT = 9  # ㅅ
_BIEUP = 7  # ㅂ
_PIEUP = 17  # ㅍ
_NONE = 11  # ㅇ
_CHIEUT = 14  # ㅊ
_I = 20  # ㅣ
_BIEUP_FINAL = 17
# ㅅ before these vowels is ш: 쇼 sho, 샤 sha, 슈 shu.
_SH_VOWELS = {"ya": "a", "yo": "o", "yu": "u", "ye": "e"}

# Korean surnames (of one syllable, and the common ones of two): a name
# whose first word begins with one and is two to four syllables long reads as Korean.
_SURNAME_TABLE = (
    "김 리 이 박 최 정 조 강 윤 임 림 오 서 신 권 안 전 유 류 고 문 노 로 심 성 주 우 구 현 "
    "변 금 곽 엄 석 선 육 국 한 황 송 장 홍 백 허 남 차 하 방 양 량 손 배 진 명 태 함 염 공 "
    "원 탁 려 여 라 나 마 왕 천 인 지 채 기 도 봉 길 용 표 편 반 설 맹 모 위 음 제 사 황보 "
    "남궁 선우 독고 제갈 동방 서문"
)
_KOREAN_SURNAMES = frozenset(_SURNAME_TABLE.split())


def looks_foreign(text: str) -> bool:
    """Whether folded Hangul ``text`` reads as a foreign name rather than a Korean one.

    Example:
        >>> looks_foreign("세르게이 쇼이구"), looks_foreign("푸틴"), looks_foreign("김정은")
        (True, True, False)
        >>> looks_foreign("리 병철"), looks_foreign("남궁 민")
        (False, False)
    """
    words = text.split()
    if not words or not all(is_hangul_syllable(c) for w in words for c in w):
        return False
    for word in words:
        for char in word:
            _, medial, final = hangul_jamo(char)
            if medial == _SILENT and final == 0:
                return True  # 르, 브, 드, 프, ...: a consonant with no vowel of its own
    first = words[0]
    korean = first[:1] in _KOREAN_SURNAMES or first[:2] in _KOREAN_SURNAMES
    if len(words) == 1:
        return not (korean and 2 <= len(first) <= 4)
    return not (korean and all(len(w) <= 3 for w in words))


def _read_word(word: str, *, russian: bool) -> str:
    """One Hangul word read as a foreign word. ``russian``: ㅂ is в (v) and a word's first
    ㄹ is л (l), as in most Russian names (Valery, Lavrov); else б (b) and р (r)
    (Belousov, Ramzan)."""
    out: list[str] = []
    previous_final = 0
    for index, char in enumerate(word):
        initial, medial, final = hangul_jamo(char)
        last = index == len(word) - 1
        onset = _INITIAL[initial]
        if initial == _RIEUL:
            if previous_final == _RIEUL_FINAL:
                onset = ""  # 블라 vla, 벨로 belo: one l
            elif index == 0:
                onset = "l" if russian else "r"
        if initial == _BIEUP and russian:
            onset = "v"
        vowel = _MEDIAL[medial]
        if medial == _SILENT:
            # The silent vowel: 르 r, 드 d, 블 vl; before another final, a short e.
            vowel = "" if final in (0, _RIEUL_FINAL) else "e"
            if initial == _BIEUP:
                onset = "v"  # 브: в (Yevgeny, Lavrov)
            elif initial == _PIEUP and final == 0:
                onset = "v" if last else "p"  # a final 프: -ov, -ev
        if initial == _SIEUT and vowel in _SH_VOWELS:
            onset, vowel = "sh", _SH_VOWELS[vowel]
        if onset == "-":
            onset = ""
            if medial == _I and out and out[-1][-1:] in "aeiou" and not last:
                vowel = "i"  # 이 after a vowel: й (Sergei, Nikolai)
        if initial == _CHIEUT and medial == _I and final == 0:
            following = hangul_jamo(word[index + 1])[0] if not last else None
            if following is None or following != _NONE:
                vowel = ""  # 치 before a consonant or at the end: ч (Krivoruchko, -vich)
        coda = _FINAL[final]
        if coda == "-":
            coda = ""
        elif final == _BIEUP_FINAL and russian:
            coda = "v"  # 옙쿠로프: в before a voiceless consonant
        out.append(onset + vowel + coda)
        previous_final = final
    return "".join(out)


@lru_cache(maxsize=4096)
def read_foreign_hangul(text: str) -> tuple[str, ...]:
    """A foreign (Russian, English, ...) name in Hangul read back into Latin letters, one
    Latin word per Hangul word: first with ㅂ as v and a first ㄹ as l, as most Russian
    names have them, then with b and r where that differs.

    Args:
        text: Folded text in Hangul.

    Example:
        >>> read_foreign_hangul("세르게이 쇼이구")
        ('sergei shoigu',)
        >>> read_foreign_hangul("세르게이 라브로프")
        ('sergei lavrov', 'sergei ravrov')
        >>> read_foreign_hangul("블라디미르 푸틴")[0], read_foreign_hangul("안드레이 벨로우소프")[1]
        ('vladimir putin', 'andrei belousov')
    """
    forms = (
        " ".join(
            _read_word(word, russian=russian) if all(map(is_hangul_syllable, word)) else word
            for word in text.split()
        )
        for russian in (True, False)
    )
    return tuple(dict.fromkeys(forms))
