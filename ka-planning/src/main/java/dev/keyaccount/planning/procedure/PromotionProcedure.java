package dev.keyaccount.planning.procedure;

import dev.keyaccount.core.Args;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The national promotion procedure (全国性促销流程): set objectives → design and apply → set targets per
 * rep, store and KA → brief → sales meeting → take orders → deliver → set up display and POSM → monitor
 * and evaluate. Given the steps done, reports the next step, what is missing and what was skipped.
 *
 * <p>This class is stateless and thread-safe; use {@link #DEFAULT}.
 */
public final class PromotionProcedure {

  /** The shared instance. */
  public static final PromotionProcedure DEFAULT = new PromotionProcedure();

  private PromotionProcedure() {}

  /**
   * Reports where a promotion stands.
   *
   * @param done the steps done, in any order; repeats are ignored
   * @return the status
   * @throws NullPointerException if the collection or a step is null
   */
  public ProcedureStatus status(Collection<ProcedureStep> done) {
    Args.notNull(done, "done");
    Set<ProcedureStep> doneSet = EnumSet.noneOf(ProcedureStep.class);
    for (ProcedureStep step : done) {
      doneSet.add(Args.notNull(step, "done step"));
    }
    ImmutableProcedureStatus.Builder status = ImmutableProcedureStatus.builder().addAllDone(doneSet);
    ProcedureStep[] steps = ProcedureStep.values();
    for (int i = 0; i < steps.length; i++) {
      if (!doneSet.contains(steps[i])) {
        status.addMissing(steps[i]);
        if (laterDone(doneSet, steps, i)) {
          status.addSkipped(steps[i]);
        }
      }
    }
    return status.build();
  }

  private static boolean laterDone(Set<ProcedureStep> done, ProcedureStep[] steps, int from) {
    for (int j = from + 1; j < steps.length; j++) {
      if (done.contains(steps[j])) {
        return true;
      }
    }
    return false;
  }
}
