package dev.keyaccount.examples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.keyaccount.examples.review.csv.CsvRow;
import java.math.BigDecimal;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The shared amounts of the receivables files against the {@code Money} each line made before. */
class AmountsTest {

  private static Money read(Amounts amounts, String cell, CurrencyUnit currency) {
    CsvRow.of("x.csv", 2, Map.of("amount", 0), new String[] {cell}).decimal("amount", amounts.cell);
    return amounts.money(currency);
  }

  @Test
  void anAmount_isTheMoneyOfItsCell_andRepeatsAreShared() {
    qt().withExamples(2000).forAll(longs().between(-999_999_999_999L, 999_999_999_999L), integers().between(0, 4),
        integers().between(0, 2)).checkAssert((unscaled, scale, c) -> {
          CurrencyUnit currency = Monetary.getCurrency(new String[] {"CNY", "JPY", "USD"}[c]);
          String cell = BigDecimal.valueOf(unscaled, scale).toPlainString();
          Amounts amounts = new Amounts();
          Money first = read(amounts, cell, currency);
          Money expected = Money.of(new BigDecimal(cell), currency);
          assertEquals(expected, first);
          assertEquals(expected.getNumber().numberValue(BigDecimal.class),
              first.getNumber().numberValue(BigDecimal.class));
          assertSame(first, read(amounts, cell, currency));
          // Another scale of the same value, or another currency: its own Money, as before.
          Money padded = read(amounts, cell + (scale == 0 ? ".0" : "0"), currency);
          assertEquals(Money.of(new BigDecimal(cell + (scale == 0 ? ".0" : "0")), currency), padded);
          CurrencyUnit other = Monetary.getCurrency("EUR");
          assertEquals(Money.of(new BigDecimal(cell), other), read(amounts, cell, other));
        });
  }

  @Test
  void manyAmounts_growTheTable() {
    Amounts amounts = new Amounts();
    CurrencyUnit cny = Monetary.getCurrency("CNY");
    for (int i = 0; i < 5000; i++) {
      assertEquals(Money.of(BigDecimal.valueOf(i, 2), cny), read(amounts, BigDecimal.valueOf(i, 2).toPlainString(), cny));
    }
    for (int i = 0; i < 5000; i++) {
      assertSame(read(amounts, BigDecimal.valueOf(i, 2).toPlainString(), cny),
          read(amounts, BigDecimal.valueOf(i, 2).toPlainString(), cny));
    }
    assertEquals(Money.of(new BigDecimal("12345678901234567890.5"), cny), read(amounts, "12345678901234567890.5", cny));
  }
}
