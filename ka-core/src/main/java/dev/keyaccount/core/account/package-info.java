/** Key accounts (重点客户): the tier derived from the footprint, operating model and stores. */
@KaStyle
package dev.keyaccount.core.account;

import dev.keyaccount.core.KaStyle;
