package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.UnderMutation.examples;
import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.keyaccount.core.money.Currencies;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A split whose parts add up to an authorization within a combination tolerance: what is left over is
 * written off on the same part week by week as in one run (the parts take the authorization by date,
 * amount and id, whichever run each came in).
 */
class SplitToleranceWeeklyTest {

  private static final DeductionMatcher MATCHER = new DeductionMatcher(MatchingPolicy.builder().from(Fixtures.POLICY)
      .combinationTolerance(cny("1.00")).build());
  private static final DeductionLedger EMPTY = DeductionLedger.empty(Currencies.CNY);

  @Test
  void theLeftOverFallsOnTheSamePart_weekByWeekAsInOneRun() {
    List<Authorization> auths = List.of(auth("AU-1", PROMOTION, null, "1000.00"));
    Deduction first = ded("DD-1", "KA1", "promotion", null, cny("600.00"), JAN_31.plusDays(2));
    Deduction second = ded("DD-2", "KA1", "promotion", null, cny("400.50"), JAN_31.plusDays(9));
    MatchingResult one = MATCHER.match(List.of(first, second), auths, EMPTY);
    // By date: the first part takes its whole amount, the second what is left, the rest written off.
    assertEquals(cny("600.00"), one.deductionResult("DD-1").orElseThrow().matched());
    assertEquals(cny("400.00"), one.deductionResult("DD-2").orElseThrow().matched());
    assertEquals(cny("0.50"), one.deductionResult("DD-2").orElseThrow().writtenOff());
    DeductionLedger weekly = MATCHER.match(List.of(second), auths,
        MATCHER.match(List.of(first), auths, EMPTY).ledger()).ledger();
    assertSame(one.ledger(), weekly, "DD-1", "DD-2");
  }

  @Test
  void anyTwoOrThreeParts_weekByWeekAsInOneRun() {
    qt().withExamples(examples(200, 20)).forAll(integers().between(1, 99_999), integers().between(1, 99_999),
        integers().between(-150, 150), integers().between(0, 1)).checkAssert((a, b, off, third) -> {
          // Parts a, b (and with third a third of 50.00) dated a week apart, summing to the authorization
          // within the tolerance (off fen either way), or not quite (off beyond 1.00 is no sum).
          long total = a + b + (third == 1 ? 5_000 : 0);
          List<Authorization> auths = List.of(auth("AU-1", PROMOTION, null, fen(Math.max(1, total + off))));
          Deduction p1 = ded("DD-" + (a % 7), "KA1", "promotion", null, cny(fen(a)), JAN_31);
          Deduction p2 = ded("DD-x" + (b % 5), "KA1", "promotion", null, cny(fen(b)),
              JAN_31.plusDays(7));
          List<Deduction> week2 = third == 1
              ? List.of(p2, ded("DD-y", "KA1", "promotion", null, cny("50.00"), JAN_31.plusDays(14))) : List.of(p2);
          List<Deduction> all = new java.util.ArrayList<>(List.of(p1));
          all.addAll(week2);
          DeductionLedger one = MATCHER.match(all, auths, EMPTY).ledger();
          DeductionLedger weekly = MATCHER.match(week2, auths, MATCHER.match(List.of(p1), auths, EMPTY).ledger())
              .ledger();
          assertSame(one, weekly, all.stream().map(Deduction::id).toArray(String[]::new));
        });
  }

  private static String fen(long minor) {
    return java.math.BigDecimal.valueOf(minor, 2).toPlainString();
  }

  private static void assertSame(DeductionLedger one, DeductionLedger weekly, String... ids) {
    for (String id : ids) {
      LedgerDeduction x = one.deduction(id).orElseThrow();
      LedgerDeduction y = weekly.deduction(id).orElseThrow();
      assertEquals(x.state(), y.state(), id);
      assertEquals(x.matched(), y.matched(), id);
      assertEquals(x.writtenOff(), y.writtenOff(), id);
      assertEquals(x.disputed(), y.disputed(), id);
    }
    assertEquals(one.authorizationUse("AU-1").orElseThrow().remaining(),
        weekly.authorizationUse("AU-1").orElseThrow().remaining());
  }
}
