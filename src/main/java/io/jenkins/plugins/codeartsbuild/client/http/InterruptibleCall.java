package io.jenkins.plugins.codeartsbuild.client.http;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.spi.AbstractInterruptibleChannel;
import okhttp3.Call;

/**
 * One call tied to the calling thread's interrupt: an aborted build must cancel its call at once. OkHttp's blocking
 * socket reads ignore interrupts, so {@link AbstractInterruptibleChannel#begin()} is used to make
 * {@link Thread#interrupt()} close this "channel", which cancels the call and unblocks its socket read.
 */
final class InterruptibleCall extends AbstractInterruptibleChannel {
    final Call call;
    private boolean exited;

    InterruptibleCall(Call call) {
        this.call = call;
    }

    /** Starts the guarded section: from now on an interrupt of this thread cancels the call. */
    void enter() {
        begin();
    }

    /** Ends the guarded section; throws if the thread was interrupted during it (the interrupt is consumed). */
    void exit(boolean completed) throws InterruptedException {
        if (exited) {
            return;
        }
        exited = true;
        try {
            end(completed);
        } catch (ClosedByInterruptException e) {
            Thread.interrupted();
            throw new InterruptedException("interrupted: the HTTP call was cancelled");
        } catch (IOException e) {
            // closed without an interrupt of this thread: the IOException of the call tells what happened
        }
    }

    @Override
    protected void implCloseChannel() {
        call.cancel();
    }
}
