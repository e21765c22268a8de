/**
 * The HTTP core of the client, internal: one call and its answer, the attempt loop, bounded parallelism and its pace.
 * Public only for the packages above it; nothing here knows a Huawei Cloud operation.
 */
package io.jenkins.plugins.codeartsbuild.client.http;
