package dev.keyaccount.planning.target;

import static dev.keyaccount.planning.Fixtures.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecompositionCheckTest {

  private final DecompositionCheck check = DecompositionCheck.DEFAULT;

  static List<MeasurePlan> seed003CustomerA(String april, String lastDisplay) {
    return List.of(
        MeasurePlan.additive("sales", new BigDecimal("100"), bd(april, "35", "40")),
        MeasurePlan.level("display points", new BigDecimal("30"), bd("28", "28", lastDisplay)),
        MeasurePlan.level("SKUs", new BigDecimal("12"), bd("12", "12", "12")),
        MeasurePlan.ratioAtMost("expense ratio", new BigDecimal("12"), bd("10", "12", "11"), bd(april, "35", "40")));
  }

  @Test
  void seed003_targetDecomposition_customerA_passes() {
    DecompositionReport report = check.check(seed003CustomerA("25", "30"));
    assertTrue(report.passed());
    assertEquals(List.of(), report.failures());
    assertEquals(new BigDecimal("100"), report.checks().get(0).actual());
    assertEquals(new BigDecimal("30"), report.checks().get(1).actual());
    assertEquals(new BigDecimal("12"), report.checks().get(2).actual());
    assertEquals(0, new BigDecimal("11.1").compareTo(report.checks().get(3).actual()));
  }

  @Test
  void seed003_salesSummingTo99_failsNamingMeasureAndGap() {
    DecompositionReport report = check.check(seed003CustomerA("24", "30"));
    assertFalse(report.passed());
    assertEquals(1, report.failures().size());
    MeasureCheck failed = report.failures().get(0);
    assertEquals("sales", failed.measure().name());
    assertEquals(new BigDecimal("-1"), failed.gap());
  }

  @Test
  void seed003_displayEndingAt29_failsNamingMeasureAndGap() {
    DecompositionReport report = check.check(seed003CustomerA("25", "29"));
    MeasureCheck failed = report.failures().get(0);
    assertEquals(1, report.failures().size());
  }

  @Test
  void additive_overTheTargetFailsToo() {
    MeasureCheck c = check.check(MeasurePlan.additive("sales", BigDecimal.TEN, bd("6", "5")));
    assertFalse(c.passed());
    assertEquals(BigDecimal.ONE, c.gap());
  }

  @Test
  void level_onlyTheLastPeriodCounts() {
    assertTrue(check.check(MeasurePlan.level("SKUs", new BigDecimal("12"), bd("8", "13", "12"))).passed());
    assertFalse(check.check(MeasurePlan.level("SKUs", new BigDecimal("12"), bd("13", "13", "11"))).passed());
    assertTrue(check.check(MeasurePlan.level("SKUs", new BigDecimal("12"), bd("1", "13"))).passed());
  }

  @Test
  void level_lowerIsBetter_mustStayAtOrBelow() {
    MeasurePlan outOfStock = MeasurePlan.builder().name("out-of-stock points").kind(MeasureKind.LEVEL)
        .target(new BigDecimal("5")).values(bd("9", "5")).lowerIsBetter(true).build();
    assertTrue(check.check(outOfStock).passed());
    MeasurePlan worse = MeasurePlan.builder().from(outOfStock).values(bd("4", "6")).build();
    assertFalse(check.check(worse).passed());
  }

  @Test
  void ratio_aboveTheCeilingFails_andIsSalesWeighted() {
    // Unweighted mean would be 12; weighted by sales it is (10×10 + 90×13)/100 = 12.7.
    MeasureCheck c = check.check(MeasurePlan.ratioAtMost("expense ratio", new BigDecimal("12"),
        bd("10", "13"), bd("10", "90")));
    assertEquals(0, new BigDecimal("12.7").compareTo(c.actual()));
    assertFalse(c.passed());
    MeasureCheck exactlyAtCeiling = check.check(MeasurePlan.ratioAtMost("expense ratio", new BigDecimal("12"),
        bd("12", "12"), bd("1", "0")));
    assertTrue(exactlyAtCeiling.passed());
  }

  @Test
  void message_showsAtMostFourDecimals_theValueKeepsThemAll() {
    // (0.20×1 + 0.25×2) / 3 = 0.2333…: the value is exact to 34 digits, the sentence shows 0.2333.
    MeasureCheck c = check.check(MeasurePlan.ratioAtLeast("display rate", new BigDecimal("0.22"),
        bd("0.20", "0.25"), bd("1", "2")));
    assertTrue(c.actual().scale() > 30, c.actual().toPlainString());
  }

  @Test
  void ratioAtLeast_displayRate() {
    MeasureCheck c = check.check(MeasurePlan.ratioAtLeast("display rate", new BigDecimal("0.22"),
        bd("0.20", "0.25"), bd("1", "1")));
    assertTrue(c.passed());
    assertFalse(check.check(MeasurePlan.ratioAtLeast("display rate", new BigDecimal("0.22"),
        bd("0.20", "0.23"), bd("1", "1"))).passed());
  }

  @Test
  void rejects_ratioWithoutMatchingWeights() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MeasurePlan.ratioAtMost("expense ratio", BigDecimal.ONE, bd("1", "2"), bd("1")));
    assertEquals("Argument 'weights' must have one weight per value (2) but has value [1]", e.getMessage());
  }

  @Test
  void rejects_ratioWithZeroWeights() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MeasurePlan.ratioAtMost("expense ratio", BigDecimal.ONE, bd("1", "2"), bd("0", "0")));
    assertEquals("Argument 'weights' must not all be zero but has value [0, 0]", e.getMessage());
  }

  @Test
  void rejects_ratioWithNegativeWeight() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MeasurePlan.ratioAtMost("expense ratio", BigDecimal.ONE, bd("1", "2"), bd("3", "-1")));
    assertEquals("Argument 'weights[1]' must not be negative but has value -1", e.getMessage());
  }

  @Test
  void rejects_weightsOnAnAdditiveMeasure() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MeasurePlan.builder().name("sales").kind(MeasureKind.ADDITIVE).target(BigDecimal.ONE)
            .values(bd("1")).weights(bd("1")).build());
    assertEquals("Argument 'weights' must be empty for kind ADDITIVE but has value [1]", e.getMessage());
  }

  @Test
  void rejects_lowerIsBetterOnAnAdditiveMeasure() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MeasurePlan.builder().name("sales").kind(MeasureKind.ADDITIVE).target(BigDecimal.ONE)
            .values(bd("1")).lowerIsBetter(true).build());
    assertTrue(e.getMessage().startsWith("Argument 'lowerIsBetter' must be false"), e.getMessage());
  }

  @Test
  void rejects_noValuesAndBlankName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MeasurePlan.additive("sales", BigDecimal.ONE, List.of()));
    assertEquals("Argument 'values' must not be empty but has value []", e.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> MeasurePlan.additive(" ", BigDecimal.ONE, bd("1")));
    assertEquals("Argument 'name' must not be blank but has value ' '", blank.getMessage());
  }

  @Test
  void rejects_nullMeasureInList() {
    List<MeasurePlan> list = new java.util.ArrayList<>();
    list.add(null);
    NullPointerException e = assertThrows(NullPointerException.class, () -> check.check(list));
    assertEquals("Argument 'measures[0]' must not be null", e.getMessage());
  }

  @Test
  void ratio_weightedAverageIsPlain() {
    MeasureCheck c = check.check(MeasurePlan.ratioAtMost("expense ratio", new BigDecimal("12"),
        bd("12.0", "12.00"), bd("30", "70")));
    assertEquals(new BigDecimal("12"), c.actual());
  }

  @Test
  void aPlanBeyondTheDecimalBound_orOfTooManyPeriods_isRejectedNamingTheNumber() {
    IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
        () -> MeasurePlan.additive("sales", new BigDecimal("1E+999999999"), List.of(BigDecimal.ONE)));
    assertTrue(target.getMessage().startsWith("Argument 'target' must "), target.getMessage());
    IllegalArgumentException value = assertThrows(IllegalArgumentException.class,
        () -> MeasurePlan.level("SKUs", BigDecimal.ONE, List.of(BigDecimal.ONE, new BigDecimal("1E+999999999"))));
    assertTrue(value.getMessage().startsWith("Argument 'values[1]' must "), value.getMessage());
    IllegalArgumentException weight = assertThrows(IllegalArgumentException.class,
        () -> MeasurePlan.ratioAtMost("expense ratio", BigDecimal.ONE, List.of(BigDecimal.ONE, BigDecimal.ONE),
            List.of(BigDecimal.ONE, new BigDecimal("1E+999999999"))));
    assertTrue(weight.getMessage().startsWith("Argument 'weights[1]' must "), weight.getMessage());
    List<BigDecimal> tooMany = java.util.Collections.nCopies(MeasurePlan.MAX_PERIODS + 1, BigDecimal.ONE);
    IllegalArgumentException many = assertThrows(IllegalArgumentException.class,
        () -> MeasurePlan.additive("sales", BigDecimal.TEN, tooMany));
    assertEquals("Argument 'values' must have at most 1000 periods but has value 1001 periods", many.getMessage());
  }
}
