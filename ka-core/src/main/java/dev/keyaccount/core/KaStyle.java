package dev.keyaccount.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's one Immutables style: generated {@code Immutable*} classes stay package-private and
 * are never named by the API; users call {@code Account.builder()} and see {@code Account}.
 *
 * <p>Apply it in a package's {@code package-info.java} (or on a value type). Each abstract value type
 * then declares {@code public static Builder builder()} and a nested
 * {@code public static final class Builder extends ImmutableX.Builder {}}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    // No @Generated on generated classes: users compiling against the SDK with -Xlint:all would
    // otherwise get "class file for org.immutables.value.Generated not found" warnings.
    allowedClasspathAnnotations = {Override.class})
public @interface KaStyle {}
