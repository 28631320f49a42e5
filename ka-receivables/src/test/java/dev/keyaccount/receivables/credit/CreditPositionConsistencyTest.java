package dev.keyaccount.receivables.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyaccount.core.money.Currencies;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class CreditPositionConsistencyTest {

  @Test
  void position_openReceivablesInAnotherCurrency_isRejectedNamingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CreditPosition.builder()
        .creditLimit(Money.of(100, Currencies.CNY)).openReceivables(Money.of(10, "USD"))
        .openOrders(Money.of(5, Currencies.CNY)).build());
    assertEquals("Argument 'openReceivables' must be in currency CNY but is in USD (value USD 10)",
        e.getMessage());
  }

  @Test
  void position_openOrdersInAnotherCurrency_isRejectedNamingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CreditPosition.builder()
        .creditLimit(Money.of(100, Currencies.CNY)).openReceivables(Money.of(10, Currencies.CNY))
        .openOrders(Money.of(5, "USD")).build());
    assertEquals("Argument 'openOrders' must be in currency CNY but is in USD (value USD 5)",
        e.getMessage());
  }
}
