#!/usr/bin/env python3
"""An independent check of the BG/NBD backtest: fits BG/NBD (Fader, Hardie & Lee 2005) to a CDNOW transaction log
with SciPy and predicts the holdout's purchases, to set against the server's `backtest` answer.

Usage: python3 bench/backtest/bgnbd_holdout.py datasets/cdnow/CDNOW_sample.txt [1997-09-30 1998-06-30]
Reads both CDNOW layouts (master: id date cds dollars; sample: id sample-id date cds dollars). Purchases are purchase
days (several transactions on one day are one purchase); times are in weeks; T runs to the calibration end.
Needs numpy and scipy (Debian: python3-scipy).
"""
import sys
from collections import defaultdict
from datetime import date

import numpy as np
from scipy.optimize import minimize
from scipy.special import gammaln, hyp2f1
from scipy.stats import rankdata


def read_days(path):
    days = defaultdict(set)
    with open(path) as f:
        for line in f:
            fields = line.split()
            if not fields or not fields[-1][0].isdigit():  # blank or the header line
                continue
            customer, yyyymmdd = (fields[0], fields[2]) if len(fields) == 5 else (fields[0], fields[1])
            days[customer].add(date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:])))
    return days


def negative_log_likelihood(log_params, x, tx, T):
    r, alpha, a, b = np.exp(log_params)
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-12)) - (r + x) * np.log(alpha + tx), -np.inf)
    return -np.sum(a1 + a2 + np.logaddexp(a3, a4))


def expected_purchases(t, x, tx, T, r, alpha, a, b):
    hyp = hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t))
    top = (a + b + x - 1) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp)
    bottom = 1 + np.where(x > 0, a / np.maximum(b + x - 1, 1e-12) * ((alpha + T) / (alpha + tx)) ** (r + x), 0)
    return top / bottom


def p_alive(x, tx, T, r, alpha, a, b):
    return 1 / (1 + np.where(x > 0, a / np.maximum(b + x - 1, 1e-12) * ((alpha + T) / (alpha + tx)) ** (r + x), 0))


def auc(scores, outcome):
    """Mann-Whitney AUC with mid-ranks for ties."""
    ranks = rankdata(scores)
    positives = outcome.sum()
    negatives = len(outcome) - positives
    return (ranks[outcome].sum() - positives * (positives + 1) / 2) / (positives * negatives)


def main():
    path = sys.argv[1]
    calibration_end = date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else date(1997, 9, 30)
    holdout_end = date.fromisoformat(sys.argv[3]) if len(sys.argv) > 3 else date(1998, 6, 30)
    rows = []
    for days in read_days(path).values():
        calibration = sorted(d for d in days if d <= calibration_end)
        if not calibration:
            continue
        holdout = sum(1 for d in days if calibration_end < d <= holdout_end)
        first, last = calibration[0], calibration[-1]
        rows.append((len(calibration) - 1, (last - first).days / 7, (calibration_end - first).days / 7, holdout))
    x, tx, T, actual = (np.array(column, dtype=float) for column in zip(*rows))
    fit = minimize(negative_log_likelihood, np.log([0.5, 5, 0.5, 2]), args=(x, tx, T), method="Nelder-Mead",
                   options={"xatol": 1e-8, "fatol": 1e-8, "maxiter": 20000, "maxfev": 40000})
    r, alpha, a, b = np.exp(fit.x)
    t = (holdout_end - calibration_end).days / 7
    predicted = expected_purchases(t, x, tx, T, r, alpha, a, b)
    print(f"customers {len(rows)}, holdout {t:g} weeks")
    print(f"BG/NBD r {r:.4f} alpha {alpha:.4f} a {a:.4f} b {b:.4f} log-likelihood {-fit.fun:.2f}")
    print(f"holdout purchases: predicted {predicted.sum():.2f}, actual {int(actual.sum())}, "
          f"mean absolute error {np.mean(np.abs(predicted - actual)):.4f}")
    bought = actual > 0
    print(f"AUC for bought again: P(alive) {auc(p_alive(x, tx, T, r, alpha, a, b), bought):.4f}, "
          f"expected purchases {auc(predicted, bought):.4f}")
    print("repeat purchases in calibration | customers | actual mean | predicted mean")
    for k in range(8):
        rows_k = x >= 7 if k == 7 else x == k
        label = "7+" if k == 7 else str(k)
        print(f"{label} | {int(rows_k.sum())} | {actual[rows_k].mean():.4f} | {predicted[rows_k].mean():.4f}")


if __name__ == "__main__":
    main()
