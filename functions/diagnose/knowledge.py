# ruff: noqa: E501  (a lexicon reads better one subsystem per entry)
"""Domain knowledge the rule-based diagnoser reads: which subsystem a code or a log line points at,
what role a line plays (an own fault, a missing peer, a recovery), what a line says about risk, and
what state the vehicle was in.

Codes are the strongest evidence and are read by their structure (:mod:`functions.core.domain.dtc`):
J2012 ranges, the failure-type byte, the UDS status, J1939 SPNs. Vendor codes say where they come
from by a subsystem token (``ERR_CAM_205``) or by the process that logged them. Words attribute a
line when it carries no code: each subsystem of the taxonomy has a small lexicon of the names
engineers use for it (component names and abbreviations, not fault phrases).
"""

from __future__ import annotations

import re

from functions.core.domain import dtc
from functions.core.domain.contracts import RiskLevel, Severity
from functions.core.domain.glossary import in_english
from functions.core.domain.taxonomy import CATEGORY_OF, Category
from functions.core.domain.vendor import AMBIGUOUS_TOKENS, SYSTEM_TOKENS, VENDOR_TOKENS

C = Category

# ---- subsystem lexicon -------------------------------------------------------------------------
# (regex on lower-cased text, weight). Names of components and their usual abbreviations.
# Driving functions (ACC, AEB, lane keeping): what a line names when a function is lost, a consequence
# of the part that failed, never the part itself.
DRIVING_FUNCTIONS = (r"\bacc\b|adaptive cruise|\baeb\b|\blka\w*|lane (keep|change|centr)|blind[- ]spot|\bbsd\b|"
                     r"highway (pilot|assist)|driver assist|\badas\b")
_DRIVING_FUNCTIONS_RX = re.compile(DRIVING_FUNCTIONS)
_LEXICON: dict[str, tuple[tuple[str, float], ...]] = {
    "bms": ((r"\bbms\w*|battery management|\bbecm\b|\bbecu\b|\bbmu\b", 2), (r"state of charge|\bsoc\s*[=:]\s*\d|\bsoh\b", 1),
            (r"traction battery|hv battery|high[- ]voltage battery|\bhv ?pack|battery pack|\bpack\b", 1.5),
            (r"\bhvb\b", 1.5)),
    "cell": ((r"\bcells?\b|cell[_ ]?(voltage|temp|imbalance)|balanc|thermal runaway|\bmodule ?\d+\b", 1.5),),
    # (an isolation monitor's threshold is stated per volt of the pack, ISO 6469-3: "500 ohm/V")
    "hv_isolation": ((r"isolation|insulation resist|\bimd\b|\br_?iso\b|\biso monitor|\bohms?/v\b", 2),),
    "hvil": ((r"\bhvil\b|interlock loop|hv interlock", 2.5),),
    "contactor": ((r"contactor|pre-?charge", 2),),
    # (a charge stopped or refused is the charging session's; "state of charge" is the pack's)
    "charging": ((r"charg(er|ing)\b|(?<!of )\bcharge\b(?! (current|power|limit))|\bobc\b|\bevse\b|\bccs\d?\b|chademo|charge (port|session|inlet)|\bplug(ged)?\b|"
                  r"control pilot|\bcp (state|duty|high|low|level|volt\w*|v)\b|\bdcfc\b|\bwallbox\b", 1.5),),
    # (software has engines too: an inference, update, render or rules engine is no combustion engine)
    "engine": ((r"(?<!tensorrt )(?<!inference )(?<!update )(?<!update-)(?<!render )(?<!rules )(?<!script )(?<!js )"
                r"(?<!search )(?<!game )(?<!voice )\bengine\b(?![-_ ]?(warm ?up|reload|build|plan|file|cache))|\becm\b|\bpcm\b|(?<!safety )(?<!thermal )throttle(?! (the )?(cpu|gpu|soc|npu))|turbo|\bboost\b|oil press|camshaft|crankshaft|knock|"
                r"\bidle\b|\bmaf\b|\bmap sensor", 1.5),),
    "fuel": ((r"\bfuel\b|injector|rail pressure|fuel trim|\blean\b|\brich\b", 1.5),),
    "ignition": ((r"misfire|ignition coil|spark plug|\bspark\b|cylinder ?\d|\bcyl ?\d", 2),),
    "emissions": ((r"catalyst|\bcat(alytic)? conv|\begr\b|\bdpf\b|\bscr\b|\bnox\b|o2 sensor|lambda|\bevap\b|adblue|"
                   r"\bdef\b|exhaust(?!ed|ion)|particulate|\bgpf\b", 2),),  # ("retries exhausted" is used up)
    "transmission": ((r"transmission|gearbox|\btcm\b|\btcu\b.{0,8}(gear|shift|trans)|clutch|gear ?shift|torque converter|"
                      r"shift solenoid|\bdct\b|\bcvt\b", 2),),
    "motor": ((r"e-?motor|drive motor|traction motor|\bpmsm\b|resolver|\brotor\b|motor (torque|speed|position|phase|"
               r"temp|winding|stall)|\bedu\b|\bmotor\b|\bpropulsion\b", 1.2),),
    "inverter": ((r"inverter|\binv\b|\bigbt\b|phase current|\bi phase\b|gate driver|desat|\bpim\b|dc[- ]?link", 1.5),),
    "coolant": ((r"coolant|cooling (loop|circuit|system)|\b(lt|ht|low[- ]temp|high[- ]temp) (cooling )?(loop|circuit)\b|thermostat|chiller|\bloop ?\d\b|\btms\b|thermal (mgr|manag)", 1.5),),
    # A pump is the component at fault in its circuit ("coolant pump" names the pump); fuel, oil, vacuum and
    # heat pumps belong to other systems. EWP: electric water pump.
    "pump": ((r"(?<!fuel )(?<!oil )(?<!vacuum )(?<!heat )\bpump(s|\d+)?\b|\bewp\d?\b|water pump", 2),),
    "radiator": ((r"radiator|cooling fan|\bfan\b", 1),),
    "hvac": ((r"\bhvac\b|\ba/c\b|air ?con|compressor|refrigerant|blower|cabin (temp|heat|air)|heat pump|\bptc\b|"
              r"evaporator|climate|defrost|de-?ice", 1.5),),
    # (a chip throttling its clocks, or a junction temperature, is a processor running hot)
    "overtemp": ((r"over[- ]?temp|overheat|too hot|critical temperature|temperature critical|\bthermal (derat|shutdown|throttl)|temperature (high|exceed|limit|above)|"
                  r"\bjunction (temp\w*|\d+ ?(°|deg)?c\b)|(safety|thermal) throttle|throttling (the )?(cpu|gpu|soc|npu)|(cpu|gpu|soc|npu) throttl\w*", 2),),
    "brakes": ((r"\bbrak(e|es|ing)\b|\bbrake|\bebs\b|\bebb\b|ibooster|\bepb\b|brake (pressure|pad|fluid)|master cylinder|\bbbw\b", 2),),
    "abs": ((r"\babs\b|wheel[- _]?speed|\bwss\b|anti-?lock", 2),),
    "esc": ((r"\besc\b|\besp\b|stability control|traction control|\btcs\b|yaw[- _]?rate|lateral acc", 2),),
    # (the steering wheel's keys and buttons are the HMI's: "rotary/steering keys only" names no EPS)
    # (electro-hydraulic power steering, EHPS / EHPAS, as buses and trucks steer)
    "eps": ((r"\beps\b|\bsteer\w*+(?! (wheel )?(keys?|buttons?|controls?|switch\w*)\b)|\bsas\b|\bpas\b|\brack\b|"
             r"\behp?a?s\b", 2),),
    "suspension": ((r"suspension|damper|air spring|ride height|level(l)?ing control|shock absorb", 2),),
    "tpms": ((r"\btpms\b|tire|tyre", 2),),
    "airbag": ((r"airbag|\bsrs\b|restraint|pretension|crash sensor|occupant class|\bacu\b", 2.5),),
    # (a lock alone is as often a PLL, a GNSS or a SerDes lock: a door lock names the door or its actuator;
    # a door latch is a noun, a channel or a fault "latched" off, an eFuse that latches off, is a state)
    "doors": ((r"\bdoors?\b|(door|central|child|tailgate|trunk) ?lock\w*|\bunlock\w*|lock (motor|actuator|request|"
               r"command)|\blocked\b|\blatch(es)?\b(?![- ]off)|\bbcm\b|trunk|tailgate|liftgate|window (motor|regul)|keyless|key ?fob", 1.5),),
    "lighting": ((r"headlamp|headlight|\b(low|high|main|dipped) beam|\bbulb|(direction|turn) indicator|blinker|hyperflash|"
                  r"hazard (light|lamp|flasher)s?|(?<!warning )(?<!indicator )(?<!telltale )\blamps?\b|lighting|turn signal|\bdrl\b|tail ?light|brake light|\bled driver", 1.5),),
    "seats": ((r"\bseats?\b|seat (heat|belt|motor|memory)", 1.5),),
    "hmi": ((r"\bhmi\b|touch|backlight|\blvds\b|display panel|bluetooth|\bhands-?free|\ba2dp\b|\bhfp\b|\bavrcp\b|carplay|android auto|\bcluster\b|infotainment|\bivi\b|head unit|instrument panel|speaker|\baudio\b", 1.2),
            (r"display", 0.8)),
    "camera": ((r"camera|\bcam\w*\b|gmsl|fpd-?link|deserializ|\bimage\b|exposure|video|\bisp\b", 2),),
    "lidar": ((r"lidar|point ?cloud|\blaser\b|\bldr\b", 2.5),),
    "radar": ((r"radar|\b(rdr|mrr|srr|lrr|frr|flr|crr)\b", 2.5),),
    "ultrasonic": ((r"ultrasonic|\buss\b|park(ing)? (sensor|assist|distance)|\bpdc\b|sonar", 2.5),),
    "fusion": ((r"fusion|tracker|object list|perception|obstacle", 1.5),),
    "gnss": ((r"\bgnss\b|\bgps\b|\brtk\w*|ntrip|satellite|\bfix\b|no_fix|\bhdop\b|numsv|glonass|galileo|spoof|jamm|"
              r"\bnmea\b|\bpps\b", 2),),
    "localization": ((r"locali[sz]\w*|\bpose\b|\bslam\b|map[- ]match|\bndt\b|odometry|\bimu\b|\bgyro\w*|\bins\b|dead reckon", 1.5),),
    "planning": ((r"planning|planner|trajectory|path plan|motion plan|behavio(u)?r", 1.5),
                 # driving functions: what perception feeds (a lost function is usually a consequence)
                 (DRIVING_FUNCTIONS, 1.0)),
    "can": ((r"\bcan ?\d\b|\bcan\d?:|\bcan[ _-]?(bus|fd|frame|id|controller|transceiver|gateway|bridge)|bus[- ]?off|"
             r"error[- ]passive|error frame|\b[tr]ec\b\s*[=:]|arbitration|\bcan\b", 1.5),),
    "lin": ((r"\blin\b|lin ?bus|lin (master|slave|schedule)", 2),),
    "flexray": ((r"flexray", 2.5),),
    "ethernet": ((r"ethernet|\beth\d\b|\bphy\b|link (down|up)|some/?ip|\bdoip\b|\bavb\b|\btsn\b|\bvlan\b|switch port|\b100base|"
                  r"\b1000base", 1.5),),
    # (a Bluetooth hands-free "audio/voice gateway" is the phone's role, not a vehicle gateway)
    # (HTTP's "502 Bad Gateway" / "504 Gateway Timeout" are a web server's words)
    "gateway": ((r"(?<!voice )(?<!audio )(?<!bad )gateway(?! ?time-?out)|\bcgw\b|\bgw\b|routing (table|engine)", 2),),
    "telematics": ((r"telematics|\btcu\b|\bt-?box\b|backend|\bmqtt\b|cloud (connect|session)|\bv2x\b", 1.5),),
    # (QMI and MBIM are the modem's host interfaces; +CREG/+CEREG/+CGREG/+COPS/+CFUN/+CSQ the 3GPP TS 27.007
    # AT commands for registration, operator, function level and signal quality)
    "cellular": ((r"cellular|\blte\b|\b5g\b|\b4g\b|modem|\bsim\b|\bapn\b|\brsrp\b|\brssi\b|\bwwan\d?\b|\bpdp\b|"
                  r"\bqmi\b|\bmbim\b|\+c(?:e|g)?reg\b|\+cops\b|\+cfun\b|\+csq\b|serving (?:system|cell)", 1.5),),
    "crash": ((r"segfault|sigsegv|sigabrt|sigbus|sigill|segmentation fault|core[ -]dump|dumped core|\bcrash\w*|"
               # (a process aborts, "abort()", "Aborted (core dumped)", or the CPU does, an ARM data abort; a manoeuvre or
               # a routine that "aborted" is no crash)
               r"unhandled exception|null pointer|\babort\(\)|\baborted \(core|\b(data|prefetch|mem) abort|assertion|assert(ion)? fail\w*|tombstone|\banr\b|has died|terminated by signal", 2),),
    "oom": ((r"out of memory|low (on )?memory|lowmemorykiller|\blmkd\b|\boom\b|oom-kill|memory (leak|pressure|exhaust)|cannot allocate|\bheap\b|\bmalloc", 2),),
    "watchdog": ((r"watchdog|\bwdg\b|\bwdt\b|hung task|heartbeat|lockstep|deadline miss|task overrun|"
                  # (AUTOSAR platform health management supervises alive, deadline and logical checkpoints)
                  r"\bphm\b|\b(alive|deadline|logical|local|global) supervision|supervised entit", 2),),
    "kernel": ((r"kernel|\bpanic\b|\boops\b|\brcu\b.{0,10}stall|soft lockup|hard lockup|\bbug:", 2),),
    "filesystem": ((r"file ?system|\bext4\b|\bfsck\b|read-only|\bemmc\b|\bufs\b|\bnand\b|i/o error|\bdisk\b|storage|"
                    r"\bmount\w*|no space left|\bnvm\b|partition", 1.5),),
    "ota": ((r"\bota\b|\bfota\b|\bsota\b|firmware|software update|\bupdate\w*|reflash|\bflash(ing)?\b|bootloader|rollback|"
             r"rolled back|campaign|signature|requestdownload|transferdata|\bslot [ab]\b|\binstall\w*|"
             # (update clients: A/B image updaters and the Uptane framework)
             r"\brauc\b|\bswupdate\b|\bmender\b|\buptane\b|aktualizr", 1.5),),
    "lv_battery": ((r"\b12 ?v\b|\b48 ?v\b|\blv (battery|batt?|bus|supply|voltage)|low[- ]voltage battery|aux(iliary)? battery|\b12v batt|"
                    r"supply voltage|under-?voltage|brown-?out|\bkl ?30\b|\bkl ?15\b|\bibs\b|battery sensor|cranking|"
                    r"\bvbat\b|\bubatt?\b|\bstarter battery", 2),),
    "dcdc": ((r"dc[-/ ]?dc|\bdcdc\b|\bldc\b|\bapm\b", 2.5),),
    "alternator": ((r"alternator|\bgenerator\b|charging system", 2),),
    # (a fuse is the part on the net it protects, as a converter is: it outweighs the 12 V it names)
    "lv_distribution": ((r"\bfuse\b|\befuse\b|\bsmart fuse|\bpdcu?\b|\bpdu\b|power distribution", 2.5),
                        (r"power rail|supply rail|\bpmic\b|power supply|"
                         r"load shed|\bpsu\b|ground (offset|fault)", 1.5),),
}

LEXICON: tuple[tuple[str, re.Pattern[str], float], ...] = tuple(
    (sub, re.compile(rx), w) for sub, rules in _LEXICON.items() for rx, w in rules
)
assert all(sub in CATEGORY_OF for sub in _LEXICON), "lexicon names a subsystem outside the taxonomy"


def subsystem_scores(text: str) -> dict[str, float]:
    """Lexicon weight per subsystem for one (lower-cased) line."""
    scores: dict[str, float] = {}
    for sub, rx, weight in LEXICON:
        if rx.search(text):
            scores[sub] = scores.get(sub, 0.0) + weight
    return scores


def keyword_scores(text: str) -> dict[Category, float]:
    """Lexicon weight per category for one (lower-cased) line (also the keyword-vote baseline)."""
    out: dict[Category, float] = {}
    for sub, w in subsystem_scores(text).items():
        cat = CATEGORY_OF[sub]
        out[cat] = out.get(cat, 0.0) + w
    return out


def best_subsystem(text: str, within: Category | None = None, source: str = "") -> str | None:
    """The subsystem a line names most; ``source`` (the process or ECU that wrote it) counts half and
    breaks ties, so "update-engine: slot B boot failed" is an update matter, not an engine one."""
    scores = subsystem_scores(text)
    if source:
        alone = subsystem_scores(source.lower())
        # (a term that spans the writer and its words, "[tcu] shift 6->7 aborted" as a transmission unit's,
        # is the line's own, as when the tag stood in the message)
        for sub, w in subsystem_scores(f"{source.lower()} {text}").items():
            if sub not in scores and sub not in alone:
                scores[sub] = w
        for sub, w in alone.items():
            scores[sub] = scores.get(sub, 0.0) + 0.5 * w + 1e-3
    if "overtemp" in scores and any(CATEGORY_OF[s] is C.BATTERY_BMS for s in scores):
        del scores["overtemp"]  # the taxonomy: overtemperature of the battery is the battery's
    if within is not None:
        scores = {s: w for s, w in scores.items() if CATEGORY_OF[s] is within}
    if not scores:
        return None
    # The category the line's words weigh most (a tie across categories names nothing), then its
    # most named subsystem.
    by_cat: dict[Category, float] = {}
    for sub, w in scores.items():
        by_cat[CATEGORY_OF[sub]] = by_cat.get(CATEGORY_OF[sub], 0.0) + w
    ranked = sorted(by_cat.values(), reverse=True)
    tied = [c for c, w in by_cat.items() if ranked[0] - w < 1e-6]
    if len(tied) > 1:
        # A line naming the supply or the network and what hangs on it ("eFuse trip: channel 14
        # (HVAC blower)") is about the supply or the network; any other tie names nothing.
        broad = [c for c in tied if c in (C.POWER_SUPPLY, C.CONNECTIVITY_NETWORK)]
        if len(broad) != 1:
            return None
        by_cat[broad[0]] += 1e-3
    top = max(by_cat, key=lambda c: by_cat[c])
    return max((s for s in scores if CATEGORY_OF[s] is top), key=lambda s: (scores[s], s))


# ---- vendor codes: the subsystem token ---------------------------------------------------------
def vendor_subsystem(code: str) -> str | None:
    """The subsystem a vendor code's token names (``ERR_CAM_205`` → camera), if any."""
    parts = [p for p in re.split(r"[_\-= ]", code.upper()) if p]
    for part in parts[1:] + parts[:1]:
        letters = re.sub(r"\d+$", "", part)
        if letters in VENDOR_TOKENS:
            return _reading(letters, parts)
    return None


def _reading(part: str, parts: list[str]) -> str:
    """The subsystem of a token part; an abbreviation two systems share takes the reading in the system
    another part of the same compound names (``ADAS_RAD`` → radar, ``TMS_RAD`` → radiator)."""
    readings = AMBIGUOUS_TOKENS.get(part)
    if readings is None:
        return VENDOR_TOKENS[part]
    systems = {Category(SYSTEM_TOKENS[p]) for p in parts if p in SYSTEM_TOKENS}
    systems |= {CATEGORY_OF[VENDOR_TOKENS[p]] for p in parts if p != part and p in VENDOR_TOKENS}
    return next((r for r in readings if CATEGORY_OF[r] in systems), readings[0])


_UPPER_TOKEN = re.compile(r"\b[A-Z][A-Z0-9]{1,7}(?:_[A-Z0-9][A-Z0-9]{0,7})*\b")


def token_subsystem(text: str) -> str | None:
    """A subsystem named by an upper-case token of a line (``[ADAS_FUS] E0042`` → fusion)."""
    for m in _UPPER_TOKEN.finditer(text):
        parts = m.group(0).split("_")
        for part in reversed(parts):
            if part in VENDOR_TOKENS:
                return _reading(part, parts)
    return None


# ---- UDS -----------------------------------------------------------------------------------------
_PROGRAMMING_SIDS = {0x34, 0x35, 0x36, 0x37}
_PROGRAMMING_NRCS = {0x70, 0x71, 0x72, 0x73}
# responsePending and session refusals are how a healthy diagnostic conversation looks.
BENIGN_NRCS = {0x78, 0x7E, 0x7F, 0x11, 0x12, 0x21, 0x31, 0x22, 0x33, 0x35, 0x37}

NRC_RX = re.compile(r"(?i)(?<!\w)(?:0x)?7F[ :,-]?(?:0x)?([0-9A-F]{2})[ :,-]?(?:0x)?([0-9A-F]{2})(?!\w)")


def parse_nrc(code: str) -> tuple[int, int] | None:
    """``7F 36 72`` / ``0x7F 0x36 0x72`` → (0x36, 0x72); ``NRC 72`` → (0, 0x72)."""
    m = NRC_RX.search(code)
    if m:
        return int(m.group(1), 16), int(m.group(2), 16)
    m = re.search(r"(?i)NRC[ :=]*(?:0x)?([0-9A-F]{2})\b", code)
    if m:
        return 0, int(m.group(1), 16)
    return None


def nrc_subsystem(sid: int, nrc: int) -> str | None:
    """A programming failure (transfer services, or a programming NRC) is an update failure; other
    negative responses are part of ordinary diagnostic conversations."""
    if nrc in BENIGN_NRCS:
        return None
    if nrc in _PROGRAMMING_NRCS or sid in _PROGRAMMING_SIDS:
        return "ota"
    return None


# ---- a code's place ------------------------------------------------------------------------------
def code_location(code: str, kind: str, context: str = "", source: str = "") -> tuple[Category, str] | None:
    """Category and subsystem of a code; ``context`` (the line and its process) refines a subsystem
    the code's structure leaves open, and names the system of a vendor code without a token."""
    loc = None
    if kind == "dtc":
        loc = dtc.location(code)
    elif kind == "j1939":
        loc = dtc.j1939_location(code, dtc.j1939_source_address(context))
    elif kind == "uds_nrc":
        parsed = parse_nrc(code)
        sub = nrc_subsystem(*parsed) if parsed else None
        return (C.SOFTWARE_PLATFORM, sub) if sub else None
    elif kind == "can":
        return C.CONNECTIVITY_NETWORK, "can"
    elif kind == "vendor":
        sub = vendor_subsystem(code) or token_subsystem(context)
        if sub is None and (context or source):
            sub = best_subsystem(context.lower(), source=source)
        elif sub is not None and context:
            # The token names the ECU (BMS); the words may name the part of it at fault (a cell), when
            # they name that part more than the token's own ("DCDC_0x21: 12V net no longer supplied,
            # DC/DC offline" stays the converter's).
            # (the code itself and the emitter's name say the ECU again, not which part of it)
            said = context.lower().replace(code.lower(), " ")
            for word in source.lower().split():
                said = re.sub(rf"\b{re.escape(word)}\b", " ", said)
            # (a function the fault took, "ACC unavailable", is its consequence, not another part)
            words = subsystem_scores(_DRIVING_FUNCTIONS_RX.sub(" ", said))
            parts = {s: w for s, w in words.items() if CATEGORY_OF[s] is CATEGORY_OF[sub] and s != sub}
            best = max(parts, key=lambda s: (parts[s], s)) if parts else None
            if best is not None and parts[best] > words.get(sub, 0.0):
                sub = best
        return (CATEGORY_OF[sub], sub) if sub else None
    if loc is None:
        return None
    if kind == "dtc" and context:
        # The line's own words (a code's description) refine a range the table only knows roughly.
        words = subsystem_scores(context.lower())
        named = max(words.items(), key=lambda kv: kv[1], default=None)
        if (
            named is not None and named[1] >= 2.0 and (not loc.specific or not loc.subsystem)
            and CATEGORY_OF[named[0]] is not loc.category and not dtc.is_network_consequence(code)
        ):
            return CATEGORY_OF[named[0]], named[0]
    if loc.subsystem:
        return loc.category, loc.subsystem
    sub = best_subsystem(context.lower(), within=loc.category, source=source) if context or source else None
    return loc.category, sub or ""


# ---- roles of lines -------------------------------------------------------------------------------
# A line that reports something *missing* (a peer silent, a message absent, data invalid) is a
# consequence: the cause is the peer, the bus or its power. Generic words of absence, not fault names.
CONSEQUENCE_RX = re.compile(
    r"lost( \w+)? (communication|comm|contact|connection)|(communication|connection|contact)( with \w+)? lost|"
    # (an actuator's own "speed feedback lost, commanded 70 % measured 0" is its fault, not a missing peer)
    r"(message|frame|signal|data|heartbeat)s? lost|not accepted|not acknowledged|unacknowledged|"
    r"no (response|answer|reply|data|signal|heartbeat|frames?|packets?|images?)\b"
    r"|not (received|responding|available|reachable)|\btime ?d? ?out\b|timeout|timed out|missing|\bsilent\b"
    r"|unavailable|invalid (data|signal|message)|stale|unreachable|absent|degraded|\bsubstitute value|"
    r"fallback|default value|\bqualifier\b.{0,10}(invalid|fault)|alive counter|(crc|checksum) (error|mismatch).{0,20}(from|msg|frame)"
)
# Words of an abnormal state that carry no "error" or "fail" (a part stopped, stuck, out of range, shorted):
# with the parser's fault words, what a line must say to prove a fault when its level says error.
FAULT_STATE_RX = re.compile(
    # (an interlock loop that opens is broken; "open loop" alone is a control mode)
    r"\b(lost|loss|stuck|stall(ed|s)?|stopped|dead|defective|broken|short(ed| circuit| to)|open (load|circuit)|"
    r"(hvil|interlock)( loop)?( \d+)? open(ed)?\b|"
    r"(safety|thermal|emergency) throttl\w*|"
    r"over-?current|over-?voltage|under-?voltage|over-?temp\w*|overheat\w*|implausib\w*|out of (range|bounds)|"
    r"exceed\w*|(above|below) (the )?(limit|threshold|range|min\w*|max\w*)|invalid|mismatch\w*|unexpected|"
    r"unstable|not (ok|working|detected|found|present|ready|plausible|match\w*)|killed|hung|frozen|freez\w*|jamm\w*|"
    r"blocked|overflow|underrun|overrun|dropout|malfunction\w*|no (fix|modem|link|carrier|power|supply)|"
    r"deviat\w*|anomal\w*|abnormal\w*|erratic|irregular|interrupt\w*|restart\w*|reboot\w*|reset|"
    r"too (high|low|hot|cold|fast|slow)|(high|low) (voltage|pressure|temperature|temp|current|level|resistance)|"
    r"(voltage|pressure|temperature|temp|current|level|resistance) (too )?(high|low)|leak\w*|misfir\w*|knock\w*|"
    r"over-?speed|overload\w*|(under|over)-?pressure|crash\w*|trip(s|ped)?|nok|misalign\w*|saturat\w*|"
    r"unreliable|drift(s|ed|ing)?|"
    # (a device that disappears from its bus or its driver: "touchscreen device /dev/input/event3 removed")
    r"removed|disappeared|vanished)\b"
)

# A link or carrier going down: a state line, routine once (a unit powering down), a flap when it recurs.
LINK_DOWN_RX = re.compile(r"\blink (is )?down\b|\bno carrier\b|\bcarrier (lost|off|down)\b|\blink (lost|dropped)\b")

# A line that says a condition ended.
RECOVERY_RX = re.compile(
    r"\b(recovered|restored|re-?established|reconnected|resumed|back to normal|returned to normal|cleared|healed|"
    r"normal operation|back online|re-?acquired|regained|link up|is up|ok again|recovering|self-?test passed|succeeded after|"
    # (the same check run again and passing: "step re-run passed", "retest ok")
    r"re-?(run|test|check)(ed)?( \w+)? (passed|ok))\b"
)

# ---- risk ----------------------------------------------------------------------------------------
R = RiskLevel
# What the vehicle did about the fault, strongest first. Applied to lines at warning or above.
RISK_MARKERS: tuple[tuple[re.Pattern[str], RiskLevel], ...] = tuple(
    (re.compile(rx), risk)
    for rx, risk in (
        (r"thermal runaway|\bfire\b|venting|smoke", R.CRITICAL),
        (r"minimal[- ]risk|\bmrm\b|\bmrc\b|safe[- ]?stop|safe state|emergency (stop|shutdown|brak)|pull(ed|ing|s)?[- ]?over|"
         r"stop(ped)? the vehicle|stop vehicle|controlled stop", R.CRITICAL),
        # (a drive that coasts in a fault state has lost propulsion while moving)
        (r"fault[ _-]?coast|coast(s|ed|ing)? to (a )?(stop|standstill|halt)|not drivable|immobili[sz]ed|stuck in bootloader|rollback failed|bricked", R.CRITICAL),
        (r"propulsion (lost|inhibited|disabled)|loss of (propulsion|braking|steering)|no propulsion|"
         r"shutdown .{0,20}over-?temp|over-?temperature shutdown|coolant loss", R.CRITICAL),
        (r"\bweld(ed|ing)?\b|isolation fault|isolation resistance .{0,30}(below|low)|steering (assist )?(lost|loss)|"
         r"brake assist (lost|loss)|airbag .{0,20}(disabled|inoperative)", R.CRITICAL),
        (r"spoof|safety goal|esc and eps|brake and steering|actuators? (feedback )?lost", R.CRITICAL),
        (r"derat(e|ed|ing)|limp[ -]?(home|mode|range|gear)|power (limit|reduc)|reduced (performance|power|torque)|torque (limit|reduc)|"
         r"stop safely|restricted|limited to \d+|speed limit(ed)? to|speed cap(ped)?\b(?!\W+(unchanged|lifted|released|removed|cleared))|\bv[_ ]?max\W{0,3}\d+ ?(km/?h|kph|mph)|"
         r"emergency (mode|operation|running)|\d+ ?% (torque|power)|"
         r"(?<!pre)charg(e|ing) (stopped|aborted|terminated|interrupted|not possible)|red stop lamp|engine protection|"
         r"(permit|permission)\w* (withdrawn|revoked)|"
         # (a function cut back to a share of itself is derated: "assist reduced to 30%"; a function that falls
         # back to its backup or a degraded mode runs on less than it should)
         r"(reduced|limited|cut) to \d+ ?%|reduced (\w+ )?(capability|assist)|"
         r"fall(s|ing)? ?back to (a |the )?(\w+ )?(backup|redundan\w*|degraded)|"
         # (J1939 DM1's red stop lamp, as the frame decoder spells the lit lamps: "lamps RSL,AWL")
         r"\blamps (\w+,)*rsl\b", R.HIGH),
        # (an automated drive handing back to the driver has lost that function)
        (r"takeover (request|chime|alert)|request(s|ed|ing)? (a |the )?(driver |safety driver )?takeover|\bdisengag\w*|\bdisabled\b|deactivated|inhibit|unavailable|not available|\boffline\b|bus[- ]?off|\bstall(ed)?\b|"
         r"\bfailed\b.{0,20}(permanent|latched)|latched|service (required|soon)|warning lamp|\bmil\b|check engine", R.HIGH),
        # (a TCP "connection reset by peer" is the network's word, not an ECU's reset)
        # (a kernel panic takes its unit down: high; critical needs a safety function lost with it)
        (r"kernel panic|watchdog reset|soft lockup|hard lockup|link lost|lock lost|fix lost|\bno fix\b|reboot(ed|ing)?|"
         r"(?<!connection )reset", R.HIGH),
        (r"contactor open|rolled back|generalprogrammingfailure|uploaddownloadnotaccepted", R.HIGH),
        (r"over-?temperature|overheat", R.HIGH),
    )
)

# A function the vehicle took away (inhibited, disabled, a limp range): a reaction even in an info line
# of the failing system itself (a part reporting what it did about its own fault, a service tool's row).
FUNCTION_LOST_RX = re.compile(
    r"\binhibit(s|ed|ing)?\b|\bdisabled\b|deactivated|unavailable|not available|limp[ -]?(home|mode|range|gear)|"
    r"derat(e|ed|ing)"
)

# Reactions of the vehicle as a whole (whoever logs them): they count even on a line that names no system.
VEHICLE_REACTION_RX = re.compile(
    r"derat(e|ed|ing)|limp[ -]?(home|mode|range|gear)|power (limit|reduc)|reduced (performance|power|torque)|torque (limit|reduc)|"
    r"speed limit(ed)? to|speed cap(ped)?\b(?!\W+(unchanged|lifted|released|removed|cleared))|stop safely|minimal[- ]risk|\bmrm\b|\bmrc\b|safe[- ]?stop|pull(ed|ing|s)?[- ]?over|not drivable|"
    r"propulsion (lost|inhibited|disabled)|fault[ _-]?coast|coast(s|ed|ing)? to (a )?(stop|standstill|halt)|"
    r"takeover (request|chime|alert)|request(s|ed|ing)? (a |the )?(driver |safety driver )?takeover|autonomy disengag\w*|"
    # (the automated drive lost as a whole, whichever unit says so)
    r"(automated|autonomous) driving (unavailable|not available|disabled|switched off|off|aborted)"
)

# Crash reports of an application (not a safety function) cap the risk of the line at medium.
RISK_CAPS: tuple[tuple[re.Pattern[str], RiskLevel], ...] = (
    (re.compile(r"sigsegv|sigabrt|fatal signal|\banr in\b|tombstone|has died"), R.MEDIUM),
    # A fault whose retry succeeded, in the line that reports it ("lock motor stall, retry 1 ok"), recovered.
    (re.compile(r"\bretry( [\w<>*]+)?:? (ok|succeeded|successful)\b|succeeded (on|after) (a )?retry"), R.MEDIUM),
)

# Lines that are evidence even at info level: a process dumped core, a service was killed.
INFO_EVIDENCE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"dumped core|core dump|status=(6/abrt|11/segv|9/kill)"), "crash"),
    # (a watchdog that fired found its computer hung, whatever level the line was filed at: "window watchdog
    # not serviced, reset in 40 ms", "reset cause WATCHDOG")
    (re.compile(r"\b(watchdog|wdg|wdt)\b.{0,12}\b(not (serviced|kicked|fed|triggered)|expired|bit(e|ten)|fired)\b|"
                r"\breset (cause|reason|source)\W{1,3}(was )?(watchdog|wdg|wdt)\b|\b(watchdog|wdg|wdt) reset\b"), "watchdog"),
)

RISK_ORDER = (R.LOW, R.MEDIUM, R.HIGH, R.CRITICAL)


def risk_rank(risk: RiskLevel) -> int:
    return RISK_ORDER.index(risk)


def lower_risk(risk: RiskLevel, steps: int = 1) -> RiskLevel:
    return RISK_ORDER[max(0, risk_rank(risk) - steps)]


# Comfort functions: losing one degrades comfort, not safety (a feature lost there is medium).
COMFORT_SUBSYSTEMS = frozenset({"hvac", "seats", "hmi"})
# ... except the instrument cluster among the HMI: speed and telltales are displays the driver needs.
REQUIRED_DISPLAY_RX = re.compile(r"\bcluster\b|instrument|telltale|speedometer|\bipc\b|\bhud\b")

# ---- vehicle state ---------------------------------------------------------------------------------
# What the vehicle was doing: moving, or parked / charging / in a workshop or test. A fault while
# parked or on a test bench puts nobody at risk on the road, so it lowers the risk by one level.
STATIONARY_RX = re.compile(
    r"\bparked\b|\bparking mode\b|gear[ =:]*p\b|\bin park\b|ignition off|\bkey off\b|\bsleep mode\b|"
    # (an alternator's "charging system" / "charging voltage" runs while driving: no plugged-in vehicle)
    r"\bcharging\b(?! (system|voltage|potential|circuit|lamp|indicator))(?!\W{1,3}\d+(\.\d+)? ?v\b)|"
    r"charge session|\bplugged in\b|(?<!see )(?<!visit )(?<!to )(?<!a )(?<!the )\bworkshop\b|\bservice mode\b|\btest ?(mode|bench|rig)\b|\bdyno\b|\bhil\b|"
    r"\bend[- ]of[- ]line\b|\beol test\b|\bstandby\b|"
    # a charging station talking to the vehicle (IEC 61851 control pilot, ISO 15118 SECC): plugged in
    r"\bevse\b|\bsecc\b|control pilot"
)
MOVING_RX = re.compile(
    r"\bdriving\b|\bgear[ =:]*d\b|\bspeed[ =:]+([1-9]\d*(\.\d+)?)\s*(km/?h|kph|mph)|\bhighway\b|\bpilot (active|engaged)|"
    r"\bmoving\b|\bcruis(e|ing)\b|\blane change\b|\bv_?ego[ =:]+[1-9]"
)

# ---- explicit level markers --------------------------------------------------------------------

_LEVEL_WORDS = {
    "trace": Severity.TRACE, "verbose": Severity.TRACE, "v": Severity.TRACE, "debug": Severity.DEBUG,
    "d": Severity.DEBUG, "info": Severity.INFO, "notice": Severity.INFO, "i": Severity.INFO,
    "warn": Severity.WARNING, "warning": Severity.WARNING, "w": Severity.WARNING, "error": Severity.ERROR,
    "err": Severity.ERROR, "e": Severity.ERROR, "fatal": Severity.CRITICAL, "critical": Severity.CRITICAL,
    "crit": Severity.CRITICAL, "f": Severity.CRITICAL, "emerg": Severity.CRITICAL, "alert": Severity.CRITICAL,
}
# An ISO 8601 date and time at the start of a line (space or T, optional fraction with a dot or a comma,
# optional zone).
_ISO_STAMP = r"^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?"
_EXPLICIT_LEVEL = (
    re.compile(r"\blevel=\"?(\w+)"),  # logfmt
    re.compile(r"\"(?:level|severity|sev|lvl|loglevel|log_level|log\.level)\"\s*:\s*\"(\w+)\""),  # JSON lines
    re.compile(r"(?i)\[(trace|debug|info|notice|warn|warning|error|err|fatal|critical|crit)\]"),
    re.compile(r"\b(DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL|FATAL): "),  # Python logging style
    # a level column right after an ISO date and time (Python logging's default ``%(asctime)s
    # %(levelname)-8s``, log4j/logback/zap layouts): "2026-09-12 17:13:12,000 INFO     note: ..."
    re.compile(_ISO_STAMP + r"\s+(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL)\b"),
    re.compile(r"^\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\s+\d+\s+\d+ ([VDIWEF]) "),  # logcat threadtime
    re.compile(r"^([IWEF])\d{4} \d\d:\d\d:\d\d\.\d{6}\s"),  # glog
    re.compile(r" log (fatal|error|warn|info|debug|verbose) (?:(?:non-)?verbose|V|N) \d+ "),  # DLT viewer text export
    # GLib-style daemons (NetworkManager, ModemManager): the level in angle brackets after the tag
    re.compile(r"\]?: +<(debug|info|warn|error|critical)> "),
)


# Levels a format states as a number (the number is the writer's judgement as much as a word is):
# QNX slog2info's severity column after the buffer name (0 shutdown, 1 critical, 2 error, 3 warning,
# 4 notice, 5 info, 6-7 debug). (Not a syslog <PRI>: writers leave it at their facility's default, and
# three authors' healthy batches file routine retries and tool asserts as <131> err.)
_SLOG2_LEVEL = re.compile(r"^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d\.\d{3} +[\w.-]+\.\d+ +\S+ +([0-7]) ")
_SLOG2_SEVERITY = (Severity.CRITICAL, Severity.CRITICAL, Severity.ERROR, Severity.WARNING, Severity.INFO,
                   Severity.INFO, Severity.DEBUG, Severity.DEBUG)
# An AUTOSAR diagnostic event reported by the BSW (Dem_SetEventStatus / Dem_ReportErrorStatus, AUTOSAR
# SWS DiagnosticEventManager): FAILED is the ECU's own verdict that its monitor failed, whatever level
# (none) the trace prints; PREFAILED is debouncing towards it, PASSED / PREPASSED a monitor that passed.
_DEM_STATUS = re.compile(r"\bDem_(?:SetEventStatus|ReportErrorStatus)\b[^)]*?\b(?:DEM_EVENT_STATUS_)?"
                         r"(PREFAILED|FAILED|PREPASSED|PASSED)\b")
_DEM_SEVERITY = {"FAILED": Severity.ERROR, "PREFAILED": Severity.WARNING, "PASSED": Severity.INFO,
                 "PREPASSED": Severity.INFO}


def explicit_level(line: str) -> Severity | None:
    """The level a line states itself (``level=warn``, ``[ERROR]``, logcat's ``W``, glog's ``E0314``,
    a numeric slog2 or syslog severity, an AUTOSAR Dem event status).

    A stated level outranks a severity guessed from keywords: ``level=warn msg="network
    unreachable"`` is a warning even though "unreachable" sounds like an error."""
    head = line[:160]
    for rx in _EXPLICIT_LEVEL:
        m = rx.search(head)
        if m:
            return _LEVEL_WORDS.get(m.group(1).lower())
    if (m := _SLOG2_LEVEL.match(head)) is not None:
        return _SLOG2_SEVERITY[int(m.group(1))]
    if "Dem_" in head and (m := _DEM_STATUS.search(head)) is not None:
        return _DEM_SEVERITY[m.group(1)]
    return None


_HEADERS = (
    re.compile(r"^\d{4}-\d\d-\d\dT\S+ \S+ (?P<src>[\w.@/-]+)(\[\d+\])?: "),  # journald short-iso
    re.compile(r"^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S+ (?P<src>[\w.@/-]+)(\[\d+\])?: "),  # RFC 3164 syslog
    re.compile(r"^<\d+>\d \S+ \S+ (?P<src>\S+) \S+ \S+ (?:\[.*?\]|-) "),  # RFC 5424 syslog
    re.compile(r"^\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\s+\d+\s+\d+ [VDIWEF] (?P<src>[^:]+?)\s*: "),  # logcat threadtime
    re.compile(r"^[IWEF]\d{4} \d\d:\d\d:\d\d\.\d{6}\s+\d+ (?P<src>[^\]:]+)(?::\d+)?\] "),  # glog
    # DLT viewer text export: index, time, timestamp, counter, ECU id, app id, context id, type, level
    # (the mode is spelled out, "verbose", or abbreviated, "V" / "N")
    re.compile(r"^\d+ \d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d+\s+\d+ \d+ (?P<src>\S+ \S+ \S+) log \w+ (?:(?:non-)?verbose|V|N) \d+ "),
    re.compile(r"^\[\s*\w+\]\s*\[[\d.]+\]\s*\[(?P<src>[^\]]+)\]:? "),  # ROS console
    # ISO time, a level column, the logger: Python logging's default layout, log4j-style layouts
    re.compile(_ISO_STAMP + r"\s+[A-Z]{4,8}\s+(?P<src>[\w.@/-]+)(\[\d+\])?: "),
    # ISO time, then the writer's tag in brackets: "2026-12-07T20:23:06.000Z [ehps] steering assist LOST"
    re.compile(_ISO_STAMP + r"\s+(?:[A-Z]{4,8}\s+)?\[(?P<src>[A-Za-z][\w.@/-]{0,31})\]:?\s"),
)
_FIELD_SOURCE = (
    re.compile(r"\b(?:comp|component|node|module|src|source|ecu|unit|logger|app|service|tag|sensor|device)="
               r"\"?(?P<src>[\w./-]+)"),
    re.compile(r"\"(?:node|ecu|source|module|component|comp|app|unit|logger|service|tag|sensor|device)\"\s*:\s*"
               r"\"(?P<src>[^\"]{1,40})\""),
)


# The message field of a structured line (logfmt, JSON lines, journalctl -o json): the rest are fields
# (time, level, the writing component) that say who wrote it, not what happened.
_MESSAGE_FIELD = (
    re.compile(r"\bmsg=\"((?:[^\"\\]|\\.)*)\"?"),
    re.compile(r"\"(?:msg|message|MESSAGE|text|log)\"\s*:\s*\"((?:[^\"\\]|\\.)*)\"?"),
)


def message_of(line: str) -> str:
    """The message of a raw log line, without its timestamp/host/process header (or, for a structured
    line, its message field), read in English (:mod:`functions.core.domain.glossary`)."""
    return in_english(written_message(line))


def written_message(line: str) -> str:
    """The message of a raw log line as its writer wrote it (for quoting)."""
    for rx in _HEADERS:
        m = rx.match(line)
        if m:
            return line[m.end() :]
    for rx in _MESSAGE_FIELD:
        m = rx.search(line)
        if m and m.group(1).strip():
            return m.group(1)
    return line


def source_of(line: str) -> str:
    """The process, tag, node or ECU that wrote a raw log line (not the host name), as words."""
    for rx in _HEADERS + _FIELD_SOURCE:
        m = rx.search(line) if rx in _FIELD_SOURCE else rx.match(line)
        if m:
            src = re.sub(r"[_.:/\[\]-]+", " ", m.group("src")).strip()
            # The kernel and init write for every driver and service: as a source they name nothing.
            return "" if src.lower() in _NEUTRAL_SOURCES else src
    return ""


_NEUTRAL_SOURCES = frozenset({"kernel", "systemd", "init", "dmesg", "journal", "syslog", "root"})
