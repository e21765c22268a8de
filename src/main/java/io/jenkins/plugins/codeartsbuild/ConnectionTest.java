package io.jenkins.plugins.codeartsbuild;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.util.FormValidation;
import io.jenkins.plugins.codeartsbuild.client.AuthMode;
import io.jenkins.plugins.codeartsbuild.client.ClientConfig;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient;
import io.jenkins.plugins.codeartsbuild.client.CodeArtsException;
import io.jenkins.plugins.codeartsbuild.client.ConnectionCheck;
import io.jenkins.plugins.codeartsbuild.client.auth.AccessKey;

/**
 * The "Test connection" button of the global configuration: one authentication at IAM (no retry, no cache), so
 * that an administrator sees at once whether the key, region and endpoints work.
 */
final class ConnectionTest {

    private ConnectionTest() {}

    static FormValidation run(
            CodeArtsBuildGlobalConfiguration global,
            @CheckForNull String region,
            @CheckForNull String credentialsId,
            AuthMode mode,
            @CheckForNull String iamEndpoint,
            @CheckForNull String buildEndpoint,
            @CheckForNull String projectId) {
        try {
            ClientConfig config =
                    GlobalSettings.of(global).clientConfig(region, mode, iamEndpoint, buildEndpoint, projectId);
            // the same domain requirement and scope rule as a build, so that a key the button accepts is one builds use
            AccessKey key = AccessKeyCredentials.forSystem(credentialsId, config.getEndpoints());
            ConnectionCheck check = CodeArtsBuildClient.builder(DeleteBuildJobService.httpClient(), config, key)
                    .build()
                    .verifyCredentials();
            return FormValidation.ok(Messages.ConnectionTest_ok(
                    key.getMaskedAccessKeyId(),
                    String.valueOf(check.projectName()),
                    String.valueOf(check.projectId())));
        } catch (CodeArtsException e) {
            return FormValidation.error(Messages.ConnectionTest_failed(ClientMessages.describe(e)));
        } catch (AbortException e) {
            return FormValidation.error(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FormValidation.error(Messages.ConnectionTest_interrupted());
        }
    }
}
