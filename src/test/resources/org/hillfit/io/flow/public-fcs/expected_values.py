#!/usr/bin/env python3
"""Reference numbers for FcsReaderPublicFilesTest, computed straight from the FCS specification with numpy.

Run from this folder:  python3 expected_values.py ../../../../../../../../shared/data/public/fcs > expected-values.csv

Independent of the Java reader: it parses HEADER and TEXT itself, takes the DATA offsets from the TEXT keywords
when they fit $TOT x bytes/event inside the file (else from the HEADER), masks integers to ceil(log2 $PnR) bits,
applies $PnE log scaling (f2 = 0 -> 1) to integer data and divides linear parameters by $PnG. It writes, per file
and dataset: $TOT, $PAR, the $PnN names, and the values of events 0, 1, tot//2 and tot-1 plus the mean of every
parameter (float64 over all events), and for files with a usable spillover matrix the compensated values
(raw x inverse(spill)) of the same events.
"""
import math
import os
import sys

import numpy as np


def tokens(segment):
    delim = segment[0:1]
    out, cur, i = [], bytearray(), 1
    while i < len(segment):
        c = segment[i:i + 1]
        if c == delim:
            if segment[i + 1:i + 2] == delim:
                cur += delim
                i += 2
                continue
            out.append(bytes(cur))
            cur = bytearray()
        else:
            cur += c
        i += 1
    if cur.strip(b' \x00\r\n'):
        out.append(bytes(cur))
    return out


def decode(b):
    try:
        return b.decode('utf-8')
    except UnicodeDecodeError:
        return b.decode('latin-1')


def keywords(segment):
    kw = {}
    t = tokens(segment)
    for k, v in zip(t[0::2], t[1::2]):
        kw.setdefault(decode(k).strip().upper(), decode(v))
    return kw


def dataset(buf, base):
    b = buf[base:]
    head = [int(b[10 + 8 * i:18 + 8 * i].strip() or 0) for i in range(4)]
    kw = keywords(b[head[0]:head[1] + 1])
    par = int(kw['$PAR'])
    dtype = kw['$DATATYPE'].strip().upper()
    order = '<' if kw['$BYTEORD'].strip().startswith('1') else '>'
    bits = [int(kw['$P%dB' % i]) for i in range(1, par + 1)]
    width = sum(bits) // 8 if dtype == 'I' else par * (4 if dtype == 'F' else 8)
    tot = int(kw['$TOT'])
    start = head[2]
    if '$BEGINDATA' in kw:
        t_start, t_end = int(kw['$BEGINDATA']), int(kw['$ENDDATA'])
        if t_end - t_start + 1 == tot * width and base + t_end < len(buf):
            start = t_start
    raw = b[start:start + tot * width]
    assert len(raw) == tot * width
    if dtype == 'I':
        cols, pos = [], 0
        for i, nb in enumerate(bits):
            nbytes = nb // 8
            chunk = np.frombuffer(raw, dtype=np.uint8).reshape(tot, width)[:, pos:pos + nbytes]
            if order == '>':
                chunk = chunk[:, ::-1]
            vals = np.zeros(tot, dtype=np.uint64)
            for k in range(nbytes):
                vals |= chunk[:, k].astype(np.uint64) << np.uint64(8 * k)
            rng = float(kw['$P%dR' % (i + 1)])
            mask_bits = math.ceil(math.log2(rng)) if rng > 1 else nb
            if mask_bits < nb:
                vals &= np.uint64((1 << mask_bits) - 1)
            cols.append(vals.astype(np.float64))
            pos += nbytes
        data = np.column_stack(cols)
    else:
        data = np.frombuffer(raw, dtype=np.dtype(order + ('f4' if dtype == 'F' else 'f8'))).reshape(tot, par)
        data = data.astype(np.float64)
    for i in range(par):
        f1, f2 = (float(x) for x in kw.get('$P%dE' % (i + 1), '0,0').split(','))
        gain = float(kw.get('$P%dG' % (i + 1), '1') or 1)
        if dtype == 'I' and f1 > 0:
            rng = float(kw['$P%dR' % (i + 1)])
            data[:, i] = 10 ** (f1 * data[:, i] / rng) * (f2 if f2 > 0 else 1)
        elif gain > 0 and gain != 1:
            data[:, i] = data[:, i] / gain
    names = [kw['$P%dN' % i].strip() for i in range(1, par + 1)]
    return kw, names, data


def spill(kw, names):
    for key in ('$SPILLOVER', 'SPILL', 'SPILLOVER'):
        if key in kw:
            parts = [p.strip() for p in kw[key].split(',')]
            n = int(parts[0])
            if len(parts) != 1 + n + n * n:
                return None
            labels = parts[1:1 + n]
            idx = [names.index(l) if l in names else (int(l) - 1 if l.isdigit() else -1) for l in labels]
            if min(idx) < 0:
                return None
            return idx, np.array([float(x) for x in parts[1 + n:]]).reshape(n, n)
    return None


def main(folder):
    print('file,dataset,tot,par,event,parameter,value,compensated')
    for name in sorted(os.listdir(folder)):
        buf = open(os.path.join(folder, name), 'rb').read()
        if len(buf) < 58 or not buf.startswith(b'FCS'):
            continue
        base, ds = 0, 0
        while True:
            kw, names, data = dataset(buf, base)
            tot, par = data.shape
            rows = sorted({0, 1, tot // 2, tot - 1})
            comp = spill(kw, names)
            cdata = None
            if comp is not None:
                idx, m = comp
                cdata = data.copy()
                cdata[:, idx] = data[:, idx] @ np.linalg.inv(m)
            print('%s,%d,%d,%d,names,%s,,' % (name, ds, tot, par, '|'.join(names)))
            for p in range(par):
                for r in rows:
                    print('%s,%d,%d,%d,%d,%d,%r,0' % (name, ds, tot, par, r, p, float(data[r, p])))
                print('%s,%d,%d,%d,mean,%d,%r,0' % (name, ds, tot, par, p, float(data[:, p].mean())))
                if cdata is not None and p in comp[0]:
                    for r in rows:
                        print('%s,%d,%d,%d,%d,%d,%r,1' % (name, ds, tot, par, r, p, float(cdata[r, p])))
            nxt = int(kw.get('$NEXTDATA', '0').strip() or 0)
            if nxt == 0:
                break
            base += nxt
            ds += 1


if __name__ == '__main__':
    main(sys.argv[1])
