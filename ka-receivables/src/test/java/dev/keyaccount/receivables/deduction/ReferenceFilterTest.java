package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.UnderMutation.examples;
import static dev.keyaccount.receivables.deduction.Fixtures.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.keyaccount.receivables.reconciliation.ReferenceSamples;
import dev.keyaccount.receivables.reconciliation.References;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The filter that spares the loose forms of most authorizations: an ASCII reference's strict and loose
 * forms squeeze alike, every other reference marks its id as folded, and the filtered
 * {@link ReferenceIndex} answers every loose lookup exactly as an index of every authorization's loose
 * form (by {@code References.loose}) would.
 */
class ReferenceFilterTest {

  @Test
  void strictAndLooseForms_squeezeAlike_unlessFolded() {
    qt().withExamples(examples(2000, 500)).forAll(ReferenceSamples.references()).checkAssert(ReferenceFilterTest::assertSqueeze);
    qt().withExamples(examples(500, 150)).forAll(strings().allPossible().ofLengthBetween(0, 12))
        .checkAssert(ReferenceFilterTest::assertSqueeze);
    qt().withExamples(examples(1000, 250)).forAll(strings().ascii().ofLengthBetween(0, 16))
        .checkAssert(ReferenceFilterTest::assertSqueeze);
    for (String raw : List.of("", "--", "PRM-2026-0000002", "PRM20260000002", "0-0-00", "A00B", "x0y007z",
        "1-05", "1-5", "\uFF30\uFF32\uFF2D\uFF0D\uFF12", "CAFE\u0301-7", "\u1100-\u1161", "PRM-\uD83C\uDF4E",
        "\uD800A", "\u0661\u0662\u0660-\u0660", "A+B", "\t\u3000a")) {
      assertSqueeze(raw);
    }
  }

  private static void assertSqueeze(String raw) {
    ReferenceTable table = new ReferenceTable(4);
    table.intern("PADDING-1");
    int id = table.intern(raw);
    int looseId = table.internLoose(raw);
    if (id == ReferenceTable.NONE) {
      return;
    }
    boolean ascii = raw.chars().allMatch(c -> c < 0x80);
    assertEquals(!ascii, table.folded(id), raw);
    if (!table.folded(id)) {
      assertEquals(table.squeezedHash(id), table.squeezedHash(looseId), raw);
      int[] loose = new int[1];
      table.looseAll(1, k -> id, k -> raw, loose);
      assertEquals(table.squeezedHash(id), table.squeezedHash(loose[0]), raw);
    }
  }

  @Test
  void filteredIndex_answersAsEveryLooseForm() {
    Gen<List<String>> refs = lists().of(ReferenceSamples.references(5)).ofSizeBetween(1, 12);
    Gen<List<Integer>> picks = lists().of(integers().between(0, 1_000)).ofSizeBetween(1, 40);
    qt().withExamples(examples(400, 100)).forAll(refs, picks).checkAssert(ReferenceFilterTest::assertIndex);
    // ASCII variants of one document, written with and without separators and zeros.
    List<String> variants = List.of("PRM-2026-0000002", "PRM20260000002", "prm 2026 2", "PRM-20-26-2", "PRM2026-2",
        "PRM-202-62", "INV-1-05", "INV-105", "INV-1-5", "INV15", "INV-0105");
    qt().withExamples(examples(400, 100)).forAll(lists().of(integers().between(0, variants.size() - 1)).ofSizeBetween(1, 30))
        .checkAssert(positions -> assertIndex(variants, positions));
  }

  /**
   * Authorizations and deductions over three accounts, each quoting one of {@code refs} by the picks:
   * the pick's parity chooses the side, its value the account and the reference.
   */
  private static void assertIndex(List<String> refs, List<Integer> picks) {
    List<Authorization> auths = new ArrayList<>();
    List<Deduction> deds = new ArrayList<>();
    for (int k = 0; k < picks.size(); k++) {
      int pick = picks.get(k);
      String account = "KA" + (pick / 2) % 3;
      String ref = refs.get((pick / 6) % refs.size());
      if (pick % 2 == 0) {
        auths.add(Fixtures.auth("A" + k, account, ReasonType.PROMOTION, ref, "10.00", Fixtures.JAN_31));
      } else {
        deds.add(Fixtures.ded("D" + k, account, "promotion", ref, Fixtures.cny("10.00"), Fixtures.JAN_31));
      }
    }
    RunContext context = new RunContext(POLICY, DeductionLedger.empty(POLICY.currency()), false);
    context.expect(deds.size(), auths.size());
    DeductionTable deductions = new DeductionTable(context, deds);
    AuthorizationTable authorizations = AuthorizationTable.of(context, auths);
    ReferenceIndex index = new ReferenceIndex(authorizations, deductions, context.references);
    ReferenceTable references = context.references;
    for (int d = 0; d < deductions.newCount; d++) {
      int ref = deductions.ref[d];
      if (ref == ReferenceTable.NONE || index.inAccount(ref, deductions.account[d])) {
        continue;
      }
      String raw = java.util.Objects.requireNonNull(deductions.reference[d]);
      String loose = References.loose(raw);
      assertEquals(loose, index.looseOf(d) == ReferenceTable.NONE ? "" : references.text(index.looseOf(d)), raw);
      Set<Integer> strict = new HashSet<>();
      for (int a = 0; a < authorizations.count; a++) {
        String written = authorizations.reference[a];
        if (written != null && authorizations.account[a] == deductions.account[d]
            && References.loose(written).equals(loose) && authorizations.ref[a] != ReferenceTable.NONE) {
          strict.add(authorizations.ref[a]);
        }
      }
      int expected = strict.isEmpty() ? ReferenceIndex.NO_LOOSE
          : strict.size() > 1 ? ReferenceIndex.AMBIGUOUS_LOOSE : strict.iterator().next();
      assertEquals(expected, index.byLoose(deductions.account[d], index.looseOf(d)), raw + " in " + refs);
      assertTrue(expected != ReferenceIndex.NO_LOOSE || strict.isEmpty());
    }
  }
}
