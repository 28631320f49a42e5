package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A group's list of partly consumed authorizations ({@link AuthorizationGroups#partials}): every one
 * with something left stays, in the order it became partly consumed; the used up ones leave it once
 * they are a quarter of it, and a group keeps having had partly consumed ones.
 */
class PartialListTest {

  @Test
  void usedUpAuthorizationsLeaveTheList_onceAQuarter_andTheRestKeepTheirOrder() {
    List<Authorization> auths = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      auths.add(Fixtures.auth("A" + i, "KA1", ReasonType.PROMOTION, null, "10.00", Fixtures.JAN_31));
    }
    List<Deduction> deds = List.of(Fixtures.ded("D0", "KA1", "promotion", null, Fixtures.cny("1.00"),
        Fixtures.JAN_31));
    RunContext context = new RunContext(POLICY, DeductionLedger.empty(POLICY.currency()), false);
    context.expect(deds.size(), auths.size());
    DeductionTable deductions = new DeductionTable(context, deds);
    AuthorizationTable authorizations = AuthorizationTable.of(context, auths);
    AuthorizationGroups groups = new AuthorizationGroups(authorizations, context.groupCount(), context.references);
    Settlement settlement = new Settlement(context, deductions, authorizations, groups);
    int g = RunContext.group(authorizations.account[0], authorizations.type[0]);
    // Partly consumed in the order 5, 2, 7, 0, 3, 6, 1, 4 (100 of 1,000 each).
    int[] order = {5, 2, 7, 0, 3, 6, 1, 4};
    for (int a : order) {
      assertEquals(100, settlement.consume(0, a, 100));
    }
    assertEquals(8, groups.partials(g));
    // One used up of eight: listed still (a pass skips it), nothing moves.
    assertEquals(900, settlement.consume(0, 7, 1_000));
    assertEquals(8, groups.partials(g));
    assertEquals(7, groups.partial(g, 2));
    // Two of eight: the list is compacted, in the same order.
    assertEquals(900, settlement.consume(0, 0, 1_000));
    assertEquals(6, groups.partials(g));
    int[] expected = {5, 2, 3, 6, 1, 4};
    for (int k = 0; k < expected.length; k++) {
      assertEquals(expected[k], groups.partial(g, k), "position " + k);
    }
    // All used up: an empty list, but the group had partly consumed authorizations.
    for (int a : expected) {
      settlement.consume(0, a, 1_000);
    }
    assertEquals(0, groups.partials(g));
    assertTrue(groups.hadPartials(g));
    for (int a = 0; a < 8; a++) {
      assertEquals(0, authorizations.remaining[a], "authorization " + a);
    }
  }
}
