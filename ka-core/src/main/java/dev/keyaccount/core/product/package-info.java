/** Products: SKUs (单品) with their case size, prices and portfolio role. */
@KaStyle
package dev.keyaccount.core.product;

import dev.keyaccount.core.KaStyle;
