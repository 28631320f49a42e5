package dev.keyaccount.receivables.deduction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An exact amount takes an authorization whose reference differs from the quoted one only when the two
 * are near: within {@code maxReferenceEdits} (2), with the same symbols, and not the same digits split
 * differently. A keying slip in letters or digits is forgiven; an emoji for another, or a separator
 * moved between digits, is another document.
 */
class NearReferenceTest {

  @ParameterizedTest(name = "{0} against our {1}: {2}")
  @CsvSource({
      // other symbols, or the same digits split otherwise: another document
      "PRM-2026-11-0, PRM-2026-1-10, UNAUTHORIZED",
      "PRM-🍌, PRM-🍎, UNAUTHORIZED",
      "PRM-2026-3€, PRM-2026-3$, UNAUTHORIZED",
      // a keying slip in the digits, within two edits: near
      "PRM-2026-0000007, PRM-2026-0000003, VALID",
      "PRM-48231907, PRM-48213907, VALID",
      "PRM-91, PRM-19, VALID",
      "PRM-8, PRM-0, VALID",
      "PMR-€-3, PRM-€-3, VALID",
      // letters mistyped, numbers the same: near
      "PMR-2026-0000003, PRM-2026-0000003, VALID",
      "PRN-2026-3, PRM-2026-0000003, VALID",
      "PRM-2026-3X, PRM-2026-3, VALID",
      "PRM-2026-3-A, PRM-2026-3, VALID",
      // more than two edits in the letters: not near
      "XYZ-2026-3, PRM-2026-3, UNAUTHORIZED",
  })
  void anExactAmount_withANearReference_only(String quoted, String ours, DeductionState expected) {
    MatchingResult result = Fixtures.MATCHER.match(List.of(Fixtures.ded("D1", "promotion", quoted, "100.00")),
        List.of(Fixtures.auth("AU-1", ReasonType.PROMOTION, ours, "100.00")));
    assertEquals(expected, result.deductionResults().get(0).state(), quoted + " / " + ours);
  }
}
