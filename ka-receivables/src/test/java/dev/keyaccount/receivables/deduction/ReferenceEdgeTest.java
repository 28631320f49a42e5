package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keyaccount.receivables.reconciliation.References;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The interned references and the reference index at their edges: a reference longer than the arena,
 * the characters U+0080 and U+FFFF, the squeezed hash, and the filter that spares most authorizations
 * their loose form.
 */
class ReferenceEdgeTest {

  @Test
  void aReferenceLongerThanTwiceTheArena_isWrittenWhole() {
    ReferenceTable table = new ReferenceTable(4);
    assertEquals(0, table.intern("PADDING-1"));
    // 256 chars (the longest reference a line may have), letter and digit in turn: 511 chars once
    // joined, written after the 9 of the first form: more than twice the 256-char arena.
    String raw = "a1".repeat(128);
    assertEquals(References.MAX_LENGTH, raw.length());
    int id = table.intern(raw);
    assertEquals(1, id);
    String expected = String.join("-", Collections.nCopies(128, "A-1"));
    assertEquals(511, expected.length());
    assertEquals(expected, table.text(id));
    assertEquals(References.normalise(raw), table.text(id));
    assertEquals("PADDING-1", table.text(0));
    // Interned again after the growth: the same id.
    assertEquals(1, table.intern(raw.toUpperCase(java.util.Locale.ROOT)));
    assertEquals(2, table.size());
  }

  @Test
  void u0080_isASeparator_andMarksTheIdFolded() {
    ReferenceTable table = new ReferenceTable(4);
    int ascii = table.intern("A-B");
    assertFalse(table.folded(ascii));
    int id = table.intern("A\u0080B");
    assertEquals(ascii, id);
    assertEquals("A-B", table.text(id));
    assertEquals(References.normalise("A\u0080B"), table.text(id));
    assertTrue(table.folded(id));
    int loose = table.internLoose("a\u0080b");
    assertEquals("AB", table.text(loose));
    assertEquals(References.loose("a\u0080b"), table.text(loose));
  }

  @Test
  void uFFFF_isOneChar_theNextCharIsKept() {
    ReferenceTable table = new ReferenceTable(4);
    int id = table.intern("X\uFFFFY7");
    assertEquals("X-\uFFFF-Y-7", table.text(id));
    assertEquals(References.normalise("X\uFFFFY7"), table.text(id));
    assertTrue(table.folded(id));
    // A supplementary char (two chars) is still read as one.
    int supplementary = table.intern("X\uD835\uDC00Y");
    assertEquals(References.normalise("X\uD835\uDC00Y"), table.text(supplementary));
    assertEquals("XAY", table.text(supplementary));
  }

  @Test
  void squeezedHash_leavesOutJoinsAndZerosOnly() {
    ReferenceTable table = new ReferenceTable(16);
    assertEquals(0, table.squeezedHash(ReferenceTable.NONE));
    int ab = table.intern("AB");
    assertEquals(table.squeezedHash(ab), table.squeezedHash(table.intern("A-B")));
    assertEquals(table.squeezedHash(ab), table.squeezedHash(table.intern("A0B")));
    assertEquals(table.squeezedHash(ab), table.squeezedHash(table.intern("a 00 b")));
    // Forms that differ in any other char: all different hashes.
    List<String> forms = List.of("AB", "CB", "BA", "ABC", "X", "Y", "Z1", "Z2", "Q7", "1", "2", "9A", "A9",
        "PRM-2026-2", "PRM-2026-3", "INV-15", "INV-51", "A+B", "A+C");
    List<Integer> hashes = new ArrayList<>();
    for (String form : forms) {
      int id = table.intern(form);
      assertNotEquals(ReferenceTable.NONE, id);
      hashes.add(table.squeezedHash(id));
    }
    for (int i = 0; i < forms.size(); i++) {
      for (int j = i + 1; j < forms.size(); j++) {
        assertNotEquals(hashes.get(i), hashes.get(j), forms.get(i) + " and " + forms.get(j));
      }
    }
  }

  /** The contexts and tables of a run over these lines; the index is built last. */
  private record Run(RunContext context, DeductionTable deductions, AuthorizationTable authorizations) {
    static Run of(List<Deduction> deds, List<Authorization> auths) {
      RunContext context = new RunContext(POLICY, DeductionLedger.empty(POLICY.currency()), false);
      context.expect(deds.size(), auths.size());
      DeductionTable deductions = new DeductionTable(context, deds);
      AuthorizationTable authorizations = AuthorizationTable.of(context, auths);
      return new Run(context, deductions, authorizations);
    }

    ReferenceIndex index() {
      return new ReferenceIndex(authorizations, deductions, context.references);
    }
  }

  private static Authorization auth(String id, String account, String reference) {
    return Fixtures.auth(id, account, ReasonType.PROMOTION, reference, "10.00", Fixtures.JAN_31);
  }

  private static Deduction ded(String id, String account, String reference) {
    return Fixtures.ded(id, account, "promotion", reference, Fixtures.cny("10.00"), Fixtures.JAN_31);
  }

  private static int position(AuthorizationTable authorizations, String id) {
    for (int a = 0; a < authorizations.count; a++) {
      if (authorizations.id[a].equals(id)) {
        return a;
      }
    }
    throw new AssertionError(id);
  }

  @Test
  void theFilter_sparesTheAuthorizationsNoLookupCanNeed() {
    List<Authorization> auths = new ArrayList<>();
    auths.add(auth("A0", "KA0", "OTHER-1"));
    for (int k = 1; k <= 60; k++) {
      // Two digit runs next to each other: each has a loose form of its own ("P<k>1").
      auths.add(auth("A" + k, "KA1", "P-" + k + "-1"));
    }
    Run run = Run.of(List.of(ded("D0", "KA1", "ZZ-9-9")), auths);
    int before = run.context().references.size();
    ReferenceIndex index = run.index();
    int added = run.context().references.size() - before;
    // The deduction's loose form "ZZ-99", and at most a few authorizations' the filter lets through
    // (one filter bit of 128 is set).
    assertEquals("ZZ-99", run.context().references.text(index.looseOf(0)));
    assertTrue(added >= 1 && added <= 5, added + " loose forms");
    assertEquals(ReferenceIndex.NO_LOOSE, index.byLoose(run.deductions().account[0], index.looseOf(0)));
    // The same authorizations with the deduction's own loose form: found.
    auths.add(auth("A61", "KA1", "Z-Z-9-9"));
    Run withIt = Run.of(List.of(ded("D0", "KA1", "ZZ-9-9")), auths);
    ReferenceIndex found = withIt.index();
    int strict = withIt.authorizations().ref[position(withIt.authorizations(), "A61")];
    assertEquals("Z-Z-9-9", withIt.context().references.text(strict));
    assertEquals(strict, found.byLoose(withIt.deductions().account[0], found.looseOf(0)));
  }

  @Test
  void twoReferencesWithOneLooseForm_areAmbiguous_whenTheFirstIsAuthorizationZero() {
    List<Authorization> auths = List.of(auth("A0", "KA1", "INV-1-05"), auth("A1", "KA1", "INV-10-5"),
        auth("A2", "KA2", "INV-105-0"));
    Run run = Run.of(List.of(ded("D0", "KA1", "INV105"), ded("D1", "KA2", "INV1050")), auths);
    ReferenceIndex index = run.index();
    ReferenceTable references = run.context().references;
    // The table keeps the input order here: A0 is authorization 0.
    assertEquals(0, position(run.authorizations(), "A0"));
    assertEquals(1, position(run.authorizations(), "A1"));
    assertEquals("INV-1-5", references.text(run.authorizations().ref[0]));
    assertEquals("INV-10-5", references.text(run.authorizations().ref[1]));
    assertTrue(index.looksUpLoose(0));
    assertEquals(ReferenceIndex.AMBIGUOUS_LOOSE, index.byLoose(run.deductions().account[0], index.looseOf(0)));
    // In the other account only one reference has the loose form "INV1050".
    assertEquals(run.authorizations().ref[2], index.byLoose(run.deductions().account[1], index.looseOf(1)));
    assertEquals(ReferenceIndex.NO_LOOSE, index.byLoose(run.deductions().account[0], index.looseOf(1)));
  }

  @Test
  void first_ofAnIdInternedAfterTheIndex_isNone() {
    Run run = Run.of(List.of(ded("D0", "KA1", "NEW-1-2")), List.of(auth("A0", "KA1", "OLD-1")));
    ReferenceIndex index = run.index();
    ReferenceTable references = run.context().references;
    int oldRef = run.authorizations().ref[0];
    assertEquals(0, index.first(oldRef));
    assertEquals(-1, index.next(0));
    // The deduction's loose form was interned while indexing: the first id the index has no slot for.
    int looseId = index.looseOf(0);
    assertEquals("NEW-12", references.text(looseId));
    assertEquals(-1, index.first(looseId));
    assertFalse(index.inAccount(looseId, run.deductions().account[0]));
    assertEquals(-1, index.first(references.intern("LATER-1")));
  }
}
