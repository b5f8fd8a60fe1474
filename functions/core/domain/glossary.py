# ruff: noqa: E501  (one language per entry)
"""The diagnosis reads log text in English: the standard words of vehicle diagnosis in the languages
testers, suppliers and engineers log in (German, Spanish, French, Italian, Portuguese, Japanese in romaji
and kana/kanji, Chinese in pinyin and hanzi), each mapped to the English word the rules read.

Vocabulary, not phrases: fault and state words (failure, stopped, timeout, open load, switched off,
limp home, cleared), quantities (voltage, pressure, temperature) and component names (pump, fan, brake,
headlamp, door). A word that is also an English word with another meaning (German ``Last``, ``links``)
is only read in a compound that cannot be English (``Last offen``).
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        ("fehler", "fault"), ("fehlerhaft", "faulty"), ("störung", "malfunction"), ("stoerung", "malfunction"),
        ("ausfall", "failure"), ("ausgefallen", "failed"), ("fehlgeschlagen", "failed"), ("defekt", "defective"),
        ("kurzschluss", "short circuit"), ("unterbrechung", "open circuit"), ("leitungsunterbrechung", "open circuit"),
        ("last offen", "open load"), ("offen", "open"), ("abgeschaltet", "deactivated"), ("ausgeschaltet", "deactivated"),
        ("deaktiviert", "deactivated"), ("gesperrt", "inhibited"), ("notlauf", "limp home"),
        ("leistungsreduzierung", "power reduced"), ("leistung reduziert", "power reduced"),
        ("nicht verfügbar", "not available"), ("zeitüberschreitung", "timeout"), ("keine antwort", "no response"),
        ("kommunikation", "communication"), ("verloren", "lost"), ("wiederholung", "retry"), ("erfolgreich", "successful"),
        ("gelöscht", "cleared"), ("geloescht", "cleared"), ("historisch", "history"), ("historische", "history"),
        ("historischer", "history"), ("übertemperatur", "overtemperature"), ("überhitzung", "overheat"),
        ("überstrom", "overcurrent"), ("unterspannung", "undervoltage"), ("überspannung", "overvoltage"),
        ("spannung", "voltage"), ("strom", "current"), ("temperatur", "temperature"), ("druck", "pressure"),
        ("kühlmittel", "coolant"), ("kältemittel", "refrigerant"), ("pumpe", "pump"), ("lüfter", "fan"),
        ("kühler", "radiator"), ("batterie", "battery"), ("bremse", "brake"), ("bremsen", "brakes"),
        ("lenkung", "steering"), ("scheinwerfer", "headlamp"), ("abblendlicht", "low beam"), ("fernlicht", "high beam"),
        ("tür", "door"), ("türen", "doors"), ("getriebe", "gearbox"), ("kupplung", "clutch"),
        ("zündaussetzer", "misfire"), ("sicherung", "fuse"), ("steuergerät", "control unit"), ("kanal", "channel"),
        ("led-treiber", "led driver"), ("treiber", "driver"), ("kurzzeitig", "briefly"),
    ),
    "es": (
        ("fallo", "failure"), ("falla", "failure"), ("fallido", "failed"), ("fallida", "failed"), ("avería", "fault"),
        ("averia", "fault"), ("defectuoso", "defective"), ("cortocircuito", "short circuit"),
        ("circuito abierto", "open circuit"), ("detenido", "stopped"), ("detenida", "stopped"),
        ("desactivado", "deactivated"), ("desactivada", "deactivated"), ("bloqueado", "blocked"), ("bloqueada", "blocked"),
        ("sobretemperatura", "overtemperature"), ("sobrecalentamiento", "overheat"), ("sobrecorriente", "overcurrent"),
        ("tiempo de espera agotado", "timeout"), ("tiempo de espera", "timeout"), ("reintento", "retry"),
        ("exitoso", "successful"), ("exitosa", "successful"), ("sin respuesta", "no response"), ("pérdida", "loss"),
        ("comunicación", "communication"), ("no disponible", "not available"), ("potencia reducida", "reduced power"),
        ("modo de emergencia", "emergency mode"), ("protección", "protection"), ("baja presión", "low pressure"),
        ("alta presión", "high pressure"), ("presión", "pressure"), ("tensión", "voltage"), ("voltaje", "voltage"),
        ("corriente", "current"), ("temperatura", "temperature"), ("compresor", "compressor"), ("bomba", "pump"),
        ("ventilador", "fan"), ("refrigerante", "coolant"), ("batería", "battery"), ("freno", "brake"),
        ("frenos", "brakes"), ("puerta", "door"), ("faro", "headlamp"), ("excitación", "excitation"),
        ("regulación", "regulation"), ("borrado", "cleared"), ("histórico", "history"),
    ),
    "fr": (
        ("défaut", "fault"), ("defaut", "fault"), ("panne", "failure"), ("erreur", "error"), ("échec", "failed"),
        ("surchauffe", "overheat"), ("désactivé", "deactivated"), ("court-circuit", "short circuit"),
        ("circuit ouvert", "open circuit"), ("mode dégradé", "degraded mode"),
    ),
    "it": (
        ("guasto", "fault"), ("errore", "error"), ("avaria", "fault"), ("disattivato", "deactivated"),
        ("surriscaldamento", "overheat"), ("circuito aperto", "open circuit"),
    ),
    "pt": (("falha", "failure"), ("desativado", "deactivated"), ("superaquecimento", "overheat")),
    "ja": (
        ("ijou", "abnormal"), ("koshou", "fault"), ("eraa", "error"), ("shippai", "failed"), ("teishi", "stopped"),
        ("taimuauto", "timeout"), ("tsuushin", "communication"), ("saishikou", "retry"), ("seikou", "successful"),
        ("kotei", "fixed"), ("seigen", "limited"), ("kanetsu", "overheat"), ("kouon", "high temperature"),
        ("ondo", "temperature"), ("atsuryoku", "pressure"), ("denatsu", "voltage"), ("teika", "drop"),
    ),
    "zh": (
        ("guzhang", "fault"), ("cuowu", "error"), ("shibai", "failed"), ("yichang", "abnormal"), ("chaoshi", "timeout"),
        ("diushi", "lost"), ("tongxin", "communication"), ("tingzhi", "stopped"), ("jinyong", "disabled"),
        ("guore", "overheat"), ("chongshi", "retry"), ("chenggong", "successful"), ("duanlu", "short circuit"),
        ("guoliu", "overcurrent"), ("qianya", "undervoltage"), ("guoya", "overvoltage"),
    ),
}
# Written in kanji / kana / hanzi: no spaces between words, so these are read wherever they stand.
_CHARACTERS: tuple[tuple[str, str], ...] = (
    ("異常", "abnormal"), ("故障", "fault"), ("エラー", "error"), ("失敗", "failed"), ("停止", "stopped"),
    ("タイムアウト", "timeout"), ("通信", "communication"), ("過熱", "overheat"), ("再試行", "retry"), ("成功", "successful"),
    ("错误", "error"), ("失败", "failed"), ("异常", "abnormal"), ("超时", "timeout"), ("丢失", "lost"),
    ("禁用", "disabled"), ("过热", "overheat"), ("重试", "retry"), ("短路", "short circuit"), ("过流", "overcurrent"),
    ("欠压", "undervoltage"), ("过压", "overvoltage"), ("断开", "disconnected"), ("限功率", "power limited"),
    ("降功率", "power reduced"),
)

_ENGLISH: dict[str, str] = {w: e for entries in _WORDS.values() for w, e in entries} | dict(_CHARACTERS)
_WORD_RX = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted((w for e in _WORDS.values() for w, _ in e), key=len, reverse=True))
    + r")(?![\w-])", re.IGNORECASE)
_CHAR_RX = re.compile("|".join(re.escape(w) for w, _ in sorted(_CHARACTERS, key=lambda p: -len(p[0]))))


@lru_cache(maxsize=8192)
def in_english(text: str) -> str:
    """``text`` with the glossary's words replaced by their English reading ("GEN_ST: bit fallo excitación,
    regulación detenida" → "GEN_ST: bit failure excitation, regulation stopped"); English text is unchanged."""
    out = _WORD_RX.sub(lambda m: _ENGLISH[m.group(1).lower()], text)
    if not out.isascii():
        out = _CHAR_RX.sub(lambda m: f" {_ENGLISH[m.group(0)]} ", out)
    return out
