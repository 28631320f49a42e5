package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/**
 * {@link CharCounts}: the signature counts chars by their low four bits, capped at 15; the difference of
 * two signatures is the plain sum of the sixteen counts' differences; and it never exceeds twice the edit
 * distance, so that {@link ReferenceTable#within} rejects no pair the distance would keep.
 */
class CharCountsTest {

  @Test
  void workedSignatures() {
    char[] chars = "PRM-2026-0001".toCharArray();
    long counts = CharCounts.of(chars, 0, chars.length);
    assertEquals(5, nibble(counts, '0' & 15), "four zeros and the 'P' (0x50)");
    assertEquals(3, nibble(counts, '2' & 15), "two 2s and the 'R' (0x52)");
    assertEquals(0, CharCounts.distanceAtLeast(counts, counts));
    char[] many = "0000000000000000000".toCharArray();
    assertEquals(15, nibble(CharCounts.of(many, 0, many.length), 0), "capped at 15");
    char[] slip = "PRN-2026-0001".toCharArray();
    assertEquals(2, CharCounts.distanceAtLeast(counts, CharCounts.of(slip, 0, slip.length)), "one substitution");
  }

  @Test
  void differenceIsTheSumOfTheCountsDifferences() {
    qt().forAll(longs().all(), longs().all()).checkAssert((a, b) -> {
      int expected = 0;
      for (int i = 0; i < 16; i++) {
        expected += Math.abs(nibble(a, i) - nibble(b, i));
      }
      assertEquals(expected, CharCounts.distanceAtLeast(a, b));
      assertEquals(expected, CharCounts.distanceAtLeast(b, a));
    });
  }

  @Test
  void neverMoreThanTwiceTheEditDistance() {
    // Short strings over a few chars whose low bits collide ('0' and '@', 'A' and '1'), with edits of
    // every kind between them, long runs past the cap included.
    qt().withExamples(5_000).forAll(strings().betweenCodePoints('0', 'C').ofLengthBetween(0, 24),
        strings().betweenCodePoints('0', 'C').ofLengthBetween(0, 24), integers().between(0, 4))
        .checkAssert((a, b, max) -> {
          char[] both = (a + b).toCharArray();
          long ca = CharCounts.of(both, 0, a.length());
          long cb = CharCounts.of(both, a.length(), both.length);
          if (EditDistance.within(a, b, max)) {
            assertTrue(CharCounts.distanceAtLeast(ca, cb) <= 2 * max, a + " / " + b + " within " + max);
          }
        });
  }

  @Test
  void neverMoreThanTwiceTheEditDistance_pastTheCap() {
    // Long runs of two chars of one class ('A' 0x41 and 'Q' 0x51, both 1) and one other ('a'): counts
    // of 15 and more, capped, on both sides of the bound.
    qt().withExamples(3_000).forAll(lists().of(integers().between(0, 2)).ofSizeBetween(10, 40),
        lists().of(integers().between(0, 99)).ofSizeBetween(0, 3), integers().between(0, 3))
        .checkAssert((codes, edits, max) -> {
          StringBuilder a = new StringBuilder();
          codes.forEach(c -> a.append("AQa".charAt(c)));
          StringBuilder b = new StringBuilder(a);
          for (int e : edits) {
            int at = e % b.length();
            if (e % 3 == 0) {
              b.deleteCharAt(at);
            } else {
              b.insert(at, "AQa".charAt(e % 3));
            }
          }
          char[] both = (a.toString() + b).toCharArray();
          long ca = CharCounts.of(both, 0, a.length());
          long cb = CharCounts.of(both, a.length(), both.length);
          if (EditDistance.within(a.toString(), b.toString(), max)) {
            assertTrue(CharCounts.distanceAtLeast(ca, cb) <= 2 * max, a + " / " + b + " within " + max);
          }
        });
  }

  private static int nibble(long counts, int i) {
    return (int) (counts >>> (4 * i) & 15);
  }
}
