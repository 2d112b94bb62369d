#!/usr/bin/python3
"""GFLOP/s of numpy's BLAS (2 per multiply-add) on the products the bench workloads run, float64,
with the library's default threads; compare with bench/kernels.sh."""
import time
import numpy as np

PRODUCTS = [  # name, m, k, n, transposed left operand
    ("wide: X W1 (batch)", 256, 784, 256, False),
    ("wide: X W1 (evaluation chunk)", 512, 784, 256, False),
    ("wide: dW1 = X^T delta", 784, 256, 256, True),
    ("spiral: A W2 (batch)", 64, 256, 256, False),
    ("spiral: dW2 = A^T delta", 256, 64, 256, True),
    ("spiral: A W2 (evaluation chunk)", 512, 256, 256, False),
    ("digits: X W1 (batch)", 32, 64, 64, False),
]
rng = np.random.default_rng(0)
for name, m, k, n, transposed in PRODUCTS:
    a = rng.uniform(-1, 1, size=(k, m) if transposed else (m, k))
    b = rng.uniform(-1, 1, size=(k, n))
    c = np.empty((m, n))
    op = a.T if transposed else a
    np.matmul(op, b, out=c)
    reps, start = 0, time.perf_counter()
    while time.perf_counter() - start < 0.5:
        np.matmul(op, b, out=c)
        reps += 1
    seconds = time.perf_counter() - start
    print(f"{name:32s} {m:4d} x {k:4d} x {n:4d}   numpy {2 * m * n * k * reps / seconds / 1e9:6.1f} GFLOP/s")
