package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.DISPLAY_FEE;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pass 1, by reference: the loose form joins a segmented and an unsegmented reference but never two
 * segmented ones, and a deduction takes only what is left of the authorizations it quotes, stopping
 * when it is covered.
 */
class ReferencePassTest {

  private static DeductionResult only(MatchingResult result, String id) {
    return result.deductionResult(id).orElseThrow();
  }

  @Test
  void aSegmentedAndAnUnsegmentedReference_matchByTheLooseForm() {
    // "PRM-2026-0000002" (strict PRM-2026-2) and "PRM20260000002" (strict and loose PRM-20260000002).
    MatchingResult result = MATCHER.match(List.of(ded("D1", "KA1", "promotion", "PRM-2026-0000002", cny("10.00"),
        JAN_31)), List.of(auth("A1", "KA1", PROMOTION, "PRM20260000002", "10.00", JAN_31)));
    assertEquals(DeductionState.VALID, only(result, "D1").state());
    assertEquals(MatchPass.LOOSE_REFERENCE, only(result, "D1").pass());
  }

  @Test
  void twoSegmentedReferences_withOneLooseForm_doNotMatch() {
    // "PRM-20-26" and "PRM-202-6" both lose their separators to PRM-2026, but both are segmented:
    // different documents: A1 9.00 is not taken by reference for D1 10.00 (nor by amount, 1.00 away).
    MatchingResult result = MATCHER.match(List.of(ded("D1", "KA1", "promotion", "PRM-20-26", cny("10.00"), JAN_31)),
        List.of(auth("A1", "KA1", PROMOTION, "PRM-202-6", "9.00", JAN_31)));
    assertEquals(DeductionState.UNAUTHORIZED, only(result, "D1").state());
    assertEquals(List.of(), only(result, "D1").matches());
  }

  @Test
  void aCoveredDeduction_takesNothingMoreOfItsReference() {
    // D1 5.00 quotes R-1, which A1 10.00 and A2 5.00 (promotions) and A3 3.00 (a display fee) carry:
    // it takes 5.00 from the first and no match of 0.00 from the others.
    MatchingResult result = MATCHER.match(List.of(ded("D1", "KA1", "promotion", "R-1", cny("5.00"), JAN_31)),
        List.of(auth("A1", "KA1", PROMOTION, "R-1", "10.00", JAN_31), auth("A2", "KA1", PROMOTION, "R-1", "5.00", JAN_31),
            auth("A3", "KA1", DISPLAY_FEE, "R-1", "3.00", JAN_31)));
    assertEquals(DeductionState.VALID, only(result, "D1").state());
    assertEquals(1, only(result, "D1").matches().size());
    assertEquals(cny("5.00"), result.summary().consumed());
  }

  @Test
  void aUsedUpReference_isNoMatch_andItsEmptyAuthorizationIsSkipped() {
    // D1 10.00 uses all of A1 10.00. D2 3.00 quotes R-9 the next day: nothing is left, so D2 is not
    // matched by reference (it goes on, and nothing else authorizes it).
    List<Deduction> deductions = List.of(ded("D1", "KA1", "promotion", "R-9", cny("10.00"), JAN_31),
        ded("D2", "KA1", "promotion", "R-9", cny("3.00"), JAN_31.plusDays(1)));
    MatchingResult usedUp = MATCHER.match(deductions, List.of(auth("A1", "KA1", PROMOTION, "R-9", "10.00", JAN_31)));
    assertEquals(DeductionState.UNAUTHORIZED, only(usedUp, "D2").state());
    assertEquals(List.of(), only(usedUp, "D2").matches());
    // With A2 2.00 also quoting R-9, D1 takes 10.00 of the 12.00 and D2 the 2.00 left, with no match of
    // 0.00 from the authorization D1 emptied; 1.00 is disputed.
    MatchingResult partly = MATCHER.match(deductions, List.of(auth("A1", "KA1", PROMOTION, "R-9", "10.00", JAN_31),
        auth("A2", "KA1", PROMOTION, "R-9", "2.00", JAN_31)));
    assertEquals(1, only(partly, "D2").matches().size());
    assertEquals(cny("2.00"), only(partly, "D2").matches().get(0).amount());
    assertEquals(DeductionState.PARTIALLY_VALID, only(partly, "D2").state());
    assertEquals(cny("1.00"), only(partly, "D2").disputed());
  }
}
