package dev.keyaccount.planning.target;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The check of a whole decomposition: one {@link MeasureCheck} per measure, in the order given.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DecompositionReport {

  DecompositionReport() {}

  /**
   * The check of each measure, in the order given.
   *
   * @return the checks
   */
  public abstract List<MeasureCheck> checks();

  /**
   * The checks that failed.
   *
   * @return the failed checks, in order
   */
  public List<MeasureCheck> failures() {
    return checks().stream().filter(c -> !c.passed()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether every measure meets its target.
   *
   * @return true if nothing failed
   */
  public boolean passed() {
    return failures().isEmpty();
  }
}
