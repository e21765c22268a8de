/**
 * The job operations, internal: reading the job lists ({@link io.jenkins.plugins.codeartsbuild.client.jobs.JobLister},
 * {@link io.jenkins.plugins.codeartsbuild.client.jobs.JobReader}) and the recycle bin
 * ({@link io.jenkins.plugins.codeartsbuild.client.jobs.RecycleBin}), and the batches that delete, purge and restore jobs
 * ({@link io.jenkins.plugins.codeartsbuild.client.jobs.DeleteBatch}, {@link io.jenkins.plugins.codeartsbuild.client.jobs.Purge},
 * {@link io.jenkins.plugins.codeartsbuild.client.jobs.RestoreBatch}, run by {@link io.jenkins.plugins.codeartsbuild.client.jobs.Batch};
 * a single delete is a batch of one). Public only for the facade {@link io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient}.
 */
package io.jenkins.plugins.codeartsbuild.client.jobs;
