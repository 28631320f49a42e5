package dev.keyaccount.examples.architecture.planning;

/** A value of the fixture's "planning module". */
public final class PlanningValue {

  /** The value's one number. */
  public final int value;

  /**
   * Makes the value.
   *
   * @param value its number
   */
  public PlanningValue(int value) {
    this.value = value;
  }
}
