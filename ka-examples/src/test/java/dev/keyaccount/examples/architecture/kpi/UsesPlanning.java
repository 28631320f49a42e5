package dev.keyaccount.examples.architecture.kpi;

import dev.keyaccount.examples.architecture.planning.PlanningValue;

/** Breaks the layering rule: a class of the fixture's "kpi module" uses the "planning module". */
public final class UsesPlanning {

  private UsesPlanning() {}

  static int plannedValue() {
    return new PlanningValue(3).value;
  }
}
