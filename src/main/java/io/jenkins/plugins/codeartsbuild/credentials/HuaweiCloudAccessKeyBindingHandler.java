package io.jenkins.plugins.codeartsbuild.credentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.pipeline.modeldefinition.model.CredentialsBindingHandler;
import org.jenkinsci.plugins.variant.OptionalExtension;

/**
 * Declarative {@code environment { HW = credentials('huawei-ak') }} for a Huawei Cloud access key: sets
 * {@code HW_AK} and {@code HW_SK} through {@link HuaweiCloudAccessKeyBinding} (so {@code HUAWEICLOUD_SDK} gives the
 * SDKs' own names). The map's keys are the binding's property names: structs binds them by name, and only warns about
 * an unknown one outside tests, which would leave the variables at their defaults. Registered only when Declarative's
 * extension points are installed, as the rest of the plugin does not need them.
 */
@OptionalExtension(requirePlugins = "pipeline-model-extensions")
public class HuaweiCloudAccessKeyBindingHandler extends CredentialsBindingHandler<HuaweiCloudAccessKeyImpl> {

    @NonNull
    @Override
    public Class<? extends StandardCredentials> type() {
        return HuaweiCloudAccessKeyImpl.class;
    }

    @NonNull
    @Override
    public List<Map<String, Object>> getWithCredentialsParameters(String credentialsId) {
        Map<String, Object> binding = new HashMap<>();
        binding.put("$class", HuaweiCloudAccessKeyBinding.class.getName());
        binding.put("credentialsId", credentialsId);
        binding.put("accessKeyVariable", new EnvVarResolver("%s_AK"));
        binding.put("secretKeyVariable", new EnvVarResolver("%s_SK"));
        return new ArrayList<>(List.of(binding));
    }
}
