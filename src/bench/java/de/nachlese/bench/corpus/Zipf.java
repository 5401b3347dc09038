package de.nachlese.bench.corpus;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/** Zipf-distributed ranks (exponent 1): rank 0 comes about twice as often as rank 1, ten times as often as rank 9. */
final class Zipf {

    private static final Map<Integer, double[]> CUMULATIVE = new ConcurrentHashMap<>();

    private Zipf() {}

    /** A rank in [0, n). */
    static int index(SplittableRandom random, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        double[] cumulative = CUMULATIVE.computeIfAbsent(n, Zipf::cumulative);
        int at = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[n - 1]);
        return Math.min(n - 1, at >= 0 ? at : -at - 1);
    }

    private static double[] cumulative(int n) {
        double[] sums = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            sum += 1.0 / (rank + 1);
            sums[rank] = sum;
        }
        return sums;
    }
}
