package dev.keyaccount.planning.procedure;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a promotion stands in the national procedure: what is done, the next step, what is missing,
 * and which steps were skipped (not done although a later step is).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProcedureStatus {

  ProcedureStatus() {}

  /**
   * The steps done, in procedure order.
   *
   * @return the done steps
   */
  public abstract List<ProcedureStep> done();

  /**
   * The steps not yet done, in procedure order.
   *
   * @return the missing steps, empty when the procedure is complete
   */
  public abstract List<ProcedureStep> missing();

  /**
   * The missing steps that come before a step already done: done out of order.
   *
   * @return the skipped steps, in procedure order
   */
  public abstract List<ProcedureStep> skipped();

  /**
   * The next step to do: the first missing step.
   *
   * @return the next step, empty when the procedure is complete
   */
  public Optional<ProcedureStep> nextStep() {
    return missing().stream().findFirst();
  }

  /**
   * Whether every step is done.
   *
   * @return true if complete
   */
  public boolean isComplete() {
    return missing().isEmpty();
  }
}
