package dev.keyaccount.kpi.evaluation;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import dev.keyaccount.core.Args;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.immutables.value.Value;

/**
 * One criterion of a {@link Scorecard} (评估指标): a weight on one axis, the measure it reads, and either
 * five bands (one per {@link Level}) over the measured value or a direct rating on the five levels.
 *
 * <p>Banded criteria must cover their values without gap or overlap, and their levels must improve in
 * the criterion's {@link Direction}: upwards for higher-is-better criteria such as growth, downwards
 * for lower-is-better ones such as DSO. A criterion on {@link Measure#ANNUAL_SALES} states the currency
 * of its bands; facts in another currency are rejected, never converted. A rejected criterion's
 * message names the criterion and says where its bands go wrong. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Criterion {

  /** How a criterion's measured value maps to levels. */
  public enum Direction {
    /** Larger values reach better levels (sales, growth, display rate). */
    HIGHER_IS_BETTER,
    /** Smaller values reach better levels (DSO days). */
    LOWER_IS_BETTER,
    /** The value is a level, rated directly (working relationship); the criterion has no bands. */
    RATED
  }

  private static final Comparator<Band> BY_LOWER_BOUND = (a, b) -> {
    Range<BigDecimal> x = a.range();
    Range<BigDecimal> y = b.range();
    if (!x.hasLowerBound() || !y.hasLowerBound()) {
      return Boolean.compare(x.hasLowerBound(), y.hasLowerBound());
    }
    int c = x.lowerEndpoint().compareTo(y.lowerEndpoint());
    return c != 0 ? c : Boolean.compare(x.lowerBoundType() == BoundType.OPEN, y.lowerBoundType() == BoundType.OPEN);
  };

  Criterion() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a criterion scored by bands over a number (not money).
   *
   * @param name the criterion's name, unique in its scorecard
   * @param axis the axis it counts on
   * @param weight its weight in points
   * @param measure what it measures
   * @param direction whether higher or lower values are better
   * @param bands five bands, one per level
   * @return the criterion
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the bands overlap, leave a gap, or disagree with the direction
   */
  public static Criterion banded(String name, Axis axis, int weight, Measure measure, Direction direction,
      Band... bands) {
    return builder().name(name).axis(axis).weight(BigDecimal.valueOf(weight)).measure(measure)
        .direction(direction).addBands(Args.notNull(bands, "bands")).build();
  }

  /**
   * Returns a criterion rated directly on the five levels, such as the working relationship.
   *
   * @param name the criterion's name, unique in its scorecard
   * @param axis the axis it counts on
   * @param weight its weight in points
   * @param measure what it measures: {@link Measure#RELATIONSHIP} or an extra rating
   * @return the criterion
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the measure cannot be rated directly
   */
  public static Criterion rated(String name, Axis axis, int weight, Measure measure) {
    return builder().name(name).axis(axis).weight(BigDecimal.valueOf(weight)).measure(measure)
        .direction(Direction.RATED).build();
  }

  /**
   * The criterion's name, such as {@code "display rate"}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The axis the criterion counts on.
   *
   * @return the axis
   */
  public abstract Axis axis();

  /**
   * The weight in points: the points an outstanding value scores.
   *
   * @return a positive weight
   */
  public abstract BigDecimal weight();

  /**
   * What the criterion measures.
   *
   * @return the measure
   */
  public abstract Measure measure();

  /**
   * How values map to levels.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * The bands, one per level, in any order; empty for a {@link Direction#RATED} criterion.
   *
   * @return the bands
   */
  public abstract List<Band> bands();

  /**
   * The currency of the bands of a money criterion ({@link Measure#ANNUAL_SALES}); empty otherwise.
   *
   * @return the currency
   */
  public abstract Optional<CurrencyUnit> currency();

  /**
   * Returns the points a level scores on this criterion: weight × level fraction.
   *
   * @param level the level
   * @return the exact points, trailing zeros stripped
   */
  public BigDecimal points(Level level) {
    Args.notNull(level, "level");
    BigDecimal points = weight().multiply(level.fraction()).stripTrailingZeros();
    return points.scale() < 0 ? points.setScale(0) : points;
  }

  /**
   * Returns the band a value falls in.
   *
   * @param value the measured value
   * @return the band, or empty if the value lies outside every band (or the criterion is rated)
   */
  public Optional<Band> bandOf(BigDecimal value) {
    Args.notNull(value, "value");
    for (Band band : bands()) {
      if (band.range().contains(value)) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }

  /** The bands sorted by their lower bounds, lowest values first. */
  List<Band> bandsAscending() {
    List<Band> sorted = new ArrayList<>(bands());
    sorted.sort(BY_LOWER_BOUND);
    return sorted;
  }

  @Value.Check
  void check() {
    Args.notBlank(name(), "name");
    Args.bounded(weight(), "weight of criterion '" + name() + "'");
    if (weight().signum() <= 0) {
      throw Args.invalid("weight of criterion '" + name() + "'", "be positive", weight().toPlainString());
    }
    boolean money = measure().equals(Measure.ANNUAL_SALES);
    if (money != currency().isPresent()) {
      throw Args.invalid("currency of criterion '" + name() + "'", money ? "be given for annual sales bands" : "be given only for annual sales bands",
          currency().map(CurrencyUnit::getCurrencyCode).orElse("none"));
    }
    boolean rated = direction() == Direction.RATED;
    boolean ratable = measure().equals(Measure.RELATIONSHIP) || !measure().isStandard();
    if (!(!rated || ratable)) {
      throw Args.invalid("measure of criterion '" + name() + "'", "be the relationship or an extra rating to be rated directly",
          measure());
    }
    if (!(rated || !measure().equals(Measure.RELATIONSHIP))) {
      throw Args.invalid("direction of criterion '" + name() + "'", "be RATED for the relationship, which is rated directly",
          direction());
    }
    if (rated) {
      if (!bands().isEmpty()) {
        throw Args.invalid("bands of criterion '" + name() + "'", "be empty when rated directly", bands());
      }
      return;
    }
    checkBands();
  }

  private void checkBands() {
    String where = "bands of criterion '" + name() + "'";
    Args.check(bands().size() == Level.values().length, where, "be five, one per level", bands());
    List<Band> sorted = bandsAscending();
    for (int i = 1; i < sorted.size(); i++) {
      Band low = sorted.get(i - 1);
      Band high = sorted.get(i);
      if (!(low.range().hasUpperBound() && high.range().hasLowerBound())) {
        throw Args.invalid(where, "not overlap", low + " and " + high);
      }
      int c = low.range().upperEndpoint().compareTo(high.range().lowerEndpoint());
      boolean lowClosed = low.range().upperBoundType() == BoundType.CLOSED;
      boolean highClosed = high.range().lowerBoundType() == BoundType.CLOSED;
      if (!(c <= 0 && !(c == 0 && lowClosed && highClosed))) {
        throw Args.invalid(where, "not overlap", low + " and " + high);
      }
      if (!(c == 0 && (lowClosed || highClosed))) {
        throw Args.invalid(where, "leave no gap", "between " + low + " and " + high);
      }
      boolean better = high.level().isBetterThan(low.level());
      if (!(better == (direction() == Direction.HIGHER_IS_BETTER))) {
        throw Args.invalid(where, "reach better levels " + (direction() == Direction.HIGHER_IS_BETTER ? "upwards" : "downwards") + " for a " + direction() + " criterion",
            low + " below " + high);
      }
    }
  }

  @Override
  public String toString() {
    return "Criterion{" + name() + ", " + axis() + ", weight " + weight().toPlainString() + ", " + measure()
        + (direction() == Direction.RATED ? ", rated" : ", " + Arrays.toString(bandsAscending().toArray())) + "}";
  }

  /** Builds a {@link Criterion}; bands and currency depend on the measure and direction. */
  public static final class Builder extends ImmutableCriterion.Builder {}
}
