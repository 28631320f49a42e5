package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.UnderMutation.examples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Adding a line by its fields ({@code CompactDeductions.Builder.add(id, ...)}, the same for
 * authorizations) is adding the value built from them: the same exception for the same fields, and
 * the same list built, equal line by line and amount by amount, down to the amount's text.
 */
class CompactFieldsTest {

  private static final List<CurrencyUnit> CURRENCIES = List.of(Monetary.getCurrency("CNY"),
      Monetary.getCurrency("JPY"), Monetary.getCurrency("BHD"));

  /** Ids and accounts: ordinary, blank, empty, null. */
  private static String text(Random r, String prefix) {
    return switch (r.nextInt(12)) {
      case 0 -> null;
      case 1 -> " ";
      case 2 -> "";
      default -> prefix + r.nextInt(50);
    };
  }

  /** Amounts as a CSV cell gives them: trailing zeros, sub-minor digits, zero, negative, huge, null. */
  private static BigDecimal amount(Random r) {
    return switch (r.nextInt(12)) {
      case 0 -> null;
      case 1 -> BigDecimal.ZERO.setScale(r.nextInt(4));
      case 2 -> new BigDecimal("100.00");
      case 3 -> new BigDecimal("1000000000000000.01");
      case 4 -> new BigDecimal("92233720368547758.07");
      case 5 -> BigDecimal.valueOf(r.nextInt(2_000_000) - 1_000_000L, r.nextInt(7) - 2);
      case 6 -> r.nextBoolean() ? new BigDecimal("1E+3") : new BigDecimal(java.math.BigInteger.ONE, Integer.MIN_VALUE + 1);
      case 7 -> BigDecimal.valueOf(1 + r.nextInt(10_000_000), 2).setScale(2 + r.nextInt(5));
      default -> BigDecimal.valueOf(1 + r.nextInt(10_000_000), r.nextInt(4));
    };
  }

  private static LocalDate date(Random r) {
    return switch (r.nextInt(10)) {
      case 0 -> null;
      case 1 -> LocalDate.of(1899, 12, 31);
      case 2 -> DeductionMatcher.MIN_DATE;
      case 3 -> DeductionMatcher.MAX_DATE;
      case 4 -> DeductionMatcher.MAX_DATE.plusDays(1);
      default -> LocalDate.of(2026, 1, 1).plusDays(r.nextInt(400));
    };
  }

  private static Optional<String> reference(Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> null;
      case 1 -> Optional.empty();
      default -> Optional.of("PRM-" + r.nextInt(100));
    };
  }

  private static CurrencyUnit currency(Random r) {
    return r.nextInt(15) == 0 ? null : CURRENCIES.get(r.nextInt(CURRENCIES.size()));
  }

  /** What an add did: nothing thrown, or the exception's class and message. */
  private static String outcome(Runnable add) {
    try {
      add.run();
      return "added";
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /**
   * Each amount's number as held, so that 1E+2 and 100 differ (the values' equality is asserted apart;
   * their text is not built, since Money's plain text of 1E+2147483647 cannot be).
   */
  private static List<String> lines(List<?> built, Supplier<List<String>> amounts) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < built.size(); i++) {
      out.add(i + " " + amounts.get().get(i));
    }
    return out;
  }

  @Test
  void deductions_byTheirFields_areTheValuesBuiltFromThem() {
    qt().withExamples(examples(200, 20)).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      CompactDeductions.Builder byFields = CompactDeductions.builder();
      CompactDeductions.Builder byValues = CompactDeductions.builder();
      for (int i = 0; i < 40; i++) {
        String id = text(r, "D");
        String account = text(r, "A");
        LocalDate date = date(r);
        String code = r.nextInt(12) == 0 ? null : "promotion";
        Optional<String> reference = reference(r);
        BigDecimal amount = amount(r);
        CurrencyUnit currency = currency(r);
        String fields = outcome(() -> byFields.add(id, account, date, code, reference, amount, currency));
        String value = outcome(() -> byValues.add(Deduction.builder().id(id).accountId(account).date(date)
            .reasonCode(code).reference(reference).amount(Money.of(amount, currency)).build()));
        assertEquals(value, fields, "line " + i + ": " + id + " " + amount + " " + currency + " " + date);
      }
      CompactDeductions a = byFields.build();
      CompactDeductions b = byValues.build();
      assertEquals(b, a);
      assertEquals(lines(b, () -> b.stream().map(d -> d.amount().getNumber().numberValue(BigDecimal.class).toString()).toList()),
          lines(a, () -> a.stream().map(d -> d.amount().getNumber().numberValue(BigDecimal.class).toString()).toList()));
    });
  }

  @Test
  void authorizations_byTheirFields_areTheValuesBuiltFromThem() {
    qt().withExamples(examples(200, 20)).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      CompactAuthorizations.Builder byFields = CompactAuthorizations.builder();
      CompactAuthorizations.Builder byValues = CompactAuthorizations.builder();
      for (int i = 0; i < 40; i++) {
        String id = text(r, "AU");
        String account = text(r, "A");
        ReasonType type = r.nextInt(12) == 0 ? null : ReasonType.values()[r.nextInt(ReasonType.values().length)];
        Optional<String> reference = reference(r);
        BigDecimal amount = amount(r);
        CurrencyUnit currency = currency(r);
        LocalDate date = date(r);
        String fields = outcome(() -> byFields.add(id, account, type, reference, amount, currency, date));
        String value = outcome(() -> byValues.add(Authorization.builder().id(id).accountId(account).type(type)
            .reference(reference).amount(Money.of(amount, currency)).date(date).build()));
        assertEquals(value, fields, "line " + i + ": " + id + " " + account + " " + amount + " " + date);
      }
      CompactAuthorizations a = byFields.build();
      CompactAuthorizations b = byValues.build();
      assertEquals(b, a);
      assertEquals(lines(b, () -> b.stream().map(x -> x.amount().getNumber().numberValue(BigDecimal.class).toString()).toList()),
          lines(a, () -> a.stream().map(x -> x.amount().getNumber().numberValue(BigDecimal.class).toString()).toList()));
    });
  }

  @Test
  void aRegularLine_byItsFields_keepsItsAmountAsMoneyDoes() {
    CompactDeductions list = CompactDeductions.builder()
        .add("D1", "A1", LocalDate.of(2026, 5, 1), "promotion", Optional.of("PRM-1"), new BigDecimal("100.00"),
            CURRENCIES.get(0))
        .add("D2", "A1", LocalDate.of(2026, 5, 2), "listing", Optional.empty(), new BigDecimal("1234.50"),
            CURRENCIES.get(0))
        .build();
    assertEquals(Money.of(new BigDecimal("100.00"), "CNY"), list.get(0).amount());
    // Money keeps 100.00 as 1E+2 (unscaled 1, scale -2), and 1234.50 as 1234.5: so do the columns.
    assertEquals(new BigDecimal("1E+2"), list.get(0).amount().getNumber().numberValue(BigDecimal.class));
    assertEquals(new BigDecimal("1234.5"), list.get(1).amount().getNumber().numberValue(BigDecimal.class));
    assertEquals(Optional.of("PRM-1"), list.get(0).reference());
    assertEquals(Optional.empty(), list.get(1).reference());
  }

  @Test
  void addingByFields_chainsThroughLinesKeptWholeAndLinesRefused() {
    CurrencyUnit cny = CURRENCIES.get(0);
    LocalDate day = LocalDate.of(2026, 5, 1);
    // A date beyond the matcher's (kept whole), then a regular line, then a line the value refuses.
    CompactDeductions deductions = CompactDeductions.builder()
        .add("D1", "A1", DeductionMatcher.MAX_DATE.plusDays(1), "promotion", Optional.empty(), BigDecimal.ONE, cny)
        .add("D2", "A1", day, "promotion", Optional.empty(), BigDecimal.TEN, cny)
        .build();
    assertEquals(List.of("D1", "D2"), deductions.stream().map(Deduction::id).toList());
    CompactAuthorizations authorizations = CompactAuthorizations.builder()
        .add("AU1", "A1", ReasonType.PROMOTION, Optional.empty(), BigDecimal.ONE, cny, DeductionMatcher.MIN_DATE
            .minusDays(1))
        .add("AU2", "A1", ReasonType.PROMOTION, Optional.of("P-2"), new BigDecimal("2.50"), cny, day)
        .build();
    assertEquals(List.of("AU1", "AU2"), authorizations.stream().map(Authorization::id).toList());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> CompactAuthorizations
        .builder().add("AU1", " ", ReasonType.PROMOTION, Optional.empty(), BigDecimal.ONE, cny, day));
    assertEquals("Argument 'accountId' must not be blank but has value ' '", blank.getMessage());
  }

  @Test
  void afterTheBuild_addingByFieldsIsRefused() {
    CompactDeductions.Builder b = CompactDeductions.builder();
    b.build();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.add("D1", "A1",
        LocalDate.of(2026, 5, 1), "promotion", Optional.empty(), BigDecimal.TEN, CURRENCIES.get(0)));
    assertEquals("this builder has built its list already", e.getMessage());
  }
}
