package dev.keyaccount.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyaccount.core.money.Allocation;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * ka-core's shared operations used from 8 threads at once, on the same input objects, give exactly
 * the results of one thread.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int CASES = 400;

  /** Shared, immutable inputs: totals, weight lists, amount lists and rate texts. */
  private static final class Inputs {
    final List<Money> totals = new ArrayList<>();
    final List<List<BigDecimal>> weights = new ArrayList<>();
    final List<List<Money>> amounts = new ArrayList<>();
    final List<String> rates = new ArrayList<>();

    Inputs(long seed) {
      Random random = new Random(seed);
      for (int i = 0; i < CASES; i++) {
        totals.add(Monies.ofMinorUnits(random.nextInt(2_000_000) - 1_000_000L, Currencies.CNY));
        List<BigDecimal> w = new ArrayList<>();
        int n = 1 + random.nextInt(12);
        for (int k = 0; k < n; k++) {
          w.add(BigDecimal.valueOf(random.nextInt(4) == 0 ? 0 : random.nextInt(100_000), random.nextInt(3)));
        }
        w.set(0, w.get(0).add(BigDecimal.ONE));
        weights.add(List.copyOf(w));
        List<Money> a = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          a.add(Money.of(BigDecimal.valueOf(random.nextInt(10_000_000), 3), Currencies.CNY));
        }
        amounts.add(List.copyOf(a));
        rates.add(BigDecimal.valueOf(random.nextInt(20_000) - 10_000, 2).toPlainString() + "%");
      }
    }
  }

  /** Everything one thread computes from the shared inputs, as comparable values. */
  private static List<Object> compute(Inputs in) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      out.add(Allocation.allocate(in.totals.get(i), in.weights.get(i)));
      out.add(List.of(Allocation.allocateUnits(Monies.toMinorUnits(in.totals.get(i)) * 7, in.weights.get(i))));
      Money sum = Monies.sum(in.amounts.get(i));
      out.add(sum);
      out.add(Monies.round(sum, RoundingMode.HALF_EVEN));
      out.add(Monies.toMinorUnits(sum, RoundingMode.HALF_UP));
      Rate rate = Rate.parse(in.rates.get(i));
      out.add(rate.toString());
      out.add(rate.of(in.totals.get(i)));
      out.add(Rate.ratio(sum.add(Money.of(1, "CNY")), Money.of(3, "CNY")));
    }
    return out;
  }

  @Test
  void eightThreads_onSharedInputs_matchOneThread() throws Exception {
    Inputs shared = new Inputs(20260501L);
    List<Object> expected = compute(shared);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Object>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<List<Object>> task = () -> {
          start.await();
          List<Object> last = null;
          for (int round = 0; round < 3; round++) {
            last = compute(shared);
          }
          return last;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<Object>> f : futures) {
        List<Object> actual = f.get(60, TimeUnit.SECONDS);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
          assertEquals(render(expected.get(i)), render(actual.get(i)), "result " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String render(Object o) {
    if (o instanceof List && !((List<?>) o).isEmpty() && ((List<?>) o).get(0) instanceof long[]) {
      return java.util.Arrays.toString((long[]) ((List<?>) o).get(0));
    }
    return String.valueOf(o);
  }
}
