package dev.keyaccount.kpi.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.kpi.evaluation.Criterion.Direction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorecardTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Band[] growthBands() {
    return new Band[] {
      Band.of(Level.OUTSTANDING, Range.atLeast(d("0.20"))),
      Band.of(Level.ABOVE_AVERAGE, Range.closedOpen(d("0.15"), d("0.20"))),
      Band.of(Level.AVERAGE, Range.closedOpen(d("0.10"), d("0.15"))),
      Band.of(Level.BELOW_AVERAGE, Range.closedOpen(d("0.05"), d("0.10"))),
      Band.of(Level.POOR, Range.lessThan(d("0.05"))),
    };
  }

  @Test
  void seed003_standardScorecard_hasTheSevenCriteriaWithTheirWeights() {
    Scorecard s = Scorecard.standard();
    assertEquals(List.of("annual sales", "growth rate", "payment terms"),
        s.criteria(Axis.ATTRACTIVENESS).stream().map(Criterion::name).collect(Collectors.toList()));
    assertEquals(List.of("display rate", "activity rate", "product distribution", "working relationship"),
        s.criteria(Axis.SUPPORT).stream().map(Criterion::name).collect(Collectors.toList()));
    int[] weights = {40, 40, 20, 40, 25, 25, 10};
    for (int i = 0; i < weights.length; i++) {
      assertEquals(0, BigDecimal.valueOf(weights[i]).compareTo(s.criteria().get(i).weight()));
    }
    assertEquals(Optional.of(Currencies.CNY), s.criterion("annual sales").currency());
    assertEquals(Direction.LOWER_IS_BETTER, s.criterion("payment terms").direction());
    assertEquals(Direction.RATED, s.criterion("working relationship").direction());
    assertEquals(Measure.RELATIONSHIP, s.criterion("working relationship").measure());
    assertTrue(s.criterion("working relationship").bands().isEmpty());
    assertEquals(s, Scorecard.standard());
  }

  @Test
  void seed003_growthAboveAverage_scores32() {
    assertEquals(d("32"), Scorecard.standard().criterion("growth rate").points(Level.ABOVE_AVERAGE));
  }

  @ParameterizedTest(name = "{0} at {1} is {2}")
  @CsvSource({
    "annual sales, 500000, OUTSTANDING, '[500000..+∞)'",
    "annual sales, 400000, ABOVE_AVERAGE, '[400000..500000)'",
    "growth rate, 0.05, BELOW_AVERAGE, '[0.05..0.10)'",
    "growth rate, 0.0499, POOR, '(-∞..0.05)'",
    "payment terms, 30, OUTSTANDING, '(-∞..30]'",
    "payment terms, 30.5, ABOVE_AVERAGE, '(30..40]'",
    "payment terms, 61, POOR, '(60..+∞)'",
    "display rate, 0.13, BELOW_AVERAGE, '[0.13..0.16)'",
    "activity rate, 0.40, OUTSTANDING, '[0.40..+∞)'",
    "product distribution, 10, POOR, '(-∞..11)'",
  })
  void standardBands_areTheHalfOpenBandsOfDomainMd(String criterion, String value, Level level, String range) {
    Band band = Scorecard.standard().criterion(criterion).bandOf(d(value)).orElseThrow();
    assertEquals(level, band.level());
    assertEquals(range, band.range().toString());
  }

  @Test
  void points_areWeightTimesLevel() {
    Criterion c = Scorecard.standard().criterion("activity rate");
    assertEquals(List.of(d("25"), d("20"), d("15"), d("10"), d("5")),
        List.of(Level.values()).stream().map(c::points).collect(Collectors.toList()));
    Criterion odd = Criterion.builder().name("odd").axis(Axis.SUPPORT).weight(d("12.5")).measure(Measure.GROWTH_RATE)
        .direction(Direction.HIGHER_IS_BETTER).addBands(growthBands()).build();
    assertEquals(d("7.5"), odd.points(Level.AVERAGE));
    assertEquals(d("2.5"), odd.points(Level.POOR));
  }

  @Test
  void bandOf_outsideBoundedBands_isEmpty() {
    Criterion c = Criterion.banded("share", Axis.ATTRACTIVENESS, 100, Measure.named("share"),
        Direction.HIGHER_IS_BETTER,
        Band.of(Level.OUTSTANDING, Range.closed(d("0.4"), d("1"))),
        Band.of(Level.ABOVE_AVERAGE, Range.closedOpen(d("0.3"), d("0.4"))),
        Band.of(Level.AVERAGE, Range.closedOpen(d("0.2"), d("0.3"))),
        Band.of(Level.BELOW_AVERAGE, Range.closedOpen(d("0.1"), d("0.2"))),
        Band.of(Level.POOR, Range.closedOpen(d("0"), d("0.1"))));
    assertEquals(Optional.empty(), c.bandOf(d("1.01")));
    assertEquals(Optional.empty(), c.bandOf(d("-0.01")));
    assertEquals(Level.POOR, c.bandOf(d("0")).orElseThrow().level());
    assertEquals(Level.OUTSTANDING, c.bandOf(d("1")).orElseThrow().level());
  }

  @Test
  void singletonBand_sharingALowerEndpointWithAnOpenBand_isContiguous() {
    Criterion c = Criterion.banded("growth", Axis.ATTRACTIVENESS, 40, Measure.GROWTH_RATE, Direction.HIGHER_IS_BETTER,
        Band.of(Level.OUTSTANDING, Range.atLeast(d("0.20"))),
        Band.of(Level.ABOVE_AVERAGE, Range.open(d("0.15"), d("0.20"))),
        Band.of(Level.AVERAGE, Range.singleton(d("0.15"))),
        Band.of(Level.BELOW_AVERAGE, Range.closedOpen(d("0.05"), d("0.15"))),
        Band.of(Level.POOR, Range.lessThan(d("0.05"))));
    assertEquals(Level.AVERAGE, c.bandOf(d("0.15")).orElseThrow().level());
    assertEquals(Level.ABOVE_AVERAGE, c.bandOf(d("0.1500001")).orElseThrow().level());
    assertEquals(List.of(Level.POOR, Level.BELOW_AVERAGE, Level.AVERAGE, Level.ABOVE_AVERAGE, Level.OUTSTANDING),
        c.bandsAscending().stream().map(Band::level).collect(Collectors.toList()));
  }

  @Test
  void criterion_lookupOfUnknownName_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Scorecard.standard().criterion("profit"));
    assertEquals("Argument 'name' must name a criterion of the scorecard but has value 'profit'", e.getMessage());
  }

  @Test
  void weightsNotTotalling100_areRejectedNamingTheAxis() {
    Scorecard.Builder b = Scorecard.builder();
    for (Criterion c : Scorecard.standard().criteria()) {
      if (!c.name().equals("activity rate")) {
        b.addCriteria(c);
      }
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("Argument 'criteria' must have weights totalling 100 on axis SUPPORT but has value 75 "
        + "[display rate 40, product distribution 25, working relationship 10]", e.getMessage());
  }

  @Test
  void oneAxisMissing_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scorecard.builder()
        .addCriteria(Criterion.banded("growth", Axis.ATTRACTIVENESS, 100, Measure.GROWTH_RATE,
            Direction.HIGHER_IS_BETTER, growthBands()))
        .build());
    assertTrue(e.getMessage().startsWith("Argument 'criteria' must have weights totalling 100 on axis SUPPORT"),
        e.getMessage());
  }

  @Test
  void duplicateCriterionNames_areRejected() {
    Criterion c = Scorecard.standard().criteria().get(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Scorecard.builder().addCriteria(c, c).build());
    assertEquals("Argument 'criteria[1]' must have a unique id but has value 'annual sales' (the id of criteria[0])", e.getMessage());
  }

  @Test
  void emptyScorecard_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scorecard.builder().build());
    assertEquals("Argument 'criteria' must not be empty but has value []", e.getMessage());
  }

  private static IllegalArgumentException badGrowth(Band... bands) {
    return assertThrows(IllegalArgumentException.class, () -> Criterion.banded("growth", Axis.ATTRACTIVENESS, 40,
        Measure.GROWTH_RATE, Direction.HIGHER_IS_BETTER, bands));
  }

  @Test
  void overlappingBands_areRejectedSayingWhere() {
    Band[] bands = growthBands();
    bands[1] = Band.of(Level.ABOVE_AVERAGE, Range.closed(d("0.15"), d("0.20")));
    assertEquals("Argument 'bands of criterion 'growth'' must not overlap but has value "
        + "ABOVE_AVERAGE [0.15..0.20] and OUTSTANDING [0.20..+∞)", badGrowth(bands).getMessage());
  }

  @Test
  void bandsOverlappingOverAnInterval_areRejected() {
    Band[] bands = growthBands();
    bands[1] = Band.of(Level.ABOVE_AVERAGE, Range.closedOpen(d("0.15"), d("0.25")));
    assertEquals("Argument 'bands of criterion 'growth'' must not overlap but has value "
        + "ABOVE_AVERAGE [0.15..0.25) and OUTSTANDING [0.20..+∞)", badGrowth(bands).getMessage());
  }

  @Test
  void twoUnboundedBands_overlap() {
    Band[] bands = growthBands();
    bands[3] = Band.of(Level.BELOW_AVERAGE, Range.lessThan(d("0.10")));
    assertTrue(badGrowth(bands).getMessage().contains("must not overlap but has value "), "overlap");
    Band[] top = growthBands();
    top[1] = Band.of(Level.ABOVE_AVERAGE, Range.atLeast(d("0.15")));
    assertTrue(badGrowth(top).getMessage().contains("must not overlap but has value ABOVE_AVERAGE [0.15..+∞)"));
  }

  @Test
  void gapBetweenBands_isRejectedSayingWhere() {
    Band[] bands = growthBands();
    bands[2] = Band.of(Level.AVERAGE, Range.closedOpen(d("0.10"), d("0.14")));
    assertEquals("Argument 'bands of criterion 'growth'' must leave no gap but has value between "
        + "AVERAGE [0.10..0.14) and ABOVE_AVERAGE [0.15..0.20)", badGrowth(bands).getMessage());
  }

  @Test
  void pointGapBetweenOpenBands_isRejected() {
    Band[] bands = growthBands();
    bands[0] = Band.of(Level.OUTSTANDING, Range.greaterThan(d("0.20")));
    assertEquals("Argument 'bands of criterion 'growth'' must leave no gap but has value between "
        + "ABOVE_AVERAGE [0.15..0.20) and OUTSTANDING (0.20..+∞)", badGrowth(bands).getMessage());
  }

  @Test
  void levelsInTheWrongDirection_areRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Criterion.banded("dso",
        Axis.ATTRACTIVENESS, 20, Measure.DSO_DAYS, Direction.LOWER_IS_BETTER, growthBands()));
    assertEquals("Argument 'bands of criterion 'dso'' must reach better levels downwards for a LOWER_IS_BETTER "
        + "criterion but has value POOR (-∞..0.05) below BELOW_AVERAGE [0.05..0.10)", e.getMessage());
    Band[] swapped = growthBands();
    swapped[0] = Band.of(Level.ABOVE_AVERAGE, Range.atLeast(d("0.20")));
    swapped[1] = Band.of(Level.OUTSTANDING, Range.closedOpen(d("0.15"), d("0.20")));
    assertEquals("Argument 'bands of criterion 'growth'' must reach better levels upwards for a HIGHER_IS_BETTER "
        + "criterion but has value OUTSTANDING [0.15..0.20) below ABOVE_AVERAGE [0.20..+∞)",
        badGrowth(swapped).getMessage());
  }

  @Test
  void fewerThanFiveBands_areRejected() {
    Band[] bands = growthBands();
    IllegalArgumentException e = badGrowth(bands[0], bands[1]);
    assertTrue(e.getMessage().startsWith("Argument 'bands of criterion 'growth'' must be five, one per level"));
  }

  @Test
  void salesCriterionWithoutCurrency_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Criterion.banded("sales",
        Axis.ATTRACTIVENESS, 40, Measure.ANNUAL_SALES, Direction.HIGHER_IS_BETTER, growthBands()));
    assertEquals("Argument 'currency of criterion 'sales'' must be given for annual sales bands but has value none",
        e.getMessage());
  }

  @Test
  void currencyOnANonMoneyCriterion_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Criterion.builder().name("g")
        .axis(Axis.ATTRACTIVENESS).weight(d("40")).measure(Measure.GROWTH_RATE).direction(Direction.HIGHER_IS_BETTER)
        .addBands(growthBands()).currency(Currencies.CNY).build());
    assertEquals("Argument 'currency of criterion 'g'' must be given only for annual sales bands but has value CNY",
        e.getMessage());
  }

  @Test
  void ratedCriterionOnANumber_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Criterion.rated("g", Axis.SUPPORT, 10, Measure.GROWTH_RATE));
    assertEquals("Argument 'measure of criterion 'g'' must be the relationship or an extra rating to be rated "
        + "directly but has value growthRate", e.getMessage());
  }

  @Test
  void bandedRelationship_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Criterion.banded("r",
        Axis.SUPPORT, 10, Measure.RELATIONSHIP, Direction.HIGHER_IS_BETTER, growthBands()));
    assertEquals("Argument 'direction of criterion 'r'' must be RATED for the relationship, which is rated directly "
        + "but has value HIGHER_IS_BETTER", e.getMessage());
  }

  @Test
  void ratedCriterionWithBands_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Criterion.builder().name("r")
        .axis(Axis.SUPPORT).weight(d("10")).measure(Measure.named("service")).direction(Direction.RATED)
        .addBands(growthBands()[0]).build());
    assertEquals("Argument 'bands of criterion 'r'' must be empty when rated directly but has value "
        + "[OUTSTANDING [0.20..+∞)]", e.getMessage());
  }

  @Test
  void nonPositiveWeight_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Criterion.rated("r", Axis.SUPPORT, 0, Measure.RELATIONSHIP));
    assertEquals("Argument 'weight of criterion 'r'' must be positive but has value 0", e.getMessage());
  }

  @Test
  void emptyBand_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Band.of(Level.POOR, Range.closedOpen(d("1"), d("1"))));
    assertEquals("Argument 'range' must not be empty but has value [1..1)", e.getMessage());
  }

  @Test
  void measures_namedStandardNamesAreTheStandardMeasures() {
    assertEquals(Measure.DISPLAY_RATE, Measure.named("displayRate"));
    assertTrue(Measure.DISPLAY_RATE.isStandard());
    assertFalse(Measure.named("profit").isStandard());
    assertEquals(Measure.named("profit"), Measure.named("profit"));
    assertEquals(Measure.named("profit").hashCode(), "profit".hashCode());
    assertEquals("profit", Measure.named("profit").toString());
    assertEquals(7, Measure.standard().size());
    assertFalse(Measure.named("profit").equals("profit"));
  }

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource({
    "OUTSTANDING, OUTSTANDING", "above average, ABOVE_AVERAGE", "' average ', AVERAGE", "below-average, BELOW_AVERAGE",
    "poor, POOR", "杰出, OUTSTANDING", "中上, ABOVE_AVERAGE", "中等, AVERAGE", "中下, BELOW_AVERAGE", "' 差劣', POOR",
  })
  void level_parse(String text, Level expected) {
    assertEquals(expected, Level.parse(text));
  }

  @Test
  void level_parseUnknown_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Level.parse("good"));
    assertEquals("Argument 'text' must name a level (OUTSTANDING, ABOVE_AVERAGE, AVERAGE, BELOW_AVERAGE, POOR or "
        + "杰出, 中上, 中等, 中下, 差劣) but has value 'good'", e.getMessage());
    assertEquals("中上", Level.ABOVE_AVERAGE.chinese());
  }

  @Test
  void levels_scoreTheirShareOfTheWeight() {
    assertEquals(100, Level.OUTSTANDING.percent());
    assertEquals(20, Level.POOR.percent());
    assertEquals(d("0.80"), Level.ABOVE_AVERAGE.fraction());
    assertTrue(Level.AVERAGE.isBetterThan(Level.BELOW_AVERAGE));
    assertFalse(Level.AVERAGE.isBetterThan(Level.AVERAGE));
  }

  @Test
  void criterion_toStringShowsBandsInOrder() {
    assertEquals("Criterion{payment terms, ATTRACTIVENESS, weight 20, dsoDays, [OUTSTANDING (-∞..30], "
        + "ABOVE_AVERAGE (30..40], AVERAGE (40..50], BELOW_AVERAGE (50..60], POOR (60..+∞)]}",
        Scorecard.standard().criterion("payment terms").toString());
    assertEquals("Criterion{working relationship, SUPPORT, weight 10, relationship, rated}",
        Scorecard.standard().criterion("working relationship").toString());
  }

  @Test
  void weightsBeyondTheDecimalBound_areRejectedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Criterion.builder().name("odd")
        .axis(Axis.SUPPORT).weight(new BigDecimal("1E-100000000")).measure(Measure.GROWTH_RATE)
        .direction(Direction.HIGHER_IS_BETTER).build());
    assertEquals("Argument 'weight of criterion 'odd'' must have at most 34 digits before the decimal point and 68"
        + " after it (the decimal bound) but has value 1E-100000000", e.getMessage());
  }
}
