package dev.keyaccount.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.keyaccount.core.account.Account;
import dev.keyaccount.core.agreement.AnnualAgreement;
import dev.keyaccount.core.agreement.FeeType;
import dev.keyaccount.core.money.Allocation;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.core.spend.Accruals;
import dev.keyaccount.core.spend.FundingMethod;
import dev.keyaccount.core.spend.SpendLine;
import dev.keyaccount.core.spend.SpendSource;
import dev.keyaccount.core.testing.KaGenerators;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The same value instances (accounts with their derived tier, agreements, promotions, spend lines) and
 * ka-core's operations on them, used by 8 threads at once, give exactly what one thread computes. What
 * could break this is shared state: a cache in a static field, a lazily computed attribute, a
 * calculator keeping something between calls. {@link #theHarness_seesAnOperationThatKeepsStateBetweenCalls()}
 * shows that the harness catches such an operation, deterministically, so a pass here means something.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 3;

  /** Values shared by every thread: built once, by QuickTheories' generators from a fixed seed. */
  private static final class Shared {
    final List<Account> accounts = sample(KaGenerators.accounts(), 150);
    final List<AnnualAgreement> agreements = sample(KaGenerators.agreements(Currencies.CNY), 150);
    final List<Promotion> promotions = sample(KaGenerators.promotions(Currencies.CNY), 150);
    final List<List<Long>> weights = sample(KaGenerators.weights(1, 12), 150);
    final List<List<Money>> amounts = sample(KaGenerators.amountLists(Currencies.CNY, 0, 12), 150);
    final List<Rate> rates = sample(KaGenerators.rates(), 150);
    final List<SpendLine> spendLines = new ArrayList<>();

    Shared() {
      for (int i = 0; i < 60; i++) {
        LocalDate start = LocalDate.of(2026, 1 + i % 12, 1 + i % 28);
        spendLines.add(SpendLine.builder().id("L" + i).source(SpendSource.AGREEMENT_LINE).sourceId("AG-" + i % 7)
            .accountId("KA" + i % 5).feeType(FeeType.DISPLAY).method(FundingMethod.LUMP_SUM)
            .period(start, start.plusDays(30 + 11L * i))
            .lumpSum(Monies.ofMinorUnits(1_000_00L + 7_919L * i * i, Currencies.CNY)).build());
      }
    }
  }

  private static <T> List<T> sample(Gen<T> gen, int count) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(20260501L).withExamples(count).forAll(gen).checkAssert(values::add);
    assertTrue(values.size() >= count * 9 / 10, "QuickTheories gave only " + values.size() + " of " + count);
    return List.copyOf(values);
  }

  /** Everything one thread reads and computes from the shared values, rendered as text. */
  private static List<String> compute(Shared in) {
    List<String> out = new ArrayList<>();
    for (Account account : in.accounts) {
      out.add(account.tier() + " " + account.hashCode() + " " + account.equals(Account.builder().from(account).build()));
    }
    for (AnnualAgreement agreement : in.agreements) {
      out.add(agreement.totalTradeInvestment() + " " + agreement.hashCode());
    }
    for (int i = 0; i < Math.min(in.promotions.size(), Math.min(in.weights.size(), Math.min(in.amounts.size(),
        in.rates.size()))); i++) {
      Promotion promotion = in.promotions.get(i);
      out.add(Allocation.allocate(promotion.fixedCosts(), in.weights.get(i)) + " " + promotion.hashCode());
      Money sum = Monies.sum(in.amounts.get(i), Currencies.CNY);
      out.add(sum + " " + Monies.round(sum, RoundingMode.HALF_EVEN) + " " + in.rates.get(i).of(sum));
    }
    for (SpendLine line : in.spendLines) {
      out.add(Accruals.monthly(line, List.of()).toString());
    }
    return out;
  }

  /** Runs the task in 8 threads released together; each thread's last result. */
  private static <T> List<T> inParallel(Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<T>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          start.await(30, TimeUnit.SECONDS);
          T last = null;
          for (int round = 0; round < ROUNDS; round++) {
            last = task.call();
          }
          return last;
        }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(120, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The first thread whose result differs from one thread's, with the first differing item; null if none. */
  private static <T> String firstMismatch(List<T> expected, List<List<T>> actual) {
    for (int t = 0; t < actual.size(); t++) {
      List<T> result = actual.get(t);
      if (result.size() != expected.size()) {
        return "thread " + t + ": " + result.size() + " results, one thread " + expected.size();
      }
      for (int i = 0; i < expected.size(); i++) {
        if (!expected.get(i).equals(result.get(i))) {
          return "thread " + t + ", result " + i + ": " + result.get(i) + ", one thread " + expected.get(i);
        }
      }
    }
    return null;
  }

  @Test
  void sharedValuesAndOperations_fromEightThreads_matchOneThread() throws Exception {
    Shared shared = new Shared();
    List<String> expected = compute(shared);
    assertTrue(expected.size() >= 135 * 4 + 60, "only " + expected.size() + " results");
    assertNull(firstMismatch(expected, inParallel(() -> compute(shared))));
  }

  /**
   * A calculator that keeps a running total in a field between calls (what STYLE forbids), shared by
   * the threads: each thread resets it, all add their amounts (the barrier lets none finish first) and
   * return the total, which then holds all 8 threads' amounts. One thread alone gets the true sum.
   */
  @Test
  void theHarness_seesAnOperationThatKeepsStateBetweenCalls() throws Exception {
    List<Money> amounts = List.of(Money.of(10, Currencies.CNY), Money.of(2.5, Currencies.CNY));
    final class RunningTotal {
      private final CyclicBarrier added = new CyclicBarrier(THREADS);
      private Money total = Money.zero(Currencies.CNY);
      private boolean alone = true;

      synchronized void reset() {
        total = Money.zero(Currencies.CNY);
      }

      synchronized void add(Money amount) {
        total = total.add(amount);
      }

      synchronized Money total() {
        return total;
      }

      List<Money> sum() throws Exception {
        reset();
        if (!alone) {
          added.await(30, TimeUnit.SECONDS);
        }
        amounts.forEach(this::add);
        if (!alone) {
          added.await(30, TimeUnit.SECONDS);
        }
        return List.of(total());
      }
    }
    RunningTotal calculator = new RunningTotal();
    List<Money> expected = calculator.sum();
    assertEquals(List.of(Money.of(12.5, Currencies.CNY)), expected);
    calculator.alone = false;
    String mismatch = firstMismatch(expected, inParallel(calculator::sum));
    assertNotNull(mismatch);
    assertEquals("thread 0, result 0: CNY 100, one thread CNY 12.5", mismatch);
  }
}
