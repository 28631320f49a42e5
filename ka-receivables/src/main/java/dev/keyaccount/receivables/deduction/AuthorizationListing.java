package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An export of our authorizations, indexed by account once, for the deduction desk's weekly runs: a
 * run against a listing with a ledger ({@link DeductionMatcher#match(Collection, AuthorizationListing,
 * DeductionLedger)}) reads only the authorizations of the accounts it concerns, so a retailer's weekly
 * remittance costs about its own size, however many authorizations the export lists. A run against
 * the listing decides exactly as a run against the same authorizations as a collection.
 *
 * <p>Building it is one pass over the export (a hash lookup per line). The lines are kept as given, as
 * columns ({@link CompactAuthorizations}; one is kept as it is): a line with a bad value is reported by
 * the runs that concern its account, as with a collection.
 * This class is immutable and thread-safe.
 */
public final class AuthorizationListing {

  private static final int[] NONE = new int[0];

  private final CompactAuthorizations lines;
  private final Map<String, int[]> positionsByAccount;

  private AuthorizationListing(CompactAuthorizations lines, Map<String, int[]> positionsByAccount) {
    this.lines = lines;
    this.positionsByAccount = positionsByAccount;
  }

  /**
   * Indexes an export of authorizations by account.
   *
   * @param authorizations the authorizations, in the export's order
   * @return the listing
   * @throws NullPointerException if the collection or an element is null (naming it, such as
   *     {@code authorizations[3]})
   */
  public static AuthorizationListing of(Collection<Authorization> authorizations) {
    CompactAuthorizations lines = CompactAuthorizations.copyOf(authorizations);
    Map<String, Growing> growing = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      growing.computeIfAbsent(lines.accountId[i], account -> new Growing()).add(i);
    }
    Map<String, int[]> positions = new HashMap<>(growing.size() * 2);
    growing.forEach((account, list) -> positions.put(account, Arrays.copyOf(list.positions, list.size)));
    return new AuthorizationListing(lines, positions);
  }

  /**
   * How many authorizations the export lists.
   *
   * @return the count
   */
  public int size() {
    return lines.size();
  }

  /**
   * Every authorization, in the export's order.
   *
   * @return an unmodifiable list
   */
  public List<Authorization> authorizations() {
    return lines;
  }

  /**
   * The accounts the export lists authorizations for.
   *
   * @return an unmodifiable set of account ids
   */
  public Set<String> accountIds() {
    return Collections.unmodifiableSet(positionsByAccount.keySet());
  }

  /**
   * The authorizations of one account, in the export's order.
   *
   * @param accountId the account
   * @return an unmodifiable list, empty if the export lists none for the account
   * @throws NullPointerException if the account is null
   */
  public List<Authorization> ofAccount(String accountId) {
    Args.notNull(accountId, "accountId");
    int[] positions = positionsByAccount.getOrDefault(accountId, NONE);
    List<Authorization> out = new ArrayList<>(positions.length);
    for (int i : positions) {
      out.add(lines.get(i));
    }
    return Collections.unmodifiableList(out);
  }

  /** The lines, shared with the run: never modified. */
  CompactAuthorizations lines() {
    return lines;
  }

  /** The export positions of the account's lines, ascending; empty if none. Shared: never modified. */
  int[] positions(String accountId) {
    return positionsByAccount.getOrDefault(accountId, NONE);
  }

  /** A list of positions while the listing is built. */
  private static final class Growing {
    int[] positions = new int[4];
    int size;

    void add(int position) {
      if (size == positions.length) {
        positions = Arrays.copyOf(positions, 2 * size);
      }
      positions[size++] = position;
    }
  }
}
