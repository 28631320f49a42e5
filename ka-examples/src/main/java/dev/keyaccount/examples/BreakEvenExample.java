package dev.keyaccount.examples;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.planning.promotion.BreakEven;
import dev.keyaccount.planning.promotion.CaseEconomics;
import org.javamoney.moneta.Money;

/** Computes a promotion's break-even volume (赢亏平衡点): V = (m·V0 + F) / (m − d) for a 1,000-case baseline. */
public final class BreakEvenExample {

  private BreakEvenExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    CaseEconomics economics = CaseEconomics.builder()
        .regularPrice(Money.of(10, Currencies.CNY))
        .unitCost(Money.of(6, Currencies.CNY))
        .discountPerCase(Money.of(1, Currencies.CNY))
        .fixedCosts(Money.of(500, Currencies.CNY))   // display fee
        .build();

    BreakEven breakEven = BreakEven.of(economics, 1_000);  // baseline: 1,000 cases
    System.out.println(breakEven.breakEvenCases());   // Optional[1500]
    System.out.println(breakEven.requiredLift());     // Optional[50.0%]
    System.out.println(breakEven.incrementalCases()); // Optional[500]
  }
}
