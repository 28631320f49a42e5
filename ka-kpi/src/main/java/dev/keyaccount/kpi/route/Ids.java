package dev.keyaccount.kpi.route;

import dev.keyaccount.core.Args;

/** The id bound shared by the route values. */
final class Ids {

  /** The longest rep or store id accepted. */
  static final int MAX_LENGTH = 64;

  private Ids() {}

  static void check(String id, String name) {
    Args.notBlank(id, name);
    if (id.length() > MAX_LENGTH) {
      throw Args.invalid(name, "have at most " + MAX_LENGTH + " characters", id.length() + " characters");
    }
  }
}
