// Signature stub of org.jvnet.hudson.test.junit.jupiter.WithLocalData (jenkins-test-harness 2578.v44660312fd37), for
// type-checking only.
package org.jvnet.hudson.test.junit.jupiter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WithLocalData {
    String value() default "";
}
