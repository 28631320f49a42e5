package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Deductions and authorizations hold their amount as a {@code Money} whatever {@code MonetaryAmount}
 * they were built with, so that a value built from Moneta's {@code FastMoney} equals the same value
 * built from {@code Money}, and hashes alike.
 */
class MoneyNormalisationTest {

  private static final LocalDate DAY = LocalDate.of(2026, 6, 28);

  @Test
  void aDeductionBuiltWithFastMoney_equalsTheSameBuiltWithMoney() {
    Deduction fast = Deduction.builder().id("DD-1").accountId("A").reasonCode("PRM").reference("PRM-1")
        .amount(FastMoney.of(new BigDecimal("2220.50"), "CNY")).date(DAY).build();
    Deduction money = Deduction.builder().id("DD-1").accountId("A").reasonCode("PRM").reference("PRM-1")
        .amount(Money.of(new BigDecimal("2220.50"), "CNY")).date(DAY).build();
    assertInstanceOf(Money.class, fast.amount());
    assertEquals(money, fast);
    assertEquals(money.hashCode(), fast.hashCode());
  }

  @Test
  void anAuthorizationBuiltWithFastMoney_equalsTheSameBuiltWithMoney() {
    Authorization fast = Authorization.builder().id("AU-1").accountId("A").type(ReasonType.PROMOTION)
        .amount(FastMoney.of(new BigDecimal("41600.00"), "CNY")).date(DAY).build();
    Authorization money = Authorization.builder().id("AU-1").accountId("A").type(ReasonType.PROMOTION)
        .amount(Money.of(new BigDecimal("41600.00"), "CNY")).date(DAY).build();
    assertInstanceOf(Money.class, fast.amount());
    assertEquals(money, fast);
    assertEquals(money.hashCode(), fast.hashCode());
  }

  @Test
  void matchingAFastMoneyRemittance_givesTheSameResultAsMoney() {
    DeductionMatcher matcher = new DeductionMatcher(MatchingPolicy.builder()
        .from(MatchingPolicy.standard(dev.keyaccount.core.money.Currencies.CNY))
        .putReasonCodes("PRM", ReasonType.PROMOTION).build());
    Authorization au = Authorization.builder().id("AU-1").accountId("A").type(ReasonType.PROMOTION)
        .amount(FastMoney.of(100, "CNY")).date(DAY).build();
    Deduction fast = Deduction.builder().id("DD-1").accountId("A").reasonCode("PRM")
        .amount(FastMoney.of(100, "CNY")).date(DAY).build();
    Deduction money = Deduction.builder().from(fast).amount(Money.of(100, "CNY")).build();
    assertEquals(matcher.match(java.util.List.of(money), java.util.List.of(au)).deductionResults(),
        matcher.match(java.util.List.of(fast), java.util.List.of(au)).deductionResults());
  }
}
