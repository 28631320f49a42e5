/** Failure items: how a batch calculator reports an input item it could not use while it goes on with the rest. */
@KaStyle
package dev.keyaccount.core.result;

import dev.keyaccount.core.KaStyle;
