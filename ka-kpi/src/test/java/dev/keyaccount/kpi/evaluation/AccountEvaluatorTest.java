package dev.keyaccount.kpi.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import dev.keyaccount.kpi.evaluation.Criterion.Direction;
import dev.keyaccount.kpi.evaluation.ServicePolicy.ExitStance;
import dev.keyaccount.kpi.evaluation.ServicePolicy.PromotionStance;
import dev.keyaccount.kpi.evaluation.ServicePolicy.RelationshipAction;
import dev.keyaccount.kpi.evaluation.ServicePolicy.VisitIntensity;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountEvaluatorTest {

  private static final AccountEvaluator EVALUATOR = AccountEvaluator.DEFAULT;

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** Every boundary of DOMAIN.md §3's table: just below, at and just above. */
  @ParameterizedTest(name = "{1} = {2} is {3}")
  @CsvSource({
    "annual sales, annualSales, 199999.99, POOR",
    "annual sales, annualSales, 200000, BELOW_AVERAGE",
    "annual sales, annualSales, 200000.01, BELOW_AVERAGE",
    "annual sales, annualSales, 299999.99, BELOW_AVERAGE",
    "annual sales, annualSales, 300000, AVERAGE",
    "annual sales, annualSales, 300000.01, AVERAGE",
    "annual sales, annualSales, 399999.99, AVERAGE",
    "annual sales, annualSales, 400000, ABOVE_AVERAGE",
    "annual sales, annualSales, 400000.01, ABOVE_AVERAGE",
    "annual sales, annualSales, 499999.99, ABOVE_AVERAGE",
    "annual sales, annualSales, 500000, OUTSTANDING",
    "annual sales, annualSales, 500000.01, OUTSTANDING",
    "annual sales, annualSales, 0, POOR",
    "growth rate, growthRate, 0.0499, POOR",
    "growth rate, growthRate, 0.05, BELOW_AVERAGE",
    "growth rate, growthRate, 0.0501, BELOW_AVERAGE",
    "growth rate, growthRate, 0.0999, BELOW_AVERAGE",
    "growth rate, growthRate, 0.10, AVERAGE",
    "growth rate, growthRate, 0.1001, AVERAGE",
    "growth rate, growthRate, 0.1499, AVERAGE",
    "growth rate, growthRate, 0.15, ABOVE_AVERAGE",
    "growth rate, growthRate, 0.1501, ABOVE_AVERAGE",
    "growth rate, growthRate, 0.1999, ABOVE_AVERAGE",
    "growth rate, growthRate, 0.20, OUTSTANDING",
    "growth rate, growthRate, 0.2001, OUTSTANDING",
    "growth rate, growthRate, -1, POOR",
    "growth rate, growthRate, 3.5, OUTSTANDING",
    "payment terms, dsoDays, 0, OUTSTANDING",
    "payment terms, dsoDays, 29, OUTSTANDING",
    "payment terms, dsoDays, 30, OUTSTANDING",
    "payment terms, dsoDays, 31, ABOVE_AVERAGE",
    "payment terms, dsoDays, 39, ABOVE_AVERAGE",
    "payment terms, dsoDays, 40, ABOVE_AVERAGE",
    "payment terms, dsoDays, 41, AVERAGE",
    "payment terms, dsoDays, 49, AVERAGE",
    "payment terms, dsoDays, 50, AVERAGE",
    "payment terms, dsoDays, 51, BELOW_AVERAGE",
    "payment terms, dsoDays, 59, BELOW_AVERAGE",
    "payment terms, dsoDays, 60, BELOW_AVERAGE",
    "payment terms, dsoDays, 61, POOR",
    "display rate, displayRate, 0, POOR",
    "display rate, displayRate, 0.1299, POOR",
    "display rate, displayRate, 0.13, BELOW_AVERAGE",
    "display rate, displayRate, 0.1301, BELOW_AVERAGE",
    "display rate, displayRate, 0.1599, BELOW_AVERAGE",
    "display rate, displayRate, 0.16, AVERAGE",
    "display rate, displayRate, 0.1601, AVERAGE",
    "display rate, displayRate, 0.1899, AVERAGE",
    "display rate, displayRate, 0.19, ABOVE_AVERAGE",
    "display rate, displayRate, 0.1901, ABOVE_AVERAGE",
    "display rate, displayRate, 0.2199, ABOVE_AVERAGE",
    "display rate, displayRate, 0.22, OUTSTANDING",
    "display rate, displayRate, 0.2201, OUTSTANDING",
    "display rate, displayRate, 1, OUTSTANDING",
    "activity rate, activityRate, 0.2499, POOR",
    "activity rate, activityRate, 0.25, BELOW_AVERAGE",
    "activity rate, activityRate, 0.2501, BELOW_AVERAGE",
    "activity rate, activityRate, 0.2999, BELOW_AVERAGE",
    "activity rate, activityRate, 0.30, AVERAGE",
    "activity rate, activityRate, 0.3001, AVERAGE",
    "activity rate, activityRate, 0.3499, AVERAGE",
    "activity rate, activityRate, 0.35, ABOVE_AVERAGE",
    "activity rate, activityRate, 0.3501, ABOVE_AVERAGE",
    "activity rate, activityRate, 0.3999, ABOVE_AVERAGE",
    "activity rate, activityRate, 0.40, OUTSTANDING",
    "activity rate, activityRate, 0.4001, OUTSTANDING",
    "product distribution, listedSkus, 0, POOR",
    "product distribution, listedSkus, 10, POOR",
    "product distribution, listedSkus, 11, BELOW_AVERAGE",
    "product distribution, listedSkus, 12, BELOW_AVERAGE",
    "product distribution, listedSkus, 13, BELOW_AVERAGE",
    "product distribution, listedSkus, 14, AVERAGE",
    "product distribution, listedSkus, 15, AVERAGE",
    "product distribution, listedSkus, 16, AVERAGE",
    "product distribution, listedSkus, 17, ABOVE_AVERAGE",
    "product distribution, listedSkus, 18, ABOVE_AVERAGE",
    "product distribution, listedSkus, 19, ABOVE_AVERAGE",
    "product distribution, listedSkus, 20, OUTSTANDING",
    "product distribution, listedSkus, 21, OUTSTANDING",
    "working relationship, relationship, OUTSTANDING, OUTSTANDING",
    "working relationship, relationship, ABOVE_AVERAGE, ABOVE_AVERAGE",
    "working relationship, relationship, AVERAGE, AVERAGE",
    "working relationship, relationship, BELOW_AVERAGE, BELOW_AVERAGE",
    "working relationship, relationship, POOR, POOR",
  })
  void standardScorecard_bandEdges(String criterion, String measure, String value, Level expected) {
    Evaluation e = EVALUATOR.evaluate(Facts.with(measure, value));
    CriterionScore score = e.score(criterion);
    assertEquals(expected, score.level());
    Criterion c = Scorecard.standard().criterion(criterion);
    assertEquals(c.weight().multiply(expected.fraction()).compareTo(score.points()), 0);
    // Every other criterion stays AVERAGE: the axis total moves by exactly this criterion's change.
    BigDecimal others = c.weight().multiply(Level.AVERAGE.fraction());
    BigDecimal expectedTotal = d("60").subtract(others).add(score.points());
    assertEquals(0, expectedTotal.compareTo(e.total(c.axis())), e.toString());
    if (c.direction() != Direction.RATED) {
      assertEquals(expected, score.band().orElseThrow().level());
      assertEquals(0, d(value).compareTo(score.value().orElseThrow()));
    } else {
      assertEquals(Optional.empty(), score.band());
      assertEquals(Optional.empty(), score.value());
    }
  }

  @Test
  void averageAccount_scores60OnEachAxis_isAStar() {
    Evaluation e = EVALUATOR.evaluate(Facts.average("AVG").build());
    assertEquals(d("60"), e.attractiveness());
    assertEquals(d("60"), e.support());
    assertEquals(AccountQuadrant.STAR, e.quadrant());
  }

  @Test
  void workedAccount_star() {
    assertWorkedAccount(Facts.facts("STAR", "520000", "0.16", 35, "0.20", "0.36", 18, Level.OUTSTANDING),
        new int[] {40, 32, 16, 32, 20, 20, 10}, "88", "82", AccountQuadrant.STAR,
        ServicePolicy.of(VisitIntensity.HIGH_QUALITY, PromotionStance.HIGH_FREQUENCY, RelationshipAction.KEEP,
            ExitStance.DEFEND_POSITION));
  }

  @Test
  void workedAccount_questionMark() {
    assertWorkedAccount(Facts.facts("QM", "450000", "0.22", 45, "0.12", "0.20", 12, Level.POOR),
        new int[] {32, 40, 12, 8, 5, 10, 2}, "84", "25", AccountQuadrant.QUESTION_MARK,
        ServicePolicy.of(VisitIntensity.HIGH_QUALITY, PromotionStance.STRONG, RelationshipAction.IMPROVE,
            ExitStance.RAISE_POSITION));
  }

  @Test
  void workedAccount_cashCow() {
    assertWorkedAccount(Facts.facts("COW", "150000", "0.03", 70, "0.23", "0.41", 21, Level.ABOVE_AVERAGE),
        new int[] {8, 8, 4, 40, 25, 25, 8}, "20", "98", AccountQuadrant.CASH_COW,
        ServicePolicy.of(VisitIntensity.MODERATE, PromotionStance.TRIAL, RelationshipAction.KEEP,
            ExitStance.WITHDRAW_IF_PROMOTIONS_FAIL));
  }

  @Test
  void workedAccount_dog() {
    assertWorkedAccount(Facts.facts("DOG", "250000", "0.07", 55, "0.14", "0.26", 15, Level.BELOW_AVERAGE),
        new int[] {16, 16, 8, 16, 10, 15, 4}, "40", "45", AccountQuadrant.DOG,
        ServicePolicy.of(VisitIntensity.MINIMUM, PromotionStance.MINIMAL, RelationshipAction.IMPROVE,
            ExitStance.KEEP_PRESENCE));
  }

  private static void assertWorkedAccount(AccountFacts.Builder facts, int[] points, String attractiveness,
      String support, AccountQuadrant quadrant, ServicePolicy policy) {
    Evaluation e = EVALUATOR.evaluate(facts.build());
    assertPoints(e, points);
    assertEquals(d(attractiveness), e.attractiveness());
    assertEquals(d(support), e.support());
    assertEquals(quadrant, e.quadrant());
    assertEquals(policy, e.servicePolicy());
  }

  private static void assertPoints(Evaluation e, int... points) {
    List<CriterionScore> scores = e.scores();
    assertEquals(points.length, scores.size());
    for (int i = 0; i < points.length; i++) {
      assertEquals(0, BigDecimal.valueOf(points[i]).compareTo(scores.get(i).points()), scores.get(i).toString());
    }
    assertSame(scores, e.scores());
  }

  @Test
  void supportOfExactly50_countsAsHigh() {
    // display AVERAGE 24 + activity AVERAGE 15 + SKUs POOR 5 + relationship AVERAGE 6 = 50
    Evaluation high = EVALUATOR.evaluate(Facts.average("S50").listedSkus(5).build());
    assertEquals(d("50"), high.support());
    assertEquals(AccountQuadrant.STAR, high.quadrant());
    // ... with the relationship BELOW_AVERAGE (4) instead: 48
    Evaluation low = EVALUATOR.evaluate(Facts.average("S48").listedSkus(5).relationship(Level.BELOW_AVERAGE).build());
    assertEquals(d("48"), low.support());
    assertEquals(AccountQuadrant.QUESTION_MARK, low.quadrant());
  }

  /** A custom scorecard whose attractiveness can total exactly 50, 49.5 or 50.5. */
  private static Scorecard halfPointScorecard() {
    Band[] growth = {
      Band.of(Level.OUTSTANDING, Range.atLeast(d("0.20"))),
      Band.of(Level.ABOVE_AVERAGE, Range.closedOpen(d("0.15"), d("0.20"))),
      Band.of(Level.AVERAGE, Range.closedOpen(d("0.10"), d("0.15"))),
      Band.of(Level.BELOW_AVERAGE, Range.closedOpen(d("0.05"), d("0.10"))),
      Band.of(Level.POOR, Range.lessThan(d("0.05"))),
    };
    return Scorecard.builder()
        .addCriteria(Criterion.builder().name("growth").axis(Axis.ATTRACTIVENESS).weight(d("47.5"))
            .measure(Measure.GROWTH_RATE).direction(Direction.HIGHER_IS_BETTER).addBands(growth).build())
        .addCriteria(Criterion.builder().name("profit").axis(Axis.ATTRACTIVENESS).weight(d("52.5"))
            .measure(Measure.named("profit")).direction(Direction.HIGHER_IS_BETTER).addBands(
                Band.of(Level.OUTSTANDING, Range.atLeast(d("100000"))),
                Band.of(Level.ABOVE_AVERAGE, Range.closedOpen(d("80000"), d("100000"))),
                Band.of(Level.AVERAGE, Range.closedOpen(d("60000"), d("80000"))),
                Band.of(Level.BELOW_AVERAGE, Range.closedOpen(d("40000"), d("60000"))),
                Band.of(Level.POOR, Range.lessThan(d("40000")))).build())
        .addCriteria(Criterion.rated("service", Axis.SUPPORT, 100, Measure.named("service")))
        .build();
  }

  @ParameterizedTest(name = "growth {0}, profit {1} -> {2} {3}")
  @CsvSource({
    // 47.5 x 0.6 + 52.5 x 0.4 = 28.5 + 21 = 49.5
    "0.12, 50000, 49.5, CASH_COW",
    // 47.5 x 0.4 + 52.5 x 0.6 = 19 + 31.5 = 50.5
    "0.07, 70000, 50.5, STAR",
    // 47.5 x 0.2 + 52.5 x 0.8 = 9.5 + 42 = 51.5
    "0.01, 90000, 51.5, STAR",
    // 47.5 x 0.8 + 52.5 x 0.2 = 38 + 10.5 = 48.5
    "0.17, 10000, 48.5, CASH_COW",
  })
  void customScorecard_attractivenessAroundTheSplit(String growth, String profit, String total, AccountQuadrant q) {
    AccountEvaluator evaluator = new AccountEvaluator(halfPointScorecard());
    AccountFacts facts = Facts.average("C").growthRate(dev.keyaccount.core.money.Rate.of(growth))
        .putMeasures("profit", d(profit)).putRatings("service", Level.AVERAGE).build();
    Evaluation e = evaluator.evaluate(facts);
    assertEquals(d(total), e.attractiveness());
    assertEquals(d("60.0"), e.support());
    assertEquals(q, e.quadrant());
    assertSame(evaluator.scorecard(), e.scorecard());
  }

  @Test
  void customScorecard_attractivenessOfExactly50_countsAsHigh() {
    Band[] growth = {
      Band.of(Level.OUTSTANDING, Range.atLeast(d("0.20"))),
      Band.of(Level.ABOVE_AVERAGE, Range.closedOpen(d("0.15"), d("0.20"))),
      Band.of(Level.AVERAGE, Range.closedOpen(d("0.10"), d("0.15"))),
      Band.of(Level.BELOW_AVERAGE, Range.closedOpen(d("0.05"), d("0.10"))),
      Band.of(Level.POOR, Range.lessThan(d("0.05"))),
    };
    Scorecard s = Scorecard.builder()
        .addCriteria(Criterion.banded("growth", Axis.ATTRACTIVENESS, 50, Measure.GROWTH_RATE,
            Direction.HIGHER_IS_BETTER, growth))
        .addCriteria(Criterion.rated("terms", Axis.ATTRACTIVENESS, 50, Measure.named("terms")))
        .addCriteria(Criterion.rated("service", Axis.SUPPORT, 100, Measure.named("service")))
        .build();
    AccountFacts.Builder b = Facts.average("F").putRatings("service", Level.AVERAGE);
    // growth AVERAGE 30 + terms BELOW_AVERAGE 20 = 50: high
    Evaluation fifty = new AccountEvaluator(s).evaluate(b.putRatings("terms", Level.BELOW_AVERAGE).build());
    assertEquals(d("50"), fifty.attractiveness());
    assertEquals(AccountQuadrant.STAR, fifty.quadrant());
    // growth AVERAGE 30 + terms POOR 10 = 40: low
    Evaluation forty = new AccountEvaluator(s).evaluate(
        Facts.average("G").putRatings("service", Level.POOR).putRatings("terms", Level.POOR).build());
    assertEquals(d("40"), forty.attractiveness());
    assertEquals(d("20"), forty.support());
    assertEquals(AccountQuadrant.DOG, forty.quadrant());
  }

  @ParameterizedTest(name = "({0}, {1}) is {2}")
  @CsvSource({
    "50, 50, STAR",
    "50, 49.99, QUESTION_MARK",
    "49.99, 50, CASH_COW",
    "49.99, 49.99, DOG",
    "100, 20, QUESTION_MARK",
    "20, 100, CASH_COW",
    "50.01, 50.01, STAR",
  })
  void quadrant_splitAt50_50CountsAsHigh(String attractiveness, String support, AccountQuadrant expected) {
    assertEquals(expected, AccountQuadrant.of(d(attractiveness), d(support)));
  }

  @Test
  void quadrantPolicies_areTheStandardOnes() {
    for (AccountQuadrant q : AccountQuadrant.values()) {
      assertSame(ServicePolicy.standard(q), q.servicePolicy());
    }
    assertEquals(d("50"), AccountQuadrant.SPLIT);
  }

  @Test
  void salesInAnotherCurrency_isACurrencyMismatchNamingBoth() {
    AccountFacts usd = Facts.average("U").annualSales(Money.of(500000, "USD")).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EVALUATOR.evaluate(usd));
    assertEquals("Argument 'annualSales' must be in currency CNY but is in USD (value USD 500000)", e.getMessage());
  }

  @Test
  void missingExtraMeasure_isAnErrorNamingTheCriterion() {
    AccountEvaluator evaluator = new AccountEvaluator(halfPointScorecard());
    AccountFacts facts = Facts.average("M").putRatings("service", Level.AVERAGE).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> evaluator.evaluate(facts));
    assertEquals("Argument 'facts' must have the measure 'profit' for criterion 'profit' but has value "
        + "account 'M' with []", e.getMessage());
  }

  @Test
  void portfolio_typesAMissingFactAsMissingValue() {
    AccountEvaluator evaluator = new AccountEvaluator(halfPointScorecard());
    AccountFacts missing = Facts.average("M").putRatings("service", Level.AVERAGE).build();
    AccountFacts whole = Facts.average("W").putMeasures("profit", d("1")).putRatings("service", Level.AVERAGE).build();
    PortfolioEvaluation p = evaluator.evaluatePortfolio(List.of(missing, whole));
    assertEquals(List.of(evaluator.evaluate(whole)), p.evaluations());
    FailureItem f = p.failures().get(0);
    assertEquals(FailureReason.MISSING_VALUE, f.reason());
    assertEquals(0, f.position());
    assertEquals(Optional.of("M"), f.itemId());
    assertEquals("Argument 'facts' must have the measure 'profit' for criterion 'profit' but has value "
        + "account 'M' with []", f.message());
  }

  @Test
  void missingExtraRating_isAnErrorNamingTheCriterion() {
    AccountEvaluator evaluator = new AccountEvaluator(halfPointScorecard());
    AccountFacts facts = Facts.average("R").putMeasures("profit", d("1")).putRatings("other", Level.POOR).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> evaluator.evaluate(facts));
    assertEquals("Argument 'facts' must have the measure 'service' for criterion 'service' but has value "
        + "account 'R' with [other]", e.getMessage());
  }

  /** A scorecard with bounded bands: values outside them are rejected, naming the criterion. */
  private static AccountEvaluator boundedEvaluator() {
    Scorecard s = Scorecard.builder()
        .addCriteria(Criterion.banded("share", Axis.ATTRACTIVENESS, 100, Measure.named("share"),
            Direction.HIGHER_IS_BETTER,
            Band.of(Level.OUTSTANDING, Range.closed(d("0.4"), d("1"))),
            Band.of(Level.ABOVE_AVERAGE, Range.closedOpen(d("0.3"), d("0.4"))),
            Band.of(Level.AVERAGE, Range.closedOpen(d("0.2"), d("0.3"))),
            Band.of(Level.BELOW_AVERAGE, Range.closedOpen(d("0.1"), d("0.2"))),
            Band.of(Level.POOR, Range.open(d("0"), d("0.1")))))
        .addCriteria(Criterion.banded("inventory", Axis.SUPPORT, 100, Measure.named("inventory"),
            Direction.LOWER_IS_BETTER,
            Band.of(Level.OUTSTANDING, Range.closed(d("0"), d("2"))),
            Band.of(Level.ABOVE_AVERAGE, Range.openClosed(d("2"), d("4"))),
            Band.of(Level.AVERAGE, Range.openClosed(d("4"), d("6"))),
            Band.of(Level.BELOW_AVERAGE, Range.openClosed(d("6"), d("8"))),
            Band.of(Level.POOR, Range.open(d("8"), d("12")))))
        .build();
    return new AccountEvaluator(s);
  }

  private static AccountFacts shareAndInventory(String share, String inventory) {
    return Facts.average("B").putMeasures("share", d(share)).putMeasures("inventory", d(inventory)).build();
  }

  @ParameterizedTest(name = "share {0}, inventory {1}")
  @CsvSource({"0, 3", "1.01, 3", "0.5, 12", "0.5, -0.1", "0.5, 12.5"})
  void valueOutsideBoundedBands_isRejectedNamingTheCriterion(String share, String inventory) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> boundedEvaluator().evaluate(shareAndInventory(share, inventory)));
    String criterion = e.getMessage().contains("'share'") ? "share" : "inventory";
    String value = criterion.equals("share") ? share : inventory;
    assertEquals("Argument '" + criterion + "' must lie within the bands of criterion '" + criterion
        + "' but has value " + value + " (account 'B')", e.getMessage());
  }

  @ParameterizedTest(name = "share {0}, inventory {1} -> {2} {3}")
  @CsvSource({
    "1, 0, OUTSTANDING, OUTSTANDING",
    "0.4, 2, OUTSTANDING, OUTSTANDING",
    "0.0001, 11.99, POOR, POOR",
    "0.0999, 8, POOR, BELOW_AVERAGE",
    "0.1, 6.5, BELOW_AVERAGE, BELOW_AVERAGE",
    "0.3999, 4.0001, ABOVE_AVERAGE, AVERAGE",
  })
  void boundedBands_edgesInside(String share, String inventory, Level shareLevel, Level inventoryLevel) {
    Evaluation e = boundedEvaluator().evaluate(shareAndInventory(share, inventory));
    assertEquals(shareLevel, e.score("share").level());
    assertEquals(inventoryLevel, e.score("inventory").level());
  }

  /** Values whose nearest double equals a boundary are still placed by their exact decimal value. */
  @ParameterizedTest(name = "share {0}, inventory {1} -> {2} {3}")
  @CsvSource({
    "0.3999999999999999999999, 2.0000000000000000000001, ABOVE_AVERAGE, ABOVE_AVERAGE",
    "0.4000000000000000000001, 1.9999999999999999999999, OUTSTANDING, OUTSTANDING",
    "1E-400, 4.0000000000000000000001, POOR, AVERAGE",
    "0.9999999999999999999999, 11.999999999999999999999, OUTSTANDING, POOR",
  })
  void boundaryTies_inDouble_areDecidedExactly(String share, String inventory, Level shareLevel, Level inventoryLevel) {
    Evaluation e = boundedEvaluator().evaluate(shareAndInventory(share, inventory));
    assertEquals(shareLevel, e.score("share").level());
    assertEquals(inventoryLevel, e.score("inventory").level());
  }

  @ParameterizedTest(name = "share {0}, inventory {1}")
  @CsvSource({"1.0000000000000000000001, 3", "0.5, 12.000000000000000000001", "0.5, -1E-400"})
  void boundaryTies_outsideTheBands_areRejected(String share, String inventory) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> boundedEvaluator().evaluate(shareAndInventory(share, inventory)));
    assertTrue(e.getMessage().contains("must lie within the bands of criterion"), e.getMessage());
  }

  @Test
  void standardBands_tiesInDouble() {
    assertEquals(Level.ABOVE_AVERAGE,
        EVALUATOR.evaluate(Facts.with("growthRate", "0.1999999999999999999999")).score("growth rate").level());
    assertEquals(Level.OUTSTANDING,
        EVALUATOR.evaluate(Facts.with("displayRate", "0.2200000000000000000001")).score("display rate").level());
    assertEquals(Level.AVERAGE,
        EVALUATOR.evaluate(Facts.with("activityRate", "0.3499999999999999999999")).score("activity rate").level());
  }

  @Test
  void score_unknownCriterion_isRejected() {
    Evaluation e = EVALUATOR.evaluate(Facts.average("X").build());
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> e.score("profit"));
    assertEquals("Argument 'criterion' must name a criterion of the scorecard but has value 'profit'", ex.getMessage());
  }

  @Test
  void evaluation_equalityAndText() {
    AccountFacts facts = Facts.average("E").build();
    Evaluation a = EVALUATOR.evaluate(facts);
    Evaluation b = EVALUATOR.evaluate(facts);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a.hashCode(), EVALUATOR.evaluate(Facts.average("F").build()).hashCode());
    assertEquals(a, a);
    assertNotEquals(a, EVALUATOR.evaluate(Facts.average("F").build()));
    assertNotEquals(a, EVALUATOR.evaluate(Facts.average("E").listedSkus(30).build()));
    assertFalse(a.equals("E"));
    assertEquals(facts, a.facts());
    assertEquals("E", a.accountId());
    assertEquals("Evaluation{E, STAR, attractiveness 60, support 60, [annual sales=AVERAGE, growth rate=AVERAGE, "
        + "payment terms=AVERAGE, display rate=AVERAGE, activity rate=AVERAGE, product distribution=AVERAGE, "
        + "working relationship=AVERAGE]}", a.toString());
  }

  @Test
  void evaluationsWithEqualFactsButAnotherScorecard_differ() {
    AccountFacts facts = Facts.average("E").putMeasures("profit", d("70000")).putRatings("service", Level.AVERAGE)
        .build();
    assertNotEquals(EVALUATOR.evaluate(facts), new AccountEvaluator(halfPointScorecard()).evaluate(facts));
  }

  @Test
  void portfolio_reportsFailuresPerAccountAndEvaluatesTheOthers() {
    AccountFacts star = Facts.facts("STAR", "520000", "0.16", 35, "0.20", "0.36", 18, Level.OUTSTANDING).build();
    AccountFacts usd = Facts.average("USD").annualSales(Money.of(1, "USD")).build();
    AccountFacts dog = Facts.facts("DOG", "250000", "0.07", 55, "0.14", "0.26", 15, Level.BELOW_AVERAGE).build();
    AccountFacts again = Facts.average("STAR").build();
    PortfolioEvaluation p = EVALUATOR.evaluatePortfolio(Arrays.asList(star, usd, null, dog, again));
    assertEquals(List.of(EVALUATOR.evaluate(star), EVALUATOR.evaluate(dog)), p.evaluations());
    assertTrue(p.hasFailures());
    assertEquals(3, p.failures().size());
    FailureItem currency = p.failures().get(0);
    assertEquals("portfolio", currency.input());
    assertEquals(1, currency.position());
    assertEquals(Optional.of("USD"), currency.itemId());
    assertEquals(FailureReason.CURRENCY_MISMATCH, currency.reason());
    assertEquals("Argument 'annualSales' must be in currency CNY but is in USD (value USD 1)", currency.message());
    FailureItem nullEntry = p.failures().get(1);
    assertEquals(2, nullEntry.position());
    assertEquals(Optional.empty(), nullEntry.itemId());
    assertEquals(FailureReason.NULL_ITEM, nullEntry.reason());
    assertEquals("Argument 'portfolio[2]' must not be null but has value null", nullEntry.message());
    FailureItem duplicate = p.failures().get(2);
    assertEquals(4, duplicate.position());
    assertEquals(FailureReason.DUPLICATE_ID, duplicate.reason());
    assertEquals("Argument 'portfolio[4]' must have a unique id but has value 'STAR' (the id of portfolio[0])",
        duplicate.message());
    assertEquals(Optional.of(EVALUATOR.evaluate(dog)), p.evaluation("DOG"));
    assertEquals(Optional.empty(), p.evaluation("USD"));
    Map<AccountQuadrant, List<Evaluation>> byQuadrant = p.byQuadrant();
    assertEquals(List.of(EVALUATOR.evaluate(star)), byQuadrant.get(AccountQuadrant.STAR));
    assertEquals(List.of(EVALUATOR.evaluate(dog)), byQuadrant.get(AccountQuadrant.DOG));
    assertEquals(List.of(), byQuadrant.get(AccountQuadrant.CASH_COW));
    assertEquals(4, byQuadrant.size());
    assertThrows(UnsupportedOperationException.class, () -> byQuadrant.get(AccountQuadrant.DOG).clear());
  }

  @Test
  void emptyPortfolio_hasNoEvaluationsAndNoFailures() {
    PortfolioEvaluation p = EVALUATOR.evaluatePortfolio(List.of());
    assertEquals(List.of(), p.evaluations());
    assertFalse(p.hasFailures());
  }

  @Test
  void totalOfAxis() {
    Evaluation e = EVALUATOR.evaluate(Facts.facts("QM", "450000", "0.22", 45, "0.12", "0.20", 12, Level.POOR).build());
    assertEquals(e.attractiveness(), e.total(Axis.ATTRACTIVENESS));
    assertEquals(e.support(), e.total(Axis.SUPPORT));
    assertEquals(Currencies.CNY, e.facts().annualSales().getCurrency());
  }
}
