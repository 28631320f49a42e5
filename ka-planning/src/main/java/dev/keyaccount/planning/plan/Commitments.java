package dev.keyaccount.planning.plan;

import dev.keyaccount.core.Args;
import dev.keyaccount.core.money.Monies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Operations shared by the plans on their commitments. */
final class Commitments {

  private Commitments() {}

  static List<Commitment> of(List<Commitment> commitments, Party party) {
    Args.notNull(party, "party");
    return commitments.stream().filter(c -> c.party() == party).collect(Collectors.toUnmodifiableList());
  }

  static Optional<Money> investment(List<Commitment> commitments, Party party) {
    List<MonetaryAmount> amounts = new ArrayList<>();
    for (Commitment c : of(commitments, party)) {
      c.amount().ifPresent(amounts::add);
    }
    return amounts.isEmpty() ? Optional.empty() : Optional.of(Monies.sum(amounts));
  }
}
