/** Key-account selection by sales concentration (销售集中度): the cumulative share curve, the accounts that make 80% of sales and ABC classes. */
@KaStyle
package dev.keyaccount.kpi.concentration;

import dev.keyaccount.core.KaStyle;
