// Signature stub of com.google.common.util.concurrent.Uninterruptibles (guava 33.5.0-jre, in jenkins-core), for
// type-checking only.
package com.google.common.util.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public final class Uninterruptibles {

    private Uninterruptibles() {
        throw new UnsupportedOperationException("signature stub");
    }

    public static <V> V getUninterruptibly(Future<V> future, long timeout, TimeUnit unit)
            throws ExecutionException, TimeoutException {
        throw new UnsupportedOperationException("signature stub");
    }
}
