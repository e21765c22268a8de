package io.jenkins.plugins.codeartsbuild;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import io.jenkins.plugins.codeartsbuild.client.Fixtures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Every form endpoint (checks, drop-downs, test connection) of the global configuration, the step and the builder
 * refuses a user with only Overall/Read and Item/Read: 403 to POST, 404 to GET; the fake Huawei Cloud sees nothing.
 */
@WithJenkins
class FormEndpointsNeedPermissionTest {

    @StartStop
    public final MockWebServer iam = new MockWebServer();

    @StartStop
    public final MockWebServer build = new MockWebServer();

    private static String descriptor(Class<?> type) {
        return "descriptorByName/" + type.getName() + "/";
    }

    private List<String> endpoints() {
        String global = descriptor(CodeArtsBuildGlobalConfiguration.class);
        String iamUrl = URLEncoder.encode(iam.url("/").toString(), StandardCharsets.UTF_8);
        List<String> urls = new ArrayList<>(List.of(
                global + "checkRegion?value=cn-north-4",
                global + "checkIamEndpoint?value=https%3A%2F%2Fiam.example.com",
                global + "checkCodeArtsBuildEndpoint?value=https%3A%2F%2Fbuild.example.com",
                global + "checkProjectId?value=" + Fixtures.IAM_PROJECT_ID,
                global + "fillCredentialsIdItems?credentialsId=",
                global + "fillRegionItems",
                global + "fillAuthModeItems",
                global + "testConnection?region=cn-north-4&credentialsId=huawei-ak&authMode=TOKEN&iamEndpoint="
                        + iamUrl));
        for (String job : new String[] {"", "job/wf/", "job/fs/"}) {
            for (Class<?> type : List.of(DeleteBuildJobStep.class, DeleteBuildJobBuilder.class)) {
                String d = job + descriptor(type);
                urls.add(d + "checkJobId?value=" + Fixtures.JOB_ID);
                urls.add(d + "checkRegion?value=cn-north-4");
                urls.add(d + "fillRegionItems");
                urls.add(d + "fillCredentialsIdItems?credentialsId=");
            }
        }
        return urls;
    }

    private static int post(JenkinsRule.WebClient wc, String url) throws Exception {
        return wc.getPage(new WebRequest(wc.createCrumbedUrl(url), HttpMethod.POST))
                .getWebResponse()
                .getStatusCode();
    }

    @Test
    void readersAreRefusedAndNothingIsSent(JenkinsRule j) throws Exception {
        FakeCloud.configure(j, iam, build);
        j.createFreeStyleProject("fs");
        j.createProject(WorkflowJob.class, "wf");
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .to("reader")
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin"));
        JenkinsRule.WebClient reader =
                j.createWebClient().withThrowExceptionOnFailingStatusCode(false).login("reader");

        for (String url : endpoints()) {
            assertThat(post(reader, url)).as("POST %s", url).isEqualTo(403);
            assertThat(reader.goTo(url, null).getWebResponse().getStatusCode())
                    .as("GET %s", url)
                    .isEqualTo(404);
        }

        JenkinsRule.WebClient admin =
                j.createWebClient().withThrowExceptionOnFailingStatusCode(false).login("admin");
        assertThat(post(admin, descriptor(CodeArtsBuildGlobalConfiguration.class) + "checkRegion?value=cn-north-4"))
                .isEqualTo(200);
        assertThat(post(admin, "job/fs/" + descriptor(DeleteBuildJobBuilder.class) + "checkJobId?value=x"))
                .isEqualTo(200);
        assertThat(iam.getRequestCount()).isZero();
        assertThat(build.getRequestCount()).isZero();
    }
}
