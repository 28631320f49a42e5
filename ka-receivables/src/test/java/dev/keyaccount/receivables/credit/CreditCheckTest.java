package dev.keyaccount.receivables.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Currencies;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class CreditCheckTest {

  private static MonetaryAmount cny(long value) {
    return Money.of(value, Currencies.CNY);
  }

  private static CreditPosition position() {
    return CreditPosition.builder().creditLimit(cny(1_000_000)).openReceivables(cny(600_000))
        .openOrders(cny(250_000)).build();
  }

  @Test
  void orderBreachingTheLimit_isHeld_withTheAmountOver() {
    CreditDecision d = CreditCheck.DEFAULT.check(position(), cny(200_000));
    assertTrue(d.held());
    assertEquals(cny(850_000), d.exposure());
    assertEquals(cny(1_050_000), d.exposureWithOrder());
    assertEquals(cny(150_000), d.available());
    assertEquals(cny(50_000), d.amountOver());
  }

  @Test
  void orderReachingTheLimitExactly_isReleased() {
    CreditDecision d = CreditCheck.DEFAULT.check(position(), cny(150_000));
    assertFalse(d.held());
    assertEquals(cny(0), d.amountOver());
    assertEquals(cny(1_000_000), d.exposureWithOrder());
  }

  @Test
  void oneOverTheLimit_isHeld() {
    CreditDecision d = CreditCheck.DEFAULT.check(position(), Money.of(150_000.01, Currencies.CNY));
    assertTrue(d.held());
    assertEquals(Money.of(0.01, Currencies.CNY), d.amountOver());
  }

  @Test
  void exposure_isReceivablesPlusOrders() {
    assertEquals(cny(850_000), position().exposure());
  }
}
