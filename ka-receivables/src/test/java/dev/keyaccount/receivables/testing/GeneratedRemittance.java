package dev.keyaccount.receivables.testing;

import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.Deduction;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A generated remittance: our authorizations, the retailer's deductions and the known truth of which
 * authorizations explain which deduction. Immutable and thread-safe.
 */
public final class GeneratedRemittance {

  private final List<Authorization> authorizations;
  private final List<Deduction> deductions;
  private final GroundTruth truth;
  private final Map<Noise, Integer> noise;

  GeneratedRemittance(List<Authorization> authorizations, List<Deduction> deductions, GroundTruth truth) {
    this(authorizations, deductions, truth, new EnumMap<>(Noise.class));
  }

  GeneratedRemittance(List<Authorization> authorizations, List<Deduction> deductions, GroundTruth truth,
      Map<Noise, Integer> noise) {
    this.authorizations = List.copyOf(authorizations);
    this.deductions = List.copyOf(deductions);
    this.truth = truth;
    EnumMap<Noise, Integer> counts = new EnumMap<>(Noise.class);
    counts.putAll(noise);
    this.noise = Collections.unmodifiableMap(counts);
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

  /**
   * How many lines carry each kind of noise the options asked for (a line may carry several).
   *
   * @return the counts, absent kinds not listed
   */
  public Map<Noise, Integer> noise() {
    return noise;
  }

  @Override
  public String toString() {
    return "GeneratedRemittance{authorizations=" + authorizations.size() + ", deductions=" + deductions.size() + "}";
  }
}
