package dev.keyaccount.receivables;

/**
 * How many examples a property test draws: all of them under surefire, fewer in the mutation gate.
 *
 * <p>PIT reruns every test that covers a mutant, and all of them for a mutant that survives or times
 * out, so a property test of thousands of examples is paid for again and again. The {@code pitest}
 * profile of the parent pom starts PIT's minions with {@code -Dka.underMutation=true}; under that
 * property a test takes the smaller count. The counts under mutation were chosen from measured PIT runs:
 * they still kill what the full counts kill (see ka-examples/MUTATION.md), and surefire still runs every
 * example.
 */
public final class UnderMutation {

  /** True in PIT's minions, false under surefire. */
  public static final boolean ACTIVE = Boolean.getBoolean("ka.underMutation");

  private UnderMutation() {}

  /**
   * The number of examples (or seeds, or rounds) to run.
   *
   * @param full the number under surefire
   * @param underMutation the number in the mutation gate
   * @return {@code underMutation} in PIT's minions, else {@code full}
   */
  public static int examples(int full, int underMutation) {
    return ACTIVE ? underMutation : full;
  }
}
