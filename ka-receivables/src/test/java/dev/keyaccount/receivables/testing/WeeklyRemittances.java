package dev.keyaccount.receivables.testing;

import dev.keyaccount.receivables.deduction.Authorization;
import dev.keyaccount.receivables.deduction.Deduction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Remittances of several consecutive weeks over one set of authorizations, with one truth for every
 * line of every week: claims taken again in a later week are duplicates, and some splits have their
 * parts in different weeks. Week {@code w} holds the deductions dated in days {@code 7w} to
 * {@code 7w + 6} after the start, in date order (a bad line whose date is out of range sits in the
 * week of its bundle). Immutable and thread-safe.
 */
public final class WeeklyRemittances {

  private final List<Authorization> authorizations;
  private final List<List<Deduction>> weeks;
  private final GroundTruth truth;
  private final Map<Noise, Integer> noise;

  WeeklyRemittances(List<Authorization> authorizations, List<List<Deduction>> weeks, GroundTruth truth,
      Map<Noise, Integer> noise) {
    this.authorizations = List.copyOf(authorizations);
    List<List<Deduction>> copy = new ArrayList<>();
    for (List<Deduction> week : weeks) {
      copy.add(List.copyOf(week));
    }
    this.weeks = List.copyOf(copy);
    this.truth = truth;
    this.noise = Map.copyOf(noise);
  }

  /**
   * Our authorizations, every week's export (ids {@code "A<i>"}).
   *
   * @return the authorizations
   */
  public List<Authorization> authorizations() {
    return authorizations;
  }

  /**
   * The number of weeks.
   *
   * @return at least 1
   */
  public int weekCount() {
    return weeks.size();
  }

  /**
   * One week's deductions, in date order.
   *
   * @param week the week, from 0
   * @return its deductions
   * @throws IndexOutOfBoundsException if there is no such week
   */
  public List<Deduction> week(int week) {
    return weeks.get(week);
  }

  /**
   * Every week's deductions, week after week.
   *
   * @return all deductions
   */
  public List<Deduction> allDeductions() {
    List<Deduction> all = new ArrayList<>();
    weeks.forEach(all::addAll);
    return all;
  }

  /**
   * The truth of every line of every week.
   *
   * @return the ground truth
   */
  public GroundTruth truth() {
    return truth;
  }

  /**
   * How many lines carry each kind of noise.
   *
   * @return the counts, absent kinds not listed
   */
  public Map<Noise, Integer> noise() {
    return noise;
  }

  /**
   * All weeks as one remittance, to match in a single run.
   *
   * @return the remittance of every week's deductions
   */
  public GeneratedRemittance asOneRemittance() {
    return new GeneratedRemittance(authorizations, allDeductions(), truth, noise);
  }

  @Override
  public String toString() {
    return "WeeklyRemittances{authorizations=" + authorizations.size() + ", weeks=" + weeks.size() + "}";
  }
}
