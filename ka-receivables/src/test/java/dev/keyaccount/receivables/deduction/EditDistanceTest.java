package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/** The banded optimal-string-alignment distance, against a full-matrix oracle. */
class EditDistanceTest {

  /** The plain optimal-string-alignment distance over the whole matrix. */
  static int osa(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** Short texts over three letters, so that distances fall near the bounds tried. */
  private static Gen<String> texts(int maxLength) {
    return lists().of(integers().between(0, 2)).ofSizeBetween(0, maxLength).map(EditDistanceTest::text);
  }

  private static String text(List<Integer> codes) {
    StringBuilder s = new StringBuilder();
    codes.forEach(c -> s.append((char) ('A' + c)));
    return s.toString();
  }

  @ParameterizedTest
  @CsvSource({
      "ABC, ABC, 0", "ABC, ABD, 1", "ABCD, ABDC, 1", "ABCD, AB, 2", "ABCD, A, 3", "KITTEN, SITTING, 3",
      "'', AB, 2", "'', '', 0", "XYZW, ABCD, 4", "AXXXXXXB, BXXXXXXA, 2", "CA, ABC, 3", "ABC, CA, 3",
      "PRM-48213907, PRM-48231907, 1", "PRM-48213907, PRM-4821390, 1", "PRM-48213907, CLM-777, 9"})
  void workedExamples_matchTheOracle_andTheBoundIsTight(String a, String b, int distance) {
    assertEquals(distance, osa(a, b));
    assertTrue(EditDistance.within(a, b, distance));
    assertTrue(EditDistance.within(a, b, distance + 1));
    assertFalse(EditDistance.within(a, b, distance - 1));
  }

  @Test
  void negativeBound_isNeverMet() {
    assertFalse(EditDistance.within("", "", -1));
    assertFalse(EditDistance.within("A", "A", -1));
  }

  @Test
  void banded_agreesWithTheFullMatrix() {
    qt().withExamples(3000).forAll(texts(9), texts(9), integers().between(0, 4)).checkAssert((a, b, max) ->
        assertEquals(osa(a, b) <= max, EditDistance.within(a, b, max), a + " / " + b + " within " + max));
  }

  @Test
  void banded_agreesWithTheFullMatrix_onNearCopies() {
    // A text and a few random edits of it: distances right at the bound, over longer texts.
    qt().withExamples(1000).forAll(texts(20), lists().of(integers().between(0, 99)).ofSizeBetween(0, 5),
        integers().between(0, 4)).checkAssert((a, edits, max) -> {
          StringBuilder b = new StringBuilder(a);
          for (int e : edits) {
            int at = b.length() == 0 ? 0 : e % b.length();
            switch (e % 4) {
              case 0 -> b.insert(at, (char) ('A' + e % 3));
              case 1 -> {
                if (b.length() > 0) {
                  b.deleteCharAt(at);
                }
              }
              case 2 -> {
                if (b.length() > 0) {
                  b.setCharAt(at, (char) ('A' + e % 3));
                }
              }
              default -> {
                if (at + 1 < b.length()) {
                  char c = b.charAt(at);
                  b.setCharAt(at, b.charAt(at + 1));
                  b.setCharAt(at + 1, c);
                }
              }
            }
          }
          assertEquals(osa(a, b.toString()) <= max, EditDistance.within(a, b.toString(), max));
        });
  }

  @Test
  void banded_agreesWithTheFullMatrix_behindACommonPrefix() {
    // Numbered references: a long shared prefix, then short tails that differ (the distance skips the prefix).
    qt().withExamples(3000).forAll(texts(12), texts(5), texts(5), integers().between(0, 4)).checkAssert(
        (prefix, a, b, max) -> assertEquals(osa(prefix + a, prefix + b) <= max,
            EditDistance.within(prefix + a, prefix + b, max), prefix + a + " / " + prefix + b + " within " + max));
  }

  @Test
  void isSymmetric() {
    qt().withExamples(1000).forAll(texts(8), texts(8), integers().between(0, 4)).checkAssert((a, b, max) ->
        assertEquals(EditDistance.within(a, b, max), EditDistance.within(b, a, max)));
  }

  @Test
  void oneInstance_reusedAcrossLengths_keepsNoStaleCells() {
    EditDistance distance = new EditDistance();
    qt().withExamples(2000).forAll(texts(12), texts(12), integers().between(0, 4)).checkAssert((a, b, max) -> {
      char[] chars = ("#" + a + b).toCharArray();
      assertEquals(osa(a, b) <= max, distance.within(chars, 1, 1 + a.length(), 1 + a.length(), chars.length, max));
    });
  }

  @Test
  void manyNearIdenticalReferences_eachAgainstTheNext() {
    EditDistance distance = new EditDistance();
    String[] references = new String[4000];
    for (int i = 0; i < references.length; i++) {
      // 55 chars: a long common body, with the serial number and one rotating typo near the end.
      StringBuilder s = new StringBuilder("PRM-2026-" + "X".repeat(36) + String.format("-%09d", i));
      s.setCharAt(10 + i % 30, 'Y');
      references[i] = s.toString();
    }
    assertEquals(55, references[0].length());
    int within = 0;
    for (int i = 0; i + 1 < references.length; i++) {
      String a = references[i];
      String b = references[i + 1];
      char[] chars = (a + b).toCharArray();
      boolean banded = distance.within(chars, 0, a.length(), a.length(), chars.length, 3);
      assertEquals(osa(a, b) <= 3, banded, a + " / " + b);
      within += banded ? 1 : 0;
    }
    // Neighbours differ by the moved typo (2 edits) and the serial (1 or more digits).
    assertTrue(within > 3000 && within < 3999, "within " + within);
  }
}
