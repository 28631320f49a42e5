package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Many authorizations of one amount: the amount passes read only those in a claim's window (an amount's
 * authorizations are in date order), and compare a claim with a bounded number of them
 * ({@link AmountPass#MAX_EXAMINED} read, {@link AmountPass#MAX_COMPARED} references compared), leaving
 * it unresolved for a person beyond that, so that such a flood costs time in proportion to its size.
 */
class AmountFloodTest {

  @Test
  void oneAmountOverManyDays_onlyThoseInTheWindowAreCandidates() {
    // 2,000 authorizations of 100.00, one a day: a claim without a reference has the 181 of its window.
    List<Authorization> auths = new ArrayList<>();
    for (int k = 0; k < 2_000; k++) {
      auths.add(auth(String.format("A%04d", k), "KA1", ReasonType.PROMOTION, null, "100.00", JAN_31.plusDays(k)));
    }
    // And one with a reference one edit from the second claim's, in its window, among the 2,000.
    auths.add(auth("B", "KA1", ReasonType.PROMOTION, "DSP-777", "100.00", JAN_31.plusDays(1_500)));
    MatchingResult r = MATCHER.match(List.of(
        ded("D1", "KA1", "promotion", null, cny("100.00"), JAN_31.plusDays(1_000)),
        ded("D2", "KA1", "promotion", "DSP-776", cny("100.00"), JAN_31.plusDays(1_000))), auths);
    DeductionResult d1 = r.deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d1.state());
    // The first ten of its window by date: A0910 (90 days before) to A0919.
    assertEquals(List.of("A0910", "A0911", "A0912", "A0913", "A0914", "A0915", "A0916", "A0917", "A0918", "A0919"),
        d1.candidates());
    // D2 quotes a reference: the authorizations without one still agree with it, so it is unresolved too.
    assertEquals(DeductionState.UNRESOLVED, r.deductionResult("D2").orElseThrow().state());
  }

  @Test
  void moreReferencesThatCouldBeNearThanTheBound_leaveTheClaimUnresolvedForAPerson() {
    // 300 references with the claim's letters in another order (their letter counts agree, so each is
    // compared edit by edit; none is within two edits), then, latest, one a single edit away.
    List<Authorization> auths = new ArrayList<>();
    List<String> shuffles = shuffles("ABCDEFGH", 300);
    for (int k = 0; k < shuffles.size(); k++) {
      auths.add(auth("A" + k, "KA1", ReasonType.PROMOTION, shuffles.get(k), "100.00", JAN_31.plusDays(k % 30)));
    }
    auths.add(auth("NEAR", "KA1", ReasonType.PROMOTION, "ABCDEFGX", "100.00", JAN_31.plusDays(40)));
    MatchingResult few = MATCHER.match(List.of(ded("D1", "KA1", "promotion", "ABCDEFGH", cny("100.00"),
        JAN_31.plusDays(40))), auths.subList(200, auths.size()));
    // With 101 to compare, the one near reference is found and taken.
    assertEquals(DeductionState.VALID, few.deductionResult("D1").orElseThrow().state());
    MatchingResult many = MATCHER.match(List.of(ded("D1", "KA1", "promotion", "ABCDEFGH", cny("100.00"),
        JAN_31.plusDays(40))), auths);
    DeductionResult d1 = many.deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d1.state());
    assertTrue(d1.candidates().isEmpty(), d1.candidates().toString());
  }

  @Test
  void moreOfOneAmountInTheWindowThanTheBound_leaveAClaimUnresolved_notUnauthorized() {
    List<Authorization> auths = new ArrayList<>();
    for (int k = 0; k <= AmountPass.MAX_EXAMINED; k++) {
      auths.add(auth("A" + k, "KA1", ReasonType.PROMOTION, "LST-" + k, "100.00", JAN_31));
    }
    // A reference of other letters and digits than any of them: none could agree, but not all are read.
    DeductionResult d1 = MATCHER.match(List.of(ded("D1", "KA1", "promotion", "QQQQ-ZZZZ-QQQQ", cny("100.00"),
        JAN_31)), auths).deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.UNRESOLVED, d1.state());
    assertTrue(d1.candidates().isEmpty(), d1.candidates().toString());
    // One fewer in the window: all are read, none agrees, and the claim is unauthorized.
    DeductionResult within = MATCHER.match(List.of(ded("D1", "KA1", "promotion", "QQQQ-ZZZZ-QQQQ", cny("100.00"),
        JAN_31)), auths.subList(1, auths.size())).deductionResult("D1").orElseThrow();
    assertEquals(DeductionState.UNAUTHORIZED, within.state());
  }

  /** {@code count} distinct orders of the letters, each more than two edits from the letters as given. */
  private static List<String> shuffles(String letters, int count) {
    java.util.Random random = new java.util.Random(7);
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    while (out.size() < count) {
      char[] c = letters.toCharArray();
      for (int i = c.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        char t = c[i];
        c[i] = c[j];
        c[j] = t;
      }
      String s = new String(c);
      if (!EditDistance.within(s, letters, 2)) {
        out.add(s);
      }
    }
    return new ArrayList<>(out);
  }
}
