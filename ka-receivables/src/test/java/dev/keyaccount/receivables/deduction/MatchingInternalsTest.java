package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.keyaccount.receivables.reconciliation.References;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The matcher's building blocks: edit distance, bounded combination search, sort, hash index and the
 * interned references.
 */
class MatchingInternalsTest {

  @Test
  void editDistance_boundaries() {
    assertTrue(EditDistance.within("ABC", "ABC", 0));
    assertFalse(EditDistance.within("ABC", "ABD", 0));
    assertTrue(EditDistance.within("ABC", "ABD", 1));
    assertTrue(EditDistance.within("ABCD", "ABDC", 1));
    assertFalse(EditDistance.within("ABCD", "ABDC", 0));
    assertTrue(EditDistance.within("ABCD", "AB", 2));
    assertFalse(EditDistance.within("ABCD", "A", 2));
    assertTrue(EditDistance.within("KITTEN", "SITTING", 3));
    assertFalse(EditDistance.within("KITTEN", "SITTING", 2));
    assertTrue(EditDistance.within("", "AB", 2));
    assertFalse(EditDistance.within("XYZW", "ABCD", 3));
    assertTrue(EditDistance.within("XYZW", "ABCD", 4));
    assertFalse(EditDistance.within("AXXXXXXB", "BXXXXXXA", 1));
  }

  @Test
  void editDistance_isSymmetric() {
    qt().withExamples(200).forAll(lists().of(integers().between(0, 3)).ofSizeBetween(0, 6),
        lists().of(integers().between(0, 3)).ofSizeBetween(0, 6), integers().between(0, 3)).checkAssert((a, b, k) -> {
          String x = text(a);
          String y = text(b);
          assertEquals(EditDistance.within(x, y, k), EditDistance.within(y, x, k));
        });
  }

  private static String text(List<Integer> codes) {
    StringBuilder s = new StringBuilder();
    codes.forEach(c -> s.append((char) ('A' + c)));
    return s.toString();
  }

  @Test
  void combinationSearch_outcomes() {
    CombinationSearch search = new CombinationSearch(3);
    long[] amounts = {100, 140, 160, 200, 250};
    assertEquals(CombinationSearch.UNIQUE, search.search(amounts, 5, 350, 350, 3));
    assertArrayEquals(new int[] {0, 4}, search.first());
    assertEquals(CombinationSearch.AMBIGUOUS, search.search(amounts, 5, 300, 300, 3));
    assertArrayEquals(new int[] {0, 3}, search.first());
    assertArrayEquals(new int[] {1, 2}, search.second());
    assertEquals(CombinationSearch.NONE, search.search(amounts, 5, 99, 101, 3));
    assertEquals(CombinationSearch.UNIQUE, search.search(amounts, 5, 400, 400, 3));
    assertArrayEquals(new int[] {0, 1, 2}, search.first());
    assertEquals(CombinationSearch.NONE, search.search(amounts, 5, 400, 400, 2));
    assertEquals(CombinationSearch.NONE, search.search(amounts, 2, 350, 350, 3));
    assertEquals(CombinationSearch.NONE, search.search(amounts, 5, 849, 851, 3));
    assertEquals(CombinationSearch.UNIQUE, search.search(amounts, 5, 610, 610, 3));
    assertArrayEquals(new int[] {2, 3, 4}, search.first());
    assertEquals(CombinationSearch.NONE, search.search(amounts, 5, 611, 611, 3));
  }

  @Test
  void combinationSearch_stopsAtItsBudget() {
    long[] amounts = new long[64];
    Arrays.fill(amounts, 1);
    CombinationSearch search = new CombinationSearch(6);
    assertEquals(CombinationSearch.EXHAUSTED, search.search(amounts, 64, 1_000, 1_000, 6));
  }

  @Test
  void combinationSearch_findsEverySubsetSumOfTheOracle() {
    qt().withExamples(200).forAll(lists().of(integers().between(1, 40)).ofSizeBetween(0, 8), integers().between(2, 120))
        .checkAssert((values, target) -> {
          long[] amounts = values.stream().mapToLong(Integer::longValue).sorted().toArray();
          int count = 0;
          for (int mask = 0; mask < 1 << amounts.length; mask++) {
            int bits = Integer.bitCount(mask);
            long sum = 0;
            for (int i = 0; i < amounts.length; i++) {
              if ((mask >> i & 1) == 1) {
                sum += amounts[i];
              }
            }
            if (bits >= 2 && bits <= 3 && sum == target) {
              count++;
            }
          }
          int outcome = new CombinationSearch(3).search(amounts, amounts.length, target, target, 3);
          assertEquals(Math.min(count, 2), outcome);
        });
  }

  @Test
  void sortByKey_isStable_andBreaksTiesWithTheComparator() {
    long[] keys = {5, 3, 5, 1, 3};
    int[] index = {0, 1, 2, 3, 4};
    IndexSort.sortByKey(keys, index, 5, (a, b) -> Integer.compare(b, a));
    assertArrayEquals(new int[] {3, 4, 1, 2, 0}, index);
    assertArrayEquals(new long[] {1, 3, 3, 5, 5}, keys);
    int[] byAmount = {9, 0, 1, 2, 3, 9};
    IndexSort.sortByAmount(byAmount, 1, 5, new long[] {7, 2, 7, 1});
    assertArrayEquals(new int[] {9, 3, 1, 0, 2, 9}, byAmount);
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
      IndexSort.sortByKey(keys, index, keys.length, Integer::compare);
      for (int i = 1; i < index.length; i++) {
        assertTrue(original[index[i - 1]] < original[index[i]]
            || original[index[i - 1]] == original[index[i]] && index[i - 1] < index[i]);
        assertEquals(original[index[i]], keys[i]);
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
  void referenceTable_normalisesExactlyAsReferences() {
    String alphabet = "aZ09 -./0\uFF10\uFF11\uFF41\uFF3A\u0660\u0663\u4E2D\u00E9\u00DF#";
    qt().withExamples(500).forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 12))
        .checkAssert(positions -> {
          StringBuilder raw = new StringBuilder();
          positions.forEach(p -> raw.append(alphabet.charAt(p)));
          String expected = References.normalise(raw.toString());
          ReferenceTable table = new ReferenceTable(4);
          table.intern("PADDING-1");
          int id = table.intern(raw.toString());
          if (expected.isEmpty()) {
            assertEquals(ReferenceTable.NONE, id);
          } else {
            assertEquals(expected, table.text(id));
            assertEquals(id, table.intern(expected));
          }
        });
    qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 10)).checkAssert(raw -> {
      ReferenceTable table = new ReferenceTable(2);
      int id = table.intern(raw);
      assertEquals(References.normalise(raw), id == ReferenceTable.NONE ? "" : table.text(id));
    });
  }

  @Test
  void referenceTable_internsEqualFormsOnce() {
    ReferenceTable table = new ReferenceTable(2);
    assertEquals(ReferenceTable.NONE, table.intern(" -./"));
    assertEquals(ReferenceTable.NONE, table.intern(""));
    assertEquals(0, table.intern("inv-000123"));
    assertEquals(0, table.intern("INV 123"));
    assertEquals(1, table.intern("Inv.124"));
    assertEquals(0, table.intern("\uFF29\uFF2E\uFF36\uFF10\uFF11\uFF12\uFF13"));
    assertEquals(2, table.intern("INV12"));
    assertEquals(3, table.intern("X00A0"));
    assertEquals(4, table.size());
    assertEquals("INV123", table.text(0));
    assertEquals("INV124", table.text(1));
    assertEquals("X0A0", table.text(3));
    assertTrue(table.within(0, 0, 0));
    assertTrue(table.within(0, 1, 1));
    assertFalse(table.within(0, 1, 0));
    assertTrue(table.within(0, 2, 1));
    assertFalse(table.within(0, 2, 0));
    assertFalse(table.within(0, 3, 2));
  }

  @Test
  void referenceTable_growsPastItsFirstArena() {
    ReferenceTable table = new ReferenceTable(1000);
    for (int i = 0; i < 1000; i++) {
      assertEquals(i, table.intern("REF-" + "X".repeat(i % 7) + i));
    }
    assertEquals(1000, table.size());
    assertEquals("REFXXXXX999", table.text(999));
    assertEquals(500, table.intern("ref xxx 0500"));
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
