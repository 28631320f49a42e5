package dev.keyaccount.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Worked examples of money sums, minor-unit conversions and rounding. */
class MoniesTest {

  private static final CurrencyUnit JPY = Currencies.of("JPY");

  private static Money cny(String value) {
    return Money.of(new BigDecimal(value), Currencies.CNY);
  }

  @Test
  void zero_isTheIdentityOfASum() {
    assertEquals(Money.zero(Currencies.CNY), Monies.zero(Currencies.CNY));
    assertEquals(Monies.zero(Currencies.USD), Monies.sum(List.of(), Currencies.USD));
  }

  @Test
  void sum_isExact() {
    assertEquals(cny("0.30"), Monies.sum(List.of(cny("0.10"), cny("0.20"))));
    assertEquals(cny("270"), Monies.sum(List.of(cny("40"), cny("15"), cny("24"), cny("25"), cny("25"), cny("40"),
        cny("20"), cny("36"), cny("45")), Currencies.CNY));
    assertEquals(cny("0.001"), Monies.sum(List.of(cny("0.0005"), cny("0.0005")), Currencies.CNY));
  }

  @Test
  void sum_readsAOneShotIterableOnce() {
    List<Money> amounts = List.of(cny("1.10"), cny("2.20"), cny("3.30"));
    java.util.stream.Stream<Money> stream = amounts.stream();
    Iterable<Money> once = stream::iterator;
    assertEquals(cny("6.60"), Monies.sum(once));
    assertEquals(cny("6.60"), Monies.sum((Iterable<Money>) amounts.stream()::iterator, Currencies.CNY));
    assertEquals(cny("1.10"), Monies.sum(List.of(cny("1.10"))));
  }

  @Test
  void sum_acceptsOtherAmountTypes() {
    assertEquals(cny("3.50"), Monies.sum(List.of(FastMoney.of(1.25, "CNY"), cny("2.25"))));
  }

  @Test
  void sum_rejectsMixedCurrencies_namingBothAndTheIndex() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Monies.sum(List.of(cny("1"), cny("2"), Money.of(3, "USD"))));
    assertEquals("Argument 'amounts[2]' must be in currency CNY but is in USD (value USD 3)", e.getMessage());
  }

  @Test
  void sum_withoutCurrency_rejectsEmpty() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Monies.sum(List.of()));
    assertEquals("Argument 'amounts' must not be empty (a sum needs a currency) but has value []", e.getMessage());
  }

  @Test
  void sum_namesANullElement() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Monies.sum(java.util.Arrays.asList(cny("1"), null), Currencies.CNY));
    assertEquals("Argument 'amounts[1]' must not be null", e.getMessage());
  }

  @Test
  void addAndSubtract_areExact() {
    assertEquals(cny("0.30"), Monies.add(cny("0.1"), cny("0.2")));
    assertEquals(cny("-0.10"), Monies.subtract(cny("0.1"), cny("0.2")));
    assertEquals(cny("100.005"), Monies.add(cny("100"), cny("0.005")));
  }

  @Test
  void add_rejectsMixedCurrencies() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Monies.add(cny("1"), Money.of(1, "EUR")));
    assertEquals("Argument 'b' must be in currency CNY but is in EUR (value EUR 1)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Monies.subtract(Money.of(1, "EUR"), cny("1")));
    assertEquals("Argument 'b' must be in currency EUR but is in CNY (value CNY 1)", e.getMessage());
  }

  @Test
  void requireSameCurrency_passesForOneCurrency() {
    Monies.requireSameCurrency(cny("1"), cny("2"), "other");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Monies.requireSameCurrency(cny("1"), Money.of(2, "USD"), "fee"));
    assertTrue(e.getMessage().contains("'fee'") && e.getMessage().contains("USD") && e.getMessage().contains("CNY"));
  }

  @Test
  void of_keepsMoneyAndConvertsOthers() {
    Money m = cny("1.23");
    assertSame(m, Monies.of(m));
    assertEquals(m, Monies.of(FastMoney.of(1.23, "CNY")));
    assertEquals(cny("1.23"), Monies.of(new BigDecimal("1.23"), Currencies.CNY));
  }

  @Test
  void decimal_isExactAndStripped() {
    assertEquals(new BigDecimal("1.5"), Monies.decimal(cny("1.50")));
    assertEquals(0, new BigDecimal("1.23").compareTo(Monies.decimal(FastMoney.of(1.23, "CNY"))));
    assertEquals(new BigDecimal("1.23"), Monies.decimal(FastMoney.of(new BigDecimal("1.23"), "CNY")).stripTrailingZeros());
  }

  @Test
  void minorDigits_perCurrency() {
    assertEquals(2, Monies.minorDigits(Currencies.CNY));
    assertEquals(0, Monies.minorDigits(JPY));
    assertEquals(3, Monies.minorDigits(Currencies.of("BHD")));
    assertEquals(0, Monies.minorDigits(Monetary.getCurrency("XAU")));
  }

  @Test
  void toMinorUnits_refusesToRound() {
    assertEquals(12_345, Monies.toMinorUnits(cny("123.45")));
    assertEquals(-1, Monies.toMinorUnits(cny("-0.01")));
    assertEquals(123, Monies.toMinorUnits(Money.of(123, "JPY")));
    assertEquals(1_000, Monies.toMinorUnits(Money.of(1, "BHD")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Monies.toMinorUnits(cny("0.005")));
    assertEquals("Argument 'amount' must be a whole number of minor units that fits a long but has value CNY 0.005",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Monies.toMinorUnits(cny("1E+20")));
  }

  @Test
  void toMinorUnits_withRounding() {
    assertEquals(1, Monies.toMinorUnits(cny("0.005"), RoundingMode.HALF_UP));
    assertEquals(0, Monies.toMinorUnits(cny("0.005"), RoundingMode.HALF_EVEN));
    assertEquals(2, Monies.toMinorUnits(cny("0.015"), RoundingMode.HALF_EVEN));
    assertEquals(-1, Monies.toMinorUnits(cny("-0.001"), RoundingMode.FLOOR));
    assertEquals(5, Monies.toMinorUnits(Money.of(new BigDecimal("4.5"), "JPY"), RoundingMode.HALF_UP));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Monies.toMinorUnits(cny("0.005"), RoundingMode.UNNECESSARY));
    assertEquals("Argument 'amount' must fit a long in minor units when rounded UNNECESSARY but has value CNY 0.005",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Monies.toMinorUnits(cny("1E+20"), RoundingMode.DOWN));
  }

  @Test
  void ofMinorUnits_usesTheCurrencyScale() {
    assertEquals(cny("123.45"), Monies.ofMinorUnits(12_345, Currencies.CNY));
    assertEquals(new BigDecimal("-0.01"), Monies.ofMinorUnits(-1, Currencies.CNY).getNumber().numberValue(BigDecimal.class));
    assertEquals(Money.of(7, "JPY"), Monies.ofMinorUnits(7, JPY));
    assertEquals(Money.of(new BigDecimal("0.007"), "BHD"), Monies.ofMinorUnits(7, Currencies.of("BHD")));
  }

  @Test
  void round_atOutputs_withTheGivenMode() {
    assertEquals(cny("0.01"), Monies.round(cny("0.005"), RoundingMode.HALF_UP));
    assertEquals(cny("0.00"), Monies.round(cny("0.005"), RoundingMode.HALF_EVEN));
    assertEquals(cny("-0.01"), Monies.round(cny("-0.001"), RoundingMode.FLOOR));
    assertEquals(Money.of(5, "JPY"), Monies.round(Money.of(new BigDecimal("4.5"), "JPY"), RoundingMode.HALF_UP));
    assertEquals(cny("3"), Monies.round(cny("3"), RoundingMode.UNNECESSARY));
  }

  @Test
  void isWholeMinorUnits() {
    assertTrue(Monies.isWholeMinorUnits(cny("1.20")));
    assertTrue(Monies.isWholeMinorUnits(cny("1.200000")));
    assertTrue(Monies.isWholeMinorUnits(cny("100")));
    assertFalse(Monies.isWholeMinorUnits(cny("1.201")));
    assertTrue(Monies.isWholeMinorUnits(Money.of(3, "JPY")));
    assertFalse(Monies.isWholeMinorUnits(Money.of(new BigDecimal("3.5"), "JPY")));
  }
}
