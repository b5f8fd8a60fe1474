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
    PyObject *result = NULL, *keys = NULL, *counts = NULL;
    Entry *slots = NULL;
    Py_ssize_t *order = NULL;
    unsigned char *scratch = NULL;
    if (limit < 0) {
        PyErr_SetString(PyExc_ValueError, "limit must be >= 0");
        goto done;
    }
    const unsigned char *data = (const unsigned char *)block.buf;
    Py_ssize_t n = block.len;

    /* Lines found as the bytes are translated (one pass); their keys gathered in a growing array. */
    Py_ssize_t cap_items = 1024, lines = 0, distinct = 0, cap = 1024;
    PyObject **items = PyMem_Malloc(sizeof(PyObject *) * cap_items);
    slots = PyMem_Calloc(cap, sizeof(Entry));
    order = PyMem_Malloc(sizeof(Py_ssize_t) * cap / 2);
    scratch = PyMem_Malloc(limit > 0 ? limit : 1);
    if (items == NULL || slots == NULL || order == NULL || scratch == NULL) {
        PyMem_Free(items);
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t start = 0;
    for (;;) {
        const unsigned char *src = data + start;
        Py_ssize_t room = n - start;
        const unsigned char *nl = memchr(src, '\n', room);
        Py_ssize_t len = nl ? nl - src : room, klen = len < limit ? len : limit;
        unsigned char text = zero_digits(src, scratch, klen) & text_only(src + klen, len - klen);
        if (!text)
            goto binary;
        if (lines == cap_items) {
            PyObject **grown = PyMem_Realloc(items, sizeof(PyObject *) * cap_items * 2);
            if (grown == NULL) {
                PyErr_NoMemory();
                goto fail_items;
            }
            items = grown;
            cap_items *= 2;
        }
        if (2 * (distinct + 1) > cap) { /* keep the table at most half full */
            Py_ssize_t bigger = cap * 2;
            Entry *fresh = PyMem_Calloc(bigger, sizeof(Entry));
            Py_ssize_t *order2 = PyMem_Malloc(sizeof(Py_ssize_t) * bigger / 2);
            if (fresh == NULL || order2 == NULL) {
                PyMem_Free(fresh);
                PyMem_Free(order2);
                PyErr_NoMemory();
                goto fail_items;
            }
            uint64_t m2 = (uint64_t)bigger - 1;
            for (Py_ssize_t i = 0; i < distinct; i++) {
                Entry *e = &slots[order[i]];
                uint64_t at = e->hash & m2;
                while (fresh[at].key != NULL)
                    at = (at + 1) & m2;
                fresh[at] = *e;
                order2[i] = (Py_ssize_t)at;
            }
            PyMem_Free(slots);
            PyMem_Free(order);
            slots = fresh;
            order = order2;
            cap = bigger;
        }
        uint64_t mask = (uint64_t)cap - 1;
        uint64_t h = hash_bytes(scratch, klen);
        uint64_t at = h & mask;
        for (;;) {
            Entry *e = &slots[at];
            if (e->key == NULL) {
                PyObject *key = PyBytes_FromStringAndSize((const char *)scratch, klen);
                if (key == NULL)
                    goto fail_items;
                e->hash = h;
                e->key = key; /* the table's reference, handed to the first line below */
                e->count = 1;
                order[distinct++] = (Py_ssize_t)at;
                items[lines++] = key;
                break;
            }
            if (e->hash == h && PyBytes_GET_SIZE(e->key) == klen &&
                memcmp(PyBytes_AS_STRING(e->key), scratch, klen) == 0) {
                e->count++;
                Py_INCREF(e->key);
                items[lines++] = e->key;
                break;
            }
            at = (at + 1) & mask;
        }
        if (start + len >= n)
            break;
        start += len + 1;
    }
    keys = PyList_New(lines);
    if (keys == NULL)
        goto fail_items;
    memcpy(((PyListObject *)keys)->ob_item, items, sizeof(PyObject *) * lines);
    PyMem_Free(items);
    counts = PyDict_New();
    if (counts == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < distinct; i++) {
        Entry *e = &slots[order[i]];
        PyObject *c = PyLong_FromSsize_t(e->count);
        if (c == NULL || PyDict_SetItem(counts, e->key, c) < 0) {
            Py_XDECREF(c);
            goto done;
        }
        Py_DECREF(c);
    }
    result = PyTuple_Pack(2, keys, counts);
    goto done;
binary:
    result = Py_None;
    Py_INCREF(result);
fail_items:
    if (keys == NULL) { /* the lines' references, not yet in a list */
        for (Py_ssize_t i = 0; i < lines; i++)
            Py_DECREF(items[i]);
        PyMem_Free(items);
    }
done:
    /* Unfilled list items are NULL, which list dealloc tolerates. */
    Py_XDECREF(keys);
    Py_XDECREF(counts);
    PyMem_Free(slots);
    PyMem_Free(order);
    PyMem_Free(scratch);
    PyBuffer_Release(&block);
    return result;
}

static PyMethodDef methods[] = {
    {"shape_keys", shape_keys, METH_VARARGS,
     "shape_keys(block, limit) -> (keys, counts) | None: see native/shapes.c"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_shapes", NULL, -1, methods};

PyMODINIT_FUNC PyInit__shapes(void) {
    PyObject *m = PyModule_Create(&module);
    if (m != NULL && PyModule_AddStringConstant(m, "SOURCE_SHA256", SOURCE_SHA256) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
