package dev.keyaccount.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.keyaccount.core.testing.KaGenerators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rates: parsing, display, exact arithmetic and equality. */
class RateTest {

  @ParameterizedTest(name = "parse(\"{0}\") = {1}")
  @CsvSource({
      "18%, 0.18",
      "22.0%, 0.22",
      "' 12.5 % ', 0.125",
      "0.18, 0.18",
      "1, 1",
      "-1, -1",
      "-0.05, -0.05",
      "150%, 1.5",
      "-6.25%, -0.0625",
      "0, 0"
  })
  void parse_percentagesAndFractions(String text, String fraction) {
    assertEquals(0, new BigDecimal(fraction).compareTo(Rate.parse(text).fraction()), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"18", "1.01", "-1.5", "100"})
  void parse_rejectsABareNumberAboveOne_asAmbiguous(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rate.parse(text));
    assertEquals("Argument 'text' must be a percentage such as '18%' or a fraction such as '0.18' "
        + "(a bare number above 1 is ambiguous) but has value '" + text + "'", e.getMessage());
  }

  @Test
  void parse_textOfExactly136Characters_isRead_137Rejected() {
    // 4 × 34 = 136 characters: 132 zeros and "0.18" is the fraction 0.18; one more zero is too long.
    String text136 = "0".repeat(132) + "0.18";
    assertEquals(136, text136.length());
    assertEquals(0, new BigDecimal("0.18").compareTo(Rate.parse(text136).fraction()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rate.parse("0" + text136));
    assertEquals("Argument 'text' must be at most 136 characters (the decimal bound) but has value"
        + " '000000000000000000000000…' (137 characters)", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "%", "abc", "18%%", "1,5%", "  "})
  void parse_rejectsNonNumbers(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rate.parse(text));
    assertEquals("Argument 'text' must be a percentage such as '18%' or a fraction such as '0.18' but has value '"
        + text + "'", e.getMessage());
  }

  @ParameterizedTest(name = "{0} shows as {1}")
  @CsvSource({
      "0.22, 22.0%",
      "0.18, 18.0%",
      "0.12345, 12.3%",
      "0.12350, 12.4%",
      "-0.0625, -6.3%",
      "1.5, 150.0%",
      "0, 0.0%",
      "0.0005, 0.1%",
      "0.00049, 0.0%"
  })
  void toString_isAPercentageWithOneDecimal_roundedHalfUp(String fraction, String shown) {
    assertEquals(shown, Rate.of(fraction).toString());
  }

  @Test
  void factories_agree() {
    assertEquals(Rate.of("0.22"), Rate.ofPercent(22));
    assertEquals(Rate.of("0.225"), Rate.ofPercent(22.5));
    assertEquals(Rate.of("0.22"), Rate.ofPercent(new BigDecimal("22")));
    assertEquals(Rate.of(new BigDecimal("0.22")), Rate.of(" 0.22 "));
    assertEquals(new BigDecimal("22.0"), Rate.of("0.220").percent());
    assertEquals(new BigDecimal("22.50"), Rate.of("0.225").percent(2, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("23"), Rate.of("0.225").percent(0, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("22"), Rate.of("0.225").percent(0, RoundingMode.HALF_EVEN));
  }

  @Test
  void ofPercent_rejectsNonFiniteDoubles() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rate.ofPercent(Double.NaN));
    assertEquals("Argument 'percent' must be finite but has value NaN", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Rate.ofPercent(Double.POSITIVE_INFINITY));
  }

  @Test
  void of_rejectsText_thatIsNoNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rate.of("12%"));
    assertEquals("Argument 'fraction' must be a decimal number but has value '12%'", e.getMessage());
  }

  @Test
  void seedShareExample_ratio() {
    // we grew 50 %, the account 60 %: share ratio 1.5 / 1.6 = 0.9375, i.e. −6.25 %
    Rate share = Rate.ratio(new BigDecimal("1.5"), new BigDecimal("1.6"));
    assertEquals(Rate.of("0.9375"), share);
    assertEquals("-6.3%", share.minus(Rate.ONE).toString());
    assertEquals(Rate.of("-0.0625"), share.minus(Rate.ONE));
  }

  @Test
  void ratio_ofAmounts_andItsPrecision() {
    assertEquals(Rate.of("0.164"), Rate.ratio(Money.of(164, "CNY"), Money.of(1000, "CNY")));
    Rate third = Rate.ratio(BigDecimal.ONE, BigDecimal.valueOf(3));
    assertEquals(34, third.fraction().precision());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rate.ratio(BigDecimal.ONE, new BigDecimal("0.00")));
    assertEquals("Argument 'denominator' must not be zero but has value 0.00", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Rate.ratio(Money.of(1, "CNY"), Money.of(2, "USD")));
    assertTrue(e.getMessage().contains("CNY") && e.getMessage().contains("USD") && e.getMessage().contains("'denominator'"));
  }

  @Test
  void arithmeticAndApplication_areExact() {
    assertEquals(Rate.of("0.3"), Rate.of("0.1").plus(Rate.of("0.2")));
    assertEquals(Rate.of("-0.1"), Rate.of("0.1").minus(Rate.of("0.2")));
    assertEquals(Money.of(new BigDecimal("18.0018"), "CNY"), Rate.of("0.18").of(Money.of(new BigDecimal("100.01"), "CNY")));
  }

  @Test
  void predicates_atTheirBoundaries() {
    assertTrue(Rate.ZERO.isBetweenZeroAndOne());
    assertTrue(Rate.ONE.isBetweenZeroAndOne());
    assertFalse(Rate.of("1.0001").isBetweenZeroAndOne());
    assertFalse(Rate.of("-0.0001").isBetweenZeroAndOne());
    assertTrue(Rate.of("-0.0001").isNegative());
    assertFalse(Rate.ZERO.isNegative());
  }

  @Test
  void equalityIsNumerical_andOrderFollowsTheValue() {
    assertEquals(Rate.of("0.2"), Rate.of("0.20"));
    assertEquals(Rate.of("0.2").hashCode(), Rate.of("0.20").hashCode());
    assertEquals(Rate.of("0").hashCode(), Rate.of("0.000").hashCode());
    assertEquals(Rate.ZERO, Rate.of("0E+3"));
    assertEquals(Rate.ZERO.hashCode(), Rate.of("0E+3").hashCode());
    assertEquals(Rate.of("-0.000").hashCode(), Rate.ZERO.hashCode());
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    for (int bp = 0; bp < 100; bp++) {
      hashes.add(Rate.of(java.math.BigDecimal.valueOf(bp, 4)).hashCode());
    }
    assertTrue(hashes.size() > 90, "rates should spread over hash buckets: " + hashes.size());
    assertNotEquals(Rate.of("0.2"), Rate.of("0.21"));
    assertNotEquals(Rate.of("0.2"), new BigDecimal("0.2"));
    assertTrue(Rate.of("0.2").compareTo(Rate.of("0.21")) < 0);
    assertTrue(Rate.of("0.21").compareTo(Rate.of("0.2")) > 0);
    assertEquals(0, Rate.of("0.2").compareTo(Rate.of("0.200")));
  }

  @Test
  void parseOfToString_isWithinHalfATenthOfAPercent() {
    qt().withExamples(300).forAll(KaGenerators.rates(-20_000, 20_000)).checkAssert(rate -> {
      Rate shown = Rate.parse(rate.toString());
      assertTrue(shown.minus(rate).fraction().abs().compareTo(new BigDecimal("0.0005")) <= 0, rate + " vs " + shown);
      assertEquals(rate, Rate.of(rate.fraction().toPlainString()));
      assertEquals(rate, Rate.parse(rate.percent().toPlainString() + "%"));
    });
  }
}
