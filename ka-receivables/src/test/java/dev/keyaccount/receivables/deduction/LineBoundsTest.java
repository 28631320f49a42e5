package dev.keyaccount.receivables.deduction;

import static dev.keyaccount.receivables.deduction.Fixtures.JAN_31;
import static dev.keyaccount.receivables.deduction.Fixtures.MATCHER;
import static dev.keyaccount.receivables.deduction.Fixtures.auth;
import static dev.keyaccount.receivables.deduction.Fixtures.cny;
import static dev.keyaccount.receivables.deduction.Fixtures.ded;
import static dev.keyaccount.receivables.deduction.ReasonType.PROMOTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keyaccount.core.result.FailureItem;
import dev.keyaccount.core.result.FailureReason;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bounds every line is held to before any work, exactly at each bound: a line at the bound is
 * matched, one past it is a failure item (lengths of 256 characters, dates 1900-01-01 to 2199-12-31,
 * amounts of at most 10^18 whole minor units).
 */
class LineBoundsTest {

  private static final String ID_256 = "I".repeat(DeductionMatcher.MAX_ID_LENGTH);
  private static final String ID_257 = ID_256 + "I";

  /** The ids the run rejected, in input order. */
  private static List<String> rejectedIds(MatchingResult result) {
    return result.rejected().stream().map(f -> f.itemId().orElse("")).toList();
  }

  @Test
  void idsAccountsAndReferences_ofExactlyTheBound_areLoaded() {
    MatchingResult result = MATCHER.match(List.of(
        ded(ID_256, "KA1", "promotion", null, cny("1.00"), JAN_31),
        ded("D2", ID_256, "promotion", null, cny("1.00"), JAN_31),
        ded("D3", "KA1", "promotion", "R".repeat(DeductionMatcher.MAX_REFERENCE_LENGTH), cny("1.00"), JAN_31),
        ded(ID_257, "KA1", "promotion", null, cny("1.00"), JAN_31),
        ded("D5", ID_257, "promotion", null, cny("1.00"), JAN_31),
        ded("D6", "KA1", "promotion", "R".repeat(DeductionMatcher.MAX_REFERENCE_LENGTH + 1), cny("1.00"), JAN_31)),
        List.of());
    assertEquals(3, result.summary().deductionCount());
    // A rejected id longer than the bound is cut to it and marked; the others are kept whole.
    assertEquals(List.of(ID_256 + "…", "D5", "D6"), rejectedIds(result));
    assertEquals(List.of(3, 4, 5), result.rejected().stream().map(FailureItem::position).toList());
  }

  @Test
  void aRejectedIdOfExactlyTheBound_isKeptWhole() {
    MatchingResult result = MATCHER.match(List.of(ded(ID_256, "KA1", "promotion", null, cny("0.001"), JAN_31)),
        List.of());
    assertEquals(List.of(ID_256), rejectedIds(result));
    assertEquals(FailureReason.INVALID_VALUE, result.rejected().get(0).reason());
  }

  @Test
  void datesAtEitherBound_areLoaded() {
    MatchingResult result = MATCHER.match(List.of(
        ded("D1", "KA1", "promotion", null, cny("1.00"), DeductionMatcher.MIN_DATE),
        ded("D2", "KA1", "promotion", null, cny("1.00"), DeductionMatcher.MAX_DATE),
        ded("D3", "KA1", "promotion", null, cny("1.00"), DeductionMatcher.MIN_DATE.minusDays(1)),
        ded("D4", "KA1", "promotion", null, cny("1.00"), DeductionMatcher.MAX_DATE.plusDays(1))), List.of());
    assertEquals(2, result.summary().deductionCount());
    assertEquals(List.of("D3", "D4"), rejectedIds(result));
  }

  @Test
  void amountsAtTheBound_andWholeMinorUnitsWrittenWithZeros_areLoaded() {
    // 10^18 fen = 10^16 yuan is the largest amount; one fen more is rejected. 0.050 yuan is 5 fen.
    BigDecimal largest = BigDecimal.valueOf(DeductionMatcher.MAX_MINOR_UNITS).movePointLeft(2);
    MatchingResult result = MATCHER.match(List.of(
        ded("D1", "KA1", "promotion", null, cny(largest.toPlainString()), JAN_31),
        ded("D2", "KA1", "promotion", null, cny("0.050"), JAN_31),
        ded("D3", "KA1", "promotion", null, cny(largest.add(new BigDecimal("0.01")).toPlainString()), JAN_31)),
        List.of());
    assertEquals(List.of("D3"), rejectedIds(result));
    assertEquals(cny("0.05"), result.deductionResult("D2").orElseThrow().amount());
  }

  @Test
  void anAuthorizationExactlyAsLargeAsItsConsumption_isLoaded() {
    // Week 1: D1 10.00 uses all of A1 10.00. Week 2: A1 comes again, fully used, and is no failure.
    List<Authorization> authorizations = List.of(auth("A1", "KA1", PROMOTION, null, "10.00", JAN_31));
    MatchingResult week1 = MATCHER.match(List.of(ded("D1", "KA1", "promotion", null, cny("10.00"), JAN_31)),
        authorizations);
    MatchingResult week2 = MATCHER.match(List.of(ded("D2", "KA1", "promotion", null, cny("10.00"), JAN_31)),
        authorizations, week1.ledger());
    assertEquals(List.of(), week2.rejected());
    assertEquals(DeductionState.UNAUTHORIZED, week2.deductionResult("D2").orElseThrow().state());
  }
}
