package dev.keyaccount.kpi.evaluation;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an account scored on one criterion: the measured value, the band it fell in, the level and the
 * points (weight × level fraction). A directly rated criterion has no value and no band.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CriterionScore {

  CriterionScore() {}

  static Builder builder() {
    return new Builder();
  }

  /**
   * The criterion.
   *
   * @return the criterion
   */
  public abstract Criterion criterion();

  /**
   * The measured value, for a banded criterion (annual sales as a plain amount in the bands' currency).
   *
   * @return the value, or empty for a rated criterion
   */
  public abstract Optional<BigDecimal> value();

  /**
   * The band the value fell in, for a banded criterion.
   *
   * @return the band, or empty for a rated criterion
   */
  public abstract Optional<Band> band();

  /**
   * The level reached.
   *
   * @return the level
   */
  public abstract Level level();

  /**
   * The points scored: the criterion's weight × the level's fraction.
   *
   * @return the exact points
   */
  public abstract BigDecimal points();

  static final class Builder extends ImmutableCriterionScore.Builder {}
}
