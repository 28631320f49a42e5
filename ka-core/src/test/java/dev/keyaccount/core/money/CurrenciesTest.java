package dev.keyaccount.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurrenciesTest {

  @Test
  void commonCurrencies_areCached() {
    assertSame(Currencies.CNY, Currencies.of("CNY"));
    assertSame(Currencies.USD, Currencies.of("USD"));
    assertSame(Currencies.EUR, Currencies.of("EUR"));
    assertEquals("CNY", Currencies.CNY.getCurrencyCode());
    assertEquals("USD", Currencies.USD.getCurrencyCode());
    assertEquals("EUR", Currencies.EUR.getCurrencyCode());
    assertEquals("JPY", Currencies.of("JPY").getCurrencyCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"E.R", "cny", "CN", "CNYY", "(", ""})
  void rejectsCodesThatAreNotThreeUpperCaseLetters(String code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Currencies.of(code));
    assertEquals("Argument 'code' must be three upper-case letters (ISO 4217) but has value '" + code + "'", e.getMessage());
  }

  @Test
  void rejectsUnknownCodes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Currencies.of("QQQ"));
    assertEquals("Argument 'code' must be a known ISO 4217 currency but has value 'QQQ'", e.getMessage());
  }
}
