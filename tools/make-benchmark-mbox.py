#!/usr/bin/env python3
"""Writes a large mbox for throughput measurements: the twelve fixture e-mails, repeated under N invented
publication names ("Funkloch Digital 001", ...), so that every copy is its own issue. Not committed (it is big).
Usage: python3 tools/make-benchmark-mbox.py N OUT.mbox"""
import importlib.util
import os
import sys

here = os.path.dirname(__file__)
spec = importlib.util.spec_from_file_location("make_fixtures", os.path.join(here, "make-fixtures.py"))
mf = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mf)

copies, out = int(sys.argv[1]), sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    for n in range(1, copies + 1):
        mf.PUBLICATION = f"Funkloch Digital {n:03d}"
        f.write(mf.mbox())
print(f"{copies * 12} e-mails written to {out}")
