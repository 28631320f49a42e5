package dev.keyaccount.kpi.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ForecastAccuracyTest {

  static final YearMonth JAN = YearMonth.of(2026, 1);
  static final YearMonth FEB = YearMonth.of(2026, 2);
  static final YearMonth MAR = YearMonth.of(2026, 3);

  static final List<ForecastLine> EXAMPLE = List.of(
      ForecastLine.of("KA2", "BEER", JAN, 40, 40),
      ForecastLine.of("KA1", "BEER", MAR, 50, 0),
      ForecastLine.of("KA1", "WINE", JAN, 200, 250),
      ForecastLine.of("KA1", "BEER", JAN, 110, 100),
      ForecastLine.of("KA1", "BEER", FEB, 90, 100));

  static Optional<Rate> rate(String fraction) {
    return Optional.of(Rate.of(fraction));
  }

  static Optional<BigDecimal> dec(String value) {
    return Optional.of(new BigDecimal(value));
  }

  @Test
  void workedExample_seriesKa1Beer_withAZeroActualMonth() {
    // Jan F110 A100 (+10), Feb F90 A100 (−10), Mar F50 A0 (+50, no percentage error).
    // MAPE (0.1 + 0.1) / 2 = 10%, the March line counted apart; WAPE 70 / 200 = 35%; bias 50 / 200 = 25%;
    // MAD 70 / 3 = 23.33…; tracking signal 50 / (70 / 3) = 150 / 70 = 2.142857…
    AccuracyReport r = ForecastAccuracy.DEFAULT.measure(EXAMPLE);
    SeriesAccuracy s = r.bySeries().get(0);
    assertEquals("KA1", s.accountId());
    assertEquals("BEER", s.productId());
    Accuracy a = s.accuracy();
    assertEquals(3, a.lines());
    assertEquals(250, a.forecastCases());
    assertEquals(200, a.actualCases());
    assertEquals(50, a.errorCases());
    assertEquals(70, a.absoluteErrorCases());
    assertEquals(1, a.zeroActualLines());
    assertEquals(50, a.zeroActualForecastCases());
    assertEquals(0, new BigDecimal("0.2").compareTo(a.absolutePercentageErrorSum()));
    assertEquals(rate("0.1"), a.mape());
    assertEquals(rate("0.35"), a.wape());
    assertEquals(rate("0.25"), a.bias());
    assertEquals(new BigDecimal("23.33333333333333333333333333333333"), a.mad());
    assertEquals(dec("2.142857142857142857142857142857143"), a.trackingSignal());
  }

  /**
   * A textbook exercise: a forecast of 10 a month against demand of 8, 11 and 12. MAD = (2 + 1 + 2) / 3 =
   * 5/3; the textbook's tracking signal Σ(A − F) / MAD = 1 / (5/3) = +0.6 (demand ran above the forecast);
   * this library's Σ(F − A) / MAD is its negation, −0.6, and the bias −1 / 31 is negative likewise.
   */
  @Test
  void textbookExercise_trackingSignal_isTheNegationOfSumOfActualMinusForecast() {
    List<ForecastLine> lines = List.of(ForecastLine.of("KA1", "BEER", JAN, 10, 8),
        ForecastLine.of("KA1", "BEER", FEB, 10, 11), ForecastLine.of("KA1", "BEER", MAR, 10, 12));
    Accuracy a = ForecastAccuracy.DEFAULT.measure(lines).total();
    assertEquals(0, new BigDecimal("5").divide(new BigDecimal("3"), Rate.PRECISION).compareTo(a.mad()));
    assertEquals(0, new BigDecimal("-0.6").compareTo(a.trackingSignal().orElseThrow()));
    assertTrue(a.bias().orElseThrow().fraction().signum() < 0);
  }

  @Test
  void workedExample_otherSeries_accountsMonthsAndTotal() {
    AccuracyReport r = ForecastAccuracy.DEFAULT.measure(EXAMPLE);
    // KA1/WINE: F200 A250: −50; every measure 20%, bias −20%, MAD 50, signal −1.
    Accuracy wine = r.bySeries().get(1).accuracy();
    assertEquals("WINE", r.bySeries().get(1).productId());
    assertEquals(rate("0.2"), wine.mape());
    assertEquals(rate("0.2"), wine.wape());
    assertEquals(rate("-0.2"), wine.bias());
    assertEquals(0, new BigDecimal(50).compareTo(wine.mad()));
    assertEquals(0, BigDecimal.ONE.negate().compareTo(wine.trackingSignal().orElseThrow()));
    // KA2/BEER exact: zero errors, no tracking signal (MAD is zero).
    Accuracy exact = r.bySeries().get(2).accuracy();
    assertEquals("KA2", r.bySeries().get(2).accountId());
    assertEquals(rate("0"), exact.mape());
    assertEquals(rate("0"), exact.wape());
    assertEquals(rate("0"), exact.bias());
    assertEquals(0, BigDecimal.ZERO.compareTo(exact.mad()));
    assertEquals(Optional.empty(), exact.trackingSignal());
    // KA1: n 4, F 450 A 450, |e| 120; MAPE (0.1 + 0.1 + 0.2) / 3; WAPE 120 / 450; bias 0; MAD 30; signal 0.
    Accuracy ka1 = r.byAccount().get("KA1");
    assertEquals(List.of("KA1", "KA2"), List.copyOf(r.byAccount().keySet()));
    assertEquals(4, ka1.lines());
    assertEquals(rate("0.1333333333333333333333333333333333"), ka1.mape());
    assertEquals(rate("0.2666666666666666666666666666666667"), ka1.wape());
    assertEquals(rate("0"), ka1.bias());
    assertEquals(0, new BigDecimal(30).compareTo(ka1.mad()));
    assertEquals(0, BigDecimal.ZERO.compareTo(ka1.trackingSignal().orElseThrow()));
    // January: F 350 A 390, e −40, |e| 60; MAPE (0.1 + 0.2 + 0) / 3 = 10%; signal 3·(−40) / 60 = −2.
    assertEquals(List.of(JAN, FEB, MAR), List.copyOf(r.byMonth().keySet()));
    Accuracy jan = r.byMonth().get(JAN);
    assertEquals(rate("0.1"), jan.mape());
    assertEquals(rate("0.1538461538461538461538461538461538"), jan.wape());
    assertEquals(rate("-0.1025641025641025641025641025641026"), jan.bias());
    assertEquals(0, new BigDecimal(-2).compareTo(jan.trackingSignal().orElseThrow()));
    // March sold nothing: no MAPE, WAPE or bias, one zero-actual line, signal 1·50 / 50 = 1.
    Accuracy mar = r.byMonth().get(MAR);
    assertEquals(Optional.empty(), mar.mape());
    assertEquals(Optional.empty(), mar.wape());
    assertEquals(Optional.empty(), mar.bias());
    assertEquals(1, mar.zeroActualLines());
    assertEquals(0, BigDecimal.ONE.compareTo(mar.trackingSignal().orElseThrow()));
    // Total: n 5, |e| 120 over A 490; MAPE 0.4 / 4 = 10%.
    assertEquals(5, r.total().lines());
    assertEquals(rate("0.1"), r.total().mape());
    assertEquals(rate("0.2448979591836734693877551020408163"), r.total().wape());
    assertEquals(List.of(EXAMPLE.get(3), EXAMPLE.get(4), EXAMPLE.get(1), EXAMPLE.get(2), EXAMPLE.get(0)), r.lines());
  }

  @Test
  void line_errors() {
    ForecastLine over = ForecastLine.of("A", "P", JAN, 120, 100);
    assertEquals(20, over.errorCases());
    assertEquals(20, over.absoluteErrorCases());
    assertEquals(rate("0.2"), over.absolutePercentageError());
    ForecastLine under = ForecastLine.of("A", "P", JAN, 70, 100);
    assertEquals(-30, under.errorCases());
    assertEquals(30, under.absoluteErrorCases());
    assertEquals(rate("0.3"), under.absolutePercentageError());
    assertEquals(Optional.empty(), ForecastLine.of("A", "P", JAN, 5, 0).absolutePercentageError());
  }

  @Test
  void onlyZeroActuals_noRatesButAllCounted() {
    Accuracy a = ForecastAccuracy.DEFAULT.measure(List.of(ForecastLine.of("A", "P", JAN, 0, 0))).total();
    assertEquals(Optional.empty(), a.mape());
    assertEquals(Optional.empty(), a.wape());
    assertEquals(Optional.empty(), a.trackingSignal());
    assertEquals(1, a.zeroActualLines());
    assertEquals(0, a.zeroActualForecastCases());
  }

  static List<ForecastLine> lines(List<Integer> forecasts, List<Integer> actuals) {
    List<ForecastLine> result = new ArrayList<>();
    for (int i = 0; i < forecasts.size(); i++) {
      result.add(ForecastLine.of("A" + (i % 3), "P" + (i % 2), JAN.plusMonths(i), forecasts.get(i), actuals.get(i)));
    }
    return result;
  }

  @Test
  void property_wapeIsNotNegative_andZeroExactlyWhenForecastEqualsActuals() {
    qt().withExamples(200).forAll(lists().of(integers().between(0, 50)).ofSize(8),
        lists().of(integers().between(1, 50)).ofSize(8), integers().between(0, 8)).checkAssert((f, a, exactUpTo) -> {
          List<Integer> forecast = new ArrayList<>(f);
          for (int i = 0; i < exactUpTo; i++) {
            forecast.set(i, a.get(i));
          }
          Accuracy acc = ForecastAccuracy.DEFAULT.measure(lines(forecast, a)).total();
          Rate wape = acc.wape().orElseThrow();
          assertTrue(wape.compareTo(Rate.ZERO) >= 0);
          assertEquals(forecast.equals(a), wape.equals(Rate.ZERO));
          acc.trackingSignal().ifPresent(ts -> assertTrue(ts.abs().compareTo(BigDecimal.valueOf(8)) <= 0, ts::toString));
        });
  }

  @Test
  void property_shuffledInputGivesTheSameReport() {
    qt().withExamples(100).forAll(lists().of(integers().between(0, 50)).ofSize(10),
        lists().of(integers().between(0, 50)).ofSize(10), integers().all()).checkAssert((f, a, seed) -> {
          List<ForecastLine> in = lines(f, a);
          List<ForecastLine> shuffled = new ArrayList<>(in);
          Collections.shuffle(shuffled, new Random(seed));
          assertEquals(ForecastAccuracy.DEFAULT.measure(in), ForecastAccuracy.DEFAULT.measure(shuffled));
        });
  }

  static void rejects(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void bounds_acceptedAtTheEdges() {
    ForecastLine edge = ForecastLine.of("A".repeat(64), "P".repeat(64), YearMonth.of(2000, 1),
        ForecastLine.MAX_CASES, ForecastLine.MAX_CASES);
    assertEquals(0, edge.errorCases());
    assertEquals(2099, ForecastLine.of("A", "P", YearMonth.of(2099, 12), 0, 0).month().getYear());
  }

  @Test
  void exactlyAMillionLines_areMeasured() {
    // MAX_LINES = 1,000,000 lines are allowed (1,000,001 are not): one line a million times is measured
    // once, the 999,999 repeats reported.
    AccuracyReport report = ForecastAccuracy.DEFAULT.measure(Collections.nCopies(1_000_000, EXAMPLE.get(0)));
    assertEquals(1, report.lines().size());
    assertEquals(999_999, report.failures().size());
  }

  @Test
  void rejects_badInput() {
    ForecastAccuracy f = ForecastAccuracy.DEFAULT;
    rejects("Argument 'lines' must not be empty but has value []", () -> f.measure(List.of()));
    rejects("Argument 'lines' must have at most 1000000 lines but has value 1000001 lines",
        () -> f.measure(Collections.nCopies(1_000_001, EXAMPLE.get(0))));
    List<ForecastLine> bad = new ArrayList<>(EXAMPLE);
    bad.add(1, null);
    bad.add(ForecastLine.of("KA1", "BEER", JAN, 1, 1));
    AccuracyReport report = f.measure(bad);
    assertEquals(f.measure(EXAMPLE).lines(), report.lines());
    assertEquals(f.measure(EXAMPLE).total(), report.total());
    int last = bad.size() - 1;
    assertEquals(List.of(
        FailureItem.of("lines", 1, null, FailureReason.NULL_ITEM, "Argument 'lines[1]' must not be null but has value null"),
        FailureItem.of("lines", last, "KA1/BEER/2026-01", FailureReason.DUPLICATE_ID, "Argument 'lines[" + last
            + "]' must have a unique id but has value 'KA1/BEER/2026-01' (the id of lines[4])")), report.failures());
    rejects("Argument 'lines' must have at least one line that can be measured but has value "
        + "Argument 'lines[0]' must not be null but has value null", () -> f.measure(java.util.Arrays.asList((ForecastLine) null)));
    rejects("Argument 'accountId' must not be blank but has value ''", () -> ForecastLine.of("", "P", JAN, 1, 1));
    rejects("Argument 'accountId' must have at most 64 characters but has value 65 characters",
        () -> ForecastLine.of("A".repeat(65), "P", JAN, 1, 1));
    rejects("Argument 'productId' must have at most 64 characters but has value 65 characters",
        () -> ForecastLine.of("A", "P".repeat(65), JAN, 1, 1));
    rejects("Argument 'month' must be in the years 2000 to 2099 but has value 1999-12",
        () -> ForecastLine.of("A", "P", YearMonth.of(1999, 12), 1, 1));
    rejects("Argument 'month' must be in the years 2000 to 2099 but has value 2100-01",
        () -> ForecastLine.of("A", "P", YearMonth.of(2100, 1), 1, 1));
    rejects("Argument 'forecastCases' must be between 0 and 1000000000 but has value -1",
        () -> ForecastLine.of("A", "P", JAN, -1, 1));
    rejects("Argument 'forecastCases' must be between 0 and 1000000000 but has value 1000000001",
        () -> ForecastLine.of("A", "P", JAN, 1_000_000_001L, 1));
    rejects("Argument 'actualCases' must be between 0 and 1000000000 but has value -1",
        () -> ForecastLine.of("A", "P", JAN, 1, -1));
    rejects("Argument 'actualCases' must be between 0 and 1000000000 but has value 1000000001",
        () -> ForecastLine.of("A", "P", JAN, 1, 1_000_000_001L));
  }

  @Test
  void idsHoldingTheShownSeparator_areNotRepeats() {
    // (account "A/B", product "C") and (account "A", product "B/C") are shown alike but are two lines.
    AccuracyReport report = ForecastAccuracy.DEFAULT.measure(List.of(ForecastLine.of("A/B", "C", JAN, 10, 12),
        ForecastLine.of("A", "B/C", JAN, 10, 12)));
    assertEquals(List.of(), report.failures());
    assertEquals(2, report.lines().size());
  }
}
