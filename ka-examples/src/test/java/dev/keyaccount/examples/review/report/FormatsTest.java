package dev.keyaccount.examples.review.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.core.money.Monies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The plain amounts of the CSV files: the fast exact path against the decimal path it replaces. */
class FormatsTest {

  /** What {@link Formats#plain} wrote before the fast path. */
  private static String oracle(Money amount) {
    int digits = Monies.minorDigits(amount.getCurrency());
    return amount.isZero() ? BigDecimal.ZERO.setScale(digits).toPlainString()
        : Monies.decimal(amount).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
  }

  @Test
  void plain_isTheDecimalPathsText() {
    qt().forAll(longs().all(), integers().between(0, 6), integers().between(0, 2)).checkAssert((unscaled, scale, c) -> {
      String code = new String[] {"CNY", "JPY", "KWD"}[c];
      Money amount = Money.of(BigDecimal.valueOf(unscaled, scale), Monetary.getCurrency(code));
      assertEquals(oracle(amount), Formats.plain(amount));
    });
  }

  @Test
  void grouped_isTheTextOfTheDecimalFormatItReplaces() {
    qt().forAll(longs().all(), integers().between(-4, 8)).checkAssert((unscaled, scale) -> {
      BigDecimal value = BigDecimal.valueOf(unscaled, scale);
      java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0",
          java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
      format.setMinimumFractionDigits(Math.max(0, value.scale()));
      format.setMaximumFractionDigits(Math.max(0, value.scale()));
      format.setRoundingMode(RoundingMode.UNNECESSARY);
      assertEquals(format.format(value), Formats.grouped(value), value.toString());
    });
    assertEquals("0", Formats.grouped(BigDecimal.ZERO));
    assertEquals("-999", Formats.grouped(new BigDecimal("-999")));
    assertEquals("-1,000.50", Formats.grouped(new BigDecimal("-1000.50")));
    assertEquals("123,456,789,012,345,678,901,234.5", Formats.grouped(new BigDecimal("123456789012345678901234.5")));
    assertEquals("CNY 1,234,567.89", Formats.money(Money.of(new BigDecimal("1234567.891"), "CNY")));
  }

  @Test
  void exactPlain_leavesWhatItCannotWriteExactly() {
    assertEquals("1234.50", Formats.exactPlain(Money.of(new BigDecimal("1234.5"), "CNY"), 2));
    assertEquals("-0.05", Formats.exactPlain(Money.of(new BigDecimal("-0.05"), "CNY"), 2));
    assertNull(Formats.exactPlain(Money.of(new BigDecimal("0.125"), "CNY"), 2));
    assertNull(Formats.exactPlain(Money.of(new BigDecimal("12345678901234567.5"), "CNY"), 2));
  }
}
