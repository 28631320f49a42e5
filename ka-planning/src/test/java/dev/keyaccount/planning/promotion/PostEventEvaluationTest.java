package dev.keyaccount.planning.promotion;

import static dev.keyaccount.planning.Fixtures.cny;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostEventEvaluationTest {

  @Test
  void seed_economics_eventSold1800Cases() {
    // Price 10, cost 6, discount 1, display fee 500, baseline 1,000, sold 1,800.
    PostEventEvaluation e = PostEventEvaluation.of(BreakEvenTest.economics(10, 6, 1, 500), 1_000, 1_800);
    assertEquals(800, e.incrementalCases());
    assertEquals(cny(3_200), e.incrementalMargin());
    assertEquals(cny(2_300), e.spend());
    // gross ROI = 3200 / 2300 = 139.1%; net ROI = (3200 − 2300) / 2300 = 39.1%
    assertEquals("139.1%", e.grossRoi().orElseThrow().toString());
    assertEquals("39.1%", e.netRoi().orElseThrow().toString());
    assertEquals(e.grossRoi().orElseThrow().minus(Rate.ONE), e.netRoi().orElseThrow());
    // 2300 / 800 = 2.875 → 2.88 half-up
    assertEquals(Optional.of(cny("2.88")), e.costPerIncrementalCase());
  }

  @Test
  void atTheBreakEvenVolume_netRoiIsZero() {
    PostEventEvaluation e = PostEventEvaluation.of(BreakEvenTest.economics(10, 6, 1, 500), 1_000, 1_500);
    assertEquals(Rate.ZERO, e.netRoi().orElseThrow());
    assertEquals(Rate.ONE, e.grossRoi().orElseThrow());
  }

  @Test
  void eventBelowBaseline_hasNoCostPerIncrementalCase() {
    PostEventEvaluation e = PostEventEvaluation.of(BreakEvenTest.economics(10, 6, 1, 500), 1_000, 900);
    assertEquals(-100, e.incrementalCases());
    assertEquals(cny(-400), e.incrementalMargin());
    assertEquals(Optional.empty(), e.costPerIncrementalCase());
    PostEventEvaluation flat = PostEventEvaluation.of(BreakEvenTest.economics(10, 6, 1, 500), 1_000, 1_000);
    assertEquals(Optional.empty(), flat.costPerIncrementalCase());
    assertTrue(PostEventEvaluation.of(BreakEvenTest.economics(10, 6, 1, 500), 1_000, 1_001)
        .costPerIncrementalCase().isPresent());
  }

  @Test
  void nothingSpent_hasNoRoi() {
    PostEventEvaluation e = PostEventEvaluation.of(BreakEvenTest.economics(10, 6, 0, 0), 10, 20);
    assertEquals(Optional.empty(), e.grossRoi());
    assertEquals(Optional.empty(), e.netRoi());
    assertEquals(Optional.of(cny(0)), e.costPerIncrementalCase());
  }

  @Test
  void property_netRoiIsPositiveExactlyWhenSalesBeatTheBreakEvenVolume() {
    qt().withExamples(300).forAll(integers().between(1, 100), integers().between(0, 100),
        integers().between(1, 5000), integers().between(0, 20000))
        .checkAssert((price, discountPercent, baseline, actual) -> {
          int discount = price * discountPercent / 100;
          CaseEconomics econ = BreakEvenTest.economics(price, price / 2, discount, 300);
          PostEventEvaluation e = PostEventEvaluation.of(econ, baseline, actual);
          BreakEven be = BreakEven.of(econ, baseline);
          int sign = e.netRoi().orElseThrow().fraction().signum();
          if (be.isAchievable()) {
            assertEquals(BigDecimal.valueOf(actual).compareTo(be.breakEvenCases().orElseThrow()), sign);
          } else {
            assertTrue(sign < 0);
          }
        });
  }

  @Test
  void rejects_negativeVolumes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PostEventEvaluation.of(BreakEvenTest.economics(10, 6, 1, 500), 1, -1));
    assertEquals("Argument 'actualCases' must not be negative but has value -1", e.getMessage());
    IllegalArgumentException b = assertThrows(IllegalArgumentException.class,
        () -> PostEventEvaluation.of(BreakEvenTest.economics(10, 6, 1, 500), -1, 1));
    assertEquals("Argument 'baselineCases' must not be negative but has value -1", b.getMessage());
  }

  @Test
  void rejects_nullEconomics() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> PostEventEvaluation.of(null, 1, 1));
    assertEquals("Argument 'economics' must not be null", e.getMessage());
  }

  @Test
  void volumesGivingAMarginBeyondTheDecimalBound_areRejectedNamingThem() {
    CaseEconomics deal = BreakEvenTest.economics(1_000_000_000_000_000_000L, 1, 1, 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PostEventEvaluation.of(deal, 0, Long.MAX_VALUE));
    assertTrue(e.getMessage().startsWith("Argument 'actualCases (the incremental margin it gives)' must have at most"
        + " 34 digits"), e.getMessage());
    // A large but representable event is evaluated.
    assertEquals(Optional.empty(), PostEventEvaluation.of(deal, 10, 10).costPerIncrementalCase());
  }
}
