package dev.keyaccount.receivables.testing;

import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.Deduction;
import java.util.List;

/**
 * A generated remittance: our authorizations, the retailer's deductions and the known truth of which
 * authorizations explain which deduction. Immutable and thread-safe.
 */
public final class GeneratedRemittance {

  private final List<Authorization> authorizations;
  private final List<Deduction> deductions;
  private final GroundTruth truth;

  GeneratedRemittance(List<Authorization> authorizations, List<Deduction> deductions, GroundTruth truth) {
    this.authorizations = List.copyOf(authorizations);
    this.deductions = List.copyOf(deductions);
    this.truth = truth;
  }

  /**
   * Our authorizations, ids {@code "A<i>"}.
   *
   * @return the authorizations
   */
  public List<Authorization> authorizations() {
    return authorizations;
  }

  /**
   * The retailer's deductions, ids {@code "D<i>"}.
   *
   * @return the deductions
   */
  public List<Deduction> deductions() {
    return deductions;
  }

  /**
   * The truth: what explains each deduction.
   *
   * @return the ground truth
   */
  public GroundTruth truth() {
    return truth;
  }

  @Override
  public String toString() {
    return "GeneratedRemittance{authorizations=" + authorizations.size() + ", deductions=" + deductions.size() + "}";
  }
}
