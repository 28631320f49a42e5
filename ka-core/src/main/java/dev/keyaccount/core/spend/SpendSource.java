package dev.keyaccount.core.spend;

/** What a spend line belongs to: a line of the annual agreement or a promotion. */
public enum SpendSource {
  /** A line of the annual agreement (年度协议条款), such as the display fee or a rebate. */
  AGREEMENT_LINE,
  /** A promotion (促销活动). */
  PROMOTION
}
