package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.UnderMutation.examples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * {@link CompactDeductions} and {@link CompactAuthorizations} are the same lists as the values they were
 * built from (equal values, amounts with the same text), whatever the amounts and dates; the matcher
 * decides and reports a compact list as the same values in a plain list.
 */
class CompactLinesTest {

  private static final List<CurrencyUnit> CURRENCIES = List.of(Monetary.getCurrency("CNY"),
      Monetary.getCurrency("JPY"), Monetary.getCurrency("BHD"), Monetary.getCurrency("USD"));
  private static final String[] CODES = {"promotion", "listing", "penalty", "PRM", "unknown"};

  /** Amounts regular and not: scales from -2 to 6, zero, negative, beyond the matcher's bound, FastMoney. */
  private static javax.money.MonetaryAmount amount(Random r, CurrencyUnit currency) {
    BigDecimal value = switch (r.nextInt(8)) {
      case 0 -> BigDecimal.valueOf(r.nextInt(2_000_000) - 1_000_000L, r.nextInt(9) - 2);
      case 1 -> BigDecimal.ZERO;
      case 2 -> new BigDecimal("1000000000000000.01");
      case 3 -> BigDecimal.valueOf(Long.MAX_VALUE, r.nextInt(4));
      default -> BigDecimal.valueOf(1 + r.nextInt(10_000_000), r.nextInt(3));
    };
    return r.nextInt(10) == 0 && value.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) < 0 ? FastMoney.of(value.setScale(Math.max(0, Math.min(5, value.scale())),
        java.math.RoundingMode.DOWN), currency) : Money.of(value, currency);
  }

  private static LocalDate date(Random r) {
    return switch (r.nextInt(12)) {
      case 0 -> LocalDate.of(1899, 12, 31);
      case 1 -> LocalDate.of(2200, 1, 1);
      case 2 -> LocalDate.MAX;
      case 3 -> DeductionMatcher.MIN_DATE;
      case 4 -> DeductionMatcher.MAX_DATE;
      default -> LocalDate.of(2026, 1, 1).plusDays(r.nextInt(400));
    };
  }

  static List<Deduction> deductions(Random r, int n) {
    List<Deduction> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CurrencyUnit currency = CURRENCIES.get(r.nextInt(r.nextBoolean() ? 1 : CURRENCIES.size()));
      out.add(Deduction.builder().id("D" + r.nextInt(n)).accountId(r.nextInt(20) == 0 ? " " : "KA" + r.nextInt(3))
          .reasonCode(CODES[r.nextInt(CODES.length)])
          .reference(r.nextBoolean() ? java.util.Optional.empty() : java.util.Optional.of("PRM-" + r.nextInt(9)))
          .amount(amount(r, currency)).date(date(r)).build());
    }
    return out;
  }

  static List<Authorization> authorizations(Random r, int n) {
    List<Authorization> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      CurrencyUnit currency = CURRENCIES.get(r.nextInt(r.nextBoolean() ? 1 : CURRENCIES.size()));
      out.add(Authorization.builder().id("A" + r.nextInt(n)).accountId("KA" + r.nextInt(3))
          .type(ReasonType.values()[r.nextInt(ReasonType.values().length)])
          .reference(r.nextBoolean() ? java.util.Optional.empty() : java.util.Optional.of("PRM-" + r.nextInt(9)))
          .amount(positive(amount(r, currency))).date(date(r)).build());
    }
    return out;
  }

  /** An authorization's amount is positive: others become their absolute value, or 1. */
  private static javax.money.MonetaryAmount positive(javax.money.MonetaryAmount amount) {
    return amount.isZero() ? Money.of(1, amount.getCurrency()) : amount.abs();
  }

  @Test
  void compactLists_equalTheValues_lineByLine_withTheSameAmountText() {
    qt().withExamples(examples(300, 30)).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<Deduction> ds = deductions(r, r.nextInt(40));
      List<Authorization> as = authorizations(r, r.nextInt(40));
      CompactDeductions cd = CompactDeductions.copyOf(ds);
      CompactAuthorizations ca = CompactAuthorizations.copyOf(as);
      assertEquals(ds, cd);
      assertEquals(as, ca);
      assertEquals(ds.hashCode(), cd.hashCode());
      for (int i = 0; i < ds.size(); i++) {
        assertEquals(ds.get(i).amount().toString(), cd.get(i).amount().toString());
        assertEquals(ds.get(i).toString(), cd.get(i).toString());
      }
      for (int i = 0; i < as.size(); i++) {
        assertEquals(as.get(i).toString(), ca.get(i).toString());
      }
    });
  }

  @Test
  void theMatcher_decidesAndReportsACompactListAsAPlainOne() {
    // The matcher copies a plain list into columns itself and takes a compact list as it is: the two ways
    // in must give one run. (That the columns decide as the values did is what every other matching test
    // checks, since all of them now go through the columns.)
    qt().withExamples(examples(150, 15)).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<Deduction> ds = deductions(r, r.nextInt(60));
      List<Authorization> as = authorizations(r, r.nextInt(60));
      MatchingResult plain = Fixtures.MATCHER.match(Collections.unmodifiableList(ds), as);
      MatchingResult compact = Fixtures.MATCHER.match(CompactDeductions.copyOf(ds),
          CompactAuthorizations.copyOf(as));
      assertEquals(plain.deductionResults(), compact.deductionResults());
      assertEquals(plain.rejected(), compact.rejected());
      assertEquals(plain.authorizationBalances(), compact.authorizationBalances());
      assertEquals(plain.ledger().deductions(), compact.ledger().deductions());
    });
  }

  @Test
  void linesBeyondTheColumns_areKeptWhole_andEqual() {
    CurrencyUnit cny = CURRENCIES.get(0);
    List<Deduction> odd = List.of(
        Fixtures.ded("SUB", "KA1", "promotion", null, Money.of(new BigDecimal("1.005"), cny), Fixtures.JAN_31),
        Fixtures.ded("BIG", "KA1", "promotion", null, Money.of(new BigDecimal("1E+30"), cny), Fixtures.JAN_31),
        Fixtures.ded("OLD", "KA1", "promotion", null, Money.of(1, cny), LocalDate.of(1066, 10, 14)),
        Fixtures.ded("WHOLE", "KA1", "promotion", null, Money.of(new BigDecimal("2.500"), cny), Fixtures.JAN_31));
    CompactDeductions c = CompactDeductions.copyOf(odd);
    assertEquals(odd, c);
    assertEquals(odd.get(3).amount().toString(), c.get(3).amount().toString());
    for (int i = 0; i < 3; i++) {
      assertFalse(c.regular(i), odd.get(i).id());
    }
    assertTrue(CompactDeductions.copyOf(List.of(Fixtures.ded("D", "promotion", null, "2.50"))).regular(0));
    // WHOLE (2.500 CNY, written with three decimals) is matched like any other line.
    MatchingResult result = Fixtures.MATCHER.match(c, List.of(Fixtures.auth("A1", ReasonType.PROMOTION, null,
        "2.50")));
    assertEquals(List.of("BIG", "OLD", "SUB"), result.rejected().stream().map(f -> f.itemId().orElseThrow())
        .sorted().toList());
    assertEquals(DeductionState.VALID, result.deductionResults().get(0).state());
  }

  @Test
  void linesAtTheColumnsBounds_areHeldAsColumns_andJustBeyond_keptWhole() {
    CurrencyUnit cny = CURRENCIES.get(0);
    CurrencyUnit jpy = CURRENCIES.get(1);
    List<Deduction> lines = List.of(
        Fixtures.ded("MIN-DATE", "KA1", "promotion", null, Money.of(1, cny), DeductionMatcher.MIN_DATE),
        Fixtures.ded("MAX-DATE", "KA1", "promotion", null, Money.of(1, cny), DeductionMatcher.MAX_DATE),
        Fixtures.ded("SCALE-0", "KA1", "promotion", null, Money.of(5, cny), Fixtures.JAN_31),
        Fixtures.ded("SCALE-2", "KA1", "promotion", null, Money.of(new BigDecimal("2.55"), cny), Fixtures.JAN_31),
        Fixtures.ded("JPY", "KA1", "promotion", null, Money.of(7, jpy), Fixtures.JAN_31),
        Fixtures.ded("15-DIGITS", "KA1", "promotion", null, Money.of(new BigDecimal("1234567890123.45"), cny),
            Fixtures.JAN_31),
        Fixtures.ded("MAX-MINOR", "KA1", "promotion", null, Money.of(new BigDecimal("10000000000000.00"), cny),
            Fixtures.JAN_31),
        Fixtures.ded("BEYOND-MINOR", "KA1", "promotion", null, Money.of(new BigDecimal("10000000000000.01"), cny),
            Fixtures.JAN_31),
        Fixtures.ded("BEFORE", "KA1", "promotion", null, Money.of(1, cny), DeductionMatcher.MIN_DATE.minusDays(1)),
        Fixtures.ded("AFTER", "KA1", "promotion", null, Money.of(1, cny), DeductionMatcher.MAX_DATE.plusDays(1)),
        Fixtures.ded("SUB-MINOR", "KA1", "promotion", null, Money.of(new BigDecimal("2.555"), cny), Fixtures.JAN_31),
        Fixtures.ded("JPY-DECIMALS", "KA1", "promotion", null, Money.of(new BigDecimal("7.5"), jpy), Fixtures.JAN_31),
        Fixtures.ded("ROUND", "KA1", "promotion", null, Money.of(new BigDecimal("100.00"), cny), Fixtures.JAN_31),
        Fixtures.ded("TEN", "KA1", "promotion", null, Money.of(new BigDecimal("10"), cny), Fixtures.JAN_31));
    CompactDeductions c = CompactDeductions.copyOf(lines);
    assertEquals(lines, c);
    List<String> regular = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      if (c.regular(i)) {
        regular.add(c.get(i).id());
      }
    }
    // A round amount is a power of ten to Money (100.00 is 1E+2, 10 as written): held as columns too.
    assertEquals(List.of("MIN-DATE", "MAX-DATE", "SCALE-0", "SCALE-2", "JPY", "15-DIGITS", "MAX-MINOR", "ROUND", "TEN"),
        regular);
    assertEquals(lines.get(12).amount().toString(), c.get(12).amount().toString());
  }

  /**
   * Amounts of 12 to 18 significant digits, scales -3 to 6, sums among them, in currencies of 0 to 4
   * minor digits: on either side of the bound under which a line's minor units are read from the
   * amount's {@code double} (15 digits, no more decimals than the currency's) and of the matcher's
   * bound: the same minor units and scale as Moneta's own conversion gives, every line held as columns
   * exactly when it is whole minor units within the bound, and rebuilt equal, with the same text.
   */
  @Test
  void amountsAroundTheDoublePathsBound_areHeldExactly() {
    List<CurrencyUnit> currencies = List.of(Monetary.getCurrency("JPY"), Monetary.getCurrency("CNY"),
        Monetary.getCurrency("BHD"), Monetary.getCurrency("CLF"));
    qt().withExamples(examples(300, 30)).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<Deduction> lines = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int digits = 12 + r.nextInt(7);
        long unscaled = (long) Math.pow(10, digits - 1) + (long) (r.nextDouble() * 9 * Math.pow(10, digits - 1));
        unscaled = r.nextInt(4) == 0 ? unscaled / 1000 * 1000 : unscaled; // trailing zeros, stripped by Money
        Money amount = Money.of(BigDecimal.valueOf(r.nextBoolean() ? unscaled : -unscaled, r.nextInt(10) - 3),
            currencies.get(r.nextInt(currencies.size())));
        if (r.nextInt(4) == 0) {
          // A sum, which Money may keep with trailing zeros (1.50 + 1.50 = 3.00).
          amount = amount.add(Money.of(BigDecimal.valueOf(r.nextInt(200), 2), amount.getCurrency()));
        }
        lines.add(Fixtures.ded("D" + i, "KA1", "promotion", null, amount, Fixtures.JAN_31));
        int minorDigits = amount.getCurrency().getDefaultFractionDigits();
        long quick = CompactLines.Growing.shortMinorUnits(amount, minorDigits);
        if (quick != CompactLines.NOT_REGULAR) {
          BigDecimal exact = amount.getNumberStripped().movePointRight(minorDigits);
          assertEquals(exact.longValueExact(), quick, amount.toString());
          assertEquals(amount.getNumber().numberValue(BigDecimal.class).scale(),
              CompactLines.Growing.keptScale(amount, quick, minorDigits), amount.toString());
        }
      }
      CompactDeductions c = CompactDeductions.copyOf(lines);
      assertEquals(lines, c);
      for (int i = 0; i < lines.size(); i++) {
        Money amount = (Money) lines.get(i).amount();
        assertEquals(amount.toString(), c.get(i).amount().toString());
        // Held as columns exactly when the amount is whole minor units within the matcher's bound.
        BigDecimal minor = amount.getNumberStripped().movePointRight(amount.getCurrency().getDefaultFractionDigits());
        boolean inColumns = minor.stripTrailingZeros().scale() <= 0
            && minor.abs().compareTo(BigDecimal.valueOf(DeductionMatcher.MAX_MINOR_UNITS)) <= 0;
        assertEquals(inColumns, c.regular(i), amount.toString());
      }
    });
  }

  @Test
  void aBuilder_returnsItself_andCountsWhatItHolds() {
    CompactDeductions.Builder deductions = CompactDeductions.builder();
    assertSame(deductions, deductions.add(Fixtures.ded("D1", "promotion", null, "10.00")));
    assertEquals(1, deductions.size());
    CompactAuthorizations.Builder authorizations = CompactAuthorizations.builder();
    assertEquals(0, authorizations.size());
    assertSame(authorizations, authorizations.add(Fixtures.auth("A1", ReasonType.PROMOTION, null, "5.00")));
    assertSame(authorizations, authorizations.add(Fixtures.auth("A2", ReasonType.PROMOTION, null, "5.00")));
    assertEquals(2, authorizations.size());
  }

  @Test
  void anAuthorizationBeyondTheColumns_isRejectedForWhatItIs_notAsANullLine() {
    List<Authorization> odd = List.of(Fixtures.auth("A-SUB", ReasonType.PROMOTION, null, "1.005"),
        Fixtures.auth("A-OK", ReasonType.PROMOTION, null, "2.50"));
    for (java.util.Collection<Authorization> input : List.of(odd, CompactAuthorizations.copyOf(odd))) {
      MatchingResult result = Fixtures.MATCHER.match(List.of(), input);
      assertEquals(1, result.rejected().size(), result.rejected().toString());
      dev.keyaccount.core.result.FailureItem f = result.rejected().get(0);
      assertEquals(List.of("A-SUB", dev.keyaccount.core.result.FailureReason.INVALID_VALUE),
          List.of(f.itemId().orElseThrow(), f.reason()));
      assertTrue(f.message().contains("whole number of minor units"), f.message());
    }
  }

  @Test
  void moreCurrenciesThanTheColumnsHold_areKeptWhole() {
    List<Deduction> many = new ArrayList<>();
    List<CurrencyUnit> all = new ArrayList<>(Monetary.getCurrencies());
    all.sort(java.util.Comparator.comparing(CurrencyUnit::getCurrencyCode));
    for (CurrencyUnit currency : all.subList(0, Math.min(all.size(), CompactLines.MAX_CURRENCIES + 5))) {
      many.add(Fixtures.ded("D-" + currency.getCurrencyCode(), "KA1", "promotion", null, Money.of(1, currency),
          Fixtures.JAN_31));
    }
    assertTrue(many.size() > CompactLines.MAX_CURRENCIES);
    assertEquals(many, CompactDeductions.copyOf(many));
  }

  @Test
  void aCompactList_isReadOnly_andABuilderBuildsOnce() {
    CompactDeductions.Builder b = CompactDeductions.builder();
    b.add(Fixtures.ded("D1", "promotion", null, "10.00"));
    assertEquals(1, b.size());
    CompactDeductions list = b.build();
    assertThrows(IllegalStateException.class, () -> b.add(Fixtures.ded("D2", "promotion", null, "10.00")));
    assertThrows(IllegalStateException.class, b::build);
    assertThrows(UnsupportedOperationException.class, () -> list.add(Fixtures.ded("D2", "promotion", null, "1")));
    assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
    assertThrows(IndexOutOfBoundsException.class, () -> list.get(1));
    assertThrows(IndexOutOfBoundsException.class, () -> list.get(-1));
    assertSame(list, CompactDeductions.copyOf(list));
    CompactAuthorizations.Builder ab = CompactAuthorizations.builder();
    CompactAuthorizations authorizations = ab.add(Fixtures.auth("A1", ReasonType.PROMOTION, null, "5.00")).build();
    assertEquals(1, authorizations.size());
    assertThrows(IllegalStateException.class, ab::build);
    assertSame(authorizations, CompactAuthorizations.copyOf(authorizations));
  }

  @Test
  void nullLines_areRejected_namingThem() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> CompactDeductions.copyOf(
        Arrays.asList(Fixtures.ded("D1", "promotion", null, "10.00"), null)));
    assertEquals("Argument 'deductions[1]' must not be null", e.getMessage());
    e = assertThrows(NullPointerException.class, () -> CompactAuthorizations.copyOf(Arrays.asList(null,
        Fixtures.auth("A1", ReasonType.PROMOTION, null, "5.00"))));
    assertEquals("Argument 'authorizations[0]' must not be null", e.getMessage());
    assertThrows(NullPointerException.class, () -> CompactDeductions.builder().add(null));
    assertThrows(NullPointerException.class, () -> CompactAuthorizations.builder().add(null));
    assertThrows(NullPointerException.class, () -> CompactDeductions.copyOf(null));
    assertThrows(NullPointerException.class, () -> CompactAuthorizations.copyOf(null));
    // The matcher's own reading keeps a null line and reports it where it is.
    MatchingResult result = Fixtures.MATCHER.match(Arrays.asList(Fixtures.ded("D1", "promotion", null, "10.00"),
        null), Arrays.asList(null, Fixtures.auth("A1", ReasonType.PROMOTION, null, "5.00")));
    assertEquals(List.of("deductions[1]", "authorizations[0]"), result.rejected().stream()
        .map(f -> f.input() + "[" + f.position() + "]").sorted(Collections.reverseOrder()).toList());
  }
}
