package dev.keyaccount.receivables.deduction;

import dev.keyaccount.core.Args;
import org.immutables.value.Value;

/**
 * An input line a matching run could not use, with the reason; the rest of the run goes on without it.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RejectedLine {

  RejectedLine() {}

  /** Which input a rejected line came from. */
  public enum Source {
    /** A deduction of the retailer's remittance. */
    DEDUCTION,
    /** One of our authorizations. */
    AUTHORIZATION
  }

  /**
   * Returns a rejected line.
   *
   * @param source which input it came from
   * @param id the line's id
   * @param reason why it was rejected, naming the attribute and its value
   * @return the rejected line
   */
  public static RejectedLine of(Source source, String id, String reason) {
    return ImmutableRejectedLine.of(source, id, reason);
  }

  /**
   * Which input the line came from.
   *
   * @return the source
   */
  @Value.Parameter
  public abstract Source source();

  /**
   * The line's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Why the line was rejected, in the form of an argument check message.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract String reason();

  @Value.Check
  void check() {
    Args.notBlank(id(), "id");
    Args.notBlank(reason(), "reason");
  }
}
