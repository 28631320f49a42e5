package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.core.money.Currencies;
import dev.keyaccount.receivables.reconciliation.References;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which lines of a {@link LedgerBlock} own a claim: claims that differ in one part only (the amount, the
 * account or the reference) and still hash alike keep their own owners; a repeat and a line without a
 * reference own none; a rebuilt block keeps an earlier line whose id hashes like a new one's.
 */
class LedgerBlockOwnersTest {

  private static final int PROMOTION = ReasonType.PROMOTION.ordinal();

  private static LedgerBlock block(DeductionLedger ledger) {
    try {
      Field f = LedgerState.class.getDeclaredField("block");
      f.setAccessible(true);
      return (LedgerBlock) f.get(ledger.state());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static DeductionResult result(MatchingResult run, String id) {
    return run.deductionResults().stream().filter(r -> r.deductionId().equals(id)).findFirst().orElseThrow();
  }

  private static Map<ClaimKey, String> claims(LedgerBlock block) {
    Map<ClaimKey, String> claims = new HashMap<>();
    block.claims().forEach(claims::put);
    return claims;
  }

  @Test
  void claimsDifferingInOnePart_thatHashAlike_keepTheirOwnOwners() {
    // Amounts of one Long.hashCode (1 and 2^32 minor units), accounts of one String.hashCode ("Aa", "BB"),
    // and references whose normalised forms share a String.hashCode ("PRY-A", "PRXLA").
    long small = 1;
    long large = 1L << 32;
    assertEquals(LedgerBlock.claimHash("KA1", PROMOTION, "PRM-7", small),
        LedgerBlock.claimHash("KA1", PROMOTION, "PRM-7", large));
    assertEquals(LedgerBlock.claimHash("Aa", PROMOTION, "PRM-8", 10_000),
        LedgerBlock.claimHash("BB", PROMOTION, "PRM-8", 10_000));
    assertEquals("PRY-A", References.normalise("PRY-A"));
    assertEquals("PRXLA", References.normalise("PRXLA"));
    assertEquals(LedgerBlock.claimHash("KA1", PROMOTION, "PRY-A", 10_000),
        LedgerBlock.claimHash("KA1", PROMOTION, "PRXLA", 10_000));

    LocalDate day = JAN_31;
    DeductionLedger first = MATCHER.match(List.of(
        ded("D1", "KA1", "promotion", "PRM-7", cny("0.01"), day),
        ded("D2", "KA1", "promotion", "PRM-7", cny("42949672.96"), day),
        ded("D3", "Aa", "promotion", "PRM-8", cny("100.00"), day),
        ded("D4", "BB", "promotion", "PRM-8", cny("100.00"), day),
        ded("D5", "KA1", "promotion", "PRY-A", cny("100.00"), day),
        ded("D6", "KA1", "promotion", "PRXLA", cny("100.00"), day)), List.of(),
        DeductionLedger.empty(Currencies.CNY)).ledger();
    DeductionLedger rebuilt = DeductionLedger.of(Currencies.CNY, first.deductions(), first.authorizationUses());
    for (DeductionLedger ledger : List.of(first, rebuilt)) {
      assertEquals(Map.of(new ClaimKey("KA1", PROMOTION, "PRM-7", small), "D1",
          new ClaimKey("KA1", PROMOTION, "PRM-7", large), "D2",
          new ClaimKey("Aa", PROMOTION, "PRM-8", 10_000), "D3",
          new ClaimKey("BB", PROMOTION, "PRM-8", 10_000), "D4",
          new ClaimKey("KA1", PROMOTION, "PRY-A", 10_000), "D5",
          new ClaimKey("KA1", PROMOTION, "PRXLA", 10_000), "D6"), claims(block(ledger)));
      // Each claim repeated a week later is a duplicate of its own owner.
      LocalDate later = day.plusDays(7);
      MatchingResult again = MATCHER.match(List.of(
          ded("R1", "KA1", "promotion", "prm 7", cny("0.01"), later),
          ded("R2", "KA1", "promotion", "PRM-0007", cny("42949672.96"), later),
          ded("R3", "Aa", "promotion", "PRM-8", cny("100.00"), later),
          ded("R4", "BB", "promotion", "PRM-8", cny("100.00"), later),
          ded("R5", "KA1", "promotion", "pry a", cny("100.00"), later),
          ded("R6", "KA1", "promotion", "PRXLA", cny("100.00"), later)), List.of(), ledger);
      for (int i = 1; i <= 6; i++) {
        assertEquals(DeductionState.DUPLICATE, result(again, "R" + i).state(), "R" + i);
        assertEquals("D" + i, result(again, "R" + i).duplicateOf().orElseThrow(), "R" + i);
      }
    }
  }

  @Test
  void onlyTheFirstOfAClaim_ownsIt_andTheBlockCountsItsOpenLines() {
    LocalDate day = JAN_31;
    // D1 makes a claim, D2 repeats it (a duplicate), D3 has no reference, D4 is matched in full.
    MatchingResult run = MATCHER.match(List.of(ded("D1", "KA1", "promotion", "PRM-1", cny("100.00"), day),
        ded("D2", "KA1", "promotion", "PRM 1", cny("100.00"), day.plusDays(1)),
        ded("D3", "KA1", "promotion", null, cny("70.00"), day),
        ded("D4", "KA1", "promotion", "PRM-4", cny("40.00"), day)),
        List.of(Fixtures.auth("A4", "KA1", ReasonType.PROMOTION, "PRM-4", "40.00", day)),
        DeductionLedger.empty(Currencies.CNY));
    assertEquals(DeductionState.DUPLICATE, result(run, "D2").state());
    assertEquals(DeductionState.VALID, result(run, "D4").state());
    DeductionLedger ledger = run.ledger();
    DeductionLedger rebuilt = DeductionLedger.of(Currencies.CNY, ledger.deductions(), ledger.authorizationUses());
    for (DeductionLedger l : List.of(ledger, rebuilt)) {
      LedgerBlock block = block(l);
      assertEquals(Map.of(new ClaimKey("KA1", PROMOTION, "PRM-1", 10_000), "D1",
          new ClaimKey("KA1", PROMOTION, "PRM-4", 4_000), "D4"), claims(block));
      List<Integer> open = new ArrayList<>();
      block.forEachOpen(open::add);
      assertEquals(open.size(), block.openCount());
      assertEquals(l.openDeductions().size(), block.openCount());
      assertTrue(block.openCount() >= 2, "D1 and D3 are open");
    }
  }

  @Test
  void aRebuiltBlock_keepsAnEarlierLine_whoseIdHashesLikeANewOne() {
    assertEquals("Aa".hashCode(), "BB".hashCode());
    LocalDate day = JAN_31;
    DeductionLedger week1 = MATCHER.match(List.of(ded("Aa", "KA1", "promotion", "PRM-1", cny("100.00"), day)),
        List.of(), DeductionLedger.empty(Currencies.CNY)).ledger();
    // A run as large as the ledger rebuilds the block: the new line first, then the earlier one.
    MatchingResult week2 = MATCHER.match(List.of(ded("BB", "KA1", "promotion", "PRM-2", cny("50.00"),
        day.plusDays(7))), List.of(), week1);
    DeductionLedger ledger = week2.ledger();
    assertNotEquals(block(week1), block(ledger));
    assertEquals(2, ledger.deductionCount());
    assertEquals(week1.deduction("Aa"), ledger.deduction("Aa"));
    assertTrue(ledger.deduction("BB").isPresent());
  }
  @Test
  void aBlockFilledToItsFirstCapacity_listsEveryClaim() {
    // The builder starts with room for 16 lines: a first run of 16 claims fills it exactly.
    List<Deduction> deductions = new ArrayList<>();
    Map<ClaimKey, String> expected = new HashMap<>();
    for (int i = 1; i <= 16; i++) {
      deductions.add(ded("D" + i, "KA1", "promotion", "PRM-" + i, cny(i + ".00"), JAN_31));
      expected.put(new ClaimKey("KA1", PROMOTION, "PRM-" + i, i * 100L), "D" + i);
    }
    DeductionLedger ledger = MATCHER.match(deductions, List.of(), DeductionLedger.empty(Currencies.CNY)).ledger();
    assertEquals(16, ledger.deductionCount());
    assertEquals(expected, claims(block(ledger)));
    assertEquals(16, block(ledger).openCount());
  }
}
