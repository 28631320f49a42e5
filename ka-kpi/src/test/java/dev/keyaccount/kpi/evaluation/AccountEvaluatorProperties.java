package dev.keyaccount.kpi.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Monies;
import dev.keyaccount.core.money.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AccountEvaluatorProperties {

  private static final AccountEvaluator EVALUATOR = AccountEvaluator.DEFAULT;
  private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static BigDecimal points(AccountFacts f, String criterion) {
    return EVALUATOR.evaluate(f).score(criterion).points();
  }

  /** Raising one measure by a step never lowers (higher-is-better) or raises (DSO) its points or axis total. */
  private static void monotone(String criterion, int sign, BiFunction<AccountFacts, Integer, AccountFacts> raise) {
    qt().withExamples(300).forAll(FactsGen.facts(), integers().between(1, 5000)).checkAssert((f, step) -> {
      AccountFacts raised = raise.apply(f, step);
      Evaluation before = EVALUATOR.evaluate(f);
      Evaluation after = EVALUATOR.evaluate(raised);
      Axis axis = Scorecard.standard().criterion(criterion).axis();
      assertTrue(after.score(criterion).points().compareTo(before.score(criterion).points()) * sign >= 0,
          () -> before + " -> " + after);
      assertTrue(after.total(axis).compareTo(before.total(axis)) * sign >= 0, () -> before + " -> " + after);
    });
  }

  @Test
  void raisingSales_neverLowersTheScore() {
    monotone("annual sales", 1, (f, step) -> AccountFacts.builder().from(f)
        .annualSales(Money.of(BigDecimal.valueOf(step * 100L).add(Monies.decimal(f.annualSales())),
            Currencies.CNY)).build());
  }

  @Test
  void raisingGrowth_neverLowersTheScore() {
    monotone("growth rate", 1, (f, step) -> AccountFacts.builder().from(f)
        .growthRate(f.growthRate().plus(Rate.of(BigDecimal.valueOf(step, 4)))).build());
  }

  @Test
  void raisingDso_neverRaisesTheScore() {
    monotone("payment terms", -1, (f, step) -> AccountFacts.builder().from(f).dsoDays(f.dsoDays() + step % 40).build());
  }

  @Test
  void raisingDisplayRate_neverLowersTheScore() {
    monotone("display rate", 1, (f, step) -> AccountFacts.builder().from(f)
        .displayRate(Rate.of(f.displayRate().fraction().add(BigDecimal.valueOf(step, 4)).min(BigDecimal.ONE))).build());
  }

  @Test
  void raisingActivityRate_neverLowersTheScore() {
    monotone("activity rate", 1, (f, step) -> AccountFacts.builder().from(f)
        .activityRate(Rate.of(f.activityRate().fraction().add(BigDecimal.valueOf(step, 4)).min(BigDecimal.ONE)))
        .build());
  }

  @Test
  void listingMoreSkus_neverLowersTheScore() {
    monotone("product distribution", 1, (f, step) -> AccountFacts.builder().from(f)
        .listedSkus(f.listedSkus() + step % 10).build());
  }

  @Test
  void betterRelationship_neverLowersTheScore() {
    qt().withExamples(200).forAll(FactsGen.facts()).checkAssert(f -> {
      BigDecimal previous = BigDecimal.ZERO;
      for (int i = Level.values().length - 1; i >= 0; i--) {
        AccountFacts g = AccountFacts.builder().from(f).relationship(Level.values()[i]).build();
        BigDecimal p = points(g, "working relationship");
        assertTrue(p.compareTo(previous) > 0);
        previous = p;
      }
    });
  }

  @Test
  void axisTotals_stayBetween20And100_andTheQuadrantFollowsThem() {
    qt().withExamples(500).forAll(FactsGen.facts()).checkAssert(f -> {
      Evaluation e = EVALUATOR.evaluate(f);
      for (Axis axis : Axis.values()) {
        assertTrue(e.total(axis).compareTo(TWENTY) >= 0 && e.total(axis).compareTo(HUNDRED) <= 0, e::toString);
        BigDecimal sum = e.scores().stream().filter(s -> s.criterion().axis() == axis).map(CriterionScore::points)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(e.total(axis)), e::toString);
      }
      assertEquals(AccountQuadrant.of(e.attractiveness(), e.support()), e.quadrant());
      for (CriterionScore s : e.scores()) {
        s.band().ifPresent(b -> assertTrue(b.range().contains(s.value().orElseThrow())));
        assertEquals(0, s.criterion().points(s.level()).compareTo(s.points()));
      }
    });
  }

  /** The compiled scoring loop agrees with the plain reading of the bands (Range.contains). */
  @Test
  void compiledBands_agreeWithGuavaRanges() {
    qt().withExamples(500).forAll(FactsGen.facts()).checkAssert(f -> {
      Evaluation e = EVALUATOR.evaluate(f);
      for (CriterionScore s : e.scores()) {
        s.value().ifPresent(v -> assertEquals(s.level(), s.criterion().bandOf(v).orElseThrow().level()));
      }
    });
  }

  @Test
  void portfolio_equalsTheEvaluationsOneByOne_inAnyOrder() {
    qt().withExamples(60).forAll(lists().of(FactsGen.facts()).ofSizeBetween(0, 12), longs().all())
        .checkAssert((list, seed) -> {
          List<AccountFacts> portfolio = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            portfolio.add(AccountFacts.builder().from(list.get(i)).accountId("A" + i).build());
          }
          PortfolioEvaluation p = EVALUATOR.evaluatePortfolio(portfolio);
          List<Evaluation> one = new ArrayList<>();
          for (AccountFacts f : portfolio) {
            one.add(EVALUATOR.evaluate(f));
          }
          assertEquals(one, p.evaluations());
          assertTrue(p.failures().isEmpty());
          List<AccountFacts> shuffled = new ArrayList<>(portfolio);
          Collections.shuffle(shuffled, new Random(seed));
          PortfolioEvaluation q = EVALUATOR.evaluatePortfolio(shuffled);
          for (AccountFacts f : portfolio) {
            assertEquals(p.evaluation(f.accountId()), q.evaluation(f.accountId()));
          }
          for (AccountQuadrant quadrant : AccountQuadrant.values()) {
            assertEquals(p.byQuadrant().get(quadrant).size(), q.byQuadrant().get(quadrant).size());
          }
        });
  }
}
