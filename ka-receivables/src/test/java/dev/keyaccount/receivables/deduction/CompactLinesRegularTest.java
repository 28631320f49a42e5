package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Which lines {@link CompactLines} holds in its columns, as its Javadoc states: an amount written with
 * at most its currency's minor digits and within {@link DeductionMatcher#MAX_MINOR_UNITS} is regular
 * (10^15 minor units); digits below the minor unit, or an amount beyond the bound, make
 * the line irregular; either way the list gives back the value added.
 */
class CompactLinesRegularTest {

  private static Deduction line(String amount, String currency) {
    return Fixtures.ded("D", "KA1", "promotion", null,
        Money.of(new BigDecimal(amount), Monetary.getCurrency(currency)), Fixtures.JAN_31);
  }

  private static boolean regular(String amount, String currency) {
    Deduction d = line(amount, currency);
    CompactDeductions list = CompactDeductions.copyOf(List.of(d));
    assertEquals(d, list.get(0));
    assertEquals(d.amount().toString(), list.get(0).amount().toString());
    return list.regular(0);
  }

  @Test
  void amountsWithTheMinorDigitsOrFewer_areRegular() {
    assertEquals(true, regular("12.34", "EUR"));
    assertEquals(true, regular("12.3", "EUR"));
    assertEquals(true, regular("12", "EUR"));
    assertEquals(true, regular("1E+2", "EUR"));
    assertEquals(true, regular("12.345", "BHD"));
    assertEquals(true, regular("1234", "JPY"));
  }

  @Test
  void digitsBelowTheMinorUnit_makeALineIrregular() {
    assertEquals(false, regular("12.345", "EUR"));
    assertEquals(false, regular("12.3456", "BHD"));
    assertEquals(false, regular("12.5", "JPY"));
  }

  @Test
  void amountsUpToTheBound_areRegular_beyondItIrregular() {
    assertEquals(1_000_000_000_000_000L, DeductionMatcher.MAX_MINOR_UNITS);
    assertEquals(true, regular("10000000000000", "EUR"));
    assertEquals(true, regular("-10000000000000.00", "EUR"));
    assertEquals(true, regular("1E+13", "EUR"));
    assertEquals(true, regular("1E+15", "JPY"));
    assertEquals(true, regular("999999999999.999", "BHD"));
    assertEquals(false, regular("10000000000000.01", "EUR"));
    assertEquals(false, regular("-10000000000000.01", "EUR"));
    assertEquals(false, regular("1000000000001E+3", "JPY"));
    assertEquals(false, regular("1E+19", "JPY"));
    assertEquals(false, regular("1E+30", "EUR"));
  }
}
