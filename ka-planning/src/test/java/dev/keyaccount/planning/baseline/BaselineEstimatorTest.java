package dev.keyaccount.planning.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.planning.promotion.BreakEven;
import dev.keyaccount.planning.promotion.CaseEconomics;
import dev.keyaccount.planning.promotion.PostEventEvaluation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.threeten.extra.YearWeek;

class BaselineEstimatorTest {

  static final BaselineEstimator FOUR_TWO =
      new BaselineEstimator(BaselinePolicy.builder().baselineWeeks(4).dipWeeks(2).build());

  static YearWeek w(int week) {
    return YearWeek.of(2026, week);
  }

  /** Weeks 2026-W01 onwards with the given cases; the weeks listed in {@code promoted} are promoted. */
  static List<WeeklySales> history(long[] cases, Set<Integer> promoted) {
    List<WeeklySales> h = new ArrayList<>();
    for (int i = 0; i < cases.length; i++) {
      h.add(WeeklySales.of("KA1", "BEER", w(i + 1), cases[i], promoted.contains(i + 1)));
    }
    return h;
  }

  /** W01 100, W02 120, W03 90, W04 110, W05 400 (promoted), W06 105; event W07 200, W08 180; after W09 80, W10 100. */
  static final List<WeeklySales> EXAMPLE =
      history(new long[] {100, 120, 90, 110, 400, 105, 200, 180, 80, 100}, Set.of(5, 7, 8));

  static BigDecimal bd(String v) {
    return new BigDecimal(v);
  }

  @Test
  void workedExample_medianOfLastFourUnpromotedWeeks() {
    // Last 4 unpromoted weeks before W07: W06 105, W04 110, W03 90, W02 120 (W05 promoted, W01 too old).
    // Sorted 90, 105, 110, 120 → median (105 + 110) / 2 = 107.5. Event baseline 2 × 107.5 = 215.
    // Actual 200 + 180 = 380; incremental 165; lift 165 / 215 = 76.74…%.
    // Dip: (107.5 − 80) + (107.5 − 100) = 35; net incremental 165 − 35 = 130.
    LiftAnalysis a = FOUR_TWO.analyse(EXAMPLE, w(7), w(8));
    assertEquals(List.of(w(2), w(3), w(4), w(6)), a.baselineWeeks());
    assertEquals(bd("107.5"), a.baselineLevel());
    assertEquals(List.of(WeekVolume.of(w(7), 200, bd("107.5")), WeekVolume.of(w(8), 180, bd("107.5"))),
        a.eventWeeks());
    assertEquals(bd("92.5"), a.eventWeeks().get(0).incrementalCases());
    assertEquals(380, a.actualCases());
    assertEquals(bd("215.0"), a.baselineCases());
    assertEquals(bd("165.0"), a.incrementalCases());
    assertEquals(bd("0.7674418604651162790697674418604651"), a.lift().orElseThrow().fraction());
    assertEquals(List.of(WeekVolume.of(w(9), 80, bd("107.5")), WeekVolume.of(w(10), 100, bd("107.5"))),
        a.dipWeeks());
    assertEquals(bd("35.0"), a.dipCases());
    assertEquals(bd("130.0"), a.netIncrementalCases());
    assertEquals(215, a.baselineCasesWhole());
  }

  @Test
  void workedExample_feedsBreakEvenAndPostEventEvaluation() {
    // Price 10, cost 6, discount 1, fixed 500: V = (4·215 + 500) / 3 = 453.33…; incremental 380 − 215 = 165.
    CaseEconomics deal = CaseEconomics.builder().regularPrice(Money.of(10, Currencies.CNY))
        .unitCost(Money.of(6, Currencies.CNY)).discountPerCase(Money.of(1, Currencies.CNY))
        .fixedCosts(Money.of(500, Currencies.CNY)).build();
    LiftAnalysis a = FOUR_TWO.analyse(EXAMPLE, w(7), w(8));
    assertEquals(BreakEven.of(deal, 215), a.breakEven(deal));
    assertEquals(bd("453.3333333333333333333333333333333"), a.breakEven(deal).breakEvenCases().orElseThrow());
    PostEventEvaluation e = a.postEventEvaluation(deal);
    assertEquals(PostEventEvaluation.of(deal, 215, 380), e);
    assertEquals(165, e.incrementalCases());
  }

  @Test
  void seasonalIndex_multipliesEachWeeksBaseline() {
    // W07 × 1.2 = 129.00, W08 × 1 = 107.5 → 236.50; incremental 380 − 236.5 = 143.5; lift 143.5 / 236.5.
    // Dip: W09 × 0.9 = 96.75 − 80 = 16.75, W10 107.5 − 100 = 7.5 → 24.25.
    SeasonalIndex index = SeasonalIndex.of(Map.of(7, bd("1.2"), 9, bd("0.9")));
    LiftAnalysis a = FOUR_TWO.analyse(EXAMPLE, w(7), w(8), index);
    assertEquals(bd("129.00"), a.eventWeeks().get(0).baselineCases());
    assertEquals(0, bd("236.5").compareTo(a.baselineCases()));
    assertEquals(0, bd("143.5").compareTo(a.incrementalCases()));
    assertEquals(bd("0.6067653276955602536997885835095137"), a.lift().orElseThrow().fraction());
    assertEquals(0, bd("24.25").compareTo(a.dipCases()));
    assertEquals(237, a.baselineCasesWhole());
    assertEquals(bd("1.2"), index.of(w(7)));
    assertEquals(BigDecimal.ONE, index.of(w(8)));
  }

  @Test
  void fewerUnpromotedWeeksThanThePolicy_usesAllOfThem_oddCountTakesTheMiddle() {
    // Before W04: W01 100, W02 120, W03 90 → sorted 90, 100, 120 → 100 (standard policy asks for 8).
    LiftAnalysis a = BaselineEstimator.DEFAULT.analyse(EXAMPLE, w(4), w(4));
    assertEquals(List.of(w(1), w(2), w(3)), a.baselineWeeks());
    assertEquals(bd("100"), a.baselineLevel());
    // Before W03: W01 100, W02 120 → (100 + 120) / 2 = 110.
    assertEquals(bd("110"), BaselineEstimator.DEFAULT.analyse(EXAMPLE, w(3), w(3)).baselineLevel());
    // Before W05 with N = 3: W04 110, W03 90, W02 120 (W01 too old) → sorted 90, 110, 120 → 110.
    LiftAnalysis b = new BaselineEstimator(BaselinePolicy.builder().baselineWeeks(3).dipWeeks(0).build())
        .analyse(EXAMPLE, w(5), w(5));
    assertEquals(List.of(w(2), w(3), w(4)), b.baselineWeeks());
    assertEquals(bd("110"), b.baselineLevel());
    assertEquals(List.of(), b.dipWeeks());
    assertEquals(BigDecimal.ZERO, b.dipCases());
  }

  @Test
  void baselineWholeCases_roundHalfUp() {
    // One event week at baseline 107.5 → 108 whole cases.
    assertEquals(108, FOUR_TWO.analyse(EXAMPLE, w(7), w(7)).baselineCasesWhole());
  }

  @Test
  void dipWeeks_skipPromotedAndMissingWeeks() {
    // Event W07; dip window W08 (promoted, skipped), W09 (80).
    LiftAnalysis a = FOUR_TWO.analyse(EXAMPLE, w(7), w(7));
    assertEquals(List.of(WeekVolume.of(w(9), 80, bd("107.5"))), a.dipWeeks());
    // Event W09-W10 is the end of the history: no dip week.
    assertEquals(List.of(), FOUR_TWO.analyse(EXAMPLE, w(9), w(10)).dipWeeks());
  }

  @Test
  void zeroBaseline_liftIsEmpty_andBreakEvenIsStillDefined() {
    List<WeeklySales> h = history(new long[] {0, 0, 50}, Set.of(3));
    LiftAnalysis a = FOUR_TWO.analyse(h, w(3), w(3));
    assertEquals(BigDecimal.ZERO, a.baselineLevel());
    assertEquals(bd("50"), a.incrementalCases());
    assertEquals(Optional.empty(), a.lift());
    CaseEconomics deal = CaseEconomics.builder().regularPrice(Money.of(10, Currencies.CNY))
        .unitCost(Money.of(6, Currencies.CNY)).discountPerCase(Money.of(1, Currencies.CNY))
        .fixedCosts(Money.of(300, Currencies.CNY)).build();
    // V = (4·0 + 300) / 3 = 100.
    assertEquals(bd("100"), a.breakEven(deal).breakEvenCases().orElseThrow());
    assertEquals(Optional.empty(), a.breakEven(deal).requiredLift());
  }

  @Test
  void negativeLift_whenTheEventSoldBelowTheBaseline() {
    // Baseline 100 (W01), event W02 sold 80 → −20%.
    LiftAnalysis a = FOUR_TWO.analyse(history(new long[] {100, 80}, Set.of(2)), w(2), w(2));
    assertEquals(Rate.of("-0.2"), a.lift().orElseThrow());
  }

  @Test
  void property_aPromotedWeekNeverMovesTheBaseline() {
    qt().withExamples(200).forAll(lists().of(integers().between(0, 1000)).ofSize(10), integers().between(0, 5000))
        .checkAssert((cases, promotedCases) -> {
          long[] c = cases.stream().mapToLong(Integer::longValue).toArray();
          List<WeeklySales> h = history(c, Set.of(3, 6, 9));
          LiftAnalysis before = FOUR_TWO.analyse(h, w(9), w(9));
          c[2] = promotedCases;
          c[5] = promotedCases / 2;
          LiftAnalysis after = FOUR_TWO.analyse(history(c, Set.of(3, 6, 9)), w(9), w(9));
          assertEquals(before.baselineLevel(), after.baselineLevel());
          assertEquals(before.baselineWeeks(), after.baselineWeeks());
        });
  }

  @Test
  void property_shuffledHistoryGivesTheSameAnalysis() {
    qt().withExamples(100).forAll(lists().of(integers().between(0, 1000)).ofSize(12), integers().all())
        .checkAssert((cases, seed) -> {
          List<WeeklySales> h = history(cases.stream().mapToLong(Integer::longValue).toArray(), Set.of(2, 8, 9));
          List<WeeklySales> shuffled = new ArrayList<>(h);
          Collections.shuffle(shuffled, new Random(seed));
          LiftAnalysis a = FOUR_TWO.analyse(h, w(8), w(9));
          assertEquals(a, FOUR_TWO.analyse(shuffled, w(8), w(9)));
          assertEquals(BigDecimal.valueOf(a.actualCases()).subtract(a.baselineCases()), a.incrementalCases());
        });
  }

  @Test
  void bounds_acceptedAtTheEdges() {
    assertEquals(WeeklySales.MAX_CASES, WeeklySales.of("A".repeat(64), "P", YearWeek.of(2000, 1),
        WeeklySales.MAX_CASES, false).cases());
    assertEquals(2099, WeeklySales.of("A", "P".repeat(64), YearWeek.of(2099, 1), 0, false).week().getYear());
    assertEquals(52, BaselinePolicy.builder().baselineWeeks(52).dipWeeks(13).build().baselineWeeks());
    assertEquals(Map.of(1, bd("10"), 53, bd("0.000001")),
        SeasonalIndex.of(Map.of(1, bd("10"), 53, bd("0.000001"))).byWeekOfYear());
    assertEquals(bd("0"), SeasonalIndex.of(Map.of(2, bd("0"))).of(w(2)));
    // 520 weeks of history, a 26-week event.
    List<WeeklySales> longest = new ArrayList<>();
    for (int i = 0; i < BaselineEstimator.MAX_HISTORY_WEEKS; i++) {
      longest.add(WeeklySales.of("KA1", "BEER", YearWeek.of(2010, 1).plusWeeks(i), 10, false));
    }
    YearWeek first = YearWeek.of(2010, 1).plusWeeks(400);
    LiftAnalysis a = BaselineEstimator.DEFAULT.analyse(longest, first, first.plusWeeks(25));
    assertEquals(26, a.eventWeeks().size());
    assertEquals(bd("260"), a.baselineCases());
    assertEquals(Rate.ZERO, a.lift().orElseThrow());
  }

  static void rejects(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void rejects_badHistory() {
    rejects("Argument 'history' must not be empty but has value []", () -> FOUR_TWO.analyse(List.of(), w(1), w(1)));
    List<WeeklySales> tooLong = new ArrayList<>();
    for (int i = 0; i <= BaselineEstimator.MAX_HISTORY_WEEKS; i++) {
      tooLong.add(EXAMPLE.get(0));
    }
    rejects("Argument 'history' must have at most 520 weeks but has value 521 weeks",
        () -> FOUR_TWO.analyse(tooLong, w(7), w(7)));
    List<WeeklySales> mixed = new ArrayList<>(EXAMPLE);
    mixed.set(3, WeeklySales.of("KA2", "BEER", w(4), 1, false));
    rejects("Argument 'history[3]' must be of account KA1 and product BEER but has value KA2/BEER",
        () -> FOUR_TWO.analyse(mixed, w(7), w(7)));
    mixed.set(3, WeeklySales.of("KA1", "WINE", w(4), 1, false));
    rejects("Argument 'history[3]' must be of account KA1 and product BEER but has value KA1/WINE",
        () -> FOUR_TWO.analyse(mixed, w(7), w(7)));
    mixed.set(3, WeeklySales.of("KA1", "BEER", w(1), 1, false));
    rejects("Argument 'history[3]' must not repeat a week but has value 2026-W01",
        () -> FOUR_TWO.analyse(mixed, w(7), w(7)));
    rejects("Argument 'history' must hold every event week but has value no entry for 2026-W11",
        () -> FOUR_TWO.analyse(EXAMPLE, w(10), w(11)));
    rejects("Argument 'history' must hold an unpromoted week before the event's first week 2026-W01 but has value"
        + " 10 weeks", () -> FOUR_TWO.analyse(EXAMPLE, w(1), w(1)));
    rejects("Argument 'history' must hold an unpromoted week before the event's first week 2026-W02 but has value"
        + " 2 weeks", () -> FOUR_TWO.analyse(history(new long[] {5, 5}, Set.of(1)), w(2), w(2)));
    List<WeeklySales> withNull = new ArrayList<>(EXAMPLE);
    withNull.set(2, null);
    assertEquals("Argument 'history[2]' must not be null",
        assertThrows(NullPointerException.class, () -> FOUR_TWO.analyse(withNull, w(7), w(7))).getMessage());
  }

  @Test
  void rejects_badEvent() {
    rejects("Argument 'lastWeek' must not be before the first week 2026-W07 but has value 2026-W06",
        () -> FOUR_TWO.analyse(EXAMPLE, w(7), w(6)));
    rejects("Argument 'lastWeek' must be at most 26 weeks after the first week 2026-W01 but has value 2026-W27",
        () -> FOUR_TWO.analyse(EXAMPLE, w(1), w(27)));
    // Weeks at the ends of what a YearWeek holds: named, not an overflow of the week arithmetic.
    YearWeek last = YearWeek.of(999_999_999, 1);
    rejects("Argument 'lastWeek' must be in the years 2000 to 2099 (those of a history week)"
        + " but has value +999999999-W01",
        () -> FOUR_TWO.analyse(EXAMPLE, w(7), last));
    rejects("Argument 'firstWeek' must be in the years 2000 to 2099 (those of a history week)"
        + " but has value +999999999-W01",
        () -> FOUR_TWO.analyse(EXAMPLE, last, last));
    rejects("Argument 'firstWeek' must be in the years 2000 to 2099 (those of a history week)"
        + " but has value -999999999-W01",
        () -> FOUR_TWO.analyse(EXAMPLE, YearWeek.of(-999_999_999, 1), w(7)));
    assertEquals("Argument 'seasonality' must not be null", assertThrows(NullPointerException.class,
        () -> FOUR_TWO.analyse(EXAMPLE, w(7), w(7), null)).getMessage());
    assertEquals("Argument 'policy' must not be null",
        assertThrows(NullPointerException.class, () -> new BaselineEstimator(null)).getMessage());
    assertEquals(BaselinePolicy.standard(), BaselineEstimator.DEFAULT.policy());
    assertEquals(8, BaselinePolicy.standard().baselineWeeks());
    assertEquals(4, BaselinePolicy.standard().dipWeeks());
  }

  @Test
  void rejects_badWeeklySales() {
    rejects("Argument 'accountId' must not be blank but has value ' '", () -> WeeklySales.of(" ", "P", w(1), 1, false));
    rejects("Argument 'accountId' must have at most 64 characters but has value 65 characters",
        () -> WeeklySales.of("A".repeat(65), "P", w(1), 1, false));
    rejects("Argument 'productId' must have at most 64 characters but has value 65 characters",
        () -> WeeklySales.of("A", "P".repeat(65), w(1), 1, false));
    rejects("Argument 'week' must be in the years 2000 to 2099 but has value 1999-W52",
        () -> WeeklySales.of("A", "P", YearWeek.of(1999, 52), 1, false));
    rejects("Argument 'week' must be in the years 2000 to 2099 but has value 2100-W01",
        () -> WeeklySales.of("A", "P", YearWeek.of(2100, 1), 1, false));
    rejects("Argument 'cases' must be between 0 and 1000000000 but has value -1",
        () -> WeeklySales.of("A", "P", w(1), -1, false));
    rejects("Argument 'cases' must be between 0 and 1000000000 but has value 1000000001",
        () -> WeeklySales.of("A", "P", w(1), 1_000_000_001L, false));
  }

  @Test
  void rejects_badPolicyAndIndex() {
    rejects("Argument 'baselineWeeks' must be between 1 and 52 but has value 0",
        () -> BaselinePolicy.builder().baselineWeeks(0).dipWeeks(0).build());
    rejects("Argument 'baselineWeeks' must be between 1 and 52 but has value 53",
        () -> BaselinePolicy.builder().baselineWeeks(53).dipWeeks(0).build());
    rejects("Argument 'dipWeeks' must be between 0 and 13 but has value -1",
        () -> BaselinePolicy.builder().baselineWeeks(1).dipWeeks(-1).build());
    rejects("Argument 'dipWeeks' must be between 0 and 13 but has value 14",
        () -> BaselinePolicy.builder().baselineWeeks(1).dipWeeks(14).build());
    rejects("Argument 'byWeekOfYear' must have weeks of the year between 1 and 53 but has value 0",
        () -> SeasonalIndex.of(Map.of(0, BigDecimal.ONE)));
    rejects("Argument 'byWeekOfYear' must have weeks of the year between 1 and 53 but has value 54",
        () -> SeasonalIndex.of(Map.of(54, BigDecimal.ONE)));
    rejects("Argument 'byWeekOfYear[5]' must be between 0 and 10 but has value -0.1",
        () -> SeasonalIndex.of(Map.of(5, bd("-0.1"))));
    rejects("Argument 'byWeekOfYear[5]' must be between 0 and 10 but has value 10.000001",
        () -> SeasonalIndex.of(Map.of(5, bd("10.000001"))));
    rejects("Argument 'byWeekOfYear[5]' must have at most 6 decimals but has value 1.0000001",
        () -> SeasonalIndex.of(Map.of(5, bd("1.0000001"))));
    assertEquals(0, bd("1.5").compareTo(SeasonalIndex.of(Map.of(5, bd("1.5000000"))).of(w(5))));
  }
}
