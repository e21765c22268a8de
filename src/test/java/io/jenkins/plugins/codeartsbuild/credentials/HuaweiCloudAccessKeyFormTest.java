package io.jenkins.plugins.codeartsbuild.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.util.FormValidation;
import hudson.util.Secret;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The key's form says, while it is typed, what every build would refuse: white space inside the AK or the SK, or a
 * character that is not printable ASCII (a full-width letter from a Chinese input method). A stored SK comes back
 * encrypted and is never judged.
 */
@WithJenkins
class HuaweiCloudAccessKeyFormTest {

    @Test
    void theFormRefusesWhatEveryBuildWouldAndSaysNothingOfAStoredSecret(JenkinsRule j) {
        HuaweiCloudAccessKeyImpl.DescriptorImpl form =
                j.jenkins.getDescriptorByType(HuaweiCloudAccessKeyImpl.DescriptorImpl.class);

        assertThat(form.doCheckAccessKeyId("  HPUAEXAMPLE12345678\n").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(form.doCheckAccessKeyId("HPUA EXAMPLE").getMessage()).contains("white space");
        assertThat(form.doCheckAccessKeyId("ＨＰＵＡEXAMPLE").getMessage()).contains("printable ASCII");
        assertThat(form.doCheckAccessKeyId("").getMessage()).contains("empty");
        assertThat(form.doCheckSecretKey("secret key").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(form.doCheckSecretKey(" secretkey ").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(form.doCheckSecretKey(Secret.fromString("secret key").getEncryptedValue()).kind)
                .as("stored, so not judged")
                .isEqualTo(FormValidation.Kind.OK);
    }
}
