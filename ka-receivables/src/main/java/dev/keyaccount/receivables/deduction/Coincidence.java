package dev.keyaccount.receivables.deduction;

/**
 * The coincidence rule of the combination passes (see {@link MatchingPolicy#coincidenceOdds()}): a
 * combination found by amount alone is taken only when the search was unlikely to find one by chance.
 * The caller estimates how many chance solutions to the minor unit its search expects; above the limit
 * the one solution found is no evidence. Stateless once built.
 */
final class Coincidence {

  /**
   * How much longer the odds against chance must be for one deduction taking three authorizations
   * than for two (pass 3a): each authorization is a free choice among the open ones of the group, so
   * in a large account the estimate of chance triples is the least reliable; three deductions for one
   * authorization (pass 3b) choose among lines that found no match of their own and keep the policy's odds.
   */
  static final double TRIPLE_ODDS = 100;

  private final double limit;

  Coincidence(MatchingPolicy policy) {
    this.limit = 1.0 / policy.coincidenceOdds();
  }

  /**
   * Whether a search that expects this many chance solutions to the minor unit could well have found
   * its one solution by coincidence: three authorizations for one deduction are held to odds
   * {@link #TRIPLE_ODDS} times longer than two.
   */
  boolean byChance(double expected, boolean triple) {
    return expected > (triple ? limit / TRIPLE_ODDS : limit);
  }

  /** The pairs among n, in doubles (an int product overflows beyond 46,341). */
  static double pairs(int n) {
    return n * (n - 1.0) / 2.0;
  }

  /** The triples among n, in doubles. */
  static double triples(int n) {
    return n * (n - 1.0) * (n - 2.0) / 6.0;
  }
}
