/** Money for the SDK: exact sums that reject mixed currencies, exact allocation by weights, and rates. */
@KaStyle
package dev.keyaccount.core.money;

import dev.keyaccount.core.KaStyle;
