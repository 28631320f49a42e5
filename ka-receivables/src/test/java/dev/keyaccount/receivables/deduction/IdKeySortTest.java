package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.UnderMutation.examples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link IndexSort#keysByHighThenId} with {@link KeySort#sortByKey} and the ids as tie-break gives
 * exactly the order of a plain comparator (high, then {@link String#compareTo}): on ids with long
 * common prefixes, ids that are prefixes of others, empty ids, '\0', chars at and above 0x8000 and
 * lone surrogates, every width of the high part from 0 to 62 bits, and repeated high values.
 */
class IdKeySortTest {

  /** Chars at the edges of the orders that a key of truncated chars could confuse. */
  private static final char[] ALPHABET = {'\0', '\u0001', '0', '9', 'A', 'a', 'b', 'z', '\u007f', '\u00ff',
      '\u0100', '\u7fff', '\u8000', '\u8001', '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff', '\ue000',
      '\ufffe', '\uffff'};

  private static String randomString(Random random, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return s.toString();
  }

  /** Ids of a case: a shared prefix and short tails, some the prefix alone, some prefixes of others, some repeated. */
  private static String[] ids(Random random, int n) {
    String prefix = random.nextInt(3) == 0 ? "" : randomString(random, 12);
    String[] ids = new String[n];
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(10);
      if (kind == 0 || i == 0) {
        ids[i] = prefix + randomString(random, 8);
      } else if (kind == 1) {
        // A prefix of an earlier id (maybe shorter than the shared prefix: then the shared prefix shrinks).
        String other = ids[random.nextInt(i)];
        ids[i] = other.substring(0, random.nextInt(other.length() + 1));
      } else if (kind == 2) {
        // An earlier id extended by chars that a missing char (taken as 0) must still order after.
        ids[i] = ids[random.nextInt(i)] + (random.nextBoolean() ? "\0" : randomString(random, 3));
      } else if (kind == 3) {
        ids[i] = ids[random.nextInt(i)];
      } else {
        ids[i] = prefix + randomString(random, random.nextBoolean() ? 2 : 9);
      }
    }
    return ids;
  }

  /** The order of {@code 0..n-1} that keysByHighThenId and sortByKey give. */
  private static int[] sortedByKeys(long[] high, int highBits, String[] ids) {
    int n = ids.length;
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      index[i] = i;
    }
    long[] keys = IndexSort.keysByHighThenId(high, highBits, n, i -> ids[i]);
    for (long key : keys) {
      assertTrue(key >= 0, "keys fit 63 bits: " + key);
    }
    KeySort.sortByKey(keys, index, n, (a, b) -> ids[a].compareTo(ids[b]));
    return index;
  }

  /** The elements (high, id) in the order given, as text: equal elements may come in any order. */
  private static List<String> elements(int[] order, long[] high, String[] ids) {
    List<String> out = new ArrayList<>();
    for (int i : order) {
      out.add((high == null ? 0 : high[i]) + "|" + escape(ids[i]));
    }
    return out;
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      b.append(String.format("%04x.", (int) s.charAt(i)));
    }
    return b.toString();
  }

  private static List<String> expected(long[] high, String[] ids) {
    Integer[] boxed = new Integer[ids.length];
    for (int i = 0; i < boxed.length; i++) {
      boxed[i] = i;
    }
    Comparator<Integer> byHigh = Comparator.comparingLong(i -> high == null ? 0 : high[i]);
    Arrays.sort(boxed, byHigh.thenComparing(i -> ids[i]));
    return elements(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray(), high, ids);
  }

  @Test
  void keysAndTieBreak_orderAsHighThenStringCompareTo() {
    qt().withExamples(examples(1200, 200)).forAll(longs().all(), integers().between(0, 62), integers().between(0, 70))
        .checkAssert((seed, highBits, n) -> {
          Random random = new Random(seed);
          String[] ids = ids(random, n);
          long[] high = null;
          if (highBits > 0 || random.nextBoolean()) {
            // A few distinct values, so that many elements share one; the largest value that fits included.
            long max = highBits == 0 ? 0 : (1L << highBits) - 1;
            long[] pool = {0, max, highBits == 0 ? 0 : Math.floorMod(random.nextLong(), max + 1), max >>> 1};
            high = new long[n];
            for (int i = 0; i < n; i++) {
              high[i] = pool[random.nextInt(pool.length)];
            }
          }
          long[] h = high;
          int[] order = sortedByKeys(h, highBits, ids);
          int[] seen = new int[n];
          for (int i : order) {
            seen[i]++;
          }
          for (int i = 0; i < n; i++) {
            assertEquals(1, seen[i], "a permutation");
          }
          assertEquals(expected(h, ids), elements(order, h, ids), "highBits " + highBits);
        });
  }

  @Test
  void workedCases_prefixesZerosAndHighChars() {
    // Ids equal over more chars than a key holds: only the tie-break can order them.
    String[] ids = {"PFX-0000000000-b", "PFX-0000000000-a", "PFX-0000000000", "PFX-0000000000\0", "PFX-"};
    assertEquals(expected(null, ids), elements(sortedByKeys(null, 0, ids), null, ids));
    // Chars above 0x7fff order after ASCII (they are not negative), surrogates by their char value.
    String[] high = {"x\u8000", "x\uffff", "x\ud800\udc00", "xz", "x\u0000", "x", "", "\uffff"};
    assertEquals(List.of("", "x", "x\u0000", "xz", "x\u8000", "x\ud800\udc00", "x\uffff", "\uffff"),
        Arrays.stream(sortedByKeys(null, 0, high)).mapToObj(i -> high[i]).toList());
    // With 62 bits of high only one bit of the first char fits: the rest is the tie-break's.
    long[] days = {3, 3, 1L << 61, 0, 3};
    String[] close = {"b", "a\uffff", "a", "zz", "a"};
    assertEquals(expected(days, close), elements(sortedByKeys(days, 62, close), days, close));
    // A single element and none.
    assertEquals(List.of(0), Arrays.stream(sortedByKeys(new long[] {5}, 3, new String[] {"only"})).boxed().toList());
    assertEquals(0, sortedByKeys(new long[0], 0, new String[0]).length);
  }
}
