/** Promotions (促销): consumer and trade promotion types, periods, prices, fixed costs and submission dates. */
@KaStyle
package dev.keyaccount.core.promotion;

import dev.keyaccount.core.KaStyle;
