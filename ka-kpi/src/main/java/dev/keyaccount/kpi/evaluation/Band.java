package dev.keyaccount.kpi.evaluation;

import com.google.common.collect.Range;
import dev.keyaccount.core.Args;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One band of a criterion: the values in a Guava {@link Range} score a {@link Level}, such as display
 * rates in {@code [0.19..0.22)} scoring {@link Level#ABOVE_AVERAGE}. Bands are usually half-open.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Band {

  Band() {}

  /**
   * Returns a band.
   *
   * @param level the level the band scores
   * @param range the values in the band, not empty
   * @return the band
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the range is empty
   */
  public static Band of(Level level, Range<BigDecimal> range) {
    return builder().level(Args.notNull(level, "level")).range(Args.notNull(range, "range")).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The level scored by values in the band.
   *
   * @return the level
   */
  public abstract Level level();

  /**
   * The values in the band.
   *
   * @return a non-empty range
   */
  public abstract Range<BigDecimal> range();

  @Value.Check
  void check() {
    Args.check(!range().isEmpty(), "range", "not be empty", range());
  }

  @Override
  public String toString() {
    return level() + " " + range();
  }

  /** Builds a {@link Band}; both attributes are required. */
  public static final class Builder extends ImmutableBand.Builder {}
}
