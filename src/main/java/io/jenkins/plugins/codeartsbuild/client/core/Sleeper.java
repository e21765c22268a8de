package io.jenkins.plugins.codeartsbuild.client.core;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits between attempts; injectable so that tests need not wait. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = d -> TimeUnit.NANOSECONDS.sleep(d.toNanos());

    void sleep(Duration duration) throws InterruptedException;
}
