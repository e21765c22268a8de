/**
 * What every layer of the client shares, depending on nothing else of ours: the errors ({@link
 * io.jenkins.plugins.codeartsbuild.client.core.CodeArtsException} and its three kinds, with {@link
 * io.jenkins.plugins.codeartsbuild.client.core.ErrorAnswer} for what an error answer said), the settings ({@link
 * io.jenkins.plugins.codeartsbuild.client.core.ClientConfig} with its endpoints, {@link
 * io.jenkins.plugins.codeartsbuild.client.core.RetryPolicy}), the access key ({@link
 * io.jenkins.plugins.codeartsbuild.client.core.AccessKey}) and the cleaning of text quoted from answers ({@link
 * io.jenkins.plugins.codeartsbuild.client.core.Texts}, which also removes a request's secrets from it).
 */
package io.jenkins.plugins.codeartsbuild.client.core;
