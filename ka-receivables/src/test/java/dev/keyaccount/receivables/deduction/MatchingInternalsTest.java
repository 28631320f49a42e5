package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.UnderMutation.examples;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.keyaccount.receivables.reconciliation.ReferenceSamples;
import dev.keyaccount.receivables.reconciliation.References;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The matcher's building blocks: sort, hash index and the interned references.
 */
class MatchingInternalsTest {

  @Test
  void sortByKey_isStable_andBreaksTiesWithTheComparator() {
    long[] keys = {5, 3, 5, 1, 3};
    int[] index = {0, 1, 2, 3, 4};
    KeySort.sortByKey(keys, index, 5, (a, b) -> Integer.compare(b, a));
    assertArrayEquals(new int[] {3, 4, 1, 2, 0}, index);
    assertArrayEquals(new long[] {1, 3, 3, 5, 5}, keys);
    int[] byAmount = {9, 0, 1, 2, 3, 9};
    IndexSort.sortByAmount(byAmount, 1, 5, new long[] {7, 2, 7, 1});
    assertArrayEquals(new int[] {9, 3, 1, 0, 2, 9}, byAmount);
  }

  @Test
  void sortByDateAndAmount_tooWideToPack_sortsByDateThenTheComparator() {
    // One date, amounts up to 2^61 (62 bits) and 4 positions (3 bits): 65 bits do not fit one long,
    // so the merge sort by date with the comparator (amount, then position) orders them.
    long big = 1L << 61;
    long[] amount = {big, 1, big - 1, 5};
    int[] order = IndexSort.sortByDateAndAmount(new long[4], amount, 4, 0, 0, big,
        (x, y) -> x == y ? 0 : Long.compare(amount[x], amount[y]) != 0 ? Long.compare(amount[x], amount[y])
            : Integer.compare(x, y));
    assertArrayEquals(new int[] {1, 3, 2, 0}, order);
  }

  @Test
  void sortByDateAndAmount_atExactlySixtyThreeBits_packsWithoutOverflow() {
    KeySort.IndexComparator byPosition = Integer::compare;
    // Dates 4 and 1 (a range of 3 above the first date: 2 bits), amounts below 2^59 (59 bits), 2 positions
    // (2 bits): 63 bits, packed from the first date; the earlier date comes first whatever its amount.
    long[] amount = {1, (1L << 59) - 1};
    assertArrayEquals(new int[] {1, 0},
        IndexSort.sortByDateAndAmount(new long[] {4, 1}, amount, 2, 1, 4, (1L << 59) - 1, byPosition));
    // Dates 5 and -3 (before 1970): a range of 8 (4 bits), amounts below 2^58 (58 bits), 2 positions:
    // 64 bits do not fit; the earlier date still comes first.
    long[] wide = {1, (1L << 58) - 1};
    assertArrayEquals(new int[] {1, 0},
        IndexSort.sortByDateAndAmount(new long[] {5, -3}, wide, 2, -3, 5, (1L << 58) - 1, byPosition));
  }

  @Test
  void sortByKey_sortsAnyInput() {
    qt().withExamples(100).forAll(lists().of(integers().between(0, 20)).ofSizeBetween(0, 50)).checkAssert(values -> {
      long[] keys = values.stream().mapToLong(Integer::longValue).toArray();
      int[] index = new int[keys.length];
      for (int i = 0; i < index.length; i++) {
        index[i] = i;
      }
      long[] original = keys.clone();
      KeySort.sortByKey(keys, index, keys.length, Integer::compare);
      for (int i = 1; i < index.length; i++) {
        assertTrue(original[index[i - 1]] < original[index[i]]
            || original[index[i - 1]] == original[index[i]] && index[i - 1] < index[i]);
        assertEquals(original[index[i]], keys[i]);
      }
    });
  }

  @Test
  void indexTable_putAllIfAbsent_answersAsOnePutEach() {
    // Keys with repeats, hashes that collide (a few distinct values) or not, tables that grow.
    qt().withExamples(examples(300, 60)).forAll(lists().of(integers().between(0, 60)).ofSizeBetween(0, 90),
        integers().between(0, 2)).checkAssert((keys, hashing) -> {
          int n = keys.size();
          int[] hashes = new int[n];
          for (int e = 0; e < n; e++) {
            hashes[e] = hashing == 0 ? keys.get(e) % 3 : hashing == 1 ? keys.get(e) * 31 : 7;
          }
          IndexTable.SameKey same = (other, probe) -> keys.get(other).equals(keys.get(probe));
          IndexTable one = new IndexTable(2);
          int[] expected = new int[n];
          for (int e = 0; e < n; e++) {
            expected[e] = one.putIfAbsent(e, hashes[e], same);
          }
          IndexTable all = new IndexTable(2);
          int[] firsts = new int[n];
          all.putAllIfAbsent(hashes, n, same, firsts);
          assertArrayEquals(expected, firsts);
          for (int e = 0; e < n; e++) {
            assertEquals(one.find(e, hashes[e], same), all.find(e, hashes[e], same));
          }
        });
  }

  @Test
  void indexTable_collidingHashes_keepKeysApart() {
    String[] keys = {"A", "B", "C", "A", "B"};
    IndexTable table = new IndexTable(2);
    List<Integer> firsts = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      firsts.add(table.putIfAbsent(i, 42, (other, probe) -> keys[other].equals(keys[probe])));
    }
    assertEquals(List.of(-1, -1, -1, 0, 1), firsts);
    assertEquals(2, table.find(-1, 42, (other, probe) -> keys[other].equals("C")));
    assertEquals(-1, table.find(-1, 42, (other, probe) -> keys[other].equals("D")));
    assertEquals(-1, table.find(-1, 7, (other, probe) -> true));
  }

  @Test
  void indexTable_twoHundredThousandSequentialHashes_areIndexedInLinearTime() {
    // A spread that lost its mixing (or returned one slot) would chain every key: 2 * 10^10 probes.
    IndexTable table = new IndexTable(16);
    IndexTable.SameKey same = (other, probe) -> other == probe;
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (int i = 0; i < 200_000; i++) {
        assertEquals(-1, table.putIfAbsent(i, i, same));
      }
      for (int i = 0; i < 200_000; i++) {
        assertEquals(i, table.find(i, i, same));
      }
    });
  }

  @Test
  void referenceTable_aHundredThousandDistinctReferences_areInternedInLinearTime() {
    // A hash that ignored the characters would compare every reference with every other: 5 * 10^9 times.
    ReferenceTable table = new ReferenceTable(16);
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (int i = 0; i < 100_000; i++) {
        assertEquals(i, table.intern("INV-" + i));
      }
      for (int i = 0; i < 100_000; i++) {
        assertEquals(i, table.intern("INV-" + i));
      }
    });
  }

  @Test
  void referenceTable_internAll_givesTheIdsAndFormsOfOneCallEach() {
    // Lists longer than a batch, with repeats (within a batch and across), nulls, empty and
    // separator-only references (no form), non-ASCII ones, long ones (the arena grows in a batch), and
    // a table that grows while it interns.
    qt().withExamples(examples(300, 60)).forAll(lists().of(ReferenceSamples.references()).ofSizeBetween(0, 70),
        integers().between(0, 5)).checkAssert((drawn, seed) -> {
          List<String> raw = new ArrayList<>();
          for (int i = 0; i < drawn.size(); i++) {
            raw.add(drawn.get(i));
            int mix = (i * 7 + seed) % 6;
            raw.add(mix == 0 ? null : mix == 1 ? drawn.get(i / 2) : mix == 2 ? " - " : mix == 3 ? "ＰＲＭ－" + i
                : mix == 4 ? "" : ("LONG-" + drawn.get(i)).repeat(4));
          }
          ReferenceTable one = new ReferenceTable(2);
          ReferenceTable all = new ReferenceTable(2);
          one.intern("PADDING-1");
          all.intern("PADDING-1");
          int[] expected = new int[raw.size()];
          for (int i = 0; i < raw.size(); i++) {
            expected[i] = raw.get(i) == null ? ReferenceTable.NONE : one.intern(raw.get(i));
          }
          int[] ids = new int[raw.size()];
          all.internAll(raw.size(), raw::get, ids);
          assertArrayEquals(expected, ids);
          assertEquals(one.size(), all.size());
          for (int id = 0; id < one.size(); id++) {
            assertEquals(one.text(id), all.text(id));
            if (one.text(id).length() <= References.MAX_LENGTH) {
              assertEquals(References.isUnsegmented(one.text(id)), all.unsegmented(id), one.text(id));
            }
            assertEquals(one.unsegmented(id), all.unsegmented(id));
            assertEquals(one.folded(id), all.folded(id));
            assertEquals(one.squeezedHash(id), all.squeezedHash(id));
          }
          // The loose forms of those with a form: one call each, or all at once.
          int[] withForm = IntStream.range(0, ids.length).filter(i -> ids[i] != ReferenceTable.NONE).toArray();
          int[] expectedLoose = new int[withForm.length];
          for (int k = 0; k < withForm.length; k++) {
            int id = ids[withForm[k]];
            expectedLoose[k] = one.unsegmented(id) ? id : one.internLoose(raw.get(withForm[k]));
          }
          int[] loose = new int[withForm.length];
          all.looseAll(withForm.length, k -> ids[withForm[k]], k -> raw.get(withForm[k]), loose);
          assertArrayEquals(expectedLoose, loose);
          // Both arenas end in the same place: the next form gets the same id and text.
          assertEquals(one.intern("NEXT-9"), all.intern("NEXT-9"));
          assertEquals(one.text(one.size() - 1), all.text(all.size() - 1));
        });
  }

  @Test
  void referenceTable_within_boundsEachFormsLength_notWhereItLies() {
    // Both forms lie past the first 64 chars of the table; each is far shorter than MAX_FUZZY_LENGTH.
    ReferenceTable table = new ReferenceTable(4);
    for (int i = 0; i < 20; i++) {
      table.intern("PADDING-" + i);
    }
    int a = table.intern("PRM-2026-0001");
    int b = table.intern("PRM-2026-0002");
    assertTrue(table.within(a, b, 1));
    assertTrue(table.within(b, a, 1));
    assertFalse(table.within(a, b, 0));
  }

  @Test
  void referenceTable_normalisesExactlyAsReferences() {
    qt().withExamples(examples(2000, 500)).forAll(ReferenceSamples.references()).checkAssert(raw -> {
      ReferenceTable table = new ReferenceTable(4);
      table.intern("PADDING-1");
      assertForms(table, raw);
      // A second pass over the same table finds the same ids.
      assertForms(table, raw);
    });
    qt().withExamples(examples(500, 150)).forAll(strings().allPossible().ofLengthBetween(0, 12)).checkAssert(raw -> {
      ReferenceTable table = new ReferenceTable(2);
      assertForms(table, raw);
    });
    qt().withExamples(examples(300, 100)).forAll(strings().ascii().ofLengthBetween(0, 16)).checkAssert(raw -> {
      ReferenceTable table = new ReferenceTable(2);
      assertForms(table, raw);
    });
  }

  /**
   * Full-width forms of ASCII are written without the Normalizer; mixed with ASCII, ideographic spaces
   * and the chars just outside the full-width block or that compose (a combining acute, a half-width
   * katakana, an accented letter), the forms are still exactly References'.
   */
  @Test
  void referenceTable_writesFullWidthReferencesExactlyAsReferences() {
    char[] alphabet = ("Aa0-/ 9zZ.\uFF01\uFF10\uFF19\uFF21\uFF3A\uFF41\uFF5A\uFF0D\uFF0F\uFF5E\uFF3F\u3000"
        + "\uFF00\uFF5F\u0301\uFF71\u00C9\u2460").toCharArray();
    qt().withExamples(examples(2000, 400)).forAll(lists().of(integers().between(0, alphabet.length - 1))
        .ofSizeBetween(0, 14)).checkAssert(picks -> {
          StringBuilder raw = new StringBuilder();
          picks.forEach(k -> raw.append(alphabet[k]));
          ReferenceTable table = new ReferenceTable(4);
          assertForms(table, raw.toString());
        });
    assertTrue(FormArena.onlyWide("PRM\uFF0D\uFF12\u3000x", 0));
    assertFalse(FormArena.onlyWide("\uFF21\u0301", 0));
    assertFalse(FormArena.onlyWide("\uFF00", 0));
    assertFalse(FormArena.onlyWide("\uFF5F", 0));
  }

  @Test
  void referenceTable_normalisesTheHardCasesAsReferences() {
    ReferenceTable table = new ReferenceTable(4);
    for (String raw : List.of("", "--", "PRM-2026-0000002", "PRM20260000002", "prm 2026 2",
        "\uFF30\uFF32\uFF2D\uFF0D\uFF12\uFF10\uFF12\uFF16\uFF0D\uFF12", "INV-1-2", "0-0-00", "A00B", "x0y007z",
        "CAF\u00C9-7", "CAFE\u0301-7", "E-\u0301", "\u0301A", "\u1100-\u1161", "\u1100\u1161", "stra\u00DFe",
        "PRM-\uD83C\uDF4E", "\uD83C\uDF4E\uD83C\uDF4C", "\uD800A", "A\uDC00", "\u2764\uFE0F1", "A\u200DB", "\u20AC100",
        "\u0661\u0662\u0660-\u0660", "\uD801\uDCA0\uD801\uDCA1", "A+B", "\u2460\u00BD", "\t\u3000a")) {
      assertForms(table, raw);
    }
  }

  /** The table's strict and loose ids name exactly References' forms, and unsegmented agrees. */
  private static void assertForms(ReferenceTable table, String raw) {
    String strict = References.normalise(raw);
    String loose = References.loose(raw);
    int id = table.intern(raw);
    int looseId = table.internLoose(raw);
    assertEquals(strict, id == ReferenceTable.NONE ? "" : table.text(id), raw);
    assertEquals(loose, looseId == ReferenceTable.NONE ? "" : table.text(looseId), raw);
    if (id != ReferenceTable.NONE) {
      assertEquals(id, table.intern(strict));
      assertEquals(looseId, table.intern(loose));
      assertEquals(References.isUnsegmented(raw), table.unsegmented(id), raw);
      assertEquals(id == looseId, table.unsegmented(id), raw);
      int[] viaLooseAll = new int[1];
      table.looseAll(1, k -> id, k -> raw, viaLooseAll);
      assertEquals(looseId, viaLooseAll[0], raw);
    } else {
      assertEquals(ReferenceTable.NONE, looseId);
    }
  }

  @Test
  void referenceTable_internsEqualFormsOnce() {
    ReferenceTable table = new ReferenceTable(2);
    assertEquals(ReferenceTable.NONE, table.intern(" -./"));
    assertEquals(ReferenceTable.NONE, table.intern(""));
    assertEquals(ReferenceTable.NONE, table.internLoose(" -./"));
    assertEquals(0, table.intern("inv-000123"));
    assertEquals(0, table.intern("INV 123"));
    assertEquals(0, table.intern("INV000123"));
    assertEquals(1, table.intern("Inv.124"));
    assertEquals(0, table.intern("\uFF29\uFF2E\uFF36\uFF10\uFF11\uFF12\uFF13"));
    assertEquals(2, table.intern("INV12"));
    assertEquals(3, table.intern("X00A0"));
    assertEquals(4, table.intern("INV-1-2"));
    assertEquals("INV-123", table.text(0));
    assertEquals("INV-124", table.text(1));
    assertEquals("INV-12", table.text(2));
    assertEquals("X-0-A-0", table.text(3));
    assertEquals("INV-1-2", table.text(4));
    assertEquals(5, table.size());
    assertTrue(table.within(0, 0, 0));
    assertTrue(table.within(0, 1, 1));
    assertFalse(table.within(0, 1, 0));
    assertTrue(table.within(0, 2, 1));
    assertFalse(table.within(0, 2, 0));
    assertFalse(table.within(0, 3, 2));
    assertTrue(table.within(2, 4, 1));
  }

  @Test
  void referenceTable_looseForms_shareTheNamespace() {
    ReferenceTable table = new ReferenceTable(4);
    int unsegmented = table.intern("PRM20260000002");
    int segmented = table.intern("PRM-2026-0000002");
    assertEquals("PRM-20260000002", table.text(unsegmented));
    assertEquals("PRM-2026-2", table.text(segmented));
    assertTrue(table.unsegmented(unsegmented));
    assertFalse(table.unsegmented(segmented));
    assertEquals(unsegmented, table.internLoose("PRM-2026-0000002"));
    assertEquals(unsegmented, table.internLoose("PRM20260000002"));
    // Same strict form, other loose form: the loose form follows the reference as written.
    int shortLoose = table.internLoose("PRM-2026-2");
    assertEquals("PRM-20262", table.text(shortLoose));
    assertEquals(segmented, table.intern("PRM-2026-2"));
    // Both segmented: the strict forms differ, the loose forms are one.
    int a = table.intern("PRM-2026-1-10");
    int b = table.intern("PRM-2026-11-0");
    assertTrue(a != b);
    assertFalse(table.unsegmented(a));
    assertFalse(table.unsegmented(b));
    assertEquals(table.internLoose("PRM-2026-1-10"), table.internLoose("PRM-2026-11-0"));
    // Symbols are tokens of their own, in both forms.
    int apple = table.intern("PRM-\uD83C\uDF4E");
    int banana = table.intern("PRM-\uD83C\uDF4C");
    assertTrue(apple != banana);
    assertTrue(table.unsegmented(apple));
    assertEquals(apple, table.internLoose("PRM-\uD83C\uDF4E"));
    assertTrue(table.unsegmented(table.intern("A-+-B")));
    assertTrue(table.unsegmented(table.intern("1")));
    assertFalse(table.unsegmented(table.intern("A B")));
    assertFalse(table.unsegmented(table.intern("\u00E9 \u00E9")));
    assertTrue(table.unsegmented(table.intern("\u00E9 1 \u00E9")));
  }

  @Test
  void referenceTable_comparesLongFormsOnlyExactly() {
    ReferenceTable table = new ReferenceTable(4);
    String longest = "A".repeat(References.MAX_FUZZY_LENGTH);
    int fuzzy = table.intern(longest);
    int fuzzyTypo = table.intern("B" + longest.substring(1));
    int tooLong = table.intern(longest + "A");
    int tooLongTypo = table.intern("B" + longest);
    assertTrue(table.within(fuzzy, fuzzyTypo, 1));
    assertFalse(table.within(fuzzy, fuzzyTypo, 0));
    assertFalse(table.within(fuzzy, tooLong, 1));
    assertFalse(table.within(tooLong, fuzzy, 1));
    assertFalse(table.within(tooLong, tooLongTypo, 1));
    assertTrue(table.within(tooLong, tooLong, 0));
    assertEquals(tooLong, table.intern((longest + "A").toLowerCase(java.util.Locale.ROOT)));
  }

  @Test
  void referenceTable_growsPastItsFirstArena() {
    ReferenceTable table = new ReferenceTable(1000);
    for (int i = 0; i < 1000; i++) {
      assertEquals(i, table.intern("REF-" + "X".repeat(i % 7) + i));
    }
    assertEquals(1000, table.size());
    assertEquals("REF-XXXXX-999", table.text(999));
    assertEquals(500, table.intern("ref xxx 0500"));
    String huge = "\uFF21\u00DF".repeat(400);
    int id = table.intern(huge);
    assertEquals(("A" + "SS").repeat(400), table.text(id));
    assertEquals(id, table.internLoose(huge));
  }

  @Test
  void indexTable_growsAndKeepsEveryKey() {
    int n = 1000;
    IndexTable table = new IndexTable(1);
    IndexTable.SameKey sameValue = (other, probe) -> other % 500 == probe % 500;
    for (int i = 0; i < n; i++) {
      assertEquals(i < 500 ? -1 : i - 500, table.putIfAbsent(i, (i % 500) * 7, sameValue));
    }
    for (int i = 0; i < 500; i++) {
      assertEquals(i, table.find(i + 500, i * 7, sameValue));
    }
    assertEquals(-1, table.find(3, 3 * 7 + 1, sameValue));
  }
}
