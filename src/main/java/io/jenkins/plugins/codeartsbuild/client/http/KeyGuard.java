package io.jenkins.plugins.codeartsbuild.client.http;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException;

/**
 * What the calls of one batch know about their key, so that a refused key is refused once, never once per job
 * (five refused authentications lock the key for five minutes). The first call goes alone until it has an answer
 * (in signature mode nothing was checked before it); once it is answered without refusing the key, the others go
 * side by side. After a refusal of the key ({@link CodeArtsApiException#refusesKey}) no other call is sent: each
 * fails at once with the same message. And a token is refreshed once per batch: calls that carried the refused
 * token try once more with the new one; a refusal of the new one is a refusal of the key. A call outside a batch
 * has a guard of its own.
 */
final class KeyGuard {
    private enum State {
        UNVERIFIED,
        PROBING,
        VERIFIED,
        REFUSED
    }

    private State state = State.UNVERIFIED;
    private CodeArtsApiException refusal;
    private String refreshedToken;

    /** Waits until this call may be sent; returns whether it is the probe, whose answer decides for the others. */
    synchronized boolean enter() throws CodeArtsApiException, InterruptedException {
        while (state == State.PROBING) {
            wait();
        }
        if (state == State.REFUSED) {
            throw refusal.forUnsentCall();
        }
        if (state == State.UNVERIFIED) {
            state = State.PROBING;
            return true;
        }
        return false;
    }

    /** The call ended: with an answer ({@code failure} its failure, {@code null} on success), or without one. */
    synchronized void exit(boolean probe, boolean answered, CodeArtsException failure) {
        if (failure instanceof CodeArtsApiException a && a.refusesKey()) {
            if (refusal == null) {
                refusal = a;
            }
            state = State.REFUSED;
        } else if (probe && state == State.PROBING) {
            state = answered ? State.VERIFIED : State.UNVERIFIED;
        }
        notifyAll();
    }

    /**
     * Whether a call refused as expired with {@code token} may try once more: the first such refusal of the batch
     * refreshes the token; later ones only if they carried the same (old) token.
     */
    synchronized boolean mayRefresh(String token) {
        if (refreshedToken == null) {
            refreshedToken = token == null ? "" : token;
            return true;
        }
        return refreshedToken.equals(token);
    }
}
