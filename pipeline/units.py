"""The unit lexicon: what a word or symbol after a number measures.

Physical units come from pint's unit registry (names, symbols, plurals and SI
prefixes: "kilometres", "km", "MHz", "kV/cm", "µm"), currencies from Babel's
CLDR data (ISO 4217 codes, symbols and the local symbols of English locales,
names and plurals: "US$", "HK$", "RM", "€", "rupees", "euros"). The project's
own data (`pipeline/data/units.toml`) holds only what neither library knows or
what it reads differently in running text: units of its own (percent, basis
points), names for pint's dimensions, words pint would take for a unit that
are English words first ("a", "at", "are", "hand"), abbreviations pint reads
as something else ("Gbps" is gigabit per second, not gigabaud), the default
currency of a bare "$" or "dollars", and ASCII foldings ("PS40m" for £40m).

Unit ids keep the `dimension:symbol` scheme: `length:km`, `frequency:MHz`,
`temperature:C`, `data:GB`, `currency:MYR`; durations are named
(`duration:hour`). Nothing is loaded at import: the registry and the CLDR
tables are read on first use and kept for the process.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import vocab


@dataclass(frozen=True, slots=True)
class UnitReading:
    unit: str  # the unit id, "length:km"
    noun: str  # a plain noun for it ("kilometers"), what the parser reads


@lru_cache(maxsize=1)
def _registry():
    import pint

    return pint.UnitRegistry()


_data = vocab.units  # loaded once, on first use


def _plural(word: str) -> str:
    if " per " in word:
        first, _, rest = word.partition(" per ")
        return f"{_plural(first)} per {rest}"  # "miles per hour"
    if " " in word and not word.startswith(("square ", "cubic ")):
        first, _, rest = word.partition(" ")
        if rest in ("force",):
            return f"{_plural(first)} {rest}"
    if word.endswith(("hertz", "horsepower", "celsius", "fahrenheit", "Celsius", "Fahrenheit")):
        return word
    if word in _plurals_of():
        return _plurals_of()[word]
    if word.endswith("s") and not word.endswith("ss"):
        return word  # "revolutions", "siemens": already one
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return word[:-1] + "ies"
    return word + "s"


@lru_cache(maxsize=1)
def _plurals_of() -> dict[str, str]:
    # "kilos" reads as kilogram, but the plural of kilogram is "kilograms": clippings only go one way
    return {singular: plural for plural, singular in _data()["irregular_plurals"].items() if len(plural) >= len(singular) - 1}


def _symbol(unit) -> str:
    text = f"{unit:~}"
    text = text.replace(" ** 2", "2").replace(" ** 3", "3").replace("**2", "2").replace("**3", "3")
    return text.replace(" / ", "/").replace(" * ", "·").replace(" ", "")


@lru_cache(maxsize=1)
def _dimension_names() -> list[tuple[dict, str]]:
    """pint's dimensionalities (as dicts: pint does not order their text) and the names the data gives them."""
    ureg = _registry()
    return [(dict(ureg.get_dimensionality(key)), name) for key, name in _data()["dimensions"].items()]


def _dimension(unit) -> str | None:
    data = _data()
    dims = dict(unit.dimensionality)
    base = str((1 * unit).to_base_units().units)
    if "bit" in base.split():
        return "data" if not dims else "data_rate" if dims == {"[time]": -1} else None
    if not dims:
        return data["dimensionless"].get(str(unit))
    return next((name for known, name in _dimension_names() if known == dims), None)


@lru_cache(maxsize=8192)
def _pint_reading(expression: str) -> UnitReading | None:
    ureg = _registry()
    try:
        unit = ureg.parse_units(expression)
    except Exception:  # pint's parser raises a zoo of errors on odd strings (undefined, syntax, type...): none is a unit
        return None
    if unit.dimensionless and str(unit) == "dimensionless":
        return None
    allowed, only = _data()["prefixes"], _data()["prefixed_only"]
    for name in unit._units:
        readings = ureg.parse_unit_name(name)
        if readings and all(prefix and prefix not in allowed and base not in only.get(prefix, []) for prefix, base, _ in readings):
            return None  # "ae" is an atto-elementary charge and "nd" a nanoday to pint; to a reader, neither
        if readings and all(prefix and prefix in _data()["prefixed_not"].get(base, []) for prefix, base, _ in readings):
            return None  # "ks" (kiloseconds), "kt" as kilotonne: prefixes nobody writes with that unit
    dimension = _dimension(unit)
    if dimension is None:
        return None
    name = str(unit)
    noun = _noun(name)
    if dimension == "duration" and re.fullmatch(r"[a-z]+", name):
        return UnitReading(f"duration:{name}", _plural(name))
    symbol = _symbol(unit)
    unit_id = _data()["canonical"].get(f"{dimension}:{symbol}", f"{dimension}:{symbol}")
    return UnitReading(unit_id, noun)


_PINT_POWER = re.compile(r"([a-z ]+) \*\* ([23])")  # pint's name of a squared or cubed unit
_POWER_WORDS = {"2": "square", "3": "cubic"}


def _noun(name: str) -> str:
    """A plain noun for pint's name of a unit: "kilometers", "square miles", "kilovolts per centimeter"."""
    name = name.replace("_", " ")
    m = _PINT_POWER.fullmatch(name)
    if m:
        return f"{_POWER_WORDS[m.group(2)]} {_plural(m.group(1))}"
    top, _, bottom = name.partition(" / ")
    if bottom:
        m = _PINT_POWER.fullmatch(bottom.replace("_", " "))
        return f"{_noun(top)} per {f'{_POWER_WORDS[m.group(2)]} {m.group(1)}' if m else bottom}"  # "grams per cubic centimeter"
    return _plural(name) if re.fullmatch(r"[a-zA-Z ]+", name) else name


@lru_cache(maxsize=16384)
def read_unit(surface: str, attached: bool = False) -> UnitReading | None:
    """The unit a word, symbol or short phrase written after a number stands for,
    or None. `attached`: written right after the digits ("40km", "5kWh")."""
    data = _data()
    own = _own_units()
    if surface in own:
        return own[surface]
    lower = surface.lower()
    if lower in own and not _is_symbol_like(surface):
        return own[lower]
    if surface in data["not_units"] or lower in data["not_units_any_case"]:
        return None
    if len(surface) == 1 and not attached and surface not in data["single_letter_spaced"]:
        return None
    if surface in data["attached_only"] and not attached:
        return None
    power = _POWERED.match(surface)
    if power is not None:
        # "square miles", "sq km", "km2", "m²", "cubic feet": the length unit, squared or cubed
        base = power.group("base") or power.group("base2")
        exponent = 2 if (power.group("word") or "").lower().startswith(("square", "sq")) or power.group("exp") in ("2", "²") else 3
        length = (read_unit(base, attached) or _pint_reading(base)) if base != surface else None
        if length is not None and length.unit.startswith("length:"):
            return _pint_reading(f"({length.unit.split(':', 1)[1]}) ** {exponent}") or _pint_reading(f"{_singular(base)} ** {exponent}")
        return None
    if "/" in surface and _POWERED_DENOMINATOR.search(surface):
        # "g/cm3", "µg/m3", "W/m2": pint reads "cm3" as no unit; the power is the grammar's to read
        return _pint_reading(_POWERED_DENOMINATOR.sub(lambda m: f"{m.group(1)}**{m.group(2).translate(_SUPERSCRIPTS)}", surface))
    alias = data["aliases"].get(surface) or (data["aliases"].get(lower) if not _is_symbol_like(surface) else None)
    if alias is not None:
        if ":" in alias:
            return UnitReading(alias, data["alias_nouns"].get(alias, surface))
        return _pint_reading(alias)
    words = surface.replace("-", " ").split() if not _is_symbol_like(surface) else surface.split()
    if len(words) > 1:
        # pint's own multiword names are joined with "_": "metric_ton", "light_year", "kilowatt_hour"
        singular_first = [_singular(words[0])] + words[1:]
        for candidate in ("_".join(words), "_".join(singular_first), "_".join(w.lower() for w in words),
                          "_".join(w.lower() for w in singular_first)):
            reading = _pint_reading(candidate)
            if reading is not None:
                return reading
        return None  # "barrels per day" is a volume and a rate: the grammar reads "per day"
    if surface.isupper() and len(surface) > 3 and surface.isalpha():
        return read_unit(lower, attached)  # a name in capitals ("11 FEET per century"), not a symbol
    if not _is_symbol_like(surface):
        if surface != lower and not surface.isupper() and lower not in data["proper_units"]:
            return None  # "during 2016 Stone spoke": a capitalised word after a number is a name first
        if not _prefix_spelled_out(lower):
            return None  # "camps" is no centi-amp, "care" no centi-are
        return _pint_reading(lower)
    return _pint_reading(surface)


def _prefix_spelled_out(word: str) -> bool:
    """A unit written as a word spells its prefix out ("kilometers", "milliamps")
    or is a symbol after a symbol ("kcal"): a prefix symbol glued to a word is how
    pint reads "camps" (c + amps) or "care" (c + are), not how anyone writes
    centiamperes. True for a word without a prefix."""
    ureg = _registry()
    try:
        readings = ureg.parse_unit_name(word)
    except Exception:  # pint raises several kinds of error on odd strings
        return True
    if not readings or not all(prefix for prefix, _, _ in readings):
        return True
    for prefix, base, _ in readings:
        definition = ureg._prefixes[prefix]
        if word.startswith(prefix) or any(word.startswith(alias) for alias in definition.aliases):
            return True
        rest = word[len(definition.symbol):] if definition.symbol and word.startswith(definition.symbol) else None
        try:
            if rest and ureg.get_symbol(base) == rest:
                return True  # the base's own symbol after the prefix's: "kcal", "mbar"
        except Exception:
            continue
    return False


_POWERED = re.compile(r"^(?:(?P<word>square|sq\.?|cubic|cu\.?)\s+(?P<base>.+)|(?P<base2>[A-Za-zµμ]{1,3})(?P<exp>[23²³]))$", re.I)


_POWERED_DENOMINATOR = re.compile(r"(?<=/)([A-Za-zµμ]{1,3})([23²³])$")
_SUPERSCRIPTS = str.maketrans("²³", "23")


def _singular(word: str) -> str:
    irregular = _data()["irregular_plurals"]
    if word.lower() in irregular:
        return irregular[word.lower()]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _is_symbol_like(surface: str) -> bool:
    """"km", "kW", "MHz", "°C": a symbol is matched as written; a name in any case."""
    return len(surface) <= 3 or any(ch.isupper() for ch in surface[1:]) or not re.fullmatch(r"[A-Za-z]+(?:[- ][A-Za-z]+)*", surface)


@lru_cache(maxsize=1)
def _own_units() -> dict[str, UnitReading]:
    """The project's own units (percent, basis points, points, cents): forms -> reading."""
    out = {}
    for unit in _data()["unit"]:
        noun = (unit.get("words") or [unit["id"]])[0]
        for form in unit.get("words", []):
            out[re.sub(r"\s+", " ", form.lower())] = UnitReading(unit["id"], noun)
        for form in unit.get("cased", []) + unit.get("symbols", []) + unit.get("attached", []):
            out[form] = UnitReading(unit["id"], noun)
    return out


def own_unit_forms() -> dict[str, list[str]]:
    """The forms of the project's own units, by kind, for the grammar's patterns."""
    kinds: dict[str, list[str]] = {"words": [], "cased": [], "symbols": [], "attached": []}
    for unit in _data()["unit"]:
        for kind in kinds:
            kinds[kind].extend(unit.get(kind, []))
    return kinds


@lru_cache(maxsize=1)
def _known() -> tuple[frozenset[str], frozenset[str]]:
    """(the project's own unit ids, every dimension a unit id can have)."""
    data = _data()
    own = frozenset(u["id"] for u in data["unit"]) | {"count", "times"}
    dimensions = (set(data["dimensions"].values()) | set(data["dimensionless"].values()) | set(data["extra_dimensions"])
                  | {"data", "data_rate", "duration", "age"})
    return own, frozenset(dimensions)


def is_unit_id(unit: str) -> bool:
    """Whether `unit` is an id this lexicon can give: a project unit, an ISO
    currency, or `dimension:symbol` of a known dimension."""
    own, dimensions = _known()
    if unit in own:
        return True
    dimension, _, symbol = unit.partition(":")
    if not symbol:
        return False
    if dimension == "currency":
        return bool(re.fullmatch(r"[A-Z]{3}", symbol))
    return dimension in dimensions


def unit_noun(unit: str) -> str | None:
    """A plain noun for a unit id ("kilometers" for length:km): what the parser reads."""
    for reading in _own_units().values():
        if reading.unit == unit:
            return reading.noun
    if unit.startswith("age:"):
        return None  # "a 51-year-old" reads best to the parser as the number alone
    if unit.startswith("duration:"):
        return _plural(unit.split(":", 1)[1])
    symbol = unit.split(":", 1)[1] if ":" in unit else unit
    for reading in (read_unit(symbol), read_unit(symbol, attached=True), _pint_reading(symbol.replace("·", "*"))):
        if reading is not None and reading.unit == unit:
            return reading.noun  # "C" is a coulomb to pint; temperature:C reads "degree Celsius"
    return None


@lru_cache(maxsize=256)
def whole_fraction(smaller: str, larger: str) -> float | None:
    """The factor that turns an amount in unit id `smaller` into unit id `larger` when one
    `larger` holds a whole number of `smaller` (month -> year: 1/12, minute -> hour: 1/60),
    from pint; None for other pairs, for units of another dimension or with an offset
    (temperatures), and for what pint does not know. A range "six months to three years"
    is then one range in years."""
    dimension, _, small_symbol = smaller.partition(":")
    other, _, large_symbol = larger.partition(":")
    if dimension != other or not small_symbol or not large_symbol or dimension in ("currency", "temperature", "age"):
        return None
    import pint

    ureg = _registry()
    try:
        factor = float(ureg.Quantity(1, small_symbol).to(large_symbol).magnitude)
    except (pint.errors.PintError, ValueError):
        return None
    if not 0 < factor < 1:
        return None
    whole = round(1 / factor)
    return 1 / whole if abs(1 / factor - whole) < 1e-9 else None


# ---------------------------------------------------------------- currencies

@lru_cache(maxsize=1)
def currency_forms() -> tuple[dict[str, str], dict[str, str]]:
    """(forms written before a number, forms written after it) -> ISO code, from
    Babel's CLDR data for English and its regional locales, with the project's
    defaults for ambiguous forms ("$", "dollars") and ASCII foldings."""
    from babel import Locale, localedata

    from babel.core import get_global

    data = _data()["currency"]
    excluded = set(data["not_codes"])
    english = Locale("en")
    # the currencies in use today (CLDR's territory tables give each one's dates): not the French franc
    in_use = {entry[0] for entries in get_global("territory_currencies").values() for entry in entries if entry[2] is None}
    codes = [code for code in english.currencies if re.fullmatch(r"[A-Z]{3}", code) and code in in_use]
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    symbol_owners: dict[str, set[str]] = {}
    for name in sorted(localedata.locale_identifiers()):
        if not (name == "en" or name.startswith("en_")):
            continue
        for code, symbol in Locale.parse(name).currency_symbols.items():
            if code not in codes or not symbol or symbol == code:
                continue
            if symbol.isalpha() and len(symbol) < 2:
                continue  # "R", "K", "P": a letter before a number is seldom money
            symbol_owners.setdefault(symbol, set()).add(code)
    for symbol, owners in symbol_owners.items():
        if len(owners) == 1 and symbol not in data["not_symbols"]:
            before[symbol] = next(iter(owners))
    for code in codes:
        if code in excluded:
            continue
        before.setdefault(code, code)
        after.setdefault(code, code)
    # names: "US dollars", "euros", "Malaysian ringgits"; a last word that names one currency only stands alone
    last_words: dict[str, set[str]] = {}
    for code in codes:
        names = {english.currencies.get(code, ""), english._data["currency_names_plural"].get(code, {}).get("other", "")}
        names |= set(english._data["currency_names_plural"].get(code, {}).values())
        for full in filter(None, names):
            full = full.strip()
            if re.search(r"[(0-9]", full):
                continue  # "Bolivian Mvdol", "Costa Rican colón (1–1000)": historical or technical
            after[full.lower()] = code
            last = full.split()[-1].lower()
            last_words.setdefault(last, set()).add(code)
    for word, owners in last_words.items():
        if len(owners) == 1 and word not in data["not_words"]:
            after.setdefault(word, next(iter(owners)))
    for form, code in data["defaults"].items():
        (after if form[:1].isalpha() and form.lower() == form else before)[form] = code
    for form, code in data["after"].items():
        after[form] = code
    for form, code in data["before"].items():
        before[form] = code
    return before, after


def currency_context() -> dict[str, list[tuple[re.Pattern, str]]]:
    """A currency whose code depends on the text around it ("won" in a text about North Korea)."""
    return {code: [(re.compile(rule["pattern"]), rule["code"]) for rule in rules]
            for code, rules in _data()["currency"]["context"].items()}
