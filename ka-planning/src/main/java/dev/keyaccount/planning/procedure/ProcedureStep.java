package dev.keyaccount.planning.procedure;

/** The steps of the national promotion procedure (全国性促销流程, seed 003), in their order. */
public enum ProcedureStep {
  /** Set the promotion's objectives (制定促销目标). */
  SET_OBJECTIVES,
  /** Design the promotion and apply for approval (方案设计与申请). */
  DESIGN_AND_APPLY,
  /** Set targets per sales rep, store and key account (分解目标到业务员、门店和KA). */
  SET_TARGETS,
  /** Brief the team (活动说明). */
  BRIEF,
  /** Hold the sales meeting (销售会议). */
  SALES_MEETING,
  /** Take orders (下订单). */
  TAKE_ORDERS,
  /** Deliver (送货). */
  DELIVER,
  /** Set up the display and POSM in stores (陈列与POP布置). */
  SET_UP_DISPLAY,
  /** Monitor sales and evaluate (销售跟踪与评估). */
  MONITOR_AND_EVALUATE
}
