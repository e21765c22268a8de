/**
 * The job operations, internal (public only for the facade {@code CodeArtsBuildClient}): job lists, the recycle bin,
 * and the batches that delete, purge and restore jobs (a single delete is a batch of one).
 */
package io.jenkins.plugins.codeartsbuild.client.jobs;
