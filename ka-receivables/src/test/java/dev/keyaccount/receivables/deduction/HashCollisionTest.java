package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The matcher's hash indexes keep keys apart whose hashes collide: "Aa" and "BB" share a
 * {@code String.hashCode}, and so do the normalised references "AB-C" and "AALC".
 */
class HashCollisionTest {

  @Test
  void referencesWithTheSameHash_getTheirOwnIds() {
    // 'B' to 'A' one place earlier (-31 * 31) and '-' to 'L' (+31 * 31): the same hash.
    assertEquals("AB-C".hashCode(), "AALC".hashCode());
    ReferenceTable table = new ReferenceTable(4);
    int segmented = table.intern("ab c");
    int joined = table.intern("AALC");
    assertNotEquals(segmented, joined);
    assertEquals("AB-C", table.text(segmented));
    assertEquals("AALC", table.text(joined));
    assertEquals(segmented, table.intern("AB.c"));
    assertEquals(joined, table.intern("aalc"));
  }

  @Test
  void accountsWithTheSameHash_areNotMixed() {
    MatchingResult result = MATCHER.match(
        List.of(ded("D1", "Aa", "promotion", null, cny("100.00"), JAN_31.plusDays(5)),
            ded("D2", "BB", "promotion", null, cny("200.00"), JAN_31.plusDays(5))),
        List.of(auth("A1", "BB", ReasonType.PROMOTION, null, "100.00", JAN_31),
            auth("A2", "Aa", ReasonType.PROMOTION, null, "200.00", JAN_31)));
    assertEquals(DeductionState.UNAUTHORIZED, result.deductionResult("D1").orElseThrow().state());
    assertEquals(DeductionState.UNAUTHORIZED, result.deductionResult("D2").orElseThrow().state());
  }

  @Test
  void idsWithTheSameHash_areNotRepeats() {
    MatchingResult result = MATCHER.match(
        List.of(ded("Aa", "promotion", null, "10.00"), ded("BB", "promotion", null, "20.00")),
        List.of(auth("Aa", ReasonType.PROMOTION, null, "10.00"), auth("BB", ReasonType.PROMOTION, null, "20.00")));
    assertTrue(result.rejected().isEmpty(), result.rejected().toString());
    assertEquals(2, result.deductionResults().size());
    assertEquals(2, result.authorizationBalances().size());
  }

  @Test
  void claimsWithTheSameHash_areNotDuplicates() {
    // One type further (+31 in the claim's hash) and 31 minor units less (-31): the same hash.
    assertEquals(Optional.of(ReasonType.DISPLAY_FEE), POLICY.reasonType("DISPLAY_FEE"));
    MatchingResult result = MATCHER.match(
        List.of(ded("D1", "promotion", "PRM-1", "100.31"), ded("D2", "display_fee", "PRM-1", "100.00")),
        List.of());
    for (DeductionResult line : result.deductionResults()) {
      assertEquals(DeductionState.UNAUTHORIZED, line.state(), line.toString());
    }
  }
}
