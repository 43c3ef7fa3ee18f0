"""Which part of a full name in one field is the family name: by the script, the country and the name itself.

- CJK script: family name first (山田 太郎, 王 小明, 김 민준).
- A Latin name from a country that writes the family name first: Japan, China, Taiwan, Hong Kong, Macao,
  Korea, Vietnam (Nguyễn Văn An: family Nguyễn) and Hungary (Nagy László).
- Singapore and Malaysia: family first when the first word is a Chinese surname as romanised there
  (Tan Wei Ming, Lim Bee Hoon); otherwise given first (Siti Aminah, Rajesh Kumar).
- Patronymic names — Malay ``bin``/``binti``, Tamil ``a/l``/``a/p``/``s/o``/``d/o`` — have no family name to
  split off: they are kept whole.
- A word in capitals beside others in mixed case is the family name, wherever it stands (TANAKA Hiroshi,
  Hiroshi TANAKA): business cards and fair badges write it so.
- Otherwise the last word is the family name.

:func:`order` gives the rule (shown in the import preview, which lets the user flip it); the intake's
``split_name`` applies it.
"""

from __future__ import annotations

import re

FAMILY_FIRST = "family_first"
GIVEN_FIRST = "given_first"
WHOLE = "whole"

# Countries whose names, in Latin letters too, put the family name first.
FAMILY_FIRST_LATIN = frozenset({"JP", "CN", "TW", "HK", "MO", "KR", "KP", "VN", "HU"})
# Where a Chinese name (family first) and Malay or Indian names (no family name first) live side by side.
CHINESE_SURNAME_COUNTRIES = frozenset({"SG", "MY", "BN"})
# Common Chinese surnames as romanised in Singapore and Malaysia (Hokkien, Teochew, Cantonese, Hakka, Hainanese)
# and in pinyin.
CHINESE_SURNAMES = frozenset("""
ang au aw boey cha chai chan chang chao chau chee chen cheng cheong cheung chew chia chiam chiang chin chng choi
chong choo chou chow chu chua chuah chung eng fan fong foo fu gan gao goh gwee han heng ho hoe hong hoo hu huang
hui kang kee khoo khor kiew koh kok kong kow kuah kwa kwan kwek kwok lai lam lau law lee leong leow leung li liang
liao liew lim lin ling liu lo loh loi loke loo low lu luo ma mah mak man mo mok neo ng ngiam oh ong ooi pang peh
phang phua poh quah quek see seah seet sia siah sim sin sng soh soo song su sun tai tam tan tang tay tee teh teng
teo teoh tham thong tian tien toh tong tsang tsui wah wan wang wee wong woo wu xu yang yao yap yee yeo yeoh yip
yong yu yuen zhang zhao zheng zhou zhu
""".split())
# Words that join a patronymic: the name has no family name to split off.
_PATRONYMIC = re.compile(r"(?i)(?:^|\s)(?:bin|binti|binte|bt\.?|a/l|a/p|s/o|d/o)(?:\s|$)")


def order(text: str, country: str | None) -> tuple[str, str]:
    """(``FAMILY_FIRST`` | ``GIVEN_FIRST`` | ``WHOLE``, the rule's name) for a Latin full name of 2+ words."""
    words = text.split()
    code = (country or "").upper()
    if _PATRONYMIC.search(text):
        return WHOLE, "patronymic"
    capitals = [i for i, w in enumerate(words) if w.isupper() and len(w) > 1 and w.isalpha()]
    if len(capitals) == 1 and len(words) > 1 and any(not w.isupper() for w in words):
        return (FAMILY_FIRST if capitals[0] == 0 else GIVEN_FIRST), "capitals"
    if code in FAMILY_FIRST_LATIN:
        return FAMILY_FIRST, f"country_{code.lower()}" if code in ("VN", "HU") else "country"
    if code in CHINESE_SURNAME_COUNTRIES and words[0].casefold().rstrip(",") in CHINESE_SURNAMES:
        return FAMILY_FIRST, "chinese_surname"
    return GIVEN_FIRST, "default"


def flipped(kind: str) -> str:
    return {FAMILY_FIRST: GIVEN_FIRST, GIVEN_FIRST: FAMILY_FIRST}.get(kind, FAMILY_FIRST)
