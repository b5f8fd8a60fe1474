/* The text path's block pass in one C loop: functions/parse/text.py's ``_prepare`` and the
 * ``Counter`` of ``_process_block``, fused.
 *
 * Pure Python does it in four C-level passes over a block (translate, split into keys, hash every
 * key while counting, and the line split), each allocating a fresh bytes object per line. Here one
 * pass maps every byte through the table into a scratch buffer, looks the shape up in a hash table
 * local to the call, and hands back the SAME bytes object for every line of one shape: the counts
 * come for free, and the Python passes after it (dict lookups per line in the block clock and the
 * code-line picks) compare keys by identity with their hash cached instead of hashing ~200 bytes.
 *
 * Exactness: a key is ``line.translate(text._ZERO_DIGITS_MARK_BINARY)[:limit]``, byte for byte what
 * the pure path builds (tests/unit/parse/test_native_shapes.py runs both, and every one of the 256
 * byte values). Where that table maps a byte to 0 (not text), the pure path takes its binary route,
 * so this returns None for such a block and the caller runs the pure code. ``SOURCE_SHA256`` is the hash of this file at build time: the loader uses the
 * module only when it matches the source beside it, so a stale build never shadows an edit.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#ifndef SOURCE_SHA256
#define SOURCE_SHA256 "unknown"
#endif

typedef struct {
    uint64_t hash;
    PyObject *key; /* a bytes object, owned by the keys list */
    Py_ssize_t count;
} Entry;

/* Eight bytes per step (a multiply-xorshift mix): a byte-at-a-time hash costs more than the
 * translate itself. Only equality decides a match, so the hash only has to spread. */
static uint64_t hash_bytes(const unsigned char *s, Py_ssize_t n) {
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ (uint64_t)n;
    Py_ssize_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 31;
    }
    if (i < n) {
        uint64_t w = 0;
        memcpy(&w, s + i, (size_t)(n - i));
        h = (h ^ w) * 0x94D049BB133111EBULL;
        h ^= h >> 29;
    }
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 32);
}

/* Whether a byte is text, as the pure path's table says: printable ASCII, tab, LF, FF, CR, ESC
 * and every byte >= 128. Branch-free, so that the loops below vectorise. */
static inline unsigned char is_text(unsigned char c) {
    return (unsigned char)(((c >= 32) & (c != 127)) | (c == 9) | (c == 10) | (c == 12) | (c == 13) | (c == 27));
}

#ifdef __SSE2__
#include <emmintrin.h>
/* 16 bytes at a time: 0xFF in each byte that is not text. */
static inline __m128i not_text16(__m128i v) {
    __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(31)), v); /* v <= 31 */
    __m128i ok = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(9)), _mm_cmpeq_epi8(v, _mm_set1_epi8(10))),
                              _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(12)),
                                                        _mm_cmpeq_epi8(v, _mm_set1_epi8(13))),
                                           _mm_cmpeq_epi8(v, _mm_set1_epi8(27))));
    return _mm_or_si128(_mm_andnot_si128(ok, low), _mm_cmpeq_epi8(v, _mm_set1_epi8(127)));
}
#endif

/* dst = src with digits 1-9 turned into 0; returns 1 when every byte is text. */
static unsigned char zero_digits(const unsigned char *restrict src, unsigned char *restrict dst, Py_ssize_t n) {
    unsigned char text = 1;
    Py_ssize_t i = 0;
#ifdef __SSE2__
    __m128i bad = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(src + i));
        __m128i d = _mm_sub_epi8(v, _mm_set1_epi8('1'));
        __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(8)), d); /* v - '1' <= 8, unsigned */
        bad = _mm_or_si128(bad, not_text16(v));
        _mm_storeu_si128((__m128i *)(dst + i),
                         _mm_or_si128(_mm_andnot_si128(digit, v), _mm_and_si128(digit, _mm_set1_epi8('0'))));
    }
    text = _mm_movemask_epi8(bad) == 0;
#endif
    for (; i < n; i++) {
        unsigned char c = src[i];
        text &= is_text(c);
        dst[i] = (unsigned char)(c - '1') < 9 ? '0' : c;
    }
    return text;
}

static unsigned char text_only(const unsigned char *restrict src, Py_ssize_t n) {
    unsigned char text = 1;
    Py_ssize_t i = 0;
#ifdef __SSE2__
    __m128i bad = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16)
        bad = _mm_or_si128(bad, not_text16(_mm_loadu_si128((const __m128i *)(src + i))));
    text = _mm_movemask_epi8(bad) == 0;
#endif
    for (; i < n; i++)
        text &= is_text(src[i]);
    return text;
}

/* One block's pass: the shape table, and the keys (and lines) gathered so far. */
typedef struct {
    Py_ssize_t limit, cap, distinct, n, room, scratch_cap;
    Entry *slots;
    Py_ssize_t *order; /* slot of each shape, in order of first appearance */
    PyObject **keys, **lines; /* lines: NULL unless the pass makes them */
    unsigned char *scratch;
} Pass;

static int pass_init(Pass *p, Py_ssize_t limit, int make_lines) {
    memset(p, 0, sizeof(*p));
    p->limit = limit;
    p->cap = 1024;
    p->room = 1024;
    p->slots = PyMem_Calloc(p->cap, sizeof(Entry));
    p->order = PyMem_Malloc(sizeof(Py_ssize_t) * (p->cap / 2));
    p->keys = PyMem_Malloc(sizeof(PyObject *) * p->room);
    p->lines = make_lines ? PyMem_Malloc(sizeof(PyObject *) * p->room) : NULL;
    p->scratch_cap = limit < 256 ? (limit > 0 ? limit : 1) : 256; /* grown to the longest key (pass_line) */
    p->scratch = PyMem_Malloc(p->scratch_cap);
    if (!p->slots || !p->order || !p->keys || (make_lines && !p->lines) || !p->scratch) {
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

static void pass_free(Pass *p) {
    for (Py_ssize_t i = 0; i < p->n; i++) { /* references not handed to a list */
        if (p->keys)
            Py_XDECREF(p->keys[i]);
        if (p->lines)
            Py_XDECREF(p->lines[i]);
    }
    PyMem_Free(p->slots);
    PyMem_Free(p->order);
    PyMem_Free(p->keys);
    PyMem_Free(p->lines);
    PyMem_Free(p->scratch);
    memset(p, 0, sizeof(*p));
}

static int pass_grow_table(Pass *p) {
    Py_ssize_t bigger = p->cap * 2;
    Entry *fresh = PyMem_Calloc(bigger, sizeof(Entry));
    Py_ssize_t *order = PyMem_Malloc(sizeof(Py_ssize_t) * (bigger / 2));
    if (fresh == NULL || order == NULL) {
        PyMem_Free(fresh);
        PyMem_Free(order);
        PyErr_NoMemory();
        return -1;
    }
    uint64_t mask = (uint64_t)bigger - 1;
    for (Py_ssize_t i = 0; i < p->distinct; i++) {
        Entry *e = &p->slots[p->order[i]];
        uint64_t at = e->hash & mask;
        while (fresh[at].key != NULL)
            at = (at + 1) & mask;
        fresh[at] = *e;
        order[i] = (Py_ssize_t)at;
    }
    PyMem_Free(p->slots);
    PyMem_Free(p->order);
    p->slots = fresh;
    p->order = order;
    p->cap = bigger;
    return 0;
}

/* One line (without its newline): 0, 1 when it is not all text, -1 on an error. */
static int pass_line(Pass *p, const unsigned char *src, Py_ssize_t len) {
    Py_ssize_t klen = len < p->limit ? len : p->limit;
    if (klen > p->scratch_cap) {
        Py_ssize_t cap = klen < p->limit / 2 ? klen * 2 : p->limit;
        unsigned char *grown = PyMem_Realloc(p->scratch, cap);
        if (grown == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        p->scratch = grown;
        p->scratch_cap = cap;
    }
    if (!(zero_digits(src, p->scratch, klen) & text_only(src + klen, len - klen)))
        return 1;
    if (p->n == p->room) {
        PyObject **keys = PyMem_Realloc(p->keys, sizeof(PyObject *) * p->room * 2);
        if (keys == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        p->keys = keys;
        if (p->lines) {
            PyObject **lines = PyMem_Realloc(p->lines, sizeof(PyObject *) * p->room * 2);
            if (lines == NULL) {
                PyErr_NoMemory();
                return -1;
            }
            p->lines = lines;
        }
        p->room *= 2;
    }
    if (2 * (p->distinct + 1) > p->cap && pass_grow_table(p) < 0) /* at most half full */
        return -1;
    if (p->lines) {
        PyObject *line = PyBytes_FromStringAndSize((const char *)src, len);
        if (line == NULL)
            return -1;
        p->lines[p->n] = line;
    }
    const unsigned char *key = p->scratch;
    uint64_t mask = (uint64_t)p->cap - 1, h = hash_bytes(key, klen), at = h & mask;
    for (;;) {
        Entry *e = &p->slots[at];
        if (e->key == NULL) {
            PyObject *obj = PyBytes_FromStringAndSize((const char *)key, klen);
            if (obj == NULL) {
                if (p->lines)
                    Py_CLEAR(p->lines[p->n]);
                return -1;
            }
            e->hash = h;
            e->key = obj; /* the table's reference is the first line's */
            e->count = 1;
            p->order[p->distinct++] = (Py_ssize_t)at;
            p->keys[p->n++] = obj;
            return 0;
        }
        if (e->hash == h && PyBytes_GET_SIZE(e->key) == klen && memcmp(PyBytes_AS_STRING(e->key), key, klen) == 0) {
            e->count++;
            Py_INCREF(e->key);
            p->keys[p->n++] = e->key;
            return 0;
        }
        at = (at + 1) & mask;
    }
}

static PyObject *take_list(PyObject **items, Py_ssize_t n) {
    PyObject *list = PyList_New(n);
    if (list != NULL)
        for (Py_ssize_t i = 0; i < n; i++) {
            PyList_SET_ITEM(list, i, items[i]);
            items[i] = NULL;
        }
    return list;
}

/* (lines, keys, counts), or (keys, counts) when the pass made no lines. */
static PyObject *pass_result(Pass *p) {
    PyObject *counts = PyDict_New(), *keys = NULL, *lines = NULL, *out = NULL;
    if (counts == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < p->distinct; i++) {
        Entry *e = &p->slots[p->order[i]];
        PyObject *c = PyLong_FromSsize_t(e->count);
        int bad = c == NULL || PyDict_SetItem(counts, e->key, c) < 0;
        Py_XDECREF(c);
        if (bad)
            goto fail;
    }
    if (p->lines && (lines = take_list(p->lines, p->n)) == NULL)
        goto fail;
    if ((keys = take_list(p->keys, p->n)) == NULL)
        goto fail;
    p->n = 0;
    out = lines ? PyTuple_Pack(3, lines, keys, counts) : PyTuple_Pack(2, keys, counts);
fail:
    Py_XDECREF(lines);
    Py_XDECREF(keys);
    Py_DECREF(counts);
    return out;
}

/* shape_keys(block, limit) -> (keys, counts) | None
 *
 * keys: one bytes per line of block.split(b"\n"), its digits 1-9 turned into 0, cut to limit bytes;
 * equal keys are one object. counts: {key: lines} in order of first appearance (Counter(keys)).
 * None when a byte of block is not text (the caller's binary path decides those lines). */
static PyObject *shape_keys(PyObject *self, PyObject *args) {
    Py_buffer block;
    Py_ssize_t limit;
    if (!PyArg_ParseTuple(args, "y*n", &block, &limit))
        return NULL;
    PyObject *result = NULL;
    Pass p;
    if (limit < 0) {
        PyErr_SetString(PyExc_ValueError, "limit must be >= 0");
        PyBuffer_Release(&block);
        return NULL;
    }
    if (pass_init(&p, limit, 0) == 0) {
        const unsigned char *data = block.buf, *end = data + block.len;
        int status = 0;
        for (;;) {
            const unsigned char *nl = memchr(data, '\n', end - data);
            status = pass_line(&p, data, (nl ? nl : end) - data);
            if (status != 0 || nl == NULL)
                break;
            data = nl + 1;
        }
        if (status == 0)
            result = pass_result(&p);
        else if (status == 1)
            result = Py_NewRef(Py_None);
    }
    pass_free(&p);
    PyBuffer_Release(&block);
    return result;
}

/* shape_lines(pieces, limit) -> (lines, keys, counts) | None
 *
 * The same over the block b"".join(pieces) (buffers: bytes, memoryviews), also making its lines
 * (block.split(b"\n")) straight from the pieces, so that the caller never joins or copies them. */
static PyObject *shape_lines(PyObject *self, PyObject *args) {
    PyObject *pieces;
    Py_ssize_t limit;
    if (!PyArg_ParseTuple(args, "O!n", &PyList_Type, &pieces, &limit))
        return NULL;
    if (limit < 0) {
        PyErr_SetString(PyExc_ValueError, "limit must be >= 0");
        return NULL;
    }
    PyObject *result = NULL;
    Pass p;
    unsigned char *part = NULL; /* a line that spans pieces, gathered */
    Py_ssize_t part_len = 0, part_cap = 0;
    int status = pass_init(&p, limit, 1);
    for (Py_ssize_t k = 0; status == 0 && k < PyList_GET_SIZE(pieces); k++) {
        Py_buffer view;
        PyObject *piece = Py_NewRef(PyList_GET_ITEM(pieces, k));
        int got = PyObject_GetBuffer(piece, &view, PyBUF_SIMPLE);
        Py_DECREF(piece); /* view.obj holds the exporter */
        if (got < 0) {
            status = -1;
            break;
        }
        const unsigned char *data = view.buf, *end = data + view.len;
        while (status == 0) {
            const unsigned char *nl = memchr(data, '\n', end - data);
            const unsigned char *stop = nl ? nl : end;
            if (nl == NULL || part_len > 0) { /* gather: the line goes on in the next piece */
                Py_ssize_t add = stop - data;
                if (part_len + add > part_cap) {
                    Py_ssize_t cap = (part_len + add) * 2 + 64;
                    unsigned char *grown = PyMem_Realloc(part, cap);
                    if (grown == NULL) {
                        PyErr_NoMemory();
                        status = -1;
                        break;
                    }
                    part = grown;
                    part_cap = cap;
                }
                if (add)
                    memcpy(part + part_len, data, add);
                part_len += add;
                if (nl == NULL)
                    break;
                status = pass_line(&p, part, part_len);
                part_len = 0;
            } else {
                status = pass_line(&p, data, stop - data);
            }
            data = nl + 1;
        }
        PyBuffer_Release(&view);
    }
    if (status == 0)
        status = pass_line(&p, part ? part : (const unsigned char *)"", part_len); /* the last line */
    if (status == 0)
        result = pass_result(&p);
    else if (status == 1)
        result = Py_NewRef(Py_None);
    PyMem_Free(part);
    pass_free(&p);
    return result;
}

/* gate_lines(idx, keys, lines, gates) -> list
 *
 * text.py's ``_code_lines`` filter: the i of idx whose shape has no gate (gates.get(keys[i]) is
 * None) or whose line holds b"59" at one of the gate's offsets (``line[q:q+2] == b"59"``).
 * idx None: every i whose key is in the set wanted, in line order. */
static PyObject *gate_lines(PyObject *self, PyObject *args) {
    PyObject *idx, *keys, *lines, *gates, *wanted = NULL;
    if (!PyArg_ParseTuple(args, "OO!O!O!|O!", &idx, &PyList_Type, &keys, &PyList_Type, &lines, &PyDict_Type, &gates,
                          &PySet_Type, &wanted))
        return NULL;
    if (idx == Py_None ? wanted == NULL : !PyList_Check(idx)) {
        PyErr_SetString(PyExc_TypeError, "idx is a list, or None with wanted");
        return NULL;
    }
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    /* Lookups may run Python code (a key's __eq__, a gate's __index__, a collection's finalizer) that
     * changes these lists: sizes are read afresh and every item used is held while it is used. */
    for (Py_ssize_t k = 0; k < (idx == Py_None ? PyList_GET_SIZE(keys) : PyList_GET_SIZE(idx)); k++) {
        PyObject *item = NULL, *key = NULL, *gate = NULL, *line = NULL; /* strong while used */
        Py_ssize_t i = k;
        int keep = 0;
        if (idx != Py_None) {
            item = Py_NewRef(PyList_GET_ITEM(idx, k));
            i = PyLong_AsSsize_t(item);
            if (i == -1 && PyErr_Occurred())
                goto fail_item;
        } else { /* every line whose shape is wanted */
            key = Py_NewRef(PyList_GET_ITEM(keys, k));
            int in = PySet_Contains(wanted, key);
            Py_CLEAR(key);
            if (in < 0)
                goto fail_item;
            if (!in)
                continue;
        }
        if (i < 0 || i >= PyList_GET_SIZE(keys) || i >= PyList_GET_SIZE(lines)) {
            PyErr_SetString(PyExc_IndexError, "line index out of range");
            goto fail_item;
        }
        key = Py_NewRef(PyList_GET_ITEM(keys, i));
        PyObject *found = PyDict_GetItemWithError(gates, key); /* borrowed */
        Py_CLEAR(key);
        if (found == NULL && PyErr_Occurred())
            goto fail_item;
        keep = found == NULL || found == Py_None;
        if (!keep) {
            gate = Py_NewRef(found);
            if (i >= PyList_GET_SIZE(lines)) {
                PyErr_SetString(PyExc_IndexError, "line index out of range");
                goto fail_item;
            }
            line = Py_NewRef(PyList_GET_ITEM(lines, i));
            if (!PyTuple_Check(gate) || !PyBytes_Check(line)) {
                PyErr_SetString(PyExc_TypeError, "gates are tuples of offsets, lines bytes");
                goto fail_item;
            }
            Py_ssize_t len = PyBytes_GET_SIZE(line);
            for (Py_ssize_t g = 0; g < PyTuple_GET_SIZE(gate) && !keep; g++) {
                /* clipped to the Py_ssize_t range as a slice bound is: a huge offset is past the line */
                Py_ssize_t q = PyNumber_AsSsize_t(PyTuple_GET_ITEM(gate, g), NULL);
                if (q == -1 && PyErr_Occurred())
                    goto fail_item;
                if (q < 0) { /* offsets come from match positions; a negative one would slice from the end */
                    PyErr_SetString(PyExc_ValueError, "negative gate offset");
                    goto fail_item;
                }
                const char *s = PyBytes_AS_STRING(line); /* line is immutable and held */
                keep = q <= len - 2 && s[q] == '5' && s[q + 1] == '9'; /* not q + 2 <= len: q may be near the max */
            }
            Py_CLEAR(gate);
            Py_CLEAR(line);
        }
        if (keep) {
            PyObject *made = item == NULL ? PyLong_FromSsize_t(i) : Py_NewRef(item);
            int bad = made == NULL || PyList_Append(out, made) < 0;
            Py_XDECREF(made);
            if (bad)
                goto fail_item;
        }
        Py_XDECREF(item);
        continue;
    fail_item:
        Py_XDECREF(item);
        Py_XDECREF(key);
        Py_XDECREF(gate);
        Py_XDECREF(line);
        goto fail;
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* cur + delta as Python's ``+=`` gives it: machine arithmetic while both are ints that fit and the sum
 * does not overflow, PyNumber_InPlaceAdd otherwise (big ints, other number types). New reference. */
static PyObject *add_to(PyObject *cur, PyObject *delta_obj, long long delta) {
    if (delta_obj != NULL) { /* as a machine int when it is one */
        int overflow = 0;
        if (!PyLong_CheckExact(delta_obj))
            return PyNumber_InPlaceAdd(cur, delta_obj);
        delta = PyLong_AsLongLongAndOverflow(delta_obj, &overflow);
        if (overflow)
            return PyNumber_InPlaceAdd(cur, delta_obj);
        if (delta == -1 && PyErr_Occurred())
            return NULL;
    }
    if (PyLong_CheckExact(cur)) {
        int overflow = 0;
        long long v = PyLong_AsLongLongAndOverflow(cur, &overflow);
        if (!overflow && !(v == -1 && PyErr_Occurred()) &&
            !(delta > 0 ? v > LLONG_MAX - delta : v < LLONG_MIN - delta))
            return PyLong_FromLongLong(v + delta);
        if (PyErr_Occurred())
            return NULL;
    }
    if (delta_obj != NULL)
        return PyNumber_InPlaceAdd(cur, delta_obj);
    PyObject *d = PyLong_FromLongLong(delta);
    PyObject *sum = d ? PyNumber_InPlaceAdd(cur, d) : NULL;
    Py_XDECREF(d);
    return sum;
}

/* list[i] += delta (delta_obj when given, else the machine int delta); an index is never negative
 * here: group, severity, channel, bucket. */
static int list_add_obj(PyObject *list, Py_ssize_t i, PyObject *delta_obj, long long delta) {
    if (i < 0 || i >= PyList_GET_SIZE(list)) {
        PyErr_SetString(PyExc_IndexError, "count index out of range");
        return -1;
    }
    PyObject *cur = Py_NewRef(PyList_GET_ITEM(list, i));
    PyObject *sum = add_to(cur, delta_obj, delta);
    Py_DECREF(cur);
    if (sum == NULL)
        return -1;
    if (i >= PyList_GET_SIZE(list)) { /* an __add__ shrank it */
        Py_DECREF(sum);
        PyErr_SetString(PyExc_IndexError, "count index out of range");
        return -1;
    }
    return PyList_SetItem(list, i, sum); /* steals sum */
}

/* count_shapes(counts, cache, g_count, sev_counts, ch_counts, sign, timed, coded) -> None
 *
 * text.py's ``TextSummarizer._count`` loop: each shape's line count (times sign) added to its
 * group, severity and channel; shapes with a timestamp offset into timed, with candidates into
 * coded (timed and coded may be None). */
static PyObject *count_shapes(PyObject *self, PyObject *args) {
    PyObject *counts, *cache, *g_count, *sev_counts, *ch_counts, *timed, *coded;
    long long sign;
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!LOO", &PyDict_Type, &counts, &PyDict_Type, &cache, &PyList_Type,
                          &g_count, &PyList_Type, &sev_counts, &PyList_Type, &ch_counts, &sign, &timed, &coded))
        return NULL;
    if ((timed != Py_None && !PyDict_Check(timed)) || (coded != Py_None && !PyList_Check(coded))) {
        PyErr_SetString(PyExc_TypeError, "timed is a dict or None, coded a list or None");
        return NULL;
    }
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(counts, &pos, &key, &value)) {
        /* held: a lookup, __index__ or __bool__ may run Python code that changes these dicts */
        Py_INCREF(key);
        Py_INCREF(value);
        PyObject *hit = PyDict_GetItemWithError(cache, key), *delta = NULL;
        int ok = 0;
        if (hit == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetObject(PyExc_KeyError, key);
            Py_DECREF(key);
            Py_DECREF(value);
            return NULL;
        }
        Py_INCREF(hit);
        if (hit == Py_None) {
            ok = 1;
            goto next;
        }
        if (!PyTuple_Check(hit) || PyTuple_GET_SIZE(hit) != 5) {
            PyErr_SetString(PyExc_TypeError, "a shape is (group, severity, channel, offset, candidates)");
            goto next;
        }
        Py_ssize_t gid, sev, ch, tsp;
        if ((gid = PyLong_AsSsize_t(PyTuple_GET_ITEM(hit, 0))) == -1 && PyErr_Occurred())
            goto next;
        if ((sev = PyLong_AsSsize_t(PyTuple_GET_ITEM(hit, 1))) == -1 && PyErr_Occurred())
            goto next;
        if ((ch = PyLong_AsSsize_t(PyTuple_GET_ITEM(hit, 2))) == -1 && PyErr_Occurred())
            goto next;
        if ((tsp = PyLong_AsSsize_t(PyTuple_GET_ITEM(hit, 3))) == -1 && PyErr_Occurred())
            goto next;
        /* sign * c: machine ints when it cannot overflow (sign is 1 or -1 here), Python's otherwise */
        int overflow = 0;
        long long c = PyLong_Check(value) ? PyLong_AsLongLongAndOverflow(value, &overflow) : 0;
        if (c == -1 && PyErr_Occurred())
            goto next;
        long long d = 0;
        if (PyLong_Check(value) && !overflow && (sign == 1 || sign == 0 || (sign == -1 && c != LLONG_MIN)))
            d = sign * c;
        else {
            PyObject *s = PyLong_FromLongLong(sign);
            delta = s ? PyNumber_Multiply(s, value) : NULL;
            Py_XDECREF(s);
            if (delta == NULL)
                goto next;
        }
        if (list_add_obj(g_count, gid, delta, d) < 0 || list_add_obj(sev_counts, sev, delta, d) < 0)
            goto next;
        if (ch >= 0 && list_add_obj(ch_counts, ch, delta, d) < 0)
            goto next;
        if (timed != Py_None && tsp >= 0 && PyDict_SetItem(timed, key, PyTuple_GET_ITEM(hit, 3)) < 0)
            goto next;
        if (coded != Py_None) {
            int has = PyObject_IsTrue(PyTuple_GET_ITEM(hit, 4));
            if (has < 0 || (has && PyList_Append(coded, key) < 0))
                goto next;
        }
        ok = 1;
    next:
        Py_XDECREF(delta);
        Py_DECREF(hit);
        Py_DECREF(key);
        Py_DECREF(value);
        if (!ok)
            return NULL;
    }
    Py_RETURN_NONE;
}

static Py_ssize_t item_ssize(PyObject *tuple, Py_ssize_t i) {
    if (!PyTuple_Check(tuple) || i >= PyTuple_GET_SIZE(tuple)) {
        PyErr_SetString(PyExc_TypeError, "expected a tuple of ints");
        return -1;
    }
    return PyLong_AsSsize_t(PyTuple_GET_ITEM(tuple, i));
}

/* place_spans(timed, known, compute) -> (spans, by_place) | None
 *
 * The per-shape loop of text.py's ``_BlockClock.build``, in its order and with its side effects:
 * a shape's span from ``known``, else ``compute(key, offset)`` (stored in known; None ends the
 * block's clock); a fraction of 7 digits or more ends it too; shapes grouped by the place of their
 * seconds and zone. */
static PyObject *place_spans(PyObject *self, PyObject *args) {
    PyObject *timed, *known, *compute;
    if (!PyArg_ParseTuple(args, "O!O!O", &PyDict_Type, &timed, &PyDict_Type, &known, &compute))
        return NULL;
    PyObject *spans = PyDict_New(), *by_place = PyDict_New(), *out = NULL;
    if (spans == NULL || by_place == NULL)
        goto fail;
    Py_ssize_t pos = 0;
    PyObject *key, *tsp;
    while (PyDict_Next(timed, &pos, &key, &tsp)) {
        /* held: compute() is Python code, and so may be a lookup or __index__ */
        Py_INCREF(key);
        Py_INCREF(tsp);
        PyObject *span = PyDict_GetItemWithError(known, key), *place = NULL;
        int ok = 0;
        if (span == NULL && PyErr_Occurred())
            goto next;
        if (span == NULL || span == Py_None) {
            span = PyObject_CallFunctionObjArgs(compute, key, tsp, NULL);
            if (span == NULL)
                goto next;
            if (span == Py_None) {
                Py_CLEAR(span);
                out = Py_NewRef(Py_None);
                goto next;
            }
            if (PyDict_SetItem(known, key, span) < 0)
                goto next;
        } else
            Py_INCREF(span);
        if (!PyTuple_Check(span) || PyTuple_GET_SIZE(span) != 6) {
            PyErr_SetString(PyExc_TypeError, "a span is a tuple of six ints");
            goto next;
        }
        Py_ssize_t fa, fz;
        if ((fa = item_ssize(span, 2)) == -1 && PyErr_Occurred())
            goto next;
        if ((fz = item_ssize(span, 3)) == -1 && PyErr_Occurred())
            goto next;
        /* fz - fa >= 7, as Python's ints say it: fa <= fz - 7 (fz - 7 cannot overflow past the guard,
         * and below it no fa is small enough) */
        if (fz >= PY_SSIZE_T_MIN + 7 && fa <= fz - 7) {
            out = Py_NewRef(Py_None);
            goto next;
        }
        if (PyDict_SetItem(spans, key, span) < 0)
            goto next;
        place = PyTuple_Pack(4, PyTuple_GET_ITEM(span, 0), PyTuple_GET_ITEM(span, 1), PyTuple_GET_ITEM(span, 4),
                             PyTuple_GET_ITEM(span, 5));
        if (place == NULL)
            goto next;
        PyObject *members = PyDict_GetItemWithError(by_place, place);
        if (members == NULL && PyErr_Occurred())
            goto next;
        if (members == NULL) {
            members = PyList_New(0);
            if (members == NULL)
                goto next;
            if (PyDict_SetItem(by_place, place, members) < 0) {
                Py_DECREF(members);
                goto next;
            }
        } else
            Py_INCREF(members);
        int bad = PyList_Append(members, key);
        Py_DECREF(members);
        ok = !bad;
    next:
        Py_XDECREF(place);
        Py_XDECREF(span);
        Py_DECREF(key);
        Py_DECREF(tsp);
        if (!ok)
            goto fail;
    }
    out = PyTuple_Pack(2, spans, by_place);
fail:
    Py_XDECREF(spans);
    Py_XDECREF(by_place);
    return out;
}

/* timed_shapes(timed, cache, g_first) -> (sev_of, need_first)
 *
 * ``_BlockClock.apply``'s per-shape preamble: each timed shape's severity, and whether one of
 * their groups has no first time yet. */
static PyObject *timed_shapes(PyObject *self, PyObject *args) {
    PyObject *timed, *cache, *g_first;
    if (!PyArg_ParseTuple(args, "O!O!O!", &PyDict_Type, &timed, &PyDict_Type, &cache, &PyList_Type, &g_first))
        return NULL;
    PyObject *sev_of = PyDict_New();
    if (sev_of == NULL)
        return NULL;
    int need_first = 0;
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(timed, &pos, &key, &value)) {
        Py_INCREF(key); /* held: a lookup or __index__ may run Python code */
        PyObject *hit = PyDict_GetItemWithError(cache, key);
        int ok = 0;
        if (hit == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetObject(PyExc_KeyError, key);
            Py_DECREF(key);
            goto fail;
        }
        Py_INCREF(hit);
        if (!PyTuple_Check(hit) || PyTuple_GET_SIZE(hit) < 2) { /* cache[key][1] below */
            PyErr_SetString(PyExc_TypeError, "a shape is a tuple (group, severity, ...)");
            goto next;
        }
        Py_ssize_t gid = PyLong_AsSsize_t(PyTuple_GET_ITEM(hit, 0));
        if ((gid == -1 && PyErr_Occurred()) || PyDict_SetItem(sev_of, key, PyTuple_GET_ITEM(hit, 1)) < 0)
            goto next;
        if (gid < 0 || gid >= PyList_GET_SIZE(g_first)) {
            PyErr_SetString(PyExc_IndexError, "group out of range");
            goto next;
        }
        need_first |= PyList_GET_ITEM(g_first, gid) == Py_None;
        ok = 1;
    next:
        Py_DECREF(hit);
        Py_DECREF(key);
        if (!ok)
            goto fail;
    }
    return Py_BuildValue("(NO)", sev_of, need_first ? Py_True : Py_False);
fail:
    Py_DECREF(sev_of);
    return NULL;
}

/* group_ends(timed, cache, g_first, need_first, first, last, n) -> (g_first_i, g_last_i)
 *
 * ``_BlockClock.apply``'s last per-shape loop: per group, the index of its first line in the block
 * (only for groups without a first time, when need_first) and of its last line. */
static PyObject *group_ends(PyObject *self, PyObject *args) {
    PyObject *timed, *cache, *g_first, *first, *last;
    int need_first;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "O!O!O!pO!O!n", &PyDict_Type, &timed, &PyDict_Type, &cache, &PyList_Type, &g_first,
                          &need_first, &PyDict_Type, &first, &PyDict_Type, &last, &n))
        return NULL;
    PyObject *fi = PyDict_New(), *li = PyDict_New();
    if (fi == NULL || li == NULL)
        goto fail;
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (PyDict_Next(timed, &pos, &key, &value)) {
        Py_INCREF(key); /* held: a lookup or __index__ may run Python code */
        PyObject *hit = PyDict_GetItemWithError(cache, key), *at = NULL;
        int ok = 0;
        if (hit == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetObject(PyExc_KeyError, key);
            Py_DECREF(key);
            goto fail;
        }
        Py_INCREF(hit); /* and with it gid */
        if (!PyTuple_Check(hit) || PyTuple_GET_SIZE(hit) < 1) {
            PyErr_SetString(PyExc_TypeError, "a shape is a tuple");
            goto next;
        }
        PyObject *gid = PyTuple_GET_ITEM(hit, 0);
        Py_ssize_t g = PyLong_AsSsize_t(gid);
        if (g == -1 && PyErr_Occurred())
            goto next;
        if (g < 0 || g >= PyList_GET_SIZE(g_first)) {
            PyErr_SetString(PyExc_IndexError, "group out of range");
            goto next;
        }
        int w;
        for (w = 0; w < 2; w++) {
            PyObject *from = w == 0 ? first : last, *into = w == 0 ? fi : li;
            if (w == 0 && !(need_first && g < PyList_GET_SIZE(g_first) && PyList_GET_ITEM(g_first, g) == Py_None))
                continue;
            at = PyDict_GetItemWithError(from, key);
            if (at == NULL) {
                if (!PyErr_Occurred())
                    PyErr_SetObject(PyExc_KeyError, key);
                break;
            }
            Py_INCREF(at);
            Py_ssize_t i = PyLong_AsSsize_t(at);
            if (i == -1 && PyErr_Occurred())
                break;
            PyObject *cur = PyDict_GetItemWithError(into, gid);
            if (cur == NULL && PyErr_Occurred())
                break;
            Py_ssize_t c = cur == NULL ? (w == 0 ? n : -1) : PyLong_AsSsize_t(cur);
            if (c == -1 && PyErr_Occurred())
                break;
            if ((w == 0 ? i < c : i > c) && PyDict_SetItem(into, gid, at) < 0)
                break;
            Py_CLEAR(at);
        }
        ok = w == 2;
    next:
        Py_XDECREF(at);
        Py_DECREF(hit);
        Py_DECREF(key);
        if (!ok)
            goto fail;
    }
    return Py_BuildValue("(NN)", fi, li);
fail:
    Py_XDECREF(fi);
    Py_XDECREF(li);
    return NULL;
}

/* line[a:z] as Python slices it, for 0 <= a, z */
static void slice_of(PyObject *line, Py_ssize_t a, Py_ssize_t z, const char **at, Py_ssize_t *len) {
    Py_ssize_t n = PyBytes_GET_SIZE(line);
    if (a > n)
        a = n;
    if (z > n)
        z = n;
    *at = PyBytes_AS_STRING(line) + a;
    *len = z > a ? z - a : 0;
}

/* stamps(sel, idx, a, z, ta, tz) -> (stamps, where)
 *
 * ``_BlockClock.build``'s stamps of one place: each line's line[a:z] (+ line[ta:tz] when ta >= 0),
 * one object per distinct stamp (the later dict passes then hit by identity), and
 * where = dict(zip(stamps, idx)). */
static PyObject *stamps(PyObject *self, PyObject *args) {
    PyObject *sel, *idx;
    Py_ssize_t a, z, ta, tz;
    if (!PyArg_ParseTuple(args, "O!Onnnn", &PyList_Type, &sel, &idx, &a, &z, &ta, &tz))
        return NULL;
    if (a < 0 || z < 0 || (ta >= 0 && tz < 0)) {
        PyErr_SetString(PyExc_ValueError, "negative slice bounds");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(sel);
    PyObject *seq = PySequence_Fast(idx, "idx must be a sequence");
    if (seq == NULL)
        return NULL;
    PyObject *out = NULL, *where = NULL, *canon = NULL, *result = NULL;
    if (PySequence_Fast_GET_SIZE(seq) != n) {
        PyErr_SetString(PyExc_ValueError, "sel and idx differ in length");
        goto done;
    }
    out = PyList_New(n);
    where = PyDict_New();
    canon = PyDict_New(); /* stamp -> its first object */
    if (out == NULL || where == NULL || canon == NULL)
        goto done;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *line = PyList_GET_ITEM(sel, k);
        if (!PyBytes_Check(line)) {
            PyErr_SetString(PyExc_TypeError, "lines are bytes");
            goto done;
        }
        const char *p1, *p2 = NULL;
        Py_ssize_t l1, l2 = 0;
        slice_of(line, a, z, &p1, &l1);
        if (ta >= 0)
            slice_of(line, ta, tz, &p2, &l2);
        PyObject *stamp = PyBytes_FromStringAndSize(NULL, l1 + l2);
        if (stamp == NULL)
            goto done;
        memcpy(PyBytes_AS_STRING(stamp), p1, l1);
        if (l2)
            memcpy(PyBytes_AS_STRING(stamp) + l1, p2, l2);
        PyObject *first = PyDict_SetDefault(canon, stamp, stamp); /* borrowed */
        if (first == NULL) {
            Py_DECREF(stamp);
            goto done;
        }
        Py_INCREF(first);
        Py_DECREF(stamp);
        PyList_SET_ITEM(out, k, first);
        if (PyDict_SetItem(where, first, PySequence_Fast_GET_ITEM(seq, k)) < 0)
            goto done;
    }
    result = PyTuple_Pack(2, out, where);
done:
    Py_DECREF(seq);
    Py_XDECREF(out);
    Py_XDECREF(where);
    Py_XDECREF(canon);
    return result;
}

/* pick(keys, lines, idx, wanted) -> (idx, lines, keys)
 *
 * The lines whose key is in wanted (a dict or set), with their indexes (idx[k] for the k-th line;
 * None: k itself): ``compress`` by ``map(wanted.__contains__, keys)``, three lists in one pass. */
static PyObject *pick(PyObject *self, PyObject *args) {
    PyObject *keys, *lines, *idx, *wanted;
    if (!PyArg_ParseTuple(args, "O!O!OO", &PyList_Type, &keys, &PyList_Type, &lines, &idx, &wanted))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(keys);
    if (PyList_GET_SIZE(lines) != n || (idx != Py_None && (!PyList_Check(idx) || PyList_GET_SIZE(idx) != n))) {
        PyErr_SetString(PyExc_ValueError, "keys, lines and idx differ in length");
        return NULL;
    }
    int is_dict = PyDict_Check(wanted);
    if (!is_dict && !PyAnySet_Check(wanted)) {
        PyErr_SetString(PyExc_TypeError, "wanted is a dict or a set");
        return NULL;
    }
    PyObject *oi = PyList_New(0), *ol = PyList_New(0), *ok = PyList_New(0), *out = NULL;
    if (oi == NULL || ol == NULL || ok == NULL)
        goto done;
    /* a key's __hash__/__eq__ may run Python code that changes the lists: sizes re-read, items held */
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(keys); k++) {
        PyObject *key = Py_NewRef(PyList_GET_ITEM(keys, k));
        int in = is_dict ? PyDict_Contains(wanted, key) : PySet_Contains(wanted, key);
        if (in <= 0 || k >= PyList_GET_SIZE(lines) || (idx != Py_None && k >= PyList_GET_SIZE(idx))) {
            Py_DECREF(key);
            if (in < 0)
                goto done;
            if (!in)
                continue;
            PyErr_SetString(PyExc_ValueError, "keys, lines and idx differ in length");
            goto done;
        }
        PyObject *i = idx == Py_None ? PyLong_FromSsize_t(k) : Py_NewRef(PyList_GET_ITEM(idx, k));
        PyObject *line = Py_NewRef(PyList_GET_ITEM(lines, k));
        int bad = i == NULL || PyList_Append(oi, i) < 0 || PyList_Append(ol, line) < 0 || PyList_Append(ok, key) < 0;
        Py_XDECREF(i);
        Py_DECREF(line);
        Py_DECREF(key);
        if (bad)
            goto done;
    }
    out = PyTuple_Pack(3, oi, ol, ok);
done:
    Py_XDECREF(oi);
    Py_XDECREF(ol);
    Py_XDECREF(ok);
    return out;
}

/* d[key] += by, d a dict (a Counter), with Python's int arithmetic (add_to) */
static int dict_add(PyObject *d, PyObject *key, Py_ssize_t by) {
    PyObject *cur = PyDict_GetItemWithError(d, key), *sum;
    if (cur == NULL && PyErr_Occurred())
        return -1;
    if (cur == NULL)
        sum = PyLong_FromSsize_t(by);
    else {
        Py_INCREF(cur);
        sum = add_to(cur, NULL, by);
        Py_DECREF(cur);
    }
    if (sum == NULL)
        return -1;
    int bad = PyDict_SetItem(d, key, sum);
    Py_DECREF(sum);
    return bad;
}

/* tally(idx, stamps, line_keys, sev_of, one_sev, near, need_first, pairs, decisive, last, first) -> None
 *
 * The per-line passes of ``_BlockClock.apply`` over one place, in line order: the timeline's
 * (stamp, severity) counts (pairs, in order of first appearance), the decisive lines (a stamp in
 * near), each shape's last line and, when need_first, its first. */
static PyObject *tally(PyObject *self, PyObject *args) {
    PyObject *idx, *stamps, *line_keys, *sev_of, *one_sev, *near, *pairs, *decisive, *last, *first;
    int need_first;
    if (!PyArg_ParseTuple(args, "OO!O!O!OO!pO!O!O!O!", &idx, &PyList_Type, &stamps, &PyList_Type, &line_keys,
                          &PyDict_Type, &sev_of, &one_sev, &PySet_Type, &near, &need_first, &PyDict_Type, &pairs,
                          &PyList_Type, &decisive, &PyDict_Type, &last, &PyDict_Type, &first))
        return NULL;
    PyObject *seq = PySequence_Fast(idx, "idx must be a sequence");
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(stamps);
    PyObject *result = NULL, *per_stamp = NULL;
    if (PySequence_Fast_GET_SIZE(seq) != n || PyList_GET_SIZE(line_keys) != n) {
        PyErr_SetString(PyExc_ValueError, "idx, stamps and keys differ in length");
        goto done;
    }
    if (one_sev != Py_None && (per_stamp = PyDict_New()) == NULL) /* Counter(stamps) */
        goto done;
    /* lookups may run Python code (__hash__/__eq__) that changes the lists: sizes re-read, items held */
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(stamps); k++) {
        if (k >= PyList_GET_SIZE(line_keys) || k >= PySequence_Fast_GET_SIZE(seq)) {
            PyErr_SetString(PyExc_ValueError, "idx, stamps and keys differ in length");
            goto done;
        }
        PyObject *stamp = Py_NewRef(PyList_GET_ITEM(stamps, k)), *key = Py_NewRef(PyList_GET_ITEM(line_keys, k));
        PyObject *i = Py_NewRef(PySequence_Fast_GET_ITEM(seq, k));
        int ok = 0;
        if (per_stamp != NULL) {
            if (dict_add(per_stamp, stamp, 1) < 0)
                goto next;
        } else {
            PyObject *sev = PyDict_GetItemWithError(sev_of, key);
            if (sev == NULL) {
                if (!PyErr_Occurred())
                    PyErr_SetObject(PyExc_KeyError, key);
                goto next;
            }
            PyObject *pair = PyTuple_Pack(2, stamp, sev);
            int bad = pair == NULL || dict_add(pairs, pair, 1) < 0;
            Py_XDECREF(pair);
            if (bad)
                goto next;
        }
        int is_near = PySet_Contains(near, stamp);
        if (is_near < 0 || (is_near && PyList_Append(decisive, i) < 0))
            goto next;
        if (PyDict_SetItem(last, key, i) < 0)
            goto next;
        if (need_first) { /* the earliest line of each shape */
            int seen = PyDict_Contains(first, key);
            if (seen < 0 || (!seen && PyDict_SetItem(first, key, i) < 0))
                goto next;
        }
        ok = 1;
    next:
        Py_DECREF(stamp);
        Py_DECREF(key);
        Py_DECREF(i);
        if (!ok)
            goto done;
    }
    if (per_stamp != NULL) {
        Py_ssize_t pos = 0;
        PyObject *stamp, *c;
        while (PyDict_Next(per_stamp, &pos, &stamp, &c)) {
            Py_ssize_t by = PyLong_AsSsize_t(c); /* our own count: an int <= len(stamps) */
            if (by == -1 && PyErr_Occurred())
                goto done;
            PyObject *pair = PyTuple_Pack(2, stamp, one_sev);
            int bad = pair == NULL || dict_add(pairs, pair, by) < 0;
            Py_XDECREF(pair);
            if (bad)
                goto done;
        }
    }
    result = Py_NewRef(Py_None);
done:
    Py_DECREF(seq);
    Py_XDECREF(per_stamp);
    return result;
}

/* The attribute names timeline_add reads, interned once (PyInit__shapes): a fresh string per call
 * would also churn the type attribute cache, which holds its names. */
static PyObject *name_origin, *name_width, *name_add_slow;

/* timeline_add(pairs, seconds, timeline, rows, buckets) -> None
 *
 * ``_BlockClock.apply``'s timeline loop: each (stamp, severity) count into its bucket,
 * k = int((float(seconds[stamp]) - origin) // width) with Python's own arithmetic (PyNumber_*), and
 * ``timeline.add_slow(ts, sev, c)`` (re-reading origin and width) when k is outside [0, buckets). */
static PyObject *timeline_add(PyObject *self, PyObject *args) {
    PyObject *pairs, *seconds, *timeline, *rows;
    Py_ssize_t buckets;
    if (!PyArg_ParseTuple(args, "O!O!OO!n", &PyDict_Type, &pairs, &PyDict_Type, &seconds, &timeline, &PyList_Type,
                          &rows, &buckets))
        return NULL;
    PyObject *origin = PyObject_GetAttr(timeline, name_origin);
    PyObject *width = origin ? PyObject_GetAttr(timeline, name_width) : NULL;
    if (width == NULL) {
        Py_XDECREF(origin);
        return NULL;
    }
    Py_ssize_t pos = 0;
    PyObject *pair, *c, *result = NULL;
    while (PyDict_Next(pairs, &pos, &pair, &c)) {
        /* held: add_slow and the float arithmetic are Python code (pairs may change under them) */
        Py_INCREF(pair);
        Py_INCREF(c);
        PyObject *ts = NULL, *row = NULL;
        int ok = 0;
        if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
            PyErr_SetString(PyExc_TypeError, "pairs are keyed by (stamp, severity)");
            goto next;
        }
        PyObject *stamp = PyTuple_GET_ITEM(pair, 0), *sev = PyTuple_GET_ITEM(pair, 1); /* held by pair */
        PyObject *sec = PyDict_GetItemWithError(seconds, stamp);
        if (sec == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetObject(PyExc_KeyError, stamp);
            goto next;
        }
        ts = PyNumber_Float(sec);
        if (ts == NULL)
            goto next;
        long long k = -1;
        int inside = 0;
        if (origin != Py_None) {
            PyObject *diff = PyNumber_Subtract(ts, origin);
            PyObject *q = diff ? PyNumber_FloorDivide(diff, width) : NULL;
            PyObject *kk = q ? PyNumber_Long(q) : NULL;
            Py_XDECREF(diff);
            Py_XDECREF(q);
            if (kk == NULL)
                goto next;
            int overflow = 0;
            k = PyLong_AsLongLongAndOverflow(kk, &overflow);
            Py_DECREF(kk);
            if (k == -1 && PyErr_Occurred())
                goto next;
            inside = !overflow && k >= 0 && k < buckets;
        }
        if (inside) {
            Py_ssize_t s = PyLong_AsSsize_t(sev);
            if (s == -1 && PyErr_Occurred())
                goto next;
            if (s < 0 || s >= PyList_GET_SIZE(rows) || !PyList_Check(PyList_GET_ITEM(rows, s)) ||
                k >= PyList_GET_SIZE(PyList_GET_ITEM(rows, s))) {
                PyErr_SetString(PyExc_IndexError, "timeline row out of range");
                goto next;
            }
            row = Py_NewRef(PyList_GET_ITEM(rows, s));
            if (list_add_obj(row, (Py_ssize_t)k, c, 0) < 0) /* rows[sev][k] += c */
                goto next;
        } else {
            PyObject *r = PyObject_CallMethodObjArgs(timeline, name_add_slow, ts, sev, c, NULL);
            if (r == NULL)
                goto next;
            Py_DECREF(r);
            Py_SETREF(origin, PyObject_GetAttr(timeline, name_origin));
            if (origin == NULL)
                goto next;
            Py_SETREF(width, PyObject_GetAttr(timeline, name_width));
            if (width == NULL)
                goto next;
        }
        ok = 1;
    next:
        Py_XDECREF(row);
        Py_XDECREF(ts);
        Py_DECREF(pair);
        Py_DECREF(c);
        if (!ok)
            goto done;
    }
    result = Py_NewRef(Py_None);
done:
    Py_XDECREF(origin);
    Py_XDECREF(width);
    return result;
}

/* ---- code_starts: where a fault code may start on a line's shape (functions.parse.codes) ---------- */
static inline int is_up(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int is_upnum(unsigned char c) { return is_up(c) || (c >= '0' && c <= '9'); }
static inline int is_hex(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static inline int is_dash(unsigned char c) { return c == '_' || c == '-'; }
static inline int is_x(unsigned char c) { return (c | 0x20) == 'x'; }

/* ``[A-Z]?0`` at p */
static int upper_zero_at(const unsigned char *s, Py_ssize_t p, Py_ssize_t n) {
    return (p < n && s[p] == '0') || (p + 1 < n && is_up(s[p]) && s[p + 1] == '0');
}

/* _AT_UPPER's lookahead at j (the byte after the upper-case letter), every way the regex may take:
 * 0 | [A-Z0-9]{1,5}(?:[_-][A-Z]{1,4})?[_\- ][A-Z]?0 | [A-Z]{0,4}[_-]?(?:[A-Z][A-Z0-9]{1,7}[_-])?0 */
static int upper_ahead(const unsigned char *s, Py_ssize_t j, Py_ssize_t n) {
    if (j < n && s[j] == '0')
        return 1;
    /* every way reads only [A-Z0-9_\- ] up to a 0 at most 14 bytes on: without one, none matches */
    Py_ssize_t k = j;
    while (k < n && k - j < 15 && s[k] != '0' && (is_upnum(s[k]) || is_dash(s[k]) || s[k] == ' '))
        k++;
    if (!(k < n && k - j < 15 && s[k] == '0'))
        return 0;
    for (Py_ssize_t a = 1; a <= 5 && j + a - 1 < n && is_upnum(s[j + a - 1]); a++) {
        Py_ssize_t k = j + a;
        if (k >= n)
            break;
        if ((is_dash(s[k]) || s[k] == ' ') && upper_zero_at(s, k + 1, n))
            return 1;
        if (is_dash(s[k]))
            for (Py_ssize_t b = 1; b <= 4 && k + b < n && is_up(s[k + b]); b++) {
                Py_ssize_t m = k + 1 + b;
                if (m < n && (is_dash(s[m]) || s[m] == ' ') && upper_zero_at(s, m + 1, n))
                    return 1;
            }
    }
    for (Py_ssize_t a = 0; a <= 4; a++) {
        if (a > 0 && !(j + a - 1 < n && is_up(s[j + a - 1])))
            break;
        Py_ssize_t k = j + a;
        for (int sep = 0; sep <= 1; sep++) {
            if (sep && !(k < n && is_dash(s[k])))
                break;
            Py_ssize_t q = k + sep;
            if (q < n && s[q] == '0')
                return 1;
            if (q < n && is_up(s[q]))
                for (Py_ssize_t c = 1; c <= 7 && q + c < n && is_upnum(s[q + c]); c++) {
                    Py_ssize_t r = q + 1 + c;
                    if (r + 1 < n && is_dash(s[r]) && s[r + 1] == '0')
                        return 1;
                }
        }
    }
    return 0;
}

/* _UDS_AHEAD at p: (?:0[xX])?00[ :]?(?:0[xX])?0[0-9A-Fa-f](?:[ :]?(?:0[xX])?[0-9A-Fa-f]{2}){5}. Each
 * optional part is taken when present: leaving it out would need a hex digit or 0 where it stands. */
static int uds_ahead(const unsigned char *s, Py_ssize_t p, Py_ssize_t n) {
    if (p + 1 < n && s[p] == '0' && is_x(s[p + 1]))
        p += 2;
    if (!(p + 1 < n && s[p] == '0' && s[p + 1] == '0'))
        return 0;
    p += 2;
    for (int k = 0; k < 6; k++) {
        if (p < n && (s[p] == ' ' || s[p] == ':'))
            p++;
        if (p + 1 < n && s[p] == '0' && is_x(s[p + 1]))
            p += 2;
        if (!(p + 1 < n && (k > 0 ? is_hex(s[p]) : s[p] == '0') && is_hex(s[p + 1])))
            return 0;
        p += 2;
    }
    return 1;
}

/* 0[xX][0-9A-Fa-f]{6}(?![0-9A-Za-z]) at p, a 3-byte hex value (_AT_HEX3, and the value of the
 * hexrec and dtchex candidates): its end, or -1 */
static Py_ssize_t hex3_end(const unsigned char *s, Py_ssize_t p, Py_ssize_t n) {
    if (!(p + 1 < n && s[p] == '0' && is_x(s[p + 1])))
        return -1;
    for (Py_ssize_t k = p + 2; k < p + 8; k++)
        if (!(k < n && is_hex(s[k])))
            return -1;
    return p + 8 < n && (is_upnum(s[p + 8]) || (s[p + 8] >= 'a' && s[p + 8] <= 'z')) ? -1 : p + 8;
}

static inline unsigned char ascii_lower(unsigned char c) { return is_up(c) ? (unsigned char)(c | 0x20) : c; }

/* the case-insensitive words of _AT_WORD: nrc, spn, dtc, code, err, fault */
static int word_at(const unsigned char *s, Py_ssize_t i, Py_ssize_t n) {
    const char *word; /* the one word each first letter can start (a switch: this runs at every byte) */
    switch (ascii_lower(s[i])) {
    case 'n': word = "nrc"; break;
    case 's': word = "spn"; break;
    case 'd': word = "dtc"; break;
    case 'c': word = "code"; break;
    case 'e': word = "err"; break;
    case 'f': word = "fault"; break;
    default: return 0;
    }
    Py_ssize_t k = 1;
    while (word[k] && i + k < n && ascii_lower(s[i + k]) == (unsigned char)word[k])
        k++;
    return !word[k];
}

static int append_index(PyObject *out, Py_ssize_t i) {
    PyObject *v = PyLong_FromSsize_t(i);
    if (v == NULL)
        return -1;
    int r = PyList_Append(out, v);
    Py_DECREF(v);
    return r;
}

/* The bytes a finder can start at: A-Z, 0, and the first letters of word_at's words in either case */
static const unsigned char FINDER_HEAD[256] = {
    ['0'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1,
    ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1,
    ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['n'] = 1, ['s'] = 1, ['d'] = 1,
    ['c'] = 1, ['e'] = 1, ['f'] = 1,
};

/* Whether one of the candidate finders matches at i (code_starts' test at each byte; shape_codes' too) */
static inline int code_start_at(const unsigned char *s, Py_ssize_t i, Py_ssize_t n) {
    unsigned char c = s[i];
    if (!FINDER_HEAD[c])
        return 0;
    if ((is_up(c) && upper_ahead(s, i + 1, n)) || word_at(s, i, n))
        return 1;
    if (c != '0') /* every other finder starts at a 0 (uds_ahead's optional 0x too) */
        return 0;
    /* the 0x before an nrc's 0F is a start of its own, two bytes before it */
    if (i + 3 < n && s[i + 1] == 'x' && s[i + 2] == '0' && (s[i + 3] | 0x20) == 'f')
        return 1;
    if ((i + 1 < n && (s[i + 1] | 0x20) == 'f') || hex3_end(s, i, n) >= 0)
        return 1;
    if (i == 0 || !(is_upnum(s[i - 1]) || (s[i - 1] >= 'a' && s[i - 1] <= 'z') || s[i - 1] == '.'))
        return uds_ahead(s, i, n);
    return 0;
}

/* code_starts(shape) -> list of int
 *
 * functions.parse.codes.code_starts in one pass: every offset where one of the candidate finders
 * (_AT_UPPER, _AT_NRC and the 0x before it, _AT_HEX3, _AFTER_UDS, _UDS_AT_START, _AT_WORD) matches, in
 * ascending order (the pure twin lists them finder by finder; ``_decide`` sorts either). */
static PyObject *code_starts(PyObject *self, PyObject *args) {
    Py_buffer shape;
    if (!PyArg_ParseTuple(args, "y*", &shape))
        return NULL;
    const unsigned char *s = shape.buf;
    Py_ssize_t n = shape.len;
    PyObject *out = PyList_New(0);
    for (Py_ssize_t i = 0; out != NULL && i < n; i++)
        if (code_start_at(s, i, n) && append_index(out, i) < 0)
            Py_CLEAR(out);
    PyBuffer_Release(&shape);
    return out;
}

/* ---- mask_tokens: the masked tokens of an ASCII message (functions.parse.miner) ------------------ */
/* The token rules of miner.py in one pass, without memos: split (quoted strings of a few words kept
 * whole), mask each token (``_mask_token``: ``_core_bounds``, ``_mask_core`` and its regexes, read
 * here as the languages they match), then ``_glue`` (units and dates glued to their numbers, runs
 * of values collapsed). Only ASCII messages: on them ``str.split``, ``isalpha``, ``lower`` and ``\d``
 * are byte rules; any other message returns None and the pure path masks it. The word lists and
 * limits come from miner.py (``miner._NATIVE_RULES``), so they live in one place: ``mask_rules``
 * copies them once into C tables (the lists are frozensets: they cannot change under it). */

#define WORD_CHARS 32 /* the longest word a table holds (miner's are at most 9) */
typedef struct {
    unsigned char len; /* 0: an empty slot */
    char w[WORD_CHARS];
} Word;

typedef struct {
    Py_ssize_t mask, longest;
    unsigned char chars[128]; /* the characters its words use */
    Word *slots;              /* open addressing, at most half full */
} Words;

typedef struct {
    char wild[WORD_CHARS];
    Py_ssize_t wlen, max_tokens, quoted_words, max_chars;
    Words tlds, dates, units, si_units;
    unsigned char open[128], close[128];
} Rules;

#define RULES_CAPSULE "functions.parse._shapes.mask_rules"

typedef struct {
    char *p;
    Py_ssize_t len, cap;
    int heap; /* p was allocated here (else it is the caller's buffer on the stack) */
} Buf; /* the masked text; tokens are spans of it, so they stay valid when it grows */

typedef struct {
    Py_ssize_t off, len;
} Span;

typedef struct {
    const char *p;
    Py_ssize_t len;
} Tok; /* a token of the message, or a quoted string joined by single spaces */

static inline int m_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline int m_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static inline int m_lower(unsigned char c) { return (c >= 'a' && c <= 'z') || m_digit(c); } /* [a-z0-9] */
/* what ``str.split()`` splits an ASCII string on */
static inline int m_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31); }
static inline int m_sep(unsigned char c) { /* _NUMERIC's separators [.:,/_\-+] */
    return c == '.' || c == ':' || c == ',' || c == '/' || c == '_' || c == '-' || c == '+';
}
static inline int m_closer(unsigned char c) { /* the punctuation after a unit, [)\]},;:.!?] */
    return c == ')' || c == ']' || c == '}' || c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?';
}

static int buf_grow(Buf *b, Py_ssize_t more) {
    if (more > PY_SSIZE_T_MAX / 2 - b->len) {
        PyErr_NoMemory();
        return -1;
    }
    if (b->len + more <= b->cap)
        return 0;
    Py_ssize_t cap = (b->len + more) * 2 + 64;
    char *p = b->heap ? PyMem_Realloc(b->p, (size_t)cap) : PyMem_Malloc((size_t)cap);
    if (p == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    if (!b->heap && b->len > 0)
        memcpy(p, b->p, (size_t)b->len);
    b->p = p;
    b->heap = 1;
    b->cap = cap;
    return 0;
}

static inline int buf_put(Buf *b, const char *s, Py_ssize_t n) { /* s must not point into b */
    if (buf_grow(b, n) < 0)
        return -1;
    if (n > 0)
        memcpy(b->p + b->len, s, (size_t)n);
    b->len += n;
    return 0;
}

/* span + s[:n] as a span at the end of b (in place when the span already ends there) */
static int buf_extend(Buf *b, Span *sp, const char *s, Py_ssize_t n, int s_in_b) {
    Py_ssize_t s_off = s_in_b ? s - b->p : 0;
    if (n == 0)
        return 0;
    if (sp->off + sp->len != b->len) {
        if (buf_grow(b, sp->len + n) < 0)
            return -1;
        memcpy(b->p + b->len, b->p + sp->off, (size_t)sp->len);
        sp->off = b->len;
        b->len += sp->len;
    } else if (buf_grow(b, n) < 0)
        return -1;
    memmove(b->p + b->len, s_in_b ? b->p + s_off : s, (size_t)n);
    b->len += n;
    sp->len += n;
    return 0;
}

static uint32_t word_hash(const char *s, Py_ssize_t n) {
    uint32_t h = 2166136261u;
    for (Py_ssize_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* ``s[:n] in words`` (lower-cased first when asked) */
static int word_in(const Words *W, const char *s, Py_ssize_t n, int lower) {
    char low[WORD_CHARS];
    if (n > W->longest)
        return 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        unsigned char c = lower ? ascii_lower((unsigned char)s[i]) : (unsigned char)s[i];
        if (c >= 128 || !W->chars[c])
            return 0;
        low[i] = (char)c;
    }
    for (Py_ssize_t at = word_hash(low, n) & W->mask;; at = (at + 1) & W->mask) {
        const Word *w = &W->slots[at];
        if (w->len == 0)
            return 0;
        if (w->len == n && memcmp(w->w, low, (size_t)n) == 0)
            return 1;
    }
}

static inline int has_wild(const Rules *R, const char *s, Py_ssize_t n) {
    const char *end = s + n - R->wlen, *p = s;
    while (p <= end && (p = memchr(p, R->wild[0], (size_t)(end - p + 1))) != NULL) {
        if (memcmp(p, R->wild, (size_t)R->wlen) == 0)
            return 1;
        p++;
    }
    return 0;
}

static inline int ends_wild(const Rules *R, const char *s, Py_ssize_t n) {
    return n >= R->wlen && memcmp(s + n - R->wlen, R->wild, (size_t)R->wlen) == 0;
}

static inline int is_wild(const Rules *R, const char *s, Py_ssize_t n) {
    return n == R->wlen && memcmp(s, R->wild, (size_t)n) == 0;
}

/* ``s.strip(_PUNCT)`` as [*a, *z) */
static void strip_punct(const Rules *R, const char *s, Py_ssize_t n, Py_ssize_t *a, Py_ssize_t *z) {
    Py_ssize_t i = 0, j = n;
    while (i < j && (R->open[(unsigned char)s[i]] || R->close[(unsigned char)s[i]]))
        i++;
    while (j > i && (R->open[(unsigned char)s[j - 1]] || R->close[(unsigned char)s[j - 1]]))
        j--;
    *a = i;
    *z = j;
}

/* _NUMERIC: [-+/#~]?(?:0[xX][0-9a-fA-F]+|\d[0-9a-fA-F]*)(?:[.:,/_\-+][0-9a-fA-F]*)*%? -- after the
 * number's head, any run of hex digits and separators, then an optional %. */
static int numeric_full(const unsigned char *s, Py_ssize_t n) {
    Py_ssize_t i = 0;
    if (n > 0 && (s[0] == '-' || s[0] == '+' || s[0] == '/' || s[0] == '#' || s[0] == '~'))
        i = 1;
    if (i >= n || !m_digit(s[i]))
        return 0;
    if (s[i] == '0' && i + 1 < n && is_x(s[i + 1])) { /* "0" then "x" only reads as 0[xX]hex+ */
        if (!(i + 2 < n && is_hex(s[i + 2])))
            return 0;
        i += 3;
    } else
        i++;
    while (i < n && (is_hex(s[i]) || m_sep(s[i])))
        i++;
    if (i < n && s[i] == '%')
        i++;
    return i == n;
}

/* _HEXLIKE: (?:0[xX])?[0-9a-fA-F]{6,}|[0-9a-fA-F]{4,}(?:-[0-9a-fA-F]{2,})+ */
static int hexlike_full(const unsigned char *s, Py_ssize_t n) {
    Py_ssize_t i = (n >= 2 && s[0] == '0' && is_x(s[1])) ? 2 : 0;
    Py_ssize_t k = i;
    while (k < n && is_hex(s[k]))
        k++;
    if (k == n && n - i >= 6)
        return 1;
    Py_ssize_t groups = 0, run = 0;
    for (Py_ssize_t j = 0; j <= n; j++) {
        if (j == n || s[j] == '-') {
            if (run < (groups == 0 ? 4 : 2))
                return 0;
            groups++;
            run = 0;
        } else if (is_hex(s[j]))
            run++;
        else
            return 0;
    }
    return groups >= 2;
}

/* the head of _PATH's first alternative at p: \.{0,2}/ | ~/ | \\\\ */
static int path_head(const unsigned char *s, Py_ssize_t p, Py_ssize_t n) {
    if (p < n && s[p] == '/')
        return 1;
    if (p + 1 < n && ((s[p] == '.' && s[p + 1] == '/') || (s[p] == '~' && s[p + 1] == '/') ||
                      (s[p] == '\\' && s[p + 1] == '\\')))
        return 1;
    return p + 2 < n && s[p] == '.' && s[p + 1] == '.' && s[p + 2] == '/';
}

/* _PATH on a token (no white space, so each \S* is any rest): a head, optionally after a drive
 * ([A-Za-z]:), or two slashes anywhere (its second alternative). */
static int path_full(const unsigned char *s, Py_ssize_t n) {
    Py_ssize_t slashes = 0;
    for (Py_ssize_t i = 0; i < n && slashes < 2; i++)
        slashes += s[i] == '/';
    return slashes >= 2 || path_head(s, 0, n) || (n >= 2 && m_alpha(s[0]) && s[1] == ':' && path_head(s, 2, n));
}

/* miner._is_host: _HOST (labels of [a-z0-9-], none empty or at a dash's edge, two or more), then
 * an alphabetic top level that is a known one, or two letters under two labels, or four labels. */
static int is_host(const Rules *R, const unsigned char *s, Py_ssize_t n) {
    Py_ssize_t labels = 0, start = 0;
    for (Py_ssize_t j = 0; j <= n; j++) {
        if (j == n || s[j] == '.') {
            if (j == start || s[start] == '-' || s[j - 1] == '-')
                return 0;
            labels++;
            start = j + 1;
        } else if (!(m_lower(s[j]) || s[j] == '-'))
            return 0;
    }
    if (labels < 2)
        return 0;
    Py_ssize_t t = n;
    while (t > 0 && s[t - 1] != '.')
        t--;
    for (Py_ssize_t j = t; j < n; j++)
        if (!m_alpha(s[j]))
            return 0;
    if ((n - t == 2 && labels >= 3) || labels >= 4)
        return 1;
    return word_in(&R->tlds, (const char *)s + t, n - t, 0);
}

/* _NAMED_NUMBER ([A-Za-z][A-Za-z_.\-]*?[_.\-]?-?\d+, i.e. a letter, name characters, digits) on the
 * whole core: where _DIGIT_RUN's one match starts (its dash kept after a letter or digit), else -1. */
static Py_ssize_t named_number(const unsigned char *s, Py_ssize_t n) {
    if (n < 2 || !m_alpha(s[0]))
        return -1;
    Py_ssize_t i = 1;
    while (i < n && (m_alpha(s[i]) || s[i] == '_' || s[i] == '.' || s[i] == '-'))
        i++;
    Py_ssize_t k = i;
    while (i < n && m_digit(s[i]))
        i++;
    if (i != n || k == n)
        return -1;
    if (s[k - 1] == '-' && !(m_alpha(s[k - 2]) || m_digit(s[k - 2]))) /* k >= 2: s[0] is a letter */
        k--;
    return k;
}

/* miner._mask_core: the masked form of a token's core, appended to o */
static int mask_core(const Rules *R, Buf *o, const char *core, Py_ssize_t n) {
    const unsigned char *s = (const unsigned char *)core;
    int digit = 0, at = 0, dot = 0, slash = 0, url = 0;
    Py_ssize_t eq = -1;
    for (Py_ssize_t i = 0; i < n; i++) { /* what the rules below ask of the core, in one scan */
        unsigned char c = s[i];
        digit |= m_digit(c);
        at |= c == '@';
        dot |= c == '.';
        slash |= c == '/' || c == '\\';
        url |= c == ':' && i + 2 < n && s[i + 1] == '/' && s[i + 2] == '/';
        if (c == '=' && eq < 0)
            eq = i;
    }
    if (digit && (numeric_full(s, n) || hexlike_full(s, n)))
        return buf_put(o, R->wild, R->wlen);
    if (url || (at && dot))
        return buf_put(o, R->wild, R->wlen);
    if (slash && path_full(s, n))
        return buf_put(o, R->wild, R->wlen);
    if (eq > 0) {
        Py_ssize_t v = eq + 1, a, z;
        if (v == n)
            return buf_put(o, core, n);
        strip_punct(R, core + v, n - v, &a, &z);
        if (a == z)
            return buf_put(o, core, n);
        return buf_put(o, core, v) < 0 ? -1 : buf_put(o, R->wild, R->wlen);
    }
    if (dot && is_host(R, s, n))
        return buf_put(o, R->wild, R->wlen);
    if (digit) {
        Py_ssize_t k = named_number(s, n);
        if (k >= 0 && buf_put(o, core, k) < 0)
            return -1;
        return buf_put(o, R->wild, R->wlen);
    }
    return buf_put(o, core, n);
}

/* miner._mask_token, appended to o */
static int mask_token(const Rules *R, Buf *o, const char *tok, Py_ssize_t n) {
    int alpha = 1;
    for (Py_ssize_t i = 0; i < n && alpha; i++)
        alpha = m_alpha((unsigned char)tok[i]);
    if (n > R->max_chars)
        return buf_put(o, R->wild, R->wlen);
    if (alpha)
        return buf_put(o, tok, n);
    /* _core_bounds: a closing bracket balancing an opening one inside the core stays */
    Py_ssize_t start = 0, end = n;
    while (start < end && R->open[(unsigned char)tok[start]])
        start++;
    while (end > start && R->close[(unsigned char)tok[end - 1]]) {
        char c = tok[end - 1], pair = c == ')' ? '(' : c == ']' ? '[' : c == '}' ? '{' : 0;
        if (pair) {
            Py_ssize_t opens = 0, closes = 0;
            for (Py_ssize_t i = start; i < end - 1; i++) {
                opens += tok[i] == pair;
                closes += tok[i] == c;
            }
            if (opens > closes)
                break;
        }
        end--;
    }
    if (start == end)
        return buf_put(o, tok, n);
    if (buf_put(o, tok, start) < 0 || mask_core(R, o, tok + start, end - start) < 0)
        return -1;
    return buf_put(o, tok + end, n - end);
}

/* miner._unit_tail: for a unit token after a number, the length of the punctuation after the unit
 * (kept), -1 if not a unit. [\[(]unit[\])]closers* or unit closers*, unit = [A-Za-z%]{1,4}
 * (the regexes' µ, ° and Ω are not ASCII). */
static Py_ssize_t unit_tail(const Rules *R, const char *s, Py_ssize_t n) {
    Py_ssize_t i = 0;
    int bracketed = n > 0 && (s[0] == '[' || s[0] == '(');
    i = bracketed;
    Py_ssize_t u = i;
    while (i < n && i - u < 5 && (m_alpha((unsigned char)s[i]) || s[i] == '%'))
        i++;
    Py_ssize_t ulen = i - u;
    if (ulen < 1 || ulen > 4)
        return -1;
    if (bracketed) {
        if (!(i < n && (s[i] == ']' || s[i] == ')')))
            return -1;
        i++;
    }
    Py_ssize_t tail = i;
    while (i < n && m_closer((unsigned char)s[i]))
        i++;
    if (i != n)
        return -1;
    return word_in(&R->si_units, s + u, ulen, 0) || word_in(&R->units, s + u, ulen, 1) ? n - tail : -1;
}

/* miner._is_var_or_date */
static int var_or_date(const Rules *R, const char *s, Py_ssize_t n) {
    Py_ssize_t a, z;
    strip_punct(R, s, n, &a, &z);
    return is_wild(R, s + a, z - a) || word_in(&R->dates, s + a, z - a, 1);
}

/* miner._keep_punct(tok, WILDCARD), replacing the span */
static int keep_punct(const Rules *R, Buf *o, Span *sp) {
    Py_ssize_t start = 0, end = sp->len, off = sp->off;
    while (start < end && R->open[(unsigned char)o->p[off + start]])
        start++;
    while (end > start && R->close[(unsigned char)o->p[off + end - 1]])
        end--;
    Py_ssize_t len = start + R->wlen + (sp->len - end);
    if (buf_grow(o, len) < 0)
        return -1;
    char *d = o->p + o->len;
    memcpy(d, o->p + off, (size_t)start);
    memcpy(d + start, R->wild, (size_t)R->wlen);
    memcpy(d + start + R->wlen, o->p + off + end, (size_t)(sp->len - end));
    sp->off = o->len;
    sp->len = len;
    o->len += len;
    return 0;
}

/* miner._is_bare_wildcard */
static int bare_wild(const Rules *R, const char *s, Py_ssize_t n) {
    Py_ssize_t i = R->wlen, a, z;
    while (i < n && R->close[(unsigned char)s[i]])
        i++;
    if (i >= n)
        return 1;
    strip_punct(R, s, n, &a, &z);
    return is_wild(R, s + a, z - a);
}

/* _split_tokens: white-space tokens (at most max_tokens); a token opening a quote that a token up to
 * quoted_words - 1 later closes is joined with those between (into ``joined``, by single spaces). */
static Py_ssize_t split_tokens(const Rules *R, const char *s, Py_ssize_t n, Tok *toks, char *joined) {
    Py_ssize_t nt = 0, i = 0;
    while (nt < R->max_tokens) {
        while (i < n && m_space((unsigned char)s[i]))
            i++;
        if (i >= n)
            break;
        Py_ssize_t j = i;
        while (j < n && !m_space((unsigned char)s[j]))
            j++;
        toks[nt].p = s + i;
        toks[nt++].len = j - i;
        i = j;
    }
    Py_ssize_t out = 0, used = 0;
    for (Py_ssize_t t = 0; t < nt; t++) {
        Tok tok = toks[t];
        char q = 0;
        if (tok.p[0] == '"' || tok.p[0] == '\'')
            q = tok.p[0];
        else if (tok.len > 1 && (tok.p[0] == '(' || tok.p[0] == '[' || tok.p[0] == '{') &&
                 (tok.p[1] == '"' || tok.p[1] == '\''))
            q = tok.p[1];
        Py_ssize_t count = 0;
        for (Py_ssize_t k = 0; q && k < tok.len; k++)
            count += tok.p[k] == q;
        if (q && count == 1 && !(q == '\'' && tok.p[0] != q)) {
            Py_ssize_t last = R->quoted_words < nt - t ? t + R->quoted_words : nt;
            for (Py_ssize_t u = t + 1; u < last; u++) {
                Py_ssize_t c = 0;
                for (Py_ssize_t k = 0; k < toks[u].len; k++)
                    c += toks[u].p[k] == q;
                if (c == 0)
                    continue;
                if (c == 1) {
                    char *d = joined + used;
                    Py_ssize_t len = 0;
                    for (Py_ssize_t w = t; w <= u; w++) {
                        if (w > t)
                            d[len++] = ' ';
                        memcpy(d + len, toks[w].p, (size_t)toks[w].len);
                        len += toks[w].len;
                    }
                    tok.p = d;
                    tok.len = len;
                    used += len;
                    t = u;
                }
                break;
            }
        }
        toks[out++] = tok; /* out <= t: the tokens still to read are not overwritten */
    }
    return out;
}

static void char_table(PyObject *s, unsigned char *table) {
    memset(table, 0, 128);
    for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(s); i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(s, i);
        if (c < 128)
            table[c] = 1;
    }
}

/* A word table from a frozenset of str; a word that is not ASCII is left out (no ASCII text
 * equals it). */
static int words_from(PyObject *set, Words *W) {
    Py_ssize_t size = 8;
    PyObject *item, *it;
    while (size < 2 * PySet_GET_SIZE(set) + 2)
        size *= 2;
    W->slots = PyMem_Calloc((size_t)size, sizeof(Word));
    if (W->slots == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    W->mask = size - 1;
    W->longest = 0;
    memset(W->chars, 0, sizeof W->chars);
    if ((it = PyObject_GetIter(set)) == NULL)
        return -1;
    while ((item = PyIter_Next(it)) != NULL) {
        Py_DECREF(item); /* the frozenset holds it */
        if (!PyUnicode_Check(item)) {
            PyErr_SetString(PyExc_TypeError, "rules: word lists of str");
            break;
        }
        if (!PyUnicode_IS_ASCII(item))
            continue;
        Py_ssize_t n = PyUnicode_GET_LENGTH(item);
        if (n == 0 || n > WORD_CHARS) {
            PyErr_SetString(PyExc_ValueError, "rules: words of 1 to 32 characters");
            break;
        }
        const char *w = (const char *)PyUnicode_1BYTE_DATA(item);
        Py_ssize_t at = word_hash(w, n) & W->mask;
        while (W->slots[at].len != 0)
            at = (at + 1) & W->mask;
        W->slots[at].len = (unsigned char)n;
        memcpy(W->slots[at].w, w, (size_t)n);
        W->longest = n > W->longest ? n : W->longest;
        for (Py_ssize_t i = 0; i < n; i++)
            W->chars[(unsigned char)w[i]] = 1;
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
}

static void rules_free(PyObject *capsule) {
    Rules *R = PyCapsule_GetPointer(capsule, RULES_CAPSULE);
    if (R == NULL)
        return;
    PyMem_Free(R->tlds.slots);
    PyMem_Free(R->dates.slots);
    PyMem_Free(R->units.slots);
    PyMem_Free(R->si_units.slots);
    PyMem_Free(R);
}

/* mask_rules(rules) -> the rules as ``mask_tokens`` reads them
 *
 * ``rules``: (wildcard, max tokens, quoted words, max token chars, top-level domains, date words,
 * units, SI units, opening and closing punctuation), as ``miner._NATIVE_RULES`` has them. */
static PyObject *mask_rules(PyObject *self, PyObject *args) {
    PyObject *wild, *open, *close, *sets[4];
    Rules *R = PyMem_Calloc(1, sizeof(Rules));
    if (R == NULL)
        return PyErr_NoMemory();
    PyObject *capsule = PyCapsule_New(R, RULES_CAPSULE, rules_free);
    if (capsule == NULL) {
        PyMem_Free(R);
        return NULL;
    }
    if (!PyArg_ParseTuple(args, "(UnnnO!O!O!O!UU):mask_rules", &wild, &R->max_tokens, &R->quoted_words,
                          &R->max_chars, &PyFrozenSet_Type, &sets[0], &PyFrozenSet_Type, &sets[1], &PyFrozenSet_Type,
                          &sets[2], &PyFrozenSet_Type, &sets[3], &open, &close))
        goto fail;
    if (!PyUnicode_IS_ASCII(wild) || PyUnicode_GET_LENGTH(wild) == 0 || PyUnicode_GET_LENGTH(wild) > WORD_CHARS ||
        R->max_tokens < 0 || R->quoted_words < 0 || R->max_chars < 0) {
        PyErr_SetString(PyExc_ValueError, "rules: an ASCII wildcard of 1 to 32 characters and limits >= 0");
        goto fail;
    }
    R->wlen = PyUnicode_GET_LENGTH(wild);
    memcpy(R->wild, PyUnicode_1BYTE_DATA(wild), (size_t)R->wlen);
    if (words_from(sets[0], &R->tlds) < 0 || words_from(sets[1], &R->dates) < 0 ||
        words_from(sets[2], &R->units) < 0 || words_from(sets[3], &R->si_units) < 0)
        goto fail;
    char_table(open, R->open);
    char_table(close, R->close);
    return capsule;
fail:
    Py_DECREF(capsule);
    return NULL;
}

#define SMALL_TEXT 512 /* messages up to this long are masked in buffers on the stack */

/* mask_tokens(rules, content) -> tuple of str | None
 *
 * ``functions.parse.miner.mask_tokens(content)`` for an ASCII ``content``; None for any other (the
 * pure path masks those). ``rules``: from ``mask_rules``. */
/* the masked tokens of the ASCII message s[0:n], a tuple of str */
static PyObject *mask_ascii(const Rules *R, const char *s, Py_ssize_t n) {
    PyObject *result = NULL;
    Py_ssize_t cap = n / 2 + 1 < R->max_tokens ? n / 2 + 1 : R->max_tokens;
    Tok toks_small[SMALL_TEXT / 2 + 2];
    Span out_small[SMALL_TEXT / 2 + 2];
    char joined_small[SMALL_TEXT + 1], masked_small[4 * SMALL_TEXT];
    int small = n <= SMALL_TEXT;
    Tok *toks = small ? toks_small : PyMem_Malloc(sizeof(Tok) * (size_t)(cap + 1));
    Span *out = small ? out_small : PyMem_Malloc(sizeof(Span) * (size_t)(cap + 1));
    char *joined = small ? joined_small : PyMem_Malloc((size_t)n + 1);
    Buf o = {masked_small, 0, sizeof masked_small, 0};
    if (toks == NULL || out == NULL || joined == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t nt = split_tokens(R, s, n, toks, joined), no = 0;
    /* each token masked; a unit after a number glued to it ("12 [ms]", "5 V,") */
    for (Py_ssize_t t = 0; t < nt; t++) {
        Span m = {o.len, 0};
        const char *p = toks[t].p, *end = p + toks[t].len;
        while (p < end) { /* the words of a quoted string one by one */
            const char *w = memchr(p, ' ', (size_t)(end - p));
            w = w == NULL ? end : w;
            if ((p > toks[t].p && buf_put(&o, " ", 1) < 0) || mask_token(R, &o, p, w - p) < 0)
                goto done;
            p = w + (w < end);
        }
        m.len = o.len - m.off;
        if (no > 0 && ends_wild(R, o.p + out[no - 1].off, out[no - 1].len) && m.len == toks[t].len &&
            memcmp(o.p + m.off, toks[t].p, (size_t)m.len) == 0) {
            Py_ssize_t tail = unit_tail(R, toks[t].p, toks[t].len);
            if (tail >= 0) {
                o.len = m.off;
                if (buf_extend(&o, &out[no - 1], toks[t].p + toks[t].len - tail, tail, 0) < 0)
                    goto done;
                continue;
            }
        }
        out[no++] = m;
    }
    /* dates and units glue to the values next to them */
    for (Py_ssize_t i = 0; i < no; i++) {
        const char *tok = o.p + out[i].off;
        Py_ssize_t len = out[i].len, a, z;
        if (has_wild(R, tok, len))
            continue;
        strip_punct(R, tok, len, &a, &z);
        int glue = 0;
        if (word_in(&R->dates, tok + a, z - a, 1)) {
            glue = i + 1 < no ? var_or_date(R, o.p + out[i + 1].off, out[i + 1].len) : 0;
            if (glue == 0 && i > 0)
                glue = var_or_date(R, o.p + out[i - 1].off, out[i - 1].len);
        } else if (i > 0 && is_wild(R, o.p + out[i - 1].off, out[i - 1].len))
            glue = word_in(&R->units, tok + a, z - a, 1);
        if (glue && keep_punct(R, &o, &out[i]) < 0)
            goto done;
    }
    /* a variable spanning several words counts as one, and so does a list of like items */
    Py_ssize_t nc = 0;
    for (Py_ssize_t i = 0; i < no; i++) {
        Span cur = out[i];
        if (nc > 0 && has_wild(R, o.p + cur.off, cur.len)) {
            Span *prev = &out[nc - 1];
            if (cur.len == prev->len && memcmp(o.p + cur.off, o.p + prev->off, (size_t)cur.len) == 0)
                continue;
            if (ends_wild(R, o.p + prev->off, prev->len) && cur.len >= R->wlen &&
                memcmp(o.p + cur.off, R->wild, (size_t)R->wlen) == 0 && bare_wild(R, o.p + cur.off, cur.len)) {
                if (buf_extend(&o, prev, o.p + cur.off + R->wlen, cur.len - R->wlen, 1) < 0)
                    goto done;
                continue;
            }
        }
        out[nc++] = cur;
    }
    result = PyTuple_New(nc);
    for (Py_ssize_t i = 0; result != NULL && i < nc; i++) {
        PyObject *t = PyUnicode_New(out[i].len, 127);
        if (t == NULL) {
            Py_CLEAR(result);
            break;
        }
        memcpy(PyUnicode_1BYTE_DATA(t), o.p + out[i].off, (size_t)out[i].len);
        PyTuple_SET_ITEM(result, i, t);
    }
done:
    if (!small) {
        PyMem_Free(toks);
        PyMem_Free(out);
        PyMem_Free(joined);
    }
    if (o.heap)
        PyMem_Free(o.p);
    return result;
}

static PyObject *mask_tokens(PyObject *self, PyObject *args) {
    PyObject *capsule, *content;
    if (!PyArg_ParseTuple(args, "OU:mask_tokens", &capsule, &content))
        return NULL;
    const Rules *R = PyCapsule_GetPointer(capsule, RULES_CAPSULE);
    if (R == NULL)
        return NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(content) < 0)
        return NULL;
#endif
    if (!PyUnicode_IS_ASCII(content))
        Py_RETURN_NONE;
    return mask_ascii(R, (const char *)PyUnicode_1BYTE_DATA(content), PyUnicode_GET_LENGTH(content));
}

/* ---- value_starts and header_split: a line shape's value numbers (functions.parse.line_signals) and
 * the header split (functions.parse.header), each the exact twin of its Python reference ----------- */

/* bytes-pattern classes: \w (ASCII), \s */
static inline int vs_word(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
static inline int vs_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* the zeros of ``-?0`` at j (_NAMED_HIT's lookahead), within e */
static inline int vs_minus_zero(const unsigned char *s, Py_ssize_t j, Py_ssize_t e) {
    return (j < e && s[j] == '0') || (j + 1 < e && s[j] == '-' && s[j + 1] == '0');
}

/* _UNITS at p (its alternatives and the ``(?![\w\xc2-\xff])`` after them), within e: the unit's length
 * or 0. No two alternatives match at one place (the lookahead forbids a prefix), so order is moot;
 * they are looked up by their first byte. */
static Py_ssize_t vs_unit(const unsigned char *s, Py_ssize_t p, Py_ssize_t e) {
    static const char *const by_first[][9] = {
        {"kWh", "kW", "kV", "kA", "kPa", "kOhm", "km/h", "kph", NULL},
        {"Wh", "W", NULL}, {"MW", "MPa", "MOhm", NULL}, {"mV", "mA", "mbar", "mph", NULL}, {"V", NULL},
        {"A", NULL}, {"degC", "degF", NULL}, {"\xc2\xb0" "C", "\xc2\xb0" "F", NULL}, {"C", NULL}, {"F", NULL},
        {"bar", NULL}, {"hPa", NULL}, {"psi", NULL}, {"%", NULL}, {"Ohm", NULL}, {"\xce\xa9", NULL},
        {"rpm", NULL}, {"Nm", NULL}};
    int row;
    if (p >= e)
        return 0;
    switch (s[p]) {
    case 'k': row = 0; break;
    case 'W': row = 1; break;
    case 'M': row = 2; break;
    case 'm': row = 3; break;
    case 'V': row = 4; break;
    case 'A': row = 5; break;
    case 'd': row = 6; break;
    case 0xc2: row = 7; break;
    case 'C': row = 8; break;
    case 'F': row = 9; break;
    case 'b': row = 10; break;
    case 'h': row = 11; break;
    case 'p': row = 12; break;
    case '%': row = 13; break;
    case 'O': row = 14; break;
    case 0xce: row = 15; break;
    case 'r': row = 16; break;
    case 'N': row = 17; break;
    default: return 0;
    }
    for (const char *const *u = by_first[row]; *u != NULL; u++) {
        Py_ssize_t len = (Py_ssize_t)strlen(*u);
        if (len <= e - p && memcmp(s + p, *u, (size_t)len) == 0 &&
            (p + len == e || !(vs_word(s[p + len]) || s[p + len] >= 0xc2)))
            return len;
    }
    return 0;
}

/* _NUM's negative lookahead ``(?![\w.]0|:0|/0)`` at f, within e */
static inline int vs_num_ahead(const unsigned char *s, Py_ssize_t f, Py_ssize_t e) {
    if (f + 1 < e && s[f + 1] == '0') {
        unsigned char c = s[f];
        return !(vs_word(c) || c == '.' || c == ':' || c == '/');
    }
    return 1;
}

/* _NUM.match(key, p, e): (?<![\w.\-:/])(-?)(0+)(?:\.(0+))?(?![\w.]0|:0|/0) with the regex's
 * backtracking (the longest zeros first, the decimals before none). 1 with its end and the decimals'
 * length (-1: none), else 0. */
static int vs_num(const unsigned char *s, Py_ssize_t p, Py_ssize_t e, Py_ssize_t *end, Py_ssize_t *decimals) {
    if (p > 0) {
        unsigned char c = s[p - 1];
        if (vs_word(c) || c == '.' || c == '-' || c == ':' || c == '/')
            return 0;
    }
    Py_ssize_t q = p < e && s[p] == '-' ? p + 1 : p, zeros = 0;
    while (q + zeros < e && s[q + zeros] == '0')
        zeros++;
    for (Py_ssize_t k = zeros; k >= 1; k--) {
        Py_ssize_t at = q + k;
        if (k == zeros && at + 1 < e && s[at] == '.' && s[at + 1] == '0') {
            Py_ssize_t d = 0;
            while (at + 1 + d < e && s[at + 1 + d] == '0')
                d++;
            for (Py_ssize_t j = d; j >= 1; j--)
                if (vs_num_ahead(s, at + 1 + j, e)) {
                    *end = at + 1 + j;
                    *decimals = j;
                    return 1;
                }
        }
        if (vs_num_ahead(s, at, e)) {
            *end = at;
            *decimals = -1;
            return 1;
        }
    }
    return 0;
}

/* _KEY_BEFORE.search(key, lo, p) where key[p - 1] is the separator (or a space after it): the key's
 * span, or 0 when there is none. The key is the run of [\w.\-] before the separator; it starts no
 * earlier than lo, with a letter or ``_``. */
static int vs_key_before(const unsigned char *s, Py_ssize_t lo, Py_ssize_t p, Py_ssize_t *a, Py_ssize_t *z) {
    Py_ssize_t sep = s[p - 1] == ' ' ? p - 2 : p - 1;
    if (sep < lo || (s[sep] != '=' && s[sep] != ':'))
        return 0;
    Py_ssize_t i = sep;
    while (i > 0 && (vs_word(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == '-'))
        i--;
    if (i >= sep || i < lo || !(s[i] == '_' || ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')))
        return 0;
    *a = i;
    *z = sep;
    return 1;
}

/* value_starts(key, start, quantity) -> list of int
 *
 * functions.parse.line_signals.value_starts in one pass: where the numbers that may be values start,
 * ascending. ``quantity(name) -> bool`` is called for an integer after a key, as the pure twin does. */
/* where the values of the shape s[0:n] may start from start on, a list of int */
static PyObject *starts_of(const unsigned char *s, Py_ssize_t n, Py_ssize_t start, PyObject *quantity) {
    PyObject *out = NULL;
    unsigned char local[512], *at = local;
    if (start < 0) {
        PyErr_SetString(PyExc_ValueError, "value_starts: start must not be negative");
        return NULL;
    }
    if (!PyCallable_Check(quantity)) {
        PyErr_SetString(PyExc_TypeError, "value_starts: quantity must be callable");
        return NULL;
    }
    out = PyList_New(0);
    if (out == NULL || start >= n || memchr(s + start, '0', (size_t)(n - start)) == NULL)
        goto done;
    Py_ssize_t e = s[n - 1] == '\r' ? n - 1 : n;
    if (n > (Py_ssize_t)sizeof local && (at = PyMem_Malloc((size_t)n)) == NULL) {
        PyErr_NoMemory();
        Py_CLEAR(out);
        goto done;
    }
    memset(at, 0, (size_t)n);
    for (Py_ssize_t i = start; i < e; i++) {
        if (s[i] == '=' || s[i] == ':') { /* _NAMED_HIT: [=:] ?(?=-?0) */
            Py_ssize_t j = i + 1 < e && s[i + 1] == ' ' ? i + 2 : i + 1;
            if (vs_minus_zero(s, j, e))
                at[j] = 1;
        } else if (s[i] == '0' && i + 1 < e) { /* _UNIT_HIT: 0(?= ?UNITS), the number's start before it */
            if (vs_unit(s, s[i + 1] == ' ' ? i + 2 : i + 1, e) == 0)
                continue;
            Py_ssize_t p = i;
            while (p > start && (s[p - 1] == '0' || s[p - 1] == '.'))
                p--;
            at[p > start && s[p - 1] == '-' ? p - 1 : p] = 1;
        }
    }
    for (Py_ssize_t p = start; p < e; p++) {
        Py_ssize_t z, decimals;
        if (!at[p] || !vs_num(s, p, e, &z, &decimals) || decimals > 6) /* 6: MAX_DECIMALS */
            continue;
        int named = (p > start && (s[p - 1] == '=' || s[p - 1] == ':')) ||
                    (p - 1 > start && s[p - 1] == ' ' && (s[p - 2] == '=' || s[p - 2] == ':'));
        int space = z < n && s[z] == ' ';
        Py_ssize_t ulen = vs_unit(s, z + space, n);
        if (ulen) {
            unsigned char c = ulen == 1 ? s[z + space] : 0;
            int glued_only = c == 'A' || c == 'F' || c == 'W', hex_letter = c == 'A' || c == 'C' || c == 'F';
            if (!(space && glued_only && decimals < 0) && (!hex_letter || named || decimals >= 0 || space)) {
                if (append_index(out, p) < 0)
                    goto fail;
                continue;
            }
        }
        /* _END_AFTER: $|[\s,;)\]|}] */
        unsigned char after = z < n ? s[z] : ' ';
        if (!named || !(vs_space(after) || after == ',' || after == ';' || after == ')' || after == ']' ||
                        after == '|' || after == '}'))
            continue;
        if (decimals < 0) { /* an integer: its key must name a quantity */
            Py_ssize_t a, b;
            if (!vs_key_before(s, p - 64 > start ? p - 64 : start, p, &a, &b) || b - a < 2)
                continue;
            PyObject *name = PyBytes_FromStringAndSize((const char *)s + a, b - a);
            if (name == NULL)
                goto fail;
            PyObject *r = PyObject_CallOneArg(quantity, name);
            Py_DECREF(name);
            int yes = r == NULL ? -1 : PyObject_IsTrue(r);
            Py_XDECREF(r);
            if (yes < 0)
                goto fail;
            if (!yes)
                continue;
        }
        if (append_index(out, p) < 0)
            goto fail;
    }
    goto done;
fail:
    Py_CLEAR(out);
done:
    if (at != local)
        PyMem_Free(at);
    return out;
}

static PyObject *value_starts(PyObject *self, PyObject *args) {
    Py_buffer key;
    Py_ssize_t start;
    PyObject *quantity;
    if (!PyArg_ParseTuple(args, "y*nO", &key, &start, &quantity))
        return NULL;
    PyObject *out = starts_of(key.buf, key.len, start, quantity);
    PyBuffer_Release(&key);
    return out;
}

/* ---- header_split: HeaderModel.split's signatures, matched on ASCII text ------------------------ */

/* str-pattern \s on ASCII text: \t-\r, \x1c-\x1f and the space */
static inline int hs_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }
static inline int hs_alpha(unsigned char c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
static inline int hs_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline int hs_open(unsigned char c) { return c == '[' || c == '(' || c == '<' || c == '{'; }
static inline int hs_close(unsigned char c) { return c == ']' || c == ')' || c == '>' || c == '}'; }

static Py_ssize_t hs_skip_space(const unsigned char *s, Py_ssize_t p, Py_ssize_t h) {
    while (p < h && hs_space(s[p]))
        p++;
    return p;
}

/* whether t[0:n] is one of the words, as written or (fold) in any case */
static int hs_word_in(const unsigned char *t, Py_ssize_t n, const char *const *words, size_t count, int fold) {
    for (size_t w = 0; w < count; w++) {
        const char *word = words[w];
        if ((Py_ssize_t)strlen(word) != n)
            continue;
        Py_ssize_t k = 0;
        while (k < n && (fold ? ascii_lower(t[k]) : t[k]) == (unsigned char)word[k])
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

/* header.py's _LEVEL_WORDS, and _MONTH's words */
static const char *const hs_levels[] = {
    "trace", "debug", "dbg", "verbose", "info", "inf", "informational", "notice", "warn", "warning", "wrn",
    "error", "err", "crit", "critical", "fatal", "severe", "alert", "emerg", "emergency", "panic", "failure"};
static const char *const hs_months[] = {
    "Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun", "June", "Jul",
    "July", "Aug", "August", "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec",
    "December", "Mon", "Monday", "Tue", "Tuesday", "Wed", "Wednesday", "Thu", "Thursday", "Fri",
    "Friday", "Sat", "Saturday", "Sun", "Sunday"};
#define HS_COUNT(a) (sizeof(a) / sizeof *(a))

/* ``[\[(<]?(?i:LEVEL_WORDS)[\])>]?:?`` on a whole token (the first alternative of "lvl", _LEVEL_AFTER) */
static int hs_level_word(const unsigned char *t, Py_ssize_t n) {
    Py_ssize_t a = n > 0 && (t[0] == '[' || t[0] == '(' || t[0] == '<') ? 1 : 0, z = n;
    if (z > a && t[z - 1] == ':')
        z--;
    if (z > a && (t[z - 1] == ']' || t[z - 1] == ')' || t[z - 1] == '>'))
        z--;
    return hs_word_in(t + a, z - a, hs_levels, HS_COUNT(hs_levels), 1);
}

/* Whether a whole token (no space in it, n > 0) is a field of this kind, as KINDS' pattern for it
 * matches it followed by a space or the end: the match of every kind but "brk" is the whole token. */
static int hs_token_is(unsigned char kind, const unsigned char *t, Py_ssize_t n) {
    Py_ssize_t i, a;
    switch (kind) {
    case 'l': /* lvl */
        if (hs_level_word(t, n))
            return 1;
        return (n == 1 || (n == 5 && hs_digit(t[1]) && hs_digit(t[2]) && hs_digit(t[3]) && hs_digit(t[4]))) &&
               strchr("VDIWEF", t[0]) != NULL && t[0] != 0;
    case 'n': /* num: [\[(]?(?:[-+]?\d\S*|MONTH\.?,?) */
        a = t[0] == '[' || t[0] == '(' ? 1 : 0;
        if (a < n && (hs_digit(t[a]) || ((t[a] == '-' || t[a] == '+') && a + 1 < n && hs_digit(t[a + 1]))))
            return 1;
        i = n;
        if (i > a && t[i - 1] == ',')
            i--;
        if (i > a && t[i - 1] == '.')
            i--;
        return hs_word_in(t + a, i - a, hs_months, HS_COUNT(hs_months), 0);
    case 't': { /* tag: (?=[^\s:]*[A-Za-z])[\w.$@/\-()\[\]<>#]+: */
        int letter = 0;
        if (n < 2 || t[n - 1] != ':')
            return 0;
        for (i = 0; i < n - 1; i++) {
            unsigned char c = t[i];
            if (!(vs_word(c) || (c != 0 && strchr(".$@/-()[]<>#", c) != NULL)))
                return 0;
            letter |= hs_alpha(c);
        }
        return letter;
    }
    case 'e': /* end: [^\s\[]*\]:? */
        i = t[n - 1] == ']' ? n - 1 : (n >= 2 && t[n - 1] == ':' && t[n - 2] == ']') ? n - 2 : -1;
        if (i < 0)
            return 0;
        return memchr(t, '[', (size_t)i) == NULL;
    case 'k': /* kv: [A-Za-z_][\w.\-]*=\S* */
        if (!(hs_alpha(t[0]) || t[0] == '_'))
            return 0;
        for (i = 1; i < n && (vs_word(t[i]) || t[i] == '.' || t[i] == '-'); i++)
            ;
        return i < n && t[i] == '=';
    case 's': /* sep, id and word columns compile to \S+ */
        return 1;
    }
    return 0;
}

/* The next end (after ``last``: -1 for the first) of a field of this kind at p, in the order the
 * regex tries them, or -1. A "brk" field may end at its token's end ([\[(<{]\S*[\])>}]:?,?) and
 * then, lazily, at every closing bracket within 200 characters (a group spanning words), followed by
 * an optional ``:`` and ``,`` and a space or the end; any other field ends at its token's end. */
static Py_ssize_t hs_next_end(const unsigned char *s, Py_ssize_t h, unsigned char kind, Py_ssize_t p, Py_ssize_t *state) {
    Py_ssize_t t = p;
    while (t < h && !hs_space(s[t]))
        t++;
    if (t == p)
        return -1;
    if (kind != 'b') {
        if (*state > 0)
            return -1;
        *state = 1;
        return hs_token_is(kind, s + p, t - p) ? t : -1;
    }
    if (!hs_open(s[p]))
        return -1;
    if (*state == 0) {
        *state = 1;
        Py_ssize_t n = t - p, z = n;
        if (z >= 2 && s[p + z - 1] == ',')
            z--;
        if (z >= 2 && s[p + z - 1] == ':')
            z--;
        if (z >= 2 && hs_close(s[p + z - 1]))
            return t;
    }
    for (;;) {
        Py_ssize_t c = *state - 1, q = p + 1 + c;
        if (c > 200 || q >= h || (c > 0 && s[q - 1] == '\n'))
            return -1;
        (*state)++;
        if (hs_close(s[q])) {
            Py_ssize_t e = q + 1;
            if (e < h && s[e] == ':')
                e++;
            if (e < h && s[e] == ',')
                e++;
            if (e == h || hs_space(s[e]))
                return e;
        }
    }
}

/* One signature's match at the start of s[0:h] (\s* f0 \s+ f1 ... \s*), backtracking as the regex
 * does; the end, or -1. starts/ends: each field's span. */
static Py_ssize_t hs_match(const unsigned char *s, Py_ssize_t h, const unsigned char *kinds, Py_ssize_t n,
                           Py_ssize_t *starts, Py_ssize_t *ends, Py_ssize_t *states) {
    Py_ssize_t p = hs_skip_space(s, 0, h);
    if (n == 0)
        return p;
    Py_ssize_t i = 0;
    starts[0] = p;
    states[0] = 0;
    for (;;) {
        Py_ssize_t e = hs_next_end(s, h, kinds[i], starts[i], &states[i]);
        if (e < 0) {
            if (i == 0)
                return -1;
            i--;
            continue;
        }
        ends[i] = e;
        Py_ssize_t next = hs_skip_space(s, e, h);
        if (i == n - 1)
            return next;
        if (next == e)
            continue;
        i++;
        starts[i] = next;
        states[i] = 0;
    }
}

/* header_split(text, signatures, head) -> (end, level start, level end, tag start, tag end) | None
 *
 * HeaderModel.split (functions.parse.header) on ASCII text, its twin: ``signatures`` a tuple of bytes,
 * one per signature, a code per field kind (l lvl, b brk, n num, t tag, e end, k kv, s a loose column:
 * sep, id, word); the first that matches text[:head] splits it. The level is the first "lvl" field (else a
 * level word right after the header, _LEVEL_AFTER), the tag the last "tag" field; -1 where none. */
/* The first of ``sigs`` (a tuple) matching the ASCII text s[0:len]: 1 and its (end, level start, level
 * end, tag start, tag end) in found (-1 for a field it lacks), 0 for none, -1 with an exception set */
static int hs_split(const unsigned char *s, Py_ssize_t len, PyObject *sigs, Py_ssize_t head, Py_ssize_t found[5]) {
    if (head < 0) {
        PyErr_SetString(PyExc_ValueError, "header_split: head must not be negative");
        return -1;
    }
    Py_ssize_t h = len < head ? len : head;
    Py_ssize_t local[3 * 32], *buf = local, cap = 32;
    int out = -1;
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(sigs); k++) {
        PyObject *sig = PyTuple_GET_ITEM(sigs, k);
        if (!PyBytes_Check(sig)) {
            PyErr_SetString(PyExc_TypeError, "header_split: a signature must be bytes");
            goto done;
        }
        const unsigned char *kinds = (const unsigned char *)PyBytes_AS_STRING(sig);
        Py_ssize_t n = PyBytes_GET_SIZE(sig), lg = -1, tg = -1;
        for (Py_ssize_t i = 0; i < n; i++) {
            if (kinds[i] == 0 || strchr("lbnteks", kinds[i]) == NULL) {
                PyErr_SetString(PyExc_ValueError, "header_split: unknown field kind");
                goto done;
            }
            if (kinds[i] == 'l' && lg < 0)
                lg = i;
            if (kinds[i] == 't')
                tg = i;
        }
        if (n > cap) {
            Py_ssize_t *grown = PyMem_Malloc(3 * (size_t)n * sizeof *grown);
            if (grown == NULL) {
                PyErr_NoMemory();
                goto done;
            }
            if (buf != local)
                PyMem_Free(buf);
            buf = grown;
            cap = n;
        }
        Py_ssize_t end = hs_match(s, h, kinds, n, buf, buf + cap, buf + 2 * cap);
        if (end < 0)
            continue;
        Py_ssize_t la = lg < 0 ? -1 : buf[lg], lz = lg < 0 ? -1 : buf[cap + lg];
        if (lg < 0) { /* _LEVEL_AFTER: a level word right after the header */
            Py_ssize_t t = end;
            while (t < h && !hs_space(s[t]))
                t++;
            if (t > end && hs_level_word(s + end, t - end)) {
                la = end;
                lz = t;
                end = hs_skip_space(s, t, h);
            }
        }
        found[0] = end, found[1] = la, found[2] = lz;
        found[3] = tg < 0 ? (Py_ssize_t)-1 : buf[tg], found[4] = tg < 0 ? (Py_ssize_t)-1 : buf[cap + tg];
        out = 1;
        goto done;
    }
    out = 0;
done:
    if (buf != local)
        PyMem_Free(buf);
    return out;
}

static PyObject *header_split(PyObject *self, PyObject *args) {
    PyObject *text, *sigs;
    Py_ssize_t head, found[5];
    if (!PyArg_ParseTuple(args, "UO!n", &text, &PyTuple_Type, &sigs, &head))
        return NULL;
    if (!PyUnicode_IS_ASCII(text)) {
        PyErr_SetString(PyExc_ValueError, "header_split: text must be ASCII");
        return NULL;
    }
    int hit = hs_split(PyUnicode_1BYTE_DATA(text), PyUnicode_GET_LENGTH(text), sigs, head, found);
    if (hit < 0)
        return NULL;
    if (hit == 0)
        Py_RETURN_NONE;
    return Py_BuildValue("nnnnn", found[0], found[1], found[2], found[3], found[4]);
}

/* ---- decide_candidates: codes._decide, the candidate regex's alternatives at each start ------------ */
/* ``_CANDIDATE_RX.match(shape, p)`` answers which alternative matches first at p and where it ends;
 * each function below is one alternative, trying its optional parts and repeats in the order the
 * regex engine backtracks through them (greedy: longest first), so that it ends where the match
 * ends. Lookbehinds read before p, as ``match`` with a position does. */

static inline int c_word(unsigned char c) { return m_alpha(c) || m_digit(c) || c == '_'; } /* bytes \w */

/* s[p:] starts with word, ASCII case folded when fold */
static int lit_at(const unsigned char *s, Py_ssize_t p, Py_ssize_t n, const char *word, int fold) {
    for (Py_ssize_t k = 0; word[k]; k++) {
        if (p + k >= n)
            return 0;
        unsigned char c = fold ? ascii_lower(s[p + k]) : s[p + k];
        if (c != (unsigned char)word[k])
            return 0;
    }
    return 1;
}

/* vendor: (?:E|ERR|ERROR|FAULT|FLT|ALM|ALARM|DTC)[_-]?(?:[A-Z][A-Z0-9]{1,7}[_-])?0 */
static Py_ssize_t alt_vendor(const unsigned char *s, Py_ssize_t p, Py_ssize_t n) {
    static const char *const heads[] = {"E", "ERR", "ERROR", "FAULT", "FLT", "ALM", "ALARM", "DTC"};
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++) {
        if (!lit_at(s, p, n, heads[h], 0))
            continue;
        Py_ssize_t q = p + (Py_ssize_t)strlen(heads[h]);
        for (int dash = 1; dash >= 0; dash--) {
            if (dash && !(q < n && is_dash(s[q])))
                continue;
            Py_ssize_t r = q + dash;
            if (r < n && is_up(s[r])) {
                Py_ssize_t run = 0;
                while (run < 7 && r + 1 + run < n && is_upnum(s[r + 1 + run]))
                    run++;
                for (Py_ssize_t k = run; k >= 1; k--) {
                    Py_ssize_t t = r + 1 + k;
                    if (t + 1 < n && is_dash(s[t]) && s[t + 1] == '0')
                        return t + 2;
                }
            }
            if (r < n && s[r] == '0')
                return r + 1;
        }
    }
    return -1;
}

/* tokened: [A-Z][A-Z0-9]{1,5}(?:[_-][A-Z]{1,4})?(?:[_-]|(?<=FLT|ERR|ALM) )(?:0x0|[A-Z]?0) */
static Py_ssize_t alt_tokened(const unsigned char *s, Py_ssize_t p, Py_ssize_t n) {
    if (!(p < n && is_up(s[p])))
        return -1;
    Py_ssize_t run = 0;
    while (run < 5 && p + 1 + run < n && is_upnum(s[p + 1 + run]))
        run++;
    for (Py_ssize_t k = run; k >= 1; k--) {
        Py_ssize_t q = p + 1 + k, ups = 0;
        if (q < n && is_dash(s[q]))
            while (ups < 4 && q + 1 + ups < n && is_up(s[q + 1 + ups]))
                ups++;
        for (Py_ssize_t j = ups; j >= 0; j--) { /* the class group, longest first; j == 0: without it */
            Py_ssize_t q2 = j ? q + 1 + j : q;
            int sep = q2 < n && (is_dash(s[q2]) ||
                                 (s[q2] == ' ' && q2 >= 3 &&
                                  (lit_at(s, q2 - 3, n, "FLT", 0) || lit_at(s, q2 - 3, n, "ERR", 0) ||
                                   lit_at(s, q2 - 3, n, "ALM", 0))));
            if (!sep)
                continue;
            Py_ssize_t r = q2 + 1;
            if (lit_at(s, r, n, "0x0", 0))
                return r + 3;
            if (r + 1 < n && is_up(s[r]) && s[r + 1] == '0')
                return r + 2;
            if (r < n && s[r] == '0')
                return r + 1;
        }
    }
    return -1;
}

/* dtchex: (?i:dtc|code)\W{1,12}0[xX][0-9A-Fa-f]{6}(?![0-9A-Za-z]) */
static Py_ssize_t alt_dtchex(const unsigned char *s, Py_ssize_t p, Py_ssize_t n) {
    Py_ssize_t q = lit_at(s, p, n, "dtc", 1) ? p + 3 : lit_at(s, p, n, "code", 1) ? p + 4 : -1;
    if (q < 0)
        return -1;
    Py_ssize_t r = q; /* the \W run cannot hold the 0 after it: only its whole length can be taken */
    while (r < n && r - q <= 12 && !c_word(s[r]))
        r++;
    if (r == q || r - q > 12)
        return -1;
    return hex3_end(s, r, n);
}

/* hexrec: 0[xX][0-9A-Fa-f]{6}(?![0-9A-Za-z])(?=TAIL), the DTC status after a bare 3-byte value; TAIL
 * (``codes._HEXREC_TAIL``) is matched by its compiled pattern, called only where the value stands.
 * Its end, -1, or -2 with an exception set. */
static Py_ssize_t alt_hexrec(PyObject *shape, PyObject *tail, const unsigned char *s, Py_ssize_t p, Py_ssize_t n) {
    Py_ssize_t e = hex3_end(s, p, n);
    if (e < 0)
        return -1;
    PyObject *m = PyObject_CallMethod(tail, "match", "On", shape, e);
    if (m == NULL)
        return -2;
    int hit = m != Py_None;
    Py_DECREF(m);
    return hit ? e : -1;
}

/* label: (?i:error[ _]?code|errno|errcode|fault[ _]?code) */
static Py_ssize_t alt_label(const unsigned char *s, Py_ssize_t p, Py_ssize_t n) {
    for (int h = 0; h < 2; h++) {
        if (h == 1 && lit_at(s, p, n, "errno", 1))
            return p + 5;
        if (h == 1 && lit_at(s, p, n, "errcode", 1))
            return p + 7;
        if (!lit_at(s, p, n, h == 0 ? "error" : "fault", 1))
            continue;
        Py_ssize_t q = p + 5;
        if (q < n && (s[q] == ' ' || s[q] == '_') && lit_at(s, q + 1, n, "code", 1))
            return q + 5;
        if (lit_at(s, q, n, "code", 1))
            return q + 4;
    }
    return -1;
}

/* uds: (?<![0-9A-Za-z.])(?:0[xX])?00(?=...), the lookahead as uds_ahead reads it */
static Py_ssize_t alt_uds(const unsigned char *s, Py_ssize_t p, Py_ssize_t n) {
    if (p > 0 && (m_alpha(s[p - 1]) || m_digit(s[p - 1]) || s[p - 1] == '.'))
        return -1;
    if (!uds_ahead(s, p, n))
        return -1;
    return (p + 1 < n && s[p] == '0' && is_x(s[p + 1])) ? p + 4 : p + 2;
}

/* The first alternative of _CANDIDATE_RX matching at p (its index in the regex's order) and its
 * end, -1 for none, or -2 with an exception set. */
static int candidate_at(PyObject *shape, PyObject *tail, const unsigned char *s, Py_ssize_t p, Py_ssize_t n,
                        Py_ssize_t *end) {
    Py_ssize_t e = -1;
    int alt = -1;
    if (p + 1 < n && (s[p] == 'P' || s[p] == 'C' || s[p] == 'B' || s[p] == 'U') && s[p + 1] == '0')
        e = p + 2, alt = 0;
    else if ((e = alt_hexrec(shape, tail, s, p, n)) >= 0)
        alt = 1;
    else if (e == -2)
        return -2;
    else if (p + 3 < n && s[p] == '0' && s[p + 1] == 'x' && s[p + 2] == '0' && (s[p + 3] | 0x20) == 'f')
        e = p + 4, alt = 2;
    else if (p + 1 < n && s[p] == '0' && (s[p + 1] | 0x20) == 'f')
        e = p + 2, alt = 2;
    else if (lit_at(s, p, n, "nrc", 1))
        e = p + 3, alt = 3;
    else if (lit_at(s, p, n, "spn", 1))
        e = p + 3, alt = 4;
    else if ((e = alt_vendor(s, p, n)) >= 0)
        alt = 5;
    else if ((e = alt_tokened(s, p, n)) >= 0)
        alt = 6;
    else if ((e = alt_dtchex(s, p, n)) >= 0)
        alt = 7;
    else if ((e = alt_label(s, p, n)) >= 0)
        alt = 8;
    else if ((e = alt_uds(s, p, n)) >= 0)
        alt = 9;
    *end = e;
    return alt;
}

static int cmp_start(const void *a, const void *b) {
    Py_ssize_t x = ((const Py_ssize_t *)a)[0], y = ((const Py_ssize_t *)b)[0];
    return (x > y) - (x < y);
}

/* decide_candidates(kinds, tail, limit, shape, starts) -> tuple of (int, kind)
 *
 * ``functions.parse.codes._decide(shape, starts)``: the starts in ascending order, each one past
 * the last match's end tried, at most ``limit`` kept; ``kinds``: the ten patterns the alternatives
 * stand for, in the regex's order; ``tail``: the compiled pattern of what follows a bare 3-byte DTC. */
static PyObject *decide_candidates(PyObject *self, PyObject *args) {
    PyObject *kinds, *tail, *starts, *out = NULL, *seq = NULL;
    Py_ssize_t limit;
    Py_buffer shape;
    if (!PyArg_ParseTuple(args, "O!Ony*O:decide_candidates", &PyTuple_Type, &kinds, &tail, &limit, &shape, &starts))
        return NULL;
    Py_ssize_t (*sorted)[2] = NULL, count = 0;
    if (PyTuple_GET_SIZE(kinds) != 10) {
        PyErr_SetString(PyExc_ValueError, "decide_candidates: ten kinds, one per alternative");
        goto done;
    }
    if ((seq = PySequence_Tuple(starts)) == NULL) /* a copy: no finalizer can change it under the loop */
        goto done;
    count = PyTuple_GET_SIZE(seq);
    sorted = PyMem_Malloc(sizeof *sorted * (size_t)(count + 1));
    if (sorted == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < count; i++) { /* (start, its index): equal starts keep their order */
        PyObject *v = PyTuple_GET_ITEM(seq, i);
        if (!PyLong_Check(v)) {
            PyErr_SetString(PyExc_TypeError, "decide_candidates: starts must be ints");
            goto done;
        }
        sorted[i][0] = PyLong_AsSsize_t(v);
        sorted[i][1] = i;
        if (sorted[i][0] == -1 && PyErr_Occurred())
            goto done;
    }
    qsort(sorted, (size_t)count, sizeof *sorted, cmp_start);
    const unsigned char *s = shape.buf;
    Py_ssize_t n = shape.len, cursor = 0;
    if ((out = PyList_New(0)) == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < count; i++) {
        Py_ssize_t p = sorted[i][0], end;
        if (p < cursor || p >= n) /* nothing matches at the end, where ``match`` clips a start past it */
            continue;
        int alt = candidate_at(shape.obj, tail, s, p, n, &end);
        if (alt == -2) {
            Py_CLEAR(out);
            goto done;
        }
        if (alt < 0)
            continue;
        PyObject *hit = PyTuple_Pack(2, PyTuple_GET_ITEM(seq, sorted[i][1]), PyTuple_GET_ITEM(kinds, alt));
        if (hit == NULL || PyList_Append(out, hit) < 0) {
            Py_XDECREF(hit);
            Py_CLEAR(out);
            goto done;
        }
        Py_DECREF(hit);
        if (PyList_GET_SIZE(out) >= limit)
            break;
        cursor = end;
    }
done:
    PyMem_Free(sorted);
    Py_XDECREF(seq);
    PyBuffer_Release(&shape);
    if (out == NULL)
        return NULL;
    PyObject *result = PyList_AsTuple(out);
    Py_DECREF(out);
    return result;
}

/* ---- keyword_rank: the severity of a line without a level, from its words (functions.parse.severity) */

/* str-pattern \w on ASCII text: the bytes-pattern one */
#define kw_word vs_word

/* ``word`` (lower case; ``.`` any character but a newline, once) at p of s[0:n], any case; the end or -1 */
static Py_ssize_t kw_literal(const unsigned char *s, Py_ssize_t p, Py_ssize_t n, const char *word) {
    for (const char *w = word; *w; w++, p++)
        if (p >= n || (*w == '.' ? s[p] == '\n' : ascii_lower(s[p]) != (unsigned char)*w))
            return -1;
    return p;
}

/* One alternative of _KEYWORDS at p followed by \b: its end or -1. Each is tried as the regex tries it:
 * an optional part taken first (``bus.?off`` as ``bus.off`` then ``busoff``). */
static Py_ssize_t kw_alternative(const unsigned char *s, Py_ssize_t p, Py_ssize_t n, const char *const *forms) {
    for (; *forms; forms++) {
        Py_ssize_t e = kw_literal(s, p, n, *forms);
        if (e >= 0 && (e == n || !kw_word(s[e])))
            return e;
    }
    return -1;
}

/* _KEYWORDS' alternatives in its order, each with its forms; a NULL form ends an alternative, an
 * empty alternative a group (crit, err, warn). */
static const char *const kw_groups[3][16][3] = {
    {{"fatal"}, {"panic"}, {"critical"}, {"emergency"}, {"kernel panic"}, {"segfault"}, {"segmentation fault"},
     {"bus.off", "busoff"}, {"out of memory"}, {"oom-killer"}},
    {{"error"}, {"errors"}, {"exception"}, {"fail"}, {"failed"}, {"failure"}, {"fault"}, {"timeout"}, {"timed out"},
     {"unreachable"}, {"refused"}, {"denied"}, {"abort"}, {"aborted"}, {"corrupted", "corrupt"}},
    {{"warn"}, {"warning"}, {"deprecated"}, {"retrying", "retry"}, {"degraded"}, {"error.passive", "errorpassive"},
     {"dropped"}},
};

/* The group (0 crit, 1 err, 2 warn) of the _KEYWORDS match at p, its end in *end; -1: none */
static int kw_match(const unsigned char *s, Py_ssize_t p, Py_ssize_t n, Py_ssize_t *end) {
    unsigned char c = ascii_lower(s[p]);
    static uint32_t heads; /* the alternatives' first letters, read from the table once */
    if (heads == 0)
        for (int g = 0; g < 3; g++)
            for (int a = 0; a < 16 && kw_groups[g][a][0] != NULL; a++)
                heads |= 1u << (kw_groups[g][a][0][0] - 'a');
    if (c < 'a' || c > 'z' || !((heads >> (c - 'a')) & 1u))
        return -1;
    for (int g = 0; g < 3; g++)
        for (int a = 0; a < 16 && kw_groups[g][a][0] != NULL; a++) {
            if ((unsigned char)kw_groups[g][a][0][0] != c) /* an alternative's forms share its first letter */
                continue;
            Py_ssize_t e = kw_alternative(s, p, n, kw_groups[g][a]);
            if (e >= 0) {
                *end = e;
                return g;
            }
        }
    return -1;
}

static inline int kw_sep(unsigned char c) { return c == ' ' || c == '_' || c == '-'; }

/* _NEGATED_BEFORE.search(text[lo:p]): ``no``/``zero``/``without`` and up to two more words, or ``not``,
 * then separators up to the end (or up to a newline that ends it), read from the end back. */
static int kw_negated_before(const unsigned char *s, Py_ssize_t lo, Py_ssize_t p) {
    static const char *const negators[] = {"no", "zero", "without"};
    for (Py_ssize_t end = p; end >= p - 1; end--) {
        if (end < p && !(end >= lo && s[end] == '\n'))
            break;
        Py_ssize_t r = end;
        while (r > lo && kw_sep(s[r - 1]))
            r--;
        for (int k = 0; k < 3 && r < end; k++) {
            Py_ssize_t l = r;
            while (l > lo && hs_alpha(s[l - 1]))
                l--;
            if (l == r)
                break;
            if (l == lo || !kw_word(s[l - 1])) {
                if (k == 0 && r - l == 3 && kw_literal(s, l, r, "not") == r)
                    return 1;
                for (size_t w = 0; w < HS_COUNT(negators); w++)
                    if ((Py_ssize_t)strlen(negators[w]) == r - l && kw_literal(s, l, r, negators[w]) == r)
                        return 1;
            }
            Py_ssize_t gap = l;
            while (gap > lo && kw_sep(s[gap - 1]))
                gap--;
            if (gap == l)
                break;
            r = gap;
        }
    }
    return 0;
}

/* _ZERO_AFTER.match(text, p): (?:\(s\))?[ _-]?(?:count|counter|cnt|total|num|nr)?\s*[:=]\s*["']?
 * (?:none|false|no|null|nil)\b, every way the regex may take its optional parts */
static int kw_zero_after(const unsigned char *s, Py_ssize_t p, Py_ssize_t n) {
    static const char *const counts[] = {"count", "counter", "cnt", "total", "num", "nr"};
    static const char *const nones[] = {"none", "false", "no", "null", "nil"};
    Py_ssize_t as[2], na = 0;
    if (kw_literal(s, p, n, "(s)") >= 0)
        as[na++] = p + 3;
    as[na++] = p;
    for (Py_ssize_t i = 0; i < na; i++) {
        Py_ssize_t a = as[i], bs[2], nb = 0;
        if (a < n && kw_sep(s[a]))
            bs[nb++] = a + 1;
        bs[nb++] = a;
        for (Py_ssize_t j = 0; j < nb; j++) {
            Py_ssize_t cs[HS_COUNT(counts) + 1], nc = 0;
            for (size_t w = 0; w < HS_COUNT(counts); w++) {
                Py_ssize_t e = kw_literal(s, bs[j], n, counts[w]);
                if (e >= 0)
                    cs[nc++] = e;
            }
            cs[nc++] = bs[j];
            for (Py_ssize_t k = 0; k < nc; k++) {
                Py_ssize_t q = hs_skip_space(s, cs[k], n);
                if (q >= n || (s[q] != ':' && s[q] != '='))
                    continue;
                q = hs_skip_space(s, q + 1, n);
                if (q < n && (s[q] == '"' || s[q] == '\''))
                    q++;
                for (size_t w = 0; w < HS_COUNT(nones); w++) {
                    Py_ssize_t e = kw_literal(s, q, n, nones[w]);
                    if (e >= 0 && (e == n || !kw_word(s[e])))
                        return 1;
                }
            }
        }
    }
    return 0;
}

/* keyword_rank(text) -> int
 *
 * functions.parse.severity.keyword_rank's search on ASCII text, its twin: the group of the strongest
 * keyword the line does not negate (0 crit, 1 err, 2 warn; 3: none), from _KEYWORDS' matches in
 * finditer's order (each at a word start, the next search from its end). */
/* the group of the strongest keyword s[0:n] does not negate: 0 crit, 1 err, 2 warn, 3 none */
static long kw_rank(const unsigned char *s, Py_ssize_t n) {
    Py_ssize_t e;
    long best = 3;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!hs_alpha(s[i]) || (i > 0 && kw_word(s[i - 1])))
            continue;
        int g = kw_match(s, i, n, &e);
        if (g < 0)
            continue;
        Py_ssize_t at = i;
        i = e - 1;
        if (kw_negated_before(s, at - 30 > 0 ? at - 30 : 0, at) || kw_zero_after(s, e, n))
            continue;
        if (g < best)
            best = g;
        if (best == 0)
            break;
    }
    return best;
}

static PyObject *keyword_rank(PyObject *self, PyObject *args) {
    PyObject *text;
    if (!PyArg_ParseTuple(args, "U", &text))
        return NULL;
    if (!PyUnicode_IS_ASCII(text)) {
        PyErr_SetString(PyExc_ValueError, "keyword_rank: text must be ASCII");
        return NULL;
    }
    return PyLong_FromLong(kw_rank(PyUnicode_1BYTE_DATA(text), PyUnicode_GET_LENGTH(text)));
}

/* ---- shape_codes: a shape's code candidates as the text path keeps them (functions.parse.codes) ------ */
/* ``codes.shape_codes``' pure twin does it in four steps, each a Python call building lists and tuples:
 * the finders (``code_starts``), the regex's decisions among their starts (``_decide``, capped at
 * ``limit``), dropping the ``tokened`` candidates no vendor token starts (``yielding``) and the UDS
 * gate of what is left (``uds_gate``). Here one pass over the shape: each byte where a finder starts
 * (``code_start_at``, the starts ascending, as ``_decide`` sorts them) past the last match's end is
 * decided (``candidate_at``); the filter and the gate read the few candidates found. */

#define ALT_TOKENED 6 /* candidate_at's alternatives, in the candidate regex's order */
#define ALT_UDS 9
#define LOCAL_CANDIDATES 64

/* one of ``heads`` (bytes, checked by the caller) starts s at p: the vendor-head alternation's match */
static int head_at(PyObject *heads, const unsigned char *s, Py_ssize_t p, Py_ssize_t n) {
    for (Py_ssize_t h = 0; h < PyTuple_GET_SIZE(heads); h++) {
        PyObject *head = PyTuple_GET_ITEM(heads, h);
        Py_ssize_t len = PyBytes_GET_SIZE(head);
        if (len <= n - p && memcmp(s + p, PyBytes_AS_STRING(head), (size_t)len) == 0)
            return 1;
    }
    return 0;
}

/* shape_codes(kinds, tail, limit, heads, shape) -> (candidates, gate)
 *
 * ``functions.parse.codes.shape_codes(shape)``: ``candidates`` the tuple of (start, kind) that
 * ``yielding(shape, candidates(shape))`` gives, ``gate`` what ``uds_gate`` gives for it (a tuple of
 * offsets, or None). ``kinds``, ``tail``, ``limit``: as for ``decide_candidates``; ``heads``: the
 * vendor tokens with their digits zeroed, a tuple of bytes. */
static PyObject *codes_of(PyObject *kinds, PyObject *tail, Py_ssize_t limit, PyObject *heads, PyObject *obj,
                          const unsigned char *s, Py_ssize_t n) {
    PyObject *cands = NULL, *gate = NULL, *result = NULL;
    Py_ssize_t local[2 * LOCAL_CANDIDATES], *pos = local, count = 0, kept = 0, gated = 1, cursor = 0;
    if (PyTuple_GET_SIZE(kinds) != 10) {
        PyErr_SetString(PyExc_ValueError, "shape_codes: ten kinds, one per alternative");
        goto done;
    }
    for (Py_ssize_t h = 0; h < PyTuple_GET_SIZE(heads); h++)
        if (!PyBytes_Check(PyTuple_GET_ITEM(heads, h))) {
            PyErr_SetString(PyExc_TypeError, "shape_codes: heads must be bytes");
            goto done;
        }
    /* at most one candidate per byte, and _decide stops at the first past the limit */
    Py_ssize_t room = limit < n ? limit : n;
    room = room > 1 ? room : 1;
    if (room > LOCAL_CANDIDATES && (pos = PyMem_Malloc(2 * sizeof *pos * (size_t)room)) == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t *alt_of = pos + (pos == local ? LOCAL_CANDIDATES : room);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t end;
        if (i < cursor || !code_start_at(s, i, n))
            continue;
        int alt = candidate_at(obj, tail, s, i, n, &end);
        if (alt == -2)
            goto done;
        if (alt < 0)
            continue;
        pos[count] = i;
        alt_of[count++] = alt;
        if (count >= limit)
            break;
        cursor = end;
    }
    for (Py_ssize_t k = 0; k < count; k++) /* no line of this shape can make a code at a dropped one */
        if (alt_of[k] != ALT_TOKENED || head_at(heads, s, pos[k], n)) {
            pos[kept] = pos[k];
            alt_of[kept] = alt_of[k];
            gated = gated && alt_of[k] == ALT_UDS;
            kept++;
        }
    if ((cands = PyTuple_New(kept)) == NULL)
        goto done;
    for (Py_ssize_t k = 0; k < kept; k++) {
        PyObject *at = PyLong_FromSsize_t(pos[k]);
        PyObject *hit = at == NULL ? NULL : PyTuple_Pack(2, at, PyTuple_GET_ITEM(kinds, alt_of[k]));
        Py_XDECREF(at);
        if (hit == NULL)
            goto done;
        PyTuple_SET_ITEM(cands, k, hit);
    }
    if (kept == 0 || !gated)
        gate = Py_NewRef(Py_None);
    else if ((gate = PyTuple_New(kept)) != NULL) /* the 59 stands after a 0x, else at the start */
        for (Py_ssize_t k = 0; k < kept; k++) {
            Py_ssize_t p = pos[k];
            PyObject *at = PyLong_FromSsize_t(p + 1 < n && is_x(s[p + 1]) ? p + 2 : p);
            if (at == NULL) {
                Py_CLEAR(gate);
                break;
            }
            PyTuple_SET_ITEM(gate, k, at);
        }
    if (gate != NULL)
        result = PyTuple_Pack(2, cands, gate);
done:
    Py_XDECREF(cands);
    Py_XDECREF(gate);
    if (pos != local)
        PyMem_Free(pos);
    return result;
}

static PyObject *shape_codes(PyObject *self, PyObject *args) {
    PyObject *kinds, *tail, *heads;
    Py_ssize_t limit;
    Py_buffer shape;
    if (!PyArg_ParseTuple(args, "O!OnO!y*:shape_codes", &PyTuple_Type, &kinds, &tail, &limit, &PyTuple_Type, &heads,
                          &shape))
        return NULL;
    PyObject *out = codes_of(kinds, tail, limit, heads, shape.obj, shape.buf, shape.len);
    PyBuffer_Release(&shape);
    return out;
}

/* ---- shape_facts: everything the slow path reads from a new ASCII line and its shape, in one call ---- */
/* ``TextSummarizer._slow`` asks a new shape's line for its header split (``HeaderModel.split``), its
 * severity (``level_rank`` of the header's level, else ``inline_level_rank`` then ``keyword_rank`` of
 * the message), its masked tokens (``mask_tokens``), where its values may start (``value_starts``) and
 * its code candidates with their UDS gate (``shape_codes``): ``text.shape_facts`` makes those calls,
 * each a Python call with its own argument parsing, slicing and result objects. Here the same
 * readings, through the same C cores, from the line's bytes: no decoded text or message is built. */

/* ``severity.level_rank(token)`` of an ASCII token: the rank in ``levels`` (borrowed) or NULL;
 * -1 with an exception set */
static int level_of(PyObject *levels, const unsigned char *t, Py_ssize_t n, PyObject **rank) {
    static const char strip[] = "[]()<>:";
    unsigned char low[WORD_CHARS];
    *rank = NULL;
    while (n > 0 && memchr(strip, t[0], sizeof strip - 1) != NULL)
        t++, n--;
    while (n > 0 && memchr(strip, t[n - 1], sizeof strip - 1) != NULL)
        n--;
    if (n == 0 || n > WORD_CHARS) /* no level word is this long (the dict's keys are short words) */
        return 0;
    for (Py_ssize_t k = 0; k < n; k++)
        low[k] = ascii_lower(t[k]);
    for (int glog = 0; glog < 2 && *rank == NULL; glog++) { /* glog: I1127, E0203 */
        Py_ssize_t len = glog ? 1 : n;
        if (glog && !(n == 5 && m_digit(low[1]) && m_digit(low[2]) && m_digit(low[3]) && m_digit(low[4])))
            break;
        PyObject *word = PyUnicode_New(len, 127);
        if (word == NULL)
            return -1;
        memcpy(PyUnicode_1BYTE_DATA(word), low, (size_t)len);
        *rank = PyDict_GetItemWithError(levels, word);
        Py_DECREF(word);
        if (*rank == NULL && PyErr_Occurred())
            return -1;
    }
    return 0;
}

/* ``severity._INLINE_LEVEL.search`` on ASCII s[0:n]: the span of its level word in *a, *z, or 0 */
static int inline_level(const unsigned char *s, Py_ssize_t n, Py_ssize_t *a, Py_ssize_t *z) {
    static const char *const keys[] = {"level=", "lvl=", "severity=", "loglevel=", "log_level="};
    if (memchr(s, '=', (size_t)n) == NULL)
        return 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if ((s[i] | 0x20) != 'l' && (s[i] | 0x20) != 's') /* the keys' first letters */
            continue;
        if (i > 0 && c_word(s[i - 1]))
            continue; /* \b before the key's first letter */
        for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
            if (!lit_at(s, i, n, keys[k], 1))
                continue;
            Py_ssize_t j = i + (Py_ssize_t)strlen(keys[k]);
            if (j + 1 < n && (s[j] == '"' || s[j] == '\'') && m_alpha(s[j + 1]))
                j++; /* ["']? taken when a letter follows it, else left out */
            Py_ssize_t e = j;
            while (e < n && m_alpha(s[e]))
                e++;
            if (e > j) {
                *a = j, *z = e;
                return 1;
            }
        }
    }
    return 0;
}

/* shape_facts(rules, levels, ranks, quantity, kinds, tail, limit, heads, signatures, head, line, shape)
 *     -> (severity, tag, start, value starts, masked tokens, candidates, gate) | () | None
 *
 * ``functions.parse.text.shape_facts(line, shape, header)`` for an ASCII ``line``: () for a blank one,
 * None for a line with any other byte (the caller reads it by the Python steps). ``rules``: from
 * ``mask_rules``; ``levels``, ``ranks``: ``severity._LEVELS`` and the ranks of ``keyword_rank``'s
 * groups; ``quantity``: as for ``value_starts``; ``kinds`` to ``heads``: as for ``shape_codes``;
 * ``signatures``, ``head``: as for ``header_split``. */
static PyObject *shape_facts(PyObject *self, PyObject *args) {
    PyObject *capsule, *levels, *ranks, *quantity, *kinds, *tail, *heads, *sigs, *result = NULL;
    PyObject *tag = NULL, *starts = NULL, *masked = NULL, *codes = NULL, *rank = NULL;
    Py_ssize_t limit, head, found[5] = {0, -1, -1, -1, -1};
    Py_buffer line, shape;
    if (!PyArg_ParseTuple(args, "OO!O!OO!OnO!O!ny*y*:shape_facts", &capsule, &PyDict_Type, &levels, &PyTuple_Type,
                          &ranks, &quantity, &PyTuple_Type, &kinds, &tail, &limit, &PyTuple_Type, &heads, &PyTuple_Type,
                          &sigs, &head, &line, &shape))
        return NULL;
    const Rules *R = PyCapsule_GetPointer(capsule, RULES_CAPSULE);
    const unsigned char *t = line.buf;
    Py_ssize_t n = line.len, start;
    if (R == NULL)
        goto done;
    if (PyTuple_GET_SIZE(ranks) != 4) {
        PyErr_SetString(PyExc_ValueError, "shape_facts: four ranks (crit, err, warn, none)");
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        if (t[i] >= 0x80) {
            result = Py_NewRef(Py_None);
            goto done;
        }
    while (n > 0 && t[n - 1] == '\r') /* the text path's rstrip("\r") */
        n--;
    Py_ssize_t first = 0;
    while (first < n && hs_space(t[first]))
        first++;
    if (first == n) {
        result = PyTuple_New(0);
        goto done;
    }
    int hit = hs_split(t, n, sigs, head, found);
    if (hit < 0)
        goto done;
    start = hit ? found[0] : 0;
    Py_ssize_t a, z;
    if (hit && found[1] >= 0 && level_of(levels, t + found[1], found[2] - found[1], &rank) < 0)
        goto done;
    if (rank == NULL && inline_level(t + start, n - start, &a, &z) &&
        level_of(levels, t + start + a, z - a, &rank) < 0)
        goto done;
    if (rank == NULL)
        rank = PyTuple_GET_ITEM(ranks, kw_rank(t + start, n - start));
    Py_INCREF(rank); /* held: the calls below run Python code (the quantity test, the status tail) */
    if (hit && found[3] >= 0)
        tag = PyUnicode_FromStringAndSize((const char *)t + found[3], found[4] - found[3]);
    else
        tag = Py_NewRef(Py_None);
    if (tag == NULL || (masked = mask_ascii(R, (const char *)t + start, n - start)) == NULL ||
        (starts = starts_of(shape.buf, shape.len, start, quantity)) == NULL ||
        (codes = codes_of(kinds, tail, limit, heads, shape.obj, shape.buf, shape.len)) == NULL)
        goto done;
    result = Py_BuildValue("(OOnOOOO)", rank, tag, start, starts, masked, PyTuple_GET_ITEM(codes, 0),
                           PyTuple_GET_ITEM(codes, 1));
done:
    Py_XDECREF(rank);
    Py_XDECREF(tag);
    Py_XDECREF(starts);
    Py_XDECREF(masked);
    Py_XDECREF(codes);
    PyBuffer_Release(&line);
    PyBuffer_Release(&shape);
    return result;
}

static PyMethodDef methods[] = {
    {"shape_keys", shape_keys, METH_VARARGS, "shape_keys(block, limit) -> (keys, counts) | None: see native/shapes.c"},
    {"shape_lines", shape_lines, METH_VARARGS,
     "shape_lines(pieces, limit) -> (lines, keys, counts) | None: see native/shapes.c"},
    {"count_shapes", count_shapes, METH_VARARGS, "count_shapes(counts, cache, ...) -> None: see native/shapes.c"},
    {"place_spans", place_spans, METH_VARARGS, "place_spans(timed, known, compute): see native/shapes.c"},
    {"timed_shapes", timed_shapes, METH_VARARGS, "timed_shapes(timed, cache, g_first): see native/shapes.c"},
    {"group_ends", group_ends, METH_VARARGS, "group_ends(timed, cache, g_first, ...): see native/shapes.c"},
    {"stamps", stamps, METH_VARARGS, "stamps(sel, idx, a, z, ta, tz) -> (stamps, where): see native/shapes.c"},
    {"pick", pick, METH_VARARGS, "pick(keys, lines, idx, wanted) -> (idx, lines, keys): see native/shapes.c"},
    {"tally", tally, METH_VARARGS, "tally(idx, stamps, line_keys, ...) -> None: see native/shapes.c"},
    {"timeline_add", timeline_add, METH_VARARGS, "timeline_add(pairs, seconds, timeline, rows, buckets): see native/shapes.c"},
    {"gate_lines", gate_lines, METH_VARARGS, "gate_lines(idx, keys, lines, gates[, wanted]) -> list: see native/shapes.c"},
    {"code_starts", code_starts, METH_VARARGS, "code_starts(shape) -> list of int: see native/shapes.c"},
    {"mask_rules", mask_rules, METH_VARARGS, "mask_rules(rules) -> rules for mask_tokens: see native/shapes.c"},
    {"mask_tokens", mask_tokens, METH_VARARGS, "mask_tokens(rules, content) -> tuple | None: see native/shapes.c"},
    {"value_starts", value_starts, METH_VARARGS, "value_starts(key, start, quantity) -> list: see native/shapes.c"},
    {"header_split", header_split, METH_VARARGS, "header_split(text, signatures, head) -> tuple | None: see native/shapes.c"},
    {"decide_candidates", decide_candidates, METH_VARARGS, "decide_candidates(kinds, tail, limit, shape, starts): see native/shapes.c"},
    {"keyword_rank", keyword_rank, METH_VARARGS, "keyword_rank(text) -> int: see native/shapes.c"},
    {"shape_codes", shape_codes, METH_VARARGS, "shape_codes(kinds, tail, limit, heads, shape) -> (candidates, gate): see native/shapes.c"},
    {"shape_facts", shape_facts, METH_VARARGS, "shape_facts(rules, ..., line, shape) -> tuple | () | None: see native/shapes.c"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_shapes", NULL, -1, methods};

PyMODINIT_FUNC PyInit__shapes(void) {
    if (name_origin == NULL && ((name_origin = PyUnicode_InternFromString("origin")) == NULL ||
                                (name_width = PyUnicode_InternFromString("width")) == NULL ||
                                (name_add_slow = PyUnicode_InternFromString("add_slow")) == NULL)) {
        Py_CLEAR(name_origin);
        Py_CLEAR(name_width);
        return NULL;
    }
    PyObject *m = PyModule_Create(&module);
    if (m != NULL && PyModule_AddStringConstant(m, "SOURCE_SHA256", SOURCE_SHA256) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
