package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sizes a matching run starts with, as their Javadoc states them: the reference dictionary is
 * sized for one form per line of the larger side plus a quarter of the smaller side (the other side's
 * variants), with at most {@code 4 * deductions + 64} authorizations expected when only the concerned
 * accounts are loaded; a run over an empty ledger does not consult it; the match list starts with room
 * for a match per deduction and an eighth more (at least 16); and the groups count their untouched
 * authorizations, one fewer per authorization consumed from, none for a consumption of nothing.
 */
class RunSizingTest {

  private static RunContext context(boolean concernedOnly) {
    return new RunContext(POLICY, DeductionLedger.empty(POLICY.currency()), concernedOnly);
  }

  /** The slots of a reference table sized by {@code expect(deductions, authorizations)}. */
  private static int referenceSlots(boolean concernedOnly, int deductions, int authorizations) {
    RunContext context = context(concernedOnly);
    context.expect(deductions, authorizations);
    return context.references.capacity();
  }

  private static int slotsFor(int expected) {
    return new IndexTable(expected).capacity();
  }

  @Test
  void referenceDictionary_sizedForTheLargerSidePlusAQuarterOfTheSmaller() {
    assertEquals(slotsFor(3_000 + 3_000 / 4), referenceSlots(false, 3_000, 3_000));
    assertEquals(slotsFor(3_000 + 10 / 4), referenceSlots(false, 10, 3_000));
    assertEquals(slotsFor(3_000 + 10 / 4), referenceSlots(false, 3_000, 10));
    assertEquals(slotsFor(0), referenceSlots(false, 0, 0));
  }

  @Test
  void referenceDictionary_expectsAtMostFourAuthorizationsPerDeductionPlus64_whenOnlyConcernedAreLoaded() {
    assertEquals(slotsFor(4 * 10 + 64 + 10 / 4), referenceSlots(true, 10, 3_000));
    assertEquals(slotsFor(64), referenceSlots(true, 0, 3_000));
    assertEquals(slotsFor(3_000 + 50 / 4), referenceSlots(true, 3_000, 50));
  }

  @Test
  void aRunOverAnEmptyLedgerDoesNotConsultIt() {
    assertFalse(context(false).hasLedger);
    assertFalse(context(true).hasLedger);
  }

  @Test
  void matchList_startsWithRoomForAMatchPerDeductionAndAnEighth_andGroupsCountTheirUntouched() {
    for (int n : new int[] {0, 1, 8, 80, 800}) {
      List<Deduction> deds = new ArrayList<>();
      List<Authorization> auths = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        deds.add(Fixtures.ded("D" + i, "KA1", "promotion", null, Fixtures.cny("10.00"), Fixtures.JAN_31));
      }
      for (int i = 0; i < 3; i++) {
        auths.add(Fixtures.auth("A" + i, "KA1", ReasonType.PROMOTION, null, "10.00", Fixtures.JAN_31));
      }
      RunContext context = context(false);
      context.expect(deds.size(), auths.size());
      DeductionTable deductions = new DeductionTable(context, deds);
      AuthorizationTable authorizations = AuthorizationTable.of(context, auths);
      AuthorizationGroups groups = new AuthorizationGroups(authorizations, context.groupCount(), context.references);
      Settlement settlement = new Settlement(context, deductions, authorizations, groups);
      assertEquals(Math.max(16, n + n / 8), settlement.matchAuthorization.length, "deductions " + n);
      if (n == 0) {
        continue;
      }
      int g = RunContext.group(authorizations.account[0], authorizations.type[0]);
      assertEquals(3, groups.untouchedCount(g));
      assertEquals(0, groups.partials(g));
      assertEquals(false, groups.hadPartials(g));
      assertEquals(1_000, settlement.consume(0, 1, 1_000));
      assertEquals(2, groups.untouchedCount(g), "one consumed in full");
      assertEquals(0, groups.partials(g), "consumed in full is not partly consumed");
      assertEquals(400, settlement.consume(0, 2, 400));
      assertEquals(1, groups.untouchedCount(g));
      assertEquals(1, groups.partials(g), "partly consumed");
      assertEquals(true, groups.hadPartials(g));
      assertEquals(0, settlement.consume(0, 1, 500));
      assertEquals(0, settlement.consume(0, 0, 0));
      assertEquals(1, groups.untouchedCount(g), "nothing consumed, nothing touched");
      assertEquals(1, groups.partials(g), "nothing consumed, not partly consumed");
      // Used up: left out of the list (a quarter of it is used up), but the group had partly consumed ones.
      assertEquals(600, settlement.consume(0, 2, 1_000));
      assertEquals(0, groups.partials(g), "used up");
      assertEquals(true, groups.hadPartials(g));
      assertEquals(0, groups.untouchedCount(g == 0 ? 1 : 0));
    }
  }
}
