"""The benchmarks behind `pos-returns bench` and tests/bench: one module per workload.

- `decide`: the policy engine alone on a hard case;
- `store` (and `fill`, the database it runs on): find + decide, complete and import on a
  till-sized SQLite file;
- `receipts`: a return receipt built from the database and rendered;
- `counter`: a scan to the receipt's lines on the counter screen;
- `sync`: the central exchange at the issue's volumes.

Each times the use cases the counter calls; only the filling of a benchmark database in
bulk writes rows itself (a million receipts through the services would take hours).
"""
