package dev.keyaccount.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.kpi.cadence.SalesCadence;
import dev.keyaccount.kpi.efficiency.ExpenseEfficiency;
import dev.keyaccount.kpi.efficiency.SpendOutcome;
import dev.keyaccount.kpi.evaluation.AccountEvaluator;
import dev.keyaccount.kpi.evaluation.AccountFacts;
import dev.keyaccount.kpi.evaluation.Evaluation;
import dev.keyaccount.kpi.evaluation.Level;
import dev.keyaccount.kpi.evaluation.PortfolioEvaluation;
import dev.keyaccount.kpi.fill.FillRates;
import dev.keyaccount.kpi.fill.Order;
import dev.keyaccount.kpi.fill.OrderLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The calculators used from 8 threads at once on shared inputs give the same results as one thread. */
class ConcurrencyTest {

  private static final int THREADS = 8;

  private static List<AccountFacts> portfolio() {
    Random random = new Random(42);
    Level[] levels = Level.values();
    List<AccountFacts> facts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      facts.add(AccountFacts.builder().accountId("A" + i)
          .annualSales(Money.of(BigDecimal.valueOf(random.nextInt(70_000_000), 2), Currencies.CNY))
          .growthRate(Rate.of(BigDecimal.valueOf(random.nextInt(4000) - 1000, 4)))
          .dsoDays(random.nextInt(90))
          .displayRate(Rate.of(BigDecimal.valueOf(random.nextInt(3500), 4)))
          .activityRate(Rate.of(BigDecimal.valueOf(random.nextInt(6000), 4)))
          .listedSkus(random.nextInt(30))
          .relationship(levels[random.nextInt(levels.length)])
          .build());
    }
    return facts;
  }

  private static <T> List<T> inParallel(Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void evaluator_fromEightThreads_matchesOneThread() throws Exception {
    List<AccountFacts> facts = portfolio();
    PortfolioEvaluation expected = AccountEvaluator.DEFAULT.evaluatePortfolio(facts);
    List<String> expectedScores = new ArrayList<>();
    expected.evaluations().forEach(e -> expectedScores.add(e.scores().toString()));
    for (PortfolioEvaluation p : inParallel(() -> AccountEvaluator.DEFAULT.evaluatePortfolio(facts))) {
      assertEquals(expected, p);
    }
    // Shared evaluations: their lazily built scores are read from 8 threads at once.
    List<Evaluation> shared = expected.evaluations();
    for (List<String> scores : inParallel(() -> {
      List<String> out = new ArrayList<>();
      shared.forEach(e -> out.add(e.scores().toString()));
      return out;
    })) {
      assertEquals(expectedScores, scores);
    }
  }

  @Test
  void kpiCalculators_fromEightThreads_matchOneThread() throws Exception {
    LocalDate due = LocalDate.of(2026, 5, 1);
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      orders.add(Order.builder().orderId("O" + i).accountId("A" + i % 7).dueDate(due)
          .addLines(OrderLine.of("S", 10 + i, i % 3 == 0 ? 10 + i : i / 2, due.plusDays(i % 4 - 2))).build());
    }
    List<BigDecimal> weeks = List.of(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.valueOf(7), BigDecimal.valueOf(70));
    List<SpendOutcome> outcomes = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      outcomes.add(SpendOutcome.of("S" + i, Money.of(i * 7 % 31 + 1, "CNY"), i, Money.of(1000 + i, "CNY")));
    }
    List<Object> expected = List.of(FillRates.DEFAULT.byAccount(orders), SalesCadence.DEFAULT.analyse(weeks),
        ExpenseEfficiency.DEFAULT.rank(outcomes));
    for (List<Object> result : inParallel(() -> List.of(FillRates.DEFAULT.byAccount(orders),
        SalesCadence.DEFAULT.analyse(weeks), ExpenseEfficiency.DEFAULT.rank(outcomes)))) {
      assertEquals(expected, result);
    }
  }
}
