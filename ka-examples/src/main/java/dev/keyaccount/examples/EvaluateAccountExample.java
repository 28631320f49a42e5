package dev.keyaccount.examples;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.core.money.Rate;
import dev.keyaccount.kpi.evaluation.AccountEvaluator;
import dev.keyaccount.kpi.evaluation.AccountFacts;
import dev.keyaccount.kpi.evaluation.Evaluation;
import dev.keyaccount.kpi.evaluation.Level;
import org.javamoney.moneta.Money;

/** Evaluates one account on the standard scorecard of seed 003 and reads its quadrant and service policy. */
public final class EvaluateAccountExample {

  private EvaluateAccountExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    AccountFacts facts = AccountFacts.builder()
        .accountId("A")
        .annualSales(Money.of(3_200_000, Currencies.CNY))  // 320 万元: outstanding (≥ 50 万元)
        .growthRate(Rate.of("0.25"))
        .dsoDays(35)
        .displayRate(Rate.of("0.23"))
        .activityRate(Rate.of("0.38"))
        .listedSkus(12)
        .relationship(Level.ABOVE_AVERAGE)
        .build();

    Evaluation evaluation = AccountEvaluator.DEFAULT.evaluate(facts);  // Scorecard.standard()

    System.out.println(evaluation.attractiveness());  // 96
    System.out.println(evaluation.support());         // 78
    System.out.println(evaluation.quadrant());        // STAR
    System.out.println(evaluation.servicePolicy());   // ServicePolicy{visits=HIGH_QUALITY, promotions=HIGH_FREQUENCY, ...}
  }
}
