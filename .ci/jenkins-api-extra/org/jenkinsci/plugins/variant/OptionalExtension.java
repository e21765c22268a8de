// Signature stub of org.jenkinsci.plugins.variant.OptionalExtension (variant 70.va_d9f17f859e0), for type-checking
// only.
package org.jenkinsci.plugins.variant;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})
@Documented
public @interface OptionalExtension {
    double ordinal() default 0;

    String[] requirePlugins() default {};

    Class[] requireClasses() default {};

    String[] requireVariants() default {};
}
