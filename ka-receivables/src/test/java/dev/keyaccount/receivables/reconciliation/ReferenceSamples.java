package dev.keyaccount.receivables.reconciliation;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generated references that reach the hard cases of normalisation: mixed separators, full-width forms,
 * NFD accents, emoji (surrogate pairs) and a lone surrogate, runs of zeros, letters and digits
 * alternating, other scripts' digits, Hangul jamo, and the empty reference.
 */
public final class ReferenceSamples {

  private static final List<String> PIECES = List.of("a", "Z", "e", "x", "0", "00", "1", "9", " ", "-", ".", "/",
      "_", "#", "+", "\uFF10", "\uFF11", "\uFF41", "\uFF3A", "\uFF0D", "\u3000", "\u0660", "\u0663", "\u4E2D",
      "\u00E9", "\u0301", "\u0308", "\u00DF", "\u200D", "\uFE0F", "\uD83C\uDF4E", "\uD83C\uDF4C", "\u20AC",
      "\uD800", "\u1100", "\u1161", "\u2460", "\u00BD", "\t");

  private ReferenceSamples() {}

  /**
   * References of 0 to {@code maxPieces} pieces.
   *
   * @param maxPieces the most pieces in one reference
   * @return the generator
   */
  public static Gen<String> references(int maxPieces) {
    return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, maxPieces).map(positions -> {
      StringBuilder s = new StringBuilder();
      positions.forEach(p -> s.append(PIECES.get(p)));
      return s.toString();
    });
  }

  /**
   * References of 0 to 12 pieces.
   *
   * @return the generator
   */
  public static Gen<String> references() {
    return references(12);
  }
}
