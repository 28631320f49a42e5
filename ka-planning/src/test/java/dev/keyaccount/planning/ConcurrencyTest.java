package dev.keyaccount.planning;

import static dev.keyaccount.planning.Fixtures.bd;
import static dev.keyaccount.planning.Fixtures.cny;
import static dev.keyaccount.planning.Fixtures.promotion;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.promotion.Promotion;
import dev.keyaccount.planning.budget.BudgetAllocator;
import dev.keyaccount.planning.budget.BudgetRequest;
import dev.keyaccount.planning.budget.StoreForecast;
import dev.keyaccount.planning.leadtime.LeadTimeCheck;
import dev.keyaccount.planning.promotion.BreakEven;
import dev.keyaccount.planning.promotion.CalendarSlot;
import dev.keyaccount.planning.promotion.CaseEconomics;
import dev.keyaccount.planning.promotion.Holiday;
import dev.keyaccount.planning.promotion.PromotionCalendar;
import dev.keyaccount.planning.target.DecompositionCheck;
import dev.keyaccount.planning.target.MeasurePlan;
import dev.keyaccount.planning.target.TargetDecomposer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** The calculators used from 8 threads at once on shared inputs give the same results as one thread. */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 50;

  private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
  private static final List<Promotion> PROMOTIONS = List.of(
      promotion("P1", "CA", MAY_1, MAY_1.plusDays(7), MAY_1.minusDays(10), "B500"),
      promotion("P2", "CA", MAY_1.plusDays(3), MAY_1.plusDays(9), MAY_1.minusDays(50), "B500"),
      promotion("P3", "WM", MAY_1, MAY_1.plusDays(9), MAY_1.minusDays(46), "B500"));
  private static final List<CalendarSlot> SLOTS =
      List.of(CalendarSlot.holidayDm("CA", Holiday.LABOUR_DAY, LocalDateRange.of(MAY_1, MAY_1.plusDays(5))));
  private static final Map<String, Integer> STORE_WEIGHTS = Map.of("S1", 3, "S2", 3, "S3", 1, "S4", 7);
  private static final List<MeasurePlan> MEASURES = List.of(
      MeasurePlan.additive("sales", new BigDecimal("100"), bd("25", "35", "40")),
      MeasurePlan.ratioAtMost("expense ratio", new BigDecimal("12"), bd("10", "12", "11"), bd("25", "35", "40")));
  private static final BudgetRequest BUDGET = BudgetRequest.builder()
      .addStores(StoreForecast.of("S1", cny(100_000), Rate.ofPercent(5)), StoreForecast.of("S2", cny(200_000), Rate.ofPercent(3)))
      .expenseRatio(Rate.ofPercent(6)).fixedFees(cny(10_000)).build();
  private static final CaseEconomics DEAL = CaseEconomics.builder().regularPrice(cny(10)).unitCost(cny(6))
      .discountPerCase(cny(1)).fixedCosts(cny(500)).build();

  private static List<Object> computeAll() {
    List<Object> results = new ArrayList<>();
    results.add(TargetDecomposer.DEFAULT.split(cny("1000000.01"), STORE_WEIGHTS));
    results.add(TargetDecomposer.DEFAULT.splitCases(1_001, STORE_WEIGHTS));
    results.add(DecompositionCheck.DEFAULT.check(MEASURES));
    results.add(BudgetAllocator.DEFAULT.allocate(BUDGET));
    results.add(BreakEven.of(DEAL, 1_000).breakEvenCasesWhole());
    results.add(LeadTimeCheck.DEFAULT.check(PROMOTIONS));
    results.add(PromotionCalendar.DEFAULT.check(PROMOTIONS, SLOTS));
    return results;
  }

  @Test
  void calculatorsFromEightThreads_giveTheSingleThreadResults() throws Exception {
    List<Object> expected = computeAll();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<List<Object>>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<List<List<Object>>> task = () -> {
          start.await();
          List<List<Object>> rounds = new ArrayList<>();
          for (int r = 0; r < ROUNDS; r++) {
            rounds.add(computeAll());
          }
          return rounds;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<List<Object>>> f : futures) {
        for (List<Object> round : f.get(60, TimeUnit.SECONDS)) {
          assertEquals(expected, round);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
