package dev.keyaccount.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Rate;
import dev.keyaccount.planning.promotion.BreakEven;
import dev.keyaccount.planning.promotion.CaseEconomics;
import dev.keyaccount.planning.target.DecompositionCheck;
import dev.keyaccount.planning.target.DecompositionReport;
import dev.keyaccount.planning.target.MeasurePlan;
import dev.keyaccount.planning.target.TargetDecomposer;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

/**
 * Worked decompositions and break-evens of the kind the README's ka-planning section shows. (The
 * README's own samples are ka-examples' sources, compiled and run by its ReadmeSamplesTest.)
 */
class ReadmeSamplesTest {

  @Test
  void decomposition() {
    // Seed 003, customer A: Q2 target 1,000,000 CNY, split 25 / 35 / 40 over April to June.
    Map<YearMonth, Money> months = TargetDecomposer.DEFAULT.toMonths(
        Money.of(1_000_000, "CNY"), YearQuarter.of(2026, 2), List.of(25, 35, 40));
    assertEquals("{2026-04=CNY 250000, 2026-05=CNY 350000, 2026-06=CNY 400000}", months.toString());

    // ... then to stores by last year's sales, exact to the fen.
    Map<String, Money> stores = TargetDecomposer.DEFAULT.split(months.get(YearMonth.of(2026, 4)),
        Map.of("store-1", 3, "store-2", 3, "store-3", 3));
    assertEquals(Money.of(new BigDecimal("83333.34"), "CNY"), stores.get("store-1"));
    assertEquals(Money.of(new BigDecimal("83333.33"), "CNY"), stores.get("store-3"));

    // Check a decomposition by measure kind: additive, level, ratio (sales-weighted).
    DecompositionReport report = DecompositionCheck.DEFAULT.check(List.of(
        MeasurePlan.additive("sales", new BigDecimal("100"), Fixtures.bd("25", "35", "39")),
        MeasurePlan.level("display points", new BigDecimal("30"), Fixtures.bd("28", "28", "30")),
        MeasurePlan.ratioAtMost("expense ratio", new BigDecimal("12"), Fixtures.bd("10", "12", "11"),
            Fixtures.bd("25", "35", "40"))));
    assertFalse(report.passed());
    assertEquals("sales", report.failures().get(0).measure().name());
    assertEquals(new BigDecimal("-1"), report.failures().get(0).gap());
  }

  @Test
  void breakEven() {
    CaseEconomics deal = CaseEconomics.builder()
        .regularPrice(Money.of(10, "CNY")).unitCost(Money.of(6, "CNY"))
        .discountPerCase(Money.of(1, "CNY")).fixedCosts(Money.of(500, "CNY"))   // display fee
        .build();
    BreakEven be = BreakEven.of(deal, 1_000);                                     // baseline cases
    assertEquals(new BigDecimal("1500"), be.breakEvenCases().orElseThrow());
    assertEquals("50.0%", be.requiredLift().orElseThrow().toString());

    assertEquals("33.3%", BreakEven.requiredLift(Rate.ofPercent(40), Rate.ofPercent(10)).orElseThrow().toString());
    assertTrue(BreakEven.requiredLift(Rate.ofPercent(40), Rate.ofPercent(40)).isEmpty());   // no volume breaks even
  }
}
