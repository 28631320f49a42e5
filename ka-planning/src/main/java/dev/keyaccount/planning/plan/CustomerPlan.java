package dev.keyaccount.planning.plan;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * A customer plan (客户计划) of one account in which both sides commit: the
 * {@link AnnualCustomerPlan} and the {@link JointBusinessPlan}.
 */
public interface CustomerPlan {

  /**
   * The account planned for.
   *
   * @return the account id, not blank
   */
  String accountId();

  /**
   * Both sides' commitments.
   *
   * @return the commitments
   */
  List<Commitment> commitments();

  /**
   * The commitments of one side.
   *
   * @param party the side
   * @return its commitments, in order
   * @throws NullPointerException if the party is null
   */
  default List<Commitment> commitmentsOf(Party party) {
    Args.notNull(party, "party");
    return commitments().stream().filter(c -> c.party() == party).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The money one side commits, summed exactly.
   *
   * @param party the side
   * @return the sum, empty when that side commits no amount
   * @throws NullPointerException if the party is null
   * @throws IllegalArgumentException if the amounts mix currencies (naming both)
   */
  default Optional<MonetaryAmount> investmentOf(Party party) {
    List<MonetaryAmount> amounts = new ArrayList<>();
    for (Commitment c : commitmentsOf(party)) {
      c.amount().ifPresent(amounts::add);
    }
    return amounts.isEmpty() ? Optional.empty() : Optional.of(Monies.sum(amounts));
  }
}
