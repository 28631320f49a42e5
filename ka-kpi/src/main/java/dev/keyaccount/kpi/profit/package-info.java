/**
 * The operating profit KPI (经营利润): per account and per store, net sales − cost of goods − trade
 * spend (fixed fees by type + variable promotion cost) = contribution, and the expense ratio (费用比).
 */
@KaStyle
package dev.keyaccount.kpi.profit;

import dev.keyaccount.core.KaStyle;
