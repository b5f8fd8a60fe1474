"""ASAM MDF4 bus logging (CAN/LIN as written by loggers such as CANedge) through asammdf.

Frames are counted per bus and identifier; error-frame groups become CAN/LIN codes; other channel
groups (measured signals) are counted by group. asammdf needs a seekable file, so the stream is
spooled to /tmp first (bounded). Samples are read group by group in chunks (``iter_get``).
"""

from __future__ import annotations

from functions.core.domain.contracts import CodeKind
from functions.parse.builder import SummaryBuilder
from functions.parse.formats import ReadState
from functions.parse.formats._common import RecordSink, spooled
from functions.parse.severity import ERROR
from functions.parse.streams import Readable

_FRAME_KINDS = ("DataFrame", "RemoteFrame", "LIN_Frame")


def summarize(reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: ReadState):
    from asammdf import MDF

    sink = RecordSink(builder)
    state.finish = sink.finish
    with spooled(reader, max_bytes=max_bytes, suffix=".mf4") as path:
        try:
            mdf = MDF(path)
        except Exception as exc:  # asammdf raises assorted errors on a damaged file
            state.error = f"unreadable MDF file: {type(exc).__name__}: {exc}"[:500]
            state.finish = None
            return sink.finish()
        try:
            start = mdf.start_time.timestamp()
            for gi, group in enumerate(mdf.groups):
                n = group.channel_group.cycles_nr
                names = [c.name for c in group.channels]
                if not n or not names:
                    continue
                kind = next((c for c in names if c != "Timestamp" and "." not in c), names[-1])
                label = (group.channel_group.acq_name or kind).split("_")[0]
                if any(kind.endswith(k) for k in _FRAME_KINDS) and f"{kind}.ID" in names:
                    _frames(mdf, builder, gi, kind, label, start)
                elif "Error" in kind:
                    _errors(mdf, builder, sink, gi, kind, label, start)
                else:
                    builder.messages += n
                    builder.add_channel(group.channel_group.acq_name or kind, n)
        except Exception as exc:
            state.error = f"MDF file damaged part-way: {type(exc).__name__}: {exc}"[:500]
        finally:
            mdf.close()
    state.finish = None
    return sink.finish()


def _frames(mdf, builder: SummaryBuilder, gi: int, kind: str, label: str, start: float) -> None:
    import numpy as np

    for sig in mdf.iter_get(f"{kind}.ID", group=gi):
        ids = np.asarray(sig.samples).astype(np.int64) & 0x1FFFFFFF
        if len(ids) == 0:
            continue
        builder.messages += len(ids)
        builder.observe_time(start + float(sig.timestamps[0]))
        builder.observe_time(start + float(sig.timestamps[-1]))
        values, counts = np.unique(ids, return_counts=True)
        for ident, count in zip(values.tolist(), counts.tolist(), strict=True):
            builder.add_channel(f"{label} 0x{ident:X}", count)


def _errors(mdf, builder: SummaryBuilder, sink: RecordSink, gi: int, kind: str, label: str, start: float) -> None:
    code = f"{label} {kind.split('_', 1)[-1].upper()}"
    index = builder.messages
    for sig in mdf.iter_get(kind, group=gi):
        for t in sig.timestamps.tolist():
            ts = start + float(t)
            builder.messages += 1
            builder.observe_time(ts)
            sink.record(f"{label} {kind}", ERROR, ts, index)
            builder.add_code(code, CodeKind.CAN, ERROR, ts, message_index=index, text=f"{label} {kind}")
            index += 1
