package dev.keyaccount.planning.target;

import static dev.keyaccount.planning.Fixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.money.Monies;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

class TargetDecomposerTest {

  private final TargetDecomposer decomposer = TargetDecomposer.DEFAULT;

  @Test
  void seed003_targetDecomposition_customerA_q2Months() {
    // Q2 target 100 万元 = 1,000,000 CNY, April 25 / May 35 / June 40.
    Map<YearMonth, Money> months = decomposer.toMonths(cny(1_000_000), YearQuarter.of(2026, 2), List.of(25, 35, 40));
    assertEquals(List.of(YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6)),
        new ArrayList<>(months.keySet()));
    assertEquals(List.of(cny(250_000), cny(350_000), cny(400_000)), new ArrayList<>(months.values()));
  }

  @Test
  void toQuarters_splitsByWeightsAndKeepsTheCent() {
    Map<YearQuarter, Money> q = decomposer.toQuarters(cny("100.00"), 2026, List.of(1, 1, 1, 0));
    assertEquals(List.of(YearQuarter.of(2026, 1), YearQuarter.of(2026, 2), YearQuarter.of(2026, 3),
        YearQuarter.of(2026, 4)), new ArrayList<>(q.keySet()));
    assertEquals(List.of(cny("33.34"), cny("33.33"), cny("33.33"), cny("0")), new ArrayList<>(q.values()));
  }

  @Test
  void toMonths_ofAYear_followsLastYearsPattern() {
    // Seed 001's monthly pattern: 0,0,0,40,15,24,25,25,40,20,36,45 (270 in all).
    List<Integer> pattern = List.of(0, 0, 0, 40, 15, 24, 25, 25, 40, 20, 36, 45);
    Map<YearMonth, Money> months = decomposer.toMonths(cny(2_700_000), 2027, pattern);
    assertEquals(12, months.size());
    assertEquals(YearMonth.of(2027, 1), months.keySet().iterator().next());
    assertEquals(cny(0), months.get(YearMonth.of(2027, 1)));
    assertEquals(cny(400_000), months.get(YearMonth.of(2027, 4)));
    assertEquals(cny(450_000), months.get(YearMonth.of(2027, 12)));
    assertEquals(cny(2_700_000), Monies.sum(months.values()));
  }

  @Test
  void split_toAccountsAndStores_keepsKeyOrder() {
    Map<String, Integer> weights = new LinkedHashMap<>();
    weights.put("store-2", 2);
    weights.put("store-1", 1);
    Map<String, Money> parts = decomposer.split(cny("0.10"), weights);
    assertEquals(List.of("store-2", "store-1"), new ArrayList<>(parts.keySet()));
    assertEquals(cny("0.07"), parts.get("store-2"));
    assertEquals(cny("0.03"), parts.get("store-1"));
  }

  @Test
  void splitCases_wholeCases() {
    Map<String, Long> parts = decomposer.splitCases(10, Map.of("A", 1));
    assertEquals(Map.of("A", 10L), parts);
    Map<String, Integer> w = new LinkedHashMap<>();
    w.put("A", 1);
    w.put("B", 1);
    w.put("C", 1);
    assertEquals(List.of(4L, 3L, 3L), new ArrayList<>(decomposer.splitCases(10, w).values()));
  }

  @Test
  void property_moneyDecompositionSumsExactlyForAnyWeightsAndTotals() {
    qt().withExamples(300).forAll(longs().between(0, 10_000_000_000L),
        lists().of(integers().between(0, 1000)).ofSizeBetween(1, 12))
        .assuming((total, weights) -> weights.stream().anyMatch(w -> w > 0))
        .checkAssert((total, weights) -> {
          Map<Integer, Integer> keyed = new LinkedHashMap<>();
          for (int i = 0; i < weights.size(); i++) {
            keyed.put(i, weights.get(i));
          }
          Money whole = Monies.ofMinorUnits(total, cny(0).getCurrency());
          Map<Integer, Money> parts = decomposer.split(whole, keyed);
          assertEquals(whole, Monies.sum(parts.values(), whole.getCurrency()));
          int sumW = weights.stream().mapToInt(Integer::intValue).sum();
          for (int i = 0; i < weights.size(); i++) {
            BigDecimal exact = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(weights.get(i)))
                .divide(BigDecimal.valueOf(sumW), MathContext.DECIMAL128);
            BigDecimal diff = BigDecimal.valueOf(Monies.toMinorUnits(parts.get(i))).subtract(exact).abs();
            assertTrue(diff.compareTo(BigDecimal.ONE) < 0, "part " + i + " off its share by " + diff);
          }
        });
  }

  @Test
  void property_caseDecompositionSumsExactly() {
    qt().withExamples(300).forAll(longs().between(0, 1_000_000_000L),
        lists().of(integers().between(0, 50)).ofSizeBetween(1, 20))
        .assuming((total, weights) -> weights.stream().anyMatch(w -> w > 0))
        .checkAssert((total, weights) -> {
          Map<Integer, Integer> keyed = new LinkedHashMap<>();
          for (int i = 0; i < weights.size(); i++) {
            keyed.put(i, weights.get(i));
          }
          long sum = decomposer.splitCases(total, keyed).values().stream().mapToLong(Long::longValue).sum();
          assertEquals(total, sum);
        });
  }

  @Test
  void property_chainedDecompositionAnnualToQuarterToMonthSumsToAnnual() {
    qt().withExamples(100).forAll(longs().between(0, 100_000_000_000L),
        lists().of(integers().between(1, 100)).ofSize(4), lists().of(integers().between(1, 100)).ofSize(3))
        .checkAssert((units, qw, mw) -> {
          Money annual = Monies.ofMinorUnits(units, cny(0).getCurrency());
          List<Money> all = new ArrayList<>();
          decomposer.toQuarters(annual, 2026, qw).forEach((q, amount) -> all.addAll(decomposer.toMonths(amount, q, mw).values()));
          assertEquals(12, all.size());
          assertEquals(annual, Monies.sum(all));
        });
  }

  @Test
  void rejects_wrongNumberOfWeights() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> decomposer.toQuarters(cny(100), 2026, List.of(1, 2, 3)));
    assertEquals("Argument 'weights' must have 4 elements but has value [1, 2, 3]", e.getMessage());
  }

  @Test
  void rejects_aYearBeyondTheBounds() {
    // Integer.MAX_VALUE threw a DateTimeException from YearQuarter.of.
    assertEquals("Argument 'year' must be between 1 and 9999 but has value 2147483647",
        assertThrows(IllegalArgumentException.class,
            () -> decomposer.toQuarters(cny(100), Integer.MAX_VALUE, List.of(1, 1, 1, 1))).getMessage());
    assertEquals("Argument 'year' must be between 1 and 9999 but has value 0",
        assertThrows(IllegalArgumentException.class,
            () -> decomposer.toMonths(cny(100), 0, java.util.Collections.nCopies(12, 1))).getMessage());
    assertEquals(4, decomposer.toQuarters(cny(100), 9_999, List.of(1, 1, 1, 1)).size());
  }

  @Test
  void rejects_fractionOfACent() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> decomposer.toMonths(cny("100.001"), YearQuarter.of(2026, 2), List.of(1, 1, 1)));
    assertTrue(e.getMessage().contains("'total'") && e.getMessage().contains("100.001"), e.getMessage());
  }

  @Test
  void rejects_negativeCases() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> decomposer.splitCases(-1, Map.of("A", 1)));
    assertEquals("Argument 'targetCases' must not be negative but has value -1", e.getMessage());
  }

  @Test
  void rejects_emptyWeights() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> decomposer.split(cny(1), Map.of()));
    assertEquals("Argument 'weights' must not be empty but has value []", e.getMessage());
  }

  @Test
  void rejects_nullWeightValue() {
    Map<String, Integer> w = new LinkedHashMap<>();
    w.put("A", null);
    NullPointerException e = assertThrows(NullPointerException.class, () -> decomposer.splitCases(1, w));
    assertEquals("Argument 'weights[A]' must not be null", e.getMessage());
  }

  @Test
  void determinism_shuffledKeysGiveEachKeyTheSameAmount() {
    List<String> ids = new ArrayList<>(List.of("S1", "S2", "S3", "S4", "S5", "S6", "S7"));
    Map<String, Money> expected = null;
    java.util.Random random = new java.util.Random(5);
    for (int round = 0; round < 20; round++) {
      java.util.Collections.shuffle(ids, random);
      Map<String, Integer> weights = new LinkedHashMap<>();
      ids.forEach(id -> weights.put(id, 1));
      Map<String, Money> parts = decomposer.split(cny("1.00"), weights);
      assertEquals(ids, new ArrayList<>(parts.keySet()));
      if (expected == null) {
        expected = parts;
      }
      assertEquals(new java.util.HashMap<>(expected), new java.util.HashMap<>(parts));
      assertEquals(cny("0.15"), parts.get("S1"));
      assertEquals(cny("0.14"), parts.get("S7"));
      Map<String, Long> cases = decomposer.splitCases(9, weights);
      assertEquals(2L, cases.get("S2"));
      assertEquals(1L, cases.get("S3"));
    }
  }

  @Test
  void keysWithoutANaturalOrder_tiesGoToTheEarlierKey() {
    Map<Object, Integer> weights = new LinkedHashMap<>();
    Object first = new Object();
    Object second = new Object();
    weights.put(first, 1);
    weights.put(second, 1);
    Map<Object, Long> cases = decomposer.splitCases(3, weights);
    assertEquals(2L, cases.get(first));
    assertEquals(1L, cases.get(second));
    Map<Object, Integer> mixed = new LinkedHashMap<>();
    mixed.put("b", 1);
    mixed.put(7, 1);
    assertEquals(List.of(2L, 1L), new ArrayList<>(decomposer.splitCases(3, mixed).values()));
  }

  @Test
  void rejects_wrongNumberOfMonthWeightsForAQuarter() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> decomposer.toMonths(cny(100), YearQuarter.of(2026, 2), List.of(1, 1, 1, 1)));
    assertEquals("Argument 'weights' must have 3 elements but has value [1, 1, 1, 1]", e.getMessage());
  }
}
