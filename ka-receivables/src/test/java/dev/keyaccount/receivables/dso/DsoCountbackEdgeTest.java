package dev.keyaccount.receivables.dso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keyaccount.core.money.Currencies;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class DsoCountbackEdgeTest {

  @Test
  void countback_nullSecondPeriod_isNamedByItsIndex() {
    List<SalesPeriod> periods = Arrays.asList(SalesPeriod.of(Money.of(100, Currencies.CNY), 30), null);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> DsoCalculator.DEFAULT.countback(Money.of(150, Currencies.CNY), periods));
    assertEquals("Argument 'periodsNewestFirst[1]' must not be null", e.getMessage());
  }

  @Test
  void countback_thirdPeriodInAnotherCurrency_isNamedByItsIndex() {
    List<SalesPeriod> periods = List.of(SalesPeriod.of(Money.of(100, Currencies.CNY), 30),
        SalesPeriod.of(Money.of(100, Currencies.CNY), 31), SalesPeriod.of(Money.of(100, "USD"), 28));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DsoCalculator.DEFAULT.countback(Money.of(250, Currencies.CNY), periods));
    assertEquals(true, e.getMessage().contains("'periodsNewestFirst[2]'"), e.getMessage());
  }

  @Test
  void countback_receivablesEqualToTheNewestPeriod_countItsDaysOnly() {
    List<SalesPeriod> periods = List.of(SalesPeriod.of(Money.of(100, Currencies.CNY), 31),
        SalesPeriod.of(Money.of(100, Currencies.CNY), 28));
    assertEquals(new BigDecimal("31.0"), DsoCalculator.DEFAULT.countback(Money.of(100, Currencies.CNY), periods));
    assertEquals(new BigDecimal("59.0"), DsoCalculator.DEFAULT.countback(Money.of(200, Currencies.CNY), periods));
  }
}
