package dev.keyaccount.receivables.spend;

/** How we pay a spend claim that was not deducted. */
public enum PaymentKind {
  /** A cheque or bank transfer (支票/转账). */
  CHEQUE,
  /** A credit note issued to the retailer (红字发票/折让单). */
  CREDIT_NOTE
}
