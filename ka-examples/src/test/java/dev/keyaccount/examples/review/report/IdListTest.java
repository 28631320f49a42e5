package dev.keyaccount.examples.review.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link IdList}: ids with the separator or the escape character read back as they were written. */
class IdListTest {

  @Test
  void examples() {
    assertEquals("A-1;A-2", IdList.of(List.of("A-1", "A-2")));
    assertEquals("A\\;1;A\\\\2", IdList.of(List.of("A;1", "A\\2")));
    assertEquals("C\\;", IdList.of(List.of("C;")));
    assertEquals("", IdList.of(List.of()));
    assertEquals(List.of("A;1", "A\\2"), IdList.split("A\\;1;A\\\\2"));
    assertEquals(List.of(), IdList.split(""));
    String plain = "AU-000123";
    assertSame(plain, IdList.escape(plain));
  }

  @Test
  void aLoneBackslashAtTheEnd_isRejected_naming() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdList.split("A\\"));
    assertTrue(e.getMessage().contains("'cell'") && e.getMessage().contains("A\\"), e.getMessage());
  }

  @Test
  void anyNonEmptyIds_roundTrip() {
    // Ids drawn from a small alphabet heavy in ';' and '\', so that runs of both are common.
    qt().forAll(lists().of(strings().betweenCodePoints(';', '\\').ofLengthBetween(1, 6)).ofSizeBetween(1, 6))
        .checkAssert(ids -> {
          String cell = IdList.of(ids);
          assertEquals(ids, IdList.split(cell));
          // With every escaped pair taken out, the semicolons left are exactly those between ids.
          String unescaped = cell.replaceAll("\\\\.", "");
          assertEquals(ids.size() - 1, unescaped.chars().filter(c -> c == ';').count(), cell);
        });
  }
}
