package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sizes {@link ReferenceIndex} gives its loose-form lookups, as its Javadoc states: the filter has
 * about 16 bits per deduction looked up by loose form, a power of two of at most 2^30 bits, and the
 * loose forms' table is sized for twice the deductions looked up plus 64, and at most one form per
 * authorization; a deduction whose reference an authorization of its account has is not looked up.
 */
class ReferenceIndexSizingTest {

  @Test
  void filter_isAPowerOfTwoOfAbout16BitsPerLookedUpForm() {
    for (int lookedUp = 0; lookedUp <= 70_000; lookedUp += lookedUp < 2_000 ? 1 : 997) {
      long bits = 64L * ReferenceIndex.filterWords(lookedUp);
      long wanted = 16L * lookedUp + 64;
      assertEquals(1, Long.bitCount(bits), "looked up " + lookedUp);
      assertTrue(bits > wanted && bits <= 2 * wanted, lookedUp + ": " + bits + " bits");
    }
    assertEquals((1 << 30) / 64, ReferenceIndex.filterWords(1 << 26));
    assertEquals((1 << 30) / 64, ReferenceIndex.filterWords(Integer.MAX_VALUE));
  }

  /** The loose table's slots for a run of the given authorizations and deductions looked up or not. */
  private static int looseSlots(int authorizationCount, int lookedUp, int notLookedUp) {
    List<Authorization> auths = new ArrayList<>();
    List<Deduction> deds = new ArrayList<>();
    for (int a = 0; a < authorizationCount; a++) {
      auths.add(Fixtures.auth("A" + a, "KA1", ReasonType.PROMOTION, "PRM-" + a, "10.00", Fixtures.JAN_31));
    }
    for (int d = 0; d < lookedUp; d++) {
      // No authorization of KA2 has the reference: looked up by its loose form.
      deds.add(Fixtures.ded("L" + d, "KA2", "promotion", "PRM-" + d, Fixtures.cny("10.00"), Fixtures.JAN_31));
    }
    for (int d = 0; d < notLookedUp; d++) {
      String reference = d % 2 == 0 ? "PRM-" + d % authorizationCount : null;
      deds.add(Fixtures.ded("N" + d, "KA1", "promotion", reference, Fixtures.cny("10.00"), Fixtures.JAN_31));
    }
    RunContext context = new RunContext(POLICY, DeductionLedger.empty(POLICY.currency()), false);
    context.expect(deds.size(), auths.size());
    DeductionTable deductions = new DeductionTable(context, deds);
    AuthorizationTable authorizations = AuthorizationTable.of(context, auths);
    ReferenceIndex index = new ReferenceIndex(authorizations, deductions, context.references);
    int looked = 0;
    for (int d = 0; d < deductions.newCount; d++) {
      looked += index.looksUpLoose(d) ? 1 : 0;
    }
    assertEquals(lookedUp, looked);
    return index.looseCapacity();
  }

  @Test
  void looseTable_sizedForTwiceTheLookedUpPlus64_andAtMostOnePerAuthorization() {
    assertEquals(new IndexTable(2 * 100 + 64).capacity(), looseSlots(1_000, 100, 300));
    assertEquals(new IndexTable(2 * 10 + 64).capacity(), looseSlots(1_000, 10, 600));
    assertEquals(new IndexTable(50).capacity(), looseSlots(50, 100, 300));
    assertEquals(new IndexTable(64).capacity(), looseSlots(1_000, 0, 300));
  }
}
