package dev.keyaccount.receivables.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferencesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "PRM-2026-0000002|PRM-2026-2",
      "prm 2026 2|PRM-2026-2",
      "PRM/2026/02|PRM-2026-2",
      "\uFF30\uFF32\uFF2D\uFF0D\uFF12\uFF10\uFF12\uFF16\uFF0D\uFF12|PRM-2026-2",
      "0000123456|123456",
      "123456|123456",
      "PRM20260000002|PRM-20260000002",
      "inv-000123|INV-123",
      "INV 123|INV-123",
      "Inv.123|INV-123",
      "INV000123|INV-123",
      "Inv.123.|INV-123",
      "INV-1-2|INV-1-2",
      "INV-12|INV-12",
      "PRM-2026-1-10|PRM-2026-1-10",
      "PRM-2026-11-0|PRM-2026-11-0",
      "00123|123",
      "000|0",
      "0|0",
      "A00B|A-0-B",
      "INV-0-05|INV-0-5",
      "x0y007z|X-0-Y-7-Z",
      "'PO 1007/02'|PO-1007-2",
      "\uFF29\uFF2E\uFF36\uFF10\uFF11\uFF12|INV-12",
      "--|''",
      "''|''",
      "' \t\u3000'|''",
      "A+B|A-+-B",
      "\u20AC100|\u20AC-100",
      "PRM-\uD83C\uDF4E|PRM-\uD83C\uDF4E",
      "\u0661\u0662\u0660|120",
      "stra\u00DFe 5|STRASSE-5",
      "CAF\u00C9-7|CAF\u00C9-7",
      "CAFE\u0301-7|CAF\u00C9-7",
      "cafe\u0301 007|CAF\u00C9-7",
      "E-\u0301|E",
      "\u2764\uFE0F1|\u2764-1",
      "A\u200DB|A-B",
      "\u2460|1"})
  void normalise(String written, String expected) {
    assertEquals(expected, References.normalise(written));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "PRM-2026-0000002|PRM-20260000002|false",
      "PRM20260000002|PRM-20260000002|true",
      "prm 2026 2|PRM-20262|false",
      "INV-1-2|INV-12|false",
      "INV-12|INV-12|true",
      "inv-000123|INV-123|true",
      "INV000123|INV-123|true",
      "PRM-2026-1-10|PRM-2026110|false",
      "PRM-2026-11-0|PRM-2026110|false",
      "PRM-\uD83C\uDF4E|PRM-\uD83C\uDF4E|true",
      "A B-C|ABC|false",
      "1-05|105|false",
      "1-5|15|false",
      "0-0|0|false",
      "A-+-B|A-+-B|true",
      "--|''|true",
      "\u1100-\u1161|\uAC00|false"})
  void loose_andUnsegmented(String written, String loose, boolean unsegmented) {
    assertEquals(loose, References.loose(written));
    assertEquals(unsegmented, References.isUnsegmented(written));
  }

  @Test
  void same_comparesStrictForms() {
    assertTrue(References.same("inv-0042", "INV 42"));
    assertTrue(References.same("PRM-2026-2", "PRM-2026-0000002"));
    assertTrue(References.same("CAF\u00C9-7", "CAFE\u0301-7"));
    assertTrue(References.same("\uFF30\uFF32\uFF2D\uFF0D\uFF12\uFF10\uFF12\uFF16\uFF0D\uFF12", "prm 2026 2"));
    assertFalse(References.same("INV-42", "INV-420"));
    assertFalse(References.same("INV-1-2", "INV-12"));
    assertFalse(References.same("PRM-2026-1-10", "PRM-2026-11-0"));
    assertFalse(References.same("PRM-\uD83C\uDF4E", "PRM-\uD83C\uDF4C"));
    assertNotEquals(References.loose("PRM-\uD83C\uDF4E"), References.loose("PRM-\uD83C\uDF4C"));
  }

  @Test
  void looseForms_equal_onlyAcrossSegmentations() {
    // What the matcher relies on: a loose match needs an unsegmented side.
    assertEquals(References.loose("PRM-2026-0000002"), References.normalise("PRM20260000002"));
    assertEquals(References.loose("PRM-2026-1-10"), References.loose("PRM-2026-11-0"));
    assertFalse(References.isUnsegmented("PRM-2026-1-10"));
    assertFalse(References.isUnsegmented("PRM-2026-11-0"));
  }

  @Test
  void bounds_areDocumentedConstants() {
    assertEquals(256, References.MAX_LENGTH);
    assertEquals(64, References.MAX_FUZZY_LENGTH);
    String longest = "A".repeat(References.MAX_LENGTH);
    assertEquals(longest, References.normalise(longest));
    assertEquals(longest, References.loose(longest));
  }

  @Test
  void tooLong_isRejected_namingTheArgumentAndItsLength() {
    String tooLong = "A".repeat(References.MAX_LENGTH + 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> References.normalise(tooLong));
    assertEquals("Argument 'reference' must have at most 256 chars but has length 257", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> References.loose(tooLong));
    assertEquals("Argument 'reference' must have at most 256 chars but has length 257", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> References.isUnsegmented(tooLong));
    assertTrue(e.getMessage().contains("'reference'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> References.same("A", tooLong));
    assertEquals("Argument 'b' must have at most 256 chars but has length 257", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> References.same(tooLong, "A"));
    assertEquals("Argument 'a' must have at most 256 chars but has length 257", e.getMessage());
  }

  @Test
  void null_isRejected_namingTheArgument() {
    assertEquals("Argument 'reference' must not be null",
        assertThrows(NullPointerException.class, () -> References.loose(null)).getMessage());
    assertEquals("Argument 'reference' must not be null",
        assertThrows(NullPointerException.class, () -> References.isUnsegmented(null)).getMessage());
    assertEquals("Argument 'a' must not be null",
        assertThrows(NullPointerException.class, () -> References.same(null, "A")).getMessage());
    assertEquals("Argument 'b' must not be null",
        assertThrows(NullPointerException.class, () -> References.same("A", null)).getMessage());
  }

  @Test
  void strictAndLooseForms_areFixedPoints() {
    qt().withExamples(1000).forAll(ReferenceSamples.references()).checkAssert(s -> {
      String strict = References.normalise(s);
      String loose = References.loose(s);
      assertEquals(strict, References.normalise(strict));
      assertEquals(loose, References.normalise(loose));
      assertEquals(loose, References.loose(loose));
    });
    qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(s -> {
      String once = References.normalise(s);
      assertEquals(once, References.normalise(once));
      assertEquals(References.loose(s), References.normalise(References.loose(s)));
    });
  }

  @Test
  void separators_neverChangeTheLooseForm() {
    qt().withExamples(500).forAll(ReferenceSamples.references(), integers().between(0, 12)).checkAssert((s, at) -> {
      int cut = Math.min(at, s.length());
      if (cut > 0 && Character.isHighSurrogate(s.charAt(cut - 1))) {
        return;
      }
      if (cut < s.length() && Character.getType(s.charAt(cut)) == Character.NON_SPACING_MARK) {
        return; // a separator before a combining mark leaves the mark without its letter
      }
      String spaced = s.substring(0, cut) + "-" + s.substring(cut);
      assertEquals(References.loose(s), References.loose(spaced));
    });
  }

  @Test
  void strictForm_tokensAreJoinedByOneHyphen() {
    qt().withExamples(500).forAll(ReferenceSamples.references()).checkAssert(s -> {
      String strict = References.normalise(s);
      assertFalse(strict.startsWith("-") || strict.endsWith("-") || strict.contains("--"), strict);
      for (String token : strict.isEmpty() ? new String[0] : strict.split("-")) {
        if (token.chars().allMatch(c -> c >= '0' && c <= '9')) {
          assertTrue(token.equals("0") || token.charAt(0) != '0', token);
        }
      }
    });
  }
}
