/**
 * What every layer of the client shares, depending on nothing else of ours: the errors, the settings and endpoints, the
 * access key, and the cleaning of text quoted from answers (which removes a request's secrets from it).
 */
package io.jenkins.plugins.codeartsbuild.client.core;
