package dev.keyaccount.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The shared argument checks: what they accept at the boundary and the exact messages they give. */
class ArgsTest {

  private static final CurrencyUnit CNY = dev.keyaccount.core.money.Currencies.CNY;

  private static void rejects(Executable call, String message) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  @Test
  void decimalBound_acceptsItsEdges_andRejectsOneDigitBeyond() {
    BigDecimal largest = new BigDecimal("9".repeat(34) + "." + "9".repeat(34));
    BigDecimal finestOf68 = new BigDecimal("0." + "0".repeat(67) + "1");
    assertSame(finestOf68, Args.bounded(finestOf68, "d"));
    assertSame(largest, Args.bounded(largest, "d"));
    BigDecimal smallest = largest.negate();
    assertSame(smallest, Args.bounded(smallest, "d"));
    BigDecimal finest = new BigDecimal("1E-34");
    assertSame(finest, Args.bounded(finest, "d"));
    BigDecimal trailingZeros = new BigDecimal("1.5" + "0".repeat(60));
    assertSame(trailingZeros, Args.bounded(trailingZeros, "d"));
    BigDecimal zeroWithScale = new BigDecimal("0E-99999");
    assertSame(zeroWithScale, Args.bounded(zeroWithScale, "d"));
    assertEquals(new BigDecimal("0.18"), Args.decimal(" 0.18 ", "d"));
    rejects(() -> Args.bounded(new BigDecimal("1" + "0".repeat(34)), "d"), "Argument 'd' must have at most 34"
        + " digits before the decimal point and 68 after it (the decimal bound) but has value 10000000000000000000000000000000000");
    rejects(() -> Args.bounded(new BigDecimal("1E-69"), "d"), "Argument 'd' must have at most 34"
        + " digits before the decimal point and 68 after it (the decimal bound) but has value 1E-69");
    rejects(() -> Args.bounded(new BigDecimal("1." + "0".repeat(67) + "1"), "d"),
        "Argument 'd' must have at most 68 significant digits (the decimal bound) but has value 1.00000000000 (69 digits)");
    rejects(() -> Args.decimal("x", "d"), "Argument 'd' must be a decimal number but has value 'x'");
    assertThrows(NullPointerException.class, () -> Args.bounded(null, "d"));
  }

  @Test
  void decimalBound_atTheExactEdgesOfTheSlowPathAndTheTextLength() {
    // 0.000…00100 with 70 decimals: scale 70 > 68, so it leaves the fast path; stripped it is 1E-68,
    // scale exactly 68 = 2 × 34, within the bound (scale >= 68 would reject it).
    BigDecimal trailingZerosPast68 = new BigDecimal("0." + "0".repeat(67) + "100");
    assertEquals(70, trailingZerosPast68.scale());
    assertSame(trailingZerosPast68, Args.bounded(trailingZerosPast68, "d"));
    // One more zero before the 1: stripped 1E-69, scale 69, beyond the bound.
    rejects(() -> Args.bounded(new BigDecimal("0." + "0".repeat(68) + "100"), "d"), "Argument 'd' must have at most 34"
        + " digits before the decimal point and 68 after it (the decimal bound) but has value 1.00E-69");
    // Text of exactly 4 × 34 = 136 characters (133 zeros and "1.5") is parsed; 137 characters are not.
    String text136 = "0".repeat(133) + "1.5";
    assertEquals(136, text136.length());
    assertEquals(new BigDecimal("1.5"), Args.decimal(text136, "d"));
    assertEquals(new BigDecimal("1.5"), Args.decimal("  " + text136 + " ", "d")); // measured after trimming
    rejects(() -> Args.decimal("0" + text136, "d"), "Argument 'd' must be at most 136 characters (the decimal bound)"
        + " but has value '000000000000000000000000…' (137 characters)");
  }

  @Test
  void acceptedValues_areReturned() {
    Object o = new Object();
    assertSame(o, Args.notNull(o, "o"));
    assertEquals(0, Args.notNegative(0, "n"));
    assertEquals(7, Args.notNegative(7, "n"));
    assertEquals(0L, Args.notNegative(0L, "n"));
    assertEquals(7_000_000_000L, Args.notNegative(7_000_000_000L, "n"));
    assertEquals(1, Args.positive(1, "n"));
    assertEquals(9, Args.positive(9, "n"));
    BigDecimal zero = BigDecimal.ZERO;
    assertSame(zero, Args.notNegative(zero, "d"));
    BigDecimal tiny = new BigDecimal("0.0001");
    assertSame(tiny, Args.positive(tiny, "d"));
    Money m = Money.of(0, "CNY");
    assertSame(m, Args.notNegative(m, "m"));
    Money p = Money.of(new BigDecimal("0.01"), "CNY");
    assertSame(p, Args.positive(p, "m"));
    List<Integer> one = List.of(1);
    assertSame(one, Args.notEmpty(one, "l"));
    assertEquals("x", Args.notBlank("x", "s"));
    Args.sameCurrency(m, CNY, "m");
    Args.check(true, "x", "hold", 1);
  }

  @Test
  void rejectedValues_areNamed() {
    rejects(() -> Args.notNegative(-1, "n"), "Argument 'n' must not be negative but has value -1");
    rejects(() -> Args.notNegative(-1L, "n"), "Argument 'n' must not be negative but has value -1");
    rejects(() -> Args.positive(0, "n"), "Argument 'n' must be positive but has value 0");
    rejects(() -> Args.notNegative(new BigDecimal("-1E-3"), "d"), "Argument 'd' must not be negative but has value -0.001");
    rejects(() -> Args.positive(new BigDecimal("0.00"), "d"), "Argument 'd' must be positive but has value 0.00");
    rejects(() -> Args.notNegative(Money.of(-1, "CNY"), "m"), "Argument 'm' must not be negative but has value CNY -1");
    rejects(() -> Args.positive(Money.of(0, "CNY"), "m"), "Argument 'm' must be positive but has value CNY 0");
    rejects(() -> Args.notEmpty(List.of(), "l"), "Argument 'l' must not be empty but has value []");
    rejects(() -> Args.notBlank(" \n", "s"), "Argument 's' must not be blank but has value ' \n'");
    rejects(() -> Args.check(false, "x", "hold", 7), "Argument 'x' must hold but has value 7");
    rejects(() -> Args.sameCurrency(Money.of(2, "USD"), CNY, "fee"),
        "Argument 'fee' must be in currency CNY but is in USD (value USD 2)");
  }

  @Test
  void uniqueIds_namesTheLaterItemAndTheFirst() {
    Args.uniqueIds(List.of("a", "b", "c"), s -> s, "ids");
    Args.uniqueIds(List.<String>of(), s -> s, "ids");
    rejects(() -> Args.uniqueIds(List.of("a", "b", "a", "b"), s -> s, "ids"),
        "Argument 'ids[2]' must have a unique id but has value 'a' (the id of ids[0])");
    assertThrows(NullPointerException.class, () -> Args.uniqueIds(java.util.Arrays.asList("a", null), s -> s, "ids"));
  }

  @Test
  void currencyMismatch_isOneTypedExceptionWithOneMessage_fromArgsAndMonies() {
    CurrencyMismatchException a = assertThrows(CurrencyMismatchException.class,
        () -> Args.sameCurrency(Money.of(2, "USD"), CNY, "fee"));
    CurrencyMismatchException m = assertThrows(CurrencyMismatchException.class,
        () -> dev.keyaccount.core.money.Monies.requireSameCurrency(Money.of(1, "CNY"), Money.of(2, "USD"), "fee"));
    assertEquals(a.getMessage(), m.getMessage());
    assertEquals("Argument 'fee' must be in currency CNY but is in USD (value USD 2)", a.getMessage());
    assertEquals(CNY, a.expected());
    assertEquals(javax.money.Monetary.getCurrency("USD"), a.actual());
  }

  @Test
  void passingChecks_buildNoMessage() {
    Object explosive = new Object() {
      @Override
      public String toString() {
        throw new AssertionError("a message was built for a passing check");
      }
    };
    Args.check(true, "x", "be anything", explosive);
    assertSame(explosive, Args.notNull(explosive, "x"));
    assertSame(explosive, Args.notNull(explosive, "xs", 3));
    assertEquals("Argument 'xs[3]' must not be null",
        assertThrows(NullPointerException.class, () -> Args.notNull(null, "xs", 3)).getMessage());
    BigDecimal one = BigDecimal.ONE;
    assertSame(one, Args.bounded(one, "xs", 3));
    rejects(() -> Args.bounded(new BigDecimal("1E+40"), "xs", 3), "Argument 'xs[3]' must have at most 34 digits"
        + " before the decimal point and 68 after it (the decimal bound) but has value 1E+40");
    rejects(() -> Args.bounded(new BigDecimal("1E+40"), "x", -1), "Argument 'x' must have at most 34 digits"
        + " before the decimal point and 68 after it (the decimal bound) but has value 1E+40");
    assertEquals("Argument 'xs[3]' must not be null",
        assertThrows(NullPointerException.class, () -> Args.bounded(null, "xs", 3)).getMessage());
  }

  @Test
  void invalid_buildsTheStandardMessage() {
    assertEquals("Argument 'x' must be small but has value 7", Args.invalid("x", "be small", 7).getMessage());
  }

  @Test
  void nulls_areNamed() {
    for (Executable call : List.<Executable>of(
        () -> Args.notNull(null, "a"),
        () -> Args.notNegative((BigDecimal) null, "a"),
        () -> Args.positive((BigDecimal) null, "a"),
        () -> Args.notNegative((Money) null, "a"),
        () -> Args.positive((Money) null, "a"),
        () -> Args.notEmpty((List<?>) null, "a"),
        () -> Args.notBlank(null, "a"),
        () -> Args.sameCurrency(null, CNY, "a"))) {
      assertEquals("Argument 'a' must not be null", assertThrows(NullPointerException.class, call).getMessage());
    }
    assertEquals("Argument 'expected' must not be null",
        assertThrows(NullPointerException.class, () -> Args.sameCurrency(Money.of(1, "CNY"), null, "a")).getMessage());
  }

  @Test
  void aDecimalWhosePlainTextWouldBeHuge_isShownInENotation_andOrdinaryOnesAsBefore() {
    java.math.BigDecimal huge = new java.math.BigDecimal(java.math.BigInteger.ONE, Integer.MIN_VALUE + 1);
    assertEquals("Argument 'amount' must be at most 10 but has value CNY 1E+2147483647",
        Args.message("amount", "be at most 10", org.javamoney.moneta.Money.of(huge, CNY)));
    rejects(() -> Args.positive(huge.negate(), "x"), "Argument 'x' must be positive but has value -1E+2147483647");
    java.math.BigDecimal tiny = new java.math.BigDecimal(java.math.BigInteger.ONE, Integer.MAX_VALUE);
    rejects(() -> Args.positive(tiny.negate(), "x"), "Argument 'x' must be positive but has value -1E-2147483647");
    rejects(() -> Args.positive(new java.math.BigDecimal("-12.50"), "x"), "Argument 'x' must be positive but has value -12.50");
    assertEquals("Argument 'a' must be positive but has value CNY -1.5",
        Args.message("a", "be positive", org.javamoney.moneta.Money.of(new java.math.BigDecimal("-1.50"), CNY)));
    // At the bound exactly (one digit, 999 places: 1,000) the plain text; one place more, E notation.
    java.math.BigDecimal atBound = new java.math.BigDecimal(java.math.BigInteger.ONE, Args.MAX_PLAIN_CHARS - 1);
    assertEquals(atBound.toPlainString(), Args.shown(atBound));
    assertEquals("1E-1000", Args.shown(atBound.movePointLeft(1)));
    assertEquals("Argument 'amount' must be in currency USD but is in CNY (value CNY 1E+2147483647)",
        CurrencyMismatchException.message("amount", dev.keyaccount.core.money.Currencies.USD,
            org.javamoney.moneta.Money.of(huge, CNY)));
  }
}
