package io.jenkins.plugins.codeartsbuild.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsApiException.Failure;
import io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException.Service;
import io.jenkins.plugins.codeartsbuild.client.core.ErrorAnswer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The key guard of one batch on its own, without a server: the first call goes alone and decides for the others; a
 * refused key stops every other call before it is sent; a token is refreshed once per batch. (The batches' loopback
 * tests show the same through what the server received.)
 */
class KeyGuardTest {

    private static CodeArtsApiException answer(int status, String code) {
        return new CodeArtsApiException(
                Failure.HTTP_ERROR,
                Service.CODEARTS_BUILD,
                status,
                "POST",
                "/v3/jobs/x/delete",
                null,
                new ErrorAnswer(code, "refused", "req-1", null, null));
    }

    /** {@code guard.enter()} on another thread: whether it is the probe, once it may go. */
    private static CompletableFuture<Boolean> enterElsewhere(KeyGuard guard) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return guard.enter();
            } catch (CodeArtsApiException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theFirstCallGoesAloneAndTheOthersGoOnceItIsAnswered() throws Exception {
        KeyGuard guard = new KeyGuard();
        assertThat(guard.enter()).as("the probe").isTrue();
        CompletableFuture<Boolean> second = enterElsewhere(guard);

        assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        guard.exit(true, true, answer(404, "CB.00060201")); // a job's own failure: the key is fine

        assertThat(second.get(10, TimeUnit.SECONDS)).as("not a probe").isFalse();
        assertThat(guard.enter()).isFalse();
    }

    @Test
    void aProbeWithoutAnAnswerLetsTheNextCallProbeAgain() throws Exception {
        KeyGuard guard = new KeyGuard();
        assertThat(guard.enter()).isTrue();
        CompletableFuture<Boolean> second = enterElsewhere(guard);

        guard.exit(true, false, null); // a reset connection proves nothing about the key

        assertThat(second.get(10, TimeUnit.SECONDS)).as("the next probe").isTrue();
    }

    @Test
    void aRefusedKeyStopsEveryOtherCallBeforeItIsSentWithTheSameRefusal() throws Exception {
        KeyGuard guard = new KeyGuard();
        assertThat(guard.enter()).isTrue();
        CompletableFuture<Boolean> waiting = enterElsewhere(guard);

        guard.exit(true, true, answer(401, "APIGW.0301"));

        assertThat(waiting)
                .failsWithin(10, TimeUnit.SECONDS)
                .withThrowableThat()
                .havingRootCause()
                .isInstanceOf(CodeArtsApiException.class)
                .withMessageContaining("APIGW.0301");
        assertThatThrownBy(guard::enter).isInstanceOfSatisfying(CodeArtsApiException.class, e -> {
            assertThat(e.getAttempts()).as("never sent").isZero();
            assertThat(e.refusesKey()).isTrue();
        });
    }

    @Test
    void aTokenIsRefreshedOncePerBatchAndOnlyCallsThatCarriedTheOldOneTryAgain() {
        KeyGuard guard = new KeyGuard();

        assertThat(guard.mayRefresh("old")).as("the first expiry refreshes").isTrue();
        assertThat(guard.mayRefresh("old"))
                .as("another call that carried the old token")
                .isTrue();
        assertThat(guard.mayRefresh("new"))
                .as("the new token refused: the key is")
                .isFalse();
    }
}
