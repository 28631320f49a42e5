/** Credit control (信用额度): exposure against the credit limit and orders held over it. */
@KaStyle
package dev.keyaccount.receivables.credit;

import dev.keyaccount.core.KaStyle;
