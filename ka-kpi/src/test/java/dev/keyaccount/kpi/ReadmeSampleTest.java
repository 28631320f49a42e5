package dev.keyaccount.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.kpi.evaluation.AccountEvaluator;
import dev.keyaccount.kpi.evaluation.AccountFacts;
import dev.keyaccount.kpi.evaluation.AccountQuadrant;
import dev.keyaccount.kpi.evaluation.Evaluation;
import dev.keyaccount.kpi.evaluation.Level;
import dev.keyaccount.kpi.evaluation.ServicePolicy;
import java.math.BigDecimal;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * A worked evaluation, checked value by value: a question-mark account, its points and its service
 * policy. (The README's own samples are ka-examples' sources, compiled and run by its ReadmeSamplesTest.)
 */
class ReadmeSampleTest {

  @Test
  void evaluateAnAccount_readItsQuadrantAndPolicy() {
    AccountFacts facts = AccountFacts.builder()
        .accountId("CRV-SH")
        .name("CR Vanguard Shanghai")
        .annualSales(Money.of(new BigDecimal("450000"), Currencies.CNY))
        .growthRate(Rate.parse("22%"))
        .dsoDays(45)
        .displayRate(Rate.parse("12%"))
        .activityRate(Rate.parse("20%"))
        .listedSkus(12)
        .relationship(Level.parse("差劣"))
        .build();

    Evaluation evaluation = AccountEvaluator.DEFAULT.evaluate(facts);

    assertEquals(new BigDecimal("84"), evaluation.attractiveness());   // 32 + 40 + 12
    assertEquals(new BigDecimal("25"), evaluation.support());          // 8 + 5 + 10 + 2
    assertEquals(AccountQuadrant.QUESTION_MARK, evaluation.quadrant());
    ServicePolicy policy = evaluation.servicePolicy();
    assertEquals(ServicePolicy.VisitIntensity.HIGH_QUALITY, policy.visits());
    assertEquals(ServicePolicy.PromotionStance.STRONG, policy.promotions());
    assertEquals(ServicePolicy.RelationshipAction.IMPROVE, policy.relationship());
    assertEquals(ServicePolicy.ExitStance.RAISE_POSITION, policy.exit());
    assertEquals(Level.ABOVE_AVERAGE, evaluation.score("annual sales").level());
  }
}
