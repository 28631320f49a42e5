package dev.keyaccount.kpi.efficiency;

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
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class ExpenseEfficiencyTest {

  private static final ExpenseEfficiency EFFICIENCY = ExpenseEfficiency.DEFAULT;

  private static Money cny(long amount) {
    return Money.of(amount, "CNY");
  }

  @Test
  void seed_100yuanFor80CasesThen120Cases_costPerCase1_25To0_8333_efficiencyPlus50pct() {
    SpendOutcome before = SpendOutcome.of("S1", cny(100), 80, cny(1000));
    SpendOutcome after = SpendOutcome.of("S1", cny(100), 120, cny(1500));
    EfficiencyChange change = EFFICIENCY.change(before, after);
    assertEquals(0, new BigDecimal("1.25").compareTo(change.before().costPerCase()));
    assertEquals(new BigDecimal("0.8333"), change.after().costPerCase().setScale(4, RoundingMode.HALF_UP));
    assertEquals(Rate.of("0.5"), change.efficiencyChange());
    assertEquals("-33.3%", change.costPerCaseChange().toString());
    assertEquals(0, new BigDecimal("80").compareTo(change.before().casesPerHundred()));
    assertEquals(0, new BigDecimal("120").compareTo(change.after().casesPerHundred()));
  }

  @Test
  void measure_inputOutputRatioIsSpendOverSales() {
    Efficiency e = EFFICIENCY.measure(SpendOutcome.of("S1", cny(120), 40, cny(1000)));
    assertEquals(Rate.of("0.12"), e.inputOutputRatio());
    assertEquals(0, new BigDecimal("3").compareTo(e.costPerCase()));
    assertEquals(0, new BigDecimal("33.33333333333333333333333333333333").compareTo(e.casesPerHundred()));
  }

  @Test
  void rank_lowestInputOutputRatioFirst_tiesById() {
    List<SpendOutcome> outcomes = List.of(
        SpendOutcome.of("C", cny(20), 10, cny(100)),
        SpendOutcome.of("B", cny(10), 10, cny(100)),
        SpendOutcome.of("A", cny(20), 10, cny(100)),
        SpendOutcome.of("D", cny(5), 10, cny(100)));
    List<String> ranked = EFFICIENCY.rank(outcomes).ranked().stream().map(e -> e.outcome().id()).collect(Collectors.toList());
    assertEquals(List.of("D", "B", "A", "C"), ranked);
  }

  @Test
  void rank_ratiosEqualToTheDigitsARateKeeps_areStillToldApart() {
    // 1 / 3 and (1 + 10^-40) / 3 agree to 34 digits; "A" has the larger ratio and comes second.
    Money justAboveOne = Money.of(new BigDecimal("1.0000000000000000000000000000000000000001"), "CNY");
    SpendOutcome larger = SpendOutcome.of("A", justAboveOne, 1, cny(3));
    SpendOutcome smaller = SpendOutcome.of("B", cny(1), 1, cny(3));
    assertEquals(EFFICIENCY.measure(larger).inputOutputRatio(), EFFICIENCY.measure(smaller).inputOutputRatio());
    List<String> ranked = EFFICIENCY.rank(List.of(larger, smaller)).ranked().stream().map(e -> e.outcome().id())
        .collect(Collectors.toList());
    assertEquals(List.of("B", "A"), ranked);
  }

  @Test
  void property_eachRankedOutcomeHasARatioNoLargerThanTheNext() {
    qt().forAll(lists().of(integers().between(1, 1_000)).ofSizeBetween(6, 30)).checkAssert(values -> {
      List<SpendOutcome> outcomes = new java.util.ArrayList<>();
      for (int i = 0; i + 1 < values.size(); i += 2) {
        // Spend over sales of a few values only: many ties, broken by id.
        outcomes.add(SpendOutcome.of("S" + (values.size() - i), cny(values.get(i) % 7 + 1), 1,
            cny(values.get(i + 1) % 5 + 1)));
      }
      List<Efficiency> ranked = EFFICIENCY.rank(outcomes).ranked();
      for (int k = 0; k + 1 < ranked.size(); k++) {
        SpendOutcome a = ranked.get(k).outcome();
        SpendOutcome b = ranked.get(k + 1).outcome();
        int byRatio = a.spend().multiply(b.sales().getNumber()).compareTo(b.spend().multiply(a.sales().getNumber()));
        assertTrue(byRatio < 0 || byRatio == 0 && a.id().compareTo(b.id()) < 0, a + " before " + b);
      }
    });
  }

  @Test
  void rejectedInput() {
    IllegalArgumentException spend = assertThrows(IllegalArgumentException.class,
        () -> SpendOutcome.of("S", cny(0), 1, cny(1)));
    assertEquals("Argument 'spend' must be positive but has value CNY 0", spend.getMessage());
    IllegalArgumentException cases = assertThrows(IllegalArgumentException.class,
        () -> SpendOutcome.of("S", cny(1), 0, cny(1)));
    assertEquals("Argument 'cases' must be positive but has value 0", cases.getMessage());
    IllegalArgumentException sales = assertThrows(IllegalArgumentException.class,
        () -> SpendOutcome.of("S", cny(1), 1, cny(-1)));
    assertEquals("Argument 'sales' must be positive but has value CNY -1", sales.getMessage());
    IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
        () -> SpendOutcome.of("S", cny(1), 1, Money.of(1, "USD")));
    assertTrue(mixed.getMessage().contains("USD") && mixed.getMessage().contains("CNY"), mixed.getMessage());
    IllegalArgumentException periods = assertThrows(IllegalArgumentException.class, () -> EFFICIENCY.change(
        SpendOutcome.of("S", cny(1), 1, cny(1)), SpendOutcome.of("S", Money.of(1, "USD"), 1, Money.of(1, "USD"))));
    assertTrue(periods.getMessage().contains("USD") && periods.getMessage().contains("CNY"), periods.getMessage());
    EfficiencyRanking ranking = EFFICIENCY.rank(java.util.Arrays.asList(SpendOutcome.of("S", cny(1), 1, cny(1)),
        SpendOutcome.of("T", Money.of(1, "USD"), 1, Money.of(1, "USD")), null, SpendOutcome.of("S", cny(2), 1, cny(1))));
    assertEquals(List.of(EFFICIENCY.measure(SpendOutcome.of("S", cny(1), 1, cny(1)))), ranking.ranked());
    assertEquals(List.of(
        FailureItem.of("outcomes", 1, "T", FailureReason.CURRENCY_MISMATCH,
            "Argument 'outcomes[1].spend' must be in currency CNY but is in USD (value USD 1)"),
        FailureItem.of("outcomes", 2, null, FailureReason.NULL_ITEM,
            "Argument 'outcomes[2]' must not be null but has value null"),
        FailureItem.of("outcomes", 3, "S", FailureReason.DUPLICATE_ID,
            "Argument 'outcomes[3]' must have a unique id but has value 'S' (the id of outcomes[0])")), ranking.failures());
  }

  @Test
  void outcomesTooFarApart_forARate_areRejectedNamingThem() {
    SpendOutcome before = SpendOutcome.of("S1", Money.of(new BigDecimal("1E+30"), "CNY"), 1, cny(1000));
    SpendOutcome after = SpendOutcome.of("S1", Money.of(new BigDecimal("0.01"), "CNY"), Long.MAX_VALUE, cny(1000));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EFFICIENCY.change(before, after));
    assertTrue(e.getMessage().startsWith("Argument 'after (its change from before)' must have at most 34 digits"),
        e.getMessage());
  }
}
