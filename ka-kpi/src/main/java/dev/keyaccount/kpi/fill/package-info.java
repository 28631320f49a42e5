/**
 * The order fill KPI (订单满足率): case fill, line fill, order fill and on-time-in-full over a set of
 * orders, as the customer measures it.
 */
@KaStyle
package dev.keyaccount.kpi.fill;

import dev.keyaccount.core.KaStyle;
