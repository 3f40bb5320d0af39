"""Russian names written in Chinese characters, read back into Latin letters.

Chinese writes a foreign name with a fixed set of characters chosen for their sound (the
Xinhua tables): 谢尔盖·绍伊古 is Sergei Shoigu, 拉夫罗夫 Lavrov, 别洛乌索夫 Belousov. Their
pinyin (``xie er gai shao yi gu``) is far from the English spelling.
:func:`read_foreign_han` reads each character by the Russian sound it stands for
(:data:`RUSSIAN_SOUNDS`: 谢 se, 尔 r, 盖 gei, 夫 v, 罗 ro, 洛 lo, ...), so
谢尔盖·绍伊古 reads ``sergei shoigu``; the matcher's romanisation keys and edit budget
take it the rest of the way.

Only a name of two words or more (Chinese cuts a foreign name at ·) whose every character
is in the table gets this reading: a Chinese name has one word.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["RUSSIAN_SOUNDS", "read_foreign_han"]

#: Characters of the Chinese transcription of Russian names (simplified), and the Russian
#: sound each stands for, in English letters. Hand-written: no maintained library reads
#: these back.
RUSSIAN_SOUNDS: dict[str, str] = {
    "阿": "a", "安": "an", "奥": "o", "埃": "e", "叶": "ye", "耶": "ye", "伊": "i",
    "亚": "ya", "尤": "yu", "乌": "u", "巴": "ba", "鲍": "bo", "贝": "be", "别": "be",
    "比": "bi", "波": "po", "博": "bo", "布": "b", "达": "da", "大": "d", "丹": "dan",
    "德": "d", "迪": "di", "蒂": "ti", "杜": "du", "多": "do", "法": "fa", "费": "fe",
    "菲": "fi", "夫": "v", "弗": "v", "福": "fo", "加": "ga", "盖": "gei", "冈": "gan",
    "戈": "go", "格": "ge", "根": "gen", "古": "gu", "哈": "kha", "赫": "kh", "霍": "kho",
    "基": "ki", "吉": "gi", "卡": "ka", "科": "ko", "克": "k", "库": "ku", "拉": "la",
    "莱": "le", "列": "le", "烈": "rei", "雷": "re", "利": "li", "里": "ri", "历": "li",
    "丽": "li", "莲": "len", "柳": "lyu", "洛": "lo", "罗": "ro", "卢": "lu", "鲁": "ru",
    "马": "ma", "玛": "ma", "曼": "man", "梅": "me", "米": "mi", "莫": "mo", "穆": "mu",
    "姆": "m", "纳": "na", "娜": "na", "内": "ne", "尼": "ni", "诺": "no", "帕": "pa",
    "彼": "pe", "皮": "pi", "普": "p", "萨": "sa", "谢": "se", "西": "si", "索": "so",
    "苏": "su", "斯": "s", "山": "san", "塔": "ta", "捷": "te", "季": "ti", "托": "to",
    "图": "tu", "特": "t", "瓦": "va", "韦": "ve", "维": "vi", "沃": "vo", "娃": "va",
    "扎": "za", "泽": "ze", "济": "zi", "佐": "zo", "兹": "z", "切": "che", "奇": "ch",
    "舍": "she", "舒": "shu", "什": "sh", "绍": "sho", "尔": "r", "京": "tin", "任": "zhin",
    "杰": "de", "延": "yen", "赞": "zan", "金": "kin", "钦": "chin", "琴": "chin",
    "科夫": "kov", "诺夫": "nov", "罗夫": "rov", "洛夫": "lov", "耶维奇": "yevich",
    "维奇": "vich", "耶夫娜": "yevna", "夫娜": "vna",
    # Given names, written by convention rather than sound by sound.
    "谢尔盖": "sergei", "安德烈": "andrei", "弗拉基米尔": "vladimir", "德米特里": "dmitri",
    "尼古拉": "nikolai", "亚历山大": "aleksandr", "玛丽亚": "mariya", "米哈伊尔": "mikhail",
    "叶夫根尼": "yevgeni", "阿列克谢": "aleksei", "丹尼斯": "denis", "瓦莲京娜": "valentina",
    "瓦伦蒂娜": "valentina", "康斯坦丁": "konstantin", "伊万": "ivan", "瓦列里": "valeri",
    "鲍里斯": "boris", "维克托": "viktor", "尤里": "yuri", "奥列格": "oleg", "伊戈尔": "igor",
    "彼得": "pyotr", "帕维尔": "pavel", "安东": "anton", "罗曼": "roman", "马克西姆": "maksim",
    "叶连娜": "yelena", "奥尔加": "olga", "娜塔莉亚": "natalya", "塔季扬娜": "tatyana",
    "伊琳娜": "irina", "斯维特兰娜": "svetlana", "根纳季": "gennadi", "瓦西里": "vasili",
    "格奥尔基": "georgi", "列昂尼德": "leonid", "阿纳托利": "anatoli", "拉姆赞": "ramzan",
    "维亚切斯拉夫": "vyacheslav", "尤努斯别克": "yunusbek", "普京": "putin",
}  # fmt: skip
_LONGEST = max(map(len, RUSSIAN_SOUNDS))


def _read_word(word: str) -> str | None:
    out: list[str] = []
    i = 0
    while i < len(word):
        for size in range(min(_LONGEST, len(word) - i), 0, -1):
            sound = RUSSIAN_SOUNDS.get(word[i : i + size])
            if sound is not None:
                out.append(sound)
                i += size
                break
        else:
            return None
    return "".join(out)


@lru_cache(maxsize=4096)
def read_foreign_han(text: str) -> tuple[str, ...]:
    """A Russian name in Chinese characters read back into Latin letters, one word per
    word; empty unless the name has two words or more and every character is in
    :data:`RUSSIAN_SOUNDS`.

    Args:
        text: Folded text in Han characters (its · already a space).

    Example:
        >>> read_foreign_han("谢尔盖 绍伊古"), read_foreign_han("谢尔盖 拉夫罗夫")
        (('sergei shoigu',), ('sergei lavrov',))
        >>> read_foreign_han("习近平"), read_foreign_han("王 伟")
        ((), ())
    """
    words = text.split()
    if len(words) < 2:
        return ()
    read = [_read_word(word) for word in words]
    if any(r is None for r in read):
        return ()
    return (" ".join(r for r in read if r),)
