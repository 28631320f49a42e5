package dev.keyaccount.examples.bench;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.kpi.evaluation.AccountEvaluator;
import dev.keyaccount.kpi.evaluation.AccountFacts;
import dev.keyaccount.kpi.evaluation.AccountQuadrant;
import dev.keyaccount.kpi.evaluation.Evaluation;
import dev.keyaccount.kpi.evaluation.Level;
import java.math.BigDecimal;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring: standard-scorecard evaluations per second on one thread, side by side with a hand-written
 * if/else of the same table (DOMAIN.md §3) over the same facts.
 *
 * <p>Run: {@code java -cp ka-examples/target/ka-review.jar org.openjdk.jmh.Main ScoringBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {

  private static final int FACTS = 1024;
  private static final BigDecimal[] SALES_BANDS = {
      new BigDecimal("500000"), new BigDecimal("400000"), new BigDecimal("300000"), new BigDecimal("200000")};
  private static final BigDecimal[] GROWTH_BANDS = {
      new BigDecimal("0.20"), new BigDecimal("0.15"), new BigDecimal("0.10"), new BigDecimal("0.05")};
  private static final BigDecimal[] DISPLAY_BANDS = {
      new BigDecimal("0.22"), new BigDecimal("0.19"), new BigDecimal("0.16"), new BigDecimal("0.13")};
  private static final BigDecimal[] ACTIVITY_BANDS = {
      new BigDecimal("0.40"), new BigDecimal("0.35"), new BigDecimal("0.30"), new BigDecimal("0.25")};

  private AccountFacts[] facts;
  private int next;

  /** Builds 1,024 varied accounts from a fixed seed, spread over every band. */
  @Setup
  public void setUp() {
    Random random = new Random(7);
    facts = new AccountFacts[FACTS];
    Level[] levels = Level.values();
    for (int i = 0; i < FACTS; i++) {
      facts[i] = AccountFacts.builder()
          .accountId("K" + i)
          .annualSales(Money.of(BigDecimal.valueOf(random.nextInt(70_000_000), 2), Currencies.CNY))
          .growthRate(Rate.of(BigDecimal.valueOf(random.nextInt(3000) - 500, 4)))
          .dsoDays(random.nextInt(90))
          .displayRate(Rate.of(BigDecimal.valueOf(random.nextInt(3000), 4)))
          .activityRate(Rate.of(BigDecimal.valueOf(random.nextInt(5000), 4)))
          .listedSkus(random.nextInt(30))
          .relationship(levels[random.nextInt(levels.length)])
          .build();
    }
  }

  /** The i-th input, for the test that checks the baseline against the library. */
  AccountFacts facts(int i) {
    return facts[i];
  }

  private AccountFacts nextFacts() {
    next = (next + 1) & (FACTS - 1);
    return facts[next];
  }

  /**
   * The SDK: {@code AccountEvaluator.DEFAULT.evaluate} on the standard scorecard.
   *
   * @return the quadrant
   */
  @Benchmark
  public AccountQuadrant library() {
    Evaluation evaluation = AccountEvaluator.DEFAULT.evaluate(nextFacts());
    return evaluation.quadrant();
  }

  /**
   * Baseline: the same table as nested if/else on the same facts.
   *
   * @return the quadrant
   */
  @Benchmark
  public AccountQuadrant handWritten() {
    return handWritten(nextFacts());
  }

  /** The standard scorecard written out by hand; points are integers because every weight × level is. */
  static AccountQuadrant handWritten(AccountFacts f) {
    if (!f.annualSales().getCurrency().equals(Currencies.CNY)) {
      throw new IllegalArgumentException("annual sales must be in CNY but are in " + f.annualSales().getCurrency());
    }
    int attractiveness = higherIsBetter(Monies.decimal(f.annualSales()), SALES_BANDS, 40)
        + higherIsBetter(f.growthRate().fraction(), GROWTH_BANDS, 40);
    int dso = f.dsoDays();
    attractiveness += dso <= 30 ? 20 : dso <= 40 ? 16 : dso <= 50 ? 12 : dso <= 60 ? 8 : 4;
    int skus = f.listedSkus();
    int support = higherIsBetter(f.displayRate().fraction(), DISPLAY_BANDS, 40)
        + higherIsBetter(f.activityRate().fraction(), ACTIVITY_BANDS, 25)
        + (skus >= 20 ? 25 : skus >= 17 ? 20 : skus >= 14 ? 15 : skus >= 11 ? 10 : 5)
        + f.relationship().percent() / 10;
    boolean highAttractiveness = attractiveness >= 50;
    boolean highSupport = support >= 50;
    return highAttractiveness
        ? (highSupport ? AccountQuadrant.STAR : AccountQuadrant.QUESTION_MARK)
        : (highSupport ? AccountQuadrant.CASH_COW : AccountQuadrant.DOG);
  }

  private static int higherIsBetter(BigDecimal value, BigDecimal[] bands, int weight) {
    if (value.compareTo(bands[0]) >= 0) {
      return weight;
    } else if (value.compareTo(bands[1]) >= 0) {
      return weight * 4 / 5;
    } else if (value.compareTo(bands[2]) >= 0) {
      return weight * 3 / 5;
    } else if (value.compareTo(bands[3]) >= 0) {
      return weight * 2 / 5;
    }
    return weight / 5;
  }
}
