/** Trade spend (费用) accruals: funding methods on agreement lines and promotions, and what each accrues per period. */
@KaStyle
package dev.keyaccount.core.spend;

import dev.keyaccount.core.KaStyle;
